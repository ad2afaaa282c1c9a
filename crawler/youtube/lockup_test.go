package youtube_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/youtube"
)

// TestYouTubeLockupGrid reads a channel served as YouTube serves channels
// now (German locale): a pageHeaderViewModel header, the Videos and Live
// tabs as lockupViewModel grids and the Shorts tab as a
// shortsLockupViewModel grid. Every video keeps the format it came from.
func TestYouTubeLockupGrid(t *testing.T) {
	web := startYouTubeWeb(t)
	yt := youtube.New(youtube.Config{Base: web.URL, Now: ytTestClock})
	res := ytCrawl(t, yt, "youtube:@jonasbaut")["youtube:@jonasbaut"]
	if res == nil || res.Profile == nil {
		t.Fatalf("no profile: %+v", res)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings %+v", res.Warnings)
	}
	a := res.Profile.Account
	if a.ID != "youtube:UCj0nasBautHolzWerkstatt" || a.Handle != "jonasbaut" || a.DisplayName != "Jonas baut" {
		t.Errorf("account %s %q %q", a.ID, a.Handle, a.DisplayName)
	}
	// "1,2 Mio. Abonnenten" • "412 Videos".
	if a.Followers == nil || *a.Followers != 1_200_000 || a.PostsCount == nil || *a.PostsCount != 412 {
		t.Errorf("followers %v posts %v, want 1200000 and 412", crawltest.FmtCount(a.Followers), crawltest.FmtCount(a.PostsCount))
	}
	if !slices.Equal(a.Links, []string{"https://jonasbaut.example/"}) {
		t.Errorf("links %q", a.Links)
	}

	type wantPost struct {
		id        string
		published time.Time // zero: the page gives no date
		views     int64
		duration  int
		format    string
	}
	const lockup, shorts = "lockupViewModel", "shortsLockupViewModel"
	want := []wantPost{
		// Videos tab: the live stream, the playlist and the scheduled
		// premiere are left out.
		{"youtube:J0nasVid001", crawltest.Day(2026, 11, 21), 1_200_000, 24*60 + 13, lockup},
		{"youtube:J0nasVid002", crawltest.Day(2026, 11, 10), 845_312, 18*60 + 2, lockup},
		{"youtube:J0nasVid003", crawltest.Day(2026, 10, 25), 56_789, 3765, lockup},
		{"youtube:J0nasVid004", crawltest.Day(2026, 11, 24), 0, 190, lockup},
		{"youtube:J0nasVid005", crawltest.Day(2026, 7, 1), 12_345, 41*60 + 9, lockup},
		// Shorts tab: views from the overlay, or from the accessibility
		// text when the overlay has none; ids from the reel endpoint, the
		// inline player or the entity id.
		{"youtube:J0nasShrt01", time.Time{}, 1_200_000, 0, shorts},
		{"youtube:J0nasShrt02", time.Time{}, 12_345, 0, shorts},
		{"youtube:J0nasShrt03", time.Time{}, 3_456, 0, shorts},
		{"youtube:J0nasShrt04", time.Time{}, 987, 0, shorts},
		// Live tab: the past stream; the live one and the scheduled one
		// are left out.
		{"youtube:J0nasLive01", crawltest.Day(2026, 11, 22), 23_456, 3*3600 + 12*60 + 44, lockup},
	}
	posts := res.Profile.Posts
	var ids []string
	for _, p := range posts {
		ids = append(ids, p.ID)
	}
	if len(posts) != len(want) {
		t.Fatalf("posts %q, want %d", ids, len(want))
	}
	for i, w := range want {
		p := posts[i]
		if p.ID != w.id || !p.PublishedAt.Equal(w.published) || p.Views == nil || *p.Views != w.views ||
			p.DurationSeconds != w.duration || p.Format != w.format || p.MediaKind != "video" || p.AccountID != a.ID {
			t.Errorf("post %d: got %s %s views %v %ds %q, want %s %s views %d %ds %q", i,
				p.ID, p.PublishedAt.Format(time.DateOnly), crawltest.FmtCount(p.Views), p.DurationSeconds, p.Format,
				w.id, w.published.Format(time.DateOnly), w.views, w.duration, w.format)
		}
	}
	if p := posts[7]; p.Title != "Leim richtig auftragen" {
		t.Errorf("short title %q, want it from the accessibility text", p.Title)
	}
	if p := posts[0]; p.Title != "Werkbank aus Fichte – Teil 1" || p.URL != web.URL+"/watch?v=J0nasVid001" {
		t.Errorf("first post %q %s", p.Title, p.URL)
	}
	for _, p := range web.requested() {
		if strings.HasPrefix(p, "/@jonasbaut/") && !slices.Contains([]string{"/@jonasbaut/videos", "/@jonasbaut/shorts", "/@jonasbaut/streams"}, p) {
			t.Errorf("requested %s: only the Videos, Shorts and Live tabs are read", p)
		}
	}
}

// TestYouTubeHomeTabLockups reads the videos of a channel's home tab when
// the tabs cannot be read: lockups of other channels in its shelves (their
// avatar names another channel) are not the channel's.
func TestYouTubeHomeTabLockups(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "youtube", "channel_jonasbaut.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/@jonasbaut" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	yt := youtube.New(youtube.Config{Base: srv.URL, Now: ytTestClock})
	res := ytCrawl(t, yt, "youtube:@jonasbaut")["youtube:@jonasbaut"]
	if res == nil || res.Profile == nil {
		t.Fatalf("no profile: %+v", res)
	}
	if len(res.Warnings) != 3 {
		t.Errorf("warnings %+v, want one per missing tab", res.Warnings)
	}
	var ids []string
	for _, p := range res.Profile.Posts {
		ids = append(ids, p.ID)
	}
	if slices.Contains(ids, "youtube:OtherVid001") {
		t.Errorf("posts %q include another channel's video", ids)
	}
	if !slices.Contains(ids, "youtube:J0nasVid001") || !slices.Contains(ids, "youtube:J0nasShrt01") {
		t.Errorf("posts %q lack the channel's own video and Short", ids)
	}
}

func TestYouTubeViewLabels(t *testing.T) {
	cases := []struct {
		label string
		want  int64 // -1: no count
	}{
		{"1.2M views", 1_200_000},
		{"1,2 Mio. Aufrufe", 1_200_000},
		{"12 k vues", 12_000},
		{"12 k vues", 12_000},
		{"845.312 Aufrufe", 845_312},
		{"12,345 views", 12_345},
		{"2,3 mil visualizaciones", 2_300},
		{"1,2 M de visualizaciones", 1_200_000},
		{"3,4 mil visualizações", 3_400},
		{"1.234.567 visualizzazioni", 1_234_567},
		{"No views", 0},
		{"Keine Aufrufe", 0},
		{"", -1},
		{"Recommended for you", -1},
	}
	for _, c := range cases {
		got := youtube.ViewsOfLabel(c.label)
		if (got == nil) != (c.want < 0) || got != nil && *got != c.want {
			t.Errorf("ViewsOfLabel(%q) = %s, want %d", c.label, crawltest.FmtCount(got), c.want)
		}
	}
}

func TestYouTubeDateLabels(t *testing.T) {
	now := time.Date(2026, 11, 24, 15, 0, 0, 0, time.UTC)
	cases := []struct {
		label string
		want  time.Time // zero: no date
	}{
		{"3 days ago", crawltest.Day(2026, 11, 21)},
		{"Streamed 2 days ago", crawltest.Day(2026, 11, 22)},
		{"Vor 2 Tagen gestreamt", crawltest.Day(2026, 11, 22)},
		{"Premiered Jul 1, 2026", crawltest.Day(2026, 7, 1)},
		{"Streamed Sep. 30, 2025", crawltest.Day(2025, 9, 30)},
		{"Premiere am 01.07.2026", crawltest.Day(2026, 7, 1)},
		{"Scheduled for 8/13/26, 1:30 PM", time.Time{}},
		{"Geplant für 13.12.26, 18:00", time.Time{}},
		{"Premieres Dec 24, 2026", time.Time{}}, // after now: scheduled
		{"1.234 Zuschauer", time.Time{}},
		{"j. 2026", time.Time{}},
	}
	for _, c := range cases {
		got, ok := youtube.DateOfLabel(c.label, now)
		if ok != !c.want.IsZero() || !got.Equal(c.want) {
			t.Errorf("DateOfLabel(%q) = %s, %v; want %s", c.label, got, ok, c.want)
		}
	}
}
