package scoring

import (
	"bufio"
	"embed"
	"fmt"
	"math"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/snowballstem"

	"github.com/scout-oss/scout"
)

// VersionTopics names the topic assigner: the rules below and the term
// lists in topics/. Every CreatorTopic carries it.
const VersionTopics = "tp-1"

// Topic assignment tuning. A text is the name, the bio or one post; the
// bio (with the name) weighs as much as bioWeight posts, because it is
// what the creator says they are about. A topic is assigned when its share
// of the weighted texts reaches topicMinShare and it is seen in the bio or
// in at least topicMinPosts posts making topicMinPostShare, so one
// passing mention ("food-safe finish" in a woodworker's post) never makes
// a topic.
const (
	bioWeight     = 2
	topicMinShare = 0.15
	topicMinPosts = 2
	// topicMinPostShare is the share a topic seen only in posts needs.
	topicMinPostShare  = 0.25
	maxCreatorTopics   = 5
	topicPosts         = 30 // newest posts read, as the index does (scout.DefaultPostLimit)
	maxTopicEvidence   = 5  // evidence texts kept per topic
	maxTopicPhraseSize = 4  // longest term, in words
)

//go:embed topics
var topicFiles embed.FS

// topicTerms is the compiled term lists: per language, the stemmed form of
// each term ("stem stem") → the topics it names.
type topicTerms struct {
	by map[string]map[string][]string
	// starts is, per language and first word of a key ("=word" for an
	// exact one), the most words of a term that starts with it, so a scan
	// tries only the lengths a term has.
	starts map[string]map[string]int
}

var (
	topicsOnce sync.Once
	topicsLex  *topicTerms
	topicsErr  error
)

// loadTopicTerms compiles topics/<lang>.txt once.
func loadTopicTerms() (*topicTerms, error) {
	topicsOnce.Do(func() {
		topicsLex, topicsErr = parseTopicTerms()
	})
	return topicsLex, topicsErr
}

func parseTopicTerms() (*topicTerms, error) {
	t := &topicTerms{by: map[string]map[string][]string{}, starts: map[string]map[string]int{}}
	env := snowballstem.NewEnv("")
	for _, lang := range LexiconLanguages {
		name := path.Join("topics", lang+".txt")
		f, err := topicFiles.Open(name)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		t.by[lang] = map[string][]string{}
		t.starts[lang] = map[string]int{}
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			slug, terms, ok := strings.Cut(line, ":")
			slug = strings.TrimSpace(slug)
			if !ok || !scout.ValidTopic(slug) {
				f.Close()
				return nil, fmt.Errorf("%s:%d: want \"slug: term, ...\" with a slug of scout.TopicList; got %q", name, n, line)
			}
			for _, term := range strings.Split(terms, ",") {
				term = strings.TrimSpace(term)
				key := topicStemKey(env, lang, words(term))
				if exact, ok := strings.CutPrefix(term, "="); ok {
					// An exact term: its stem would catch other words
					// (Spanish "comida" stems to "com", as "cómo" does).
					key = exactKey(words(exact))
				}
				fields := strings.Fields(key)
				if key == "" || len(fields) > maxTopicPhraseSize {
					continue
				}
				t.starts[lang][fields[0]] = max(t.starts[lang][fields[0]], len(fields))
				if !slices.Contains(t.by[lang][key], slug) {
					t.by[lang][key] = append(t.by[lang][key], slug)
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	return t, nil
}

// exactPrefix marks the key of an exact term, which never equals a stem
// key (stems hold no "=").
const exactPrefix = "="

// exactKey is the lookup form of an exact term: its words accent-folded,
// unstemmed.
func exactKey(ws []string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = foldAccents(w)
	}
	return exactPrefix + strings.Join(parts, " ")
}

// topicStemKey is the lookup form of a run of words in lang: each word stemmed
// and accent-folded, joined by spaces.
func topicStemKey(env *snowballstem.Env, lang string, ws []string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = foldAccents(stemWith(env, lang, w))
	}
	return strings.Join(parts, " ")
}

// TopicLexicon answers which topics a search word names, in any of the
// languages of the term lists; index uses it to expand a query word to
// its topic ("cucina" → food_drink).
type TopicLexicon struct{}

// LookupTopics returns the slugs of the topics whose term lists hold text
// (a word or a phrase) in any language, sorted; nil when none does.
func (TopicLexicon) LookupTopics(text string) []string {
	t, err := loadTopicTerms()
	if err != nil {
		return nil
	}
	ws := words(text)
	if len(ws) == 0 || len(ws) > maxTopicPhraseSize {
		return nil
	}
	env := snowballstem.NewEnv("")
	var out []string
	for _, lang := range LexiconLanguages {
		for _, key := range []string{topicStemKey(env, lang, ws), exactKey(ws)} {
			for _, slug := range t.by[lang][key] {
				if !slices.Contains(out, slug) {
					out = append(out, slug)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// topicScan collects, for one creator, which texts name which topics. It
// keeps each word's stem per language, since a creator's name, bio and
// posts repeat their words, and one key buffer for the lookups.
type topicScan struct {
	t     *topicTerms
	env   *snowballstem.Env
	stems map[string]map[string]string // lang → word → folded stem
	key   []byte
}

// stem is w's accent-folded stem in lang, computed once per scan.
func (s *topicScan) stem(lang, w string) string {
	m := s.stems[lang]
	if m == nil {
		if s.stems == nil {
			s.stems = map[string]map[string]string{}
		}
		m = map[string]string{}
		s.stems[lang] = m
	}
	st, ok := m[w]
	if !ok {
		st = foldAccents(stemWith(s.env, lang, w))
		m[w] = st
	}
	return st
}

// lookup returns the topics of the words ws joined by spaces after
// prefix, in the term list by; the key is built in the scan's buffer, so
// a miss allocates nothing.
func (s *topicScan) lookup(by map[string][]string, prefix string, ws []string) []string {
	s.key = append(s.key[:0], prefix...)
	for i, w := range ws {
		if i > 0 {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, w...)
	}
	return by[string(s.key)]
}

// scan returns, per topic, the words of text (as written) that named it.
// It reads the text once: at each word it tries the longest term first,
// in each of the scan's languages.
func (s *topicScan) scan(text string, langs []string) map[string][]string {
	ws := words(text)
	if len(ws) == 0 {
		return nil
	}
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = foldAccents(w)
	}
	stems := make([][]string, len(langs))
	terms := make([]map[string][]string, len(langs))
	for l, lang := range langs {
		terms[l] = s.t.by[lang]
		stems[l] = make([]string, len(ws))
		for i, w := range ws {
			stems[l][i] = s.stem(lang, w)
		}
	}
	var hits map[string][]string
	caps := make([]int, len(langs)) // per language, the longest term that starts at i
	for i := 0; i < len(ws); i++ {
		longest := 0
		for l, lang := range langs {
			starts := s.t.starts[lang]
			s.key = append(append(s.key[:0], exactPrefix...), folded[i]...)
			caps[l] = max(starts[stems[l][i]], starts[string(s.key)])
			longest = max(longest, caps[l])
		}
		matched := 0
		for n := min(longest, len(ws)-i); n >= 1 && matched == 0; n-- {
			for l := range langs {
				if n > caps[l] {
					continue
				}
				slugs := s.lookup(terms[l], "", stems[l][i:i+n])
				if len(slugs) == 0 {
					slugs = s.lookup(terms[l], exactPrefix, folded[i:i+n])
				}
				if len(slugs) == 0 {
					continue
				}
				if hits == nil {
					hits = map[string][]string{}
				}
				phrase := strings.Join(ws[i:i+n], " ")
				for _, slug := range slugs {
					if !slices.Contains(hits[slug], phrase) {
						hits[slug] = append(hits[slug], phrase)
					}
				}
				matched = n
				break
			}
		}
		if matched > 1 {
			i += matched - 1
		}
	}
	return hits
}

// textLangs are the languages a text is matched in: its own (a post's
// declared or detected language, else the creator's) plus English, whose
// words travel into every language; all term-list languages when neither
// is known.
func textLangs(lang string) []string {
	lang = strings.ToLower(lang)
	if _, ok := stemmers[lang]; !ok {
		return LexiconLanguages
	}
	if lang == "en" {
		return []string{"en"}
	}
	return []string{lang, "en"}
}

// Topics assigns c's topics from its name, bio and newest posts (see the
// package documentation, "Topics"). It is pure and deterministic; the
// Ingester calls it beside Score, so `scout rescore` brings stored
// creators up to date. A creator without clear topics gets nil.
func (e *Engine) Topics(c *scout.Creator) []scout.CreatorTopic {
	return AssignTopics(c)
}

// AssignTopics is Engine.Topics without an engine.
func AssignTopics(c *scout.Creator) []scout.CreatorTopic {
	t, err := loadTopicTerms()
	if err != nil || c == nil {
		return nil
	}
	s := &topicScan{t: t, env: snowballstem.NewEnv("")}
	creatorLang := ""
	if c.Language != nil {
		creatorLang = *c.Language
	}
	type tally struct {
		bio      bool
		posts    int
		evidence []scout.TopicEvidence
	}
	tallies := map[string]*tally{}
	get := func(slug string) *tally {
		if tallies[slug] == nil {
			tallies[slug] = &tally{}
		}
		return tallies[slug]
	}
	hasProfile := false
	for _, part := range []struct{ source, text string }{{scout.TopicInName, c.Name}, {scout.TopicInBio, c.Bio}} {
		if strings.TrimSpace(part.text) == "" {
			continue
		}
		hasProfile = true
		for slug, terms := range s.scan(part.text, textLangs(creatorLang)) {
			tl := get(slug)
			tl.bio = true
			tl.evidence = append(tl.evidence, scout.TopicEvidence{Source: part.source, Terms: terms})
		}
	}
	analysed := 0
	for i := range c.Posts {
		if analysed == topicPosts {
			break
		}
		p := &c.Posts[i]
		if p.IsRepost {
			continue
		}
		text := strings.TrimSpace(p.Title + "\n" + p.Text)
		if text == "" {
			continue
		}
		analysed++
		lang := p.Language
		if lang == "" {
			lang = creatorLang
		}
		for slug, terms := range s.scan(text, textLangs(lang)) {
			tl := get(slug)
			tl.posts++
			if len(tl.evidence) < maxTopicEvidence {
				at := p.PublishedAt.UTC()
				ev := scout.TopicEvidence{Source: scout.TopicInPost, PostID: p.ID, URL: p.URL, Terms: terms}
				if !at.IsZero() {
					ev.PublishedAt = &at
				}
				tl.evidence = append(tl.evidence, ev)
			}
		}
	}
	total := analysed
	if hasProfile {
		total += bioWeight
	}
	if total == 0 {
		return nil
	}
	var out []scout.CreatorTopic
	for slug, tl := range tallies {
		weight := tl.posts
		if tl.bio {
			weight += bioWeight
		}
		share := math.Round(float64(weight)/float64(total)*100) / 100
		if share < topicMinShare || !tl.bio && (tl.posts < topicMinPosts || share < topicMinPostShare) {
			continue
		}
		out = append(out, scout.CreatorTopic{Slug: slug, Share: share, Posts: tl.posts, Analysed: analysed,
			Bio: tl.bio, Evidence: tl.evidence, Version: VersionTopics})
	}
	slices.SortFunc(out, func(a, b scout.CreatorTopic) int {
		if a.Share != b.Share {
			if a.Share > b.Share {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	if len(out) > maxCreatorTopics {
		out = out[:maxCreatorTopics]
	}
	return out
}
