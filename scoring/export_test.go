package scoring

import "slices"

// GeneratedHandle exposes the handle test of the follower-sample check to
// the external tests.
var GeneratedHandle = generatedHandle

// TopicTermCount lists the languages whose term lists name topic slug.
func TopicTermCount(slug string) []string {
	t, err := loadTopicTerms()
	if err != nil {
		return nil
	}
	var langs []string
	for _, lang := range LexiconLanguages {
		for _, slugs := range t.by[lang] {
			if slices.Contains(slugs, slug) {
				langs = append(langs, lang)
				break
			}
		}
	}
	return langs
}
