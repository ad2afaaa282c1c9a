package api

import (
	"bytes"
	"embed"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

//go:embed web
var webFS embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"count":      humanCount,
	"count64":    func(n int64) string { return humanCount(&n) },
	"countInt":   func(n int) string { v := int64(n); return humanCount(&v) },
	"rate":       humanRate,
	"pct":        func(f float64) string { return humanRate(&f) },
	"score":      scoreText,
	"platforms":  platforms,
	"tags":       accountTagsOf,
	"initials":   initials,
	"avatarOf":   avatarOf,
	"imageURL":   imageURL,
	"growth":     growthText,
	"date":       func(t time.Time) string { return t.UTC().Format("2 Jan 2006") },
	"datep":      func(t *time.Time) string { return datePtr(t) },
	"deref":      func(p *string) string { return derefString(p) },
	"highlight":  safeHighlight,
	"topicName":  topicName,
	"topicSlugs": scout.TopicSlugs,
	"country":    countryName,
	"percent":    func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	"safeURL":    outboundURL,
	"bar":        scoreBar,
	"sevClass":   sevClass,
	"sorted":     sortedScores,
	"input":      inputHTML,
	"inputKey":   inputKey,
	"cite":       citeHTML,
	"stages":     func() []scout.Stage { return scout.Stages },
	"stageLabel": stageLabel,
	"duration":   duration,
	"clock":      clock,
	"clockv":     func(t time.Time) string { return clock(&t) },
	"join":       strings.Join,
	"hasPrefix":  strings.HasPrefix,
	"facetName":  facetLabel,
	"pathEsc":    url.PathEscape,
	"searchLink": func(q string) string { return "/?" + q },
	"list":       func(xs ...string) []string { return xs },
	"dict": func(kv ...any) map[string]any {
		m := make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			m[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return m
	},
}).ParseFS(webFS, "web/*.html"))

// contentSecurityPolicy forbids inline script and style and every foreign
// origin: creator text is hostile input, and the page must work offline.
// The one script (scout.js) only adds loading states and confirmations.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// registerWebRoutes adds the routes the API mux serves for the page: the
// assets, the search page and the creator page (see routeRoles).
func (s *Server) registerWebRoutes(mux *http.ServeMux) {
	static, _ := fs.Sub(webFS, "web/static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.handleSearchPage)
	mux.HandleFunc("GET /creators/{id}", s.handleCreatorPage)
	mux.HandleFunc("GET /compare", s.handleComparePage)
}

// registerWebPageRoutes adds the page's own routes, which webGate serves
// with the roles of webRoutes: sign-in, shortlists, briefs, crawls, alerts
// and the forms that change them.
func (s *Server) registerWebPageRoutes(pages *http.ServeMux) {
	pages.HandleFunc("GET /signin", s.handleSignInPage)
	pages.HandleFunc("POST /signin", s.handleSignIn)
	pages.HandleFunc("POST /signout", s.handleSignOut)
	pages.HandleFunc("GET /shortlists", s.handleShortlistsPage)
	pages.HandleFunc("POST /shortlists", s.handleCreateShortlistForm)
	pages.HandleFunc("POST /shortlists/add", s.handleAddToShortlistForm)
	pages.HandleFunc("GET /shortlists/{id}", s.handleShortlistPage)
	pages.HandleFunc("POST /shortlists/{id}/entries", s.handlePasteTargetsForm)
	pages.HandleFunc("POST /shortlists/{id}/entries/{key}", s.handleUpdateEntryForm)
	pages.HandleFunc("POST /shortlists/{id}/entries/{key}/delete", s.handleDeleteEntryForm)
	pages.HandleFunc("POST /shortlists/{id}/entries/{key}/retry", s.handleRetryEntryForm)
	pages.HandleFunc("POST /shortlists/{id}/bulk", s.handleBulkEntriesForm)
	pages.HandleFunc("POST /shortlists/{id}/watch", s.handleWatchShortlistForm)
	pages.HandleFunc("POST /creators/{id}/flags/{code}/review", s.handleReviewFlagForm)
	pages.HandleFunc("POST /compare", s.handleCompareForm)
	pages.HandleFunc("GET /briefs", s.handleBriefsPage)
	pages.HandleFunc("POST /briefs", s.handleCreateBriefForm)
	pages.HandleFunc("GET /briefs/{id}", s.handleBriefPage)
	pages.HandleFunc("GET /crawls", s.handleCrawlsPage)
	pages.HandleFunc("POST /crawls", s.handleStartCrawlForm)
	pages.HandleFunc("GET /crawls/{id}", s.handleCrawlPage)
	pages.HandleFunc("POST /crawls/{id}/cancel", s.handleCancelCrawlForm)
	pages.HandleFunc("POST /crawls/schedules", s.handleCreateScheduleForm)
	pages.HandleFunc("POST /crawls/schedules/{id}/pause", s.handlePauseScheduleForm)
	pages.HandleFunc("POST /crawls/schedules/{id}/resume", s.handleResumeScheduleForm)
	pages.HandleFunc("POST /crawls/schedules/{id}/delete", s.handleDeleteScheduleForm)
	pages.HandleFunc("GET /alerts", s.handleAlertsPage)
	pages.HandleFunc("POST /alerts/searches", s.handleSaveSearchForm)
	pages.HandleFunc("GET /privacy", s.handlePrivacyPage)
	pages.HandleFunc("POST /privacy", s.handleRemovalForm)
	pages.HandleFunc("GET /admin/removals", s.handleRemovalsPage)
	pages.HandleFunc("POST /admin/removals/{id}/approve", s.handleApproveRemovalForm)
	pages.HandleFunc("POST /admin/removals/{id}/reject", s.handleRejectRemovalForm)
}

// layout is what every page template gets: the page's own data plus who
// is signed in and the CSRF token for its forms.
type layout struct {
	Title   string
	Nav     string
	User    *scout.APIKey
	NoAuth  bool
	CSRF    string
	Notice  string
	Refresh bool // reload every few seconds (a crawl is running)
	Data    any
}

// CanEdit and IsAdmin let templates hide what the role may not do.
func (l *layout) CanEdit() bool { return l.User != nil && l.User.Role.Allows(scout.RoleEditor) }

// IsAdmin reports whether the signed-in key may start crawls.
func (l *layout) IsAdmin() bool { return l.User != nil && l.User.Role.Allows(scout.RoleAdmin) }

// SignedIn reports whether a real key (not the no-auth stand-in) is in use.
func (l *layout) SignedIn() bool { return l.User != nil && !l.NoAuth }

// notices are the fixed messages a redirect may ask for (?done=CODE), so no
// text from the URL is ever shown.
var notices = map[string]string{
	"added":       "Added to the shortlist.",
	"existing":    "Already on the shortlist.",
	"pasted":      "Targets added; unknown ones wait for a crawl.",
	"updated":     "Entry updated.",
	"moved":       "Stage changed for the ticked entries.",
	"retried":     "Crawl queued again.",
	"removed":     "Entry removed.",
	"created":     "Created.",
	"reviewed":    "Review saved.",
	"started":     "Crawl queued.",
	"cancelled":   "Crawl cancelled; the targets it had not fetched are dropped.",
	"scheduled":   "Schedule added.",
	"paused":      "Schedule paused: it does not fire until resumed.",
	"resumed":     "Schedule resumed.",
	"unscheduled": "Schedule removed; the jobs it started are kept.",
	"saved":       "Search saved: new matches show up under Alerts.",
	"watched":     "Shortlist watched: its alerts show up under Alerts.",
	"requested": "Your request was received. An administrator will review it; once it is approved, " +
		"everything Scout holds about that profile is erased and it is never collected again.",
	"approved": "Approved: the person was erased and will not be collected again.",
	"rejected": "Rejected; the reason is recorded.",
}

// page renders a page template inside the layout.
func (s *Server) page(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	l := &layout{Title: title, Nav: strings.TrimSuffix(name, ".html"), NoAuth: s.NoAuth || s.Keys == nil, Data: data,
		Notice: notices[r.URL.Query().Get("done")]}
	if k, ok := KeyFromContext(r.Context()); ok {
		l.User = k
	}
	l.CSRF = sessionFrom(r.Context()).csrfToken()
	if rp, ok := data.(interface{ refresh() bool }); ok {
		l.Refresh = rp.refresh()
	}
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, l); err != nil {
		Error(w, r, fmt.Errorf("render %s: %w", name, err), s.logger())
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	// same-origin: our forms carry Origin and Referer (checked on POST);
	// outbound links carry nothing.
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(markBidi(b.Bytes())) // bidi overrides from data become visible (bidi.go)
}

// renderError shows err as a page, with the status of its code.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	if scout.ErrorCode(err) == scout.EINTERNAL {
		s.logger().Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.page(w, r, StatusOf(err), "error.html", "Error", scout.ErrorMessage(err))
}

// redirect sends the browser on after a form (303, so reload does not post
// again), with one of the fixed notices.
func redirect(w http.ResponseWriter, r *http.Request, path, done string) {
	if done != "" {
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		path += sep + "done=" + url.QueryEscape(done)
	}
	http.Redirect(w, r, path, http.StatusSeeOther)
}

func datePtr(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "–"
	}
	return t.UTC().Format("2 Jan 2006")
}

// humanCount formats a count for people: 950, 12.3K, 1.4M; "–" when unknown.
func humanCount(p *int64) string {
	if p == nil {
		return "–"
	}
	n := float64(*p)
	switch {
	case math.Abs(n) >= 1e9:
		return trimZero(fmt.Sprintf("%.1f", n/1e9)) + "B"
	case math.Abs(n) >= 1e6:
		return trimZero(fmt.Sprintf("%.1f", n/1e6)) + "M"
	case math.Abs(n) >= 1e3:
		return trimZero(fmt.Sprintf("%.1f", n/1e3)) + "K"
	}
	return fmt.Sprint(*p)
}

// humanRate formats a fraction as a percentage: 0.0142 → 1.42%.
func humanRate(p *float64) string {
	if p == nil {
		return "–"
	}
	return trimZero(fmt.Sprintf("%.2f", *p*100)) + "%"
}

func trimZero(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func platforms(c *scout.Creator) string {
	var ps []string
	seen := map[scout.Platform]bool{}
	for _, a := range c.Accounts {
		if !seen[a.Platform] {
			seen[a.Platform] = true
			ps = append(ps, string(a.Platform))
		}
	}
	return strings.Join(ps, ", ")
}

func derefString(p *string) string {
	if p == nil {
		return "–"
	}
	return *p
}

// outboundURL returns u when it is an absolute http or https URL without
// credentials, else "". Templates link only what it returns, so
// javascript:, data: and the like from creator data are shown as text,
// never as links; so is https://user:pass@host/, whose user part can
// dress up another host ("https://bank.example@evil.example/").
func outboundURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || p.User != nil || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// scoreBar is the width (0–100) of a score's bar.
func scoreBar(v *float64) int {
	if v == nil {
		return 0
	}
	return int(math.Round(math.Max(0, math.Min(100, *v))))
}

// scoreText is a score's value as the page shows it: "needs data" when it
// is unknown, never a number.
func scoreText(v *float64) string {
	if v == nil {
		return "needs data"
	}
	return fmt.Sprintf("%.0f", *v)
}

func sevClass(sev string) string {
	switch sev {
	case scout.SeverityRed:
		return "sev-red"
	case scout.SeverityWarn:
		return "sev-warn"
	}
	return "sev-info"
}

// namedScore is one score with its name, for templates that list them in
// a fixed order.
type namedScore struct {
	Name  string
	Label string
	*scout.Score
}

// scoreLabels names the scores for people; unknown names show as given.
var scoreLabels = map[string]string{
	"overall":            "Overall",
	"engagement_quality": "Engagement quality",
	"brand_safety":       "Brand safety",
	"audience_fit":       "Audience fit",
}

// sortedScores lists scores overall first, then by name.
func sortedScores(m map[string]*scout.Score) []namedScore {
	var out []namedScore
	for name, sc := range m {
		if sc == nil {
			continue
		}
		label := scoreLabels[name]
		if label == "" {
			label = strings.ReplaceAll(name, "_", " ")
		}
		out = append(out, namedScore{Name: name, Label: label, Score: sc})
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i].Name == "overall") != (out[j].Name == "overall") {
			return out[i].Name == "overall"
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// safeHighlight turns a highlight fragment into HTML in which only <mark>
// and </mark> are markup. Whatever escaping the index applied, each text
// piece is unescaped and escaped again, so creator text can never become
// markup here.
func safeHighlight(frag string) template.HTML {
	var b strings.Builder
	for i, open := range strings.Split(frag, "<mark>") {
		if i > 0 {
			b.WriteString("<mark>")
		}
		for j, piece := range strings.Split(open, "</mark>") {
			if j > 0 {
				b.WriteString("</mark>")
			}
			b.WriteString(html.EscapeString(html.UnescapeString(piece)))
		}
	}
	return template.HTML(b.String()) // #nosec: only <mark> survives, see above
}
