package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// runCrashChild runs scout args in a child process (TestCrashChild in
// resume_test.go) with the crash hook set to crash ("UNIT:N", or "" for
// none) and reports whether it was killed by SIGKILL; any other failure
// fails the test.
func runCrashChild(t *testing.T, crash string, args ...string) (killed bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), crashChildEnv+"="+strings.Join(args, "\x1f"), crashAfterEnv+"="+crash)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return true
		}
	}
	if err != nil {
		t.Fatalf("child %v (crash %q): %v\n%s", args, crash, err, out)
	}
	return false
}

// assertWholeImport checks that every stored creator is one whole
// imported row: its one account with the row's followers, its snapshot
// and both posts (each row is stored in one transaction), and that the
// store passes Check. It returns how many creators are stored.
func assertWholeImport(t *testing.T, data string, followers map[string]int64) int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ps, err := db.Check(ctx); err != nil || len(ps) != 0 {
		t.Errorf("store Check after the kill = %v, %v", ps, err)
	}
	n := 0
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		n++
		if len(c.Accounts) != 1 {
			t.Errorf("creator %s has %d accounts, want 1", c.ID, len(c.Accounts))
			return nil
		}
		a := c.Accounts[0]
		want, ok := followers[a.Handle]
		switch {
		case !ok:
			t.Errorf("creator %s has account %q, which no row names", c.ID, a.Handle)
		case a.Followers == nil || *a.Followers != want:
			t.Errorf("account %s followers %v, want %d", a.Handle, deref64(a.Followers), want)
		case len(c.Snapshots) != 1 || len(c.Posts) != 2:
			t.Errorf("account %s has %d snapshots and %d posts, want 1 and 2: a half-written row", a.Handle, len(c.Snapshots), len(c.Posts))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// scoreVersions counts creators per score version over every score.
func scoreVersions(t *testing.T, data string) map[string]int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]int{}
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		for k, s := range c.Scores {
			if s != nil {
				out[k+"@"+s.Version]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCrashImportRescoreReindex kills scout import, rescore and reindex
// with SIGKILL at seeded points and checks after each kill, and after the
// command is run again to the end, that the store is whole and the index
// matches it (by scout doctor).
func TestCrashImportRescoreReindex(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	const rows = 600 // three rescore batches, two reindex batches
	file, followers := writeImportRows(t, rows)
	rng := rand.New(rand.NewPCG(8, 2026))

	want := t.TempDir()
	runExpect(t, exitOK, "import", "--data", want, file)

	data := t.TempDir()
	t.Run("Import", func(t *testing.T) {
		stored := 0
		for kill := range 3 {
			after := stored + 1 + rng.IntN(rows/4) // rows past what is stored
			if !runCrashChild(t, "import:"+itoa(after), "import", "--data", data, file) {
				t.Fatalf("kill %d: import finished before row %d", kill, after)
			}
			n := assertWholeImport(t, data, followers)
			t.Logf("kill %d after row %d: %d creators stored, each whole", kill, after, n)
			if n < after {
				t.Errorf("kill %d after row %d: only %d creators stored", kill, after, n)
			}
			stored = n
		}
		// Importing the file again finishes the job.
		if runCrashChild(t, "", "import", "--data", data, file) {
			t.Fatal("the last import was killed")
		}
		if n := assertWholeImport(t, data, followers); n != rows {
			t.Fatalf("%d creators after the final import, want %d", n, rows)
		}
		if diff := cmp.Diff(dumpStore(t, want), dumpStore(t, data)); diff != "" {
			t.Errorf("store after killed imports differs from one import (-want +got):\n%s", diff)
		}
		runExpect(t, exitOK, "doctor", "--data", data)
	})

	t.Run("Rescore", func(t *testing.T) {
		// Pretend an older scorer scored everything: other versions and
		// other values, indexed as such.
		ctx := context.Background()
		db, err := store.Open(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		var cs []*scout.Creator
		err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
			for _, s := range c.Scores {
				if s == nil {
					continue
				}
				s.Version = "0-old"
				if v, ok := s.Float(); ok {
					s.Value = scout.Float64(v / 2)
				}
			}
			cs = append(cs, c)
			return nil
		})
		if err == nil {
			_, err = db.UpdateCreators(ctx, cs)
		}
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		runExpect(t, exitOK, "reindex", "--data", data)
		runExpect(t, exitOK, "doctor", "--data", data)

		// Killed after batch 2 or 3 of 3 was indexed but before it was
		// stored: the batches before it are stored, so the store holds
		// two versions of every score until a rescore completes.
		batch := 2 + rng.IntN(2)
		if !runCrashChild(t, "rescore:"+itoa(batch), "rescore", "--data", data) {
			t.Fatal("rescore finished before the kill")
		}
		mixed := scoreVersions(t, data)
		old, current := 0, 0
		for k, n := range mixed {
			if strings.HasSuffix(k, "@0-old") {
				old += n
			} else {
				current += n
			}
		}
		t.Logf("killed after rescore batch %d: score versions %v", batch, mixed)
		if old == 0 || current == 0 {
			t.Fatalf("the kill did not land mid-rescore: %v", mixed)
		}
		if runCrashChild(t, "", "rescore", "--data", data) {
			t.Fatal("the second rescore was killed")
		}
		for k := range scoreVersions(t, data) {
			if strings.HasSuffix(k, "@0-old") {
				t.Errorf("score %s survived a completed rescore", k)
			}
		}
		if code, out, errOut := run(t, ctx, nil, "doctor", "--data", data); code != exitOK {
			t.Errorf("doctor after an interrupted and a completed rescore: exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("Reindex", func(t *testing.T) {
		if !runCrashChild(t, "reindex:1", "reindex", "--data", data) {
			t.Fatal("reindex finished before the kill")
		}
		// The half-built index was beside the live one, which is whole;
		// only the build directory is left over, and --fix removes it.
		out := runExpect(t, exitFail, "doctor", "--data", data)
		if !strings.Contains(out, "index: leftover index.bleve.rebuild-") || !strings.Contains(out, "index: ok") {
			t.Errorf("doctor after a killed reindex:\n%s", out)
		}
		runExpect(t, exitOK, "doctor", "--fix", "--data", data)
		if left, _ := filepath.Glob(filepath.Join(data, "index.bleve.*")); len(left) != 0 {
			t.Errorf("left after doctor --fix: %v", left)
		}
		if runCrashChild(t, "", "reindex", "--data", data) {
			t.Fatal("the second reindex was killed")
		}
		runExpect(t, exitOK, "doctor", "--data", data)
	})
}

func itoa(n int) string { return strconv.Itoa(n) }
