package api

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	"golang.org/x/time/rate"
)

// PrivacyNotice is what the public privacy page says about who runs this
// Scout and how long it keeps data; the rest of the notice (what is
// collected, from where, for what) is the same everywhere.
type PrivacyNotice struct {
	// Operator names who runs this Scout; empty leaves it out.
	Operator string
	// Contact is where people write about their data (an e-mail address
	// or URL); empty leaves it out.
	Contact string
	// Retention is serve --retention: posts and snapshots older than this
	// are dropped. 0 means no automatic retention.
	Retention time.Duration
}

// publicLimits are the per-client limiters of the public privacy page,
// made on first use.
type publicLimits struct {
	once       sync.Once
	page, form *clientLimiter
}

func (s *Server) publicLimiters() (page, form *clientLimiter) {
	s.public.once.Do(func() {
		s.public.page = newClientLimiter(publicPageRate, publicPageBurst)
		s.public.form = newClientLimiter(rate.Every(removalFormEvery), removalFormBurst)
	})
	return s.public.page, s.public.form
}

// privacyView is the data of privacy.html.
type privacyView struct {
	Notice        PrivacyNotice
	RetentionDays int
	Enabled       bool // removal requests are kept on this server
	Ref, Contact  string
	Error         string
}

// handlePrivacyPage shows the privacy notice and the removal form to
// anyone, without a key.
func (s *Server) handlePrivacyPage(w http.ResponseWriter, r *http.Request) {
	page, _ := s.publicLimiters()
	if !s.limitClient(w, r, page) {
		return
	}
	s.renderPrivacy(w, r, http.StatusOK, privacyView{})
}

func (s *Server) renderPrivacy(w http.ResponseWriter, r *http.Request, status int, v privacyView) {
	v.Notice, v.Enabled = s.Notice, s.Removals != nil
	v.RetentionDays = int(s.Notice.Retention / (24 * time.Hour))
	s.page(w, r, status, "privacy.html", "Privacy", v)
}

// handleRemovalForm files a removal request from the public form (its
// CSRF token and origin are checked by webGate, as for every form). The
// answer is the same whether or not Scout holds anything about the
// reference, so the form cannot be used to find out.
func (s *Server) handleRemovalForm(w http.ResponseWriter, r *http.Request) {
	_, form := s.publicLimiters()
	if !s.limitClient(w, r, form) {
		return
	}
	rs, err := s.removals()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	req := &scout.RemovalRequest{Ref: removalRef(r.PostFormValue("ref")), Contact: r.PostFormValue("contact")}
	err = req.Validate()
	if err == nil && len(target.SubjectKeys(req.Ref)) == 0 {
		err = scout.Errorf(scout.EINVALID, "%q is not a profile URL or a handle such as bluesky:you.bsky.social", req.Ref)
	}
	if err == nil {
		err = rs.CreateRemovalRequest(r.Context(), req)
	}
	if err != nil {
		if scout.ErrorCode(err) == scout.EINTERNAL {
			s.logger().Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		}
		s.renderPrivacy(w, r, StatusOf(err), privacyView{Ref: req.Ref, Contact: req.Contact, Error: scout.ErrorMessage(err)})
		return
	}
	redirect(w, r, "/privacy", "requested")
}

// removalRow is one request on the admin page, with the creator its
// reference names today (empty when nothing is stored).
type removalRow struct {
	*scout.RemovalRequest
	CreatorID string
}

type removalsView struct {
	Pending []removalRow
	Decided []*scout.RemovalRequest
	Total   int
	Error   string
}

func (s *Server) handleRemovalsPage(w http.ResponseWriter, r *http.Request) {
	rs, err := s.removals()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	ctx := r.Context()
	v := &removalsView{}
	pending, total, err := rs.FindRemovalRequests(ctx, scout.RemovalFilter{Status: scout.RemovalPending, Limit: scout.MaxRemovalLimit})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	v.Total = total
	for _, req := range pending {
		v.Pending = append(v.Pending, removalRow{RemovalRequest: req, CreatorID: s.resolveRef(ctx, req.Ref)})
	}
	for _, st := range []string{scout.RemovalApproved, scout.RemovalRejected} {
		list, _, err := rs.FindRemovalRequests(ctx, scout.RemovalFilter{Status: st, Limit: scout.MaxRemovalLimit})
		if err != nil {
			s.renderError(w, r, err)
			return
		}
		v.Decided = append(v.Decided, list...)
	}
	s.page(w, r, http.StatusOK, "removals.html", "Removal requests", v)
}

// resolveRef is the stored creator a reference names, for the admin to
// check before deciding; "" when none (or no privacy service).
func (s *Server) resolveRef(ctx context.Context, ref string) string {
	if s.Privacy == nil || ref == "" {
		return ""
	}
	id, err := s.Privacy.ResolveSubject(ctx, ref)
	if err != nil {
		return ""
	}
	return id
}

func (s *Server) handleApproveRemovalForm(w http.ResponseWriter, r *http.Request) {
	if _, err := s.approveRemoval(r.Context(), r.PathValue("id"), actorOf(r)); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/admin/removals", "approved")
}

func (s *Server) handleRejectRemovalForm(w http.ResponseWriter, r *http.Request) {
	rs, err := s.removals()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if _, err := rs.RejectRemovalRequest(r.Context(), r.PathValue("id"), actorOf(r), r.PostFormValue("reason")); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/admin/removals", "rejected")
}

// removalRef reads a reference the way people type their site: a bare
// host and path ("mysite.example/me") is taken as https://; URLs,
// PLATFORM:HANDLE and @user@instance are left as they are.
func removalRef(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref != "" && !strings.ContainsAny(ref, ":@ ") && strings.Contains(strings.SplitN(ref, "/", 2)[0], ".") {
		return "https://" + ref
	}
	return ref
}
