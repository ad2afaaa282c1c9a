package fixtureweb

import (
	"bytes"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// modTime is the Last-Modified of every fixture file. Embedded files carry
// no time, and a fixed one keeps responses identical from run to run while
// still letting a crawler try conditional requests.
var modTime = time.Date(2026, time.November, 20, 12, 0, 0, 0, time.UTC)

// fileHandler serves a site's files: GET and HEAD only, no directory
// listings, index.html for directories and for extension-less paths such as
// /@mayaruns (so profile URLs look like a real network's), and fixture URLs
// in text bodies rewritten to live ones.
func (w *Web) fileHandler(s *site) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			rw.Header().Set("Allow", "GET, HEAD")
			http.Error(rw, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, body, err := w.resolveRequest(s, r)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				http.NotFound(rw, r)
				return
			}
			http.Error(rw, "fixture file unreadable", http.StatusInternalServerError)
			return
		}
		ctype := contentType(name, body)
		if isText(ctype) {
			body = []byte(w.Rewrite(string(body)))
		}
		rw.Header().Set("Content-Type", ctype)
		http.ServeContent(rw, r, name, modTime, bytes.NewReader(body))
	})
}

// resolve maps a URL path to a file of root and reads it. It tries the path
// itself, then path/index.html, path.html, path.json and path/index.json;
// anything that is not a regular file is fs.ErrNotExist.
func resolve(root fs.FS, urlPath string) (name string, body []byte, err error) {
	p := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if p == "" {
		p = "."
	}
	candidates := []string{p, path.Join(p, "index.html")}
	if p != "." {
		candidates = append(candidates, p+".html", p+".json")
	}
	candidates = append(candidates, path.Join(p, "index.json"))
	for _, c := range candidates {
		if !fs.ValidPath(c) {
			continue
		}
		fi, err := fs.Stat(root, c)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		b, err := fs.ReadFile(root, c)
		if err != nil {
			return "", nil, err
		}
		return c, b, nil
	}
	return "", nil, fs.ErrNotExist
}

// contentType names a fixture file's media type the way a real server would.
// Feeds are told apart by content, because sites name them feed.xml whether
// they hold RSS or Atom, and extractors choose their parser by this header.
func contentType(name string, body []byte) string {
	head := body
	if len(head) > 512 {
		head = head[:512]
	}
	switch lower := strings.ToLower(name); {
	case strings.HasSuffix(lower, activityExt):
		return "application/activity+json; charset=utf-8"
	case strings.HasSuffix(lower, jrdExt):
		return "application/jrd+json; charset=utf-8"
	}
	switch ext := strings.ToLower(path.Ext(name)); ext {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".xml", ".rss", ".atom":
		switch {
		case bytes.Contains(head, []byte("<rss")):
			return "application/rss+xml; charset=utf-8"
		case bytes.Contains(head, []byte("<feed")):
			return "application/atom+xml; charset=utf-8"
		default:
			return "application/xml; charset=utf-8"
		}
	case ".json":
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return "application/feed+json"
		}
		return "application/json"
	default:
		if t := mime.TypeByExtension(ext); t != "" {
			return t
		}
		return http.DetectContentType(body)
	}
}

// isText reports whether a body of this type is text that may hold fixture
// URLs to rewrite. Images and other binaries are served untouched.
func isText(ctype string) bool {
	t, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return false
	}
	return strings.HasPrefix(t, "text/") || t == "image/svg+xml" ||
		strings.HasSuffix(t, "+xml") || strings.HasSuffix(t, "+json") ||
		t == "application/xml" || t == "application/json" || t == "application/javascript"
}
