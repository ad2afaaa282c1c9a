package ingest

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
)

// maxContacts bounds the contacts kept per creator.
const maxContacts = 10

var (
	// reEmail is an e-mail address in text. The character before it is
	// checked separately: "@alice@example.social" is a fediverse handle.
	reEmail = regexp.MustCompile(`(?i)[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}`)
	// reObfAt and reObfDot are the bracketed spellings people use to hide
	// addresses from harvesters: "[at]", "(at)", "{at}", " [ät] ",
	// "[arroba]", "(chiocciola)", "[dot]", "(punto)", "[.]".
	reObfAt  = regexp.MustCompile(`(?i)\s*[\[\(\{<]\s*(?:at|@|ät|arroba|chiocciola|arobase|klammeraffe)\s*[\]\)\}>]\s*`)
	reObfDot = regexp.MustCompile(`(?i)\s*[\[\(\{<]\s*(?:dot|\.|punto|ponto|punkt|point)\s*[\]\)\}>]\s*`)
	// reSpelledEmail is the unbracketed "name at domain dot com": only
	// when the words AT and DOT appear in that shape, with a plausible
	// top-level domain, so that ordinary sentences are left alone.
	reSpelledEmail = regexp.MustCompile(`(?i)\b([a-z0-9][a-z0-9._%+-]{0,63})\s+(?:at|AT)\s+([a-z0-9-]{1,63}(?:\s+(?:dot|DOT)\s+[a-z0-9-]{1,63})*)\s+(?:dot|DOT)\s+(com|net|org|io|co|me|de|es|it|fr|pt|br|uk|nl|eu|info|tv|studio)\b`)
	reSpelledDot   = regexp.MustCompile(`(?i)\s+dot\s+`)
	reURLInText    = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"'()\[\]{}]+`)
)

// contactWords name a contact, booking or press route in a field name or
// a URL path, in the languages Scout's users read.
var contactWords = []string{
	"contact", "kontakt", "contacto", "contato", "contatti", "contatto",
	"business", "booking", "bookings", "book-me", "press", "presse", "prensa", "stampa",
	"management", "collab", "collabs", "collaborations", "collaborazioni", "colaboraciones",
	"partnership", "partnerships", "sponsor", "sponsoring", "sponsorship", "work-with-me",
	"workwithme", "hire", "enquiries", "inquiries", "anfragen", "impressum", "email",
	"e-mail", "mail", "correo", "pr",
}

// FindContacts returns the e-mail addresses and contact-page URLs in text
// (a bio or a field value), each with the given SeenIn. fieldName is the
// profile field's name ("" for a bio): in a field named like "Contact" or
// "Business" every URL is a contact page; elsewhere only URLs whose path
// names one ("/contact", "/kontakt", "/booking") are.
func FindContacts(text, seenIn, fieldName string) []scout.Contact {
	var out []scout.Contact
	add := func(typ, v string) {
		if v == "" || len(out) >= maxContacts {
			return
		}
		if slices.ContainsFunc(out, func(c scout.Contact) bool { return c.Type == typ && strings.EqualFold(c.Value, v) }) {
			return
		}
		out = append(out, scout.Contact{Type: typ, Value: v, SeenIn: seenIn})
	}
	for _, e := range findEmails(text) {
		add(scout.ContactEmail, e)
	}
	contactField := contactWord(fieldName)
	for _, m := range reURLInText.FindAllString(text, 20) {
		m = strings.TrimRight(m, ".,;:!?…")
		if strings.HasPrefix(strings.ToLower(m), "www.") {
			m = "https://" + m
		}
		u, err := url.Parse(m)
		if err != nil || u.Host == "" {
			continue
		}
		if contactField || isContactPath(u.Path) {
			add(scout.ContactURL, u.String())
		}
	}
	return out
}

// ContactLink returns the contact a profile link is, if it is one: a
// mailto: address, or a page whose path names a contact route.
func ContactLink(link string) (scout.Contact, bool) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return scout.Contact{}, false
	}
	switch strings.ToLower(u.Scheme) {
	case "mailto":
		if e := findEmails(u.Opaque); len(e) == 1 {
			return scout.Contact{Type: scout.ContactEmail, Value: e[0], SeenIn: "links"}, true
		}
	case "http", "https":
		if u.Host != "" && isContactPath(u.Path) {
			return scout.Contact{Type: scout.ContactURL, Value: u.String(), SeenIn: "links"}, true
		}
	}
	return scout.Contact{}, false
}

// findEmails returns the addresses in text, plain or obfuscated, lower
// case, without fediverse handles.
func findEmails(text string) []string {
	text = reObfAt.ReplaceAllString(text, "@")
	text = reObfDot.ReplaceAllString(text, ".")
	text = reSpelledEmail.ReplaceAllStringFunc(text, func(m string) string {
		sm := reSpelledEmail.FindStringSubmatch(m)
		domain := reSpelledDot.ReplaceAllString(sm[2], ".")
		return sm[1] + "@" + domain + "." + sm[3]
	})
	var out []string
	for _, loc := range reEmail.FindAllStringIndex(text, 20) {
		if loc[0] > 0 && text[loc[0]-1] == '@' {
			continue // @user@instance: a fediverse handle
		}
		if loc[1] < len(text) && text[loc[1]] == '@' {
			continue
		}
		e := strings.ToLower(strings.TrimRight(text[loc[0]:loc[1]], "."))
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// contactWord reports whether a field name names a contact route.
func contactWord(name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return r == ' ' || r == '/' || r == '&' || r == ',' || r == ':' || r == '|' || r == '+'
	}) {
		if slices.Contains(contactWords, w) {
			return true
		}
	}
	return false
}

// isContactPath reports whether a URL path names a contact route: one of
// its segments is a contact word ("/contact", "/en/kontakt/",
// "/work-with-me").
func isContactPath(p string) bool {
	for _, seg := range strings.Split(strings.ToLower(p), "/") {
		seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".php")
		if seg != "" && seg != "pr" && seg != "mail" && slices.Contains(contactWords, seg) {
			return true
		}
	}
	return false
}

// accountContacts returns what a's profile publishes: its bio, fields and
// contact-page links, stamped with a's id and fetch time.
func accountContacts(a *scout.Account) []scout.Contact {
	var out []scout.Contact
	out = append(out, FindContacts(a.Bio, "bio", "")...)
	for _, f := range a.Fields {
		out = append(out, FindContacts(f.Value, "field:"+cleanFieldName(f.Name), f.Name)...)
	}
	for _, l := range a.Links {
		if c, ok := ContactLink(l); ok {
			out = append(out, c)
		}
	}
	for i := range out {
		out[i].Account = a.ID
		out[i].SeenAt = a.FetchedAt.UTC()
	}
	return out
}

// cleanFieldName keeps a field name short and on one line for SeenIn.
func cleanFieldName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40])
	}
	return s
}

// mergeContacts appends the contacts of add not yet in list (same type and
// value, case-insensitive), up to maxContacts.
func mergeContacts(list []scout.Contact, add []scout.Contact) []scout.Contact {
	for _, c := range add {
		if len(list) >= maxContacts {
			break
		}
		if !slices.ContainsFunc(list, func(d scout.Contact) bool { return d.Type == c.Type && strings.EqualFold(d.Value, c.Value) }) {
			list = append(list, c)
		}
	}
	return list
}
