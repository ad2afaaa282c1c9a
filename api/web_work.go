package api

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// The page's work areas: shortlists, briefs, crawl jobs and alerts. Each
// handler calls the same services (and the same functions) as the JSON API.

type shortlistsView struct {
	Shortlists []*scout.Shortlist
	Error      string
}

func (s *Server) handleShortlistsPage(w http.ResponseWriter, r *http.Request) {
	view := &shortlistsView{}
	svc, err := s.shortlists()
	if err == nil {
		view.Shortlists, _, err = svc.FindShortlists(r.Context(), scout.ShortlistFilter{Limit: 500})
	}
	if err != nil {
		view.Error = scout.ErrorMessage(err)
	}
	s.page(w, r, http.StatusOK, "shortlists.html", "Shortlists", view)
}

func (s *Server) handleCreateShortlistForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	sl := &scout.Shortlist{Name: r.PostFormValue("name"), Description: r.PostFormValue("description")}
	if err := svc.CreateShortlist(r.Context(), sl); err != nil {
		s.renderError(w, r, err)
		return
	}
	// Created from the "add to shortlist" control: add the creator too.
	if id := r.PostFormValue("creator_id"); id != "" {
		if _, _, err := s.AddEntries(r.Context(), svc, sl.ID, &AddEntriesRequest{CreatorID: id}); err != nil {
			s.renderError(w, r, err)
			return
		}
		redirect(w, r, "/shortlists/"+url.PathEscape(sl.ID), "added")
		return
	}
	redirect(w, r, "/shortlists/"+url.PathEscape(sl.ID), "created")
}

// handleAddToShortlistForm adds the creators ticked in the results (or the
// one on a creator page) to the chosen shortlist.
func (s *Server) handleAddToShortlistForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, scout.Errorf(scout.EINVALID, "form: %v", err))
		return
	}
	id := r.PostForm.Get("shortlist")
	ids := r.PostForm["creator_id"]
	if id == "" {
		s.renderError(w, r, scout.Errorf(scout.EINVALID, "choose a shortlist (or create one under Shortlists)"))
		return
	}
	if len(ids) == 0 {
		s.renderError(w, r, scout.Errorf(scout.EINVALID, "tick at least one creator to add"))
		return
	}
	added := 0
	for _, cid := range ids {
		resp, _, err := s.AddEntries(r.Context(), svc, id, &AddEntriesRequest{CreatorID: cid, Stage: scout.Stage(r.PostForm.Get("stage"))})
		if err != nil {
			s.renderError(w, r, err)
			return
		}
		added += len(resp.Added)
	}
	done := "added"
	if added == 0 {
		done = "existing"
	}
	redirect(w, r, "/shortlists/"+url.PathEscape(id), done)
}

func (s *Server) handleUpdateEntryForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	id := r.PathValue("id")
	var upd scout.EntryUpdate
	if st := r.PostFormValue("stage"); st != "" {
		stage := scout.Stage(st)
		if err := scout.ValidateStage(stage); err != nil {
			s.renderError(w, r, err)
			return
		}
		upd.Stage = &stage
	}
	if _, ok := r.PostForm["note"]; ok {
		note := r.PostFormValue("note")
		upd.Note = &note
	}
	if _, ok := r.PostForm["tags"]; ok {
		tags := terms(r.PostFormValue("tags"))
		upd.Tags = &tags
	}
	if _, err := svc.UpdateEntry(r.Context(), id, r.PathValue("key"), upd); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/shortlists/"+url.PathEscape(id), "updated")
}

func (s *Server) handleDeleteEntryForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	id := r.PathValue("id")
	if err := svc.DeleteEntry(r.Context(), id, r.PathValue("key")); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/shortlists/"+url.PathEscape(id), "removed")
}

// handleWatchShortlistForm watches a shortlist for alerts.
func (s *Server) handleWatchShortlistForm(w http.ResponseWriter, r *http.Request) {
	if s.Alerter == nil {
		s.renderError(w, r, scout.Errorf(scout.EUNAVAILABLE, "alerts are not available on this server"))
		return
	}
	id := r.PathValue("id")
	sl, err := s.loadShortlist(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	wt := &scout.Watch{Name: "shortlist " + sl.Name, ShortlistID: sl.ID, CreatedBy: keyID(r)}
	if err := wt.Validate(); err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := s.Alerter.Alerts.CreateWatch(r.Context(), wt); err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := s.Alerter.Baseline(r.Context(), wt.ID); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/shortlists/"+url.PathEscape(id), "watched")
}

type briefsView struct {
	Briefs []*scout.Brief
	Error  string
}

func (s *Server) handleBriefsPage(w http.ResponseWriter, r *http.Request) {
	view := &briefsView{}
	svc, err := s.briefs()
	if err == nil {
		view.Briefs, _, err = svc.FindBriefs(r.Context(), scout.BriefFilter{Limit: 500})
	}
	if err != nil {
		view.Error = scout.ErrorMessage(err)
	}
	s.page(w, r, http.StatusOK, "briefs.html", "Briefs", view)
}

// terms splits a comma- or line-separated form field.
func terms(s string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (s *Server) handleCreateBriefForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	f := r.PostFormValue
	b := &scout.Brief{Name: f("name"), Keywords: terms(f("keywords")), MustHave: terms(f("must_have")), Exclude: terms(f("exclude")), Topics: terms(f("topics")),
		Languages: terms(f("languages")), Countries: terms(f("countries")), BrandSafety: f("brand_safety"), DisclosureRegion: f("disclosure_region")}
	for _, p := range terms(f("platforms")) {
		b.Platforms = append(b.Platforms, scout.Platform(strings.ToLower(p)))
	}
	for name, dst := range map[string]**int64{"min_followers": &b.MinFollowers, "max_followers": &b.MaxFollowers} {
		if raw := strings.TrimSpace(f(name)); raw != "" {
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				s.renderError(w, r, scout.Errorf(scout.EINVALID, "%s must be a whole number; got %q", strings.ReplaceAll(name, "_", " "), raw))
				return
			}
			*dst = &n
		}
	}
	if raw := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(f("min_engagement_pct")), "%")); raw != "" {
		pct, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			s.renderError(w, r, scout.Errorf(scout.EINVALID, "minimum engagement must be a percentage such as 1.5; got %q", raw))
			return
		}
		fr := pct / 100
		b.MinEngagementRate = &fr
	}
	if err := b.Validate(); err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := svc.CreateBrief(r.Context(), b); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/briefs/"+url.PathEscape(b.ID), "created")
}

type briefView struct {
	*MatchesResponse
	Shortlists []*scout.Shortlist
}

func (s *Server) handleBriefPage(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if s.BriefScorer == nil {
		s.renderError(w, r, scout.Errorf(scout.EUNAVAILABLE, "brief scoring is not available on this server"))
		return
	}
	b, err := svc.FindBriefByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	resp, err := MatchBrief(r.Context(), s.Creators, s.BriefScorer, b, s.now(), 50)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.page(w, r, http.StatusOK, "brief.html", b.Name, &briefView{MatchesResponse: resp, Shortlists: s.pickShortlists(r.Context())})
}

func (s *Server) handleStartCrawlForm(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	targets, err := target.ParseLines(strings.Split(r.PostFormValue("targets"), "\n"))
	if err == nil {
		targets, err = s.checkTargets(targets)
	}
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	maxPages := 0
	if raw := strings.TrimSpace(r.PostFormValue("max_pages")); raw != "" {
		if maxPages, err = strconv.Atoi(raw); err != nil || maxPages < 0 {
			s.renderError(w, r, scout.Errorf(scout.EINVALID, "max pages must be a whole number, 0 or more; got %q", raw))
			return
		}
	}
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: targets, MaxPages: maxPages}
	if err := jobs.CreateJob(r.Context(), job); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/crawls", "started")
}

type alertsView struct {
	Enabled  bool
	Alerts   []*scout.Alert
	Searches []*scout.SavedSearch
	Watches  []*scout.Watch
	Since    time.Time
	Error    string
}

func (s *Server) handleAlertsPage(w http.ResponseWriter, r *http.Request) {
	view := &alertsView{Enabled: s.Alerter != nil}
	if al := s.Alerter; al != nil {
		ctx := r.Context()
		view.Since = al.now().Add(-defaultAlertSince)
		var err error
		view.Alerts, err = al.Alerts.FindAlerts(ctx, scout.AlertFilter{Since: view.Since, Limit: defaultAlertLimit})
		if err == nil {
			view.Searches, err = al.Alerts.FindSavedSearches(ctx)
		}
		if err == nil {
			view.Watches, err = al.Alerts.FindWatches(ctx)
		}
		if err != nil {
			view.Error = scout.ErrorMessage(err)
		}
		// Newest first: people read the top of the list.
		for i, j := 0, len(view.Alerts)-1; i < j; i, j = i+1, j-1 {
			view.Alerts[i], view.Alerts[j] = view.Alerts[j], view.Alerts[i]
		}
	}
	s.page(w, r, http.StatusOK, "alerts.html", "Alerts", view)
}

// handleSaveSearchForm saves the search page's current query, so new
// matches raise alerts.
func (s *Server) handleSaveSearchForm(w http.ResponseWriter, r *http.Request) {
	if s.Alerter == nil {
		s.renderError(w, r, scout.Errorf(scout.EUNAVAILABLE, "alerts are not available on this server"))
		return
	}
	ss := &scout.SavedSearch{Name: r.PostFormValue("name"), Query: r.PostFormValue("query"), CreatedBy: keyID(r)}
	if strings.TrimSpace(ss.Name) == "" {
		ss.Name = ss.Query
	}
	if err := ss.Validate(); err != nil {
		s.renderError(w, r, err)
		return
	}
	v, err := SearchValues(ss.Query, 1)
	if err == nil {
		_, err = ParseSearchQuery(v)
	}
	if err == nil {
		err = s.Alerter.Alerts.CreateSavedSearch(r.Context(), ss)
	}
	if err == nil {
		err = s.Alerter.Baseline(r.Context(), ss.ID)
	}
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/alerts", "saved")
}
