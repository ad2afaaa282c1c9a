package api

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

func (s *Server) registerShortlistRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/shortlists", s.handleCreateShortlist)
	mux.HandleFunc("GET /api/v1/shortlists", s.handleListShortlists)
	mux.HandleFunc("GET /api/v1/shortlists/{id}", s.handleShortlist)
	mux.HandleFunc("PATCH /api/v1/shortlists/{id}", s.handleUpdateShortlist)
	mux.HandleFunc("DELETE /api/v1/shortlists/{id}", s.handleDeleteShortlist)
	mux.HandleFunc("POST /api/v1/shortlists/{id}/entries", s.handleAddEntries)
	mux.HandleFunc("PATCH /api/v1/shortlists/{id}/entries/{key}", s.handleUpdateEntry)
	mux.HandleFunc("DELETE /api/v1/shortlists/{id}/entries/{key}", s.handleDeleteEntry)
	mux.HandleFunc("GET /api/v1/shortlists/{id}/export", s.handleExportShortlist)
	mux.HandleFunc("GET /api/v1/hidden", s.handleListHidden)
	mux.HandleFunc("POST /api/v1/hidden", s.handleHide)
	mux.HandleFunc("DELETE /api/v1/hidden/{creator_id}", s.handleUnhide)
	mux.HandleFunc("GET /api/v1/creators/export", s.handleExportSearch)
}

// ShortlistList is the JSON of GET /api/v1/shortlists: one page of
// shortlists, oldest first, without their entries.
type ShortlistList struct {
	Total      int                `json:"total"`
	Page       int                `json:"page"`
	PerPage    int                `json:"per_page"`
	Shortlists []*scout.Shortlist `json:"shortlists"`
}

// ShortlistResponse is the JSON of GET /api/v1/shortlists/{id}: the
// shortlist with every entry and, for each, the creator in compact form.
type ShortlistResponse struct {
	*scout.Shortlist
	Entries []EntryItem `json:"entries"`
}

// EntryItem is one shortlist entry with its creator in compact form; the
// creator is null while the entry waits for a crawl (or when the creator
// was deleted). Hidden says the creator is on the hide list.
type EntryItem struct {
	scout.ShortlistEntry
	Hidden  bool            `json:"hidden,omitempty"`
	Creator *CompactCreator `json:"creator"`
}

// Key is the entry's key in the shortlist (the page's row ids and the
// entry routes use it).
func (e EntryItem) Key() string { return target.EntryKey(&e.ShortlistEntry) }

// CompactCreator is the part of a creator a list row shows; the whole
// creator is one request away at /api/v1/creators/{id}.
type CompactCreator struct {
	ID         string              `json:"id"`
	Name       string              `json:"name"`
	Accounts   []CompactAccount    `json:"accounts"`
	Followers  *int64              `json:"followers"`
	Engagement *float64            `json:"engagement_rate"`
	Scores     map[string]*float64 `json:"scores"` // null when unknown
	Flags      []string            `json:"flags"`
	DataAsOf   *time.Time          `json:"data_as_of"`
	// Contacts are the public business contacts the creator published,
	// as "type: value" (the export's contacts column).
	Contacts []string `json:"contacts"`
}

// CompactAccount is one account of a CompactCreator.
type CompactAccount struct {
	Platform  scout.Platform `json:"platform"`
	Handle    string         `json:"handle"`
	URL       string         `json:"url"`
	Followers *int64         `json:"followers"`
	// Avatar is the key of Scout's own copy of the avatar, served at
	// /images/KEY; absent when none was fetched.
	Avatar string `json:"avatar,omitempty"`
}

// Compact reduces a creator to its list-row form.
func Compact(c *scout.Creator) *CompactCreator {
	out := &CompactCreator{ID: c.ID, Name: c.Name, Followers: c.Followers, Engagement: c.Engagement.RateByFollowers,
		Accounts: []CompactAccount{}, Scores: map[string]*float64{}, Flags: []string{}, DataAsOf: c.DataAsOf,
		Contacts: Contacts(c)}
	if out.Contacts == nil {
		out.Contacts = []string{}
	}
	for _, a := range c.Accounts {
		out.Accounts = append(out.Accounts, CompactAccount{Platform: a.Platform, Handle: a.Handle, URL: a.URL, Followers: a.Followers, Avatar: a.Avatar})
	}
	for name, sc := range c.Scores {
		if sc != nil {
			out.Scores[name] = sc.Value
		}
	}
	for _, f := range c.Flags {
		out.Flags = append(out.Flags, f.Code)
	}
	return out
}

// AddEntriesRequest is the body of POST /api/v1/shortlists/{id}/entries:
// exactly one of CreatorID, Target or Targets, and the stage, note and tags
// every added entry gets. Targets may hold whole pasted blocks: each line
// (or comma-separated item) is one target.
type AddEntriesRequest struct {
	CreatorID string      `json:"creator_id"`
	Target    string      `json:"target"`
	Targets   []string    `json:"targets"`
	Stage     scout.Stage `json:"stage"`
	Note      string      `json:"note"`
	Tags      []string    `json:"tags"`
}

// AddEntriesResponse is the JSON of POST .../entries. Added are the new
// entries, Existing those already on the list (left as they were: PATCH
// changes them). Pending counts added entries that wait for a crawl;
// CrawlJobID is the crawl queued for them, or CrawlMessage says why none
// was.
type AddEntriesResponse struct {
	Added        []EntryItem `json:"added"`
	Existing     []EntryItem `json:"existing"`
	Pending      int         `json:"pending"`
	CrawlJobID   string      `json:"crawl_job_id,omitempty"`
	CrawlMessage string      `json:"crawl_message,omitempty"`
}

// HiddenList is the JSON of GET /api/v1/hidden, most recently hidden first.
type HiddenList struct {
	Total  int          `json:"total"`
	Hidden []HiddenItem `json:"hidden"`
}

// HiddenItem is one hidden creator with its name, when it is still stored.
type HiddenItem struct {
	*scout.HiddenCreator
	Name string `json:"name,omitempty"`
}

func (s *Server) shortlists() (scout.ShortlistService, error) {
	if s.Shortlists == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "shortlists are not available on this server")
	}
	return s.Shortlists, nil
}

func (s *Server) hidden() (scout.HiddenService, error) {
	if s.Hidden == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "the hide list is not available on this server")
	}
	return s.Hidden, nil
}

func (s *Server) handleCreateShortlist(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req struct {
		Name        string `json:"name"`
		Description string `json:"description"`
	}
	if err := decodeJSONBody(w, r, &req); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	sl := &scout.Shortlist{Name: req.Name, Description: req.Description}
	if err := svc.CreateShortlist(r.Context(), sl); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Location", "/api/v1/shortlists/"+sl.ID)
	writeJSON(w, http.StatusCreated, sl)
}

func (s *Server) handleListShortlists(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	v := r.URL.Query()
	if err := onlyParams(v, "page", "per_page"); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	page, err := intParam(v, "page")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	perPage, err := intParam(v, "per_page")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	page, perPage = max(page, 1), cmpOr(perPage, scout.DefaultPerPage)
	if perPage < 1 || perPage > scout.MaxPerPage {
		Error(w, r, scout.Errorf(scout.EINVALID, "per_page must be between 1 and %d; got %d", scout.MaxPerPage, perPage), s.logger())
		return
	}
	list, total, err := svc.FindShortlists(r.Context(), scout.ShortlistFilter{Offset: (page - 1) * perPage, Limit: perPage})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, ShortlistList{Total: total, Page: page, PerPage: perPage, Shortlists: list})
}

func cmpOr(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

func (s *Server) handleShortlist(w http.ResponseWriter, r *http.Request) {
	sl, err := s.loadShortlist(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	items, err := s.entryItems(r.Context(), sl.Entries)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	sl.Entries = nil
	writeJSON(w, http.StatusOK, ShortlistResponse{Shortlist: sl, Entries: items})
}

// loadShortlist reads a shortlist and first resolves its pending entries
// whose targets a crawl has stored since, so every reader (the API, the
// export, the CLI) sees them as creators.
func (s *Server) loadShortlist(ctx context.Context, id string) (*scout.Shortlist, error) {
	svc, err := s.shortlists()
	if err != nil {
		return nil, err
	}
	sl, err := svc.FindShortlistByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := ResolvePending(ctx, svc, s.Targets, sl); err != nil {
		return nil, err
	}
	return sl, nil
}

// ResolvePending re-keys the pending entries of sl whose targets resolve to
// a stored creator now, in place. An entry whose creator is already on the
// list stays pending (it is a repeat; the user may delete it).
func ResolvePending(ctx context.Context, svc scout.ShortlistService, tr scout.TargetResolver, sl *scout.Shortlist) error {
	if tr == nil {
		return nil
	}
	var targets []string
	for _, e := range sl.Entries {
		if e.CreatorID == "" {
			targets = append(targets, e.Target)
		}
	}
	if len(targets) == 0 {
		return nil
	}
	found, err := tr.ResolveTargets(ctx, targets)
	if err != nil {
		return fmt.Errorf("resolve pending entries: %w", err)
	}
	for i, e := range sl.Entries {
		id, ok := found[e.Target]
		if e.CreatorID != "" || !ok {
			continue
		}
		ne, err := svc.UpdateEntry(ctx, sl.ID, target.EntryKey(&e), scout.EntryUpdate{CreatorID: &id})
		if scout.ErrorCode(err) == scout.ECONFLICT {
			continue
		}
		if err != nil {
			return fmt.Errorf("resolve pending entries: %w", err)
		}
		sl.Entries[i] = *ne
	}
	return nil
}

// entryItems joins entries to their creators (one store read) and the hide
// list.
func (s *Server) entryItems(ctx context.Context, entries []scout.ShortlistEntry) ([]EntryItem, error) {
	items := make([]EntryItem, len(entries))
	var ids []string
	for i, e := range entries {
		items[i].ShortlistEntry = e
		if e.Tags == nil {
			items[i].Tags = []string{}
		}
		if e.CreatorID != "" {
			ids = append(ids, e.CreatorID)
		}
	}
	if len(ids) == 0 || s.Creators == nil {
		return items, nil
	}
	cs, _, err := s.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: ids})
	if err != nil {
		return nil, fmt.Errorf("load shortlisted creators: %w", err)
	}
	byID := make(map[string]*scout.Creator, len(cs))
	for _, c := range cs {
		byID[c.ID] = c
	}
	hidden := map[string]bool{}
	if s.Hidden != nil {
		if hidden, err = s.Hidden.HiddenIDs(ctx); err != nil {
			return nil, err
		}
	}
	for i := range items {
		if c := byID[items[i].CreatorID]; c != nil {
			items[i].Creator = Compact(c)
		}
		items[i].Hidden = hidden[items[i].CreatorID]
	}
	return items, nil
}

func (s *Server) handleUpdateShortlist(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req struct {
		Name        *string `json:"name"`
		Description *string `json:"description"`
	}
	if err := decodeJSONBody(w, r, &req); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	sl, err := svc.UpdateShortlist(r.Context(), r.PathValue("id"), scout.ShortlistUpdate{Name: req.Name, Description: req.Description})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, sl)
}

func (s *Server) handleDeleteShortlist(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := svc.DeleteShortlist(r.Context(), r.PathValue("id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleAddEntries(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req AddEntriesRequest
	if err := decodeJSONBody(w, r, &req); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp, status, err := s.AddEntries(r.Context(), svc, r.PathValue("id"), &req)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, status, resp)
}

// AddEntries adds a request's creator or pasted targets to a shortlist:
// known targets (matched by the server's TargetResolver) become entries for
// their creators, unknown ones pending entries, for which a crawl is
// requested when the server has a CrawlRequester. It returns 201 when
// anything was added and 200 when everything was already on the list.
func (s *Server) AddEntries(ctx context.Context, svc scout.ShortlistService, id string, req *AddEntriesRequest) (*AddEntriesResponse, int, error) {
	given := 0
	for _, set := range []bool{req.CreatorID != "", req.Target != "", len(req.Targets) > 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		return nil, 0, scout.Errorf(scout.EINVALID, "give exactly one of creator_id, target or targets")
	}
	base := scout.ShortlistEntry{Stage: req.Stage, Note: req.Note, Tags: req.Tags}
	probe := base
	probe.CreatorID = "-" // validate stage, note and tags before any lookup
	if err := probe.Validate(); err != nil {
		return nil, 0, err
	}
	// Fail fast on a missing shortlist, before any crawl is requested.
	if _, err := svc.FindShortlistByID(ctx, id); err != nil {
		return nil, 0, err
	}
	var entries []scout.ShortlistEntry
	resp := &AddEntriesResponse{Added: []EntryItem{}, Existing: []EntryItem{}}
	if req.CreatorID != "" {
		if s.Creators == nil {
			return nil, 0, scout.Errorf(scout.EUNAVAILABLE, "creators are not available on this server")
		}
		if _, err := s.Creators.FindCreatorByID(ctx, req.CreatorID); err != nil {
			return nil, 0, err
		}
		e := base
		e.CreatorID = req.CreatorID
		entries = append(entries, e)
	} else {
		var lines []string
		for _, t := range append(req.Targets, req.Target) {
			lines = append(lines, strings.Split(t, "\n")...)
		}
		targets, err := target.ParseLines(lines)
		if err != nil {
			return nil, 0, err
		}
		if len(targets) == 0 {
			return nil, 0, scout.Errorf(scout.EINVALID, "targets holds no URL or PLATFORM:HANDLE")
		}
		if len(targets) > scout.MaxTargetsPerAdd {
			return nil, 0, scout.Errorf(scout.ETOOLARGE, "%d targets in one request; at most %d (use a seeds file with scout crawl for more)",
				len(targets), scout.MaxTargetsPerAdd)
		}
		found := map[string]string{}
		if s.Targets != nil {
			if found, err = s.Targets.ResolveTargets(ctx, targets); err != nil {
				return nil, 0, err
			}
		}
		var unknown []string
		for _, t := range targets {
			e := base
			e.Target = t
			if id, ok := found[t]; ok {
				e.CreatorID = id
			} else {
				e.PendingCrawl = true
				unknown = append(unknown, t)
			}
			entries = append(entries, e)
		}
		if err := s.validateEntries(entries); err != nil {
			return nil, 0, err
		}
		if len(unknown) > 0 {
			jobID, msg := s.requestCrawl(ctx, unknown)
			resp.CrawlJobID, resp.CrawlMessage = jobID, msg
			for i := range entries {
				if entries[i].PendingCrawl {
					entries[i].CrawlJobID = jobID
				}
			}
		}
	}
	added, existing, err := svc.AddEntries(ctx, id, entries)
	if err != nil {
		return nil, 0, err
	}
	if resp.Added, err = s.entryItems(ctx, added); err != nil {
		return nil, 0, err
	}
	if resp.Existing, err = s.entryItems(ctx, existing); err != nil {
		return nil, 0, err
	}
	for _, e := range added {
		if e.PendingCrawl {
			resp.Pending++
		}
	}
	if resp.Pending == 0 {
		resp.CrawlJobID, resp.CrawlMessage = "", ""
	}
	status := http.StatusOK
	if len(added) > 0 {
		status = http.StatusCreated
	}
	return resp, status, nil
}

func (s *Server) validateEntries(entries []scout.ShortlistEntry) error {
	for i := range entries {
		if err := entries[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// requestCrawl queues a crawl of unknown targets. Failing to queue does not
// fail the add: the entries are kept as pending and the message says how to
// crawl them.
func (s *Server) requestCrawl(ctx context.Context, targets []string) (jobID, msg string) {
	cr := s.Crawls
	if cr == nil && s.Jobs != nil {
		cr = jobCrawls{s}
	}
	if cr == nil {
		return "", "no crawl queue on this server: run scout crawl with these targets (scout shortlist show ID --pending lists them)"
	}
	jobID, err := cr.RequestCrawl(ctx, targets)
	if err != nil {
		s.logger().Warn("request crawl for shortlist targets", "targets", len(targets), "err", err)
		return "", "the crawl could not be queued: " + scout.ErrorMessage(err)
	}
	return jobID, ""
}

func (s *Server) handleUpdateEntry(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req struct {
		Stage *scout.Stage `json:"stage"`
		Note  *string      `json:"note"`
		Tags  *[]string    `json:"tags"`
	}
	if err := decodeJSONBody(w, r, &req); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	id := r.PathValue("id")
	upd := scout.EntryUpdate{Stage: req.Stage, Note: req.Note, Tags: req.Tags}
	e, err := svc.UpdateEntry(r.Context(), id, r.PathValue("key"), upd)
	if scout.ErrorCode(err) == scout.ENOTFOUND {
		e, err = svc.UpdateEntry(r.Context(), id, target.PendingKey(r.PathValue("key")), upd)
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	items, err := s.entryItems(r.Context(), []scout.ShortlistEntry{*e})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, items[0])
}

func (s *Server) handleDeleteEntry(w http.ResponseWriter, r *http.Request) {
	svc, err := s.shortlists()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	id, key := r.PathValue("id"), r.PathValue("key")
	err = svc.DeleteEntry(r.Context(), id, key)
	if scout.ErrorCode(err) == scout.ENOTFOUND {
		if err2 := svc.DeleteEntry(r.Context(), id, target.PendingKey(key)); scout.ErrorCode(err2) != scout.ENOTFOUND {
			err = err2
		}
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleListHidden(w http.ResponseWriter, r *http.Request) {
	svc, err := s.hidden()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	list, err := svc.FindHidden(r.Context())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp := HiddenList{Total: len(list), Hidden: make([]HiddenItem, len(list))}
	ids := make([]string, len(list))
	for i, h := range list {
		resp.Hidden[i].HiddenCreator = h
		ids[i] = h.CreatorID
	}
	if s.Creators != nil && len(ids) > 0 {
		cs, _, err := s.Creators.FindCreators(r.Context(), scout.CreatorFilter{IDs: ids})
		if err != nil {
			Error(w, r, err, s.logger())
			return
		}
		names := map[string]string{}
		for _, c := range cs {
			names[c.ID] = c.Name
		}
		for i := range resp.Hidden {
			resp.Hidden[i].Name = names[resp.Hidden[i].CreatorID]
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) handleHide(w http.ResponseWriter, r *http.Request) {
	svc, err := s.hidden()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req struct {
		CreatorID string `json:"creator_id"`
		Reason    string `json:"reason"`
	}
	if err := decodeJSONBody(w, r, &req); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if req.CreatorID == "" {
		Error(w, r, scout.Errorf(scout.EINVALID, "creator_id is required"), s.logger())
		return
	}
	if s.Creators != nil {
		if _, err := s.Creators.FindCreatorByID(r.Context(), req.CreatorID); err != nil {
			Error(w, r, err, s.logger())
			return
		}
	}
	h := &scout.HiddenCreator{CreatorID: req.CreatorID, Reason: strings.TrimSpace(req.Reason)}
	created, err := svc.HideCreator(r.Context(), h)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	writeJSON(w, status, h)
}

func (s *Server) handleUnhide(w http.ResponseWriter, r *http.Request) {
	svc, err := s.hidden()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := svc.UnhideCreator(r.Context(), r.PathValue("creator_id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ExcludeHidden adds the hide list to q.ExcludeIDs, so the index leaves
// hidden creators out of hits, totals and facets alike. The search handler
// calls it; without a HiddenService it does nothing.
func (s *Server) ExcludeHidden(ctx context.Context, q *scout.SearchQuery) error {
	if s.Hidden == nil {
		return nil
	}
	ids, err := s.Hidden.HiddenIDs(ctx)
	if err != nil {
		return fmt.Errorf("read hide list: %w", err)
	}
	for id := range ids {
		q.ExcludeIDs = append(q.ExcludeIDs, id)
	}
	slices.Sort(q.ExcludeIDs)
	return nil
}

// jobCrawls requests crawls as API crawl jobs (POST /api/v1/crawls does the
// same), with the same target checks, when the server runs crawl jobs.
type jobCrawls struct{ s *Server }

func (j jobCrawls) RequestCrawl(ctx context.Context, targets []string) (string, error) {
	checked, err := j.s.checkTargets(targets)
	if err != nil {
		return "", err
	}
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: checked}
	if err := j.s.Jobs.CreateJob(ctx, job); err != nil {
		return "", err
	}
	return job.ID, nil
}
