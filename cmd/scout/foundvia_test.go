package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/scout-oss/scout"
)

// TestImportFoundVia records found_via "import" on imported creators.
func TestImportFoundVia(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	if code, _, errOut := run(t, ctx, nil, "import", filepath.Join(importFixtures, "good.csv"), "--data", data); code != exitOK {
		t.Fatalf("import exit %d: %s", code, errOut)
	}
	got := creatorsByAccount(t, data)
	if len(got) == 0 {
		t.Fatal("nothing imported")
	}
	for id, c := range got {
		if len(c.FoundVia) != 1 || c.FoundVia[0].Kind != scout.FoundImport {
			t.Errorf("%s found_via %+v, want one import", id, c.FoundVia)
		}
	}
}
