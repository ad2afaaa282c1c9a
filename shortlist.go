package scout

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Stage is where a shortlisted creator is in a campaign's outreach. The
// values appear in the API, the CLI and exports, so they never change.
type Stage string

// Stages of a shortlist entry, in the order outreach moves through them.
const (
	StageCandidate   Stage = "candidate"
	StageContacted   Stage = "contacted"
	StageNegotiating Stage = "negotiating"
	StageBooked      Stage = "booked"
	StageRejected    Stage = "rejected"
)

// Stages lists every stage in outreach order, for validation messages and
// pickers.
var Stages = []Stage{StageCandidate, StageContacted, StageNegotiating, StageBooked, StageRejected}

// ValidateStage accepts a known stage and refuses anything else with
// EINVALID naming the allowed values.
func ValidateStage(s Stage) error {
	for _, v := range Stages {
		if s == v {
			return nil
		}
	}
	names := make([]string, len(Stages))
	for i, v := range Stages {
		names[i] = string(v)
	}
	return Errorf(EINVALID, "stage must be one of %s; got %q", strings.Join(names, ", "), s)
}

// Limits on shortlist text, so one request cannot bloat the store.
const (
	MaxShortlistName = 200
	MaxDescription   = 4000
	MaxNote          = 4000
	MaxTags          = 50
	MaxTagLength     = 100
	// MaxTargetsPerAdd caps how many pasted targets one request may add;
	// a longer list is a seeds file for `scout crawl`.
	MaxTargetsPerAdd = 1000
)

// Shortlist is a named list of creators a recruiter is working through,
// each with an outreach stage, a note and tags. FindShortlists returns
// shortlists without Entries (EntryCount says how many there are);
// FindShortlistByID loads them.
type Shortlist struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Description string           `json:"description"`
	EntryCount  int              `json:"entry_count"`
	Entries     []ShortlistEntry `json:"entries,omitempty"`
	CreatedAt   time.Time        `json:"created_at"`
	UpdatedAt   time.Time        `json:"updated_at"`
}

// Validate trims the name and rejects an empty or oversized shortlist with
// EINVALID.
func (s *Shortlist) Validate() error {
	s.Name = strings.TrimSpace(s.Name)
	switch {
	case s.Name == "":
		return Errorf(EINVALID, "shortlist name is required")
	case utf8.RuneCountInString(s.Name) > MaxShortlistName:
		return Errorf(EINVALID, "shortlist name is longer than %d characters", MaxShortlistName)
	case utf8.RuneCountInString(s.Description) > MaxDescription:
		return Errorf(EINVALID, "description is longer than %d characters", MaxDescription)
	}
	return nil
}

// ShortlistEntry is one creator on a shortlist. An entry added by a URL or
// PLATFORM:HANDLE that Scout had not crawled yet has no CreatorID: it keeps
// the Target, is PendingCrawl, and is resolved to its creator once a crawl
// has stored the account.
type ShortlistEntry struct {
	// CreatorID is the creator's id; empty while the entry is pending.
	CreatorID string `json:"creator_id,omitempty"`
	// Target is the URL or PLATFORM:HANDLE the entry was added by, when
	// it was added that way.
	Target string   `json:"target,omitempty"`
	Stage  Stage    `json:"stage"`
	Note   string   `json:"note"`
	Tags   []string `json:"tags"`
	// PendingCrawl is true while the target is unknown to Scout.
	PendingCrawl bool `json:"pending_crawl,omitempty"`
	// CrawlJobID is the crawl job queued for a pending target, when a
	// crawl queue was available.
	CrawlJobID string `json:"crawl_job_id,omitempty"`
	// Position orders entries in the order they were added.
	Position  int       `json:"position"`
	AddedAt   time.Time `json:"added_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Key identifies the entry within its shortlist: the creator id, or for a
// pending entry "target:" and its normalised target.
func (e *ShortlistEntry) Key() string {
	if e.CreatorID != "" {
		return e.CreatorID
	}
	return PendingKey(e.Target)
}

// PendingKey is the entry key of a pending target.
func PendingKey(target string) string {
	if k, ok := TargetKey(target); ok {
		return "target:" + k
	}
	return "target:" + strings.TrimSpace(target)
}

// Validate fills the default stage and tidies the tags, and rejects an
// entry without creator or target, an unknown stage or oversized text with
// EINVALID.
func (e *ShortlistEntry) Validate() error {
	if e.Stage == "" {
		e.Stage = StageCandidate
	}
	if err := ValidateStage(e.Stage); err != nil {
		return err
	}
	if e.CreatorID == "" && e.Target == "" {
		return Errorf(EINVALID, "an entry needs a creator_id or a target")
	}
	if utf8.RuneCountInString(e.Note) > MaxNote {
		return Errorf(EINVALID, "note is longer than %d characters", MaxNote)
	}
	tags, err := CleanTags(e.Tags)
	if err != nil {
		return err
	}
	e.Tags = tags
	return nil
}

// CleanTags trims tags, drops empty and repeated ones (keeping the first
// spelling) and enforces the limits. It never returns nil, so tags encode
// as [] rather than null.
func CleanTags(in []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, t := range in {
		t = strings.TrimSpace(t)
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		if utf8.RuneCountInString(t) > MaxTagLength {
			return nil, Errorf(EINVALID, "tag %.20q… is longer than %d characters", t, MaxTagLength)
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	if len(out) > MaxTags {
		return nil, Errorf(EINVALID, "at most %d tags per entry; got %d", MaxTags, len(out))
	}
	return out, nil
}

// ShortlistFilter selects shortlists for FindShortlists.
type ShortlistFilter struct {
	Offset int
	Limit  int // 0 means no limit
}

// ShortlistUpdate changes a shortlist; nil fields are left as they are.
type ShortlistUpdate struct {
	Name        *string
	Description *string
}

// EntryUpdate changes one entry; nil fields are left as they are. CreatorID
// resolves a pending entry to the creator a crawl stored (and clears
// PendingCrawl).
type EntryUpdate struct {
	Stage      *Stage
	Note       *string
	Tags       *[]string
	CreatorID  *string
	CrawlJobID *string
}

// ShortlistService keeps shortlists and their entries (implemented by store
// on bbolt).
type ShortlistService interface {
	// CreateShortlist validates s, assigns ID, CreatedAt and UpdatedAt and
	// stores it without entries. EINVALID when Validate rejects it.
	CreateShortlist(ctx context.Context, s *Shortlist) error
	// FindShortlistByID returns the shortlist with its entries in the
	// order they were added. ENOTFOUND when there is none.
	FindShortlistByID(ctx context.Context, id string) (*Shortlist, error)
	// FindShortlists returns a page of shortlists (oldest first, without
	// entries) and the number stored. EINVALID for negative paging.
	FindShortlists(ctx context.Context, filter ShortlistFilter) ([]*Shortlist, int, error)
	// UpdateShortlist renames or re-describes a shortlist and returns it
	// without entries. ENOTFOUND when absent, EINVALID for a bad name.
	UpdateShortlist(ctx context.Context, id string, upd ShortlistUpdate) (*Shortlist, error)
	// DeleteShortlist removes a shortlist and its entries. ENOTFOUND when
	// absent.
	DeleteShortlist(ctx context.Context, id string) error
	// AddEntries adds entries (each validated) in one transaction. An
	// entry whose key is already on the list is left untouched and
	// returned in existing, so pasting the same list twice is harmless.
	// ENOTFOUND when the shortlist is absent, EINVALID for a bad entry
	// (then nothing is added).
	AddEntries(ctx context.Context, id string, entries []ShortlistEntry) (added, existing []ShortlistEntry, err error)
	// UpdateEntry changes the entry with the given key (see
	// ShortlistEntry.Key). ENOTFOUND when the shortlist or the entry is
	// absent, EINVALID for a bad stage, note or tags, ECONFLICT when
	// resolving a pending entry to a creator already on the list.
	UpdateEntry(ctx context.Context, id, key string, upd EntryUpdate) (*ShortlistEntry, error)
	// DeleteEntry removes an entry. ENOTFOUND when the shortlist or the
	// entry is absent.
	DeleteEntry(ctx context.Context, id, key string) error
}

// HiddenCreator is a creator a team never wants to see in search results
// again (already declined, a competitor's ambassador, ...), with why.
type HiddenCreator struct {
	CreatorID string    `json:"creator_id"`
	Reason    string    `json:"reason"`
	HiddenAt  time.Time `json:"hidden_at"`
}

// HiddenService keeps the "hide this creator" list that search and search
// exports leave out (implemented by store on bbolt).
type HiddenService interface {
	// HideCreator adds h (setting HiddenAt) or, when the creator is already
	// hidden, replaces the reason and keeps the first HiddenAt. It reports
	// whether the creator was newly hidden. EINVALID without a creator id.
	HideCreator(ctx context.Context, h *HiddenCreator) (created bool, err error)
	// UnhideCreator removes a creator from the list. ENOTFOUND when it was
	// not hidden.
	UnhideCreator(ctx context.Context, creatorID string) error
	// FindHidden returns the list, most recently hidden first.
	FindHidden(ctx context.Context) ([]*HiddenCreator, error)
	// HiddenIDs returns the hidden creator ids as a set, for filtering.
	HiddenIDs(ctx context.Context) (map[string]bool, error)
}

// TargetResolver finds the stored creators behind pasted targets (account
// URLs, PLATFORM:HANDLE, @user@instance, account ids), so adding a known
// creator to a shortlist needs no crawl.
type TargetResolver interface {
	// ResolveTargets returns target (as given) → creator id for the
	// targets that match a stored account; unknown targets are absent.
	ResolveTargets(ctx context.Context, targets []string) (map[string]string, error)
}

// CrawlRequester queues a crawl of targets Scout does not know yet, such as
// the unknown lines of a pasted shortlist. It returns the crawl job's id.
type CrawlRequester interface {
	RequestCrawl(ctx context.Context, targets []string) (jobID string, err error)
}

// ParseTargetLines splits pasted text into targets: one per line (commas and
// whitespace also separate), blank lines and lines starting with # skipped,
// repeats dropped. It returns EINVALID naming the first line that is not a
// URL, PLATFORM:HANDLE or @user@instance.
func ParseTargetLines(lines []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, t := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			k, ok := TargetKey(t)
			if !ok {
				return nil, Errorf(EINVALID, "line %d: %q is not a URL, PLATFORM:HANDLE or @user@instance", i+1, t)
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// TargetKey normalises a pasted target to one matching key, so that the
// spellings of one account meet: "https://bsky.app/profile/Alice.bsky.social"
// and "bluesky:@alice.bsky.social" both give "bluesky:alice.bsky.social",
// "https://example.social/@bob" and "mastodon:@bob@example.social" give
// "fedi:bob@example.social", and any other URL gives "url:HOST/PATH"
// (lower-case host without www., no scheme, query or trailing slash).
// ok is false for text that is none of these.
func TargetKey(target string) (key string, ok bool) {
	keys := targetKeys(strings.TrimSpace(target))
	if len(keys) == 0 {
		return "", false
	}
	return keys[0], true
}

// TargetKeys returns every key a pasted target may match (its TargetKey
// first), or nil when it is not a target.
func TargetKeys(target string) []string { return targetKeys(strings.TrimSpace(target)) }

// AccountKeys returns the keys under which an account is found by a pasted
// target: its id, its URL and its handle in PLATFORM:HANDLE form.
func AccountKeys(a *Account) []string {
	var keys []string
	if a.ID != "" {
		keys = append(keys, "id:"+strings.ToLower(a.ID))
	}
	host := ""
	if a.URL != "" {
		keys = append(keys, targetKeys(a.URL)...)
		if u, err := url.Parse(a.URL); err == nil {
			host = strings.ToLower(u.Host)
		}
	}
	h := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(a.Handle), "@"))
	if h == "" {
		return keys
	}
	switch a.Platform {
	case PlatformMastodon, PlatformFediverse:
		if !strings.Contains(h, "@") && host != "" {
			h += "@" + host
		}
		keys = append(keys, "fedi:"+h)
	case PlatformWeb:
	default:
		keys = append(keys, string(a.Platform)+":"+h)
	}
	return keys
}

func targetKeys(s string) []string {
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return nil
	}
	lower := strings.ToLower(s)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		return urlKeys(s)
	}
	if strings.HasPrefix(s, "@") { // @user@instance
		if user, inst, ok := strings.Cut(lower[1:], "@"); ok && user != "" && strings.Contains(inst, ".") {
			return []string{"fedi:" + user + "@" + inst}
		}
		return nil
	}
	platform, rest, ok := strings.Cut(lower, ":")
	if !ok || rest == "" || !isWord(platform) || strings.HasPrefix(rest, "/") || urlSchemes[platform] {
		return nil // not PLATFORM:HANDLE; "ftp://…", "javascript:…" and the like are no targets
	}
	rest = strings.TrimPrefix(rest, "@")
	if rest == "" {
		return nil
	}
	id := []string{"id:" + lower}
	switch Platform(platform) {
	case PlatformMastodon, PlatformFediverse:
		user, instance, ok := strings.Cut(rest, "@")
		if !ok || !isHandle(user) || !isInstance(instance) {
			return nil
		}
		return append([]string{"fedi:" + rest}, id...)
	case PlatformWeb:
		keys := urlKeys(strings.TrimPrefix(s[len(platform)+1:], "@"))
		if keys == nil {
			return nil
		}
		return append(keys, id...)
	case PlatformBluesky:
		if !isHandle(rest) && !isDID(rest) {
			return nil
		}
	default:
		if !isHandle(rest) {
			return nil // "bluesky:javascript:alert(5)", "youtube:@a/b"
		}
	}
	return append([]string{platform + ":" + rest}, id...)
}

// urlSchemes are URL schemes that pasted text may carry where a platform
// name goes ("javascript:alert(5)", "data:text/html,…"): never platforms.
var urlSchemes = map[string]bool{
	"http": true, "https": true, "javascript": true, "vbscript": true, "data": true, "blob": true,
	"file": true, "ftp": true, "ftps": true, "sftp": true, "mailto": true, "tel": true, "sms": true,
	"about": true, "chrome": true, "view-source": true, "intent": true, "ws": true, "wss": true,
	"gopher": true, "dict": true, "ldap": true, "jar": true, "urn": true, "ssh": true, "telnet": true,
}

// isHandle reports whether h is a plausible account handle on any
// platform: letters, digits, "_", "." and "-" only, so nothing that could
// be read as a scheme, a path or a host:port.
func isHandle(h string) bool {
	if h == "" {
		return false
	}
	for _, r := range h {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// isInstance reports whether s is host[:port] of a fediverse server.
func isInstance(s string) bool {
	host, port, hasPort := strings.Cut(s, ":")
	if !strings.Contains(host, ".") || !isHandle(host) {
		return false
	}
	if hasPort {
		if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			return false
		}
	}
	return true
}

// isDID reports whether s has the DID syntax did:METHOD:ID (lower case, as
// targetKeys sees it).
func isDID(s string) bool {
	method, id, ok := strings.Cut(strings.TrimPrefix(s, "did:"), ":")
	if !ok || !strings.HasPrefix(s, "did:") || method == "" || id == "" {
		return false
	}
	for _, r := range method {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, r := range id {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && !strings.ContainsRune("._:%-", r) {
			return false
		}
	}
	return true
}

func urlKeys(s string) []string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := strings.TrimRight(u.EscapedPath(), "/")
	keys := []string{}
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	switch {
	case host == "bsky.app" && len(segs) >= 2 && segs[0] == "profile":
		keys = append(keys, "bluesky:"+strings.ToLower(segs[1]))
	case (host == "youtube.com" || host == "m.youtube.com") && len(segs) >= 1 && strings.HasPrefix(segs[0], "@"):
		keys = append(keys, "youtube:"+strings.ToLower(segs[0][1:]))
	case (host == "youtube.com" || host == "m.youtube.com") && len(segs) >= 2 && segs[0] == "channel":
		keys = append(keys, "youtube:"+strings.ToLower(segs[1]))
	case len(segs) == 1 && strings.HasPrefix(segs[0], "@") && len(segs[0]) > 1:
		keys = append(keys, "fedi:"+strings.ToLower(segs[0][1:])+"@"+host)
	case len(segs) == 2 && segs[0] == "users" && segs[1] != "":
		keys = append(keys, "fedi:"+strings.ToLower(segs[1])+"@"+host)
	}
	return append(keys, "url:"+host+strings.ToLower(path))
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' && r != '-' {
			return false
		}
	}
	return true
}
