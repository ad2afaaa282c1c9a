package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image"
	"image/png"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
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
	"github.com/scout-oss/scout/imagestore"
	"github.com/scout-oss/scout/netguard"
)

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Clone(l.b.Bytes())
}

// The person erased below; every word of them is distinctive, so a grep
// for "quillon" or "vexbridge" finds any trace.
const (
	qName    = "Quillon Vexbridge"
	qHandle  = "quillon-vexbridge.bsky.social"
	qURL     = "https://bsky.app/profile/" + qHandle
	qContact = "quillon.vexbridge@mail.example"
)

var qTraces = []string{"quillon", "vexbridge"}

// TestEraseReachesEverything puts one person everywhere Scout can name
// them (their creator record, a schedule's targets, a crawl job's targets
// and queued frontier, a saved search and a watch that name them, a
// shortlist, webhook deliveries queued and being retried, a removal
// request), has them removed the way the creators' side does it (the
// person asks on the public page, an admin approves), runs `scout
// compact`, and then greps the raw store file, every file of the index
// directory, the webhook queue, the audit log and the logs for their
// name, handle and URL.
func TestEraseReachesEverything(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end erasure skipped in -short mode")
	}
	ctx := context.Background()
	data := t.TempDir()
	a, err := openApp(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			a.Close()
		}
	}()
	now := time.Now().UTC()
	a.ing.Now = func() time.Time { return now }
	db := a.db

	// Webhooks go to a receiver that fails, so deliveries wait and retry.
	hook := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer hook.Close()
	logs := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	al := &api.Alerter{Alerts: db, Creators: db, Index: a.idx, Shortlists: db, Client: hook.Client(), Logger: log,
		Policy:  netguard.Policy{Allow: []netip.AddrPort{netip.MustParseAddrPort(hook.Listener.Addr().String())}},
		Backoff: 20 * time.Millisecond, Retries: 1000, Interval: time.Hour}
	if err := al.Open(); err != nil {
		t.Fatal(err)
	}
	defer al.Close()
	for _, name := range []string{"vegan one", "vegan two"} {
		ss := &scout.SavedSearch{Name: name, Query: "q=vegan", Webhook: hook.URL + "/hook", WebhookSecret: "whsec_t"}
		if err := db.CreateSavedSearch(ctx, ss); err != nil {
			t.Fatal(err)
		}
		if err := al.Baseline(ctx, ss.ID); err != nil {
			t.Fatal(err)
		}
	}

	// The person and one other creator.
	imageKeys := map[string][]string{}
	for _, p := range []scout.Account{
		{ID: "bluesky:did:plc:quillonvexbridge", Platform: scout.PlatformBluesky, Handle: qHandle, URL: qURL, DisplayName: qName,
			Bio: "vegan cooking by Quillon Vexbridge", Links: []string{"https://quillon-vexbridge.example/"}, Followers: scout.Int64(4200)},
		{ID: "web:https://olive.example/", Platform: scout.PlatformWeb, URL: "https://olive.example/", DisplayName: "Olive Other",
			Bio: "vegan baking", Followers: scout.Int64(900)},
	} {
		prof := &scout.Profile{Account: p, FetchedAt: now}
		for i := range 4 {
			prof.Posts = append(prof.Posts, scout.Post{ID: p.ID + "/p" + string(rune('a'+i)), URL: p.URL + "post/" + string(rune('a'+i)),
				PublishedAt: now.Add(-time.Duration(i) * 24 * time.Hour), Text: "vegan dinner by " + p.DisplayName, Likes: scout.Int64(40)})
		}
		// Scout's own copies of the avatar and a post's thumbnail, as a
		// crawl stores them.
		if prof.Account.Avatar, err = a.images.PutImage(ctx, p.ID, scout.ImageAvatar, mustPNG(t, len(p.ID))); err != nil {
			t.Fatal(err)
		}
		if prof.Posts[0].Thumbnail, err = a.images.PutImage(ctx, p.ID, scout.ImageThumbnail, mustPNG(t, len(p.ID)+1)); err != nil {
			t.Fatal(err)
		}
		imageKeys[p.ID] = []string{prof.Account.Avatar, prof.Posts[0].Thumbnail}
		if err := a.ing.Ingest(ctx, &scout.CrawlResult{URL: p.URL, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.ing.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	q := scout.NewCreatorID("bluesky:did:plc:quillonvexbridge")
	olive := scout.NewCreatorID("web:https://olive.example/")
	// Topic evidence names the person's posts by URL, so the greps below
	// also prove that erasure reaches it.
	if c, err := db.FindCreatorByID(ctx, q); err != nil || len(c.Topics) == 0 {
		t.Fatalf("the person has no topics before the erasure: %v", err)
	} else if ev, _ := json.Marshal(c.Topics); !bytes.Contains(ev, []byte("vexbridge")) {
		t.Fatalf("topic evidence %s does not name the person's posts", ev)
	}

	// Everywhere else the person is named.
	if err := db.CreateSchedule(ctx, &scout.Schedule{Cron: "0 3 * * *",
		Targets: scout.ScheduleTargets{URLs: []string{qURL, "bluesky:" + qHandle, "https://olive.example/"}}}); err != nil {
		t.Fatal(err)
	}
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: []string{qURL, "https://olive.example/"}}
	if err := db.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	if err := db.Push(ctx, scout.FrontierItem{URL: qURL, Host: "bsky.app", JobID: job.ID, Due: now},
		scout.FrontierItem{URL: "bluesky:" + qHandle, Host: "public.api.bsky.app", JobID: job.ID, Due: now},
		scout.FrontierItem{URL: "https://olive.example/", Host: "olive.example", JobID: job.ID, Due: now}); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateSavedSearch(ctx, &scout.SavedSearch{Name: "like " + qName, Query: "q=" + url.QueryEscape(qName)}); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateWatch(ctx, &scout.Watch{Name: "@" + qHandle, CreatorIDs: []string{q, olive}}); err != nil {
		t.Fatal(err)
	}
	sl := &scout.Shortlist{Name: "spring"}
	if err := db.CreateShortlist(ctx, sl); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.AddEntries(ctx, sl.ID, []scout.ShortlistEntry{{CreatorID: q, Note: "met " + qName}, {CreatorID: olive}}); err != nil {
		t.Fatal(err)
	}

	// New matches: two deliveries, the first retried against the failing
	// receiver, the second queued behind it.
	if n, err := al.Check(ctx); err != nil || n != 4 {
		t.Fatalf("check raised %d alerts (%v), want 4", n, err)
	}
	queued, _ := json.Marshal(al.PendingDeliveries())
	if !bytes.Contains(bytes.ToLower(queued), []byte("vexbridge")) {
		t.Fatal("the webhook queue does not hold the person before the erasure")
	}

	srv := api.NewServer()
	srv.Creators, srv.Index, srv.Keys, srv.Privacy, srv.Removals = db, a.idx, db, db, db
	srv.Images = a.images
	srv.Alerter, srv.Logger, srv.RateLimit = al, log, 0
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	_, admin, err := db.CreateKey(ctx, "dpo", scout.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}

	// The person asks on the public page.
	jar := newJar(t)
	browser := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := browser.Get(ts.URL + "/privacy")
	if err != nil {
		t.Fatal(err)
	}
	page := readAll(t, resp)
	token := between(page, `name="csrf" value="`, `"`)
	req, _ := http.NewRequest("POST", ts.URL+"/privacy", strings.NewReader(url.Values{"csrf": {token}, "ref": {qURL}, "contact": {qContact}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", ts.URL)
	resp, err = browser.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("removal request: %d", resp.StatusCode)
	}
	pending, _, err := db.FindRemovalRequests(ctx, scout.RemovalFilter{Status: scout.RemovalPending})
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending requests = %v, %v", pending, err)
	}

	// An admin approves.
	req, _ = http.NewRequest("POST", ts.URL+"/api/v1/admin/removal-requests/"+pending[0].ID+"/approve", nil)
	req.Header.Set("Authorization", "Bearer "+admin)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var d api.RemovalDecision
	if err := json.Unmarshal([]byte(readAll(t, resp)), &d); err != nil || resp.StatusCode != http.StatusOK || d.Erasure == nil || d.Erasure.Accounts != 1 {
		t.Fatalf("approve: %d %+v %v", resp.StatusCode, d, err)
	}

	// The audit log, through the API.
	req, _ = http.NewRequest("GET", ts.URL+"/api/v1/admin/audit", nil)
	req.Header.Set("Authorization", "Bearer "+admin)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	audit := readAll(t, resp)
	if !strings.Contains(audit, `"action":"erase"`) || !strings.Contains(audit, `"action":"removal_approved"`) {
		t.Errorf("audit log lacks the erasure and the approval: %s", audit)
	}

	// The webhook queue, right after.
	after := al.PendingDeliveries()
	if len(after) != 2 {
		t.Errorf("%d deliveries left, want 2 (the other creator's alerts)", len(after))
	}
	queued, _ = json.Marshal(after)
	ts.Close()
	if err := al.Close(); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	closed = true

	// Compact with the CLI, as an operator does.
	code, out, errOut := run(t, ctx, map[string]string{"USER": "tester"}, "compact", "--data", data)
	if code != exitOK {
		t.Fatalf("compact: exit %d: %s %s", code, out, errOut)
	}

	grep := func(what string, raw []byte) {
		t.Helper()
		low := bytes.ToLower(raw)
		for _, trace := range qTraces {
			if i := bytes.Index(low, []byte(trace)); i >= 0 {
				t.Errorf("%s still holds %q: …%q…", what, trace, raw[max(0, i-60):min(len(raw), i+60)])
			}
		}
	}
	raw, err := os.ReadFile(filepath.Join(data, "scout.db"))
	if err != nil {
		t.Fatal(err)
	}
	grep("the store file", raw)
	files := 0
	err = filepath.WalkDir(indexPath(data), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		grep("index file "+filepath.Base(p), raw)
		return nil
	})
	if err != nil || files == 0 {
		t.Fatalf("index directory: %d files, %v", files, err)
	}
	// The image files: the person's are gone, names and all; the other
	// creator's are still there.
	var names []string
	err = filepath.WalkDir(filepath.Join(data, imagestore.DirName), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		grep("image file "+filepath.Base(p), raw)
		names = append(names, filepath.Base(filepath.Dir(p))+"-"+strings.TrimSuffix(filepath.Base(p), ".jpg"))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range imageKeys["bluesky:did:plc:quillonvexbridge"] {
		if strings.Contains(strings.Join(names, " "), k) || bytes.Contains(raw, []byte(k)) {
			t.Errorf("the person's image %s is still named in the image directory or the store", k)
		}
		if _, err := os.Stat(filepath.Join(data, imagestore.DirName, strings.Replace(k, "-", "/", 1)+".jpg")); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("the person's image file %s: %v, want gone", k, err)
		}
	}
	if got := strings.Join(names, " "); len(names) != 2 || !strings.Contains(got, imageKeys["web:https://olive.example/"][0]) {
		t.Errorf("image files left %v, want the other creator's two", names)
	}
	grep("the webhook queue", queued)
	grep("the audit log", []byte(audit))
	// The logs: the server's and the alerter's (Scout logs failures only,
	// so there may be none) and what `scout compact` printed.
	logged := append(logs.Bytes(), out+errOut...)
	grep("the logs", logged)
	if !bytes.Contains(logged, []byte("compacted: store")) {
		t.Errorf("compact printed %q", out+errOut)
	}

	// What is not about the person is still there.
	a, err = openApp(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := a.db.FindCreatorByID(ctx, olive); err != nil {
		t.Errorf("the other creator: %v", err)
	}
	res, err := a.idx.Search(ctx, &scout.SearchQuery{Text: "vegan", PerPage: 10, Page: 1})
	if err != nil || res.Total != 1 {
		t.Errorf("search after compact: %+v, %v; want the other creator only", res, err)
	}
	schs, _, err := a.db.FindSchedules(ctx, scout.ScheduleFilter{})
	if err != nil || len(schs) != 1 || len(schs[0].Targets.URLs) != 1 {
		t.Errorf("schedules after erasure: %+v, %v", schs, err)
	}
	if n, err := a.db.Pending(ctx, job.ID); err != nil || n != 1 {
		t.Errorf("frontier after erasure: %d, %v; want the other creator's item", n, err)
	}
}

// mustPNG draws a small PNG, different for each seed.
func mustPNG(t *testing.T, seed int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 24, 24))
	for i := range img.Pix {
		img.Pix[i] = uint8(i*seed + seed)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func newJar(t *testing.T) http.CookieJar {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return jar
}

func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// between returns the text of s between the first start and the next end.
func between(s, start, end string) string {
	_, rest, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, end)
	return v
}
