package api_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func TestBackupEndpoint(t *testing.T) {
	ctx := context.Background()
	env := MustAuthServer(t, nil)

	t.Run("ErrUnavailable", func(t *testing.T) {
		if code, _, _ := env.do(t, "GET", "/api/v1/admin/backup", env.keys[scout.RoleAdmin], ""); code != http.StatusServiceUnavailable {
			t.Errorf("without a store: status %d, want 503", code)
		}
	})
	env.srv.Backup = env.db // read per request

	for _, r := range []scout.Role{scout.RoleViewer, scout.RoleEditor} {
		if code, _, _ := env.do(t, "GET", "/api/v1/admin/backup", env.keys[r], ""); code != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", r, code)
		}
	}
	code, hdr, body := env.do(t, "GET", "/api/v1/admin/backup", env.keys[scout.RoleAdmin], "")
	if code != http.StatusOK {
		t.Fatalf("admin: status %d: %s", code, body)
	}
	if n, _ := strconv.Atoi(hdr.Get("Content-Length")); n != len(body) || n == 0 {
		t.Errorf("Content-Length %q, body %d bytes", hdr.Get("Content-Length"), len(body))
	}
	if ct := hdr.Get("Content-Type"); ct != "application/octet-stream" {
		t.Errorf("Content-Type %q", ct)
	}

	// The copy is a store: it opens, passes Check and holds the keys the
	// server was started with.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "scout.db"), body, 0o600); err != nil {
		t.Fatal(err)
	}
	restored, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatalf("the backup does not open: %v", err)
	}
	defer restored.Close()
	if ps, err := restored.Check(ctx); err != nil || len(ps) != 0 {
		t.Errorf("Check of the backup = %v, %v", ps, err)
	}
	if _, err := restored.Authenticate(ctx, env.keys[scout.RoleAdmin]); err != nil {
		t.Errorf("the backup lost the admin key: %v", err)
	}
}
