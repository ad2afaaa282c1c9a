package store_test

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// MustUnpackV1 copies the data directory written by schema version 1
// (testdata/datadir-v1) into a temporary directory and returns it.
func MustUnpackV1(tb testing.TB) string {
	tb.Helper()
	in, err := os.Open(filepath.Join("..", "testdata", "datadir-v1", "scout.db.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	out, err := os.OpenFile(filepath.Join(dir, "scout.db"), os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, zr); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// Today's code opens a data directory written at schema version 1: the
// schema is migrated and the stored scores (plain numbers) decode.
func TestOpen_SchemaVersion1(t *testing.T) {
	dir := MustUnpackV1(t)
	if got := dump(t, dir)["meta"]["schema_version"]; got != "1" {
		t.Fatalf("fixture schema_version = %q, want 1", got)
	}
	db := MustOpen(t, dir)
	var names []string
	err := db.ForEachCreator(context.Background(), func(c *scout.Creator) error {
		names = append(names, c.Name)
		for _, k := range []string{"engagement_quality", "brand_safety", "overall"} {
			if v, ok := c.Scores[k].Float(); !ok || v <= 0 || c.Scores[k].Version == "" {
				t.Errorf("%s: stored %s = %+v, want the version-1 number", c.Name, k, c.Scores[k])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 2 {
		t.Errorf("creators %v, want Thin Crumbs and Full Crumbs", names)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := dump(t, dir)["meta"]["schema_version"], strconv.Itoa(store.SchemaVersion); got != want {
		t.Errorf("after Open schema_version = %q, want %q", got, want)
	}
}
