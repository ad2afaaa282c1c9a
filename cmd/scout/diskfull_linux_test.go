//go:build linux

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// diskFullMode is one way of making the data directory's file system
// refuse writes to a running `scout serve`, and of giving the space back.
type diskFullMode struct {
	name string
	// data prepares the data directory; it reports false when the mode
	// cannot run here.
	data func(t *testing.T) (string, bool)
	fill func(t *testing.T, data string, pid int)
	free func(t *testing.T, data string, pid int)
	// indexFails says whether the index's own writes fail while full:
	// on a full tmpfs they do; under a file size limit of 0 the store
	// refuses every write first, so none reaches the index.
	indexFails bool
}

// diskFullModes: a real 6 MB tmpfs filled to the last byte when the test
// may mount one (root), and always a file size limit of 0 set on the
// serve process (RLIMIT_FSIZE: the kernel refuses every write to a file
// with EFBIG), which needs no privilege.
var diskFullModes = []diskFullMode{
	{
		name: "tmpfs",
		data: func(t *testing.T) (string, bool) {
			dir := t.TempDir()
			if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", dir).CombinedOutput(); err != nil {
				t.Logf("cannot mount a tmpfs (%v: %s); the file size limit mode runs instead", err, bytes.TrimSpace(out))
				return "", false
			}
			t.Cleanup(func() {
				if out, err := exec.Command("umount", "-l", dir).CombinedOutput(); err != nil {
					t.Errorf("umount %s: %v: %s", dir, err, out)
				}
			})
			return dir, true
		},
		fill: func(t *testing.T, data string, _ int) {
			f, err := os.Create(filepath.Join(data, "filler"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			buf := make([]byte, 64<<10)
			for {
				if _, err := f.Write(buf); err != nil {
					if !errors.Is(err, syscall.ENOSPC) {
						t.Fatalf("fill the tmpfs: %v", err)
					}
					return
				}
			}
		},
		free: func(t *testing.T, data string, _ int) {
			if err := os.Remove(filepath.Join(data, "filler")); err != nil {
				t.Fatal(err)
			}
		},
		indexFails: true,
	},
	{
		name: "rlimit",
		data: func(t *testing.T) (string, bool) { return t.TempDir(), true },
		fill: func(t *testing.T, _ string, pid int) { setFileSizeLimit(t, pid, 0) },
		free: func(t *testing.T, _ string, pid int) { setFileSizeLimit(t, pid, ^uint64(0)) },
	},
}

// setFileSizeLimit sets the soft RLIMIT_FSIZE of process pid (prlimit(2);
// lowering and raising a soft limit up to the hard one needs no
// privilege). Go ignores SIGXFSZ, so writes fail with EFBIG.
func setFileSizeLimit(t *testing.T, pid int, limit uint64) {
	t.Helper()
	var old syscall.Rlimit
	if _, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), syscall.RLIMIT_FSIZE, 0, uintptr(unsafe.Pointer(&old)), 0, 0); e != 0 {
		t.Fatalf("prlimit get: %v", e)
	}
	lim := syscall.Rlimit{Cur: min(limit, old.Max), Max: old.Max}
	if _, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), syscall.RLIMIT_FSIZE, uintptr(unsafe.Pointer(&lim)), 0, 0, 0); e != 0 {
		t.Fatalf("prlimit set: %v", e)
	}
}

// TestServeSurvivesFullDisk runs `scout serve` (a child process) on a data
// directory whose file system then refuses writes, and checks what a bad
// day needs: the process lives; every answer is clear (a write refused for
// space is 507, a search while the index is degraded is 503 with
// Retry-After, nothing is a 500); once space is back, searches and writes
// work again without a restart, and `scout doctor` finds the index equal
// to the store. Under CI=true it never skips: the tmpfs mode needs mount
// (root), the file size limit mode runs everywhere on Linux.
func TestServeSurvivesFullDisk(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("full-disk test skipped in -short mode")
	}
	ran := 0
	for _, mode := range diskFullModes {
		t.Run(mode.name, func(t *testing.T) {
			data, ok := mode.data(t)
			if !ok {
				return
			}
			ran++
			fullDiskServe(t, mode, data)
		})
	}
	if ran == 0 {
		t.Fatal("no full-disk mode could run")
	}
}

func fullDiskServe(t *testing.T, mode diskFullMode, data string) {
	ctx := context.Background()
	seedCorpus(t, data, 100)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	child, out := startDiskFullChild(t, data, addr)
	exited := make(chan error, 1)
	go func() { exited <- child.Wait() }()
	stopped := false
	defer func() {
		if !stopped {
			_ = child.Process.Kill()
			<-exited
		}
	}()
	waitServing(t, addr, out)
	base := "http://" + addr
	flagged := flaggedCreators(t, base)
	if len(flagged) < 6 {
		t.Fatalf("the corpus has %d flagged creators, want 6", len(flagged))
	}
	status, body := call(t, "POST", base+"/api/v1/shortlists", `{"name":"full disk"}`)
	if status != http.StatusCreated {
		t.Fatalf("create shortlist: %d %s", status, body)
	}
	var sl struct{ ID string }
	_ = json.Unmarshal(body, &sl)

	mode.fill(t, data, child.Process.Pid)

	// Writes: each is done (2xx) or refused for space (507), never a 500.
	reviewed, refused := 0, 0
	write := func(what, method, url, body string) int {
		t.Helper()
		st, b := call(t, method, url, body)
		switch {
		case st >= 200 && st < 300:
		case st == http.StatusInsufficientStorage:
			refused++
			if !strings.Contains(string(b), `"insufficient_storage"`) || !strings.Contains(string(b), "no space left") {
				t.Errorf("%s refused for space: %s, want code insufficient_storage saying no space left", what, b)
			}
		default:
			t.Errorf("%s while the disk is full: %d %s, want 2xx or 507", what, st, b)
		}
		return st
	}
	for _, f := range flagged[:3] {
		review := base + "/api/v1/creators/" + f.id + "/flags/" + f.code + "/review"
		if write("flag review", "POST", review, `{"decision":"dismiss","reason":"full disk"}`) == http.StatusOK {
			reviewed++
		}
	}
	for i := range 5 {
		var targets []string
		for j := range 200 {
			targets = append(targets, fmt.Sprintf("https://site%d-%d.example/%s", i, j, strings.Repeat("x", 200)))
		}
		b, _ := json.Marshal(map[string]any{"targets": targets, "note": strings.Repeat("n", 1000)})
		write("shortlist paste", "POST", base+"/api/v1/shortlists/"+sl.ID+"/entries", string(b))
	}
	if refused == 0 {
		t.Error("no write was refused for space while the disk was full")
	}

	// Reads: answered, or 503 with Retry-After while the index is degraded.
	degraded := 0
	for _, path := range []string{"/api/v1/creators?q=food", "/api/v1/creators?q=f*d&facets=platform,tier", "/api/v1/creators/" + flagged[0].id + "/similar", "/?q=food", "/healthz"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s while full: %v (the process died?)\n%s", path, err, out)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusOK:
		case resp.StatusCode == http.StatusServiceUnavailable:
			degraded++
			if path != "/?q=food" && resp.Header.Get("Retry-After") == "" {
				t.Errorf("GET %s: 503 without Retry-After", path)
			}
		default:
			t.Errorf("GET %s while full: %d %s, want 200 or 503", path, resp.StatusCode, b)
		}
	}
	if mode.indexFails && reviewed > 0 && degraded == 0 {
		t.Errorf("%d reviews reached the index on a full disk, yet no read says it is degraded", reviewed)
	}
	select {
	case err := <-exited:
		stopped = true
		t.Fatalf("serve exited while the disk was full: %v\n%s", err, out)
	default:
	}

	mode.free(t, data, child.Process.Pid)

	// Recovery without a restart: the index is rebuilt from the store.
	deadline := time.Now().Add(90 * time.Second)
	for {
		st, b := call(t, "GET", base+"/api/v1/creators?q=food", "")
		if st == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("search still %d %s 90s after space came back\n%s", st, b, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, f := range flagged[3:6] {
		if st, b := call(t, "POST", base+"/api/v1/creators/"+f.id+"/flags/"+f.code+"/review", `{"decision":"dismiss","reason":"space is back"}`); st != http.StatusOK {
			t.Errorf("flag review after recovery: %d %s", st, b)
		}
	}
	if st, b := call(t, "POST", base+"/api/v1/shortlists/"+sl.ID+"/entries", `{"targets":["https://after.example/x"]}`); st != http.StatusCreated {
		t.Errorf("shortlist paste after recovery: %d %s", st, b)
	}

	if err := child.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		stopped = true
		if err != nil {
			t.Errorf("serve did not stop cleanly: %v\n%s", err, out)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not stop\n%s", out)
	}
	if strings.Contains(out.String(), "panic") {
		t.Errorf("serve's output mentions a panic:\n%s", out)
	}
	if code, stdout, stderr := run(t, ctx, nil, "doctor", "--data", data); code != exitOK {
		t.Errorf("doctor after recovery: exit %d\n%s%s", code, stdout, stderr)
	}
}

// diskFullChildEnv holds the arguments of the `scout serve` that
// TestDiskFullChild runs.
const diskFullChildEnv = "SCOUT_TEST_DISKFULL_SERVE"

// TestDiskFullChild is the serve process of TestServeSurvivesFullDisk: it
// stops gracefully on SIGINT, as the real binary does.
func TestDiskFullChild(t *testing.T) {
	args := os.Getenv(diskFullChildEnv)
	if args == "" {
		t.Skip("child process of TestServeSurvivesFullDisk")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(NewMain().Run(ctx, strings.Split(args, "\x1f")))
}

// startDiskFullChild starts `scout serve --no-auth` on data in a child
// process (TestDiskFullChild).
func startDiskFullChild(t *testing.T, data, addr string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	args := []string{"serve", "--data", data, "--addr", addr, "--no-auth"}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDiskFullChild$")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), diskFullChildEnv+"="+strings.Join(args, "\x1f"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// seedCorpus writes n generated creators into data's store and index.
func seedCorpus(t *testing.T, data string, n int) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := gen.WriteCreators(ctx, db, gen.NewGenerator(time.Now().UTC().Truncate(time.Second)), n); err != nil {
		t.Fatal(err)
	}
	idx, err := index.Open(indexPath(data))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	idx.SetReviews(db)
	if _, _, err := gen.IndexAll(ctx, db, idx); err != nil {
		t.Fatal(err)
	}
}

type flaggedCreator struct{ id, code string }

// flaggedCreators lists creators with a flag, one flag each.
func flaggedCreators(t *testing.T, base string) []flaggedCreator {
	t.Helper()
	st, body := call(t, "GET", base+"/api/v1/creators?per_page=100", "")
	if st != http.StatusOK {
		t.Fatalf("list creators: %d %s", st, body)
	}
	var resp struct {
		Creators []struct {
			ID    string `json:"id"`
			Flags []struct {
				Code string `json:"code"`
			} `json:"flags"`
		} `json:"creators"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	var out []flaggedCreator
	for _, c := range resp.Creators {
		if len(c.Flags) > 0 {
			out = append(out, flaggedCreator{c.ID, c.Flags[0].Code})
		}
	}
	return out
}

// call makes one request to a --no-auth server and returns its status and
// body.
func call(t *testing.T, method, url, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v (the process died?)", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}
