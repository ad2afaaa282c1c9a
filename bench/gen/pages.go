package gen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
)

// PagePath is the path of generated profile page n on a page host.
func PagePath(n int) string { return "/c/" + strconv.Itoa(n) }

// Pages serves small generated profile pages at /c/{n} (about 1 KB: an
// Open Graph profile with counts in the description, as many creator
// sites have), so that crawl benchmarks fetch, extract, score and store
// something real. A page's content depends only on its host and n, so a
// re-crawl changes nothing but the fetch time. robots.txt is a 404
// (everything allowed); any other path is a 404 too.
type Pages struct{}

// ServeHTTP implements http.Handler.
func (Pages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/c/")
	n, err := strconv.Atoi(rest)
	if !ok || err != nil || n < 0 {
		http.NotFound(w, r)
		return
	}
	host := r.Host
	seed := uint64(n)
	for _, c := range host {
		seed = seed*31 + uint64(c)
	}
	rr := rand.New(rand.NewPCG(seed, 3))
	topic := topics[rr.IntN(len(topics))]
	words := func(k int) string {
		var sb strings.Builder
		for i := range k {
			if i > 0 {
				sb.WriteByte(' ')
			}
			if rr.IntN(3) == 0 {
				sb.WriteString(topic[rr.IntN(len(topic))])
			} else {
				sb.WriteString(commonWords[rr.IntN(len(commonWords))])
			}
		}
		return sb.String()
	}
	followers := int64(math.Pow(10, 2.5+4*rr.Float64()))
	handle := fmt.Sprintf("c%d", n)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>%[1]s (@%[2]s)</title>
<meta property="og:type" content="profile">
<meta property="og:title" content="%[1]s (@%[2]s)">
<meta property="profile:username" content="%[2]s">
<meta property="og:description" content="%[3]d Followers, %[4]d Following, %[5]d Posts - %[6]s">
<link rel="canonical" href="http://%[7]s/c/%[8]d">
</head><body><h1>%[1]s</h1><p>%[6]s</p></body></html>
`, words(2), handle, followers, rr.IntN(2000), 10+rr.IntN(2000), words(25), host, n)
}
