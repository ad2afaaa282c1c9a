package imagestore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/scout-oss/scout"
)

// DirName is the images' directory inside the data directory.
const DirName = "images"

// Dir is an ImageStore on a directory: ROOT/ACCOUNTHASH/CONTENTHASH.jpg.
type Dir struct {
	root string
}

var _ scout.ImageStore = (*Dir)(nil)

// Open returns the image store under root, creating the directory (owner
// only: the pictures are of people).
func Open(root string) (*Dir, error) {
	if err := os.MkdirAll(root, 0o700); err != nil {
		return nil, fmt.Errorf("open images: %w", err)
	}
	return &Dir{root: root}, nil
}

// Root is the directory the images live in (for backups).
func (d *Dir) Root() string { return d.root }

// keyRE is a key: the account's hash and the picture's.
var keyRE = regexp.MustCompile(`^([0-9a-f]{16})-([0-9a-f]{24})$`)

const ext = ".jpg"

// accountDir names an account's directory: a hash, so no account id (a
// URL, a DID) becomes a path, and a key says nothing readable.
func accountDir(accountID string) string {
	sum := sha256.Sum256([]byte("scout image account\x00" + accountID))
	return hex.EncodeToString(sum[:8])
}

// PutImage implements scout.ImageStore.
func (d *Dir) PutImage(ctx context.Context, accountID, kind string, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("put image: %w", err)
	}
	if accountID == "" {
		return "", scout.Errorf(scout.EINVALID, "put image: no account id")
	}
	out, err := Process(kind, data)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(out)
	acct, content := accountDir(accountID), hex.EncodeToString(sum[:12])
	dir := filepath.Join(d.root, acct)
	path := filepath.Join(dir, content+ext)
	key := acct + "-" + content
	if _, err := os.Stat(path); err == nil {
		return key, nil // the same picture, stored already
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("put image: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".put-*")
	if err != nil {
		return "", fmt.Errorf("put image: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return "", fmt.Errorf("put image: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("put image: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("put image: %w", err)
	}
	return key, nil
}

// path returns the file of a key. EINVALID for a malformed key.
func (d *Dir) path(key string) (string, error) {
	m := keyRE.FindStringSubmatch(key)
	if m == nil {
		return "", scout.Errorf(scout.EINVALID, "image key %q is malformed", key)
	}
	return filepath.Join(d.root, m[1], m[2]+ext), nil
}

// ImagePath implements scout.ImageStore.
func (d *Dir) ImagePath(_ context.Context, key string) (string, error) {
	p, err := d.path(key)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(p); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", scout.Errorf(scout.ENOTFOUND, "no image %s", key)
		}
		return "", fmt.Errorf("image %s: %w", key, err)
	}
	return p, nil
}

// DeleteAccountImages implements scout.ImageStore.
func (d *Dir) DeleteAccountImages(ctx context.Context, accountIDs []string) (int, error) {
	n := 0
	for _, id := range accountIDs {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("delete images: %w", err)
		}
		dir := filepath.Join(d.root, accountDir(id))
		entries, err := os.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return n, fmt.Errorf("delete images: %w", err)
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ext) {
				n++
			}
		}
		if err := os.RemoveAll(dir); err != nil {
			return n, fmt.Errorf("delete images: %w", err)
		}
	}
	return n, nil
}

// DeleteImages implements scout.ImageStore.
func (d *Dir) DeleteImages(ctx context.Context, keys []string) (int, error) {
	n := 0
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("delete images: %w", err)
		}
		p, err := d.path(k)
		if err != nil {
			continue
		}
		switch err := os.Remove(p); {
		case err == nil:
			n++
			_ = os.Remove(filepath.Dir(p)) // only when it is now empty
		case !errors.Is(err, fs.ErrNotExist):
			return n, fmt.Errorf("delete images: %w", err)
		}
	}
	return n, nil
}

// ImageKeys implements scout.ImageStore, sorted.
func (d *Dir) ImageKeys(ctx context.Context) ([]string, error) {
	var keys []string
	dirs, err := os.ReadDir(d.root)
	if err != nil {
		return nil, fmt.Errorf("list images: %w", err)
	}
	for _, dir := range dirs {
		if !dir.IsDir() {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("list images: %w", err)
		}
		files, err := os.ReadDir(filepath.Join(d.root, dir.Name()))
		if err != nil {
			return nil, fmt.Errorf("list images: %w", err)
		}
		for _, f := range files {
			if k := dir.Name() + "-" + strings.TrimSuffix(f.Name(), ext); strings.HasSuffix(f.Name(), ext) && keyRE.MatchString(k) {
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys, nil
}

// Check compares the stored files with the keys the store refers to:
// missing are referred to but have no file, orphans have a file but no
// reference. `scout doctor` reports both; the sweep after retention
// deletes orphans.
func Check(ctx context.Context, s scout.ImageStore, refs scout.ImageRefs) (missing, orphans []string, err error) {
	keys, err := s.ImageKeys(ctx)
	if err != nil {
		return nil, nil, err
	}
	have := make(map[string]bool, len(keys))
	for _, k := range keys {
		have[k] = true
		if !refs[k] {
			orphans = append(orphans, k)
		}
	}
	for k := range refs {
		if !have[k] {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	return missing, orphans, nil
}
