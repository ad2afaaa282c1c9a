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
)

// MappingVersion identifies the document mapping this build writes. It is
// kept in the index's internal metadata; Open refuses an index with another
// version, because queries built for one mapping silently miss on another.
// Bump it on any change to the fields or analyzers below.
const MappingVersion = "1"

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
)

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
	dm.AddFieldMappingsAt(fieldFollowers, numericField(true))
	dm.AddFieldMappingsAt(fieldEngagement, numericField(true))
	dt := bleve.NewDateTimeFieldMapping()
	plain(dt, false)
	dm.AddFieldMappingsAt(fieldDataAsOf, dt)

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

func numericField(docValues bool) *mapping.FieldMapping {
	f := bleve.NewNumericFieldMapping()
	plain(f, docValues)
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
