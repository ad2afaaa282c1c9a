package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

// startServeChild starts `scout serve` in a child process (TestCrashChild)
// with the crash hook set to crash ("" for none).
func startServeChild(t *testing.T, crash, data, addr string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	args := []string{"serve", "--data", data, "--addr", addr, "--no-auth", "--allow-private"}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), crashChildEnv+"="+strings.Join(args, "\x1f"), crashAfterEnv+"="+crash)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// waitServing polls /healthz until the server at addr answers.
func waitServing(t *testing.T, addr string, out *bytes.Buffer) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("serve on %s did not come up:\n%s", addr, out)
}

// TestCrashServeDuringJob kills `scout serve` with SIGKILL while an API
// crawl job runs, after a committed result, starts it again, and checks
// that the job resumes to done and leaves the store an uninterrupted
// crawl leaves (same creators, posts, snapshots and visits), with the
// index matching it (scout doctor).
func TestCrashServeDuringJob(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var targets []string // the sample web's loopback pages and instances
	for _, s := range seeds {
		if strings.HasPrefix(s, "http://127.0.0.1") {
			targets = append(targets, s)
		}
	}
	want := t.TempDir()
	runExpect(t, exitOK, append([]string{"crawl", "--data", want, "--rate", "50", "--timeout", "3s"}, targets...)...)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	data := t.TempDir()

	first, out := startServeChild(t, "job-result:3", data, addr)
	waitServing(t, addr, out)
	body, _ := json.Marshal(map[string]any{"targets": targets})
	resp, err := http.Post("http://"+addr+"/api/v1/crawls", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var job scout.CrawlJob
	if err := json.NewDecoder(resp.Body).Decode(&job); err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("POST /api/v1/crawls = %d, %v", resp.StatusCode, err)
	}
	resp.Body.Close()
	err = first.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || !ee.Sys().(syscall.WaitStatus).Signaled() || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("serve was not killed mid-job (%v):\n%s", err, out)
	}

	second, out2 := startServeChild(t, "", data, addr)
	defer func() {
		_ = second.Process.Kill()
		_ = second.Wait()
	}()
	waitServing(t, addr, out2)
	deadline := time.Now().Add(90 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/api/v1/crawls/" + job.ID)
		if err != nil {
			t.Fatal(err)
		}
		var j scout.CrawlJob
		err = json.NewDecoder(resp.Body).Decode(&j)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if j.State == scout.JobDone {
			break
		}
		if j.State == scout.JobFailed || time.Now().After(deadline) {
			t.Fatalf("resumed job %s is %s after restart:\n%s", j.ID, j.State, out2)
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = second.Process.Kill() // the job is done and committed: a kill now loses nothing
	_ = second.Wait()

	if diff := cmp.Diff(dumpStore(t, want), dumpStore(t, data)); diff != "" {
		t.Errorf("store after a killed and restarted serve differs from an uninterrupted crawl (-want +got):\n%s", diff)
	}
	if code, stdout, stderr := run(t, t.Context(), nil, "doctor", "--data", data); code != exitOK {
		t.Errorf("doctor after the restart: exit %d\n%s%s", code, stdout, stderr)
	}
}
