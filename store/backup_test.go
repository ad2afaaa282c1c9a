package store_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// TestBackupWhileWriting takes backups while another goroutine saves
// profiles, restores each into a fresh directory and checks it opens,
// passes Check and holds a prefix of the writes (each save is one
// transaction, so a backup holds whole saves only).
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	const saves = 60
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range saves {
			if _, err := db.SaveProfile(ctx, profile(fmt.Sprintf("web:w%03d", i), 100, t0, t0, 3)); err != nil {
				t.Errorf("save: %v", err)
				return
			}
		}
	}()
	var copies [][]byte
	for range 5 {
		var buf bytes.Buffer
		var size int64 = -1
		n, err := db.Backup(ctx, &buf, func(s int64) { size = s })
		if err != nil {
			t.Fatal(err)
		}
		if n != size || int64(buf.Len()) != n {
			t.Fatalf("Backup wrote %d bytes (buffer %d), announced %d", n, buf.Len(), size)
		}
		copies = append(copies, buf.Bytes())
	}
	wg.Wait()
	path := filepath.Join(t.TempDir(), "final.db")
	if _, err := db.BackupFile(ctx, path); err != nil {
		t.Fatal(err)
	}
	final, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copies = append(copies, final)

	for i, raw := range copies {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "scout.db"), raw, 0o600); err != nil {
			t.Fatal(err)
		}
		restored, err := store.OpenWith(ctx, dir, store.Options{NoSync: true, LockTimeout: time.Second})
		if err != nil {
			t.Fatalf("copy %d does not open: %v", i, err)
		}
		ps, err := restored.Check(ctx)
		if err != nil || len(ps) != 0 {
			t.Errorf("copy %d: Check = %v, %v", i, ps, err)
		}
		n, _ := restored.CountCreators(ctx)
		for j := range n { // whole saves, in order
			if _, err := restored.FindCreatorByID(ctx, scout.NewCreatorID(fmt.Sprintf("web:w%03d", j))); err != nil {
				t.Errorf("copy %d holds %d creators but not save %d: %v", i, n, j, err)
				break
			}
		}
		if i == len(copies)-1 && n != saves {
			t.Errorf("the backup taken after the writes holds %d creators, want %d", n, saves)
		}
		if err := restored.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
