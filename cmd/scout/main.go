// Command scout is Scout's one binary: it crawls public creator profiles,
// stores and scores them, indexes them for search and serves the API and the
// web page. `scout help` lists the subcommands; `scout CMD -h` their flags.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// Version and Commit are stamped at build time with
// -ldflags "-X main.Version=... -X main.Commit=..." (make build does);
// without them `scout version` falls back on what the Go toolchain
// recorded (version.go).
var (
	Version = "dev"
	Commit  = ""
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	os.Exit(m.Run(ctx, os.Args[1:]))
}
