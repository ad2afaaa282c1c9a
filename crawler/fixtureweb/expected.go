package fixtureweb

import (
	"encoding/json"
	"fmt"
	"io/fs"
)

// ExpectedFile is the name of the machine-readable list of what the fixture
// web should yield, at the root of the file tree (EXPECTED.md is its
// human-readable twin).
const ExpectedFile = "expected.json"

// Expected is what a correct crawl of the fixture web yields: the creators
// it holds and the failures it is built to cause. End-to-end tests compare
// their results with it instead of repeating the numbers.
type Expected struct {
	Creators []ExpectedCreator `json:"creators"`
	Failures []ExpectedFailure `json:"failures"`
	// NeverFetch are URLs that robots.txt forbids: a polite crawler never
	// requests them, whatever the seeds say.
	NeverFetch []string `json:"never_fetch"`
	// Merges are the people whose accounts identity resolution must join
	// into one creator, each on verifiable evidence.
	Merges []ExpectedMerge `json:"merges"`
	// Namesakes are pairs of keys of different people with the same
	// display name: they must stay two creators.
	Namesakes [][]string `json:"namesakes"`
}

// ExpectedMerge is one person with several accounts that link each other
// verifiably; Keys are ExpectedCreator keys, Evidence says how for people.
type ExpectedMerge struct {
	Person   string   `json:"person"`
	Keys     []string `json:"keys"`
	Evidence string   `json:"evidence"`
}

// ExpectedCreator is one account of the fixture web as its pages publish it.
// Counts are nil when the source does not publish them.
type ExpectedCreator struct {
	Key    string `json:"key"`    // short unique name, for test tables
	Person string `json:"person"` // the same for accounts of one person
	Name   string `json:"name"`   // display name, entities decoded
	Handle string `json:"handle"` // "" for blogs
	Site   string `json:"site"`   // fixture hostname
	URL    string `json:"url"`    // profile URL (a seed)
	// Format is how the page publishes the profile: "jsonld" (ProfilePage
	// with posts inside), "opengraph" (counts in og:description, posts in a
	// feed), "feed" (a blog without counts, posts in a feed), "siterule" (a
	// page only a site rule reads: a Telegram channel preview, a link-in-bio
	// page; no posts) or "podcast" (a podcast feed given as the seed); for
	// platform accounts, the API the adapter reads: "bluesky" (XRPC),
	// "mastodon" (REST API), "activitypub" (actor and outbox) or "youtube"
	// (channel pages).
	Format string `json:"format"`
	// Platform is the scout.Platform the account is stored under.
	Platform string `json:"platform"`
	// Seed is the target seeds.txt lists for the account when it is not
	// URL (bluesky:HANDLE: a Bluesky account's URL is on bsky.app).
	Seed       string `json:"seed,omitempty"`
	Language   string `json:"language"`
	Niche      string `json:"niche"`
	Followers  *int64 `json:"followers"`
	Following  *int64 `json:"following"`
	PostsCount *int64 `json:"posts_count"`
	// Approximate names the counts published rounded ("4,69 mil").
	Approximate []string `json:"approximate"`
	Posts       int      `json:"posts"` // posts on the page or in its feed
	Feed        string   `json:"feed"`  // the linked feed, "" when none
	Me          []string `json:"me"`    // rel="me" links
	// SponsoredPosts counts captions with "#ad", "use code", "Werbung" or
	// "paid partnership"; VideoPosts those with a view count.
	SponsoredPosts int    `json:"sponsored_posts"`
	VideoPosts     int    `json:"video_posts"`
	NewestPost     string `json:"newest_post"` // RFC 3339, UTC
	OldestPost     string `json:"oldest_post"`
	// MedianEngagement is the median (likes+comments+shares)/followers over
	// the 12 newest posts, when both are published.
	MedianEngagement *float64 `json:"median_engagement,omitempty"`
	Note             string   `json:"note,omitempty"`
}

// ExpectedFailure is a URL built to fail, with the scout.Fail* kind a
// correct crawler records for it. Seed tells whether seeds.txt lists it.
type ExpectedFailure struct {
	URL  string `json:"url"`
	Kind string `json:"kind"`
	Seed bool   `json:"seed"`
	Why  string `json:"why"`
}

// ReadExpected reads expected.json from the root of fsys, URLs in fixture
// form. It needs no running server, so extractor tests can use it on the
// files directly.
func ReadExpected(fsys fs.FS) (*Expected, error) {
	b, err := fs.ReadFile(fsys, ExpectedFile)
	if err != nil {
		return nil, fmt.Errorf("fixtureweb: expected: %w", err)
	}
	var e Expected
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("fixtureweb: expected: decode %s: %w", ExpectedFile, err)
	}
	return &e, nil
}

// Expected reads expected.json with every URL rewritten to its live form,
// ready to compare with what a crawl of this Web reported.
func (w *Web) Expected() (*Expected, error) {
	e, err := ReadExpected(w.fsys)
	if err != nil {
		return nil, err
	}
	for i := range e.Creators {
		c := &e.Creators[i]
		c.URL = w.Rewrite(c.URL)
		c.Feed = w.Rewrite(c.Feed)
		c.Seed = w.Rewrite(c.Seed)
		for j := range c.Me {
			c.Me[j] = w.Rewrite(c.Me[j])
		}
	}
	for i := range e.Failures {
		e.Failures[i].URL = w.Rewrite(e.Failures[i].URL)
	}
	for i := range e.NeverFetch {
		e.NeverFetch[i] = w.Rewrite(e.NeverFetch[i])
	}
	return e, nil
}
