// Package index is Scout's full-text search over creators, built on Bleve v2
// (scorch). It implements scout.SearchIndex.
//
// The index is derived data: the store is the source of truth and `scout
// reindex` rebuilds the index from it with Create and Commit. That is why the
// mapping carries a version (see MappingVersion): an index built by another
// mapping is refused with a "run scout reindex" error rather than silently
// returning wrong results.
//
// One Bleve document per creator, keyed by the creator id:
//
//	field        type      analyzer          stored  docvalues
//	name         text      standard          yes     no
//	handle       keyword   (lower, no "@")   no      no
//	handle_text  text      handle parts      no      no
//	bio          text      en (stemming)     yes     no
//	posts        text      en (stemming)     no      no
//	platform     keyword   -                 no      yes (facets)
//	language     keyword   -                 no      yes (facets)
//	country      keyword   -                 no      yes (facets)
//	tier         keyword   -                 no      yes (facets)
//	followers    numeric   -                 no      yes (sort)
//	engagement   numeric   -                 no      yes (sort)
//	data_as_of   datetime  -                 no      no
//
// Text fields keep term vectors: Bleve records token positions only there,
// and phrase queries need them. Docvalues go to the sort keys and to the
// small categorical fields a results page facets on; the tier keyword is
// precomputed (scout.TierOf) because a numeric range facet reads every hit.
//
// Only name and bio are stored, because Bleve highlights from stored text
// and both are short. Posts are the bulk of a document (about 1.6 KB of its
// 2 KB); storing them would add that text to every document once more, so
// posts are searched but never highlighted. Categorical fields are keywords
// so that values such as the language code "it" (an English stop word) stay
// searchable.
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
package index
