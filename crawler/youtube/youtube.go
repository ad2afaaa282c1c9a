package youtube

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// Defaults of the YouTube adapter.
const (
	// DefaultBase is where channel pages are read without a key.
	DefaultBase = "https://www.youtube.com"
	// DefaultAPI is the YouTube Data API v3, used when a key is set.
	DefaultAPI = "https://www.googleapis.com/youtube/v3"
	// DefaultMaxVideos is how many recent videos are read per
	// channel tab (Videos, Shorts, Live) without a key and per channel
	// with one: one page of a tab holds about 30, and one
	// playlistItems.list page up to 50, so either path costs one call.
	DefaultMaxVideos = 30
)

// Config configures the YouTube adapter. Zero fields take the
// defaults above.
type Config struct {
	// Base is the web origin of channel pages (--youtube-base); tests point
	// it at a fixture server.
	Base string
	// API is the Data API v3 base URL (--youtube-api).
	API string
	// Key is a YouTube Data API v3 key. With a key the adapter reads the
	// API (the sanctioned path, with exact counts and video durations);
	// without one it reads the public channel pages. The key is sent in
	// the X-Goog-Api-Key header, never in a URL, so it cannot end up in a
	// failure message, a visit record or a log line.
	Key string
	// Quota counts the API's units against its daily budget. It should be
	// shared by every adapter that uses the same key; nil means a fresh
	// quota of DefaultQuota units.
	Quota *Quota
	// MaxVideos bounds the recent videos read per channel tab (per
	// channel with a key).
	MaxVideos int
	// Now is the clock: fetch times and the dates of "3 days ago".
	Now func() time.Time
}

// Adapter reads YouTube channels. It claims youtube:@HANDLE, youtube:UC…
// and youtube.com channel URLs (see crawler.ParseTarget), plus channel
// URLs on its own Base when that is not youtube.com, so a fixture server
// can stand in for it. Accounts are keyed by the channel id
// (youtube:UC…), never by handle.
//
// Without a key it reads the channel page and the Videos, Shorts and Live
// tabs it lists, and takes what the pages embed in ytInitialData (name,
// description, subscriber count as the page rounds it, links, avatar;
// videos with view counts, lengths and "3 days ago" dates, from the
// lockupViewModel and shortsLockupViewModel grids YouTube serves now or the
// older videoRenderer ones). youtube.com's robots.txt disallows
// /feeds/videos.xml, /results and /youtubei/, so those are never used.
// With a key it calls the Data API (channels.list, playlistItems.list on
// the uploads playlist, videos.list), counting quota units.
type Adapter struct {
	base      string
	baseHost  string
	api       string
	key       string
	quota     *Quota
	maxVideos int
	now       func() time.Time
}

var _ crawler.Adapter = (*Adapter)(nil)

// New builds the adapter from cfg.
func New(cfg Config) *Adapter {
	if cfg.Base == "" {
		cfg.Base = DefaultBase
	}
	if cfg.API == "" {
		cfg.API = DefaultAPI
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxVideos <= 0 {
		cfg.MaxVideos = DefaultMaxVideos
	}
	if cfg.Quota == nil {
		cfg.Quota = NewQuota(DefaultQuota, cfg.Now)
	}
	y := &Adapter{
		base:      strings.TrimRight(cfg.Base, "/"),
		api:       strings.TrimRight(cfg.API, "/"),
		key:       strings.TrimSpace(cfg.Key),
		quota:     cfg.Quota,
		maxVideos: cfg.MaxVideos,
		now:       cfg.Now,
	}
	if u, err := url.Parse(y.base); err == nil {
		y.baseHost = crawler.HostKey(u)
	}
	return y
}

// Platform implements crawler.Adapter.
func (y *Adapter) Platform() scout.Platform { return scout.PlatformYouTube }

// Match implements crawler.Adapter. All YouTube targets share one host key (the
// API's host with a key, the web host without), so the crawl spreads
// other work around them.
func (y *Adapter) Match(raw string) (string, bool) {
	if _, ok := y.parse(raw); !ok {
		return "", false
	}
	if y.key != "" {
		if u, err := url.Parse(y.api); err == nil {
			return crawler.HostKey(u), true
		}
	}
	return y.baseHost, true
}

// parse reads target as a YouTube target. A URL on the configured Base
// (when that is not youtube.com) is read as if it were on youtube.com.
func (y *Adapter) parse(raw string) (target.Target, bool) {
	if u, err := url.Parse(strings.TrimSpace(raw)); err == nil && u.Host != "" && y.baseHost != "" &&
		crawler.HostKey(u) == y.baseHost && !target.IsYouTubeHost(y.baseHost) {
		u.Scheme, u.Host = "https", "www.youtube.com"
		raw = u.String()
	}
	t, err := target.Parse(raw)
	if err != nil || t.Platform != scout.PlatformYouTube {
		return target.Target{}, false
	}
	return t, true
}

// Fetch implements crawler.Adapter: the Data API when a key is set and the target
// names a handle or channel id, the channel page otherwise.
func (y *Adapter) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: y.now()}
	t, ok := y.parse(raw)
	if !ok {
		return crawler.Failed(res, scout.FailBlocked, fmt.Errorf("youtube: %q is not a YouTube channel target", raw))
	}
	if y.key != "" && (t.Handle != "" || t.ID != "") {
		return y.fetchAPI(ctx, client, t, res)
	}
	return y.fetchPage(ctx, client, t, res)
}

// ytChannelPath is the path of t's channel page on Base: /@HANDLE,
// /channel/UC… or the /c/ or /user/ path the user gave.
func ytChannelPath(t target.Target) string {
	switch {
	case t.Handle != "":
		return "/@" + url.PathEscape(t.Handle)
	case t.ID != "":
		return "/channel/" + t.ID
	}
	if u, err := url.Parse(t.URL); err == nil {
		segs := target.PathSegments(u)
		if len(segs) >= 2 {
			return "/" + segs[0] + "/" + url.PathEscape(segs[1])
		}
	}
	return "/"
}

// ytHTTPError is a non-2xx answer: its status and a message for people.
type ytHTTPError struct {
	status int
	kind   string
	msg    string
}

func (e *ytHTTPError) Error() string { return e.msg }

// ytGet GETs u through client and returns its body. A non-2xx status is
// an *ytHTTPError carrying the kind crawler.Classify gives it (refined by
// classifyBody when set); a transport error keeps its cause.
func ytGet(ctx context.Context, client *http.Client, u string, header http.Header, classifyBody func(status int, body []byte) (kind, msg string)) ([]byte, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("build request: %w", err)
	}
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, resp.StatusCode, fmt.Errorf("read %s: %w", ytRedact(u), err)
	}
	if kind := crawler.Classify(nil, resp.StatusCode); kind != "" {
		msg := fmt.Sprintf("status %d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
		if classifyBody != nil {
			if k, m := classifyBody(resp.StatusCode, body); k != "" {
				kind, msg = k, m
			}
		}
		return nil, resp.StatusCode, &ytHTTPError{status: resp.StatusCode, kind: kind, msg: msg}
	}
	return body, resp.StatusCode, nil
}

// ytFailure maps an error from ytGet to a failure kind and a message
// that never carries an API key.
func ytFailure(err error) (string, string) {
	var hf *ytHTTPError
	if errors.As(err, &hf) {
		return hf.kind, hf.msg
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = ytRedact(ue.URL)
	}
	if errors.Is(err, ErrQuota) {
		return scout.FailRateLimit, err.Error()
	}
	return crawler.Classify(err, 0), err.Error()
}

// ytRedact drops the query parameters that carry credentials, in case a
// caller put a key in a URL after all.
func ytRedact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparseable url)"
	}
	q := u.Query()
	changed := false
	for _, k := range []string{"key", "access_token", "api_key"} {
		if q.Has(k) {
			q.Set(k, "REDACTED")
			changed = true
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// ytFail records err on res as a failure.
func ytFail(res *scout.CrawlResult, op string, err error) *scout.CrawlResult {
	kind, msg := ytFailure(err)
	var hf *ytHTTPError
	if errors.As(err, &hf) {
		res.Status = hf.status
	}
	res.Failure = &scout.Failure{URL: res.URL, Kind: kind, Message: op + ": " + msg}
	return res
}

// ytWarn adds err as a warning about u to res.
func ytWarn(res *scout.CrawlResult, u, op string, err error) {
	kind, msg := ytFailure(err)
	res.Warnings = append(res.Warnings, scout.Failure{URL: ytRedact(u), Kind: kind, Message: op + ": " + msg})
}

// ytURLInText finds the http(s) URLs people write into descriptions.
var ytURLInText = regexp.MustCompile(`https?://[^\s<>"'()\[\]{}]+`)

// ytTextLinks returns the distinct http(s) URLs written in s, trailing
// punctuation dropped, at most MaxPostLinks.
func ytTextLinks(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ytURLInText.FindAllString(s, -1) {
		m = strings.TrimRight(m, ".,;:!?")
		if u, err := url.Parse(m); err != nil || u.Host == "" || seen[m] {
			continue
		}
		seen[m] = true
		out = append(out, m)
		if len(out) == source.MaxPostLinks {
			break
		}
	}
	return out
}

// watchURL is the public URL of a video.
func (y *Adapter) watchURL(videoID string) string {
	return y.base + "/watch?v=" + url.QueryEscape(videoID)
}

// ytPostID is the post id of a video, the same on both paths so that
// switching between page and API never duplicates a video.
func ytPostID(videoID string) string { return "youtube:" + videoID }

// channelURL is the public URL of a channel: by handle when known.
func (y *Adapter) channelURL(handle, id string) string {
	if handle != "" {
		return y.base + "/@" + handle
	}
	return y.base + "/channel/" + id
}
