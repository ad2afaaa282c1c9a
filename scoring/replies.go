package scoring

import (
	"fmt"
	"sort"
	"unicode"

	scout "github.com/scout-oss/scout"
)

// genericWords are the words of generic praise that bulk and bot comments
// are made of (HypeAuditor: "wow, cool, fantastic", "Nice pic!"; scoring.md
// §3.2, §3.4), in en, es, de, it, fr.
var genericWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"nice", "wow", "cool", "amazing", "awesome", "great", "love", "it", "this", "so", "good", "beautiful", "gorgeous", "cute", "pic", "photo", "post",
		"top", "super", "bravo", "fire", "lit", "perfect", "stunning", "wonderful", "fantastic", "lovely", "yes", "omg", "best", "the", "a",
		"genial", "increible", "hermoso", "hermosa", "lindo", "linda", "precioso", "guapa", "que", "bonito",
		"toll", "schon", "wunderschon", "klasse", "geil", "mega",
		"bello", "bella", "bellissimo", "bellissima", "stupendo", "complimenti",
		"magnifique", "trop", "beau", "belle", "genial", "jolie",
	} {
		m[w] = true
	}
	return m
}()

// isGeneric reports a reply that is emoji-only, mention-only, or at most 3
// words all from genericWords (scoring.md §3.4 "generic-comment share").
func isGeneric(text string) bool {
	toks := tokenize(text)
	words := 0
	for _, t := range toks {
		if t.mention {
			continue
		}
		words++
		if !genericWords[t.norm] {
			return false
		}
	}
	if words == 0 {
		// no words: emoji, punctuation or mentions only
		for _, r := range text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return len(toks) > 0 // mention-only
			}
		}
		return true
	}
	return words <= 3
}

func replyChecks(win []measured, r *eqResult) (generic, pod Check) {
	generic = Check{Name: "generic_comments", Threshold: "share of emoji-only, mention-only or ≤3 generic words: ≥ 35% warn, ≥ 50% red; ≥ 20 replies",
		Source: "HypeAuditor comment authenticity: 1–3 of 20 normal, 50% alarm (scoring.md §3.2); 35% warn is a heuristic"}
	pod = Check{Name: "engagement_pod", Threshold: "share of replies by accounts replying on ≥ 50% of sampled posts: > 30% warn, > 50% red; ≥ 4 posts with replies",
		Source: "scoring.md §3.4 commenter concentration, §6.2 POD (heuristic); Weerasinghe et al. 2020"}
	total, gen, postsWith := 0, 0, 0
	var genEv []scout.Evidence
	authorPosts := map[string]int{}
	for _, m := range win {
		if len(m.post.Replies) == 0 {
			continue
		}
		postsWith++
		seen := map[string]bool{}
		for _, rp := range m.post.Replies {
			total++
			if isGeneric(rp.Text) {
				gen++
				if len(genEv) < 5 {
					genEv = append(genEv, postEvidence(m.post, -1, rp.Text, "generic reply", "generic_comments@"+VersionEngagementQuality))
				}
			}
			if rp.AuthorID != "" && !seen[rp.AuthorID] {
				seen[rp.AuthorID] = true
				authorPosts[rp.AuthorID]++
			}
		}
	}
	if total < repliesMin {
		generic.Status = StatusSkipped
		generic.Detail = fmt.Sprintf("%d replies sampled; needs %d", total, repliesMin)
	} else {
		g := float64(gen) / float64(total)
		lo, hi := wilson(gen, total)
		generic.Value = scout.Float64(round(g, 3))
		generic.Detail = fmt.Sprintf("%d of %d replies generic (%s, 95%% CI %s–%s)", gen, total, pct(g), pct(lo), pct(hi))
		switch {
		case g >= genericRed:
			generic.Status = StatusRed
		case g >= genericWarn:
			generic.Status = StatusWarn
		default:
			generic.Status = StatusOK
		}
		if generic.Status != StatusOK {
			r.flags = append(r.flags, scout.Flag{Code: "generic_comments", Severity: sevOf(generic.Status),
				Message: generic.Detail + ": emoji-only or one-word praise is typical of bought or automated comments", Evidence: genEv})
		}
	}
	if postsWith < podPostsMin {
		pod.Status = StatusSkipped
		pod.Detail = fmt.Sprintf("%d posts with replies; needs %d", postsWith, podPostsMin)
		return
	}
	need := int(podRegular*float64(postsWith) + 0.999)
	need = max(need, 2)
	var regulars []string
	for a, n := range authorPosts {
		if n >= need {
			regulars = append(regulars, a)
		}
	}
	sort.Strings(regulars)
	isReg := map[string]bool{}
	for _, a := range regulars {
		isReg[a] = true
	}
	byReg := 0
	for _, m := range win {
		for _, rp := range m.post.Replies {
			if isReg[rp.AuthorID] {
				byReg++
			}
		}
	}
	share := 0.0
	if total > 0 {
		share = float64(byReg) / float64(total)
	}
	pod.Value = scout.Float64(round(share, 3))
	pod.Detail = fmt.Sprintf("%d accounts reply on ≥ %d of %d posts and write %d of %d replies (%s)", len(regulars), need, postsWith, byReg, total, pct(share))
	switch {
	case share > podRed:
		pod.Status = StatusRed
	case share > podWarn:
		pod.Status = StatusWarn
	default:
		pod.Status = StatusOK
		return
	}
	if pod.Status == StatusRed {
		r.fake = append(r.fake, "engagement_pod")
	}
	var ev []scout.Evidence
	for _, a := range regulars {
		if len(ev) == 5 {
			break
		}
		ev = append(ev, scout.Evidence{Match: a, Excerpt: fmt.Sprintf("replied on %d of %d posts", authorPosts[a], postsWith), Rule: "engagement_pod@" + VersionEngagementQuality})
	}
	r.flags = append(r.flags, scout.Flag{Code: "engagement_pod", Severity: sevOf(pod.Status),
		Message: pod.Detail + ": a fixed circle commenting on every post is the signature of an engagement pod", Evidence: ev})
	return
}
