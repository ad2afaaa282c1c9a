package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/netguard"
	"github.com/scout-oss/scout/target"
)

// maxCrawlBody caps the body of POST /api/v1/crawls: 10,000 targets of a
// few hundred bytes each fit with room to spare.
const maxCrawlBody = 4 << 20

// jobCanceller is the optional capability of a JobService that runs jobs
// (crawler.JobQueue): it can stop one.
type jobCanceller interface {
	CancelJob(ctx context.Context, id string) (*scout.CrawlJob, error)
}

func (s *Server) registerCrawlRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/crawls", s.handleCreateCrawl)
	mux.HandleFunc("GET /api/v1/crawls", s.handleCrawls)
	mux.HandleFunc("GET /api/v1/crawls/{id}", s.handleCrawl)
	mux.HandleFunc("POST /api/v1/crawls/{id}/cancel", s.handleCancelCrawl)
}

// crawlRequest is the body of POST /api/v1/crawls.
type crawlRequest struct {
	Targets  []string `json:"targets"`
	MaxPages int      `json:"max_pages"`
}

// CrawlList is the JSON of GET /api/v1/crawls: jobs newest first.
type CrawlList struct {
	Total int               `json:"total"`
	Jobs  []*scout.CrawlJob `json:"jobs"`
}

func (s *Server) jobs() (scout.JobService, error) {
	if s.Jobs == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "crawl jobs are not enabled on this server")
	}
	return s.Jobs, nil
}

func (s *Server) handleCreateCrawl(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req crawlRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxCrawlBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		if tooLarge := bodyTooLarge(err); tooLarge != nil {
			Error(w, r, tooLarge, s.logger())
			return
		}
		Error(w, r, scout.Errorf(scout.EINVALID, "body must be {\"targets\": [...], \"max_pages\": N}: %v", err), s.logger())
		return
	}
	targets, err := s.checkTargets(req.Targets)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if req.MaxPages < 0 {
		Error(w, r, scout.Errorf(scout.EINVALID, "max_pages must not be negative; got %d", req.MaxPages), s.logger())
		return
	}
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: targets, MaxPages: req.MaxPages}
	if err := jobs.CreateJob(r.Context(), job); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Location", "/api/v1/crawls/"+job.ID)
	writeJSON(w, http.StatusAccepted, job)
}

func (s *Server) handleCrawls(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	q := r.URL.Query()
	f := scout.JobFilter{State: q.Get("state"), Origin: q.Get("origin"), Limit: 50}
	if f.Limit, err = intParam(q, "limit"); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if f.Offset, err = intParam(q, "offset"); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Limit < 0 || f.Limit > 500 || f.Offset < 0 {
		Error(w, r, scout.Errorf(scout.EINVALID, "limit must be 1 to 500 and offset not negative"), s.logger())
		return
	}
	list, total, err := jobs.FindJobs(r.Context(), f)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, CrawlList{Total: total, Jobs: list})
}

func (s *Server) handleCrawl(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	j, err := jobs.FindJobByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, j)
}

func (s *Server) handleCancelCrawl(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	c, ok := jobs.(jobCanceller)
	if !ok {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "this server does not run crawl jobs"), s.logger())
		return
	}
	j, err := c.CancelJob(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, j)
}

// checkTargets trims and de-duplicates the targets and refuses, with a
// message naming the target and the reason, any that is not a URL or
// PLATFORM:HANDLE, and any URL the outbound-address policy (netguard)
// refuses up front: another scheme, credentials, no host, a loopback name,
// an internal address written literally in any spelling (unless
// AllowPrivate, or listed in AllowTargets). Names are checked again where
// it counts, in the crawler's dialer at connect time, so DNS rebinding
// does not get round the guard; this check only turns the obvious cases
// into a 400.
func (s *Server) checkTargets(in []string) ([]string, error) {
	if len(in) == 0 {
		return nil, scout.Errorf(scout.EINVALID, "targets is empty: give URLs or PLATFORM:HANDLE targets")
	}
	if len(in) > scout.MaxJobTargets {
		return nil, scout.Errorf(scout.EINVALID, "a crawl takes at most %d targets; got %d", scout.MaxJobTargets, len(in))
	}
	p := s.targetPolicy()
	out := make([]string, 0, len(in))
	for _, t := range in {
		t = strings.TrimSpace(t)
		if t == "" || slices.Contains(out, t) {
			continue
		}
		if err := checkTarget(p, t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// targetPolicy is the outbound-address policy of crawl targets.
func (s *Server) targetPolicy() netguard.Policy {
	p := netguard.Policy{AllowPrivate: s.AllowPrivate}
	for _, a := range s.AllowTargets {
		if ap, err := netip.ParseAddrPort(a); err == nil {
			p.Allow = append(p.Allow, ap)
		}
	}
	return p
}

func checkTarget(p netguard.Policy, t string) error {
	u, err := url.Parse(t)
	if err == nil && u.Scheme != "http" && u.Scheme != "https" && u.Opaque != "" {
		// PLATFORM:HANDLE (the adapter names its own API host), unless a
		// URL of another scheme in disguise ("javascript:alert(5)").
		if _, ok := target.Key(t); !ok {
			return scout.Errorf(scout.EINVALID, "target %q is not a URL (http, https) or PLATFORM:HANDLE", t)
		}
		return nil
	}
	if _, err := p.CheckURL(t); err != nil {
		return scout.Errorf(scout.EINVALID, "target %q: %v", t, err)
	}
	return nil
}
