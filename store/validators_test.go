package store_test

import (
	"testing"
)

func TestValidatorsOutliveTheStore(t *testing.T) {
	dir := t.TempDir()
	db := MustOpen(t, dir)
	v := db.Validators()
	if _, _, ok := v.Get("https://a.example/p"); ok {
		t.Fatal("Get on an empty store found validators")
	}
	v.Put("https://a.example/p", `"v1"`, "Sun, 01 Mar 2026 10:00:00 GMT")
	v.Put("https://a.example/q", "", "Mon, 02 Mar 2026 10:00:00 GMT")
	v.Put("https://a.example/gone", `"x"`, "")
	v.Put("https://a.example/gone", "", "") // forgotten
	v.Put("https://a.example/never", "", "")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	v = MustOpen(t, dir).Validators()
	tests := []struct {
		url, etag, lastMod string
		ok                 bool
	}{
		{"https://a.example/p", `"v1"`, "Sun, 01 Mar 2026 10:00:00 GMT", true},
		{"https://a.example/q", "", "Mon, 02 Mar 2026 10:00:00 GMT", true},
		{"https://a.example/gone", "", "", false},
		{"https://a.example/never", "", "", false},
	}
	for _, tt := range tests {
		etag, lastMod, ok := v.Get(tt.url)
		if etag != tt.etag || lastMod != tt.lastMod || ok != tt.ok {
			t.Errorf("Get(%s) = %q, %q, %v; want %q, %q, %v", tt.url, etag, lastMod, ok, tt.etag, tt.lastMod, tt.ok)
		}
	}
}
