package twitch

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// user is a Helix User.
type user struct {
	ID              string `json:"id"`
	Login           string `json:"login"`
	DisplayName     string `json:"display_name"`
	Type            string `json:"type"`
	BroadcasterType string `json:"broadcaster_type"` // "partner", "affiliate" or ""
	Description     string `json:"description"`
	ProfileImageURL string `json:"profile_image_url"`
	CreatedAt       string `json:"created_at"`
}

// account builds the scout.Account. Helix gives no video total and, with
// an app token, no following count: both stay unknown.
func (u *user) account(at time.Time) scout.Account {
	profile := "https://www.twitch.tv/" + strings.ToLower(u.Login)
	bio := source.CleanText(u.Description, source.MaxBioRunes)
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformTwitch, u.ID),
		Platform:    scout.PlatformTwitch,
		Handle:      strings.ToLower(u.Login),
		URL:         profile,
		DisplayName: source.CleanText(source.FirstNonEmpty(u.DisplayName, u.Login), source.MaxNameRunes),
		Bio:         bio,
		Links:       source.DedupeLinks(profile, source.TextURLs(bio)),
		AvatarURL:   source.CutBytes(source.AbsURL(nil, u.ProfileImageURL, false), source.MaxURLBytes),
		FetchedAt:   at,
	}
	if u.BroadcasterType != "" {
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: "Broadcaster type", Value: source.CleanText(u.BroadcasterType, 40)})
	}
	return acc
}

// channel is a Helix ChannelInformation.
type channel struct {
	BroadcasterLanguage string   `json:"broadcaster_language"`
	GameName            string   `json:"game_name"`
	Title               string   `json:"title"`
	Tags                []string `json:"tags"`
	ClassificationLabel []string `json:"content_classification_labels"`
	IsBrandedContent    bool     `json:"is_branded_content"`
}

// fill adds what the channel tells to the account's fields: its language,
// category, tags and content labels, and the branded-content flag of the
// current stream.
func (c *channel) fill(a *scout.Account) {
	add := func(name, value string) {
		if v := source.CleanText(value, source.MaxTitleRunes); v != "" {
			a.Fields = append(a.Fields, scout.ProfileField{Name: name, Value: v})
		}
	}
	add("Language", source.LangCode(c.BroadcasterLanguage))
	add("Category", c.GameName)
	add("Tags", strings.Join(c.Tags, ", "))
	add("Content labels", strings.Join(c.ClassificationLabel, ", "))
	if c.IsBrandedContent {
		add("Branded content", "the current stream is marked as branded content")
	}
}

// video is a Helix Video.
type video struct {
	ID          string `json:"id"`
	StreamID    string `json:"stream_id"`
	Title       string `json:"title"`
	Description string `json:"description"`
	CreatedAt   string `json:"created_at"`
	PublishedAt string `json:"published_at"`
	URL         string `json:"url"`
	Viewable    string `json:"viewable"`
	ViewCount   *int64 `json:"view_count"`
	Language    string `json:"language"`
	Type        string `json:"type"` // "archive", "highlight" or "upload"
	Duration    string `json:"duration"`
}

// post turns a video into a Post. Helix publishes views and length; likes
// and comments do not exist on Twitch videos and stay unknown.
func (v *video) post(accountID string) (scout.Post, bool) {
	if v.ID == "" || v.Viewable == "private" {
		return scout.Post{}, false
	}
	text := source.CleanText(v.Description, source.MaxTextRunes)
	title := source.CleanText(v.Title, source.MaxTitleRunes)
	p := scout.Post{
		ID:              "twitch:video:" + v.ID,
		AccountID:       accountID,
		URL:             source.FirstNonEmpty(source.AbsURL(nil, v.URL, false), "https://www.twitch.tv/videos/"+v.ID),
		PublishedAt:     source.FirstTime(v.PublishedAt, v.CreatedAt),
		Title:           title,
		Text:            source.FirstNonEmpty(text, title),
		Views:           source.SaneCount(v.ViewCount),
		MediaKind:       "video",
		DurationSeconds: twitchDuration(v.Duration),
		Language:        source.LangCode(v.Language),
		Links:           source.TextURLs(text),
	}
	if len(p.Links) > source.MaxPostLinks {
		p.Links = p.Links[:source.MaxPostLinks]
	}
	return p, true
}

// reDuration is Helix's video length: "3h8m33s", "45m2s", "59s".
var reDuration = regexp.MustCompile(`^(?:(\d{1,3})h)?(?:(\d{1,2})m)?(?:(\d{1,2})s)?$`)

// twitchDuration reads a Helix video length in seconds; 0 when unreadable.
func twitchDuration(s string) int {
	m := reDuration.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || s == "" {
		return 0
	}
	total := 0
	for i, mult := range []int{3600, 60, 1} {
		if m[i+1] != "" {
			n, _ := strconv.Atoi(m[i+1])
			total += n * mult
		}
	}
	return total
}
