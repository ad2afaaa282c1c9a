package api

import (
	"embed"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

//go:embed web
var webFS embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"count":     humanCount,
	"rate":      humanRate,
	"platforms": platforms,
	"date":      func(t time.Time) string { return t.UTC().Format("2 Jan 2006") },
	"deref":     func(p *string) string { return derefString(p) },
	"highlight": safeHighlight,
}).ParseFS(webFS, "web/*.html"))

// contentSecurityPolicy forbids inline script and every foreign origin:
// creator text is hostile input, and the page must work offline.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func (s *Server) registerWebRoutes(mux *http.ServeMux) {
	static, _ := fs.Sub(webFS, "web/static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.handleSearchPage)
	mux.HandleFunc("GET /creators/{id}", s.handleCreatorPage)
}

type searchPage struct {
	Query    string
	Platform string
	Sort     string
	Result   *SearchResponse
	Error    string
	PrevURL  string
	NextURL  string
}

// handleSearchPage renders results server-side from the URL, so a search is
// a link that can be bookmarked and shared.
func (s *Server) handleSearchPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	for k, vals := range v { // the form sends empty fields; drop them
		if len(vals) == 1 && vals[0] == "" {
			v.Del(k)
		}
	}
	page := searchPage{Query: v.Get("q"), Platform: v.Get("platform"), Sort: v.Get("sort")}
	status := http.StatusOK
	q, err := ParseSearchQuery(v)
	if err == nil {
		err = s.ExcludeHidden(r.Context(), q) // the hide list (shortlists.go)
	}
	if err == nil {
		page.Result, err = Search(r.Context(), s.Creators, s.Index, q)
	}
	if err != nil {
		status = StatusOf(err)
		page.Error = scout.ErrorMessage(err)
	} else {
		if q.Page > 1 {
			page.PrevURL = pageURL(v, q.Page-1)
		}
		if q.Page*q.PerPage < page.Result.Total {
			page.NextURL = pageURL(v, q.Page+1)
		}
	}
	s.render(w, r, status, "search.html", page)
}

func (s *Server) handleCreatorPage(w http.ResponseWriter, r *http.Request) {
	c, err := s.Creators.FindCreatorByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.render(w, r, StatusOf(err), "error.html", scout.ErrorMessage(err))
		return
	}
	s.render(w, r, http.StatusOK, "creator.html", Normalize(c))
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var b strings.Builder
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		Error(w, r, fmt.Errorf("render %s: %w", name, err), s.logger())
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(b.String()))
}

func pageURL(v url.Values, page int) string {
	q := url.Values{}
	for k, vals := range v {
		q[k] = vals
	}
	q.Set("page", fmt.Sprint(page))
	return "/?" + q.Encode()
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
