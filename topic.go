package scout

import (
	"slices"
	"time"
)

// Topic is one entry of Scout's topic list: a stable slug that search
// filters, facets, briefs and exports use, a display name, and the node of
// the IAB Tech Lab Content Taxonomy 3.1 it stands for, so that a brand can
// line Scout's topics up with the categories its ad tools already use.
type Topic struct {
	Slug string `json:"slug"`
	Name string `json:"name"`
	// IABID, IABName and IABTier name the taxonomy node (tier 1 or 2) by
	// its Unique ID and name in Content Taxonomy 3.1.
	IABID   string `json:"iab_id"`
	IABName string `json:"iab_name"`
	IABTier int    `json:"iab_tier"`
}

// TopicList is Scout's topic list, by slug. The IAB columns are taken by
// name from the IAB Tech Lab Content Taxonomy 3.1
// (https://github.com/InteractiveAdvertisingBureau/Taxonomies, "Content
// Taxonomies/Content Taxonomy 3.1.tsv"; CC BY 3.0, credited in NOTICE).
// Slugs are never renamed once published; new topics are appended. The
// words that assign each topic live with the scorer that assigns them
// (scoring/topics).
var TopicList = []Topic{
	{"arts_crafts", "Arts & crafts", "248", "Arts and Crafts", 2},
	{"automotive", "Automotive", "1", "Automotive", 1},
	{"beauty", "Beauty", "553", "Beauty", 2},
	{"books", "Books", "42", "Books and Literature", 1},
	{"education", "Education", "132", "Education", 1},
	{"fashion", "Fashion", "552", "Style & Fashion", 1},
	{"fitness", "Fitness", "225", "Fitness and Exercise", 2},
	{"food_drink", "Food & drink", "210", "Food & Drink", 1},
	{"gaming", "Video games", "680", "Video Gaming", 1},
	{"games_puzzles", "Board games & puzzles", "269", "Games and Puzzles", 2},
	{"health", "Health", "223", "Healthy Living", 1},
	{"home_garden", "Home & garden", "274", "Home & Garden", 1},
	{"music", "Music", "338", "Music", 2},
	{"news_politics", "News & politics", "386", "Politics", 1},
	{"parenting", "Parenting", "192", "Parenting", 2},
	{"personal_finance", "Personal finance", "391", "Personal Finance", 1},
	{"pets", "Pets", "422", "Pets", 1},
	{"science", "Science", "464", "Science", 1},
	{"sports", "Sports", "483", "Sports", 1},
	{"technology", "Technology", "596", "Technology & Computing", 1},
	{"travel", "Travel", "653", "Travel", 1},
}

// TopicBySlug returns the topic with this slug.
func TopicBySlug(slug string) (Topic, bool) {
	i := slices.IndexFunc(TopicList, func(t Topic) bool { return t.Slug == slug })
	if i < 0 {
		return Topic{}, false
	}
	return TopicList[i], true
}

// ValidTopic reports whether slug names a topic of TopicList.
func ValidTopic(slug string) bool {
	_, ok := TopicBySlug(slug)
	return ok
}

// TopicSlugs lists every topic slug, in TopicList order.
func TopicSlugs() []string {
	out := make([]string, len(TopicList))
	for i, t := range TopicList {
		out[i] = t.Slug
	}
	return out
}

// CreatorTopic is a topic assigned to a creator, with how much of what the
// creator publishes is about it and the evidence, so a user can check the
// assignment instead of trusting a label.
type CreatorTopic struct {
	Slug string `json:"slug"`
	// Share is the fraction of the creator's analysed texts about the
	// topic, the bio counting as two posts (0.42 is 42%).
	Share float64 `json:"share"`
	// Posts is how many analysed posts mention it, of Analysed; Bio is
	// true when the name or bio does.
	Posts    int  `json:"posts"`
	Analysed int  `json:"analysed"`
	Bio      bool `json:"bio"`
	// Evidence is where the topic's words were found: the bio and up to
	// a few posts, each with the words that matched.
	Evidence []TopicEvidence `json:"evidence"`
	// Version is the assigner's version ("tp-1").
	Version string `json:"version"`
}

// Sources of a TopicEvidence.
const (
	TopicInName = "name"
	TopicInBio  = "bio"
	TopicInPost = "post"
)

// TopicEvidence is one text in which a topic's words were found: the name,
// the bio or one post (with its id, URL and date), and the words as they
// were written there.
type TopicEvidence struct {
	Source      string     `json:"source"`
	PostID      string     `json:"post_id,omitempty"`
	URL         string     `json:"url,omitempty"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	Terms       []string   `json:"terms"`
}

// TopicShare returns the share of topic slug in ts, and whether ts has it.
func TopicShare(ts []CreatorTopic, slug string) (float64, bool) {
	for _, t := range ts {
		if t.Slug == slug {
			return t.Share, true
		}
	}
	return 0, false
}
