package store

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// An erasure removes the person's own records by id and key (erase.go).
// The records here are other people's work that only mention the person:
// schedules and queued crawl targets that name their URLs or handles, and
// the free text of saved searches, watches, jobs and alerts that names
// them. They are kept, without the mention.

// Placeholders left where a mention was. ErasedTerm stands in a saved
// search's query: a word no creator's text holds, so "vegan NAME" matches
// nobody instead of every vegan, and "-NAME" excludes nobody.
const (
	erasedTerm = "_erased_"
	erasedText = "(erased)"
)

// minMention is the shortest name, handle or id (in characters) looked
// for in free text: shorter ones would hit ordinary words.
const minMention = 3

// personText finds one person's names, handles, profile URLs and ids in
// free text, case-insensitively and as whole words (the characters on
// either side of a match are not letters or digits).
type personText struct {
	terms [][]rune // lower-cased, longest first
}

// add adds a name, handle, URL or id, with and without a leading "@"; a
// URL also adds itself without its scheme, "www." and trailing slash, as
// people write it.
func (p *personText) add(s string) {
	s = strings.TrimSpace(s)
	bare := strings.TrimPrefix(s, "@")
	forms := []string{s, bare, "@" + bare}
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		hostPath := strings.TrimSuffix(u.Host+u.EscapedPath(), "/")
		forms = append(forms, strings.TrimSuffix(s, "/"), hostPath, strings.TrimPrefix(hostPath, "www."))
		if p, err := url.PathUnescape(hostPath); err == nil {
			forms = append(forms, p)
		}
	}
	for _, f := range forms {
		r := []rune(strings.ToLower(f))
		if len(r) < minMention || slices.ContainsFunc(p.terms, func(t []rune) bool { return slices.Equal(t, r) }) {
			continue
		}
		p.terms = append(p.terms, r)
	}
	slices.SortStableFunc(p.terms, func(a, b []rune) int { return len(b) - len(a) })
}

// scrub returns s with every mention replaced by repl, and whether there
// was one.
func (p *personText) scrub(s, repl string) (string, bool) {
	if s == "" || len(p.terms) == 0 {
		return s, false
	}
	orig := []rune(s)
	low := make([]rune, len(orig))
	for i, r := range orig {
		low[i] = unicode.ToLower(r)
	}
	word := func(i int) bool {
		return i >= 0 && i < len(low) && (unicode.IsLetter(low[i]) || unicode.IsDigit(low[i]))
	}
	var b strings.Builder
	found := false
	for i := 0; i < len(low); {
		n := 0
		if !word(i - 1) {
			for _, t := range p.terms {
				if len(t) <= len(low)-i && slices.Equal(low[i:i+len(t)], t) && !word(i+len(t)) {
					n = len(t)
					break
				}
			}
		}
		if n == 0 {
			b.WriteRune(orig[i])
			i++
			continue
		}
		b.WriteString(repl)
		found = true
		i += n
	}
	if !found {
		return s, false
	}
	return b.String(), true
}

// scrubQuery scrubs each value of a URL query string (a saved search's
// query), keeping it a valid query.
func (p *personText) scrubQuery(q string) (string, bool) {
	v, err := url.ParseQuery(q)
	if err != nil {
		// Not a query any more (it was validated as one): scrub it as text.
		return p.scrub(q, erasedTerm)
	}
	changed := false
	for k, vals := range v {
		for i, s := range vals {
			if ns, ok := p.scrub(s, erasedTerm); ok {
				vals[i], changed = ns, true
			}
		}
		v[k] = vals
	}
	if !changed {
		return q, false
	}
	return v.Encode(), true
}

// rewriteEach decodes every value of bucket b as a JSON object, lets fix
// change its fields and writes back the objects fix changed. It returns
// how many it changed. Fields it does not know are kept as they were.
func rewriteEach(b *bolt.Bucket, fix func(k []byte, obj map[string]json.RawMessage) (bool, error)) (int, error) {
	if b == nil {
		return 0, nil
	}
	var puts [][2][]byte
	err := b.ForEach(func(k, v []byte) error {
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) != nil {
			return nil
		}
		changed, err := fix(k, obj)
		if err != nil || !changed {
			return err
		}
		nv, err := json.Marshal(obj)
		if err != nil {
			return err
		}
		puts = append(puts, [2][]byte{bytes.Clone(k), nv})
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, p := range puts {
		if err := b.Put(p[0], p[1]); err != nil {
			return 0, err
		}
	}
	return len(puts), nil
}

// scrubField replaces mentions in the string field name of obj with repl
// (a query string when query is set); it reports a change.
func (p *personText) scrubField(obj map[string]json.RawMessage, name, repl string, query bool) bool {
	var s string
	if json.Unmarshal(obj[name], &s) != nil || s == "" {
		return false
	}
	var ns string
	var ok bool
	if query {
		ns, ok = p.scrubQuery(s)
	} else {
		ns, ok = p.scrub(s, repl)
	}
	if !ok {
		return false
	}
	raw, _ := json.Marshal(ns) // a string always encodes
	obj[name] = raw
	return true
}

// scrubDefinitions removes mentions of the person from the names and
// queries of saved searches, the names of watches, the messages of crawl
// jobs and of the alerts that remain (alerts about the person are deleted
// by id).
func scrubDefinitions(tx *bolt.Tx, p *personText) (int, error) {
	total := 0
	for _, f := range []struct {
		bucket []byte
		fields map[string]bool // field → is a query string
	}{
		{bucketSavedSearches, map[string]bool{"name": false, "query": true}},
		{bucketWatches, map[string]bool{"name": false}},
		{bucketJobs, map[string]bool{"message": false}},
		{bucketAlerts, map[string]bool{"message": false}},
	} {
		n, err := rewriteEach(tx.Bucket(f.bucket), func(_ []byte, obj map[string]json.RawMessage) (bool, error) {
			changed := false
			for name, query := range f.fields {
				if p.scrubField(obj, name, erasedText, query) {
					changed = true
				}
			}
			return changed, nil
		})
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// scrubSchedules removes the person's URLs and handles from schedules'
// target lists. A schedule left without targets stays (its runs queue
// nothing and say so); its message says why.
func scrubSchedules(tx *bolt.Tx, s *subjectSet) (int, error) {
	n := 0
	_, err := rewriteEach(tx.Bucket(bucketSchedules), func(_ []byte, obj map[string]json.RawMessage) (bool, error) {
		var t scout.ScheduleTargets
		if json.Unmarshal(obj["targets"], &t) != nil || len(t.URLs) == 0 {
			return false, nil
		}
		before := len(t.URLs)
		t.URLs = slices.DeleteFunc(t.URLs, s.matchesTarget)
		if len(t.URLs) == before {
			return false, nil
		}
		n += before - len(t.URLs)
		raw, err := json.Marshal(t)
		if err != nil {
			return false, err
		}
		obj["targets"] = raw
		if len(t.URLs) == 0 {
			msg, _ := json.Marshal("no targets left: the people they named were erased")
			obj["message"] = msg
		}
		return true, nil
	})
	return n, err
}

// scrubFrontier removes the queued crawl targets that name the person from
// every job's frontier, with their indexes and counts, so the crawl never
// reaches them (rather than refusing them when it does).
func scrubFrontier(tx *bolt.Tx, s *subjectSet) (int, error) {
	items := tx.Bucket(bucketFrontierItems)
	if items == nil {
		return 0, nil
	}
	var gone []scout.FrontierItem
	err := items.ForEach(func(_, v []byte) error {
		var it scout.FrontierItem
		if json.Unmarshal(v, &it) == nil && s.matchesTarget(it.URL) {
			gone = append(gone, it)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, it := range gone {
		ok, err := removeItem(tx, it.JobID, it.URL)
		if err != nil {
			return 0, err
		}
		if !ok {
			continue
		}
		if err := addCount(tx, it.JobID, -1); err != nil {
			return 0, err
		}
		if err := refreshHead(tx, it.JobID, it.Host, false); err != nil {
			return 0, err
		}
	}
	return len(gone), nil
}
