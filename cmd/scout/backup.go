package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/scout-oss/scout"
)

var backupCommand = &command{
	name:    "backup",
	usage:   "[--data DIR | --server URL] FILE",
	summary: "write a consistent copy of the store to FILE (through a running server's API with --server)",
	run:     runBackup,
}

func runBackup(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("backup takes one FILE; got %q", rest)
	}
	path := rest[0]
	rc, err := m.remote(*server)
	if err != nil {
		return err
	}
	var n int64
	if rc != nil {
		n, err = rc.backup(ctx, path)
	} else {
		n, err = m.localBackup(ctx, *data, path)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "backed up the store to %s (%s bytes)\n", path, strconv.FormatInt(n, 10))
	return nil
}

// localBackup opens the data directory, which therefore must not be held
// by a running `scout serve` (bbolt allows one process); the error says to
// use --server then.
func (m *Main) localBackup(ctx context.Context, dir, path string) (int64, error) {
	db, err := m.readStore(ctx, dir, true)
	var se *scout.Error
	if errors.As(err, &se) && se.Code == scout.ECONFLICT {
		se.Message += "; back up a running server with --server URL"
		return 0, se
	}
	if err != nil {
		return 0, err
	}
	defer db.Close()
	return db.BackupFile(ctx, path)
}

// backup downloads GET /api/v1/admin/backup into path through a temporary
// file beside it, checking the length against Content-Length before the
// rename, so a cut connection never leaves a short file named path.
func (r *remote) backup(ctx context.Context, path string) (int64, error) {
	u := *r.base
	u.Path += "/api/v1/admin/backup"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("User-Agent", "scout-cli/"+Version)
	if r.key != "" {
		req.Header.Set("Authorization", "Bearer "+r.key)
	}
	client := &http.Client{Transport: r.client.Transport} // no overall timeout: the file may be large
	resp, err := client.Do(req)
	if err != nil {
		return 0, &scout.Error{Code: scout.EUNAVAILABLE, Message: fmt.Sprintf("cannot reach %s", r.base), Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		if json.Unmarshal(raw, &e) == nil && e.Error.Code != "" {
			msg := e.Error.Message
			if e.Error.Code == scout.EUNAUTHORIZED && r.key == "" {
				msg += " (set SCOUT_API_KEY to an admin key)"
			}
			return 0, &scout.Error{Code: e.Error.Code, Message: msg}
		}
		return 0, fmt.Errorf("backup: %s", resp.Status)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-")
	if err != nil {
		return 0, fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name())
	n, err := io.Copy(tmp, resp.Body)
	if err == nil && resp.ContentLength >= 0 && n != resp.ContentLength {
		err = fmt.Errorf("the server sent %d of %d bytes", n, resp.ContentLength)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return 0, fmt.Errorf("backup: %w", err)
	}
	return n, nil
}
