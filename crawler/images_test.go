package crawler_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// memImages is an ImageStore that keeps what it is given.
type memImages struct {
	mu   sync.Mutex
	puts map[string][]byte
}

func (m *memImages) PutImage(_ context.Context, accountID, kind string, data []byte) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.puts == nil {
		m.puts = map[string][]byte{}
	}
	key := fmt.Sprintf("%s-%d", kind, len(m.puts))
	m.puts[key] = data
	return key, nil
}
func (m *memImages) ImagePath(context.Context, string) (string, error) { return "", nil }
func (m *memImages) DeleteAccountImages(context.Context, []string) (int, error) {
	return 0, nil
}
func (m *memImages) DeleteImages(context.Context, []string) (int, error) { return 0, nil }
func (m *memImages) ImageKeys(context.Context) ([]string, error)         { return nil, nil }

var _ scout.ImageStore = (*memImages)(nil)

// imageHost is a loopback host that counts the requests for each path.
type imageHost struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func (h *imageHost) count(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.hits[path]
}

func (h *imageHost) addrPort(tb testing.TB) netip.AddrPort {
	tb.Helper()
	u, _ := url.Parse(h.URL)
	ap, err := netip.ParseAddrPort(u.Host)
	if err != nil {
		tb.Fatal(err)
	}
	return ap
}

func MustImageHost(tb testing.TB, robots string, files map[string]string) *imageHost {
	tb.Helper()
	var pic bytes.Buffer
	_ = png.Encode(&pic, image.NewRGBA(image.Rect(0, 0, 4, 4)))
	h := &imageHost{hits: map[string]int{}}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.hits[r.URL.Path]++
		h.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, robots)
		case strings.HasSuffix(r.URL.Path, ".png"):
			w.Header().Set("Content-Type", "image/png")
			w.Write(pic.Bytes())
		case strings.HasSuffix(r.URL.Path, ".svg"):
			w.Header().Set("Content-Type", "image/svg+xml")
			fmt.Fprint(w, `<svg xmlns="http://www.w3.org/2000/svg"/>`)
		case files[r.URL.Path] != "":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, files[r.URL.Path])
		default:
			http.NotFound(w, r)
		}
	}))
	tb.Cleanup(h.Close)
	return h
}

// imageExtract reads "avatar URL" and "thumb ID DAYSAGO URL" lines.
func imageExtract(u *url.URL, _ string, body []byte, at time.Time) (*crawler.Extraction, error) {
	prof := &scout.Profile{Account: scout.Account{ID: scout.AccountID(scout.PlatformWeb, u.String()), URL: u.String(), FetchedAt: at}}
	for _, line := range strings.Split(string(body), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "avatar":
			prof.Account.AvatarURL = f[1]
		case len(f) == 4 && f[0] == "thumb":
			var days int
			fmt.Sscan(f[2], &days)
			prof.Posts = append(prof.Posts, scout.Post{ID: f[1], AccountID: prof.Account.ID, Text: "post",
				PublishedAt: at.AddDate(0, 0, -days), ThumbnailURL: f[3]})
		}
	}
	return &crawler.Extraction{Profile: prof}, nil
}

func TestCrawlImages(t *testing.T) {
	ctx := context.Background()
	allowAll := "User-agent: *\nAllow: /\n"
	other := MustImageHost(t, "User-agent: *\nDisallow: /img/\n", nil)
	outside := MustImageHost(t, allowAll, nil) // not in AllowPrivate: internal, so refused
	page := fmt.Sprintf("avatar %[1]s/me.png\nthumb old 9 %[1]s/old.png\nthumb new 1 %[1]s/new.png\nthumb mid 3 %[1]s/mid.png\n", "{{self}}")
	pages := map[string]string{
		"/robots":  fmt.Sprintf("avatar %s/img/a.png\nthumb p 1 %s/img/t.png\n", other.URL, other.URL),
		"/private": fmt.Sprintf("avatar %s/a.png\n", outside.URL),
		"/svg":     fmt.Sprintf("avatar %s/a.svg\n", other.URL),
		"/script":  "avatar javascript:alert(1)\n",
	}
	site := MustImageHost(t, allowAll, pages)
	imgs := &memImages{}
	cfg := crawler.Config{Rate: 1000, Burst: 100, MaxRetries: -1, Extract: imageExtract, Images: imgs, MaxThumbnails: 2,
		AllowPrivate: []netip.AddrPort{site.addrPort(t), other.addrPort(t)}}
	c := crawler.New(cfg)
	sink := &crawltest.MemSink{}
	var targets []string
	for _, p := range []string{"/robots", "/private", "/svg", "/script"} {
		targets = append(targets, site.URL+p)
	}
	if _, err := c.Crawl(ctx, targets, sink); err != nil {
		t.Fatal(err)
	}
	got := sink.ByURL()
	warned := func(path, kind string) {
		t.Helper()
		r := got[site.URL+path]
		if r == nil || r.Profile == nil {
			t.Fatalf("%s: no profile: %+v", path, r)
		}
		if r.Profile.Account.Avatar != "" {
			t.Errorf("%s: avatar kept: %q", path, r.Profile.Account.Avatar)
		}
		for _, w := range r.Warnings {
			if w.Kind == kind && strings.HasPrefix(w.Message, "image not kept") {
				return
			}
		}
		t.Errorf("%s: warnings %+v, want one of kind %s", path, r.Warnings, kind)
	}
	t.Run("ErrRobots", func(t *testing.T) {
		warned("/robots", scout.FailRobots)
		if n := other.count("/img/a.png") + other.count("/img/t.png"); n != 0 {
			t.Errorf("%d requests for images robots.txt disallows", n)
		}
		if other.count("/robots.txt") != 1 {
			t.Errorf("robots.txt asked %d times, want 1", other.count("/robots.txt"))
		}
	})
	t.Run("ErrAddressPolicy", func(t *testing.T) {
		warned("/private", scout.FailBlocked)
		if n := outside.count("/a.png") + outside.count("/robots.txt"); n != 0 {
			t.Errorf("%d requests reached a host the outbound-address policy refuses", n)
		}
	})
	t.Run("ErrSVG", func(t *testing.T) { warned("/svg", scout.FailNotHTML) })
	t.Run("ErrNotHTTP", func(t *testing.T) { warned("/script", scout.FailNotHTML) })
	if len(imgs.puts) != 0 {
		t.Errorf("stored %d images from refused fetches", len(imgs.puts))
	}

	t.Run("OK", func(t *testing.T) {
		ok := MustImageHost(t, allowAll, nil)
		okPages := MustImageHost(t, allowAll, map[string]string{"/ok": strings.ReplaceAll(page, "{{self}}", ok.URL)})
		cfg := cfg
		cfg.AllowPrivate = []netip.AddrPort{ok.addrPort(t), okPages.addrPort(t)}
		sink := &crawltest.MemSink{}
		if _, err := crawler.New(cfg).Crawl(ctx, []string{okPages.URL + "/ok"}, sink); err != nil {
			t.Fatal(err)
		}
		r := sink.ByURL()[okPages.URL+"/ok"]
		if r == nil || r.Profile == nil {
			t.Fatalf("no profile: %+v", r)
		}
		if r.Profile.Account.Avatar == "" {
			t.Errorf("no avatar key; warnings %+v", r.Warnings)
		}
		thumbs := map[string]string{}
		for _, p := range r.Profile.Posts {
			thumbs[p.ID] = p.Thumbnail
		}
		if thumbs["new"] == "" || thumbs["mid"] == "" || thumbs["old"] != "" {
			t.Errorf("thumbnails %v: want the two most recent only", thumbs)
		}
		if ok.count("/old.png") != 0 {
			t.Error("fetched a thumbnail beyond MaxThumbnails")
		}
		if len(imgs.puts) != 3 {
			t.Errorf("stored %d images, want 3", len(imgs.puts))
		}
	})
}
