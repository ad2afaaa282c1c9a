package scoring

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"

	scout "github.com/scout-oss/scout"
)

// Disclosure statuses of a sponsored post under a region's rules
// (scoring.md §2.4): clear, weak (a label the rules call unclear, or a clear
// label buried after the fold or in a trailing hashtag cluster), none.
const (
	DisclosureClear = "clear"
	DisclosureWeak  = "weak"
	DisclosureNone  = "none"
)

// Sponsorship signal weights and the likely-sponsored line (scoring.md
// §2.4, heuristic): sponsored_likelihood = 1 − Π(1 − w_i) ≥ 0.6.
const (
	wPaidTool     = 1.0
	wAffHost      = 0.8
	wAffParam     = 0.6
	wCode         = 0.6
	wPercentOff   = 0.4 // scoring.md lumps it with codes at 0.6; alone, a sale is weaker evidence than a personal code
	wGifting      = 0.5
	wMentionCTA   = 0.3
	wKnownPartner = 0.3
	likelyLine    = 0.6
)

// affiliateHosts maps link hosts to affiliate networks (scoring.md §2.4 host
// list from goaround/affiliate-link-marker, redirectinator
// AFFILIATE_PROVIDERS.md, goodbye-affiliate-link).
var affiliateHosts = map[string]string{
	"amzn.to": "Amazon Associates", "a.co": "Amazon Associates",
	"rstyle.me": "LTK (rewardStyle)", "liketk.it": "LTK (rewardStyle)", "shopltk.com": "LTK (rewardStyle)",
	"shopmy.us": "ShopMy", "shopstyle.it": "ShopStyle Collective", "go.magik.ly": "Magiclinks",
	"click.linksynergy.com": "Rakuten Advertising", "prf.hn": "Partnerize", "awin1.com": "Awin",
	"shareasale.com": "ShareASale", "shrsl.com": "ShareASale",
	"anrdoezrs.net": "CJ Affiliate", "dpbolvw.net": "CJ Affiliate", "jdoqocy.com": "CJ Affiliate", "kqzyfj.com": "CJ Affiliate", "tkqlhce.com": "CJ Affiliate",
	"sjv.io": "Impact", "7eer.net": "Impact", "pntra.com": "Impact",
	"skimresources.com": "Skimlinks", "go.skimresources.com": "Skimlinks", "geni.us": "Geniuslink", "howl.me": "Howl",
	"rover.ebay.com": "eBay Partner Network", "hop.clickbank.net": "ClickBank",
}

// affiliateParams maps query parameters to networks ("" = generic).
var affiliateParams = map[string]string{
	"irclickid": "Impact", "ranmid": "Rakuten Advertising", "ransiteid": "Rakuten Advertising", "clickref": "Partnerize", "awc": "Awin",
	"aff": "", "aff_id": "", "affid": "", "affiliate": "", "ref_id": "",
}

var (
	reURL  = regexp.MustCompile(`(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s"'<>)]*)?`)
	reCode = regexp.MustCompile(`(?i)\b(?:promo\s*code|discount\s*code|coupon\s*code|code\s*promo|c[oó]digo(?:\s+de\s+descuento)?|codice(?:\s+sconto)?|rabattcode|gutscheincode|code)\s*[:\-]?\s*["“'«]?([\p{L}\p{N}][\p{L}\p{N}_-]{2,19})`)
	rePct  = regexp.MustCompile(`(?i)\b\d{1,2}\s?%\s?(?:off|de\s+descuento|descuento|rabatt|di\s+sconto|sconto|de\s+r[ée]duction|de\s+remise)`)
	// "Thanks (to) X for the free/gifted ..." (FTC Disclosures 101).
	reThanks = regexp.MustCompile(`(?i)\bthank(?:s| you)(?:\s+so\s+much)?\s+(?:to\s+)?@?[\p{L}\p{N}_.]+\s+for\s+(?:the\s+|my\s+|this\s+|these\s+)?(?:free|gifted|complimentary)`)
)

// validCode accepts a captured discount code only when it looks like one:
// with a digit, or all upper-case and at least 4 letters ("GLOW20",
// "SUMMER"); "from", "the" and "below" are words, not codes.
func validCode(s string) bool {
	digit, upper, lower := false, 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		}
	}
	return digit && upper+lower > 0 || lower == 0 && upper >= 4
}

// disclosure label kinds and where they are clear (scoring.md §2.1–2.3):
// US FTC accepts ad/advertisement/sponsored, "thanks to X for the free
// product", #BRANDpartner and a commission statement; UK ASA/CMA accepts
// only ad/advert/advertising/advertisement (and the platform tool);
// EU member-state labels (Werbung, Anzeige, publicidad, publicité,
// collaboration commerciale, pubblicità, #adv) are clear everywhere.
type labelRule struct {
	set   *phraseSet
	clear map[string]bool // regions where the label is clear; others: weak
	name  string
	// hashOrStart: the label counts only as a hashtag or as the first word
	// ("ad" in running text is just a word).
	hashOrStart bool
	hashOnly    bool
}

var all3 = map[string]bool{scout.RegionUS: true, scout.RegionUK: true, scout.RegionEU: true}

var labelRules = []labelRule{
	{set: newPhraseSet("ad", "advert", "adv", "publi"), clear: all3, name: "ad", hashOrStart: true},
	{set: newPhraseSet("advertisement", "advertising", "advertisement feature", "paid partnership", "paid promotion", "includes paid promotion",
		"werbung", "anzeige", "publicidad", "patrocinado", "patrocinado por", "publicite", "collaboration commerciale", "pubblicita", "sponsorizzato", "en colaboracion con"), clear: all3, name: "accepted label"},
	{set: newPhraseSet("sponsored", "sponsored by"), clear: map[string]bool{scout.RegionUS: true, scout.RegionEU: true}, name: "sponsored"},
	{set: newPhraseSet("i earn a commission", "i may earn a commission", "earn a small commission", "i earn from qualifying purchases", "commission earned"),
		clear: map[string]bool{scout.RegionUS: true}, name: "commission statement"},
	{set: newPhraseSet("sp", "spon", "collab", "gifted", "partner", "ambassador", "aff", "sponsorise", "produitoffert",
		"partnerschaft", "kooperation", "partenariat", "iworkwith"), name: "ambiguous hashtag", hashOnly: true},
	{set: newPhraseSet("affiliate link", "affiliate links", "in association with", "gifted by", "in collaboration with", "in collaborazione con"), name: "ambiguous phrase"},
}

// labelIndex maps a first token to the label rules with a phrase starting
// with it, so each token costs one lookup.
var labelIndex = func() map[string][]int {
	m := map[string][]int{}
	for i, lr := range labelRules {
		for w := range lr.set.first {
			m[w] = append(m[w], i)
		}
	}
	return m
}()

var (
	giftingCues = newPhraseSet("gifted", "pr package", "c o", "sent me", "sent by", "free product", "gift from", "regalo de", "me han regalado",
		"geschenkt", "zur verfugung gestellt", "regalato", "offert par", "produitoffert")
	ctaCues  = newPhraseSet("link in bio", "shop", "swipe up", "available at", "linked", "linked here", "link below", "shop now", "link en bio", "enlace en bio", "shop my look")
	codeCues = map[string]bool{"code": true, "codigo": true, "codice": true, "rabattcode": true, "gutscheincode": true, "promo": true}
)

// foldFor returns the number of characters shown before "more" (scoring.md
// §2.4: Instagram ≈ 125 [M], YouTube 180 and Facebook 400 [S]); 0 means the
// whole post is shown (Bluesky, Mastodon, the web).
func foldFor(p scout.Platform) int {
	switch p {
	case "instagram", "tiktok", "threads":
		return 125
	case scout.PlatformYouTube:
		return 180
	case "facebook":
		return 400
	}
	return 0
}

// discPost is the sponsorship analysis of one post.
type discPost struct {
	post       *scout.Post
	likelihood float64
	signals    []string
	codes      []string
	networks   []string
	mentions   []string
	partnerTag []string
	label      string
	status     string
	why        string
	sponsored  bool
}

// discResult summarises disclosure over the scanned posts.
type discResult struct {
	region    string
	posts     []*discPost // posts with any signal or label
	sponsored int
	clear     int
	weak      int
	none      int
}

// penalty is the disclosure part of brand_safety (scoring.md §6.3): D =
// 25·(1 − compliance) when ≥ 2 posts are likely sponsored, plus 10 per
// undisclosed post, at most 30.
func (d discResult) penalty() float64 {
	p := 0.0
	if d.sponsored >= 2 {
		p = 25 * (1 - float64(d.clear)/float64(d.sponsored))
	}
	p += 10 * float64(d.none)
	return clamp(p, 0, 30)
}

func (d discResult) inputs() map[string]any {
	comp := any(nil)
	if d.sponsored > 0 {
		comp = round(float64(d.clear)/float64(d.sponsored), 3)
	}
	return map[string]any{"region": d.region, "likely_sponsored": d.sponsored, "clear": d.clear, "weak": d.weak, "none": d.none,
		"compliance": comp, "penalty": round(d.penalty(), 2),
		"rules": "likely sponsored if 1−Π(1−w) ≥ 0.6 (paid tool 1.0, affiliate host 0.8, affiliate param 0.6, code 0.6, % off 0.4, gifting 0.5, @brand+CTA 0.3, known partner 0.3) or any disclosure label; " + regionRule(d.region)}
}

func regionRule(region string) string {
	switch region {
	case scout.RegionUK:
		return "UK ASA/CMA: clear = ad/advert/advertising/advertisement or the platform's paid-partnership tool, before the fold and not only in a trailing hashtag cluster; #sp, #spon, #collab, #gifted, 'sponsored', thanks-for-gift alone are weak"
	case scout.RegionEU:
		return "EU: clear = ad/advertisement/sponsored or the national label (Werbung, Anzeige, publicidad, publicité, pubblicità, #adv) or the platform tool, placed up front; #sp, #spon, #collab, #gifted are weak"
	}
	return "US FTC: clear = ad/advertisement/sponsored/paid partnership/#BRANDpartner/'thanks to X for the free product'/commission statement, before the fold and not inside a trailing hashtag cluster; #sp, #spon, #collab, #thanks, the platform tool alone are weak"
}

// analyzeDisclosure finds sponsorship signals and disclosure status in each
// post. own holds the creator's own handles (not brands).
func analyzeDisclosure(posts []*scout.Post, texts []postText, platformOf func(*scout.Post) scout.Platform, region string, own map[string]bool) discResult {
	d := discResult{region: region}
	disclosedBrands := map[string]bool{}
	for i, p := range posts {
		dp := analyzePost(p, texts[i], platformOf(p), region, own)
		if dp == nil {
			continue
		}
		d.posts = append(d.posts, dp)
		if dp.status == DisclosureClear {
			for _, m := range dp.mentions {
				disclosedBrands[m] = true
			}
		}
	}
	for _, dp := range d.posts {
		if dp.label == "" && !dp.post.PaidPartnership {
			for _, m := range dp.mentions {
				if disclosedBrands[m] {
					dp.add("known_partner:@"+m, wKnownPartner)
					break
				}
			}
		}
		dp.sponsored = dp.likelihood >= likelyLine || dp.label != "" || dp.post.PaidPartnership
		if !dp.sponsored {
			continue
		}
		d.sponsored++
		switch dp.status {
		case DisclosureClear:
			d.clear++
		case DisclosureWeak:
			d.weak++
		default:
			d.none++
		}
	}
	return d
}

func (dp *discPost) add(signal string, w float64) {
	dp.signals = append(dp.signals, signal)
	dp.likelihood = 1 - (1-dp.likelihood)*(1-w)
}

func analyzePost(p *scout.Post, pt postText, platform scout.Platform, region string, own map[string]bool) *discPost {
	text, toks, titleLen := pt.text, pt.toks, pt.prefix
	dp := &discPost{post: p}
	if p.PaidPartnership {
		dp.add("platform_paid_partnership", wPaidTool)
	}
	// Links in text and in Links.
	hasSlash := strings.IndexByte(text, '/') >= 0
	if hasSlash || len(p.Links) > 0 {
		links := append([]string(nil), p.Links...)
		if hasSlash {
			links = append(links, reURL.FindAllString(text, -1)...)
		}
		for _, l := range links {
			host, q := parseLink(l)
			if host == "" {
				continue
			}
			if n, ok := affiliateHosts[host]; ok {
				dp.add("affiliate_host:"+host, wAffHost)
				dp.networks = appendUniq(dp.networks, n)
				continue
			}
			if strings.Contains(host, "amazon.") && q.Get("tag") != "" {
				dp.add("affiliate_param:tag="+q.Get("tag"), wAffParam)
				dp.networks = appendUniq(dp.networks, "Amazon Associates")
				continue
			}
			for _, k := range sortedKeys(q) {
				lk := strings.ToLower(k)
				if n, ok := affiliateParams[lk]; ok {
					dp.add("affiliate_param:"+lk, wAffParam)
					if n != "" {
						dp.networks = appendUniq(dp.networks, n)
					}
					break
				}
				if lk == "utm_medium" && (strings.HasPrefix(strings.ToLower(q.Get(k)), "influencer") || strings.EqualFold(q.Get(k), "affiliate")) {
					dp.add("affiliate_param:utm_medium="+q.Get(k), wAffParam)
					break
				}
			}
		}
	}
	hasCodeCue := false
	for _, t := range toks {
		if codeCues[t.norm] || strings.HasSuffix(t.norm, "code") {
			hasCodeCue = true
			break
		}
	}
	if hasCodeCue {
		for _, m := range reCode.FindAllStringSubmatch(text, -1) {
			if validCode(m[1]) {
				dp.codes = appendUniq(dp.codes, strings.ToUpper(m[1]))
			}
		}
		if len(dp.codes) > 0 {
			dp.add("discount_code:"+strings.Join(dp.codes, ","), wCode)
		}
	}
	if strings.IndexByte(text, '%') >= 0 && rePct.MatchString(text) {
		dp.add("percent_off", wPercentOff)
	}
	if giftingCues.contains(toks) {
		dp.add("gifting", wGifting)
	}
	for _, t := range toks {
		if t.mention && !own[t.norm] {
			dp.mentions = appendUniq(dp.mentions, t.norm)
		}
		if t.hashtag && len(t.norm) > len("partner") && strings.HasSuffix(t.norm, "partner") {
			dp.partnerTag = appendUniq(dp.partnerTag, strings.TrimSuffix(t.norm, "partner"))
		}
	}
	if len(dp.mentions) > 0 && ctaCues.contains(toks) {
		dp.add("brand_mention_cta", wMentionCTA)
	}

	// Disclosure labels.
	best, bestWhy, bestLabel := DisclosureNone, "", ""
	fold := foldFor(platform)
	cluster := trailingHashtags(text, toks)
	consider := func(status, label, why string) {
		if rank(status) > rank(best) {
			best, bestLabel, bestWhy = status, label, why
		}
	}
	for i := range toks {
		for _, li := range labelIndex[toks[i].norm] {
			lr := &labelRules[li]
			n := lr.set.matchAt(toks, i)
			if n == 0 {
				continue
			}
			t := toks[i]
			if lr.hashOnly && !t.hashtag || lr.hashOrStart && !t.hashtag && i != 0 {
				continue
			}
			label := text[t.start:toks[i+n-1].end]
			st := DisclosureWeak
			why := label + " is not a clear label under " + strings.ToUpper(region) + " rules"
			if lr.clear[region] {
				st, why = DisclosureClear, label+" up front"
				switch {
				case fold > 0 && t.start-titleLen > fold && t.start >= titleLen:
					st, why = DisclosureWeak, fmt.Sprintf("%s only after the %d-character fold", label, fold)
				case cluster >= 0 && i >= cluster && len(toks)-cluster >= 4:
					st, why = DisclosureWeak, fmt.Sprintf("%s only inside a trailing cluster of %d hashtags", label, len(toks)-cluster)
				}
			}
			consider(st, label, why)
		}
	}
	thanks := false // the regexp is costly; run it only where it can match
	for _, t := range toks {
		thanks = thanks || t.norm == "thank" || t.norm == "thanks"
	}
	if loc := reThanksIf(thanks, text); loc != nil {
		if region == scout.RegionUS {
			consider(DisclosureClear, text[loc[0]:loc[1]], "thanks for the free product (FTC Disclosures 101)")
		} else {
			consider(DisclosureWeak, text[loc[0]:loc[1]], "thanking the brand is not a clear label under "+strings.ToUpper(region)+" rules")
		}
	}
	if len(dp.partnerTag) > 0 {
		if region == scout.RegionUS {
			consider(DisclosureClear, "#"+dp.partnerTag[0]+"partner", "#BRANDpartner (FTC Disclosures 101)")
		} else {
			consider(DisclosureWeak, "#"+dp.partnerTag[0]+"partner", "#BRANDpartner is not a clear label under "+strings.ToUpper(region)+" rules")
		}
	}
	if p.PaidPartnership && best != DisclosureClear {
		if region == scout.RegionUS {
			consider(DisclosureWeak, "platform paid-partnership label", "the platform's tool alone may not be enough (FTC: don't assume it is)")
		} else {
			consider(DisclosureClear, "platform paid-partnership label", "the platform's paid-partnership tool (accepted by the CMA)")
		}
	}
	dp.status, dp.label, dp.why = best, bestLabel, bestWhy
	if dp.likelihood == 0 && dp.label == "" {
		return nil
	}
	return dp
}

func rank(s string) int {
	switch s {
	case DisclosureClear:
		return 2
	case DisclosureWeak:
		return 1
	}
	return 0
}

// trailingHashtags returns the index of the first token of the trailing run
// of hashtags (nothing but hashtags and spaces/punctuation to the end), or -1.
func trailingHashtags(text string, toks []token) int {
	i := len(toks)
	for i > 0 && toks[i-1].hashtag {
		i--
	}
	if i == len(toks) {
		return -1
	}
	return i
}

func parseLink(l string) (string, url.Values) {
	if !strings.Contains(l, "://") {
		l = "https://" + l
	}
	u, err := url.Parse(l)
	if err != nil {
		return "", nil
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	return h, u.Query()
}

func appendUniq(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

func sortedKeys(q url.Values) []string {
	ks := make([]string, 0, len(q))
	for k := range q {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// disclosureFlags turns the analysis into undisclosed_sponsorship and
// weak_disclosure flags.
func disclosureFlags(d discResult) []scout.Flag {
	var none, weak []scout.Evidence
	for _, dp := range d.posts {
		if !dp.sponsored {
			continue
		}
		rule := "disclosure:" + d.region + "@" + LexiconVersion + " status=" + dp.status
		switch dp.status {
		case DisclosureNone:
			if len(none) < 5 {
				none = append(none, postEvidence(dp.post, -1, dp.post.Text, strings.Join(dp.signals, "; "), rule))
			}
		case DisclosureWeak:
			if len(weak) < 5 {
				weak = append(weak, postEvidence(dp.post, -1, dp.post.Text, dp.label, rule+" ("+dp.why+")"))
			}
		}
	}
	var fs []scout.Flag
	if d.none > 0 {
		fs = append(fs, scout.Flag{Code: "undisclosed_sponsorship", Severity: scout.SeverityRed,
			Message:  fmt.Sprintf("%d likely sponsored post(s) (affiliate links, discount codes, gifting) carry no disclosure under %s rules", d.none, strings.ToUpper(d.region)),
			Evidence: none})
	}
	if d.weak > 0 {
		fs = append(fs, scout.Flag{Code: "weak_disclosure", Severity: scout.SeverityWarn,
			Message:  fmt.Sprintf("%d sponsored post(s) are disclosed unclearly under %s rules (ambiguous label, or buried after the fold or in hashtags)", d.weak, strings.ToUpper(d.region)),
			Evidence: weak})
	}
	return fs
}

func reThanksIf(ok bool, text string) []int {
	if !ok {
		return nil
	}
	return reThanks.FindStringIndex(text)
}
