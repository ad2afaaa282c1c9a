package api

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
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
// PLATFORM:HANDLE, and (unless AllowPrivate) any whose host is an internal
// address written literally or "localhost". Names are checked again where it
// counts, in the crawler's dialer at connect time, so DNS rebinding does not
// get round the guard; this check only turns the obvious cases into a 400.
func (s *Server) checkTargets(in []string) ([]string, error) {
	if len(in) == 0 {
		return nil, scout.Errorf(scout.EINVALID, "targets is empty: give URLs or PLATFORM:HANDLE targets")
	}
	if len(in) > scout.MaxJobTargets {
		return nil, scout.Errorf(scout.EINVALID, "a crawl takes at most %d targets; got %d", scout.MaxJobTargets, len(in))
	}
	out := make([]string, 0, len(in))
	for _, t := range in {
		t = strings.TrimSpace(t)
		if t == "" || slices.Contains(out, t) {
			continue
		}
		if err := s.checkTarget(t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

func (s *Server) checkTarget(t string) error {
	u, err := url.Parse(t)
	if err != nil {
		return scout.Errorf(scout.EINVALID, "target %q is not a URL or PLATFORM:HANDLE", t)
	}
	switch u.Scheme {
	case "http", "https":
	default:
		if u.Opaque != "" && u.Host == "" && !strings.Contains(u.Scheme, ".") {
			return nil // PLATFORM:HANDLE; the adapter names its own API host
		}
		return scout.Errorf(scout.EINVALID, "target %q: only http and https URLs or PLATFORM:HANDLE are crawled", t)
	}
	if u.Host == "" {
		return scout.Errorf(scout.EINVALID, "target %q has no host", t)
	}
	if u.User != nil {
		return scout.Errorf(scout.EINVALID, "target %q carries credentials; public pages need none", t)
	}
	if s.AllowPrivate {
		return nil
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return scout.Errorf(scout.EINVALID, "target %q: %s is a loopback name; crawling internal addresses is not allowed", t, host)
	}
	// ParseIPLiteral also reads the inet_aton forms ("2130706433",
	// "0x7f000001", "0177.0.0.1", "127.1") that netip.ParseAddr takes for
	// names but a resolver dials as addresses.
	ip, ok := scout.ParseIPLiteral(host)
	if !ok {
		return nil // a name: the dialer checks what it resolves to
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if slices.Contains(s.AllowTargets, net.JoinHostPort(ip.Unmap().String(), port)) {
		return nil
	}
	if reason := internalAddr(ip); reason != "" {
		return scout.Errorf(scout.EINVALID, "target %q: %s is a %s address; crawling internal addresses is not allowed", t, ip, reason)
	}
	return nil
}

// internalAddr names the kind of a non-public address, or returns "". The
// crawler's dialer has the complete list; these are the cases worth a 400
// before a job is even queued.
func internalAddr(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast():
		if ip == netip.AddrFrom4([4]byte{169, 254, 169, 254}) {
			return "cloud metadata"
		}
		return "link-local"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	case netip.MustParsePrefix("100.64.0.0/10").Contains(ip):
		return "carrier-grade NAT"
	}
	return ""
}
