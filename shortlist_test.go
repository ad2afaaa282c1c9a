package scout_test

import (
	"reflect"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

func TestShortlistEntryValidate(t *testing.T) {
	e := scout.ShortlistEntry{CreatorID: "c1", Tags: []string{" uk ", "UK", "", "food"}}
	if err := e.Validate(); err != nil || e.Stage != scout.StageCandidate || !reflect.DeepEqual(e.Tags, []string{"uk", "food"}) {
		t.Errorf("defaults: %+v %v", e, err)
	}
	for _, bad := range []scout.ShortlistEntry{
		{CreatorID: "c1", Stage: "won"},
		{Stage: scout.StageBooked},
		{CreatorID: "c1", Note: string(make([]byte, scout.MaxNote+1))},
	} {
		if err := bad.Validate(); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("%+v: got %v, want invalid", bad, err)
		}
	}
	if e := (scout.ShortlistEntry{Target: "https://Example.social/@Bob"}); target.EntryKey(&e) != "target:fedi:bob@example.social" {
		t.Errorf("pending key %q", target.EntryKey(&e))
	}
}
