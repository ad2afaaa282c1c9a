package fediverse

import (
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
)

// mastoMention is a Mention entity of a Mastodon status: the mentioned
// account's profile URL and acct.
type mastoMention struct {
	URL  string `json:"url"`
	Acct string `json:"acct"`
}

// mentionTargets returns the profile URLs of the accounts s mentions (a
// boost's own mentions list is empty, so boosts give none).
func (s *mastoStatus) mentionTargets() []string {
	var out []string
	for _, m := range s.Mentions {
		if u := source.AbsURL(nil, m.URL, false); u != "" {
			out = crawler.AppendMentions(out, u)
		}
	}
	return out
}

// mastoProfileFields keeps a Mastodon account's fields as plain text, so
// that contacts ("Business: hello@example.com") and places ("Location:
// Lisbon") can be read from them.
func mastoProfileFields(fs []mastoField) []scout.ProfileField {
	var out []scout.ProfileField
	for _, f := range fs {
		name := source.CleanText(f.Name, source.MaxTitleRunes)
		value := source.PlainText(f.Value, source.MaxBioRunes)
		if name == "" && value == "" {
			continue
		}
		out = append(out, scout.ProfileField{Name: name, Value: value})
	}
	return out
}
