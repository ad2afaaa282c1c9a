package main

import (
	"fmt"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// gcSample is a reading of the runtime's counters of allocation and
// garbage collection.
type gcSample struct {
	at                       time.Time
	allocBytes, allocObjects uint64
	cycles                   uint64
	markCPU, assistCPU       float64 // seconds
	pauseCPU, totalCPU       float64 // seconds
}

var gcMetrics = []string{
	"/gc/heap/allocs:bytes",
	"/gc/heap/allocs:objects",
	"/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/mark/assist:cpu-seconds",
	"/cpu/classes/gc/mark/dedicated:cpu-seconds",
	"/cpu/classes/gc/mark/idle:cpu-seconds",
	"/cpu/classes/gc/pause:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
}

func readGC() gcSample {
	s := make([]metrics.Sample, len(gcMetrics))
	for i, name := range gcMetrics {
		s[i].Name = name
	}
	metrics.Read(s)
	f := func(i int) float64 {
		if s[i].Value.Kind() == metrics.KindFloat64 {
			return s[i].Value.Float64()
		}
		return 0
	}
	u := func(i int) uint64 {
		if s[i].Value.Kind() == metrics.KindUint64 {
			return s[i].Value.Uint64()
		}
		return 0
	}
	return gcSample{at: time.Now(), allocBytes: u(0), allocObjects: u(1), cycles: u(2),
		assistCPU: f(3), markCPU: f(3) + f(4) + f(5), pauseCPU: f(6), totalCPU: f(7)}
}

// gcWindow is what happened between two samples.
type gcWindow struct {
	secs                     float64
	allocBytes, allocObjects float64
	cycles                   float64
	markCPU, assistCPU       float64
	pauseCPU, totalCPU       float64
}

func since(a, b gcSample) gcWindow {
	return gcWindow{secs: b.at.Sub(a.at).Seconds(),
		allocBytes: float64(b.allocBytes - a.allocBytes), allocObjects: float64(b.allocObjects - a.allocObjects),
		cycles: float64(b.cycles - a.cycles), markCPU: b.markCPU - a.markCPU, assistCPU: b.assistCPU - a.assistCPU,
		pauseCPU: b.pauseCPU - a.pauseCPU, totalCPU: b.totalCPU - a.totalCPU}
}

// row is the window's line of the garbage collection table.
func (g gcWindow) row(name string) string {
	share := func(v float64) string {
		if g.totalCPU <= 0 {
			return "?"
		}
		return fmt.Sprintf("%.0f%%", 100*v/g.totalCPU)
	}
	return fmt.Sprintf("| %s | %.0f MB/s | %.0fk/s | %.1f/s | %s | %s | %s |\n", name,
		g.allocBytes/g.secs/(1<<20), g.allocObjects/g.secs/1e3, g.cycles/g.secs,
		share(g.markCPU), share(g.assistCPU), share(g.pauseCPU))
}

// profiles writes a CPU profile of the window it spans and allocation
// profiles at its start (FILE.base) and end, for `go tool pprof -base`.
type profiles struct {
	cpu, mem string
	cpuFile  *os.File
}

func (p *profiles) start() error {
	if p.mem != "" {
		if err := writeHeap(p.mem + ".base"); err != nil {
			return err
		}
	}
	if p.cpu == "" {
		return nil
	}
	f, err := os.Create(p.cpu)
	if err != nil {
		return err
	}
	p.cpuFile = f
	return pprof.StartCPUProfile(f)
}

func (p *profiles) stop() error {
	if p.cpuFile != nil {
		pprof.StopCPUProfile()
		if err := p.cpuFile.Close(); err != nil {
			return err
		}
	}
	if p.mem != "" {
		return writeHeap(p.mem)
	}
	return nil
}

func writeHeap(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
