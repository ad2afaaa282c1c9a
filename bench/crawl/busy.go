package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// busyFileSize is how large the busy writer's file grows before it starts
// over from its beginning.
const busyFileSize = 1 << 30

// busyWriter keeps a disk busy, as other work on the same machine does
// (a backup, a compaction, another program's writes): 8 MB writes to a
// file in the store's directory, each followed by fsync, without pause.
type busyWriter struct {
	f       *os.File
	done    chan struct{}
	wg      sync.WaitGroup
	once    sync.Once
	start   time.Time
	written int64
	fsyncs  int
	mbs     float64
}

func startBusyWriter(dir string) (*busyWriter, error) {
	f, err := os.CreateTemp(dir, "busy-writer-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("busy writer: %w", err)
	}
	w := &busyWriter{f: f, done: make(chan struct{}), start: time.Now()}
	buf := make([]byte, 8<<20)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	w.wg.Go(func() {
		var off int64
		for {
			select {
			case <-w.done:
				return
			default:
			}
			n, err := w.f.WriteAt(buf, off)
			if err != nil {
				fmt.Fprintln(os.Stderr, "busy writer:", err)
				return
			}
			w.f.Sync()
			w.fsyncs++
			w.written += int64(n)
			if off += int64(n); off >= busyFileSize {
				off = 0
			}
		}
	})
	return w, nil
}

// stop ends the writer, removes its file and returns its rate in MB/s and
// how many fsyncs it made. Calling it again returns the same figures.
func (w *busyWriter) stop() (mbs float64, fsyncs int) {
	w.once.Do(func() {
		close(w.done)
		w.wg.Wait()
		w.mbs = float64(w.written) / (1 << 20) / time.Since(w.start).Seconds()
		w.f.Close()
		os.Remove(w.f.Name())
	})
	return w.mbs, w.fsyncs
}
