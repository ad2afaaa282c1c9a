package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// crashChildEnv carries a child process's scout arguments, separated by
// 0x1f, when TestCrawlResumeAfterKill re-executes the test binary.
const crashChildEnv = "SCOUT_CRASH_CHILD_ARGS"

// TestCrashChild is not a test: it is the child process that
// TestCrawlResumeAfterKill starts and kills.
func TestCrashChild(t *testing.T) {
	args := os.Getenv(crashChildEnv)
	if args == "" {
		t.Skip("child process of TestCrawlResumeAfterKill")
	}
	os.Exit(NewMain().Run(context.Background(), strings.Split(args, "\x1f")))
}

// TestCrawlResumeAfterKill kills a crawl process with SIGKILL after a
// seeded number of committed results, at least five times, resumes it each
// time with --resume, and compares the final store with an uninterrupted
// crawl's: the same creators, accounts, posts, snapshots and visits, and
// no account with more snapshots than the uninterrupted crawl gave it (a
// committed URL is never fetched twice).
func TestCrawlResumeAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	seedFile := filepath.Join(t.TempDir(), "seeds.txt")
	if err := os.WriteFile(seedFile, []byte(strings.Join(seeds, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Slow enough that a kill lands between results, not after the end.
	flags := []string{"--seeds", seedFile, "--rate", "5", "--concurrency", "2", "--timeout", "3s"}

	want := t.TempDir()
	if code, _, errOut := run(t, ctx, nil, append([]string{"crawl", "--data", want}, flags...)...); code != exitOK {
		t.Fatalf("uninterrupted crawl: exit %d: %s", code, errOut)
	}

	got := t.TempDir()
	rng := rand.New(rand.NewPCG(4, 2026))
	kills := 0
	for runs := 0; ; runs++ {
		if runs > 30 {
			t.Fatal("the crawl never finished")
		}
		after := 1 + rng.IntN(3)
		finished, committed := runChild(t, append([]string{"crawl", "--resume", "--data", got}, flags...), after)
		if finished {
			t.Logf("run %d finished after %d results", runs, committed)
			break
		}
		kills++
		t.Logf("run %d killed after %d committed results", runs, committed)
	}
	if kills < 5 {
		t.Fatalf("only %d kills; the crash test needs at least 5", kills)
	}

	wantDump, gotDump := dumpStore(t, want), dumpStore(t, got)
	if diff := cmp.Diff(wantDump, gotDump); diff != "" {
		t.Errorf("store after %d kills and resumes differs from an uninterrupted crawl (-want +got):\n%s", kills, diff)
	}
	for acct, n := range gotDump.Snapshots {
		if n != 1 {
			t.Errorf("account %s has %d snapshots, want 1: a committed URL was fetched again", acct, n)
		}
	}

	// The index, rebuilt after the last resume, holds every creator.
	idx, err := index.Open(indexPath(got))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if n, err := idx.Count(ctx); err != nil || n != len(gotDump.Creators) {
		t.Errorf("index holds %d creators (err %v), want %d", n, err, len(gotDump.Creators))
	}
}

// runChild runs scout args in a child process and kills it with SIGKILL
// once it has reported `after` committed results (a progress line is
// printed only after the result is stored). It reports whether the child
// finished on its own and how many results it reported.
func runChild(t *testing.T, args []string, after int) (finished bool, committed int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), crashChildEnv+"="+strings.Join(args, "\x1f"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	sc := bufio.NewScanner(stderr)
	killed := false
	for sc.Scan() {
		line := sc.Text()
		out.WriteString(line + "\n")
		if strings.HasPrefix(line, "fetched ") || strings.HasPrefix(line, "failed  ") {
			committed++
			if committed == after && !killed {
				if err := cmd.Process.Kill(); err != nil {
					t.Fatal(err)
				}
				killed = true
			}
		}
	}
	err = cmd.Wait()
	if killed {
		return false, committed
	}
	if err != nil {
		t.Fatalf("child %v: %v\n%s", args, err, out.String())
	}
	return true, committed
}

// storeDump is what two crawls of the same web must agree on; fetch times
// are left out, since the two crawls ran at different times.
type storeDump struct {
	Creators  map[string]string   // id → name, followers and accounts
	Posts     map[string][]string // account id → post ids and counts, newest first
	Snapshots map[string]int      // account id → snapshot count
	SnapVals  map[string][]string // account id → snapshot counts
	Visits    map[string]string   // url → status and failure kind
}

func dumpStore(t *testing.T, dir string) *storeDump {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d := &storeDump{Creators: map[string]string{}, Posts: map[string][]string{},
		Snapshots: map[string]int{}, SnapVals: map[string][]string{}, Visits: map[string]string{}}
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		var accts []string
		for _, a := range c.Accounts {
			b, _ := json.Marshal(struct {
				ID, Handle, Name string
				F, G, P          *int64
			}{a.ID, a.Handle, a.DisplayName, a.Followers, a.Following, a.PostsCount})
			accts = append(accts, string(b))
		}
		d.Creators[c.ID] = fmt.Sprintf("%s %v %v", c.Name, deref64(c.Followers), accts)
		for _, p := range c.Posts {
			d.Posts[p.AccountID] = append(d.Posts[p.AccountID], fmt.Sprintf("%s %s %v %v", p.ID, p.PublishedAt, deref64(p.Likes), deref64(p.Comments)))
		}
		for _, s := range c.Snapshots {
			d.Snapshots[s.AccountID]++
			d.SnapVals[s.AccountID] = append(d.SnapVals[s.AccountID], fmt.Sprintf("%v %v %v", deref64(s.Followers), deref64(s.Following), deref64(s.PostsCount)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.ForEachVisit(ctx, func(v *scout.Visit) error {
		// A visit names the creator as it was when the page was read; a
		// later merge may have made that id an alias. Compare what the id
		// resolves to, which is what every reader of the visit gets.
		id := v.CreatorID
		if id != "" {
			c, err := db.FindCreatorByID(ctx, id)
			if err != nil {
				return fmt.Errorf("visit %s names creator %s: %w", v.URL, id, err)
			}
			id = c.ID
		}
		d.Visits[v.URL] = fmt.Sprintf("%d %s %s", v.Status, v.Kind, id)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func deref64(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}
