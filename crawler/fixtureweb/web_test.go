package fixtureweb_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

// liveURL is what every rewritten URL must look like.
var liveURL = regexp.MustCompile(`^http://127\.0\.0\.1:\d+(/|$)`)

// fixtureURLRe finds fixture URLs that escaped rewriting.
var fixtureURLRe = regexp.MustCompile(`(?i)https?://[a-z0-9.-]+\.example\b`)

// noRedirect is a client that reports redirects instead of following them.
func noRedirect() *http.Client {
	return &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// MustGet fetches u and returns the response with its body read.
func MustGet(tb testing.TB, c *http.Client, u string) (*http.Response, []byte) {
	tb.Helper()
	resp, err := c.Get(u)
	if err != nil {
		tb.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("GET %s: read body: %v", u, err)
	}
	return resp, body
}

func TestStart_SampleWeb(t *testing.T) {
	w := fixtureweb.MustStart(t, scout.SampleWeb())
	want := []string{
		"alexkimwoodshop.example", "bsky.example", "clips.example", "crafts.example",
		"links.example", "pixelkitchen.example", "podcast.example", "snap.example",
		"social.example", "tg.example", "toot.example", "trailmaya.example",
		"tube.example", "yt.example",
	}
	if got := w.Hosts(); !slices.Equal(got, want) {
		t.Fatalf("Hosts() = %v, want %v", got, want)
	}
	seen := make(map[string]string)
	c := noRedirect()
	for _, h := range want {
		base := w.URL(h)
		if !liveURL.MatchString(base) || strings.HasSuffix(base, "/") {
			t.Errorf("URL(%q) = %q, want http://127.0.0.1:PORT", h, base)
			continue
		}
		if other, dup := seen[base]; dup {
			t.Errorf("%s and %s share %s; each site needs its own port", h, other, base)
		}
		seen[base] = h
		resp, _ := MustGet(t, c, base+"/_fixture/status/204")
		if resp.StatusCode != http.StatusNoContent {
			t.Errorf("%s: status route answered %d, want 204", h, resp.StatusCode)
		}
	}
	if got := w.URL("nowhere.example"); got != "" {
		t.Errorf(`URL("nowhere.example") = %q, want ""`, got)
	}
}

func TestStart_ErrNoSites(t *testing.T) {
	_, err := fixtureweb.Start(fstest.MapFS{"seeds.txt": {Data: []byte("http://a.example/\n")}})
	if err == nil {
		t.Fatal("Start with no site directories succeeded, want an error")
	}
}

func TestSeeds_AnswerAsDesigned(t *testing.T) {
	w := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := w.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	exp, err := w.Expected()
	if err != nil {
		t.Fatal(err)
	}

	var want []string
	platform := make(map[string]bool) // seeds read through an adapter's API
	for _, c := range exp.Creators {
		seed := c.URL
		if c.Seed != "" {
			seed = c.Seed
		}
		want = append(want, seed)
		platform[seed] = c.Platform != "web"
	}
	status := make(map[string]int)
	for _, f := range exp.Failures {
		if f.Seed {
			want = append(want, f.URL)
		}
		status[f.URL] = 200 // the broken page and the robots-disallowed page exist
	}
	if !slices.Equal(seeds, want) {
		t.Fatalf("Seeds() =\n%s\nwant creators then seeded failures, in expected.json order:\n%s",
			strings.Join(seeds, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range seeds {
		if platform[s] {
			continue // TestSampleWeb_PlatformAccounts reads these
		}
		if !liveURL.MatchString(s) {
			t.Errorf("seed %q is not a live loopback URL", s)
		}
		if strings.Contains(s, "/_fixture/slow") || strings.Contains(s, "/_fixture/big") {
			t.Errorf("seed %q would make the demo slow; tests add it explicitly", s)
		}
	}

	status[w.Rewrite("http://social.example/@nobody")] = http.StatusNotFound
	status[w.Rewrite("http://social.example/_fixture/redirect-loop")] = http.StatusFound
	wantType := map[string]string{
		w.Rewrite("http://pixelkitchen.example/_fixture/binary"): "application/octet-stream",
		w.Rewrite("http://podcast.example/feed.xml"):             "application/rss+xml", // a feed given as the seed
	}
	c := noRedirect()
	for _, s := range seeds {
		if platform[s] {
			continue
		}
		resp, body := MustGet(t, c, s)
		code, ok := status[s]
		if !ok {
			code = http.StatusOK
		}
		if resp.StatusCode != code {
			t.Errorf("GET %s = %d, want %d", s, resp.StatusCode, code)
			continue
		}
		ct, ok := wantType[s]
		if !ok {
			ct = "text/html"
		}
		if code == http.StatusOK && !strings.HasPrefix(resp.Header.Get("Content-Type"), ct) {
			t.Errorf("GET %s: Content-Type %q, want %s", s, resp.Header.Get("Content-Type"), ct)
		}
		if code == http.StatusOK && len(body) == 0 {
			t.Errorf("GET %s: empty body", s)
		}
	}
}

// TestServedBodies_NoFixtureURLs fetches every file of the sample web through
// its server: nothing may still point at a .example host, or a crawler would
// wander off loopback.
func TestServedBodies_NoFixtureURLs(t *testing.T) {
	fsys := scout.SampleWeb()
	w := fixtureweb.MustStart(t, fsys)
	c := noRedirect()
	files := 0
	for _, host := range w.Hosts() {
		err := fsWalkFiles(fsys, host, func(name string, raw []byte) {
			files++
			u := w.URL(host) + strings.TrimPrefix(name, host)
			resp, body := MustGet(t, c, u)
			if resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s (%s) = %d, want 200", u, name, resp.StatusCode)
				return
			}
			if m := fixtureURLRe.Find(body); m != nil {
				t.Errorf("%s still contains fixture URL %s after rewriting", name, m)
			}
			if fixtureURLRe.Match(raw) && !strings.Contains(string(body), w.URL(host)) &&
				!strings.Contains(string(body), "http://127.0.0.1:") {
				t.Errorf("%s had fixture URLs but the served body has no live ones", name)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 30 {
		t.Errorf("walked %d files, want the whole sample web (30+)", files)
	}
}

func TestContentTypes(t *testing.T) {
	w := fixtureweb.MustStart(t, scout.SampleWeb())
	tests := []struct {
		url, want string
	}{
		{"http://social.example/@mayaruns", "text/html; charset=utf-8"},
		{"http://social.example/@mayaruns/", "text/html; charset=utf-8"},
		{"http://social.example/", "text/html; charset=utf-8"},
		{"http://social.example/robots.txt", "text/plain; charset=utf-8"},
		{"http://pixelkitchen.example/feed.xml", "application/rss+xml; charset=utf-8"},
		{"http://trailmaya.example/atom.xml", "application/atom+xml; charset=utf-8"},
		{"http://snap.example/@jonas.finanzen/feed.xml", "application/atom+xml; charset=utf-8"},
		{"http://snap.example/@lucia.mochilera/feed.xml", "application/rss+xml; charset=utf-8"},
		{"http://alexkimwoodshop.example/feed.json", "application/feed+json"},
		{"http://social.example/media/avatars/alexkim.svg", "image/svg+xml"},
	}
	c := noRedirect()
	for _, tt := range tests {
		u := w.Rewrite(tt.url)
		resp, _ := MustGet(t, c, u)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", tt.url, resp.StatusCode)
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.want {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.url, got, tt.want)
		}
	}
}

// testFS is a small site tree for path-mapping and rewriting tests.
func testFS() fstest.MapFS {
	return fstest.MapFS{
		"a.example/index.html":     {Data: []byte(`<a href="http://a.example/@x">x</a> <a href="https://b.example/feed.xml">feed</a>`)},
		"a.example/@x/index.html":  {Data: []byte(`<p>profile x</p>`)},
		"a.example/about.html":     {Data: []byte(`<p>about</p>`)},
		"a.example/empty/note.txt": {Data: []byte("see http://a.example.org/ and http://a.example.")},
		"a.example/logo.png":       {Data: []byte("\x89PNG\r\n\x1a\nhttp://a.example/ inside a binary")},
		"b.example/feed.xml":       {Data: []byte(`<?xml version="1.0"?><rss version="2.0"><channel><link>http://a.example/</link></channel></rss>`)},
		"seeds.txt":                {Data: []byte("# comment\n\nhttp://a.example/@x\n  https://b.example/feed.xml  \n")},
		"README.md":                {Data: []byte("not a site")},
	}
}

func TestFiles_PathMapping(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	a := w.URL("a.example")
	tests := []struct {
		path     string
		status   int
		contains string
	}{
		{"/", 200, "feed"},
		{"/@x", 200, "profile x"},
		{"/@x/", 200, "profile x"},
		{"/@x/index.html", 200, "profile x"},
		{"/about", 200, "about"},
		{"/about.html", 200, "about"},
		{"/empty", 404, ""},                 // a directory without index.html: no listing
		{"/missing", 404, ""},               // nothing there
		{"/../b.example/feed.xml", 404, ""}, // cannot climb out of the site
		{"/%2e%2e/b.example/feed.xml", 404, ""},
	}
	follow := &http.Client{Timeout: 10 * time.Second} // ServeMux redirects unclean paths first
	for _, tt := range tests {
		resp, body := MustGet(t, follow, a+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, resp.StatusCode, tt.status)
			continue
		}
		if !strings.Contains(string(body), tt.contains) {
			t.Errorf("GET %s: body %q does not contain %q", tt.path, body, tt.contains)
		}
	}

	c := noRedirect()
	resp, err := c.Post(a+"/about", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /about = %d, want 405", resp.StatusCode)
	}

	resp, err = c.Head(a + "/about")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.ContentLength != int64(len("<p>about</p>")) {
		t.Errorf("HEAD /about = %d, length %d; want 200 with the file's length", resp.StatusCode, resp.ContentLength)
	}
}

func TestRewrite(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	a, b := w.URL("a.example"), w.URL("b.example")
	tests := []struct{ in, want string }{
		{"http://a.example/@x", a + "/@x"},
		{"https://a.example/@x", a + "/@x"},
		{"HTTP://A.EXAMPLE/", a + "/"},
		{"http://b.example", b},
		{`{"url":"http://a.example/p","feed":"https://b.example/feed.xml"}`, `{"url":"` + a + `/p","feed":"` + b + `/feed.xml"}`},
		{"see http://a.example.", "see " + a + "."},            // a full stop is not part of the host
		{"http://a.example.org/", "http://a.example.org/"},     // another host
		{"http://c.example/", "http://c.example/"},             // not served
		{"tag:a.example,2026:feed", "tag:a.example,2026:feed"}, // not a URL
	}
	for _, tt := range tests {
		if got := w.Rewrite(tt.in); got != tt.want {
			t.Errorf("Rewrite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}

	c := noRedirect()
	_, body := MustGet(t, c, a+"/")
	if want := `<a href="` + a + `/@x">x</a> <a href="` + b + `/feed.xml">feed</a>`; string(body) != want {
		t.Errorf("served index = %q, want %q", body, want)
	}
	_, body = MustGet(t, c, b+"/feed.xml")
	if !strings.Contains(string(body), "<link>"+a+"/</link>") {
		t.Errorf("served feed %q: cross-site link not rewritten", body)
	}
	resp, body := MustGet(t, c, a+"/logo.png")
	if resp.Header.Get("Content-Type") != "image/png" || !strings.Contains(string(body), "http://a.example/") {
		t.Errorf("binary file: type %q body %q; want image/png served byte for byte", resp.Header.Get("Content-Type"), body)
	}
}

func TestSeeds_CommentsAndSpace(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	got, err := w.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{w.URL("a.example") + "/@x", w.URL("b.example") + "/feed.xml"}
	if !slices.Equal(got, want) {
		t.Errorf("Seeds() = %q, want %q", got, want)
	}
}

func TestSeeds_ErrMissing(t *testing.T) {
	w := fixtureweb.MustStart(t, fstest.MapFS{"a.example/index.html": {Data: []byte("x")}})
	if _, err := w.Seeds(); err == nil {
		t.Error("Seeds() without seeds.txt succeeded, want an error")
	}
}

func TestSpecial_Status(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	a := w.URL("a.example")
	tests := []struct {
		path       string
		status     int
		header     string
		headerWant string
	}{
		{"/_fixture/status/200", 200, "", ""},
		{"/_fixture/status/404", 404, "", ""},
		{"/_fixture/status/410", 410, "", ""},
		{"/_fixture/status/403", 403, "", ""},
		{"/_fixture/status/500", 500, "", ""},
		{"/_fixture/status/429?retry-after=7", 429, "Retry-After", "7"},
		{"/_fixture/status/503?retry-after=2", 503, "Retry-After", "2"},
		{"/_fixture/status/301", 301, "Location", "/"},
		{"/_fixture/status/99", 400, "", ""},
		{"/_fixture/status/600", 400, "", ""},
		{"/_fixture/status/abc", 400, "", ""},
	}
	c := noRedirect()
	for _, tt := range tests {
		resp, _ := MustGet(t, c, a+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, resp.StatusCode, tt.status)
			continue
		}
		if tt.header != "" && resp.Header.Get(tt.header) != tt.headerWant {
			t.Errorf("GET %s: %s = %q, want %q", tt.path, tt.header, resp.Header.Get(tt.header), tt.headerWant)
		}
	}
}

func TestSpecial_RedirectLoop(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	u := w.URL("b.example") + "/_fixture/redirect-loop"
	resp, _ := MustGet(t, noRedirect(), u)
	if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/_fixture/redirect-loop" {
		t.Errorf("GET redirect-loop = %d Location %q, want 302 to itself", resp.StatusCode, resp.Header.Get("Location"))
	}
	_, err := (&http.Client{Timeout: 10 * time.Second}).Get(u)
	if err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("following redirect-loop: err = %v, want the client's redirect limit", err)
	}
}

func TestSpecial_Binary(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	resp, body := MustGet(t, noRedirect(), w.URL("a.example")+"/_fixture/binary")
	if got := resp.Header.Get("Content-Type"); got != "application/octet-stream" {
		t.Errorf("Content-Type = %q, want application/octet-stream", got)
	}
	if len(body) != fixtureweb.BinarySize {
		t.Errorf("body is %d bytes, want %d", len(body), fixtureweb.BinarySize)
	}
	if utf8.Valid(body) {
		t.Error("binary body is valid UTF-8; want bytes no text parser accepts")
	}
	_, again := MustGet(t, noRedirect(), w.URL("b.example")+"/_fixture/binary")
	if string(again) != string(body) {
		t.Error("binary body differs between requests; want fixed bytes")
	}
}

func TestSpecial_Big(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	resp, body := MustGet(t, noRedirect(), w.URL("a.example")+"/_fixture/big")
	if resp.ContentLength != fixtureweb.BigSize || len(body) != fixtureweb.BigSize {
		t.Errorf("Content-Length %d, body %d bytes; want both %d", resp.ContentLength, len(body), fixtureweb.BigSize)
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("Content-Type = %q, want text/html", resp.Header.Get("Content-Type"))
	}
	if !strings.HasPrefix(string(body), "<!DOCTYPE html>") || !strings.HasSuffix(string(body), "</html>\n") {
		t.Error("big body is not a whole HTML document")
	}
}

func TestSpecial_SlowFor(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	start := time.Now()
	resp, body := MustGet(t, noRedirect(), w.URL("a.example")+"/_fixture/slow?for=50ms")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Answered after 50ms") {
		t.Errorf("slow?for=50ms = %d %q, want 200 after 50ms", resp.StatusCode, body)
	}
	if d := time.Since(start); d < 50*time.Millisecond {
		t.Errorf("slow?for=50ms answered after %v, want at least 50ms", d)
	}
	resp, _ = MustGet(t, noRedirect(), w.URL("a.example")+"/_fixture/slow?for=1h")
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("slow?for=1h = %d, want 400 (over the 30 s cap)", resp.StatusCode)
	}
}

func TestSpecial_SlowClientTimeout(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	c := &http.Client{Timeout: 100 * time.Millisecond}
	defer c.CloseIdleConnections()
	start := time.Now()
	_, err := c.Get(w.URL("a.example") + "/_fixture/slow")
	var ue *url.Error
	if !errors.As(err, &ue) || !ue.Timeout() {
		t.Fatalf("GET slow with a 100ms client time-out: err = %v, want a time-out", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("time-out took %v", d)
	}
}

// TestClose_EndsSlowRequest starts a request to /_fixture/slow, closes the
// web, and checks that the request fails at once, Close returns promptly, and
// no goroutine of the web is left behind.
func TestClose_EndsSlowRequest(t *testing.T) {
	before := runtime.NumGoroutine()
	w, err := fixtureweb.Start(testFS())
	if err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{}
	c := &http.Client{Transport: tr}

	done := make(chan error, 1)
	go func() {
		resp, err := c.Get(w.URL("a.example") + "/_fixture/slow")
		if err == nil {
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil {
				err = errors.New("slow request completed normally")
			}
		}
		done <- err
	}()
	waitFor(t, func() bool {
		for _, r := range w.Requests() {
			if r.Path == "/_fixture/slow" {
				return true
			}
		}
		return false
	})

	start := time.Now()
	w.Close()
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Close took %v with a slow request pending; want it to end the request at once", d)
	}
	select {
	case err := <-done:
		if err == nil {
			t.Error("slow request succeeded after Close")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("slow request still pending 5s after Close")
	}
	w.Close() // a second Close is harmless

	if _, err := c.Get(w.URL("a.example") + "/"); err == nil {
		t.Error("a request after Close succeeded; want the servers gone")
	}
	tr.CloseIdleConnections()
	waitFor(t, func() bool { return runtime.NumGoroutine() <= before })
}

func TestRequests_Log(t *testing.T) {
	w := fixtureweb.MustStart(t, testFS())
	const ua = "fixtureweb-test/1.0 (+loopback)"
	before := time.Now()
	get := func(u string) {
		req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, u, nil)
		if err != nil {
			t.Error(err)
			return
		}
		req.Header.Set("User-Agent", ua)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	get(w.URL("a.example") + "/@x?ref=test")
	get(w.URL("b.example") + "/feed.xml")

	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() { get(w.URL("a.example") + "/about") })
	}
	wg.Wait()
	after := time.Now()

	log := w.Requests()
	if len(log) != 22 {
		t.Fatalf("logged %d requests, want 22", len(log))
	}
	first := log[0]
	if first.Host != "a.example" || first.Method != "GET" || first.Path != "/@x" || first.Query != "ref=test" || first.UserAgent != ua {
		t.Errorf("first entry = %+v, want GET a.example /@x?ref=test by %q", first, ua)
	}
	if log[1].Host != "b.example" || log[1].Path != "/feed.xml" {
		t.Errorf("second entry = %+v, want b.example /feed.xml", log[1])
	}
	for i, r := range log {
		if r.Time.Before(before) || r.Time.After(after) {
			t.Errorf("entry %d time %v outside the test's [%v, %v]", i, r.Time, before, after)
		}
		if i > 0 && r.Time.Before(log[i-1].Time) {
			t.Errorf("entry %d is older than entry %d; want the log in arrival order", i, i-1)
		}
		if r.UserAgent != ua {
			t.Errorf("entry %d user agent %q, want %q", i, r.UserAgent, ua)
		}
	}
	log[0].Path = "changed"
	if w.Requests()[0].Path != "/@x" {
		t.Error("Requests() returned the live log, want a copy")
	}
}

// waitFor polls cond for up to 5 s.
func waitFor(tb testing.TB, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatal("condition not met within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestClose_UnreadBigBody closes the web while a client sits on an unread
// 6 MiB response: Close must cut it after its grace period, not hang.
func TestClose_UnreadBigBody(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out Close's grace period")
	}
	w, err := fixtureweb.Start(testFS())
	if err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr}).Get(w.URL("a.example") + "/_fixture/big")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()

	start := time.Now()
	w.Close()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Close took %v with an unread big body; want it bounded by its grace period", d)
	}
	// The body may have fit in the loopback socket buffers, so either a cut
	// or a complete body is fine; reading it must simply not hang.
	n, _ := io.Copy(io.Discard, resp.Body)
	if n > fixtureweb.BigSize {
		t.Errorf("read %d bytes, more than the %d sent", n, fixtureweb.BigSize)
	}
}
