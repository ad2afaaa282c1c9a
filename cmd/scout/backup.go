package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/imagestore"
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
	if rc == nil {
		dst := path + imagesBackupSuffix
		k, err := backupImages(ctx, filepath.Join(*data, imagestore.DirName), dst)
		if err != nil {
			return err
		}
		if k > 0 {
			fmt.Fprintf(m.Stderr, "and %s to %s (restore it as DATA/%s)\n", plural(k, "image"), dst, imagestore.DirName)
		}
	}
	return nil
}

// imagesBackupSuffix names the directory beside a backup FILE that holds
// the copies of DATA/images.
const imagesBackupSuffix = ".images"

// backupImages copies the image directory src to dst (replacing dst), file
// by file, and returns how many images it copied; none when src does not
// exist. The images are files beside the store (package imagestore), so
// the store's own backup does not carry them.
func backupImages(ctx context.Context, src, dst string) (int, error) {
	if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err := os.RemoveAll(dst); err != nil {
		return 0, fmt.Errorf("backup images: %w", err)
	}
	n := 0
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o700)
		}
		if !d.Type().IsRegular() || strings.HasPrefix(d.Name(), ".") {
			return nil // temporary files of a write in progress
		}
		if err := copyFile(p, target); err != nil {
			return err
		}
		n++
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("backup images: %w", err)
	}
	return n, nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
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
