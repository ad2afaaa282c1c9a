package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/scout-oss/scout"
)

// Crawler fetches target URLs through the shared Transport, extracts a
// profile from each and hands every outcome to a scout.Sink. One Crawler is
// built at start-up and may run many crawls, one after another or at once;
// they share its Transport and so its per-host limiters and robots cache.
type Crawler struct {
	transport   *Transport
	concurrency int
	userAgent   string
	extract     ExtractFunc
	extractFeed ExtractFeedFunc
	parseFeed   ParseFeedFunc
	progress    func(*scout.CrawlResult)
	adapters    []Adapter
	prober      *prober
	now         func() time.Time
	log         *slog.Logger
	images      scout.ImageStore
	imageClient *http.Client
	maxThumbs   int
	imageHosts  []string
}

// New builds a Crawler from cfg, building its Transport from cfg unless
// cfg.Transport is set.
func New(cfg Config) *Crawler {
	cfg = cfg.withDefaults()
	t := cfg.Transport
	if t == nil {
		t = NewTransport(cfg)
	}
	return &Crawler{
		transport:   t,
		concurrency: cfg.Concurrency,
		userAgent:   cfg.UserAgent,
		extract:     cfg.Extract,
		extractFeed: cfg.ExtractFeed,
		parseFeed:   cfg.ParseFeed,
		progress:    cfg.Progress,
		adapters:    cfg.Adapters,
		prober:      newProber(cfg.HostInfo, cfg.HostInfoTTL, cfg.Now),
		now:         cfg.Now,
		log:         cfg.Logger,
		images:      cfg.Images,
		imageClient: t.Client(),
		maxThumbs:   cfg.MaxThumbnails,
		imageHosts:  cfg.ImageHosts,
	}
}

// Client returns an http.Client on the crawler's Transport, for platform
// adapters' JSON calls: they then share its limiters, robots cache and caps.
func (c *Crawler) Client() *http.Client { return c.transport.Client() }

// Summary is the tally of one Crawl, printed by the CLI and returned by the
// crawl API.
type Summary struct {
	// Fetched counts target URLs that got a result, a profile, a failure
	// or a 304: Fetched = Profiles + NotModified + the sum of Errors.
	Fetched int `json:"fetched"`
	// NotModified counts pages that answered their conditional GET with
	// 304: unchanged since the last crawl, so not extracted again.
	NotModified int `json:"not_modified"`
	// Fetch is what the fetch layer did for this crawl beyond plain
	// fetching: rate-limit pauses, retries, 304s.
	Fetch Stats `json:"fetch"`
	// Profiles counts results that carried a profile.
	Profiles int `json:"profiles"`
	// Posts counts the posts of those profiles, page and feed merged.
	Posts int `json:"posts"`
	// Errors counts failed target URLs by failure kind (scout.Fail*).
	Errors map[string]int `json:"errors"`
	// SinkErrors counts results the sink refused; the crawl went on.
	SinkErrors int `json:"sink_errors"`
	// Duration is the wall time of the crawl.
	Duration time.Duration `json:"duration"`
}

// Crawl fetches each distinct URL in urls and sends one scout.CrawlResult
// per URL to sink: a Profile on success, a Failure with its kind otherwise.
// At most Concurrency URLs are in flight; the Transport paces each host. A
// sink error is counted and logged and the crawl goes on. When ctx ends,
// Crawl stops promptly, delivers nothing more, and returns the partial
// summary with ctx's error.
func (c *Crawler) Crawl(ctx context.Context, urls []string, sink scout.Sink) (*Summary, error) {
	if sink == nil {
		return nil, scout.Errorf(scout.EINVALID, "crawl: no sink")
	}
	start := c.now()
	sum := &Summary{Errors: make(map[string]int)}
	var fetchStats Counter
	ctx = WithCounter(ctx, &fetchStats)
	defer func() { sum.Fetch = fetchStats.Stats() }()
	targets, rejected := c.planTargets(urls)
	for _, r := range rejected {
		if ctx.Err() == nil {
			r.FetchedAt = start
			c.deliver(ctx, sink, r, sum)
		}
	}

	col := c.newCollector(ctx)
	jobs := make(chan string)
	results := make(chan *scout.CrawlResult)
	go func() {
		defer close(jobs)
		for _, u := range targets {
			select {
			case jobs <- u:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range min(c.concurrency, len(targets)) {
		wg.Go(func() {
			for u := range jobs {
				if r := c.fetchUnlessSuppressed(ctx, col, u, sink); r != nil {
					results <- r
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		if ctx.Err() == nil {
			c.deliver(ctx, sink, r, sum)
		}
	}
	sum.Duration = c.now().Sub(start)
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	return sum, nil
}

// deliver sends r to the sink and accounts for it.
func (c *Crawler) deliver(ctx context.Context, sink scout.Sink, r *scout.CrawlResult, sum *Summary) {
	c.account(r, sink.Ingest(ctx, r), sum)
}

// account counts r, whose ingest ended with err, commits or forgets its
// validators and reports progress.
func (c *Crawler) account(r *scout.CrawlResult, err error, sum *Summary) {
	sum.Fetched++
	if r.NotModified {
		sum.NotModified++
	} else if r.Profile != nil {
		sum.Profiles++
		sum.Posts += len(r.Profile.Posts)
	} else if r.Failure != nil {
		sum.Errors[r.Failure.Kind]++
	}
	if err != nil {
		sum.SinkErrors++
		if errors.Is(err, context.Canceled) {
			c.log.Info("crawl stopped before a result was stored; it is fetched again on resume", "url", r.URL)
		} else {
			c.log.Error("ingest crawl result", "url", r.URL, "err", err)
		}
		c.transport.forget(r) // or the next crawl's 304 would skip what was lost
	} else {
		c.transport.commit(r) // only now may the next crawl ask for a 304
	}
	if c.progress != nil {
		c.progress(r)
	}
}

// planTargets drops duplicate URLs (after parsing, without fragments) and
// orders the rest round-robin by host. A worker waits for its host's limiter
// while holding one of the Concurrency slots, so a list sorted by host would
// put every worker behind the first host; interleaving keeps all hosts
// busy. Targets an adapter claims are grouped by the adapter's host key;
// other URLs that are not absolute http(s) URLs come back as failures.
func (c *Crawler) planTargets(urls []string) (targets []string, rejected []*scout.CrawlResult) {
	seen := make(map[string]bool, len(urls))
	byHost := make(map[string][]string)
	var hosts []string
	for _, raw := range urls {
		if _, h := c.adapterFor(raw); h != "" {
			if !seen[raw] {
				seen[raw] = true
				if _, ok := byHost[h]; !ok {
					hosts = append(hosts, h)
				}
				byHost[h] = append(byHost[h], raw)
			}
			continue
		}
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			rejected = append(rejected, Failed(&scout.CrawlResult{URL: raw}, scout.FailBlocked,
				errors.New("crawl: not an absolute http(s) URL")))
			continue
		}
		u.Fragment, u.RawFragment = "", ""
		key := u.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		h := HostKey(u)
		if _, ok := byHost[h]; !ok {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], key)
	}
	for i := 0; len(targets) < len(seen); i++ {
		for _, h := range hosts {
			if i < len(byHost[h]) {
				targets = append(targets, byHost[h][i])
			}
		}
	}
	return targets, rejected
}

// newCollector builds the one colly Collector of a crawl: synchronous (our
// workers bound the goroutines), cancelled with ctx, sending through our
// Transport. It is built with Init rather than NewCollector so that COLLY_*
// environment variables cannot silently change it.
func (c *Crawler) newCollector(ctx context.Context) *colly.Collector {
	col := &colly.Collector{}
	col.Init()
	for _, opt := range []colly.CollectorOption{
		colly.StdlibContext(ctx),
		colly.UserAgent(c.userAgent),
		// robots.txt is enforced in our Transport, for every client alike;
		// colly's own check would fetch it a second time, outside our
		// limiter.
		colly.IgnoreRobotsTxt(),
		// Our Transport's cap fails with ErrBodyTooLarge; colly's would
		// truncate silently, so it is off.
		colly.MaxBodySize(0),
		// Targets are deduplicated by planTargets, and colly's visited set
		// would turn a redirect loop into "already visited" instead of
		// too_many_redirects.
		colly.AllowURLRevisit(),
		// Non-2xx responses reach OnResponse so that Classify sees the
		// status, which colly's error would reduce to its text.
		colly.ParseHTTPErrorResponse(),
	} {
		opt(col)
	}
	col.WithTransport(c.transport)
	col.SetRedirectHandler(c.transport.checkRedirect)
	col.SetRequestTimeout(0) // the Transport times each request after its rate-limit wait
	col.OnResponse(func(r *colly.Response) {
		if p, ok := r.Ctx.GetAny(pageKey).(*page); ok {
			p.url = r.Request.URL
			p.status = r.StatusCode
			p.contentType = r.Headers.Get("Content-Type")
			p.body = r.Body
		}
	})
	return col
}

// pageKey is the colly.Context key under which get receives its response.
const pageKey = "scout.page"

// page is one fetched response, as handed over by colly's OnResponse.
type page struct {
	url         *url.URL // after redirects
	status      int
	contentType string
	body        []byte
}

// get fetches rawURL through col. The collector is synchronous, so the
// response is complete when Request returns. hdr may mark the request with
// RevalidateHeader.
func get(col *colly.Collector, rawURL string, hdr http.Header) (*page, error) {
	p := &page{}
	cctx := colly.NewContext()
	cctx.Put(pageKey, p)
	if err := col.Request(http.MethodGet, rawURL, nil, cctx, hdr); err != nil {
		return nil, err
	}
	if p.url == nil {
		return nil, errors.New("fetch: no response")
	}
	return p, nil
}

// crawlOne fetches and extracts one target. It returns nil when ctx ended,
// since a cancelled fetch says nothing about the URL.
func (c *Crawler) crawlOne(ctx context.Context, col *colly.Collector, target string) *scout.CrawlResult {
	if c.extract == nil {
		return Failed(&scout.CrawlResult{URL: target, FetchedAt: c.now()}, scout.FailNotHTML, errNoExtractor)
	}
	// Pages are fetched conditionally: an unchanged one costs a 304. Feeds
	// are not, since a changed page is merged with its whole feed.
	p, err := get(col, target, http.Header{RevalidateHeader: {"1"}})
	if ctx.Err() != nil {
		return nil
	}
	res := &scout.CrawlResult{URL: target, FetchedAt: c.now()}
	if err != nil {
		return Failed(res, Classify(err, 0), err)
	}
	res.Status = p.status
	if p.status == http.StatusNotModified {
		res.NotModified = true
		return res
	}
	if kind := Classify(nil, p.status); kind != "" {
		return Failed(res, kind, fmt.Errorf("fetch: status %d %s", p.status, http.StatusText(p.status)))
	}
	var ex *Extraction
	switch {
	case maybeHTML(p.contentType):
		ex, err = c.extract(p.url, utf8ContentType(p.contentType), p.body, res.FetchedAt)
		if errors.Is(err, ErrNotHTML) && c.extractFeed != nil {
			// An unlabelled body that sniffs as XML or JSON: maybe a feed.
			ex, err = c.extractFeed(p.url, p.body, res.FetchedAt)
		}
	case maybeFeed(p.contentType) && c.extractFeed != nil:
		ex, err = c.extractFeed(p.url, p.body, res.FetchedAt)
	default:
		return Failed(res, scout.FailNotHTML, fmt.Errorf("extract: content type %q is neither HTML nor a feed", p.contentType))
	}
	if err != nil {
		return Failed(res, extractKind(err), err)
	}
	if ex == nil || ex.Profile == nil {
		return Failed(res, scout.FailNoProfile, errors.New("extract: no creator profile on the page"))
	}
	for _, w := range ex.Warnings {
		res.Warnings = append(res.Warnings, scout.Failure{URL: target, Kind: scout.FailParse, Message: w})
	}
	prof := ex.Profile
	if prof.SourceURL == "" {
		prof.SourceURL = p.url.String()
	}
	if prof.FetchedAt.IsZero() {
		prof.FetchedAt = res.FetchedAt
	}
	if len(ex.FeedURLs) > 0 && c.parseFeed != nil {
		if w := c.mergeFeed(col, prof, p.url, ex.FeedURLs[0]); w != nil {
			res.Warnings = append(res.Warnings, *w)
		}
		if ctx.Err() != nil {
			return nil
		}
	}
	res.Profile = prof
	return res
}

// mergeFeed fetches the profile's feed and adds its posts that the page did
// not have; page posts win, since pages usually carry fresher counts. A
// feed that fails is a warning, never a failure of the profile.
func (c *Crawler) mergeFeed(col *colly.Collector, prof *scout.Profile, base *url.URL, rawFeed string) *scout.Failure {
	warn := func(u, kind string, err error) *scout.Failure {
		return &scout.Failure{URL: u, Kind: kind, Message: err.Error()}
	}
	fu, err := base.Parse(rawFeed)
	if err != nil {
		return warn(rawFeed, scout.FailParse, fmt.Errorf("feed url: %w", err))
	}
	p, err := get(col, fu.String(), nil)
	if err != nil {
		return warn(fu.String(), Classify(err, 0), err)
	}
	if kind := Classify(nil, p.status); kind != "" {
		return warn(fu.String(), kind, fmt.Errorf("fetch feed: status %d %s", p.status, http.StatusText(p.status)))
	}
	posts, err := c.parseFeed(p.url, p.body, prof.Account.ID)
	if err != nil {
		return warn(fu.String(), scout.FailParse, fmt.Errorf("parse feed: %w", err))
	}
	seen := make(map[string]bool, len(prof.Posts))
	for _, post := range prof.Posts {
		seen[post.ID] = true
	}
	for _, post := range posts {
		if post.ID != "" && seen[post.ID] {
			continue
		}
		seen[post.ID] = true
		prof.Posts = append(prof.Posts, post)
	}
	if prof.Account.FeedURL == "" {
		prof.Account.FeedURL = fu.String()
	}
	return nil
}

// errNoExtractor fails the web targets of a Crawler built without
// Config.Extract: it cannot read pages, so it does not fetch them.
var errNoExtractor = errors.New("extract: no page extractor configured")

// Failed records a failure of kind on r and returns r.
func Failed(r *scout.CrawlResult, kind string, err error) *scout.CrawlResult {
	r.Failure = &scout.Failure{URL: r.URL, Kind: kind, Message: err.Error()}
	return r
}

// maybeHTML reports whether a response of this content type may be HTML.
// An absent or unparseable type is left to the extractor to sniff; images,
// PDFs and feeds are refused before they reach it.
func maybeHTML(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return true
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// feedTypes are the media types a feed is served as: the syndication
// types, and the generic XML and JSON types many servers use for them.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/rdf+xml": true, "application/x-rss+xml": true, "application/xml": true,
	"text/xml": true, "application/json": true,
}

// maybeFeed reports whether a response of this content type may be a
// feed, which Config.ExtractFeed reads as a profile.
func maybeFeed(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && feedTypes[mt]
}

// utf8ContentType rewrites a declared charset to utf-8: colly has already
// decoded a body with a declared non-UTF-8 charset, and the extractor must
// not decode it twice.
func utf8ContentType(contentType string) string {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return contentType
	}
	params["charset"] = "utf-8"
	return mime.FormatMediaType(mt, params)
}

// extractKind maps an extraction error to its failure kind.
func extractKind(err error) string {
	switch {
	case errors.Is(err, ErrNotHTML), errors.Is(err, ErrNotFeed):
		return scout.FailNotHTML
	case errors.Is(err, ErrNoProfile):
		return scout.FailNoProfile
	default:
		return scout.FailParse
	}
}

// isWebURL reports whether target is an absolute http(s) URL, which the
// generic extractor can read when no adapter takes it.
func isWebURL(target string) bool {
	u, err := url.Parse(target)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
