package browsertest_test

import (
	"context"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/fediverse"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/crawler/page"
	"github.com/scout-oss/scout/crawler/youtube"
	"github.com/scout-oss/scout/imagestore"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/langdetect"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// fixture is a Scout server over a store that holds the sample creator web,
// crawled once per test binary.
type fixture struct {
	URL   string
	DB    *store.DB
	Srv   *api.Server
	Keys  map[scout.Role]string // API key secrets by role
	Robin string                // the creator with <script> in the bio
	Chart string                // a creator with a follower history
}

var (
	fixtureOnce sync.Once
	shared      *fixture
	fixtureErr  error
	cleanup     []func()
)

func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(cleanup) - 1; i >= 0; i-- {
		cleanup[i]()
	}
	os.Exit(code)
}

// MustFixture returns the shared fixture, building it on first use.
func MustFixture(tb testing.TB) *fixture {
	tb.Helper()
	fixtureOnce.Do(func() { shared, fixtureErr = buildFixture() })
	if fixtureErr != nil {
		tb.Fatalf("fixture: %v", fixtureErr)
	}
	return shared
}

func buildFixture() (*fixture, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "scout-browsertest-")
	if err != nil {
		return nil, err
	}
	cleanup = append(cleanup, func() { os.RemoveAll(dir) })
	db, err := store.Open(ctx, dir)
	if err != nil {
		return nil, err
	}
	cleanup = append(cleanup, func() { db.Close() })
	idx, err := index.NewMemOnly()
	if err != nil {
		return nil, err
	}
	cleanup = append(cleanup, func() { idx.Close() })
	idx.SetReviews(db)
	idx.SetTopics(scoring.TopicLexicon{})
	eng := scoring.New()
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: eng}
	// As the demo does: detect the language of posts that declare none,
	// and join one person's accounts on verifiable links (Dario's
	// YouTube channel and his Mastodon account, which says Bologna).
	in.Languages = langdetect.New()
	in.Identity = &ingest.Merger{Identity: db}

	web, err := fixtureweb.Start(scout.SampleWeb())
	if err != nil {
		return nil, err
	}
	cleanup = append(cleanup, func() { web.Close() })
	seeds, err := web.Seeds()
	if err != nil {
		return nil, err
	}
	// The platform adapters as `scout demo` builds them, pointed at the
	// sample web's Bluesky AppView and YouTube channel pages.
	ap := &fediverse.ActivityPub{MaxPosts: fediverse.DefaultActivityPubPosts}
	cfg := crawler.Config{Rate: 200, Burst: 20, Timeout: 3 * time.Second, Concurrency: 8,
		Extract: page.Extract, ExtractFeed: page.ExtractFeed, ParseFeed: page.ParseFeed,
		Adapters: []crawler.Adapter{
			youtube.New(youtube.Config{Base: web.URL("yt.example")}),
			&bluesky.Adapter{API: web.URL("bsky.example")},
			&fediverse.Mastodon{Fallback: ap},
			ap,
		}}
	// Scout's own copies of avatars and thumbnails, fetched from the
	// sample web only, as `scout demo` does.
	images, err := imagestore.Open(filepath.Join(dir, imagestore.DirName))
	if err != nil {
		return nil, err
	}
	cfg.Images = images
	for _, h := range web.Hosts() {
		hp := strings.TrimPrefix(web.URL(h), "http://")
		cfg.ImageHosts = append(cfg.ImageHosts, hp)
		if addr, err := netip.ParseAddrPort(hp); err == nil {
			cfg.AllowPrivate = append(cfg.AllowPrivate, addr)
		}
	}
	if _, err := crawler.New(cfg).Crawl(ctx, seeds, in); err != nil {
		return nil, err
	}
	if err := in.Flush(ctx); err != nil {
		return nil, err
	}
	f := &fixture{DB: db, Keys: map[scout.Role]string{}}
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{Limit: 1000})
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if strings.Contains(c.Bio, "<script>") {
			f.Robin = c.ID
		}
	}
	if f.Chart, err = addHistory(ctx, db, in, cs); err != nil {
		return nil, err
	}
	for _, role := range scout.Roles {
		_, secret, err := db.CreateKey(ctx, "browser "+string(role), role)
		if err != nil {
			return nil, err
		}
		f.Keys[role] = secret
	}
	srv := api.NewServer()
	srv.Addr = "127.0.0.1:0"
	srv.Creators, srv.Index = db, idx
	srv.Briefs, srv.BriefScorer = db, eng
	srv.Shortlists, srv.Hidden, srv.Targets = db, db, db
	srv.Keys = db
	srv.Images = images
	srv.RateLimit = 0
	if err := srv.Open(); err != nil {
		return nil, err
	}
	cleanup = append(cleanup, func() { srv.Close() })
	f.Srv, f.URL = srv, srv.URL()
	return f, nil
}

// addHistory gives the most followed creator's main account three earlier
// snapshots, so the follower chart has a line to draw.
func addHistory(ctx context.Context, db *store.DB, in *ingest.Ingester, cs []*scout.Creator) (string, error) {
	var best *scout.Creator
	for _, c := range cs {
		if c.Followers != nil && (best == nil || *c.Followers > *best.Followers) {
			best = c
		}
	}
	if best == nil {
		return "", nil
	}
	a := *best.PrimaryAccount()
	if a.Followers == nil {
		return best.ID, nil
	}
	now := a.FetchedAt
	for i, share := range []float64{0.82, 0.88, 0.95} {
		old := a
		old.Followers = scout.Int64(int64(float64(*a.Followers) * share))
		at := now.Add(-time.Duration(3-i) * 30 * 24 * time.Hour)
		if _, err := db.SaveProfile(ctx, &scout.Profile{Account: old, SourceURL: a.URL, FetchedAt: at}); err != nil {
			return "", err
		}
	}
	if err := in.Refresh(ctx, best.ID); err != nil {
		return "", err
	}
	return best.ID, in.Flush(ctx)
}

// pageURL joins the fixture's base URL and a path with an optional query.
func (f *fixture) pageURL(path string, q url.Values) string {
	u := f.URL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u
}
