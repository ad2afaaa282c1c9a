package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

// crashAfterEnv names a test-only hook for the crash tests (crash_test.go):
// "UNIT:N" makes the process kill itself with SIGKILL right after the Nth
// unit of UNIT has been committed: an imported row ("import"), a rescore
// batch written to the index but not yet to the store ("rescore"), a
// reindex batch written to the new index ("reindex"), a crawl-job result
// committed by serve's job queue ("job-result"). A SIGKILL runs no
// deferred code and flushes nothing, so the store and index are left
// exactly as a power cut at that point would leave them. Unset (always, in
// normal use) the hook costs one map lookup. It reads the process
// environment, not Main.Getenv, because it guards code paths (reindex,
// rescore) that run below Main.
const crashAfterEnv = "SCOUT_TEST_CRASH_AFTER"

var crashCounts = struct {
	sync.Mutex
	n map[string]int
}{n: map[string]int{}}

// crashPoint counts one committed unit and, when crashAfterEnv names this
// unit and count, kills the process.
func crashPoint(unit string) {
	spec := os.Getenv(crashAfterEnv)
	if spec == "" {
		return
	}
	name, count, _ := strings.Cut(spec, ":")
	n, err := strconv.Atoi(count)
	if name != unit || err != nil || n < 1 {
		return
	}
	crashCounts.Lock()
	crashCounts.n[unit]++
	hit := crashCounts.n[unit] == n
	crashCounts.Unlock()
	if !hit {
		return
	}
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		_ = p.Kill() // SIGKILL on Unix
	}
	select {} // wait for the signal to land
}
