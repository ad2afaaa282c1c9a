// Package index is Scout's full-text search over creators, built on Bleve v2
// (scorch). It implements scout.SearchIndex.
//
// The index is derived data: the store is the source of truth and `scout
// reindex` rebuilds the index from it with Create and Commit. That is why the
// mapping carries a version (see MappingVersion): an index built by another
// mapping is refused with a "run scout reindex" error rather than silently
// returning wrong results.
//
// One Bleve document per creator, keyed by the creator id (mapping
// version 4):
//
//	field              type      analyzer          stored  docvalues
//	name               text      standard          yes     no
//	handle             keyword   (lower, no "@")   no      no
//	handle_text        text      handle parts      no      no
//	bio                text      en (stemming)     yes     no
//	posts              text      en (stemming)     no      no
//	platform           keyword   -                 no      yes (facet)
//	language           keyword   -                 no      yes (facet)
//	country            keyword   -                 no      yes (facet)
//	tier               keyword   -                 no      yes (facet)
//	brand_safety_band  keyword   -                 no      yes (facet)
//	flags              keyword   -                 no      yes (facet)
//	risk               keyword   "category:level"  no      no
//	format, brands, affiliate   keyword            no      no
//	has_contact, has_affiliate  boolean            no      no
//	followers, engagement, score_NAME   numeric    no      no (filters)
//	followers_on.PLATFORM       numeric (dynamic)  no      no (filter)
//	desc_KEY, asc_KEY  one term  (full precision)  no      yes (sorts)
//	data_as_of, last_post_at    datetime           no      no
//	topics             keyword   -                 no      yes (facet)
//	topic_share_SLUG   one term  (full precision)  no      yes (sort)
//	post_refs          keyword   not indexed       yes     no
//
// Facets are precomputed keywords with docvalues (the follower tier, the
// brand-safety band) because a numeric range facet reads every hit. Flags
// and risk leave out flags a reviewer dismissed: IndexCreators reads the
// reviews of each batch through SetReviews' ReviewFinder.
//
// Each sort key (followers, engagement, growth_30d, score_NAME) has two
// fields, both sorted descending: desc_KEY holds the value, asc_KEY its
// negation, and a missing value is a sentinel below everything in both. So
// unknown values sort last in either order, and every hit has a number from
// which Bleve's SearchAfter can resume; a cursor is those values plus the
// document id, tied to a hash of the query. Sort fields are not mapped:
// each document gets them as one full-precision numeric term with
// docvalues, where a numeric field would index 16 terms (one per
// precision shift, for range queries they never get) and keep all 16 in
// its docvalues; that took a third of the index (version 3; version 2
// indexes are refused). Topic shares, sorted only, are such fields too
// (version 4). Text fields keep term vectors:
// Bleve records token positions only there, and phrase queries and the
// lookalike explanation need them. The _all field is disabled.
//
// Only name and bio are stored, because Bleve highlights from stored text
// and both are short. Posts are the bulk of a document (about 1.6 KB of its
// 2 KB); storing them would add that text to every document once more, so
// posts are searched but never highlighted. Categorical fields are keywords
// so that values such as the language code "it" (an English stop word) stay
// searchable.
//
// Bulk builds (`scout reindex`, compact, doctor --fix) go through Load:
// the store is read on one goroutine while workers build documents and
// hand batches to Bleve side by side (the build index is not served, so
// no batch waits for another or for the disk), so reading, document
// building, Bleve's analysis and segment writing overlap. The build index
// merges nothing in the background; Optimize then merges all its
// segments in one pass, so each document is rewritten once rather than
// once per merge tier, before Commit swaps it in, and the serving process
// does not spend its first minutes merging a hundred segments (searches
// during those merges, with a crawl writing, took seconds).
//
// Searches never wait for writes. Scorch gives each search the snapshot
// that was current when it started; a batch being written (the crawl's,
// a delete) holds only the writers' own turn, and searches keep reading
// the snapshot before it until it is in. A write that fails (a full disk)
// degrades the index without ever exposing a search to a broken segment:
// see fault.go.
//
// Users get a small query language of their own, parsed here rather than by
// Bleve's query-string syntax (which would expose field names and boosts):
//
//	vegan baking          both words (in any of name, handle, bio, posts)
//	"sourdough starter"   the phrase
//	vegan OR vegetarian   either word; OR binds tighter than the implicit AND
//	-giveaway             without the word (or "-a phrase")
//
// Words are matched with the field's analyzer, so "bakes" finds "baking" in
// bios and posts; words that are only stop words ("the", "it") are ignored.
//
// Topics: a word or phrase that names a topic in any of Scout's languages
// (SetTopics' TopicLookup: "cucina", "kochen") also matches the creators
// of that topic, boosted above the bio and posts, and Search returns it as
// an expansion. topic_share_SLUG exists only for the creator's topics, so
// the share sort requires a filter on that one topic. post_refs holds each
// indexed post's id, element for element beside posts: the highlight
// query reads the matched posts' array positions and byte spans from the
// term vectors (SearchHit.PostMatches), and the caller cuts the snippet
// from the stored post, so post text is never stored here.
package index
