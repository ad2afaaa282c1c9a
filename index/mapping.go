package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/regexp"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/scout-oss/scout"
)

// MappingVersion identifies the document mapping this build writes. It is
// kept in the index's internal metadata; Open refuses an index with another
// version, because queries built for one mapping silently miss on another.
// Bump it on any change to the fields or analyzers below.
const MappingVersion = "4"

// versionKey is the internal-metadata key holding MappingVersion.
var versionKey = []byte("scout.mapping_version")

// Field names of the creator document.
const (
	fieldName       = "name"
	fieldHandle     = "handle"
	fieldHandleText = "handle_text"
	fieldBio        = "bio"
	fieldPosts      = "posts"
	fieldPlatform   = "platform"
	fieldLanguage   = "language"
	fieldCountry    = "country"
	fieldTier       = "tier"
	fieldFollowers  = "followers"
	fieldEngagement = "engagement"
	fieldDataAsOf   = "data_as_of"

	// fieldFollowersOn is a sub-document of one numeric field per platform
	// ("followers_on.bluesky"), mapped dynamically because imported
	// accounts may name any platform.
	fieldFollowersOn = "followers_on"
	fieldScorePrefix = "score_" // + a scout.ScoreNames entry: numeric filter
	fieldFlags       = "flags"  // active (not dismissed) flag codes
	fieldRisk        = "risk"   // "category:level" per brand-safety category above none
	fieldBand        = "brand_safety_band"
	fieldLastPostAt  = "last_post_at"
	fieldHasContact  = "has_contact"
	fieldFormat      = "format"
	fieldBrands      = "brands"        // lower-case brand names
	fieldAffiliate   = "affiliate"     // lower-case affiliate network names
	fieldHasAffil    = "has_affiliate" // bool

	// fieldTopics holds the creator's topic slugs (facet and filter);
	// fieldTopicSharePrefix + slug the share of each (sort), present
	// only for the creator's topics: the share sort needs a topic filter,
	// so every hit it orders has the value.
	fieldTopics           = "topics"
	fieldTopicSharePrefix = "topic_share_"
	// fieldPostRefs is stored only, one element per element of posts:
	// the post's id, so a match in posts can name its post.
	fieldPostRefs = "post_refs"

	// Sort keys have two docvalues fields each, both sorted
	// descending: desc_KEY holds the value and asc_KEY its negation, and a
	// missing value is missingSortValue in both. So a missing value sorts
	// last in either order, and every hit has a number that Bleve's
	// SearchAfter can resume from (it cannot resume from "missing").
	fieldDescPrefix = "desc_"
	fieldAscPrefix  = "asc_"
)

// Sort keys with their own sort fields (see fieldDescPrefix).
const (
	sortKeyFollowers  = "followers"
	sortKeyEngagement = "engagement"
	sortKeyGrowth     = "growth_30d"
)

// sortKeys lists every key with sort fields.
func sortKeys() []string {
	keys := []string{sortKeyFollowers, sortKeyEngagement, sortKeyGrowth}
	for _, n := range scout.ScoreNames {
		keys = append(keys, fieldScorePrefix+n)
	}
	return keys
}

// missingSortValue stands for "no value" in sort fields; it is below any
// real value or negated value Scout indexes.
const missingSortValue = -1e15

// Names of the custom analysis components.
const (
	handleTokenizer = "scout_handle_parts"
	handleAnalyzer  = "scout_handle"
)

// newMapping builds Scout's explicit mapping: no dynamic fields, no _all
// field, nothing stored or given docvalues unless a feature needs it.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = standard.Name
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	// Handles are split on everything but letters and digits, so "alice"
	// finds "@alice.bsky.social" and "alice@mastodon.social".
	if err := im.AddCustomTokenizer(handleTokenizer, map[string]any{
		"type":   regexp.Name,
		"regexp": `[\p{L}\p{N}]+`,
	}); err != nil {
		return nil, fmt.Errorf("define handle tokenizer: %w", err)
	}
	if err := im.AddCustomAnalyzer(handleAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     handleTokenizer,
		"token_filters": []any{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("define handle analyzer: %w", err)
	}

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldName, textField(standard.Name, true))
	dm.AddFieldMappingsAt(fieldHandle, keywordField(false))
	dm.AddFieldMappingsAt(fieldHandleText, textField(handleAnalyzer, false))
	dm.AddFieldMappingsAt(fieldBio, textField(en.AnalyzerName, true))
	dm.AddFieldMappingsAt(fieldPosts, textField(en.AnalyzerName, false))
	dm.AddFieldMappingsAt(fieldPlatform, keywordField(true))
	dm.AddFieldMappingsAt(fieldLanguage, keywordField(true))
	dm.AddFieldMappingsAt(fieldCountry, keywordField(true))
	dm.AddFieldMappingsAt(fieldTier, keywordField(true))
	dm.AddFieldMappingsAt(fieldFollowers, numericField())
	dm.AddFieldMappingsAt(fieldEngagement, numericField())
	dm.AddFieldMappingsAt(fieldDataAsOf, dateField())
	dm.AddFieldMappingsAt(fieldLastPostAt, dateField())
	for _, n := range scout.ScoreNames {
		dm.AddFieldMappingsAt(fieldScorePrefix+n, numericField())
	}
	// The sort fields (desc_KEY, asc_KEY) are not mapped: bleveDocument
	// adds them to each document as single-term docvalues fields.
	dm.AddFieldMappingsAt(fieldFlags, keywordField(true))
	dm.AddFieldMappingsAt(fieldRisk, keywordField(false))
	dm.AddFieldMappingsAt(fieldBand, keywordField(true))
	dm.AddFieldMappingsAt(fieldFormat, keywordField(false))
	dm.AddFieldMappingsAt(fieldBrands, keywordField(false))
	dm.AddFieldMappingsAt(fieldAffiliate, keywordField(false))
	dm.AddFieldMappingsAt(fieldHasContact, boolField())
	dm.AddFieldMappingsAt(fieldHasAffil, boolField())
	dm.AddFieldMappingsAt(fieldTopics, keywordField(true))
	// The topic shares (topic_share_SLUG) are not mapped either: sorted
	// only, under a filter on that topic, they are one-term docvalues
	// fields like the sort fields.
	pr := bleve.NewKeywordFieldMapping()
	plain(pr, false)
	pr.Index, pr.Store = false, true
	dm.AddFieldMappingsAt(fieldPostRefs, pr)
	// Stored only, never searched: scout doctor reads it (doctor.go).
	fp := bleve.NewKeywordFieldMapping()
	plain(fp, false)
	fp.Index, fp.Store = false, true
	dm.AddFieldMappingsAt(fieldFingerprint, fp)

	// Per-platform follower counts: the only dynamic part of the mapping.
	// Dynamic fields take the index-wide defaults below (indexed, neither
	// stored nor given docvalues); the root mapping stays static.
	im.IndexDynamic = true
	fo := bleve.NewDocumentMapping()
	fo.Dynamic = true
	dm.AddSubDocumentMapping(fieldFollowersOn, fo)

	// No _all field: every query names its fields, and numeric dynamic
	// fields would otherwise be copied into it.
	all := bleve.NewDocumentDisabledMapping()
	dm.AddSubDocumentMapping("_all", all)

	im.DefaultMapping = dm
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("validate mapping: %w", err)
	}
	return im, nil
}

// textField is an indexed text field with term vectors: Bleve keeps token
// positions only in term vectors, and phrase queries need positions. Only
// the highlighted fields are stored, as Bleve highlights from stored text.
func textField(analyzer string, highlight bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = analyzer
	plain(f, false)
	f.IncludeTermVectors = true
	f.Store = highlight
	return f
}

func keywordField(docValues bool) *mapping.FieldMapping {
	f := bleve.NewKeywordFieldMapping()
	f.Analyzer = keyword.Name
	plain(f, docValues)
	return f
}

func numericField() *mapping.FieldMapping {
	f := bleve.NewNumericFieldMapping()
	plain(f, false)
	return f
}

func dateField() *mapping.FieldMapping {
	f := bleve.NewDateTimeFieldMapping()
	plain(f, false)
	return f
}

func boolField() *mapping.FieldMapping {
	f := bleve.NewBooleanFieldMapping()
	plain(f, false)
	return f
}

// plain turns off everything Bleve enables by default.
func plain(f *mapping.FieldMapping, docValues bool) {
	f.Index = true
	f.Store = false
	f.IncludeTermVectors = false
	f.IncludeInAll = false
	f.DocValues = docValues
}

// analyzers are the ones the query builder consults to drop words that no
// searched field would index (stop words, lone punctuation).
type analyzers struct {
	name, text analysis.Analyzer
}

func newAnalyzers(im *mapping.IndexMappingImpl) (analyzers, error) {
	a := analyzers{name: im.AnalyzerNamed(standard.Name), text: im.AnalyzerNamed(en.AnalyzerName)}
	if a.name == nil || a.text == nil {
		return a, fmt.Errorf("analyzers %q and %q are not registered", standard.Name, en.AnalyzerName)
	}
	return a, nil
}

// indexable reports whether s yields at least one token in the name, bio or
// posts fields. The handle analyzer keeps stop words, so it is not asked.
func (a analyzers) indexable(s string) bool {
	return len(a.name.Analyze([]byte(s))) > 0 || len(a.text.Analyze([]byte(s))) > 0
}
