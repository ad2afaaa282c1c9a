package youtube

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// ytMaxPages bounds playlistItems.list pages per channel whatever
// MaxVideos says: 10 pages are 500 videos and 10 units.
const ytMaxPages = 10

// ytShortMaxSeconds is the length up to which a video counts as short-form
// in the docs and tests (YouTube Shorts were at most 60 s until October
// 2024; the API has no Shorts flag).
const ytShortMaxSeconds = 60

// Data API v3 response shapes (developers.google.com/youtube/v3/docs),
// only the fields Scout reads. Counts are decimal strings in the API.
type (
	ytThumb  struct{ URL string }
	ytThumbs struct {
		Default, Medium, High *ytThumb
	}
	ytAPIChannel struct {
		ID      string `json:"id"`
		Snippet struct {
			Title       string   `json:"title"`
			Description string   `json:"description"`
			CustomURL   string   `json:"customUrl"`
			Thumbnails  ytThumbs `json:"thumbnails"`
			Country     string   `json:"country"` // ISO 3166-1 alpha-2, when the creator set one
		} `json:"snippet"`
		ContentDetails struct {
			RelatedPlaylists struct {
				Uploads string `json:"uploads"`
			} `json:"relatedPlaylists"`
		} `json:"contentDetails"`
		Statistics struct {
			SubscriberCount       *string `json:"subscriberCount"`
			HiddenSubscriberCount bool    `json:"hiddenSubscriberCount"`
			VideoCount            *string `json:"videoCount"`
		} `json:"statistics"`
	}
	ytAPIPlaylistItem struct {
		ContentDetails struct {
			VideoID          string `json:"videoId"`
			VideoPublishedAt string `json:"videoPublishedAt"`
		} `json:"contentDetails"`
	}
	ytAPIVideo struct {
		ID      string `json:"id"`
		Snippet struct {
			PublishedAt          string `json:"publishedAt"`
			Title                string `json:"title"`
			Description          string `json:"description"`
			LiveBroadcastContent string `json:"liveBroadcastContent"`
		} `json:"snippet"`
		ContentDetails struct {
			Duration string `json:"duration"`
		} `json:"contentDetails"`
		Statistics struct {
			ViewCount    *string `json:"viewCount"`
			LikeCount    *string `json:"likeCount"`
			CommentCount *string `json:"commentCount"`
		} `json:"statistics"`
	}
	ytAPIList[T any] struct {
		Items         []T    `json:"items"`
		NextPageToken string `json:"nextPageToken"`
	}
	ytAPIError struct {
		Error struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
			Errors  []struct {
				Reason string `json:"reason"`
			} `json:"errors"`
			Details []struct {
				Reason string `json:"reason"`
			} `json:"details"`
		} `json:"error"`
	}
)

// fetchAPI reads a channel through the Data API: channels.list, then the
// uploads playlist (playlistItems.list, up to MaxVideos), then videos.list
// for their statistics and durations. Only channels.list failing fails the
// target; later calls failing leave warnings and fewer posts.
func (y *Adapter) fetchAPI(ctx context.Context, client *http.Client, t target.Target, res *scout.CrawlResult) *scout.CrawlResult {
	q := url.Values{"part": {"snippet,statistics,contentDetails"}}
	if t.ID != "" {
		q.Set("id", t.ID)
	} else {
		q.Set("forHandle", "@"+t.Handle)
	}
	var chans ytAPIList[ytAPIChannel]
	if err := y.call(ctx, client, "channels", q, &chans); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return ytFail(res, "youtube channels.list", err)
	}
	res.Status = http.StatusOK
	if len(chans.Items) == 0 {
		return crawler.Failed(res, scout.FailNotFound, fmt.Errorf("youtube channels.list: no channel %s", t))
	}
	ch := chans.Items[0]
	p := y.apiProfile(ch, res.FetchedAt)
	res.Profile = p
	if ch.ContentDetails.RelatedPlaylists.Uploads == "" {
		return res
	}
	ids, err := y.uploads(ctx, client, ch.ContentDetails.RelatedPlaylists.Uploads)
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		ytWarn(res, y.api+"/playlistItems", "youtube playlistItems.list", err)
		if errors.Is(err, ErrQuota) {
			return res // videos.list would be refused the same way
		}
	}
	for start := 0; start < len(ids); start += 50 {
		batch := ids[start:min(start+50, len(ids))]
		var vids ytAPIList[ytAPIVideo]
		err := y.call(ctx, client, "videos", url.Values{
			"part": {"snippet,statistics,contentDetails"}, "id": {strings.Join(batch, ",")}, "maxResults": {"50"},
		}, &vids)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			ytWarn(res, y.api+"/videos", "youtube videos.list", err)
			break
		}
		for _, v := range vids.Items {
			if post, ok := y.apiPost(v, p.Account.ID); ok {
				p.Posts = append(p.Posts, post)
			}
		}
	}
	return res
}

// uploads returns the ids of the newest videos of an uploads playlist, at
// most MaxVideos, in pages of up to 50. A playlist that does not exist (a
// channel that never uploaded) is no videos, not an error.
func (y *Adapter) uploads(ctx context.Context, client *http.Client, playlist string) ([]string, error) {
	var ids []string
	token := ""
	for page := 0; page < ytMaxPages && len(ids) < y.maxVideos; page++ {
		q := url.Values{
			"part":       {"contentDetails"},
			"playlistId": {playlist},
			"maxResults": {strconv.Itoa(min(50, y.maxVideos-len(ids)))},
		}
		if token != "" {
			q.Set("pageToken", token)
		}
		var items ytAPIList[ytAPIPlaylistItem]
		if err := y.call(ctx, client, "playlistItems", q, &items); err != nil {
			var he *ytHTTPError
			if errors.As(err, &he) && he.kind == scout.FailNotFound {
				return ids, nil
			}
			return ids, err
		}
		for _, it := range items.Items {
			if id := it.ContentDetails.VideoID; id != "" && len(ids) < y.maxVideos {
				ids = append(ids, id)
			}
		}
		if items.NextPageToken == "" {
			break
		}
		token = items.NextPageToken
	}
	return ids, nil
}

// call spends one quota unit and GETs api/method?query into out. The key
// travels in the X-Goog-Api-Key header. A quotaExceeded answer from Google
// also uses up the local budget, so no further call is tried today.
func (y *Adapter) call(ctx context.Context, client *http.Client, method string, query url.Values, out any) error {
	if err := y.quota.Spend(1); err != nil {
		return err
	}
	u := y.api + "/" + method + "?" + query.Encode()
	ctx = crawler.WithAPI(ctx, 0) // the Data API: its quota, not robots.txt
	body, _, err := ytGet(ctx, client, u, http.Header{"X-Goog-Api-Key": {y.key}, "Accept": {"application/json"}}, ytClassifyAPIError)
	if err != nil {
		var he *ytHTTPError
		if errors.As(err, &he) && he.kind == scout.FailRateLimit && strings.Contains(he.msg, "quotaExceeded") {
			y.quota.Exhaust()
		}
		return err
	}
	if err := json.Unmarshal(body, out); err != nil {
		return &ytHTTPError{status: http.StatusOK, kind: scout.FailParse, msg: fmt.Sprintf("decode %s response: %v", method, err)}
	}
	return nil
}

// ytClassifyAPIError reads the Data API's error JSON: quota and rate
// reasons are rate_limited, an invalid or missing key auth_required.
func ytClassifyAPIError(status int, body []byte) (string, string) {
	var e ytAPIError
	if json.Unmarshal(body, &e) != nil || e.Error.Code == 0 {
		return "", ""
	}
	var reasons []string
	for _, r := range e.Error.Errors {
		reasons = append(reasons, r.Reason)
	}
	for _, d := range e.Error.Details {
		reasons = append(reasons, d.Reason)
	}
	msg := fmt.Sprintf("status %d: %s: %s", status, strings.Join(reasons, ","), source.PlainText(e.Error.Message, 300))
	for _, r := range reasons {
		switch r {
		case "quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded", "userRateLimitExceeded", "RATE_LIMIT_EXCEEDED":
			return scout.FailRateLimit, msg
		case "keyInvalid", "keyExpired", "API_KEY_INVALID", "forbidden", "accessNotConfigured", "ipRefererBlocked":
			return scout.FailAuth, msg
		}
	}
	return "", msg
}

// apiProfile builds the profile of a channels.list item. The API rounds
// subscriber counts of 1,000 and more down to three significant figures,
// so they are marked approximate; a hidden count is unknown (nil).
func (y *Adapter) apiProfile(ch ytAPIChannel, fetchedAt time.Time) *scout.Profile {
	handle := strings.TrimPrefix(ch.Snippet.CustomURL, "@")
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformYouTube, ch.ID),
		Platform:    scout.PlatformYouTube,
		Handle:      handle,
		URL:         y.channelURL(handle, ch.ID),
		DisplayName: source.CleanText(ch.Snippet.Title, source.MaxTitleRunes),
		Bio:         source.CleanText(ch.Snippet.Description, source.MaxBioRunes),
		Links:       ytTextLinks(ch.Snippet.Description),
		FetchedAt:   fetchedAt,
	}
	for _, th := range []*ytThumb{ch.Snippet.Thumbnails.High, ch.Snippet.Thumbnails.Medium, ch.Snippet.Thumbnails.Default} {
		if th != nil && th.URL != "" {
			acc.AvatarURL = th.URL
			break
		}
	}
	if !ch.Statistics.HiddenSubscriberCount {
		acc.Followers = ytAPICount(ch.Statistics.SubscriberCount)
		if acc.Followers != nil && *acc.Followers >= 1000 {
			acc.Approximate = append(acc.Approximate, "followers")
		}
	}
	acc.PostsCount = ytAPICount(ch.Statistics.VideoCount)
	if c := strings.TrimSpace(ch.Snippet.Country); c != "" {
		acc.Fields = []scout.ProfileField{{Name: "country", Value: source.CutBytes(c, 8)}}
	}
	return &scout.Profile{Account: acc, SourceURL: acc.URL, FetchedAt: fetchedAt}
}

// apiPost builds the post of a videos.list item. Live and upcoming
// broadcasts are skipped: their counts are not yet a video's. Likes and
// comments are nil when the creator hides or disables them.
func (y *Adapter) apiPost(v ytAPIVideo, accountID string) (scout.Post, bool) {
	if lb := v.Snippet.LiveBroadcastContent; lb == "live" || lb == "upcoming" {
		return scout.Post{}, false
	}
	published, err := time.Parse(time.RFC3339, v.Snippet.PublishedAt)
	if err != nil || v.ID == "" {
		return scout.Post{}, false
	}
	post := scout.Post{
		ID:              ytPostID(v.ID),
		AccountID:       accountID,
		URL:             y.watchURL(v.ID),
		PublishedAt:     published.UTC(),
		Title:           source.CleanText(v.Snippet.Title, source.MaxTitleRunes),
		Text:            source.CleanText(v.Snippet.Description, source.MaxTextRunes),
		Views:           ytAPICount(v.Statistics.ViewCount),
		Likes:           ytAPICount(v.Statistics.LikeCount),
		Comments:        ytAPICount(v.Statistics.CommentCount),
		MediaKind:       "video",
		DurationSeconds: source.ISODurationSeconds(v.ContentDetails.Duration),
		Links:           ytTextLinks(v.Snippet.Description),
		Format:          FormatDataAPI,
	}
	if post.Text == "" {
		post.Text = post.Title
	}
	return post, true
}

// ytAPICount reads one of the API's decimal-string counts; nil when absent,
// unreadable, negative or beyond any account's.
func ytAPICount(s *string) *int64 {
	if s == nil {
		return nil
	}
	n, err := strconv.ParseInt(*s, 10, 64)
	if err != nil {
		return nil
	}
	return source.SaneCount(&n)
}
