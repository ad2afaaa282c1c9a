package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/scout-oss/scout/store"
)

var versionCommand = &command{
	name:    "version",
	usage:   "[--json]",
	summary: "print the version, commit and store schema version of this scout",
	run:     runVersion,
}

// buildInfo is what `scout version` and /healthz report.
type buildInfo struct {
	Version string `json:"version"`
	Commit  string `json:"commit"`
	Schema  int    `json:"schema"`
	Go      string `json:"go"`
}

// build returns the version and commit stamped with -ldflags -X (see the
// Makefile), or else what the Go toolchain recorded: the module version of
// `go install github.com/scout-oss/scout/cmd/scout@VERSION`, and the
// revision of a build in a git checkout (with "-dirty" for uncommitted
// changes).
func build() buildInfo {
	b := buildInfo{Version: Version, Commit: Commit, Schema: store.SchemaVersion, Go: runtime.Version()}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if b.Version == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		b.Version = strings.TrimPrefix(info.Main.Version, "v")
	}
	if b.Commit == "" {
		var rev string
		dirty := false
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" && dirty {
			rev += "-dirty"
		}
		b.Commit = rev
	}
	return b
}

func runVersion(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("version takes no arguments; got %q", rest)
	}
	b := build()
	if *asJSON {
		return printJSON(m, b)
	}
	commit := b.Commit
	if commit == "" {
		commit = "unknown"
	}
	fmt.Fprintf(m.Stdout, "scout %s\ncommit %s\nstore schema version %d\nbuilt with %s\n", b.Version, commit, b.Schema, b.Go)
	return nil
}
