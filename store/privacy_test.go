package store_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
	"github.com/scout-oss/scout/target"
)

// Distinctive text of the person erased, looked for in the raw file.
const (
	zoeHandle = "zoe-erasable-handle"
	zoeBio    = "BIO-ZOE-PRIVATE-7731"
	zoePost   = "POST-ZOE-PRIVATE-4410"
)

func zoeProfile(at time.Time, posts int) *scout.Profile {
	p := &scout.Profile{
		Account: scout.Account{ID: "bluesky:did:plc:zoe", Platform: scout.PlatformBluesky, Handle: zoeHandle + ".bsky.social",
			URL: "https://bsky.app/profile/" + zoeHandle + ".bsky.social", Bio: strings.Repeat(zoeBio+" ", 50), Followers: scout.Int64(900)},
		SourceURL: "https://bsky.app/profile/" + zoeHandle + ".bsky.social", FetchedAt: at,
	}
	for i := range posts {
		p.Posts = append(p.Posts, scout.Post{ID: fmt.Sprintf("zp%d", i), URL: fmt.Sprintf("https://bsky.app/p/zp%d", i),
			PublishedAt: at.Add(-time.Duration(i) * 24 * time.Hour), Text: strings.Repeat(zoePost+" ", 40)})
	}
	return p
}

func otherProfile(at time.Time) *scout.Profile {
	return &scout.Profile{
		Account: scout.Account{ID: "web:https://other.example/", Platform: scout.PlatformWeb, URL: "https://other.example/",
			DisplayName: "Other", Followers: scout.Int64(10)},
		SourceURL: "https://other.example/", FetchedAt: at,
		Posts: []scout.Post{{ID: "o1", PublishedAt: at.Add(-400 * 24 * time.Hour), Text: "old"}, {ID: "o2", PublishedAt: at, Text: "new"}},
	}
}

func TestEraseCreator(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	zoe := MustSave(t, db, zoeProfile(t0, 200))
	MustSave(t, db, zoeProfile(t0.Add(time.Hour), 200)) // a second snapshot
	other := MustSave(t, db, otherProfile(t0))
	if err := db.RecordVisit(ctx, &scout.Visit{URL: "https://bsky.app/profile/" + zoeHandle + ".bsky.social", Status: 200, CreatorID: zoe, FetchedAt: t0}); err != nil {
		t.Fatal(err)
	}
	sl := &scout.Shortlist{Name: "spring"}
	if err := db.CreateShortlist(ctx, sl); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.AddEntries(ctx, sl.ID, []scout.ShortlistEntry{{CreatorID: zoe}, {CreatorID: other}}); err != nil {
		t.Fatal(err)
	}
	if err := db.ReviewFlag(ctx, &scout.FlagReview{CreatorID: zoe, Code: "undisclosed_sponsorship", Decision: scout.DecisionConfirm, By: "t"}); err != nil {
		t.Fatal(err)
	}

	t.Run("SubjectExportHoldsEverything", func(t *testing.T) {
		exp, err := db.ExportSubject(ctx, "bluesky:"+zoeHandle+".bsky.social")
		if err != nil {
			t.Fatal(err)
		}
		if exp.Creator == nil || exp.Creator.ID != zoe {
			t.Fatalf("creator = %+v, want %s", exp.Creator, zoe)
		}
		if got := len(exp.Creator.Posts); got != 200 {
			t.Errorf("posts = %d, want all 200", got)
		}
		if got := len(exp.Creator.Snapshots); got != 2 {
			t.Errorf("snapshots = %d, want 2", got)
		}
		if len(exp.Visits) != 1 || len(exp.ShortlistEntries) != 1 || exp.ShortlistEntries[0].ShortlistName != "spring" || len(exp.FlagReviews) != 1 {
			t.Errorf("visits %d, shortlist entries %+v, reviews %d", len(exp.Visits), exp.ShortlistEntries, len(exp.FlagReviews))
		}
		if exp.Suppressed {
			t.Error("suppressed before erasure")
		}
	})

	id, err := db.ResolveSubject(ctx, "https://bsky.app/profile/"+zoeHandle+".bsky.social/")
	if err != nil || id != zoe {
		t.Fatalf("ResolveSubject by URL = %q, %v; want %s", id, err, zoe)
	}
	e, err := db.EraseCreator(ctx, zoe, "cli:tester")
	if err != nil {
		t.Fatal(err)
	}
	if e.Accounts != 1 || e.Posts != 200 || e.Snapshots != 2 || e.FlagReviews != 1 || e.ShortlistEntries != 1 || e.Visits != 1 || e.Suppressed == 0 {
		t.Errorf("erasure = %+v", e)
	}

	t.Run("GoneFromStore", func(t *testing.T) {
		if _, err := db.FindCreatorByID(ctx, zoe); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("FindCreatorByID after erase: %v", err)
		}
		if n, _ := db.CountCreators(ctx); n != 1 {
			t.Errorf("count = %d, want 1", n)
		}
		if _, err := db.FindVisit(ctx, "https://bsky.app/profile/"+zoeHandle+".bsky.social"); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("visit kept: %v", err)
		}
		got, err := db.FindShortlistByID(ctx, sl.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.EntryCount != 1 {
			t.Errorf("shortlist entry count = %d, want 1", got.EntryCount)
		}
	})

	t.Run("Suppressed", func(t *testing.T) {
		for _, ref := range []string{"bluesky:" + zoeHandle + ".bsky.social", "https://bsky.app/profile/" + zoeHandle + ".bsky.social", zoe} {
			ok, err := db.IsSuppressed(ctx, target.SubjectKeys(ref)...)
			if err != nil || !ok {
				t.Errorf("IsSuppressed(%s) = %v, %v; want true", ref, ok, err)
			}
		}
		ok, err := db.IsSuppressed(ctx, target.ProfileSubjectKeys(otherProfile(t0))...)
		if err != nil || ok {
			t.Errorf("other creator suppressed: %v, %v", ok, err)
		}
	})

	t.Run("AuditWithoutErasedData", func(t *testing.T) {
		es, err := db.FindAuditEntries(ctx, scout.AuditFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != 1 || es[0].Action != scout.AuditErase || es[0].Actor != "cli:tester" || es[0].Subject != e.Subject || len(e.Subject) != 64 {
			t.Fatalf("audit = %+v", es)
		}
		raw, _ := json.Marshal(es)
		for _, leak := range []string{zoeHandle, zoe, "did:plc:zoe", zoeBio} {
			if bytes.Contains(raw, []byte(leak)) {
				t.Errorf("audit entry holds %q: %s", leak, raw)
			}
		}
	})

	t.Run("CompactRemovesErasedBytes", func(t *testing.T) {
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "scout.db")
		if _, err := store.Compact(ctx, dir, store.Options{}); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, leak := range []string{zoeHandle, zoeBio, zoePost, "did:plc:zoe"} {
			if bytes.Contains(raw, []byte(leak)) {
				t.Errorf("compacted file still holds %q", leak)
			}
		}
		db2 := MustOpen(t, dir)
		if ok, _ := db2.IsSuppressed(ctx, target.SubjectKeys("bluesky:"+zoeHandle+".bsky.social")...); !ok {
			t.Error("suppression lost in compaction")
		}
		if c, err := db2.FindCreatorByID(ctx, other); err != nil || c.Name != "Other" {
			t.Errorf("other creator after compaction: %v, %v", c, err)
		}
	})
}

func TestCompactShrinksAndRefusesWhenOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	zoe := MustSave(t, db, zoeProfile(t0, 400))
	if _, err := db.EraseCreator(ctx, zoe, "t"); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Compact(ctx, dir, store.Options{LockTimeout: 50 * time.Millisecond}); scout.ErrorCode(err) != scout.ECONFLICT {
		t.Errorf("compact of an open store: %v, want conflict", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := store.Compact(ctx, dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.After >= res.Before {
		t.Errorf("compact %d → %d bytes, want smaller", res.Before, res.After)
	}
}

func TestSuppressionListHoldsNoPlaintext(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	if _, err := db.SuppressRefs(ctx, "cli:t", "mastodon:@"+zoeHandle+"@example.social"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := db.IsSuppressed(ctx, target.SubjectKeys("https://example.social/@"+zoeHandle)...); !ok {
		t.Error("the profile URL of a suppressed handle is not suppressed")
	}
	if _, err := db.SuppressRefs(ctx, "cli:t", "not a handle"); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("SuppressRefs(garbage) = %v, want invalid", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "scout.db"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(zoeHandle)) {
		t.Error("the raw file holds the suppressed handle in plaintext")
	}
}

func TestApplyRetention(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	now := t0.Add(500 * 24 * time.Hour) // the injected clock of the run
	// Zoe: posts one per day back from t0, snapshots at t0-2d, t0-1d, t0.
	zoe := MustSave(t, db, zoeProfile(t0.Add(-48*time.Hour), 0))
	MustSave(t, db, zoeProfile(t0.Add(-24*time.Hour), 0))
	MustSave(t, db, zoeProfile(t0, 10))
	kept := MustSave(t, db, otherProfile(t0))
	sl := &scout.Shortlist{Name: "keep"}
	if err := db.CreateShortlist(ctx, sl); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.AddEntries(ctx, sl.ID, []scout.ShortlistEntry{{CreatorID: kept}}); err != nil {
		t.Fatal(err)
	}
	before := now.Add(-365 * 24 * time.Hour) // t0+135d: every post and snapshot is older

	dry, err := db.ApplyRetention(ctx, before, true)
	if err != nil {
		t.Fatal(err)
	}
	if dry.Posts != 10 || dry.Snapshots != 2 || dry.Kept != 1 {
		t.Errorf("dry run = %+v, want 10 posts, 2 snapshots, 1 kept", dry)
	}
	if c, _ := db.FindCreatorByID(ctx, zoe); len(c.Posts) != 10 {
		t.Errorf("dry run dropped posts: %d left", len(c.Posts))
	}
	rep, err := db.ApplyRetention(ctx, before, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Posts != 10 || rep.Snapshots != 2 || len(rep.CreatorIDs) != 1 || rep.CreatorIDs[0] != zoe {
		t.Errorf("report = %+v", rep)
	}
	c, err := db.FindCreatorByID(ctx, zoe)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Posts) != 0 || len(c.Snapshots) != 1 || !c.Snapshots[0].At.Equal(t0) {
		t.Errorf("zoe after retention: %d posts, snapshots %+v; want 0 and the latest one", len(c.Posts), c.Snapshots)
	}
	k, err := db.FindCreatorByID(ctx, kept)
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Posts) != 2 {
		t.Errorf("shortlisted creator lost posts: %d left, want 2", len(k.Posts))
	}

	// A cut-off between the posts drops only the older ones.
	MustSave(t, db, zoeProfile(t0, 10))
	rep, err = db.ApplyRetention(ctx, t0.Add(-5*24*time.Hour+time.Hour), false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Posts != 5 {
		t.Errorf("posts dropped at t0-5d = %d, want 5 (5 to 9 days old)", rep.Posts)
	}
}

// TestEraseReachesMentions erases a person named in other people's
// records: a schedule's targets, a job's queued frontier, a job's target
// list and message, saved searches, a watch's name and another creator's
// alert. Each keeps what is not about the person and loses the mention.
func TestEraseReachesMentions(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, t.TempDir())
	zoe := MustSave(t, db, zoeProfile(t0, 3))
	other := MustSave(t, db, otherProfile(t0))
	zoeURL := "https://bsky.app/profile/" + zoeHandle + ".bsky.social"
	zoeRef := "bluesky:" + zoeHandle + ".bsky.social"

	sch := &scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{URLs: []string{zoeURL, zoeRef, "https://other.example/"}}}
	if err := db.CreateSchedule(ctx, sch); err != nil {
		t.Fatal(err)
	}
	only := &scout.Schedule{Cron: "0 4 * * *", Targets: scout.ScheduleTargets{URLs: []string{"https://www.bsky.app/profile/" + strings.ToUpper(zoeHandle) + ".bsky.social/"}}}
	if err := db.CreateSchedule(ctx, only); err != nil {
		t.Fatal(err)
	}
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: []string{zoeURL, "https://other.example/"}}
	if err := db.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	job.Message = "last failure: " + zoeURL + " answered 503"
	if err := db.UpdateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	if err := db.Push(ctx,
		scout.FrontierItem{URL: zoeURL, Host: "bsky.app", JobID: job.ID, Due: t0},
		scout.FrontierItem{URL: zoeRef, Host: "public.api.bsky.app", JobID: job.ID, Due: t0},
		scout.FrontierItem{URL: "https://other.example/", Host: "other.example", JobID: job.ID, Due: t0},
	); err != nil {
		t.Fatal(err)
	}
	named := &scout.SavedSearch{Name: "Like " + zoeHandle + ".bsky.social", Query: "q=" + url.QueryEscape(zoeHandle+".bsky.social vegan") + "&min_followers=100"}
	plain := &scout.SavedSearch{Name: "vegan", Query: "q=vegan"}
	for _, s := range []*scout.SavedSearch{named, plain} {
		if err := db.CreateSavedSearch(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	w := &scout.Watch{Name: "watching @" + zoeHandle + ".bsky.social", CreatorIDs: []string{zoe, other}}
	if err := db.CreateWatch(ctx, w); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordAlerts(ctx, w.ID, &scout.AlertState{Baselined: true}, t0, []*scout.Alert{
		{Kind: scout.AlertStale, At: t0, CreatorID: other, CreatorName: "Other", WatchID: w.ID, Message: "Other is stale (like " + zoeURL + ")"},
	}); err != nil {
		t.Fatal(err)
	}

	e, err := db.EraseCreator(ctx, zoe, "cli:tester")
	if err != nil {
		t.Fatal(err)
	}
	if e.Other < 8 {
		t.Errorf("erasure counts %d other records, want at least 8 (schedule targets 3, frontier 2, job target 1, definitions 4)", e.Other)
	}

	t.Run("Schedules", func(t *testing.T) {
		got, err := db.FindScheduleByID(ctx, sch.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"https://other.example/"}; !slices.Equal(got.Targets.URLs, want) {
			t.Errorf("schedule targets = %q, want %q", got.Targets.URLs, want)
		}
		got, err = db.FindScheduleByID(ctx, only.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Targets.URLs) != 0 || got.Message == "" {
			t.Errorf("schedule of the person only: targets %q, message %q", got.Targets.URLs, got.Message)
		}
	})
	t.Run("Frontier", func(t *testing.T) {
		if n, err := db.Pending(ctx, job.ID); err != nil || n != 1 {
			t.Errorf("pending = %d, %v; want 1", n, err)
		}
		var urls []string
		for {
			it, err := db.Next(ctx, job.ID, t0.Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if it == nil {
				break
			}
			urls = append(urls, it.URL)
			if err := db.Done(ctx, it); err != nil {
				t.Fatal(err)
			}
		}
		if want := []string{"https://other.example/"}; !slices.Equal(urls, want) {
			t.Errorf("frontier handed out %q, want %q", urls, want)
		}
	})
	t.Run("Job", func(t *testing.T) {
		got, err := db.FindJobByID(ctx, job.ID)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(got.Message, zoeHandle) || !slices.Equal(got.Targets, []string{"https://other.example/"}) {
			t.Errorf("job targets %q, message %q", got.Targets, got.Message)
		}
	})
	t.Run("SavedSearchesAndWatches", func(t *testing.T) {
		ss, err := db.FindSavedSearches(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ss {
			switch s.ID {
			case named.ID:
				if strings.Contains(strings.ToLower(s.Name+s.Query), zoeHandle) {
					t.Errorf("saved search still names the person: %q %q", s.Name, s.Query)
				}
				v, err := url.ParseQuery(s.Query)
				if err != nil || v.Get("q") != "_erased_ vegan" || v.Get("min_followers") != "100" {
					t.Errorf("saved search query = %q (%v), want q=_erased_ vegan and min_followers kept", s.Query, err)
				}
			case plain.ID:
				if s.Query != "q=vegan" || s.Name != "vegan" {
					t.Errorf("unrelated saved search changed: %q %q", s.Name, s.Query)
				}
			}
		}
		ws, err := db.FindWatches(ctx)
		if err != nil || len(ws) != 1 {
			t.Fatalf("watches = %v, %v", ws, err)
		}
		if ws[0].Name != "watching (erased)" || !slices.Equal(ws[0].CreatorIDs, []string{other}) {
			t.Errorf("watch = %q %q", ws[0].Name, ws[0].CreatorIDs)
		}
		as, err := db.FindAlerts(ctx, scout.AlertFilter{})
		if err != nil || len(as) != 1 {
			t.Fatalf("alerts = %v, %v", as, err)
		}
		if strings.Contains(as[0].Message, zoeHandle) {
			t.Errorf("alert message still names the person: %q", as[0].Message)
		}
	})
	t.Run("AuditHoldsOnlyHashes", func(t *testing.T) {
		es, err := db.FindAuditEntries(ctx, scout.AuditFilter{})
		if err != nil || len(es) != 1 {
			t.Fatalf("audit = %v, %v", es, err)
		}
		raw, _ := json.Marshal(es[0])
		for _, leak := range []string{zoe, zoeHandle, "did:plc:zoe", "bsky.app"} {
			if strings.Contains(string(raw), leak) {
				t.Errorf("audit entry %s holds %q", raw, leak)
			}
		}
	})
}

func TestSuppressionListIsTheKeyedHashes(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	if secret, hashes, err := db.SuppressionList(ctx); err != nil || secret != nil || len(hashes) != 0 {
		t.Fatalf("SuppressionList of a fresh store = %x, %d hashes, %v; want nothing", secret, len(hashes), err)
	}
	ref := "https://example.social/@" + zoeHandle
	if _, err := db.SuppressRefs(ctx, "cli:t", ref); err != nil {
		t.Fatal(err)
	}
	secret, hashes, err := db.SuppressionList(ctx)
	if err != nil || len(secret) != 32 {
		t.Fatalf("SuppressionList = %x, %v; want a 32-byte secret", secret, err)
	}
	n, _ := db.CountSuppressed(ctx)
	if len(hashes) != n || n == 0 {
		t.Fatalf("%d hashes, want the %d on the list", len(hashes), n)
	}
	// A worker holding the secret finds the reference among the hashes.
	found := false
	for _, id := range target.SubjectKeys(ref) {
		m := hmac.New(sha256.New, secret)
		m.Write([]byte(id))
		for _, h := range hashes {
			found = found || bytes.Equal(h, m.Sum(nil))
		}
		if bytes.Contains(bytes.Join(hashes, nil), []byte(id)) {
			t.Errorf("a hash holds the identifier %q in plaintext", id)
		}
	}
	if !found {
		t.Error("no hash matches the suppressed reference under the secret")
	}
}
