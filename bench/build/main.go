// Command build benchmarks the bulk index build alone: it generates n
// creators in memory (the generator of bench/search, derived as the
// Ingester would leave them, topics included), builds a fresh on-disk
// index from them as `scout reindex` does (index.Create, Load, Optimize,
// Commit) and prints
// the index size per creator, the process CPU per creator and the wall
// time. The store is not involved, so the figures are the index's own.
//
//	go run ./bench/build              # 10,000 creators
//	go run ./bench/build -n 100000
//	go run ./bench/build -cpuprofile build.prof   # then go tool pprof
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
)

func main() {
	n := flag.Int("n", 10_000, "creators to generate")
	dir := flag.String("dir", "", "build in DIR (default: a temporary directory, removed)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the build to FILE")
	flag.Parse()
	if err := run(context.Background(), *n, *dir, *cpuprofile); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, n int, dir, cpuprofile string) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "scout-build-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	if err := gen.CheckFree(dir, int64(n)*8<<10); err != nil {
		return err
	}
	g := gen.NewGenerator(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	cs := make([]*scout.Creator, 0, n)
	for i := range n {
		p, d := g.Creator(i)
		c := &scout.Creator{ID: fmt.Sprintf("c%07d", i), Name: p.Account.DisplayName, Bio: p.Account.Bio,
			Accounts: []scout.Account{p.Account}, Posts: p.Posts, Followers: p.Account.Followers, Links: p.Account.Links}
		ingest.Derive(c)
		c.Language, c.Country = d.Language, d.Country
		c.Engagement, c.Scores, c.Flags, c.Partnerships = d.Engagement, d.Scores, d.Flags, d.Partnerships
		c.Topics = scoring.AssignTopics(c) // as the Ingester does beside the scores
		cs = append(cs, c)
	}
	walk := func(ctx context.Context, fn func(*scout.Creator) error) error {
		for _, c := range cs {
			if err := fn(c); err != nil {
				return err
			}
		}
		return nil
	}
	path := filepath.Join(dir, "index")
	load := gen.LoadAvg()
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start, cpu := time.Now(), gen.CPUTime()
	ix, err := index.Create(path)
	if err != nil {
		return err
	}
	defer ix.Close()
	if _, err := ix.Load(ctx, walk, nil); err != nil {
		return err
	}
	loaded := time.Since(start)
	if err := ix.Optimize(ctx); err != nil {
		return err
	}
	if err := ix.Commit(); err != nil {
		return err
	}
	wall, cpuUsed := time.Since(start), gen.CPUTime()-cpu
	size, err := gen.MergedIndexSize(path) // after the merge's obsolete files are gone
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
	}
	fmt.Printf("Machine: %d cores (GOMAXPROCS %d), %s/%s, %s; load average %s at the start, %s at the end. %d creators built from memory.\n\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version(), load, gen.LoadAvg(), n)
	fmt.Printf("| measure | value |\n|---|---|\n")
	fmt.Printf("| build (load, merge into one segment, swap) | %s (%.0f docs/s) |\n", wall.Round(time.Millisecond), float64(n)/wall.Seconds())
	fmt.Printf("| of which the load | %s (%.0f docs/s) |\n", loaded.Round(time.Millisecond), float64(n)/loaded.Seconds())
	fmt.Printf("| CPU (user + system) | %.2f ms per creator |\n", 1e3*cpuUsed.Seconds()/float64(n))
	fmt.Printf("| index size | %.1f MB (%.0f B per creator; goal ≤ 3,000) |\n", float64(size)/1e6, float64(size)/float64(n))
	return nil
}
