package scoring

import (
	"sort"
	"time"

	scout "github.com/scout-oss/scout"
)

// VersionPartnerships is the partnerships profile version.
const VersionPartnerships = "pp-1.1.0"

// Partnerships derives c's commercial profile as of now: brands named in
// sponsored posts (@mentions other than the creator's own handles, and
// #BRANDpartner tags), affiliate networks recognised by link host and
// parameters, discount codes, the share of sponsored posts, and sponsored
// vs organic engagement (market.md §5 item 6, "Paid-Post Performance").
// It uses the same signals as the disclosure checks over the newest 50
// posts. Score and ScoreBrief fill Assessment.Partnerships with the same
// profile (under their disclosure region); this is the stand-alone form.
func (e *Engine) Partnerships(c *scout.Creator, now time.Time) scout.Partnerships {
	pp := scout.Partnerships{Version: VersionPartnerships, Brands: []scout.PartnerMention{},
		AffiliateNetworks: []scout.PartnerMention{}, DiscountCodes: []scout.PartnerMention{}}
	if c == nil {
		return pp
	}
	posts := scanned(c, now)
	texts, _ := postTexts(posts, nil, nil)
	d := analyzeDisclosure(posts, texts, platformLookup(c), e.region(""), ownerOf(c))
	all, followers := window(c, now, scanPosts)
	return partnerships(posts, d, all, followers)
}

// partnerships profiles the deals of posts (analysed as d); all is the
// primary account's window of scanPosts posts, with its followers.
func partnerships(posts []*scout.Post, d discResult, all []measured, followers int64) scout.Partnerships {
	pp := scout.Partnerships{Version: VersionPartnerships, PostsAnalyzed: len(posts), SponsoredPosts: d.sponsored,
		Brands: []scout.PartnerMention{}, AffiliateNetworks: []scout.PartnerMention{}, DiscountCodes: []scout.PartnerMention{}}
	if len(posts) > 0 {
		pp.SponsoredShare = round(float64(d.sponsored)/float64(len(posts)), 3)
	}
	brands := map[string]*scout.PartnerMention{}
	nets := map[string]*scout.PartnerMention{}
	codes := map[string]*scout.PartnerMention{}
	add := func(m map[string]*scout.PartnerMention, name string, dp *discPost) {
		pm := m[name]
		if pm == nil {
			pm = &scout.PartnerMention{Name: name, Evidence: make([]scout.Evidence, 0, 3)} // at most three, below
			m[name] = pm
		}
		pm.Posts++
		if len(pm.Evidence) < 3 {
			pm.Evidence = append(pm.Evidence, postEvidence(dp.post, -1, dp.post.Text, name, "partnerships@"+VersionPartnerships))
		}
	}
	sponsored := map[*scout.Post]bool{}
	for _, dp := range d.posts {
		if !dp.sponsored {
			continue
		}
		sponsored[dp.post] = true
		for _, b := range dp.mentions {
			add(brands, "@"+b, dp)
		}
		for _, b := range dp.partnerTag {
			if len(dp.mentions) == 0 {
				add(brands, b, dp)
			}
		}
		for _, n := range dp.networks {
			add(nets, n, dp)
		}
		for _, k := range dp.codes {
			add(codes, k, dp)
		}
	}
	pp.Brands = sortedMentions(brands)
	pp.AffiliateNetworks = sortedMentions(nets)
	pp.DiscountCodes = sortedMentions(codes)

	// Sponsored vs organic ER over the primary account's usable posts.
	if followers > 0 {
		var sp, org []float64
		for _, m := range all {
			if sponsored[m.post] {
				sp = append(sp, m.erFollow)
			} else {
				org = append(org, m.erFollow)
			}
		}
		if len(sp) > 0 {
			pp.SponsoredER = scout.Float64(round(median(sp), 6))
		}
		if len(org) > 0 {
			pp.OrganicER = scout.Float64(round(median(org), 6))
		}
		if pp.SponsoredER != nil && pp.OrganicER != nil && *pp.OrganicER > 0 {
			pp.PaidPostPerformance = scout.Float64(round(*pp.SponsoredER / *pp.OrganicER, 3))
		}
	}
	return pp
}

func sortedMentions(m map[string]*scout.PartnerMention) []scout.PartnerMention {
	out := make([]scout.PartnerMention, 0, len(m))
	for _, v := range m {
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Posts != out[j].Posts {
			return out[i].Posts > out[j].Posts
		}
		return out[i].Name < out[j].Name
	})
	return out
}
