// Package importer reads creator lists that other tools exported (from
// Instagram, TikTok and other platforms Scout does not crawl) into
// scout.Profile values, so that `scout import` can store, score and index
// them like crawled creators.
//
// It is its own package, not part of crawler, because importing is not
// fetching: it makes no request, needs none of the fetch layer's
// dependencies, and its contract is a file format. It imports only the
// root package and the standard library.
//
// Two formats carry the same columns: CSV (a header row naming the columns,
// in any order) and JSON Lines (one object per line, which may also carry
// the account's recent posts). Every row is validated before anything is
// returned; a file with any bad row yields an *Error listing each bad row
// by line number and no profiles at all, so a caller that validates first
// and writes after never half-imports a file.
//
// Imported accounts are keyed PLATFORM:handle, lower-cased
// ("instagram:alice.bakes"): the exports carry no stable platform id, so
// the handle is the best key there is. A creator who renames an account is
// a new account on the next import.
package importer

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/scout-oss/scout"
)

// Format is a file format Read understands.
type Format string

// Formats. FormatOf picks one from a file name.
const (
	CSV   Format = "csv"
	JSONL Format = "jsonl"
)

// Columns are the CSV header names and JSON Lines keys, in documentation
// order. platform and handle are required; the rest may be empty.
var Columns = []string{
	"platform", "handle", "url", "display_name", "bio", "followers", "following",
	"posts_count", "links", "avatar_url", "as_of",
}

// Limits of one row. They keep a malformed export (a bio column that
// swallowed the rest of the file) from being stored.
const (
	maxHandle      = 100
	maxDisplayName = 200
	maxBio         = 5000
	maxLinks       = 50
	maxURL         = 2048
	maxCount       = 1e13 // as in source.ParseCount (crawler/source): nobody has ten trillion followers
	maxPosts       = 500
	maxPostText    = 10000
	maxDuration    = 7 * 24 * 3600
	// MaxReported is how many bad rows an *Error lists before it only
	// counts them.
	MaxReported = 50
)

// crawledPlatforms are read by Scout's own adapters, with stable ids; an
// import would create a second, handle-keyed account for the same person.
var crawledPlatforms = map[string]string{
	"web": "scout crawl URL", "bluesky": "scout crawl bluesky:HANDLE", "mastodon": "scout crawl mastodon:@USER@INSTANCE",
	"fediverse": "scout crawl https://INSTANCE/@USER", "youtube": "scout crawl youtube:@HANDLE",
}

// profileURLs are the public profile URLs of common platforms, used when a
// row gives no url.
var profileURLs = map[string]string{
	"instagram": "https://www.instagram.com/%s/",
	"tiktok":    "https://www.tiktok.com/@%s",
	"twitch":    "https://www.twitch.tv/%s",
	"x":         "https://x.com/%s",
	"twitter":   "https://x.com/%s",
	"threads":   "https://www.threads.net/@%s",
}

var (
	rePlatform = regexp.MustCompile(`^[a-z][a-z0-9_-]{1,31}$`)
	reDate     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// Options are what a file does not say about itself.
type Options struct {
	// Name names the file in SourceURL ("import:NAME#LINE") and errors.
	Name string
	// AsOf is when the export was taken, for rows without an as_of
	// column. `scout import` uses the file's modification time, so that
	// importing the same file twice stores one snapshot, not two.
	AsOf time.Time
	// Now bounds dates: none may be more than a day after it. time.Now
	// when nil.
	Now func() time.Time
}

// RowError is one bad row (or, with Line 0, a problem with the whole
// file). Field is the column at fault, when one is.
type RowError struct {
	Line  int
	Field string
	Msg   string
}

func (e RowError) Error() string {
	s := ""
	if e.Line > 0 {
		s = fmt.Sprintf("line %d: ", e.Line)
	}
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Msg
}

// Error is returned for a file with bad rows: every one of them (up to
// MaxReported, then a count), so that a user fixes the file in one go.
type Error struct {
	Name string
	Rows []RowError
	More int // bad rows beyond MaxReported
}

func (e *Error) Error() string {
	n := len(e.Rows) + e.More
	s := fmt.Sprintf("import %s: %d bad row", e.Name, n)
	if n != 1 {
		s += "s"
	}
	if len(e.Rows) > 0 {
		s += "; first: " + e.Rows[0].Error()
	}
	return s
}

// add records a bad row.
func (e *Error) add(r RowError) {
	if len(e.Rows) < MaxReported {
		e.Rows = append(e.Rows, r)
		return
	}
	e.More++
}

// ErrUnknownFormat means FormatOf does not know the file's extension.
var ErrUnknownFormat = errors.New("unknown import format: want .csv, .jsonl or .ndjson")

// FormatOf returns the format a file name's extension names.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return CSV, nil
	case ".jsonl", ".ndjson":
		return JSONL, nil
	}
	return "", fmt.Errorf("%s: %w", name, ErrUnknownFormat)
}

// Read reads and validates a whole file. It returns the profiles of all
// rows, or, when any row is bad, nil and an *Error listing the bad rows.
// Other errors (a read failure) are returned as they are.
func Read(r io.Reader, f Format, opt Options) ([]scout.Profile, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.AsOf.IsZero() {
		opt.AsOf = opt.Now()
	}
	v := &validator{opt: opt, now: opt.Now(), bad: &Error{Name: opt.Name}, seen: map[string]int{}}
	var err error
	switch f {
	case CSV:
		err = v.readCSV(r)
	case JSONL:
		err = v.readJSONL(r)
	default:
		return nil, fmt.Errorf("import %s: %w", opt.Name, ErrUnknownFormat)
	}
	if err != nil {
		return nil, err
	}
	if len(v.bad.Rows) == 0 && len(v.profiles) == 0 {
		v.bad.add(RowError{Msg: "no rows"})
	}
	if len(v.bad.Rows) > 0 {
		return nil, v.bad
	}
	return v.profiles, nil
}

// validator turns rows into profiles, collecting what is wrong with them.
type validator struct {
	opt      Options
	now      time.Time
	bad      *Error
	seen     map[string]int // account id → line
	profiles []scout.Profile
}

// row is one row's fields before validation, whatever the format.
type row struct {
	line                                                     int
	platform, handle, url, displayName, bio, avatarURL, asOf string
	followers, following, postsCount                         string
	links                                                    []string
	posts                                                    []postRow
}

// postRow is one post of a JSON Lines row before validation.
type postRow struct {
	ID              string `json:"id"`
	URL             string `json:"url"`
	PublishedAt     string `json:"published_at"`
	Title           string `json:"title"`
	Text            string `json:"text"`
	Likes           *int64 `json:"likes"`
	Comments        *int64 `json:"comments"`
	Shares          *int64 `json:"shares"`
	Views           *int64 `json:"views"`
	MediaKind       string `json:"media_kind"`
	DurationSeconds int    `json:"duration_seconds"`
	Pinned          bool   `json:"pinned"`
	PaidPartnership bool   `json:"paid_partnership"`
}

// mediaKinds are the media_kind values of scout.Post.
var mediaKinds = map[string]bool{"": true, "text": true, "image": true, "video": true, "article": true, "link": true}

// add validates one row and keeps its profile when it is good.
func (v *validator) add(r row) {
	errs := 0
	fail := func(field, format string, args ...any) {
		errs++
		v.bad.add(RowError{Line: r.line, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	platform := strings.ToLower(strings.TrimSpace(r.platform))
	switch {
	case platform == "":
		fail("platform", "missing")
	case crawledPlatforms[platform] != "":
		fail("platform", "%s is crawled by Scout with stable ids: use %s", platform, crawledPlatforms[platform])
	case !rePlatform.MatchString(platform):
		fail("platform", "%q is not a platform name (lower-case letters, digits, - and _)", r.platform)
	}
	handle := strings.TrimPrefix(strings.TrimSpace(r.handle), "@")
	switch {
	case handle == "":
		fail("handle", "missing")
	case !utf8.ValidString(handle):
		fail("handle", "not valid UTF-8 (save the file as UTF-8)")
	case utf8.RuneCountInString(handle) > maxHandle:
		fail("handle", "longer than %d characters", maxHandle)
	case strings.ContainsFunc(handle, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsControl(c) || c == '/' || c == '@' }):
		fail("handle", "%q contains a space, /, @ or a control character", handle)
	}
	acc := scout.Account{Platform: scout.Platform(platform), Handle: handle, Links: []string{}}
	acc.ID = scout.AccountID(acc.Platform, strings.ToLower(handle))
	if line, dup := v.seen[acc.ID]; dup && platform != "" && handle != "" {
		fail("handle", "%s is already on line %d", acc.ID, line)
	} else {
		v.seen[acc.ID] = r.line
	}
	acc.URL = v.checkURL("url", r.url, fail)
	if acc.URL == "" && handle != "" {
		if pattern, ok := profileURLs[platform]; ok {
			acc.URL = fmt.Sprintf(pattern, url.PathEscape(handle))
		}
	}
	acc.AvatarURL = v.checkURL("avatar_url", r.avatarURL, fail)
	acc.DisplayName = checkText("display_name", r.displayName, maxDisplayName, fail)
	acc.Bio = checkText("bio", r.bio, maxBio, fail)
	acc.Followers = checkCount("followers", r.followers, fail)
	acc.Following = checkCount("following", r.following, fail)
	acc.PostsCount = checkCount("posts_count", r.postsCount, fail)
	if len(r.links) > maxLinks {
		fail("links", "%d links, at most %d", len(r.links), maxLinks)
	}
	for _, l := range r.links {
		if u := v.checkURL("links", l, fail); u != "" {
			acc.Links = append(acc.Links, u)
		}
	}
	acc.FetchedAt = v.opt.AsOf.UTC()
	if s := strings.TrimSpace(r.asOf); s != "" {
		if t, ok := v.checkTime("as_of", s, fail); ok {
			acc.FetchedAt = t
		}
	}
	p := scout.Profile{Account: acc, FetchedAt: acc.FetchedAt, SourceURL: fmt.Sprintf("import:%s#L%d", v.opt.Name, r.line)}
	if len(r.posts) > maxPosts {
		fail("posts", "%d posts, at most %d", len(r.posts), maxPosts)
	}
	postIDs := map[string]bool{}
	for i, pr := range r.posts {
		field := fmt.Sprintf("posts[%d]", i)
		post := scout.Post{
			AccountID: acc.ID, Title: checkText(field+".title", pr.Title, maxDisplayName, fail),
			Text:  checkText(field+".text", pr.Text, maxPostText, fail),
			Likes: pr.Likes, Comments: pr.Comments, Shares: pr.Shares, Views: pr.Views,
			MediaKind: pr.MediaKind, DurationSeconds: pr.DurationSeconds,
			Pinned: pr.Pinned, PaidPartnership: pr.PaidPartnership,
		}
		post.URL = v.checkURL(field+".url", pr.URL, fail)
		id := strings.TrimSpace(pr.ID)
		if id == "" {
			id = post.URL
		}
		switch {
		case id == "":
			fail(field+".id", "missing (give id or url)")
		case postIDs[id]:
			fail(field+".id", "%q appears twice", id)
		}
		postIDs[id] = true
		post.ID = acc.ID + "/" + id
		if strings.TrimSpace(pr.PublishedAt) == "" {
			fail(field+".published_at", "missing")
		} else if t, ok := v.checkTime(field+".published_at", pr.PublishedAt, fail); ok {
			post.PublishedAt = t
		}
		for _, c := range []struct {
			name string
			n    *int64
		}{{"likes", pr.Likes}, {"comments", pr.Comments}, {"shares", pr.Shares}, {"views", pr.Views}} {
			if c.n != nil && (*c.n < 0 || *c.n > maxCount) {
				fail(field+"."+c.name, "%d is not a count", *c.n)
			}
		}
		if !mediaKinds[pr.MediaKind] {
			fail(field+".media_kind", "%q is not text, image, video, article or link", pr.MediaKind)
		}
		if pr.DurationSeconds < 0 || pr.DurationSeconds > maxDuration {
			fail(field+".duration_seconds", "%d is not a length in seconds", pr.DurationSeconds)
		}
		p.Posts = append(p.Posts, post)
	}
	if errs == 0 {
		v.profiles = append(v.profiles, p)
	}
}

// checkURL returns s as an absolute http(s) URL, or "" (and a failure when
// s was not empty).
func (v *validator) checkURL(field, s string, fail func(string, string, ...any)) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(s) > maxURL {
		fail(field, "%q is not an absolute http(s) URL", clip(s))
		return ""
	}
	return u.String()
}

// checkTime reads an RFC 3339 time or a YYYY-MM-DD date (midnight UTC); it
// may not lie more than a day in the future.
func (v *validator) checkTime(field, s string, fail func(string, string, ...any)) (time.Time, bool) {
	s = strings.TrimSpace(s)
	var t time.Time
	var err error
	if reDate.MatchString(s) {
		t, err = time.Parse(time.DateOnly, s)
	} else {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		fail(field, "%q is not a date (2026-01-31) or an RFC 3339 time (2026-01-31T12:00:00Z)", clip(s))
		return time.Time{}, false
	}
	if t.After(v.now.Add(24 * time.Hour)) {
		fail(field, "%s is in the future", s)
		return time.Time{}, false
	}
	return t.UTC(), true
}

// checkText refuses invalid UTF-8 and over-long text.
func checkText(field, s string, max int, fail func(string, string, ...any)) string {
	s = strings.TrimSpace(s)
	switch {
	case !utf8.ValidString(s):
		fail(field, "not valid UTF-8 (save the file as UTF-8)")
		return ""
	case utf8.RuneCountInString(s) > max:
		fail(field, "longer than %d characters", max)
		return ""
	}
	return s
}

// checkCount reads a whole non-negative number; "" is unknown (nil).
// Abbreviations ("1.2k") are refused: an import should carry the exact
// count, and a guess would be stored as if it were one.
func checkCount(field, s string, fail func(string, string, ...any)) *int64 {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > maxCount {
		fail(field, "%q is not a whole number of 0 or more (write 1200, not 1.2k or 1,200)", clip(s))
		return nil
	}
	return scout.Int64(n)
}

// clip shortens s for an error message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "..."
}

// splitLinks splits a links cell on spaces, tabs, newlines and semicolons.
func splitLinks(s string) []string {
	return strings.FieldsFunc(s, func(c rune) bool { return unicode.IsSpace(c) || c == ';' })
}
