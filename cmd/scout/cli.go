package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// Exit codes: 0 when the command ran (a crawl with failed URLs still ran),
// 2 for a usage error, 1 when the command could not run at all.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// Main holds what every subcommand shares: the output streams and the
// environment, injectable so tests run commands in-process.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Ready, when set, is called by long-running commands (serve, demo) with
	// their URL once they accept requests; tests use it to wait.
	Ready func(url string)

	// jobs holds serve's crawl job settings (jobs.go); nil: internal
	// addresses refused.
	jobs *jobSettings
	// platforms holds serve's platform adapter flags (adapters.go); nil:
	// jobs read web pages only.
	platforms *platformFlags

	// access holds serve's and demo's access flags (keys.go, access.go);
	// nil means the defaults: keys required.
	access *accessFlags

	// notice is what serve's public privacy page says about the operator
	// and retention (privacy_flags.go); zero: not named, no retention.
	notice api.PrivacyNotice
	// redis is serve's --redis: the fleet whose results it ingests and
	// whose shared frontier its jobs go to (fleet.go); empty: one process.
	redis string
	// summaryJSON makes crawl and discover print their summary as JSON
	// (--json, crawlreport.go).
	summaryJSON bool
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// command is one subcommand: its flags are declared on fs by setup.
type command struct {
	name    string
	usage   string // the argument synopsis
	summary string
	run     func(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error
}

func commands() []*command {
	return []*command{mergeCommand, splitCommand, demoCommand, crawlCommand, discoverCommand, serveCommand, searchCommand, reindexCommand, scoreCommand, rescoreCommand, importCommand, keysCommand, alertsCommand, shortlistCommand, hiddenCommand, exportCommand, forgetCommand, subjectCommand, compactCommand, retentionCommand, scheduleCommand, doctorCommand, backupCommand, versionCommand, creatorCommand, jobsCommand, workerCommand, completionCommand()}
}

// usageError marks a mistake in the command line (exit code 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Run runs the subcommand named by args[0] and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			return m.Run(ctx, []string{args[1], "-h"})
		}
		m.printHelp(m.Stdout)
		return exitOK
	}
	if args[0] == "--version" {
		args[0] = "version"
	}
	var cmd *command
	for _, c := range commands() {
		if c.name == args[0] {
			cmd = c
		}
	}
	if cmd == nil {
		fmt.Fprintf(m.Stderr, "scout: unknown command %q\n\n", args[0])
		m.printHelp(m.Stderr)
		return exitUsage
	}
	fs := flag.NewFlagSet("scout "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: scout %s %s\n\n%s\n\nflags:\n", cmd.name, cmd.usage, cmd.summary)
		fs.PrintDefaults()
	}
	err := cmd.run(ctx, m, fs, args[1:])
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "scout %s: %s\n", cmd.name, ue.msg)
		fs.Usage()
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "scout %s: %s\n", cmd.name, describe(err))
		return exitFail
	}
}

// describe renders an error for the terminal: the domain message when there
// is one (it names the cause for people), else the whole chain.
func describe(err error) string {
	var e *scout.Error
	if errors.As(err, &e) && e.Message != "" {
		if e.Err != nil {
			return e.Message + " (" + e.Err.Error() + ")"
		}
		return e.Message
	}
	return err.Error()
}

func (m *Main) printHelp(w io.Writer) {
	fmt.Fprint(w, `Scout finds, scores and serves public creator profiles.

usage: scout COMMAND [flags] [arguments]

commands:
`)
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	width := len("help")
	for _, c := range cs {
		width = max(width, len(c.name))
	}
	for _, c := range cs {
		// Only the summary's first line: the rest (a command's own
		// subcommands) is for "scout help CMD".
		first, _, _ := strings.Cut(c.summary, "\n")
		fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, first)
	}
	fmt.Fprintf(w, "  %-*s  %s\n", width, "help", `show this help, or "scout help COMMAND" for a command's flags`)
	fmt.Fprint(w, `
Flags may come before or after arguments: "scout search vegan --json" works.
Every command that reads data takes --data DIR (default ./scout-data, or $SCOUT_DATA).
`)
}

// parse parses flags that may be interspersed with positional arguments, the
// way people type them ("scout search vegan --json"). "--" ends the flags.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%v", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// dataFlag declares --data with its default from $SCOUT_DATA or ./scout-data.
func (m *Main) dataFlag(fs *flag.FlagSet) *string {
	def := m.Getenv("SCOUT_DATA")
	if def == "" {
		def = "scout-data"
	}
	return fs.String("data", def, "data directory holding the store (scout.db) and the search index (index.bleve); env SCOUT_DATA")
}

func indexPath(dataDir string) string { return filepath.Join(dataDir, "index.bleve") }

func (m *Main) logger(verbose bool) *slog.Logger {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
}

// serveLogger is the long-running server's logger: info by default, so
// the crawl jobs and schedules serve runs leave a line as each starts,
// fires and ends (README, Operations); -v adds debug lines.
func (m *Main) serveLogger(verbose bool) *slog.Logger {
	level := slog.LevelInfo
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func joinKinds(errs map[string]int) string {
	if len(errs) == 0 {
		return "none"
	}
	kinds := make([]string, 0, len(errs))
	for k := range errs {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, errs[k]))
	}
	return strings.Join(parts, ", ")
}
