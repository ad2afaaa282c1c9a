package youtube

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// fetchPage reads a channel without a key: the channel page, then the
// tabs it lists among Videos, Shorts and Live (only the Videos tab when the
// page lists none). A tab that fails is a warning; when the Videos tab
// fails, the videos the channel page itself shows are used in its place.
func (y *Adapter) fetchPage(ctx context.Context, client *http.Client, t target.Target, res *scout.CrawlResult) *scout.CrawlResult {
	pageURL := y.base + ytChannelPath(t)
	body, status, err := ytGet(ctx, client, pageURL, ytPageHeader(), nil)
	res.Status = status
	if err != nil {
		return ytFail(res, "youtube channel page", err)
	}
	ch, err := parseYouTubeChannelPage(body)
	if err != nil {
		kind := scout.FailParse
		if errors.Is(err, crawler.ErrNoProfile) {
			kind = scout.FailNoProfile
		}
		return crawler.Failed(res, kind, fmt.Errorf("youtube channel page: %w", err))
	}
	if ch.Handle == "" {
		ch.Handle = t.Handle
	}
	tabs := ch.Tabs
	if len(tabs) == 0 {
		tabs = []string{ytTabVideos}
	}
	var groups [][]ytVideo
	for _, tab := range tabs {
		tabURL := y.channelURL(ch.Handle, ch.ID) + "/" + tab
		videos, err := y.readTab(ctx, client, tabURL, ch.ID)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			ytWarn(res, tabURL, "youtube "+tab+" tab", err)
			if tab == ytTabVideos {
				groups = append(groups, ch.Videos)
			}
			continue
		}
		groups = append(groups, videos)
	}
	res.Profile = y.pageProfile(ch, groups, res.FetchedAt)
	return res
}

// readTab reads the videos of one channel tab.
func (y *Adapter) readTab(ctx context.Context, client *http.Client, tabURL, channelID string) ([]ytVideo, error) {
	body, _, err := ytGet(ctx, client, tabURL, ytPageHeader(), nil)
	if err != nil {
		return nil, err
	}
	data, err := parseYouTubeInitialData(body)
	if err != nil {
		return nil, err
	}
	return ytVideos(data, channelID), nil
}

// ytPageHeader asks for English pages, so that "3 days ago" and "1.2M
// subscribers" come in the words Scout reads best (other languages are
// read too, see ytRelativeUnits and source.ParseCount).
func ytPageHeader() http.Header {
	return http.Header{"Accept-Language": {"en-US,en;q=0.8"}, "Accept": {"text/html"}}
}

// ytChannel is what a channel page tells about a channel.
type ytChannel struct {
	ID, Handle, Title, Description, AvatarURL string
	Links                                     []string
	Subscribers, VideoCount                   *int64
	SubscribersApprox, VideoCountApprox       bool
	Videos                                    []ytVideo
	// Tabs are the video tabs the page lists (ytTabVideos, ytTabShorts,
	// ytTabLive), in page order.
	Tabs []string
}

// ytVideo is one video as a channel page lists it.
type ytVideo struct {
	ID, Title, Description, Published string
	// Thumbnail is the largest preview image the page lists.
	Thumbnail string
	Views     *int64
	Duration  int
	// Format is the renderer it was read from (FormatLockup, ...).
	Format string
	// Short is set for Shorts (the Shorts grid prints no date), Live for a
	// stream that is live now (no date and no final views yet).
	Short, Live bool
}

// pageProfile turns a parsed channel page and the videos of its tabs into
// a Profile. Each tab keeps at most MaxVideos dated videos; a video listed
// on two tabs is kept once. Live streams and upcoming premieres carry no
// date and no views and are skipped; Shorts, whose grid prints no date,
// are kept with a zero published_at (unknown), so their views count while
// they never pass for recent.
func (y *Adapter) pageProfile(ch *ytChannel, groups [][]ytVideo, fetchedAt time.Time) *scout.Profile {
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformYouTube, ch.ID),
		Platform:    scout.PlatformYouTube,
		Handle:      ch.Handle,
		URL:         y.channelURL(ch.Handle, ch.ID),
		DisplayName: source.CleanText(ch.Title, source.MaxTitleRunes),
		Bio:         source.CleanText(ch.Description, source.MaxBioRunes),
		Links:       ch.Links,
		AvatarURL:   ch.AvatarURL,
		Followers:   ch.Subscribers,
		PostsCount:  ch.VideoCount,
		FetchedAt:   fetchedAt,
	}
	if ch.Subscribers != nil && ch.SubscribersApprox {
		acc.Approximate = append(acc.Approximate, "followers")
	}
	if ch.VideoCount != nil && ch.VideoCountApprox {
		acc.Approximate = append(acc.Approximate, "posts_count")
	}
	p := &scout.Profile{Account: acc, SourceURL: acc.URL, FetchedAt: fetchedAt}
	seen := map[string]bool{}
	for _, videos := range groups {
		kept := 0
		for _, v := range videos {
			if kept == y.maxVideos {
				break
			}
			if seen[v.ID] || v.Live {
				continue
			}
			published, ok := ytParseDate(v.Published, fetchedAt)
			if !ok && !v.Short {
				continue // upcoming or premiering: no date and no views yet
			}
			seen[v.ID] = true
			kept++
			post := scout.Post{
				ID:              ytPostID(v.ID),
				AccountID:       acc.ID,
				URL:             y.watchURL(v.ID),
				PublishedAt:     published,
				Title:           source.CleanText(v.Title, source.MaxTitleRunes),
				Text:            source.CleanText(v.Description, source.MaxTextRunes),
				Views:           v.Views,
				MediaKind:       "video",
				DurationSeconds: v.Duration,
				Links:           ytTextLinks(v.Description),
				Format:          v.Format,
				ThumbnailURL:    source.AbsURL(nil, v.Thumbnail, false),
			}
			if post.Text == "" {
				post.Text = post.Title
			}
			p.Posts = append(p.Posts, post)
		}
	}
	return p
}

// ytInitialDataMarkers start the JSON object YouTube embeds in its pages.
var ytInitialDataMarkers = [][]byte{
	[]byte("var ytInitialData = "),
	[]byte(`window["ytInitialData"] = `),
	[]byte("ytInitialData = "),
}

// ytErrNoInitialData means the page embeds no ytInitialData.
var ytErrNoInitialData = errors.New("no ytInitialData in the page")

// parseYouTubeInitialData decodes the ytInitialData object of a page.
// json.Decoder reads exactly one value, so the script after it is ignored.
func parseYouTubeInitialData(body []byte) (map[string]any, error) {
	for _, m := range ytInitialDataMarkers {
		i := bytes.Index(body, m)
		if i < 0 {
			continue
		}
		var v map[string]any
		dec := json.NewDecoder(bytes.NewReader(body[i+len(m):]))
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("decode ytInitialData: %w", err)
		}
		return v, nil
	}
	return nil, ytErrNoInitialData
}

// parseYouTubeChannelPage reads a channel page: the ytInitialData object
// first, the page's meta tags for what it lacks. ErrNoProfile when neither
// names a channel id.
func parseYouTubeChannelPage(body []byte) (*ytChannel, error) {
	ch := &ytChannel{}
	data, derr := parseYouTubeInitialData(body)
	if derr != nil && !errors.Is(derr, ytErrNoInitialData) {
		return nil, derr
	}
	if data != nil {
		ytReadData(data, ch)
	}
	if ch.ID == "" || ch.Title == "" || ch.AvatarURL == "" || ch.Description == "" {
		if doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body)); err == nil {
			ytReadMeta(doc, ch)
		}
	}
	if ch.ID == "" {
		return nil, fmt.Errorf("no channel id: %w", crawler.ErrNoProfile)
	}
	if data != nil {
		ch.Videos = ytVideos(data, ch.ID)
		ch.Tabs = ytTabs(data)
	}
	return ch, nil
}

// The channel tabs that list videos, by the last segment of their URL.
const (
	ytTabVideos = "videos"
	ytTabShorts = "shorts"
	ytTabLive   = "streams"
)

// ytTabs lists the video tabs a channel page links (Videos, Shorts, Live),
// each once, in page order.
func ytTabs(data map[string]any) []string {
	var out []string
	for _, t := range ytList(data, "contents", "twoColumnBrowseResultsRenderer", "tabs") {
		tr := ytMap(t, "tabRenderer")
		if tr == nil {
			tr = ytMap(t, "expandableTabRenderer")
		}
		u := ytStr(tr, "endpoint", "commandMetadata", "webCommandMetadata", "url")
		tab := u[strings.LastIndex(u, "/")+1:]
		switch tab {
		case ytTabVideos, ytTabShorts, ytTabLive:
			if !slices.Contains(out, tab) {
				out = append(out, tab)
			}
		}
	}
	return out
}

// ytReadData fills ch from ytInitialData: metadata.channelMetadataRenderer
// (id, title, full description, avatar, vanity URL) and the header, in
// either of the shapes YouTube serves: c4TabbedHeaderRenderer (until 2024)
// or pageHeaderRenderer/pageHeaderViewModel (since).
func ytReadData(data map[string]any, ch *ytChannel) {
	md := ytMap(data, "metadata", "channelMetadataRenderer")
	ch.ID = ytStr(md, "externalId")
	ch.Title = ytStr(md, "title")
	ch.Description = ytStr(md, "description")
	ch.AvatarURL = ytLastThumbnail(ytPath(md, "avatar", "thumbnails"))
	ch.Handle = ytHandleOfURL(ytStr(md, "vanityChannelUrl"))
	if ch.Handle == "" {
		for _, u := range ytList(md, "ownerUrls") {
			if h := ytHandleOfURL(ytString(u)); h != "" {
				ch.Handle = h
				break
			}
		}
	}
	header := ytMap(data, "header")
	if c4 := ytMap(header, "c4TabbedHeaderRenderer"); c4 != nil {
		if ch.ID == "" {
			ch.ID = ytStr(c4, "channelId")
		}
		if ch.Title == "" {
			ch.Title = ytStr(c4, "title")
		}
		if h := strings.TrimPrefix(ytText(ytPath(c4, "channelHandleText")), "@"); h != "" {
			ch.Handle = h
		}
		subs := ytStr(c4, "subscriberCountText", "accessibility", "accessibilityData", "label")
		if subs == "" {
			subs = ytText(ytPath(c4, "subscriberCountText"))
		}
		ch.Subscribers, ch.SubscribersApprox = ytCount(subs)
		ch.VideoCount, ch.VideoCountApprox = ytCount(ytText(ytPath(c4, "videosCountText")))
	}
	if vm := ytMap(header, "pageHeaderRenderer", "content", "pageHeaderViewModel"); vm != nil {
		ytReadPageHeader(vm, ch)
	}
	ch.Links = ytHeaderLinks(header)
	if len(ch.Links) == 0 {
		ch.Links = ytTextLinks(ch.Description)
	}
	if ch.ID == "" {
		ch.ID = ytChannelIDOfURL(ytStr(data, "microformat", "microformatDataRenderer", "urlCanonical"))
	}
}

// ytReadPageHeader reads the pageHeaderViewModel of current channel pages:
// rows of metadata parts such as "@alice" | "1.2M subscribers" • "345 videos".
func ytReadPageHeader(vm map[string]any, ch *ytChannel) {
	if ch.Title == "" {
		ch.Title = ytStr(vm, "title", "dynamicTextViewModel", "text", "content")
	}
	if ch.Description == "" {
		ch.Description = ytStr(vm, "description", "descriptionPreviewViewModel", "description", "content")
	}
	if ch.AvatarURL == "" {
		if srcs := ytList(vm, "image", "decoratedAvatarViewModel", "avatar", "avatarViewModel", "image", "sources"); len(srcs) > 0 {
			ch.AvatarURL = ytStr(srcs[len(srcs)-1], "url")
		}
	}
	var unlabelled []string
	for _, row := range ytList(vm, "metadata", "contentMetadataViewModel", "metadataRows") {
		for _, part := range ytList(row, "metadataParts") {
			text := strings.TrimSpace(ytStr(part, "text", "content"))
			switch {
			case strings.HasPrefix(text, "@"):
				ch.Handle = strings.TrimPrefix(text, "@")
			case ytHasWord(text, ytSubscriberWords):
				ch.Subscribers, ch.SubscribersApprox = ytCount(text)
			case ytHasWord(text, ytVideoWords):
				ch.VideoCount, ch.VideoCountApprox = ytCount(text)
			default:
				unlabelled = append(unlabelled, text)
			}
		}
	}
	// In a language whose words Scout does not know, the order tells:
	// subscribers come before videos.
	for _, text := range unlabelled {
		n, approx := ytCount(text)
		switch {
		case n == nil:
		case ch.Subscribers == nil:
			ch.Subscribers, ch.SubscribersApprox = n, approx
		case ch.VideoCount == nil:
			ch.VideoCount, ch.VideoCountApprox = n, approx
		}
	}
}

// ytSubscriberWords and ytVideoWords recognise the count labels of channel
// headers in the languages YouTube serves most (lower case, prefixes).
var (
	ytSubscriberWords = []string{"subscriber", "suscriptor", "abonnent", "abonné", "abonne", "inscrit", "iscritt", "assinante", "inscrito", "subskryb", "подписчик", "登録者", "구독자", "订阅者", "abone"}
	ytVideoWords      = []string{"video", "vídeo", "vidéo", "видео", "動画", "동영상", "视频", "wideo"}
)

func ytHasWord(text string, words []string) bool {
	t := strings.ToLower(text)
	for _, w := range words {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// ytCount reads a count label ("1.2M subscribers", "4,69 millones de
// suscriptores"); nil when there is none ("No subscribers" is 0).
func ytCount(label string) (*int64, bool) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, false
	}
	n, approx, err := source.ParseCount(label)
	if err != nil {
		if l := strings.ToLower(label); strings.HasPrefix(l, "no ") || strings.HasPrefix(l, "sin ") || strings.HasPrefix(l, "keine ") || strings.HasPrefix(l, "aucun") {
			return scout.Int64(0), false
		}
		return nil, false
	}
	return scout.Int64(n), approx
}

// ytHeaderLinks collects the external links of a channel header: YouTube
// wraps them in /redirect?q=TARGET URLs under urlEndpoint objects.
func ytHeaderLinks(header map[string]any) []string {
	var out []string
	seen := map[string]bool{}
	ytWalk(header, func(key string, v any) bool {
		if key != "urlEndpoint" {
			return true
		}
		if l := ytExternalLink(ytStr(v, "url")); l != "" && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
		return false
	})
	return out
}

// ytExternalLink unwraps a YouTube redirect URL and returns its target when
// it leaves YouTube and Google sign-in; "" otherwise.
func ytExternalLink(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if strings.HasSuffix(strings.ToLower(u.Hostname()), "youtube.com") && u.Path == "/redirect" {
		if u, err = url.Parse(u.Query().Get("q")); err != nil {
			return ""
		}
	}
	host := strings.ToLower(u.Hostname())
	if (u.Scheme != "http" && u.Scheme != "https") || host == "" ||
		strings.HasSuffix(host, "youtube.com") || strings.HasSuffix(host, "google.com") {
		return ""
	}
	return u.String()
}

// ytReadMeta fills what ytInitialData lacked from the page's meta
// tags: og:url (/channel/UC…), og:title, og:description, og:image, and
// <meta itemprop="channelId">.
func ytReadMeta(doc *goquery.Document, ch *ytChannel) {
	meta := source.ReadMeta(doc)
	if ch.ID == "" {
		ch.ID = strings.TrimSpace(doc.Find(`meta[itemprop="channelId"], meta[itemprop="identifier"]`).First().AttrOr("content", ""))
		if !target.IsChannelID(ch.ID) {
			ch.ID = ytChannelIDOfURL(meta["og:url"])
		}
		if ch.ID == "" {
			ch.ID = ytChannelIDOfURL(doc.Find(`link[rel="canonical"]`).AttrOr("href", ""))
		}
	}
	if ch.Title == "" {
		ch.Title = source.FirstNonEmpty(meta["og:title"], meta["twitter:title"])
	}
	if ch.Description == "" {
		ch.Description = source.FirstNonEmpty(meta["og:description"], meta["description"])
	}
	if ch.AvatarURL == "" {
		ch.AvatarURL = source.FirstNonEmpty(meta["og:image"], meta["twitter:image"])
	}
}

// ytChannelIDOfURL returns the UC… id of a /channel/UC… URL, or "".
func ytChannelIDOfURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	segs := target.PathSegments(u)
	if len(segs) >= 2 && segs[0] == "channel" && target.IsChannelID(segs[1]) {
		return segs[1]
	}
	return ""
}

// ytHandleOfURL returns HANDLE of a …/@HANDLE URL, or "".
func ytHandleOfURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	segs := target.PathSegments(u)
	if len(segs) >= 1 && strings.HasPrefix(segs[0], "@") {
		return strings.TrimPrefix(segs[0], "@")
	}
	return ""
}

// ytVideoKeys are the renderers that list a video on channel pages:
// lockupViewModel on the current Videos and Live tabs,
// shortsLockupViewModel on the Shorts tab, videoRenderer on the older
// Videos tab (inside richItemRenderer), gridVideoRenderer in the home
// tab's shelves, reelItemRenderer for older Shorts,
// channelVideoPlayerRenderer for the featured video.
var ytVideoKeys = map[string]bool{
	FormatLockup: true, FormatShortsLockup: true,
	FormatVideoRenderer: true, "gridVideoRenderer": true, "reelItemRenderer": true, "channelVideoPlayerRenderer": true,
}

// ytVideos lists the channel's own videos in data, in page order, each
// once; a video listed twice (the featured player and a shelf) keeps the
// fields either listing gave. Videos whose byline or avatar names another
// channel (a home tab's shelves show other channels' uploads) are skipped,
// and so are upcoming premieres.
func ytVideos(data map[string]any, channelID string) []ytVideo {
	var out []ytVideo
	at := map[string]int{}
	ytWalk(data, func(key string, v any) bool {
		if !ytVideoKeys[key] {
			return true
		}
		m, _ := v.(map[string]any)
		var vid ytVideo
		owner := ""
		switch key {
		case FormatLockup:
			var ok bool
			if vid, owner, ok = ytLockupVideo(m); !ok {
				return false
			}
		case FormatShortsLockup:
			var ok bool
			if vid, ok = ytShortsLockupVideo(m); !ok {
				return false
			}
		default:
			if ytStr(m, "videoId") == "" || m["upcomingEventData"] != nil {
				return false
			}
			owner = ytStr(m, "shortBylineText", "runs", 0, "navigationEndpoint", "browseEndpoint", "browseId")
			if owner == "" {
				owner = ytStr(m, "ownerText", "runs", 0, "navigationEndpoint", "browseEndpoint", "browseId")
			}
			vid = ytVideoOf(m)
			vid.Format = key
			vid.Short = key == "reelItemRenderer"
		}
		if owner != "" && channelID != "" && owner != channelID {
			return false
		}
		if i, ok := at[vid.ID]; ok {
			out[i] = mergeYTVideo(out[i], vid)
			return false
		}
		at[vid.ID] = len(out)
		out = append(out, vid)
		return false
	})
	return out
}

// ytVideoOf reads one video renderer.
func ytVideoOf(m map[string]any) ytVideo {
	vid := ytVideo{
		ID:          ytStr(m, "videoId"),
		Title:       source.FirstNonEmpty(ytText(ytPath(m, "title")), ytText(ytPath(m, "headline"))),
		Description: source.FirstNonEmpty(ytText(ytPath(m, "description")), ytText(ytPath(m, "descriptionSnippet"))),
		Published:   ytText(ytPath(m, "publishedTimeText")),
		Thumbnail:   ytLastThumbnail(ytPath(m, "thumbnail", "thumbnails")),
	}
	views := ytText(ytPath(m, "viewCountText"))
	if views == "" {
		views = ytText(ytPath(m, "shortViewCountText"))
	}
	vid.Views, _ = ytCount(views)
	length := ytText(ytPath(m, "lengthText"))
	for _, o := range ytList(m, "thumbnailOverlays") {
		if length == "" {
			length = ytText(ytPath(o, "thumbnailOverlayTimeStatusRenderer", "text"))
		}
	}
	vid.Duration = ytClock(length)
	return vid
}

// mergeYTVideo fills a's missing fields from b.
func mergeYTVideo(a, b ytVideo) ytVideo {
	a.Title = source.FirstNonEmpty(a.Title, b.Title)
	if len(b.Description) > len(a.Description) {
		a.Description = b.Description
	}
	a.Published = source.FirstNonEmpty(a.Published, b.Published)
	a.Thumbnail = source.FirstNonEmpty(a.Thumbnail, b.Thumbnail)
	if a.Views == nil {
		a.Views = b.Views
	}
	if a.Duration == 0 {
		a.Duration = b.Duration
	}
	a.Short = a.Short || b.Short
	a.Live = a.Live || b.Live
	return a
}

// ytClock reads a "1:02:03" or "4:13" video length; 0 when absent.
func ytClock(s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	total := 0
	for _, part := range strings.Split(s, ":") {
		n := 0
		if part == "" || len(part) > 4 {
			return 0
		}
		for _, c := range part {
			if c < '0' || c > '9' {
				return 0
			}
			n = n*10 + int(c-'0')
		}
		total = total*60 + n
	}
	return total
}

// ytRelativeUnits maps the time words of "3 days ago" (and of "hace 3
// días", "vor 3 Tagen", "il y a 3 jours", "há 3 dias", "3 giorni fa") to
// their length. Months are 30 days and years 365: the page says no more.
var ytRelativeUnits = []struct {
	words []string
	d     time.Duration
}{
	{[]string{"second", "segundo", "sekunde", "seconde", "secondo"}, time.Second},
	{[]string{"minute", "minuto", "minuten"}, time.Minute},
	{[]string{"hour", "hora", "stunde", "heure", "ora", "ore"}, time.Hour},
	{[]string{"day", "día", "dia", "tag", "jour", "giorn"}, 24 * time.Hour},
	{[]string{"week", "semana", "woche", "semaine", "settiman"}, 7 * 24 * time.Hour},
	{[]string{"month", "mes", "monat", "mois", "mês", "mese", "mesi"}, 30 * 24 * time.Hour},
	{[]string{"year", "año", "ano", "jahr", "an", "anno", "anni"}, 365 * 24 * time.Hour},
}

// ytReRelative finds the number and the first word after it.
var ytReRelative = regexp.MustCompile(`(\d+)\s*(\pL+)`)

// ParseRelativeTime turns a label such as "3 days ago" into a date: now
// minus the span, cut to the day (UTC) so that re-crawls on one day agree.
// The result is approximate, within one unit of the text ("2 months ago"
// is 60 days ago, give or take a month). ok is false when s names no span
// (live streams, upcoming premieres, an empty label). Exported so that
// every reader of such labels agrees on them; YouTube channel pages are
// the first.
func ParseRelativeTime(s string, now time.Time) (time.Time, bool) {
	m := ytReRelative.FindStringSubmatch(strings.ToLower(s))
	if m == nil {
		return time.Time{}, false
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
		if n > 10000 {
			return time.Time{}, false
		}
	}
	word := m[2]
	// The longest matching word wins ("ano" over "an").
	var best time.Duration
	bestLen := 0
	for _, u := range ytRelativeUnits {
		for _, w := range u.words {
			if strings.HasPrefix(word, w) && len(w) > bestLen {
				best, bestLen = u.d, len(w)
			}
		}
	}
	if bestLen == 0 {
		return time.Time{}, false
	}
	t := now.Add(-time.Duration(n) * best).UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// ytWalk calls fn for every object member in v, depth first, in document
// order; fn returns false to skip the member's value.
func ytWalk(v any, fn func(key string, v any) bool) {
	switch x := v.(type) {
	case map[string]any:
		// Go's map order is random: keys are walked sorted; arrays, which
		// hold the page order, are walked in order.
		for _, k := range ytSortedKeys(x) {
			if fn(k, x[k]) {
				ytWalk(x[k], fn)
			}
		}
	case []any:
		for _, e := range x {
			ytWalk(e, fn)
		}
	}
}

// ytText reads YouTube's text objects: {"simpleText": …}, {"runs": [{"text":
// …}, …]} or {"content": …}.
func ytText(v any) string {
	m, _ := v.(map[string]any)
	if m == nil {
		return ""
	}
	if s := ytString(m["simpleText"]); s != "" {
		return s
	}
	if s := ytString(m["content"]); s != "" {
		return s
	}
	var b strings.Builder
	for _, r := range ytList(m, "runs") {
		b.WriteString(ytStr(r, "text"))
	}
	return b.String()
}

// ytLastThumbnail returns the URL of the last (largest) of a thumbnails list.
func ytLastThumbnail(v any) string {
	l, _ := v.([]any)
	if len(l) == 0 {
		return ""
	}
	return ytStr(l[len(l)-1], "url")
}

// ytPath follows a path of object keys (string) and array indexes (int).
func ytPath(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k < 0 || k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func ytMap(v any, path ...any) map[string]any {
	m, _ := ytPath(v, path...).(map[string]any)
	return m
}

func ytList(v any, path ...any) []any {
	l, _ := ytPath(v, path...).([]any)
	return l
}

func ytStr(v any, path ...any) string { return ytString(ytPath(v, path...)) }

// ytSortedKeys returns m's keys in order, so walks are deterministic.
func ytSortedKeys(m map[string]any) []string {
	return slices.Sorted(maps.Keys(m))
}

func ytString(v any) string {
	s, _ := v.(string)
	return s
}
