package fixtureweb

import (
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
)

// API responses. Platform APIs choose their answer by query as well as by
// path (/xrpc/app.bsky.actor.getProfile?actor=..., /api/v1/accounts/lookup?acct=...),
// so a request with a query is first looked up in the directory named by
// its path, among files named by query parameters:
//
//	/xrpc/app.bsky.actor.getProfile?actor=noor.bsky.example
//	  → xrpc/app.bsky.actor.getProfile/actor=noor.bsky.example.json
//	/api/v1/accounts/110/statuses?limit=40&max_id=111
//	  → api/v1/accounts/110/statuses/max_id=111.json
//	/api/v1/accounts/110/statuses?limit=40
//	  → api/v1/accounts/110/statuses/index.json
//
// A file's name (without .json, .activity.json or .jrd.json) is a query
// string in url.Values.Encode form (values query-escaped, so "did:plc:x"
// is "did%3Aplc%3Ax"); "index" is the empty query. A file matches when every
// parameter it names is in the request with that value; parameters it does
// not name (limit, depth) are ignored. Of the matching files the one naming
// the most parameters wins, so a max_id page beats the first page. Before
// matching, live addresses in query values are turned back into fixture
// hostnames (acct:lena@127.0.0.1:41234 is acct:lena@tube.example), so file
// names never depend on ports. A request whose query no file matches falls
// through to the path rules of resolve.
//
// ActivityPub: a request whose Accept names application/activity+json or
// application/ld+json gets PATH.activity.json when it exists (the actor
// document of /accounts/lena is accounts/lena.activity.json), and HTML
// otherwise, as servers negotiate. Files named *.activity.json are served
// as application/activity+json and *.jrd.json (WebFinger) as
// application/jrd+json, whatever the request.
const (
	activityExt = ".activity.json"
	jrdExt      = ".jrd.json"
)

// resolveRequest picks the file that answers r on site s: a query file,
// then the ActivityPub twin of the path, then the path rules of resolve.
func (w *Web) resolveRequest(s *site, r *http.Request) (string, []byte, error) {
	p := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if p == "" {
		p = "."
	}
	if r.URL.RawQuery != "" {
		if q, err := url.ParseQuery(r.URL.RawQuery); err == nil {
			if name, ok := matchQuery(s.root, p, w.unrewriteQuery(q)); ok {
				b, err := fs.ReadFile(s.root, name)
				return name, b, err
			}
		}
	}
	if p != "." && wantsActivity(r.Header.Get("Accept")) {
		if name := p + activityExt; fs.ValidPath(name) {
			if fi, err := fs.Stat(s.root, name); err == nil && fi.Mode().IsRegular() {
				b, err := fs.ReadFile(s.root, name)
				return name, b, err
			}
		}
	}
	name, b, err := resolve(s.root, r.URL.Path)
	if err != nil && r.URL.RawPath != "" {
		// A query file asked for by its own name (%3A and all), as a
		// walk over the files does.
		return resolve(s.root, r.URL.RawPath)
	}
	return name, b, err
}

// matchQuery finds the query file in directory dir that answers q (see
// the rules above). Ties between equally specific files go to the first
// name in sort order, so the choice is stable.
func matchQuery(root fs.FS, dir string, q url.Values) (string, bool) {
	if !fs.ValidPath(dir) {
		return "", false
	}
	entries, err := fs.ReadDir(root, dir)
	if err != nil {
		return "", false
	}
	best, bestN := "", -1
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		params, ok := queryFileParams(e.Name())
		if !ok {
			continue
		}
		n := 0
		for k, vs := range params {
			for _, v := range vs {
				if !slices.Contains(q[k], v) {
					n = -1
					break
				}
				n++
			}
			if n < 0 {
				break
			}
		}
		if n > bestN { // entries come sorted, so ties keep the first
			best, bestN = e.Name(), n
		}
	}
	if bestN < 0 {
		return "", false
	}
	return path.Join(dir, best), true
}

// queryFileParams reads the query a file name stands for; ok is false for
// files that are not query files (not JSON, or a name that is no query).
func queryFileParams(name string) (url.Values, bool) {
	var stem string
	switch {
	case strings.HasSuffix(name, activityExt):
		stem = strings.TrimSuffix(name, activityExt)
	case strings.HasSuffix(name, jrdExt):
		stem = strings.TrimSuffix(name, jrdExt)
	case strings.HasSuffix(name, ".json"):
		stem = strings.TrimSuffix(name, ".json")
	default:
		return nil, false
	}
	if stem == "index" {
		return url.Values{}, true
	}
	if !strings.Contains(stem, "=") {
		return nil, false
	}
	v, err := url.ParseQuery(stem)
	return v, err == nil
}

// QueryFileName is the file name (without extension) that answers
// requests with the query q: q's parameters in url.Values.Encode form, or
// "index" for none. Tools that write fixtures use it, so names follow the
// rule the server reads.
func QueryFileName(q url.Values) string {
	if len(q) == 0 {
		return "index"
	}
	return q.Encode()
}

// unrewriteQuery turns live loopback addresses in query values back into
// fixture hostnames: the inverse of Rewrite, for what a crawler sends.
func (w *Web) unrewriteQuery(q url.Values) url.Values {
	pairs := make([][2]string, 0, len(w.sites))
	for _, s := range w.sites {
		pairs = append(pairs, [2]string{strings.TrimPrefix(s.base, "http://"), s.host})
	}
	// Longer addresses first: 127.0.0.1:4123 must not eat 127.0.0.1:41234.
	sort.Slice(pairs, func(i, j int) bool { return len(pairs[i][0]) > len(pairs[j][0]) })
	args := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		args = append(args, p[0], p[1])
	}
	rep := strings.NewReplacer(args...)
	out := make(url.Values, len(q))
	for k, vs := range q {
		for _, v := range vs {
			out[k] = append(out[k], rep.Replace(v))
		}
	}
	return out
}

// wantsActivity reports whether an Accept header asks for ActivityPub JSON.
func wantsActivity(accept string) bool {
	for _, part := range strings.Split(accept, ",") {
		t, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err == nil && (t == "application/activity+json" || t == "application/ld+json") {
			return true
		}
	}
	return false
}
