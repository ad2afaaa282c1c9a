package main

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/scout-oss/scout/store"
)

// TestCrawlJSON: --json prints the summary as JSON on stdout, with each
// failed target, while progress goes to stderr.
func TestCrawlJSON(t *testing.T) {
	ctx := context.Background()
	srv := socialFixture(t)
	data := t.TempDir()
	code, out, errOut := run(t, ctx, nil, "crawl", "--json", "--data", data, "--rate", "100", "--timeout", "3s",
		"--bluesky-api", srv.URL, "bluesky:alice.test", srv.URL+"/@alice", srv.URL+"/nobody-here")
	if code != exitOK {
		t.Fatalf("crawl --json: exit %d: %s", code, errOut)
	}
	var rep crawlReport
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("stdout is not the JSON summary: %v\n%s", err, out)
	}
	if rep.JobID == "" || rep.Fetched != 3 || rep.Profiles != 2 || rep.Creators < 1 || rep.DurationSeconds <= 0 {
		t.Errorf("summary %+v", rep)
	}
	if len(rep.Failed) != 1 || rep.Failed[0].URL != srv.URL+"/nobody-here" || rep.Failed[0].Kind == "" || rep.Errors[rep.Failed[0].Kind] != 1 {
		t.Errorf("failed targets %+v, errors %v; want the one 404", rep.Failed, rep.Errors)
	}
	if !strings.Contains(errOut, "fetched bluesky:alice.test") || strings.Contains(errOut, `"fetched"`) {
		t.Errorf("stderr should hold the progress and only it:\n%s", errOut)
	}

	// The snowball crawl (discover's engine) adds its own tally.
	code, out, errOut = run(t, ctx, nil, "crawl", "--json", "--follow-mentions", "--max-creators", "1", "--follower-sample", "0",
		"--data", t.TempDir(), "--rate", "100", "--timeout", "3s", "--bluesky-api", srv.URL, "bluesky:alice.test")
	var snow crawlReport
	if err := json.Unmarshal([]byte(out), &snow); code != exitOK || err != nil || snow.Discovery == nil || snow.Discovery.Seeds != 1 {
		t.Errorf("crawl --json --follow-mentions: exit %d, %v: %+v\n%s%s", code, err, snow, out, errOut)
	}

	// Without --json the summary line is on stdout too.
	code, out, _ = run(t, ctx, nil, "crawl", "--data", data, "--rate", "100", "--timeout", "3s", "--bluesky-api", srv.URL, "bluesky:alice.test")
	if code != exitOK || !strings.HasPrefix(out, "crawled 1 page in ") {
		t.Errorf("crawl: exit %d, stdout %q", code, out)
	}
}

// TestCompletion: each shell's script parses in that shell (when it is
// installed), offers every command and its flags, and bash completes
// commands, subcommands and flags.
func TestCompletion(t *testing.T) {
	ctx := context.Background()
	for _, sh := range []string{"bash", "zsh", "fish"} {
		code, script, errOut := run(t, ctx, nil, "completion", sh)
		if code != exitOK {
			t.Fatalf("completion %s: exit %d: %s", sh, code, errOut)
		}
		for _, c := range commands() {
			if !strings.Contains(script, c.name) {
				t.Errorf("%s script lacks the command %s", sh, c.name)
			}
		}
		for _, want := range []string{"server", "content-format", "brief"} {
			if !strings.Contains(script, want) {
				t.Errorf("%s script lacks the flag %s", sh, want)
			}
		}
		path, err := exec.LookPath(sh)
		if err != nil {
			t.Logf("%s is not installed; its script's syntax is not checked", sh)
			continue
		}
		file := filepath.Join(t.TempDir(), "scout."+sh)
		if err := os.WriteFile(file, []byte(script), 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(path, "-n", file).CombinedOutput(); err != nil {
			t.Errorf("%s -n rejects the script: %v\n%s", sh, err, out)
		}
		if sh != "bash" {
			continue
		}
		for _, tc := range []struct{ line, want string }{
			{"scout sea", "search"},
			{"scout search --ser", "--server"},
			{"scout shortlist sh", "show"},
			{"scout completion f", "fish"},
		} {
			words := strings.Fields(tc.line)
			probe := "source " + file + "; COMP_WORDS=(" + strings.Join(words, " ") + "); COMP_CWORD=" +
				strconv.Itoa(len(words)-1) + "; _scout; echo \"${COMPREPLY[@]}\""
			out, err := exec.Command(path, "-c", probe).CombinedOutput()
			if err != nil || !strings.Contains(string(out), tc.want) {
				t.Errorf("bash completes %q as %q (%v), want %s", tc.line, strings.TrimSpace(string(out)), err, tc.want)
			}
		}
	}
	if code, _, _ := run(t, ctx, nil, "completion", "tcsh"); code != exitUsage {
		t.Errorf("completion tcsh: exit %d, want a usage error", code)
	}
}

// TestDemoChecksPortFirst: with the port taken the demo fails at once,
// before crawling, and says to use --addr.
func TestDemoChecksPortFirst(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, out, errOut := run(t, context.Background(), nil, "demo", "--addr", ln.Addr().String())
	if code != exitFail || !strings.Contains(errOut, "cannot listen on "+ln.Addr().String()) || !strings.Contains(errOut, "--addr") {
		t.Errorf("demo on a taken port: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out+errOut, "sample creator web") || strings.Contains(out+errOut, "crawled") {
		t.Errorf("the demo started crawling before it checked the port:\n%s%s", out, errOut)
	}
}

// TestVersion: scout version (and --version) print the stamped version
// and commit and the store's schema version.
func TestVersion(t *testing.T) {
	defer func(v, c string) { Version, Commit = v, c }(Version, Commit)
	Version, Commit = "1.4.0", "0123456789ab"
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, _ := run(t, context.Background(), nil, args...)
		want := "scout 1.4.0\ncommit 0123456789ab\nstore schema version " + strconv.Itoa(store.SchemaVersion) + "\n"
		if code != exitOK || !strings.HasPrefix(out, want) {
			t.Errorf("%v: exit %d:\n%s\nwant it to start\n%s", args, code, out, want)
		}
	}
	_, out, _ := run(t, context.Background(), nil, "version", "--json")
	var b buildInfo
	if err := json.Unmarshal([]byte(out), &b); err != nil || b.Version != "1.4.0" || b.Commit != "0123456789ab" || b.Schema != store.SchemaVersion || b.Go == "" {
		t.Errorf("version --json: %v %s", err, out)
	}
}
