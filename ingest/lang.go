package ingest

import (
	"cmp"
	"slices"
	"unicode"

	"github.com/scout-oss/scout"
)

// Language thresholds.
const (
	// MinDeclaredSample is how many of an account's own posts must carry a
	// declared language before the declaration is taken over detection.
	MinDeclaredSample = 3
	// MinDetectRunes is the shortest text detection is tried on; shorter
	// posts ("lol", an emoji) say nothing reliable.
	MinDetectRunes = 20
	// MinDetectConfidence is the detector confidence below which a post's
	// detected language is not used.
	MinDetectConfidence = 0.5
	// languagePosts bounds the recent own posts looked at per account.
	languagePosts = 50
)

// prepare returns a copy of r's profile as the Ingester stores it: its
// languages filled in by DetectLanguages, its followers' countries read
// from the places they state, and, when the crawl did not say
// how the account was found, found_via "seed" with the target (a URL the
// operator gave to a crawl, a crawl job or a schedule).
func (in *Ingester) prepare(r *scout.CrawlResult) *scout.Profile {
	cp := *r.Profile
	cp.Posts = slices.Clone(r.Profile.Posts)
	DetectLanguages(&cp, in.Languages)
	cp.Account.FollowerSample = followerCountries(cp.Account.FollowerSample)
	if len(cp.FoundVia) == 0 {
		cp.FoundVia = []scout.FoundVia{{Kind: scout.FoundSeed, Target: r.URL, At: r.FetchedAt.UTC()}}
	}
	return &cp
}

// DetectLanguages sets p.Account.Language and LanguageEvidence from p's
// recent own posts: their declared languages when at least
// MinDeclaredSample declare one; otherwise (when det is not nil) the
// posts without a declaration get a detected language and the majority is
// taken over all, and with no usable post the bio is detected.
func DetectLanguages(p *scout.Profile, det scout.LanguageDetector) {
	lang, ev := declaredLanguage(p.Posts)
	if ev == nil {
		source := scout.LanguageDeclared
		if det != nil {
			for i := range min(len(p.Posts), languagePosts) {
				q := &p.Posts[i]
				if q.Language != "" || q.IsRepost {
					continue
				}
				if l, ok := detect(det, q.Title+" "+q.Text); ok {
					q.Language, source = l, scout.LanguageDetected
				}
			}
		}
		lang, ev = majorityLanguage(p.Posts, source)
		if ev == nil && det != nil {
			if l, ok := detect(det, p.Account.Bio); ok {
				lang, ev = l, &scout.LanguageEvidence{Source: scout.LanguageBio, Share: 1, Sample: 1}
			}
		}
	}
	p.Account.Language, p.Account.LanguageEvidence = lang, ev
}

// declaredLanguage is the majority of the declared languages of the own
// posts, when at least MinDeclaredSample declare one.
func declaredLanguage(posts []scout.Post) (string, *scout.LanguageEvidence) {
	lang, ev := majorityLanguage(posts, scout.LanguageDeclared)
	if ev == nil || ev.Sample < MinDeclaredSample {
		return "", nil
	}
	return lang, ev
}

// majorityLanguage returns the most common language among the own posts
// (reposts excluded) that have one, with its share; ties go to the
// alphabetically first code, so the result is stable.
func majorityLanguage(posts []scout.Post, source string) (string, *scout.LanguageEvidence) {
	counts := map[string]int{}
	n := 0
	for i, p := range posts {
		if i >= languagePosts {
			break
		}
		if p.IsRepost || !scout.ValidLanguage(p.Language) {
			continue
		}
		counts[p.Language]++
		n++
	}
	if n == 0 {
		return "", nil
	}
	langs := make([]string, 0, len(counts))
	for l := range counts {
		langs = append(langs, l)
	}
	slices.SortFunc(langs, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	best := langs[0]
	share := float64(counts[best]) / float64(n)
	return best, &scout.LanguageEvidence{Source: source, Share: float64(int(share*1000+0.5)) / 1000, Sample: n}
}

// detect runs det on text when it is long enough, and keeps the answer
// when det is confident and it is an ISO 639-1 code.
func detect(det scout.LanguageDetector, text string) (string, bool) {
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < MinDetectRunes {
		return "", false
	}
	l, conf := det.Detect(text)
	if conf < MinDetectConfidence || !scout.ValidLanguage(l) {
		return "", false
	}
	return l, true
}

// creatorLanguage picks a creator's language from its accounts': declared
// evidence first, then the largest sample, then the first account (the
// primary one comes first in Accounts' stored order).
func creatorLanguage(accounts []scout.Account) (string, *scout.LanguageEvidence) {
	var best *scout.Account
	rank := func(a *scout.Account) (int, int) {
		d := 0
		if a.LanguageEvidence.Source == scout.LanguageDeclared {
			d = 1
		}
		return d, a.LanguageEvidence.Sample
	}
	for i := range accounts {
		a := &accounts[i]
		if a.Language == "" || a.LanguageEvidence == nil {
			continue
		}
		if best == nil {
			best = a
			continue
		}
		ad, as := rank(a)
		bd, bs := rank(best)
		if ad > bd || ad == bd && as > bs {
			best = a
		}
	}
	if best == nil {
		return "", nil
	}
	ev := *best.LanguageEvidence
	ev.Account = best.ID
	return best.Language, &ev
}
