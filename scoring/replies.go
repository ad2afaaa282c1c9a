package scoring

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"time"
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
	var buf [8]token // a reply is short: its tokens stay on the stack
	toks := appendTokens(buf[:0], text)
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

// replyChecks judges the sampled public replies of the window: the share
// of generic ones (comment services) and whether a closed group replies to
// most posts together and fast (an engagement pod). Both scale with the
// audience: a small account's friends reply to everything, often briefly.
func replyChecks(win []measured, followers int64, r *eqResult) (generic, pod Check) {
	generic = Check{Name: "generic_comments", Threshold: "share of emoji-only, mention-only or ≤3 generic words: ≥ 35% warn, ≥ 50% red; ≥ 20 replies; under 10,000 followers the generic replies must come from ≥ 10 accounts",
		Source: "HypeAuditor comment authenticity: 1–3 of 20 normal, 50% alarm (scoring.md §3.2); 35% warn and the small-account rule are heuristics"}
	pod = Check{Name: "engagement_pod", Threshold: "a group of ≥ 6 regulars (≥ 10 under 10,000 followers) replying on ≥ 50% of sampled posts, ≥ 3 of them within 60 minutes on ≥ 50% of the posts, writing > 30% (warn) or > 50% (red) of replies; ≥ 4 posts with replies",
		Source: "scoring.md §3.4 commenter concentration, §6.2 POD; Weerasinghe et al. 2020 (pods act on new posts within the first hour); group sizes heuristic"}
	total, gen, postsWith := 0, 0, 0
	var genEv []scout.Evidence
	// The author lists are sized for every reply at once rather than
	// grown step by step.
	replies := 0
	for _, m := range win {
		replies += len(m.post.Replies)
	}
	var genAuthors []string // the authors of the generic replies, counted once needed
	for _, m := range win {
		if len(m.post.Replies) == 0 {
			continue
		}
		postsWith++
		for _, rp := range m.post.Replies {
			total++
			if isGeneric(rp.Text) {
				gen++
				if genAuthors == nil {
					genAuthors = make([]string, 0, replies)
				}
				genAuthors = append(genAuthors, authorKey(rp))
				if len(genEv) < 5 {
					if genEv == nil {
						genEv = make([]scout.Evidence, 0, 5)
					}
					genEv = append(genEv, postEvidence(m.post, -1, rp.Text, "generic reply", "generic_comments@"+VersionEngagementQuality))
				}
			}
		}
	}
	nano := followers > 0 && followers < nanoLine
	if total < repliesMin {
		generic.Status = StatusSkipped
		generic.Detail = fmt.Sprintf("%d replies sampled; needs %d", total, repliesMin)
	} else {
		g := float64(gen) / float64(total)
		slices.Sort(genAuthors)
		genAuthors = slices.Compact(genAuthors) // each account once
		lo, hi := wilson(gen, total)
		generic.Value = scout.Float64(round(g, 3))
		generic.Detail = fmt.Sprintf("%d of %d sampled replies are generic (emoji-only, mention-only or a few words of praise) from %d accounts (%s, 95%% CI %s–%s)", gen, total, len(genAuthors), pct(g), pct(lo), pct(hi))
		switch {
		case nano && len(genAuthors) < genericNanoAuthorMin && g >= genericWarn:
			generic.Status = StatusOK
			generic.Detail += fmt.Sprintf("; under 10,000 followers and from fewer than %d accounts: friends' short replies", genericNanoAuthorMin)
		case g >= genericRed:
			generic.Status = StatusRed
		case g >= genericWarn:
			generic.Status = StatusWarn
		default:
			generic.Status = StatusOK
		}
		if generic.Status != StatusOK {
			conf := math.Min(1, float64(total)/100)
			r.flags = append(r.flags, scout.Flag{Code: "generic_comments", Severity: sevOf(generic.Status),
				Message: fmt.Sprintf("%s: signs of bought or automated comments (confidence %.2f)", generic.Detail, conf), Evidence: genEv})
		}
	}
	if postsWith < podPostsMin {
		pod.Status = StatusSkipped
		pod.Detail = fmt.Sprintf("%d posts with replies; needs %d", postsWith, podPostsMin)
		return
	}
	// How many posts each author replied on, counted only when there are
	// enough posts with replies to judge a pod.
	authorPosts := make(map[string]int, replies)
	seen := map[string]bool{} // the authors of one post's replies
	for _, m := range win {
		clear(seen)
		for _, rp := range m.post.Replies {
			if rp.AuthorID != "" && !seen[rp.AuthorID] {
				seen[rp.AuthorID] = true
				authorPosts[rp.AuthorID]++
			}
		}
	}
	need := max(int(podRegular*float64(postsWith)+0.999), 2)
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
	// Timing: how many regulars reply within podQuick of each post.
	byReg, timed, hits := 0, 0, 0
	var quick []time.Duration
	for _, m := range win {
		if len(m.post.Replies) == 0 {
			continue
		}
		fast := map[string]bool{}
		for _, rp := range m.post.Replies {
			if !isReg[rp.AuthorID] {
				continue
			}
			byReg++
			if rp.PublishedAt.IsZero() || m.post.PublishedAt.IsZero() {
				continue
			}
			timed++
			d := rp.PublishedAt.Sub(m.post.PublishedAt)
			if d >= 0 && d <= podQuick {
				fast[rp.AuthorID] = true
				quick = append(quick, d)
			}
		}
		if len(fast) >= podQuickMin {
			hits++
		}
	}
	share := 0.0
	if total > 0 {
		share = float64(byReg) / float64(total)
	}
	group := podGroupMin
	if nano {
		group = podGroupMinNano
	}
	pod.Value = scout.Float64(round(share, 3))
	pod.Detail = fmt.Sprintf("%d accounts reply on ≥ %d of %d posts and write %d of %d replies (%s); on %d of those posts ≥ %d of them replied within %d minutes",
		len(regulars), need, postsWith, byReg, total, pct(share), hits, podQuickMin, int(podQuick.Minutes()))
	switch {
	case len(regulars) < group:
		pod.Status = StatusOK
		pod.Detail += fmt.Sprintf("; fewer than %d regulars is a circle of fans, not a closed group", group)
		if nano {
			pod.Detail += " (under 10,000 followers, friends and family reply to most posts)"
		}
		return
	case byReg > 0 && 2*timed < byReg:
		pod.Status = StatusSkipped
		pod.Detail += "; reply times unknown for most of their replies, so a pod cannot be told from regulars"
		return
	case float64(hits) < podHitShare*float64(postsWith):
		pod.Status = StatusOK
		pod.Detail += ": they reply over hours, not together"
		return
	case share > podRed:
		pod.Status = StatusRed
	case share > podWarn:
		pod.Status = StatusWarn
	default:
		pod.Status = StatusOK
		return
	}
	conf := round(math.Min(1, float64(postsWith)/8), 2)
	if pod.Status == StatusRed {
		r.fake = append(r.fake, sign{"engagement_pod", conf})
	}
	var ev []scout.Evidence
	for _, a := range regulars {
		if len(ev) == 5 {
			break
		}
		ev = append(ev, scout.Evidence{Match: a, Excerpt: fmt.Sprintf("replied on %d of %d posts", authorPosts[a], postsWith), Rule: "engagement_pod@" + VersionEngagementQuality})
	}
	sort.Slice(quick, func(i, j int) bool { return quick[i] < quick[j] })
	typical := time.Duration(0)
	if len(quick) > 0 {
		typical = quick[len(quick)/2]
	}
	r.flags = append(r.flags, scout.Flag{Code: "engagement_pod", Severity: sevOf(pod.Status),
		Message: fmt.Sprintf("the same %d accounts reply on most posts (%d of %d replies, %s), at least %d of them within %d minutes of posting on %d of %d posts (typically after %d minutes): signs of an engagement pod (confidence %.2f)",
			len(regulars), byReg, total, pct(share), podQuickMin, int(podQuick.Minutes()), hits, postsWith, int(typical.Minutes()), conf),
		Evidence: ev})
	return
}

// authorKey identifies a reply's author: the stable id, else the handle.
func authorKey(rp scout.Reply) string {
	if rp.AuthorID != "" {
		return rp.AuthorID
	}
	return rp.Handle
}
