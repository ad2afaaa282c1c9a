package ingest

import "github.com/scout-oss/scout"

// Derive recomputes every field of c that follows from its accounts: the
// aggregates of scout.Creator.Derive (name, bio, links, followers,
// data_as_of), then the contacts, language and country with their
// evidence. The Ingester calls it before scoring.
func Derive(c *scout.Creator) {
	c.Derive()
	deriveProfileFacts(c)
}

// deriveProfileFacts derives contacts, language and country from the
// accounts, each with its evidence. A language or country that has no
// evidence block was set by hand or by import and is kept when the
// accounts give nothing; one that was derived is cleared.
func deriveProfileFacts(c *scout.Creator) {
	ordered := make([]*scout.Account, 0, len(c.Accounts))
	if p := c.PrimaryAccount(); p != nil {
		ordered = append(ordered, p)
	}
	for i := range c.Accounts {
		if a := &c.Accounts[i]; a != c.PrimaryAccount() {
			ordered = append(ordered, a)
		}
	}
	c.Contacts = nil
	for _, a := range ordered {
		c.Contacts = mergeContacts(c.Contacts, accountContacts(a))
	}
	if lang, ev := creatorLanguage(c.Accounts); ev != nil {
		c.Language, c.LanguageEvidence = scout.String(lang), ev
	} else if c.LanguageEvidence != nil {
		c.Language, c.LanguageEvidence = nil, nil
	}
	country, cev := creatorCountry(c, ordered)
	if cev != nil {
		c.Country, c.CountryEvidence = scout.String(country), cev
	} else if c.CountryEvidence != nil {
		c.Country, c.CountryEvidence = nil, nil
	}
}
