package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/imagestore"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// namesake is one fixture creator of the namesake server.
type namesake struct {
	key, name, handle, url string
	platform               scout.Platform
	followers              int64
	topic                  string
}

// namesakes are two "Alex Kim"s on two web sites and two "Sam Rivera"s on
// two platforms, as in the sample web.
var namesakes = []namesake{
	{"beauty", "Alex Kim", "alexkim", "https://social.example/@alexkim", scout.PlatformWeb, 312_400, "k-beauty skincare routine"},
	{"wood", "Alex Kim", "alexkimwoodshop.example", "https://alexkimwoodshop.example/", scout.PlatformWeb, 4_100, "woodworking table joinery"},
	{"fish", "Sam Rivera", "samrivera.bsky.example", "https://bsky.example/profile/samrivera.bsky.example", scout.PlatformBluesky, 3_120, "fly fishing river trout"},
	{"synth", "Sam Rivera", "samriverasynth", "https://yt.example/@samriverasynth", scout.PlatformYouTube, 48_900, "synthwave music video"},
}

// namesakeEnv is the namesake server with its store and image store.
type namesakeEnv struct {
	*webEnv
	ids    map[string]string // creator id by namesake key
	db     *store.DB
	images *imagestore.Dir
	keys   []string // the stored image keys: Alex Kim's (beauty) avatar and a thumbnail
}

// platformAvatar is the platform's URL of the beauty creator's avatar: the
// page must never link it.
const platformAvatar = "https://cdn.platform.example/avatars/alexkim.png"

// MustNamesakeServer serves the namesakes without keys (loopback, no
// auth), and returns the creator ids by key.
func MustNamesakeServer(tb testing.TB) (*webEnv, map[string]string) {
	tb.Helper()
	e := MustNamesakeEnv(tb)
	return e.webEnv, e.ids
}

// MustNamesakeEnv is MustNamesakeServer with its store and images: the
// beauty creator has Scout's own copy of her avatar and of one post's
// thumbnail.
func MustNamesakeEnv(tb testing.TB) *namesakeEnv {
	tb.Helper()
	ctx := context.Background()
	dir := tb.TempDir()
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	images, err := imagestore.Open(filepath.Join(dir, imagestore.DirName))
	if err != nil {
		tb.Fatal(err)
	}
	var pic bytes.Buffer
	_ = png.Encode(&pic, image.NewRGBA(image.Rect(0, 0, 64, 48)))
	env := &namesakeEnv{db: db, images: images}
	idx, err := index.NewMemOnly()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Now: func() time.Time { return now }}
	ids := map[string]string{}
	for _, n := range namesakes {
		acc := scout.Account{ID: scout.AccountID(n.platform, n.url), Platform: n.platform, Handle: n.handle, URL: n.url,
			DisplayName: n.name, Bio: n.name + " makes " + n.topic, Followers: scout.Int64(n.followers)}
		if n.key == "fish" {
			for i := range 10 {
				f := scout.FollowerSample{ID: fmt.Sprint("f", i), Handle: fmt.Sprint("fan", i), Language: "en"}
				if i < 4 {
					f.Language, f.Country = "es", "MX"
				}
				acc.FollowerSample = append(acc.FollowerSample, f)
			}
		}
		prof := &scout.Profile{Account: acc, FetchedAt: now}
		for i := range 8 {
			prof.Posts = append(prof.Posts, scout.Post{ID: fmt.Sprint(n.key, i), URL: fmt.Sprintf("%s/p/%d", n.url, i),
				PublishedAt: now.Add(-time.Duration(i) * 48 * time.Hour), Text: n.topic + " today",
				Likes: scout.Int64(n.followers / 50), Comments: scout.Int64(n.followers / 500)})
		}
		if n.key == "beauty" {
			prof.Account.AvatarURL = platformAvatar
			prof.Posts[0].ThumbnailURL = "https://cdn.platform.example/thumbs/1.jpg"
			for _, set := range []*string{&prof.Account.Avatar, &prof.Posts[0].Thumbnail} {
				kind := scout.ImageAvatar
				if set != &prof.Account.Avatar {
					kind = scout.ImageThumbnail
				}
				if *set, err = images.PutImage(ctx, acc.ID, kind, pic.Bytes()); err != nil {
					tb.Fatal(err)
				}
				env.keys = append(env.keys, *set)
			}
		}
		if err := in.Ingest(ctx, &scout.CrawlResult{URL: n.url, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
			tb.Fatal(err)
		}
		ids[n.key] = scout.NewCreatorID(acc.ID)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index, s.Images, s.Privacy = db, idx, images, db
	s.NoAuth = true
	s.RateLimit = 0
	s.Now = func() time.Time { return now }
	env.webEnv = &webEnv{keys: map[scout.Role]string{}}
	env.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(env.ts.Close)
	env.ids = ids
	return env
}

// TestWebRowsNameHandles checks that namesakes can be told apart on the
// search page: each row names its handle and where the account lives.
func TestWebRowsNameHandles(t *testing.T) {
	env, _ := MustNamesakeServer(t)
	c := env.browser(t, "")
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"alex", []string{"@alexkim", "web · social.example", "alexkimwoodshop.example"}},
		{"sam", []string{"@samrivera.bsky.example", "bluesky", "@samriverasynth", "youtube"}},
	} {
		status, _, body, _ := env.get(t, c, "/?q="+tc.q)
		if status != http.StatusOK {
			t.Fatalf("q=%s: status %d", tc.q, status)
		}
		tbody := regexp.MustCompile(`(?s)<tbody>.*</tbody>`).FindString(body)
		rows := regexp.MustCompile(`(?s)<tr>.*?</tr>`).FindAllString(tbody, -1)
		if len(rows) != 2 {
			t.Errorf("q=%s: %d result rows, want 2", tc.q, len(rows))
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("q=%s: no %q on the page", tc.q, w)
			}
		}
		for _, r := range rows {
			if !strings.Contains(r, `class="handles"`) {
				t.Errorf("q=%s: a row without handles: %s", tc.q, r)
			}
		}
	}
}

// compareJSON is the part of GET /api/v1/compare the tests read.
type compareJSON struct {
	Creators []struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Accounts []struct {
			Handle         string            `json:"handle"`
			FollowerSample []json.RawMessage `json:"follower_sample"`
		} `json:"accounts"`
		Followers *int64 `json:"followers"`
		Scores    map[string]struct {
			Value      *float64 `json:"value"`
			Confidence float64  `json:"confidence"`
			Missing    []string `json:"missing"`
		} `json:"scores"`
		Engagement struct {
			RateByFollowers *float64 `json:"rate_by_followers"`
		} `json:"engagement"`
		EngagementConfidence *float64 `json:"engagement_confidence"`
		Audience             *struct {
			Sampled   int `json:"sampled"`
			Languages []struct {
				Code  string  `json:"code"`
				Share float64 `json:"share"`
			} `json:"languages"`
			Countries []struct {
				Code  string  `json:"code"`
				Share float64 `json:"share"`
			} `json:"countries"`
		} `json:"audience"`
		Posts []json.RawMessage `json:"posts"`
	} `json:"creators"`
}

func TestCompareAPI(t *testing.T) {
	env, ids := MustNamesakeServer(t)
	c := env.browser(t, "")
	get := func(path string) (int, []byte) {
		t.Helper()
		resp, err := c.Get(env.ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, raw
	}
	t.Run("OK", func(t *testing.T) {
		status, raw := get("/api/v1/compare?ids=" + ids["fish"] + "," + ids["synth"] + "," + ids["beauty"])
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, raw)
		}
		var got compareJSON
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, cr := range got.Creators {
			order = append(order, cr.ID)
			if len(cr.Posts) != 0 {
				t.Errorf("%s: posts in a comparison", cr.ID)
			}
			for _, a := range cr.Accounts {
				if len(a.FollowerSample) != 0 {
					t.Errorf("%s: the follower sample itself is served, not only its aggregates", cr.ID)
				}
			}
			if _, ok := cr.Scores["overall"]; !ok {
				t.Errorf("%s: no overall score", cr.ID)
			}
			if cr.Engagement.RateByFollowers != nil && cr.EngagementConfidence == nil {
				t.Errorf("%s: an engagement rate without its confidence", cr.ID)
			}
		}
		if want := []string{ids["fish"], ids["synth"], ids["beauty"]}; strings.Join(order, ",") != strings.Join(want, ",") {
			t.Errorf("order %v, want %v", order, want)
		}
		a := got.Creators[0].Audience
		if a == nil || a.Sampled != 10 || len(a.Languages) != 2 || a.Languages[0].Code != "en" || a.Languages[0].Share != 0.6 ||
			len(a.Countries) != 1 || a.Countries[0].Code != "MX" || a.Countries[0].Share != 0.4 {
			t.Errorf("audience of the sampled creator: %+v", a)
		}
		if got.Creators[1].Audience != nil {
			t.Errorf("audience without a sample: %+v, want null", got.Creators[1].Audience)
		}
	})
	t.Run("OK_RepeatedAndDuplicateIDs", func(t *testing.T) {
		status, raw := get("/api/v1/compare?ids=" + ids["fish"] + "&ids=" + ids["synth"] + "&ids=" + ids["fish"])
		var got compareJSON
		_ = json.Unmarshal(raw, &got)
		if status != http.StatusOK || len(got.Creators) != 2 {
			t.Errorf("status %d, %d creators; want 200 and 2: %s", status, len(got.Creators), raw)
		}
	})
	for _, tc := range []struct {
		name, query string
		status      int
	}{
		{"ErrOne", "ids=" + ids["fish"], 400},
		{"ErrNone", "", 400},
		{"ErrFive", "ids=" + strings.Join([]string{ids["fish"], ids["synth"], ids["beauty"], ids["wood"], "c5"}, ","), 400},
		{"ErrUnknownParam", "ids=" + ids["fish"] + "," + ids["synth"] + "&sort=followers", 400},
		{"ErrUnknownCreator", "ids=" + ids["fish"] + ",nobody", 404},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, raw := get("/api/v1/compare?" + tc.query)
			if status != tc.status {
				t.Errorf("status %d, want %d: %s", status, tc.status, raw)
			}
		})
	}
}

func TestWebComparePage(t *testing.T) {
	env, ids := MustNamesakeServer(t)
	c := env.browser(t, "")
	t.Run("OK", func(t *testing.T) {
		path := "/compare?ids=" + url.QueryEscape(ids["beauty"]+","+ids["wood"])
		status, hdr, body, _ := env.get(t, c, path)
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		if !strings.Contains(hdr.Get("Content-Security-Policy"), "img-src 'self'") {
			t.Errorf("CSP %q lets images come from elsewhere", hdr.Get("Content-Security-Policy"))
		}
		if n := strings.Count(body, `class="compare-card"`); n != 2 {
			t.Errorf("%d cards, want 2", n)
		}
		for _, w := range []string{"@alexkim", "alexkimwoodshop.example", "Followers", "Engagement by followers", "Engagement by views",
			"Overall", "Brand safety", "confidence", "Flags", "Language", "Country", "Audience", "Contacts",
			"/api/v1/compare?ids=" + ids["beauty"] + "," + ids["wood"]} {
			if !strings.Contains(body, w) {
				t.Errorf("the compare page lacks %q", w)
			}
		}
		// Labelled: each card is named by its heading.
		if n := strings.Count(body, `aria-labelledby="cmp-`); n != 2 {
			t.Errorf("%d labelled cards, want 2", n)
		}
		// Topics: every topic the API gives each creator is on its card.
		_, _, raw, _ := env.get(t, c, "/api/v1/compare?ids="+ids["beauty"]+","+ids["wood"])
		var got struct {
			Creators []struct {
				ID     string `json:"id"`
				Topics []struct {
					Slug string `json:"slug"`
				} `json:"topics"`
			} `json:"creators"`
		}
		if err := json.Unmarshal([]byte(raw), &got); err != nil {
			t.Fatal(err)
		}
		topics := 0
		for _, cr := range got.Creators {
			for _, tp := range cr.Topics {
				topics++
				if !strings.Contains(body, `href="/?topic=`+tp.Slug+`"`) {
					t.Errorf("%s: topic %s is in the API but not on the card", cr.ID, tp.Slug)
				}
			}
		}
		if topics == 0 || !strings.Contains(body, "<dt>Topics</dt>") {
			t.Errorf("no topics compared (%d from the API)", topics)
		}
	})
	t.Run("ErrTooFew", func(t *testing.T) {
		status, _, body, _ := env.get(t, c, "/compare?ids="+ids["beauty"])
		if status != http.StatusBadRequest || !strings.Contains(body, "2 to 4") {
			t.Errorf("status %d; want 400 naming the bounds: %s", status, body)
		}
	})
	t.Run("OK_FromTickedRows", func(t *testing.T) {
		_, _, page, token := env.get(t, c, "/?q=sam")
		if !strings.Contains(page, `formaction="/compare"`) {
			t.Fatal("the search page has no compare button")
		}
		status, loc, body := env.post(t, c, "/compare", url.Values{"csrf": {token}, "creator_id": {ids["fish"], ids["synth"]}},
			map[string]string{"Origin": env.ts.URL})
		if status != http.StatusSeeOther || loc != "/compare?ids="+url.QueryEscape(ids["fish"]+","+ids["synth"]) {
			t.Errorf("status %d to %q; want 303 to the compare URL: %s", status, loc, body)
		}
	})
	t.Run("OK_FromLookalikes", func(t *testing.T) {
		_, _, body, _ := env.get(t, c, "/creators/"+ids["fish"])
		if strings.Contains(body, "Lookalikes") && strings.Contains(body, `class="similar"`) && !strings.Contains(body, "/compare?ids="+ids["fish"]) {
			t.Error("lookalikes are listed without a compare link")
		}
	})
}
