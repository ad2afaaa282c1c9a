package siterules_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/scout-oss/scout/crawler/siterules"
)

// fuzzURLs are the pages a fuzzed body is read as: one per rule host, a
// loopback host (shape selection) and a personal site (microformats).
var fuzzURLs = []string{
	"https://t.me/s/fuzzchannel",
	"https://t.me/fuzzchannel",
	"https://linktr.ee/fuzz",
	"https://github.com/fuzz",
	"https://dribbble.com/fuzz",
	"https://ko-fi.com/fuzz",
	"https://fuzz.bandcamp.com/",
	"https://soundcloud.com/fuzz",
	"http://127.0.0.1:8081/fuzz",
	"https://fuzz.example/about",
}

// FuzzExtract feeds arbitrary bytes to the engine under every kind of URL:
// it must never panic, and what it returns must stay within bounds.
func FuzzExtract(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	for i, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(i))
	}
	for i, s := range []string{
		"",
		"<",
		`<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"links":[{"url":"javascript:alert(1)"},{"url":"//x.example/a"}]}}}</script>`,
		`<div class="tgme_page_title">` + strings.Repeat("<b>", 5000) + `x</div><div class="tgme_page_extra">99999999999999999999 members</div>`,
		`<div class="h-card"><div class="h-card"><div class="h-card"><a class="u-url" href="::::">`,
		`<a rel="me" href="mailto:x@y.example">m</a><a rel="me" href="https://` + strings.Repeat("a", 3000) + `.example/">`,
	} {
		f.Add([]byte(s), uint8(i))
	}
	e, err := siterules.Default(siterules.Options{ParseCount: parseCount, AllowRestricted: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte, pick uint8) {
		u := MustURL(t, fuzzURLs[int(pick)%len(fuzzURLs)])
		p, err := e.ExtractHTML(u, body)
		if err != nil {
			// The HTML parser refuses some inputs (more than 512 open
			// elements): a parse error, which the crawler records as such.
			if !errors.Is(err, siterules.ErrNoProfile) && !strings.Contains(err.Error(), "parse html") {
				t.Fatalf("err = %v, want nil, ErrNoProfile or a parse error", err)
			}
			return
		}
		for field, s := range map[string]string{"name": p.DisplayName, "handle": p.Handle, "location": p.Location} {
			if utf8.RuneCountInString(s) > 200 || strings.ContainsAny(s, "\n\r\t") {
				t.Errorf("%s %q: longer than 200 runes or not one line", field, s)
			}
		}
		if utf8.RuneCountInString(p.Bio) > 2000 {
			t.Errorf("bio of %d runes", utf8.RuneCountInString(p.Bio))
		}
		if len(p.Links) > 50 {
			t.Errorf("%d links", len(p.Links))
		}
		for _, l := range append(p.Links, p.AvatarURL) {
			if l != "" && !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") || len(l) > 2048 {
				t.Errorf("link %.80q: not a bounded http(s) URL", l)
			}
		}
		for _, c := range []*siterules.Count{p.Followers, p.Following, p.Posts} {
			if c != nil && c.Value != nil && (*c.Value < 0 || *c.Value > 1e13) {
				t.Errorf("count %+v out of range", c)
			}
		}
	})
}
