package scout

import (
	"cmp"
	"slices"
	"unicode"
)

// LanguageDetector guesses the language of a text. It sits behind this
// interface so that the root package stays technology-free and tests use a
// fake; the implementation (package langdetect) is linked only by the
// binaries that detect.
type LanguageDetector interface {
	// Detect returns the ISO 639-1 code of text's language and a
	// confidence in [0, 1], or "" when it cannot tell.
	Detect(text string) (lang string, confidence float64)
}

// Sources of a language: the Source of a LanguageEvidence.
const (
	LanguageDeclared = "declared" // the languages the platform says the posts are in
	LanguageDetected = "detected" // detected from the posts' text
	LanguageBio      = "bio"      // detected from the bio (no usable posts)
)

// LanguageEvidence says how a language was found: from the posts'
// declared languages (Bluesky langs, Mastodon language, <html lang>), or
// detected from their text, with the share of the sampled posts that were
// in it and the sample size.
type LanguageEvidence struct {
	Source string  `json:"source"`
	Share  float64 `json:"share"`
	Sample int     `json:"sample"`
	// Account is the account whose posts gave the language (on a
	// creator; empty on the account itself).
	Account string `json:"account,omitempty"`
}

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
// languages filled in by DetectLanguages, and, when the crawl did not say
// how the account was found, found_via "seed" with the target (a URL the
// operator gave to a crawl, a crawl job or a schedule).
func (in *Ingester) prepare(r *CrawlResult) *Profile {
	cp := *r.Profile
	cp.Posts = slices.Clone(r.Profile.Posts)
	DetectLanguages(&cp, in.Languages)
	if len(cp.FoundVia) == 0 {
		cp.FoundVia = []FoundVia{{Kind: FoundSeed, Target: r.URL, At: r.FetchedAt.UTC()}}
	}
	return &cp
}

// DetectLanguages sets p.Account.Language and LanguageEvidence from p's
// recent own posts: their declared languages when at least
// MinDeclaredSample declare one; otherwise (when det is not nil) the
// posts without a declaration get a detected language and the majority is
// taken over all, and with no usable post the bio is detected.
func DetectLanguages(p *Profile, det LanguageDetector) {
	lang, ev := declaredLanguage(p.Posts)
	if ev == nil {
		source := LanguageDeclared
		if det != nil {
			for i := range min(len(p.Posts), languagePosts) {
				q := &p.Posts[i]
				if q.Language != "" || q.IsRepost {
					continue
				}
				if l, ok := detect(det, q.Title+" "+q.Text); ok {
					q.Language, source = l, LanguageDetected
				}
			}
		}
		lang, ev = majorityLanguage(p.Posts, source)
		if ev == nil && det != nil {
			if l, ok := detect(det, p.Account.Bio); ok {
				lang, ev = l, &LanguageEvidence{Source: LanguageBio, Share: 1, Sample: 1}
			}
		}
	}
	p.Account.Language, p.Account.LanguageEvidence = lang, ev
}

// declaredLanguage is the majority of the declared languages of the own
// posts, when at least MinDeclaredSample declare one.
func declaredLanguage(posts []Post) (string, *LanguageEvidence) {
	lang, ev := majorityLanguage(posts, LanguageDeclared)
	if ev == nil || ev.Sample < MinDeclaredSample {
		return "", nil
	}
	return lang, ev
}

// majorityLanguage returns the most common language among the own posts
// (reposts excluded) that have one, with its share; ties go to the
// alphabetically first code, so the result is stable.
func majorityLanguage(posts []Post, source string) (string, *LanguageEvidence) {
	counts := map[string]int{}
	n := 0
	for i, p := range posts {
		if i >= languagePosts {
			break
		}
		if p.IsRepost || !ValidLanguage(p.Language) {
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
	return best, &LanguageEvidence{Source: source, Share: float64(int(share*1000+0.5)) / 1000, Sample: n}
}

// detect runs det on text when it is long enough, and keeps the answer
// when det is confident and it is an ISO 639-1 code.
func detect(det LanguageDetector, text string) (string, bool) {
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
	if conf < MinDetectConfidence || !ValidLanguage(l) {
		return "", false
	}
	return l, true
}

// creatorLanguage picks a creator's language from its accounts': declared
// evidence first, then the largest sample, then the first account (the
// primary one comes first in Accounts' stored order).
func creatorLanguage(accounts []Account) (string, *LanguageEvidence) {
	var best *Account
	rank := func(a *Account) (int, int) {
		d := 0
		if a.LanguageEvidence.Source == LanguageDeclared {
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
