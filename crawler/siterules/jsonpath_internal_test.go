package siterules

import (
	"slices"
	"testing"
)

var jsonPathCases = []struct {
	path, doc string
	want      []string
}{
	{"a.b", `{"a":{"b":"x"}}`, []string{"x"}},
	{"a.n", `{"a":{"n":12345678901234}}`, []string{"12345678901234"}},
	{"links[].url", `{"links":[{"url":"u1"},{"url":""},{"nourl":1},{"url":"u2"}]}`, []string{"u1", "u2"}},
	{"items[1]", `{"items":["a","b","c"]}`, []string{"b"}},
	{"items[9]", `{"items":["a"]}`, nil},
	{"[kind=user].name", `[{"kind":"track","name":"t"},{"kind":"user","name":"Nadia"}]`, []string{"Nadia"}},
	{"[id=7].name", `[{"id":7,"name":"seven"}]`, []string{"seven"}},
	{"a.b", `{"a":[1,2]}`, nil},
	{"a", `{"a":{"b":1}}`, nil},
	{"a", `{"a":true}`, nil},
	{"a", `not json`, nil},
	{"a", `{"a":"x"} trailing`, []string{"x"}},
}

func TestJSONPath(t *testing.T) {
	for _, tc := range jsonPathCases {
		steps, err := parseJSONPath(tc.path)
		if err != nil {
			t.Errorf("%s: %v", tc.path, err)
			continue
		}
		if got := evalJSONPath(tc.doc, steps); !slices.Equal(got, tc.want) {
			t.Errorf("%s on %s = %q, want %q", tc.path, tc.doc, got, tc.want)
		}
	}
}

func TestJSONPathErrors(t *testing.T) {
	for _, p := range []string{"", "a..b", "a[", "a[x]y", "a[-1]", "a[=v]", "a b", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q"} {
		if _, err := parseJSONPath(p); err == nil {
			t.Errorf("parseJSONPath(%q) = nil error, want one", p)
		}
	}
}
