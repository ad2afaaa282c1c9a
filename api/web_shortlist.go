package api

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// The shortlist page: a table (or a board by stage) of entries with their
// scores, platforms, contacts, tags and crawl state; pasting URLs one per
// line, where the good lines are added and the bad ones come back with
// why; retrying a failed crawl; and changing the stage of many entries at
// once.

type shortlistView struct {
	*scout.Shortlist
	Entries []entryRow // the entries shown (all, or one stage's)
	All     int        // entries on the list, whatever the stage filter
	Exports []exportLink
	Watch   bool // alerts are available, so the shortlist can be watched
	Stages  []stageCount
	Stage   scout.Stage // the stage filter; "" for all
	Board   bool        // the board view: one column per stage
	Columns []boardColumn
	Paste   *pasteResult // what the last paste did, when the page answers one
	Retry   bool         // the server can queue crawls, so failed entries offer a retry
}

// stageCount is one stage with its number of entries and the link that
// shows only them.
type stageCount struct {
	Stage  scout.Stage
	Label  string
	Count  int
	URL    string
	Active bool
}

// boardColumn is one stage of the board view.
type boardColumn struct {
	Stage   scout.Stage
	Label   string
	Entries []entryRow
}

// entryRow is one entry as the page shows it: the API's item plus what
// the columns need and, for an entry that waits for a crawl, how that
// crawl went.
type entryRow struct {
	EntryItem
	Platforms []string
	Contacts  []string
	Overall   *float64
	Crawl     string // pending entries: where the crawl is, in words
	FailKind  string // the failure kind of a failed crawl (scout.Fail*)
	FailText  string // the failure's message
	CanRetry  bool
}

type exportLink struct {
	Label, URL string
}

// pasteResult is what one paste did: how many lines became entries and
// which did not, with why.
type pasteResult struct {
	Added, Existing, Pending int
	CrawlMessage             string
	Bad                      []pasteLine
	Error                    string // why nothing was added at all
	Text                     string // the bad lines, for the textarea to fix
}

// pasteLine is one pasted line that was not added.
type pasteLine struct {
	Line int
	Text string
	Why  string
}

// stageLabels name the stages for people.
var stageLabels = map[scout.Stage]string{
	scout.StageCandidate:   "Candidate",
	scout.StageContacted:   "Contacted",
	scout.StageNegotiating: "Negotiating",
	scout.StageBooked:      "Booked",
	scout.StageRejected:    "Rejected",
}

func stageLabel(s scout.Stage) string {
	if l := stageLabels[s]; l != "" {
		return l
	}
	return string(s)
}

// failureLabels say what each failure kind means, for people.
var failureLabels = map[string]string{
	scout.FailNotFound:   "the profile was not found (404 or 410)",
	scout.FailHTTP:       "the site answered with an error",
	scout.FailTimeout:    "the site did not answer in time",
	scout.FailNetwork:    "the site could not be reached",
	scout.FailRedirects:  "too many redirects",
	scout.FailTooLarge:   "the page is too large",
	scout.FailNotHTML:    "not a page Scout can read",
	scout.FailParse:      "the page could not be read",
	scout.FailNoProfile:  "no creator profile on the page",
	scout.FailRobots:     "the site's robots.txt does not allow it",
	scout.FailRateLimit:  "the site asked Scout to slow down",
	scout.FailBlocked:    "refused by the crawl policy",
	scout.FailAuth:       "the site requires signing in",
	scout.FailSuppressed: "the person asked not to be collected",
}

func failureLabel(kind string) string {
	if l := failureLabels[kind]; l != "" {
		return l
	}
	return strings.ReplaceAll(kind, "_", " ")
}

func (s *Server) handleShortlistPage(w http.ResponseWriter, r *http.Request) {
	s.renderShortlist(w, r, http.StatusOK, nil)
}

// renderShortlist shows the shortlist page, with a paste's outcome when
// it answers one.
func (s *Server) renderShortlist(w http.ResponseWriter, r *http.Request, status int, paste *pasteResult) {
	sl, err := s.loadShortlist(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	items, err := s.entryItems(r.Context(), sl.Entries)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	sl.Entries = nil
	q := r.URL.Query()
	view := &shortlistView{Shortlist: sl, All: len(items), Watch: s.Alerter != nil, Paste: paste,
		Board: q.Get("view") == "board", Retry: s.Crawls != nil || s.Jobs != nil}
	if st := scout.Stage(q.Get("stage")); st != "" && scout.ValidateStage(st) == nil {
		view.Stage = st
	}
	rows := s.entryRows(r.Context(), items, view.Retry)
	base := "/shortlists/" + url.PathEscape(sl.ID)
	viewParam := ""
	if view.Board {
		viewParam = "view=board"
	}
	link := func(stage scout.Stage) string {
		var parts []string
		if viewParam != "" {
			parts = append(parts, viewParam)
		}
		if stage != "" {
			parts = append(parts, "stage="+url.QueryEscape(string(stage)))
		}
		if len(parts) == 0 {
			return base
		}
		return base + "?" + strings.Join(parts, "&")
	}
	view.Stages = append(view.Stages, stageCount{Label: "All", Count: len(rows), URL: link(""), Active: view.Stage == ""})
	for _, st := range scout.Stages {
		n := 0
		for _, e := range rows {
			if e.Stage == st {
				n++
			}
		}
		view.Stages = append(view.Stages, stageCount{Stage: st, Label: stageLabel(st), Count: n, URL: link(st), Active: view.Stage == st})
	}
	for _, e := range rows {
		if view.Stage == "" || e.Stage == view.Stage {
			view.Entries = append(view.Entries, e)
		}
	}
	if view.Board {
		for _, st := range scout.Stages {
			if view.Stage != "" && st != view.Stage {
				continue
			}
			col := boardColumn{Stage: st, Label: stageLabel(st)}
			for _, e := range view.Entries {
				if e.Stage == st {
					col.Entries = append(col.Entries, e)
				}
			}
			view.Columns = append(view.Columns, col)
		}
	}
	exp := "/api/v1/shortlists/" + url.PathEscape(sl.ID) + "/export?format="
	for _, f := range []string{ExportCSV, ExportXLSX, ExportJSON} {
		u := exp + f
		if view.Stage != "" {
			u += "&stage=" + url.QueryEscape(string(view.Stage))
		}
		view.Exports = append(view.Exports, exportLink{Label: strings.ToUpper(f), URL: u})
	}
	s.page(w, r, status, "shortlist.html", sl.Name, view)
}

// entryRows adds the columns and, for pending entries, the state of their
// crawl: queued, running, failed with its kind, or never queued.
func (s *Server) entryRows(ctx context.Context, items []EntryItem, canRetry bool) []entryRow {
	rows := make([]entryRow, len(items))
	jobs := map[string]*scout.CrawlJob{}
	for i, it := range items {
		row := entryRow{EntryItem: it}
		if c := it.Creator; c != nil {
			for _, a := range c.Accounts {
				if !slices.Contains(row.Platforms, string(a.Platform)) {
					row.Platforms = append(row.Platforms, string(a.Platform))
				}
			}
			row.Contacts = c.Contacts
			row.Overall = c.Scores["overall"]
		} else if it.CreatorID == "" {
			s.crawlState(ctx, &row, jobs)
			row.CanRetry = canRetry && row.Crawl != "crawl queued" && row.Crawl != "crawling now"
		}
		rows[i] = row
	}
	return rows
}

// crawlState says where a pending entry's crawl is. jobs caches the jobs
// read so far.
func (s *Server) crawlState(ctx context.Context, row *entryRow, jobs map[string]*scout.CrawlJob) {
	if row.CrawlJobID == "" || s.Jobs == nil {
		row.Crawl = "not crawled yet"
		return
	}
	j, ok := jobs[row.CrawlJobID]
	if !ok {
		var err error
		if j, err = s.Jobs.FindJobByID(ctx, row.CrawlJobID); err != nil {
			j = nil
		}
		jobs[row.CrawlJobID] = j
	}
	switch {
	case j == nil:
		row.Crawl = "not crawled yet"
	case j.State == scout.JobQueued:
		row.Crawl = "crawl queued"
	case j.State == scout.JobRunning:
		row.Crawl = "crawling now"
	default:
		key, _ := target.Key(row.Target)
		for _, f := range j.Failures {
			if f.URL == row.Target || (key != "" && keyOf(f.URL) == key) {
				row.FailKind, row.FailText = f.Kind, f.Message
				row.Crawl = "crawl failed: " + failureLabel(f.Kind)
				return
			}
		}
		switch j.State {
		case scout.JobCancelled:
			row.Crawl = "crawl cancelled"
		case scout.JobFailed:
			row.Crawl = "crawl failed"
			row.FailText = j.Message
		default:
			row.Crawl = "crawled, but no profile was found for it"
		}
	}
}

func keyOf(t string) string {
	k, _ := target.Key(t)
	return k
}

// splitPaste reads a pasted block: each line (or comma- or
// space-separated item on it) that is a URL, PLATFORM:HANDLE or
// @user@instance is a target; any other is a bad line with why. Blank
// lines and # comments are skipped.
func splitPaste(text string) (good []string, bad []pasteLine) {
	seen := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var wrong []string
		parsed := 0
		for _, t := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			k, ok := target.Key(t)
			if !ok {
				wrong = append(wrong, t)
				continue
			}
			parsed++
			if !seen[k] {
				seen[k] = true
				good = append(good, t)
			}
		}
		// A line of words ("not a profile") is one bad line; a stray word
		// beside targets is named alone.
		const why = "not a profile URL, PLATFORM:HANDLE or @user@instance"
		if parsed == 0 && len(wrong) > 0 {
			bad = append(bad, pasteLine{Line: i + 1, Text: line, Why: why})
			continue
		}
		for _, t := range wrong {
			bad = append(bad, pasteLine{Line: i + 1, Text: t, Why: why})
		}
	}
	return good, bad
}

// handlePasteTargetsForm adds a pasted block of URLs and handles, one per
// line. Good lines are added (unknown ones as pending entries with a crawl
// queued) even when other lines are bad; the page then lists the bad ones
// with why and keeps them in the box to fix.
func (s *Server) handlePasteTargetsForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	id := r.PathValue("id")
	good, bad := splitPaste(r.PostFormValue("targets"))
	// Targets Scout does not know yet are crawled: those the crawl policy
	// refuses (a private address, a javascript: URL) are bad lines too.
	if len(good) > 0 {
		found := map[string]string{}
		if s.Targets != nil {
			if found, err = s.Targets.ResolveTargets(r.Context(), good); err != nil {
				s.renderError(w, r, err)
				return
			}
		}
		p := s.targetPolicy()
		kept := good[:0]
		for _, t := range good {
			if _, ok := found[t]; !ok {
				if err := checkTarget(p, t); err != nil {
					bad = append(bad, pasteLine{Line: lineOf(r.PostFormValue("targets"), t), Text: t, Why: scout.ErrorMessage(err)})
					continue
				}
			}
			kept = append(kept, t)
		}
		good = kept
	}
	slices.SortStableFunc(bad, func(a, b pasteLine) int { return a.Line - b.Line })
	res := &pasteResult{Bad: bad}
	for _, b := range bad {
		res.Text += b.Text + "\n"
	}
	if len(good) > 0 {
		resp, _, err := s.AddEntries(r.Context(), svc, id, &AddEntriesRequest{Targets: good,
			Stage: scout.Stage(r.PostFormValue("stage")), Note: r.PostFormValue("note"), Tags: terms(r.PostFormValue("tags"))})
		switch code := scout.ErrorCode(err); {
		case err == nil:
			res.Added, res.Existing, res.Pending, res.CrawlMessage = len(resp.Added), len(resp.Existing), resp.Pending, resp.CrawlMessage
		case code == scout.EINVALID || code == scout.ETOOLARGE:
			res.Error = scout.ErrorMessage(err)
			res.Text = r.PostFormValue("targets")
		default:
			s.renderError(w, r, err)
			return
		}
	} else if len(bad) == 0 {
		res.Error = "the box holds no URL or PLATFORM:HANDLE"
	}
	if len(res.Bad) == 0 && res.Error == "" && res.CrawlMessage == "" {
		redirect(w, r, "/shortlists/"+url.PathEscape(id), "pasted")
		return
	}
	status := http.StatusOK
	if res.Added+res.Existing == 0 {
		status = http.StatusUnprocessableEntity
	}
	s.renderShortlist(w, r, status, res)
}

// lineOf is the 1-based line of text holding t, for messages.
func lineOf(text, t string) int {
	for i, line := range strings.Split(text, "\n") {
		if strings.Contains(line, t) {
			return i + 1
		}
	}
	return 0
}

// findEntry returns the entry of sl with the given key (as the page's
// forms carry it).
func findEntry(sl *scout.Shortlist, key string) *scout.ShortlistEntry {
	for i := range sl.Entries {
		if target.EntryKey(&sl.Entries[i]) == key {
			return &sl.Entries[i]
		}
	}
	return nil
}

// handleRetryEntryForm queues a new crawl for a pending entry whose crawl
// failed (or never ran) and points the entry at it.
func (s *Server) handleRetryEntryForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	id, key := r.PathValue("id"), r.PathValue("key")
	sl, err := s.loadShortlist(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	e := findEntry(sl, key)
	if e == nil {
		s.renderError(w, r, scout.Errorf(scout.ENOTFOUND, "no such entry on this shortlist"))
		return
	}
	if e.CreatorID != "" {
		s.renderError(w, r, scout.Errorf(scout.ECONFLICT, "this entry's creator is stored already; nothing to retry"))
		return
	}
	jobID, msg := s.requestCrawl(r.Context(), []string{e.Target})
	if jobID == "" {
		s.renderError(w, r, scout.Errorf(scout.EUNAVAILABLE, "%s", msg))
		return
	}
	if _, err := svc.UpdateEntry(r.Context(), id, key, scout.EntryUpdate{CrawlJobID: &jobID}); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/shortlists/"+url.PathEscape(id), "retried")
}

// handleBulkEntriesForm moves the ticked entries to one stage.
func (s *Server) handleBulkEntriesForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, scout.Errorf(scout.EINVALID, "form: %v", err))
		return
	}
	id := r.PathValue("id")
	keys := r.PostForm["key"]
	stage := scout.Stage(r.PostForm.Get("stage"))
	if err := scout.ValidateStage(stage); err != nil {
		s.renderError(w, r, err)
		return
	}
	if len(keys) == 0 {
		s.renderError(w, r, scout.Errorf(scout.EINVALID, "tick at least one entry to move"))
		return
	}
	for _, key := range keys {
		if _, err := svc.UpdateEntry(r.Context(), id, key, scout.EntryUpdate{Stage: &stage}); err != nil {
			s.renderError(w, r, err)
			return
		}
	}
	back := "/shortlists/" + url.PathEscape(id)
	if v := r.PostForm.Get("view"); v == "board" {
		back += "?view=board"
	}
	redirect(w, r, back, "moved")
}
