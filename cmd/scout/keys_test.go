package main

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"
)

var keyLine = regexp.MustCompile(`^scout_[a-z2-7]{16}_[a-z2-7]{52}\n$`)

// mustCreateKey runs `scout keys create` and returns the printed key.
func mustCreateKey(t *testing.T, data, role, name string) string {
	t.Helper()
	code, out, errOut := run(t, context.Background(), nil, "keys", "create", "--role", role, "--name", name, "--data", data)
	if code != exitOK {
		t.Fatalf("keys create: exit %d: %s", code, errOut)
	}
	if !keyLine.MatchString(out) {
		t.Fatalf("keys create printed %q; want the key alone on one line", out)
	}
	return strings.TrimSpace(out)
}

func TestKeysCLI(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	secret := mustCreateKey(t, data, "editor", "ci bot")
	id := strings.Split(secret, "_")[1]

	code, out, errOut := run(t, ctx, nil, "keys", "list", "--data", data)
	if code != exitOK || !strings.Contains(out, id) || !strings.Contains(out, "ci bot") || !strings.Contains(out, "editor") {
		t.Fatalf("keys list: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out, secret) || strings.Contains(out, secret[len(secret)-20:]) {
		t.Errorf("keys list prints the secret:\n%s", out)
	}

	if code, _, errOut := run(t, ctx, nil, "keys", "revoke", id, "--data", data); code != exitOK {
		t.Fatalf("keys revoke: exit %d: %s", code, errOut)
	}
	_, out, _ = run(t, ctx, nil, "keys", "list", "--json", "--data", data)
	var keys []struct {
		ID        string  `json:"id"`
		RevokedAt *string `json:"revoked_at"`
	}
	if err := json.Unmarshal([]byte(out), &keys); err != nil || len(keys) != 1 || keys[0].ID != id || keys[0].RevokedAt == nil {
		t.Errorf("after revoke, list --json = %s (%v)", out, err)
	}

	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"ErrNoAction", []string{"keys", "--data", data}, exitUsage, "create, list or revoke"},
		{"ErrBadRole", []string{"keys", "create", "--role", "root", "--name", "x", "--data", data}, exitUsage, "viewer, editor or admin"},
		{"ErrNoName", []string{"keys", "create", "--role", "viewer", "--data", data}, exitUsage, "--name"},
		{"ErrRevokeUnknown", []string{"keys", "revoke", "nope", "--data", data}, exitFail, "no API key"},
		{"ErrServeNoAuthPublic", []string{"serve", "--no-auth", "--addr", "0.0.0.0:0", "--data", data}, exitUsage, "loopback"},
		{"ErrServeNoAuthAllInterfaces", []string{"serve", "--no-auth", "--addr", ":8080", "--data", data}, exitUsage, "loopback"},
		{"ErrDemoPublic", []string{"demo", "--addr", "0.0.0.0:0"}, exitUsage, "loopback"},
		{"OK_AlertsLocal", []string{"alerts", "--data", data, "--since", "2026-01-01T00:00:00Z"}, exitOK, "0 alerts since 2026-01-01T00:00:00Z"},
		{"ErrAlertsSince", []string{"alerts", "--data", data, "--since", "yesterday"}, exitUsage, "RFC 3339"},
		{"ErrBadServer", []string{"search", "--server", "ftp://x", "vegan"}, exitUsage, "--server"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, ctx, nil, c.args...)
			if code != c.code || !strings.Contains(out+errOut, c.want) {
				t.Errorf("exit %d (want %d), output lacks %q:\n%s%s", code, c.code, c.want, out, errOut)
			}
		})
	}
}

// TestServeWithKeys starts `scout serve` on a data directory with keys and
// uses it through --server while serve holds the directory.
func TestServeWithKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("serve skipped in -short mode")
	}
	data := t.TempDir()
	admin := mustCreateKey(t, data, "admin", "ops")
	viewer := mustCreateKey(t, data, "viewer", "analyst")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	var out, errOut strings.Builder
	m := &Main{Stdout: &syncWriter{w: &out}, Stderr: &syncWriter{w: &errOut}, Getenv: func(string) string { return "" }, Ready: func(u string) { ready <- u }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data", data}) }()
	var base string
	select {
	case base = <-ready:
	case code := <-done:
		t.Fatalf("serve exited %d before it was ready: %s", code, errOut.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve not ready within 30 s")
	}

	// The data directory is held: a local search fails, --server works.
	if code, _, errOut := run(t, ctx, nil, "search", "--data", data, "vegan"); code != exitFail || !strings.Contains(errOut, "in use") {
		t.Errorf("local search while serving: exit %d: %s", code, errOut)
	}
	env := map[string]string{"SCOUT_API_KEY": viewer}
	code, stdout, stderr := run(t, ctx, env, "search", "--server", base, "--json", "vegan")
	if code != exitOK || !strings.Contains(stdout, `"total": 0`) {
		t.Errorf("search --server: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := run(t, ctx, nil, "search", "--server", base, "vegan"); code != exitFail || !strings.Contains(stderr, "SCOUT_API_KEY") {
		t.Errorf("search --server without a key: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := run(t, ctx, env, "alerts", "--server", base, "--since", "72h"); code != exitOK || !strings.Contains(stdout, "0 alerts since") {
		t.Errorf("alerts --server: exit %d\n%s%s", code, stdout, stderr)
	}
	// Keys through the API: a viewer may not, an admin may.
	if code, _, stderr := run(t, ctx, env, "keys", "list", "--server", base); code != exitFail || !strings.Contains(stderr, "admin") {
		t.Errorf("keys list as viewer: exit %d: %s", code, stderr)
	}
	adminEnv := map[string]string{"SCOUT_API_KEY": admin, "SCOUT_SERVER": base}
	code, stdout, stderr = run(t, ctx, adminEnv, "keys", "create", "--role", "viewer", "--name", "remote")
	if code != exitOK || !keyLine.MatchString(stdout) {
		t.Fatalf("keys create --server: exit %d %q %s", code, stdout, stderr)
	}
	if code, stdout, _ := run(t, ctx, adminEnv, "keys", "list"); code != exitOK || !strings.Contains(stdout, "remote") || strings.Contains(stdout, "scout_") {
		t.Errorf("keys list --server: exit %d\n%s", code, stdout)
	}

	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exit %d: %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s")
	}
}
