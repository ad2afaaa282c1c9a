package api_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

func TestWebPasteKeepsGoodLinesAndListsBadOnes(t *testing.T) {
	env := MustWebServer(t)
	c := env.browser(t, env.keys[scout.RoleEditor])
	origin := map[string]string{"Origin": env.ts.URL}
	path := "/shortlists/" + env.shortlst
	_, _, _, token := env.get(t, c, path)
	paste := "https://creator.example/@one\nthis is not a target\nbluesky:two.bsky.social\njavascript:alert(1)\n"
	status, _, body := env.post(t, c, path+"/entries", url.Values{"csrf": {token}, "targets": {paste}, "tags": {"spring, paste"}}, origin)
	if status != http.StatusOK {
		t.Fatalf("paste with bad lines: %d, want 200 on the shortlist page", status)
	}
	for _, want := range []string{"Added 2", "Line 2: <code dir=\"auto\">this is not a target</code>", "not a profile URL", "javascript:alert(1)",
		"creator.example/@one", "two.bsky.social", `<li class="tag" dir="auto">spring</li>`} {
		if !strings.Contains(body, want) {
			t.Errorf("paste result lacks %q", want)
		}
	}
	if strings.Contains(body, "Something went wrong") {
		t.Error("paste result is an error page")
	}
	// The bad lines stay in the box to fix; the good ones do not.
	box := body[strings.Index(body, `id="targets"`):]
	box = box[:strings.Index(box, "</textarea>")]
	if !strings.Contains(box, "javascript:alert(1)") || strings.Contains(box, "creator.example") {
		t.Errorf("textarea after the paste = %q; want only the bad lines", box)
	}

	// Only bad lines: 422, nothing added, still the shortlist page.
	status, _, body = env.post(t, c, path+"/entries", url.Values{"csrf": {token}, "targets": {"nope\nnope2"}}, origin)
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "2 lines were not added") {
		t.Errorf("all-bad paste: %d; want 422 listing both", status)
	}
	// All good: redirect with the notice.
	status, loc, _ := env.post(t, c, path+"/entries", url.Values{"csrf": {token}, "targets": {"bluesky:three.bsky.social"}}, origin)
	if status != http.StatusSeeOther || !strings.Contains(loc, "done=pasted") {
		t.Errorf("good paste: %d %q", status, loc)
	}
}

func TestWebFailedEntryShowsFailureAndRetries(t *testing.T) {
	env := MustWebServer(t)
	ctx := context.Background()
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: []string{"bluesky:gone.bsky.social"}}
	if err := env.db.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	done := time.Date(2026, 11, 20, 12, 5, 0, 0, time.UTC)
	job.State, job.FinishedAt = scout.JobDone, &done
	job.Errors = map[string]int{scout.FailNotFound: 1}
	job.Failures = []scout.Failure{{URL: "bluesky:gone.bsky.social", Kind: scout.FailNotFound, Message: "bluesky: profile not found"}}
	if err := env.db.UpdateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	if _, _, err := env.db.AddEntries(ctx, env.shortlst, []scout.ShortlistEntry{
		{Target: "bluesky:gone.bsky.social", PendingCrawl: true, CrawlJobID: job.ID, Stage: scout.StageCandidate},
	}); err != nil {
		t.Fatal(err)
	}
	c := env.browser(t, env.keys[scout.RoleEditor])
	path := "/shortlists/" + env.shortlst
	_, _, body, token := env.get(t, c, path)
	for _, want := range []string{"crawl failed: the profile was not found", "<code>not_found</code>", "bluesky: profile not found", "Retry crawl"} {
		if !strings.Contains(body, want) {
			t.Errorf("failed entry lacks %q", want)
		}
	}
	if strings.Contains(body, "waiting for a crawl") {
		t.Error("a failed entry still says it waits for a crawl")
	}
	i := strings.Index(body, `/retry"`)
	if i < 0 {
		t.Fatal("no retry form")
	}
	action := body[strings.LastIndex(body[:i], `action="`)+len(`action="`) : i+len(`/retry`)]
	status, loc, _ := env.post(t, c, action, url.Values{"csrf": {token}}, map[string]string{"Origin": env.ts.URL})
	if status != http.StatusSeeOther || !strings.Contains(loc, "done=retried") {
		t.Fatalf("retry: %d %q", status, loc)
	}
	sl, err := env.db.FindShortlistByID(ctx, env.shortlst)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range sl.Entries {
		if e.Target == "bluesky:gone.bsky.social" && (e.CrawlJobID == job.ID || e.CrawlJobID == "") {
			t.Errorf("after retry the entry points at job %q; want a new job", e.CrawlJobID)
		}
	}
	_, _, body, _ = env.get(t, c, path)
	if !strings.Contains(body, "crawl queued") {
		t.Error("after retry the entry does not say its crawl is queued")
	}
}

func TestWebShortlistBoardCountsAndBulkStage(t *testing.T) {
	env := MustWebServer(t)
	ctx := context.Background()
	if _, _, err := env.db.AddEntries(ctx, env.shortlst, []scout.ShortlistEntry{
		{Target: "bluesky:a.bsky.social", PendingCrawl: true},
		{Target: "bluesky:b.bsky.social", PendingCrawl: true, Stage: scout.StageContacted},
	}); err != nil {
		t.Fatal(err)
	}
	c := env.browser(t, env.keys[scout.RoleEditor])
	path := "/shortlists/" + env.shortlst
	_, _, body, token := env.get(t, c, path+"?view=board")
	for _, want := range []string{`All <span class="n">3</span>`, `Candidate <span class="n">2</span>`, `Contacted <span class="n">1</span>`,
		`class="board"`, `<h2 id="col-booked">Booked <span class="n">0</span></h2>`} {
		if !strings.Contains(body, want) {
			t.Errorf("board lacks %q", want)
		}
	}
	sl, _ := env.db.FindShortlistByID(ctx, env.shortlst)
	form := url.Values{"csrf": {token}, "stage": {"booked"}, "view": {"board"}}
	for _, e := range sl.Entries {
		form.Add("key", entryKey(e))
	}
	status, loc, _ := env.post(t, c, path+"/bulk", form, map[string]string{"Origin": env.ts.URL})
	if status != http.StatusSeeOther || !strings.Contains(loc, "view=board") {
		t.Fatalf("bulk stage: %d %q", status, loc)
	}
	_, _, body, _ = env.get(t, c, path+"?stage=booked")
	if !strings.Contains(body, `Booked <span class="n">3</span>`) || !strings.Contains(body, `Candidate <span class="n">0</span>`) {
		t.Error("after the bulk change the counts do not say 3 booked")
	}
	// The stage filter narrows the export links too.
	if !strings.Contains(body, "format=csv&amp;stage=booked") {
		t.Error("export links ignore the stage filter")
	}
	// Tags edited on the page.
	status, _, _ = env.post(t, c, path+"/entries/"+entryKey(sl.Entries[0]), url.Values{"csrf": {token}, "stage": {"booked"}, "note": {""}, "tags": {"vip, spring"}}, map[string]string{"Origin": env.ts.URL})
	if status != http.StatusSeeOther {
		t.Fatalf("tags: %d", status)
	}
	sl, _ = env.db.FindShortlistByID(ctx, env.shortlst)
	if got := strings.Join(sl.Entries[0].Tags, ","); got != "vip,spring" {
		t.Errorf("tags = %q", got)
	}
}

func entryKey(e scout.ShortlistEntry) string { return target.EntryKey(&e) }
