package scoring

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"

	scout "github.com/scout-oss/scout"
)

// VersionDisclosure is the version of the disclosure rules (sponsorship
// signals, labels per language and region); evidence rules cite it so a
// stored flag can be traced to the rules that raised it.
const VersionDisclosure = "dc-2.1.0"

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
	wGiftFrom     = 0.6 // gifting language naming the giver (@brand): a gift is a material connection (FTC, CMA)
	wMentionCTA   = 0.3
	wMentionShop  = 0.6 // @brand, a call to click and the brand's goods ("@marca … link na bio para verem a coleção"): a campaign
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
	// "Thanks (to) X for the free/gifted ..." (FTC Disclosures 101).
	reThanks = regexp.MustCompile(`(?i)\bthank(?:s| you)(?:\s+so\s+much)?\s+(?:to\s+)?@?[\p{L}\p{N}_.]+\s+for\s+(?:the\s+|my\s+|this\s+|these\s+)?(?:free|gifted|complimentary)`)
)

// codesIn returns the codes reCode captures in text[from:], as
// reCode.FindAllStringSubmatch would, from's own word boundary assumed.
// Every alternative of reCode begins with "pr", "di", "co", "có", "cu",
// "ra" or "gu" (in either case; no other letter folds to these), after a word
// boundary, so the anchored expression (codeAt) runs only at those places.
func codesIn(text string, from int) []string {
	var codes []string
	for i := from; i+1 < len(text); i++ {
		if i > from && isASCIIWordByte(text[i-1]) {
			continue
		}
		switch text[i] | 0x20 {
		case 'p':
			if text[i+1]|0x20 != 'r' {
				continue
			}
		case 'd':
			if text[i+1]|0x20 != 'i' {
				continue
			}
		case 'c':
			if c := text[i+1] | 0x20; c != 'o' && c != 'u' && text[i+1] != 0xc3 { // "código": ó and Ó start with 0xc3
				continue
			}
		case 'r':
			if text[i+1]|0x20 != 'a' {
				continue
			}
		case 'g':
			if text[i+1]|0x20 != 'u' {
				continue
			}
		default:
			continue
		}
		end, from, to, ok := codeAt(text[i:]) // reCodeAt, by hand
		if !ok {
			continue
		}
		codes = append(codes, text[i+from:i+to])
		i += end - 1
	}
	return codes
}

// percentOff reports rePct in text. A match is one or two digits and an
// optional space before a '%', after a word boundary, so the anchored
// expression (pctAt) runs only just before each '%'.
func percentOff(text string) bool {
	for k := 0; k < len(text); k++ {
		i := strings.IndexByte(text[k:], '%')
		if i < 0 {
			return false
		}
		i += k
		for j := max(0, i-3); j < i; j++ {
			if text[j] >= '0' && text[j] <= '9' && (j == 0 || !isASCIIWordByte(text[j-1])) && pctAt(text[j:]) {
				return true
			}
		}
		k = i
	}
	return false
}

// isASCIIWordByte reports the bytes of the expressions' \w, which \b
// tells from all others (a byte of a multi-byte letter is not one).
func isASCIIWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// codeToken reports a code written on its own ("Use BEA15", "Con RAQUEL15
// tenéis un 15 %"): 4 to 20 upper-case letters and digits, starting with a
// letter and ending with a digit. It is read as a code only in a post that
// speaks of a discount.
func codeToken(w string) bool {
	if len(w) < 4 || len(w) > 20 || w[0] < 'A' || w[0] > 'Z' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// appendURLs appends the links written in text (reURL's matches, read by
// nextURL). A link holds no white space, so the scan runs only on the
// space-separated fields that have a dot, not on the whole text.
func appendURLs(links []string, text string) []string {
	for i := 0; i < len(text); {
		for i < len(text) && isSpaceByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isSpaceByte(text[j]) {
			j++
		}
		if f := text[i:j]; strings.IndexByte(f, '.') >= 0 {
			for a, b := nextURL(f, 0); a >= 0; a, b = nextURL(f, b) {
				if i+a > 0 && text[i+a-1] == '@' {
					continue // a handle with dots, not a link
				}
				links = append(links, f[a:b])
			}
		}
		i = j
	}
	return links
}

// isSpaceByte reports the white space of the expressions' \s, which no
// link holds.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// thanksAt finds "thanks (to) X for the free …" only in a post that says
// thanks, so the expression runs on few posts.
func thanksAt(text string, toks []token) []int {
	for _, t := range toks {
		if t.norm == "thanks" || t.norm == "thank" {
			return reThanks.FindStringIndex(text)
		}
	}
	return nil
}

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
	// trailing: the label also counts, weakly, as the lone last word of
	// the post ("... #skincare ad").
	trailing bool
	// langs, when set, limits the label to posts in these languages.
	langs map[string]bool
}

var all3 = map[string]bool{scout.RegionUS: true, scout.RegionUK: true, scout.RegionEU: true}

var labelRules = []labelRule{
	{set: newPhraseSet("ad", "advert", "adv", "publi", "publipost"), clear: all3, name: "ad", hashOrStart: true, trailing: true},
	// "pub" is French for an ad; in English it is a bar.
	{set: newPhraseSet("pub"), clear: all3, name: "ad", hashOrStart: true, trailing: true, langs: map[string]bool{"fr": true}},
	{set: newPhraseSet("advertisement", "advertising", "advertisement feature", "paid partnership", "paid promotion", "includes paid promotion",
		"werbung", "anzeige", "bezahlte partnerschaft", "bezahlte werbepartnerschaft", "werbepartnerschaft",
		"publicidad", "colaboracion pagada", "colaboracion remunerada", "patrocinado", "patrocinado por", "en colaboracion con",
		"publicite", "collaboration commerciale", "partenariat remunere",
		"pubblicita", "sponsorizzato", "collaborazione commerciale", "partnership retribuita", "partnership pagata",
		"publicidade", "parceria paga", "conteudo pago", "colaboracao paga"), clear: all3, name: "accepted label"},
	{set: newPhraseSet("sponsored", "sponsored by"), clear: map[string]bool{scout.RegionUS: true, scout.RegionEU: true}, name: "sponsored"},
	{set: newPhraseSet("i earn a commission", "i may earn a commission", "earn a small commission", "i earn from qualifying purchases", "commission earned"),
		clear: map[string]bool{scout.RegionUS: true}, name: "commission statement"},
	{set: newPhraseSet("sp", "spon", "sponso", "collab", "colab", "collabo", "gifted", "partner", "ambassador", "aff", "sponsorise", "produitoffert",
		"partenaire", "partnerschaft", "kooperation", "partenariat", "parceria", "parceiro", "colaboracion", "collaborazione", "iworkwith"), name: "ambiguous hashtag", hashOnly: true},
	{set: newPhraseSet("affiliate link", "affiliate links", "in association with", "gifted by", "in collaboration with", "in collaborazione con"), name: "ambiguous phrase"},
}

// labelIndex maps a first token to the label rules with a phrase starting
// with it, so each token costs one lookup; labelStarts screens the tokens
// first.
var labelIndex = func() map[string][]int {
	m := map[string][]int{}
	for i, lr := range labelRules {
		for w := range lr.set.first {
			m[w] = append(m[w], i)
		}
	}
	return m
}()

var labelStarts = func() (f wordFilter) {
	for w := range labelIndex {
		f.add(w)
	}
	return f
}()

var (
	// giftingCues are phrases of receiving a product or a trip for free,
	// in en, es, de, fr, it, pt (FTC Disclosures 101 and CMA: a gift is a
	// material connection that must be disclosed).
	giftingCues = newPhraseSet("gifted", "pr package", "pr box", "c o", "sent me", "sending me", "sent us", "for sending", "kindly sent", "sent by",
		"free product", "gift from", "courtesy of", "for inviting me", "for inviting us", "for the invite", "for having me", "hosted by",
		"regalo de", "me regalaron", "me han regalado", "me ha regalado", "me enviaron", "me han enviado", "me ha enviado", "me mandaron",
		"caja pr", "paquete pr", "por la invitacion", "me invitaron",
		"geschenkt bekommen", "mir geschickt", "mir zugeschickt", "uns geschickt", "uns zugeschickt", "zur verfugung gestellt", "pr paket", "fur die einladung",
		"offert par", "m a offert", "nous a offert", "m ont offert", "nous ont offert", "m a envoye", "nous a envoye", "m ont envoye", "colis pr",
		"pour l invitation", "produitoffert",
		"regalato", "regalata", "in regalo", "regalo di", "mi hanno inviato", "mi ha inviato", "mi hanno mandato", "per l invito",
		"me enviaram", "me mandaram", "nos enviaram", "recebi de presente", "presente da", "presente do", "ganhei da", "ganhei do", "pelo convite",
		"recebidos", "mimo",
		// More ways of saying it, per language.
		"was gifted", "were gifted", "kindly gifted", "gifted to me", "sent over", "received from", "pr gift", "pr haul", "press sample", "press trip",
		"free sample", "for the gift", "for the gifts",
		"me ha llegado", "me han mandado", "me ha mandado", "regalito de", "obsequio de", "cortesia de", "enviado por", "viaje de prensa", "muestra gratuita",
		"geschenkt von", "zugeschickt bekommen", "kostenlos erhalten", "kostenlos bekommen", "bereitgestellt von", "pr sample", "pressereise",
		"m a ete offert", "m a ete envoye", "nous a ete offert", "envoye par", "gracieusement offert", "voyage de presse",
		"mi e stato regalato", "mi e stato inviato", "ci e stato regalato", "ricevuto in regalo", "mi hanno regalato", "viaggio stampa",
		"recebi da", "recebi do", "recebido da", "recebido do", "recebidinho", "recebidinhos", "enviado pela", "enviado pelo", "cortesia da", "cortesia do",
		"me enviou", "ganhei de presente",
		// A stay or a trip on someone's invitation.
		"complimentary stay", "invited by", "thanks for hosting", "for hosting us", "for hosting me",
		"invitados por", "invitada por", "invitado por", "gracias por la hospitalidad",
		"zu gast bei", "auf einladung von", "eingeladen von", "danke fur die gastfreundschaft",
		"sur invitation de", "invites par", "invitee par", "invite par", "merci pour l accueil",
		"su invito di", "ospiti di", "ospite di", "grazie per l ospitalita",
		"a convite de", "a convite da", "a convite do", "convidados da", "convidada da", "convidado da", "obrigada pela hospitalidade", "obrigado pela hospitalidade", "pela hospedagem")
	// giftGaps are gifting phrases with words between their halves ("hat
	// mir @marke geschickt", "m'a gentiment offert").
	giftGaps = [][2]string{{"mir", "geschickt"}, {"mir", "zugeschickt"}, {"uns", "geschickt"}, {"mir", "geschenkt"}, {"uns", "geschenkt"},
		{"m", "offert"}, {"nous", "offert"}, {"me", "regalato"}, {"mi", "regalato"},
		{"me", "regalaron"}, {"nos", "regalaron"}, {"me", "enviaron"}, {"me", "mandaron"}}
	// ctaCues are calls to buy or click through.
	ctaCues = newPhraseSet("link in bio", "link in my bio", "linked in my bio", "linked", "linked here", "link below", "link in description",
		"swipe up", "available at", "shop now", "shop the look", "shop my look", "shop my",
		"link en bio", "link en mi bio", "enlace en bio", "enlace en mi bio", "link en la descripcion",
		"link in der bio", "link im profil", "link in bio", "lien dans ma bio", "lien en bio", "lien en description",
		"link nella bio", "link nelle storie", "link in descrizione", "link na bio", "link na descricao")
	// shopCues name a brand's goods on sale, beside a call to click: a
	// collection, a drop, something to get, in en, es, de, fr, it, pt.
	shopCues = newPhraseSet("collection", "the collection", "new collection", "the range", "new drop", "the drop", "get yours", "grab yours", "shop the", "available now", "out now",
		"coleccion", "la coleccion", "nueva coleccion", "consigue el tuyo", "consigue la tuya", "ya disponible", "disponible ya",
		"kollektion", "die kollektion", "neue kollektion", "jetzt erhaltlich", "ab sofort erhaltlich", "holt euch",
		"la collection", "nouvelle collection", "disponible maintenant", "deja disponible",
		"collezione", "la collezione", "nuova collezione", "ora disponibile", "gia disponibile",
		"colecao", "a colecao", "nova colecao", "ja disponivel", "garanta o seu", "garanta a sua")
	// referralCues ask people to sign up or buy through the creator's
	// own link, or promise a bonus for it, in en, es, de, fr, it, pt.
	referralCues = newPhraseSet("sign up", "signup", "register", "my link", "my referral", "referral", "referral link", "invite link", "agent link",
		"my agent", "use my link", "bonus", "welcome bonus",
		"registrate", "registrarte", "mi enlace", "mi link", "bono", "bono de bienvenida", "con mi link", "con mi enlace",
		"anmelden", "registrieren", "mein link", "meinen link", "meinem link", "uber meinen link", "willkommensbonus",
		"inscris toi", "inscrivez vous", "mon lien", "via mon lien", "lien de parrainage", "parrainage", "code parrainage",
		"iscriviti", "registrati", "il mio link", "link di invito", "bonus di benvenuto",
		"cadastra", "cadastre", "cadastre se", "cadastro", "meu link", "pelo meu link", "no meu link", "link de convite", "bonus de boas vindas", "ganha bonus")
	codeCues = map[string]bool{"code": true, "codigo": true, "codice": true, "rabattcode": true, "gutscheincode": true, "promo": true,
		"cupon": true, "cupom": true, "coupon": true}
	codeCueStarts = func() (f wordFilter) {
		for w := range codeCues {
			f.add(w)
		}
		return f
	}()
	// giftGapStarts screens tokens for the first half of a giftGaps phrase.
	giftGapStarts = func() (f wordFilter) {
		for _, g := range giftGaps {
			f.add(g[0])
		}
		return f
	}()
	// discountCues make a bare upper-case token read as a code ("Use
	// BEA15", "Mit LOTTA15 spart ihr 15 %").
	discountCues = newPhraseSet("off", "discount", "descuento", "rabatt", "sconto", "reduction", "remise", "desconto", "spart", "sparen")
	// theirSite says the code or link belongs to someone else's shop.
	theirSite = newPhraseSet("their site", "their website", "their shop", "their store", "su web", "su pagina", "su tienda",
		"leur site", "leur boutique", "loro sito", "sul loro sito", "site deles", "site dela", "site da marca", "ihrer website", "ihrem shop", "ihrer seite")
	// peopleWords introduce a mention as a person close to the creator
	// ("mi amiga @rocio", "notre voisin @paul"), or follow a gift phrase
	// to say who gave it ("regalo di mio padre"): not a brand.
	peopleWords = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range []string{"friend", "friends", "bestie", "neighbour", "neighbor", "mum", "mom", "dad", "mother", "father", "sister", "brother",
			"husband", "wife", "boyfriend", "girlfriend", "grandma", "grandpa", "cousin", "colleague",
			"amiga", "amigo", "amigas", "amigos", "vecina", "vecino", "hermana", "hermano", "novio", "novia", "madre", "padre", "abuela", "abuelo", "prima", "primo", "pareja",
			"freundin", "freund", "nachbarin", "nachbar", "schwester", "bruder", "mama", "papa", "oma", "opa", "mutter", "vater",
			"amie", "ami", "copine", "copain", "voisine", "voisin", "soeur", "frere", "mere", "pere", "cousine",
			"amica", "amico", "vicina", "vicino", "sorella", "fratello", "nonna", "nonno",
			"vizinha", "vizinho", "irma", "irmao", "namorado", "namorada", "mae", "pai", "avo"} {
			m[w] = true
		}
		return m
	}()
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
	// ambiguous: the best label is an ambiguous tag or phrase, which marks
	// a deal only beside something commercial (commercial).
	ambiguous  bool
	commercial bool
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
		"rules":   rulesFor(d.region),
		"version": VersionDisclosure}
}

// rulesText is the sponsorship rule shown in inputs, before the region's.
const rulesText = "likely sponsored if 1−Π(1−w) ≥ 0.6 (paid tool 1.0, affiliate host 0.8, affiliate param 0.6, code 0.6, % off 0.4, gift from a named @brand 0.6, gifting words 0.5, @brand+CTA+the brand's goods (collection, drop) 0.6, @brand+CTA 0.3, known partner 0.3; a referral parameter on another site is an affiliate link when it carries the creator's handle or the post asks people to sign up or use the creator's link; codes and sales with no brand, brand's site or outside link are the creator's own and count 0) or a clear label, or an ambiguous one beside a commercial signal; "

// regionRules are rulesText with each region's rule, built once: the
// text is a kilobyte, and every assessment shows it.
var regionRules = map[string]string{
	scout.RegionUS: rulesText + regionRule(scout.RegionUS),
	scout.RegionUK: rulesText + regionRule(scout.RegionUK),
	scout.RegionEU: rulesText + regionRule(scout.RegionEU),
}

func rulesFor(region string) string {
	if r, ok := regionRules[region]; ok {
		return r
	}
	return rulesText + regionRule(region)
}

func regionRule(region string) string {
	switch region {
	case scout.RegionUK:
		return "UK ASA/CMA: clear = ad/advert/advertising/advertisement, the platform's paid-partnership tool or its text in the post's language (Paid partnership, Colaboración pagada, Bezahlte Partnerschaft, Partenariat rémunéré, Partnership retribuita, Parceria paga) or the national word (Werbung, Anzeige, publicidad, #publi, publicité, pub, collaboration commerciale, pubblicità, publicidade), before the fold and not only in a trailing hashtag cluster; #sp, #spon, #collab, #gifted, #parceria, #partenaire, 'sponsored', thanks-for-gift, a lone trailing 'ad' are weak"
	case scout.RegionEU:
		return "EU: clear = ad/advertisement/sponsored, the national word in the post's language (Werbung, Anzeige, publicidad, #publi, publicité, pub, collaboration commerciale, pubblicità, #adv, publicidade) or the platform tool or its text (Colaboración pagada, Bezahlte Partnerschaft, Partenariat rémunéré, Partnership retribuita, Parceria paga), placed up front; #sp, #spon, #sponso, #collab, #gifted, #parceria, #partenaire, #kooperation, a lone trailing 'ad' are weak"
	}
	return "US FTC: clear = ad/advertisement/sponsored/paid partnership/#BRANDpartner/'thanks to X for the free product'/commission statement, or the same words in the post's language (publicidad, #publi, Werbung, publicité, pubblicità, publicidade, Colaboración pagada, Parceria paga, …), before the fold and not inside a trailing hashtag cluster; #sp, #spon, #collab, #thanks, #parceria, a lone trailing 'ad', the platform tool alone are weak"
}

// analyzeDisclosure finds sponsorship signals and disclosure status in each
// post. own holds the creator's own handles (not brands).
func analyzeDisclosure(posts []*scout.Post, texts []postText, platformOf func(*scout.Post) scout.Platform, region string, own owner) discResult {
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
		// An ambiguous tag ("#collab", "#partner", "#sp") marks a deal only
		// beside something commercial; with nothing else, or with only a
		// friend named, it is a collaboration between people.
		labelled := dp.label != "" && (!dp.ambiguous || dp.commercial)
		dp.sponsored = dp.likelihood >= likelyLine || labelled || dp.post.PaidPartnership
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

// owner is what is the creator's own: handles (mentions of them are not
// brands), words of the handles and bios (a hashtag that is one of them is
// the creator's vocabulary, not a label), the hosts of the bio links (the
// creator's shop or site) and the language of the posts by default.
type owner struct {
	handles map[string]bool
	// handleParts are the handles' pieces a referral code may carry.
	handleParts map[string]bool
	words       map[string]bool
	hosts       map[string]bool
	lang        string
}

// ownerOf collects what belongs to c.
func ownerOf(c *scout.Creator) owner {
	o := owner{handles: ownHandles(c), handleParts: map[string]bool{}, words: map[string]bool{}, hosts: map[string]bool{}}
	if c == nil {
		return o
	}
	for _, a := range c.Accounts {
		for _, p := range handlePartsOf(a.Handle) {
			if len(p) >= 5 {
				o.handleParts[p] = true
			}
		}
	}
	if c.Language != nil {
		o.lang = *c.Language
	}
	add := func(l string) {
		if h, _ := parseLink(l); h != "" {
			o.hosts[h] = true
		}
	}
	for _, a := range c.Accounts {
		for _, t := range tokenize(a.Bio) {
			o.words[t.norm] = true
		}
		for _, l := range a.Links {
			add(l)
		}
		if a.Platform == scout.PlatformWeb {
			add(a.URL)
		}
		if o.lang == "" {
			o.lang = a.Language
		}
	}
	for _, l := range c.Links {
		add(l)
	}
	return o
}

// plainWord reports whether a label word is used in its ordinary sense in
// this post or the creator's bio ("il mio partner", "Passeios em SP"), so
// the same word as a hashtag is no label.
func (o owner) plainWord(toks []token, w string) bool {
	if o.words[w] {
		return true
	}
	for _, t := range toks {
		if t.norm == w && !t.hashtag && !t.mention {
			return true
		}
	}
	return false
}

// brandMentions returns the accounts a post mentions that are neither the
// creator's own nor introduced as a friend or family member.
func (o owner) brandMentions(text string, toks []token) (brands []string, people int) {
	for i, t := range toks {
		if !t.mention || o.handles[t.norm] {
			continue
		}
		if i > 0 && peopleWords[toks[i-1].norm] {
			people++
			continue
		}
		brands = appendUniq(brands, fullHandle(text, t))
	}
	return brands, people
}

// fullHandle is a mention's whole handle as written, lower-cased, dots
// included ("@pfotenglueck.shop" → "pfotenglueck.shop"); the tokenizer
// stops at the first dot.
func fullHandle(text string, t token) string {
	end := t.end
	for end < len(text) {
		c := text[end]
		if c == '.' || c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			end++
			continue
		}
		break
	}
	h := strings.TrimRight(text[t.start:end], ".-_")
	return strings.ToLower(strings.TrimPrefix(h, "@"))
}

// giftAt reports gifting language in toks: a gifting phrase, or the two
// halves of a split one within 4 words, unless a person close to the
// creator is named beside it ("a gift from my dad", "mum sent me").
func giftAt(toks []token) bool {
	personNear := func(i, n int) bool {
		for k := max(0, i-2); k < min(len(toks), i+n+3); k++ {
			if peopleWords[toks[k].norm] {
				return true
			}
		}
		return false
	}
	for i := range toks {
		if n := giftingCues.matchAt(toks, i); n > 0 && !personNear(i, n) {
			return true
		}
		if !giftGapStarts.has(toks[i].norm) {
			continue
		}
		for _, g := range giftGaps {
			if toks[i].norm != g[0] {
				continue
			}
			for k := i + 1; k < len(toks) && k <= i+4; k++ {
				if toks[k].norm == g[1] && !personNear(i, k-i+1) {
					return true
				}
			}
		}
	}
	return false
}

func analyzePost(p *scout.Post, pt postText, platform scout.Platform, region string, own owner) *discPost {
	text, toks, titleLen := pt.text, pt.toks, pt.prefix
	// Most posts carry no signal and no label: the analysis stays on the
	// stack until it has something to return.
	var d discPost
	dp := &d
	dp.post = p
	if p.PaidPartnership {
		dp.add("platform_paid_partnership", wPaidTool)
	}
	brands, people := own.brandMentions(text, toks)
	dp.mentions = brands
	// Links in text and in Links. A link to a host that is not the
	// creator's own names a third party, so a code beside it is someone
	// else's.
	thirdParty := len(brands) > 0 || theirSite.contains(toks)
	hasSlash := strings.IndexByte(text, '/') >= 0
	if hasSlash || len(p.Links) > 0 {
		referralCue := referralCues.contains(toks)
		links := append([]string(nil), p.Links...)
		if hasSlash {
			links = appendURLs(links, text)
		}
		seen := map[string]bool{}
		for _, l := range links {
			host, q := parseLink(l)
			if host == "" || seen[l] {
				continue
			}
			seen[l] = true
			if !own.hosts[host] && !platformHost(host) {
				thirdParty = true
			}
			if n, ok := affiliateHosts[host]; ok {
				dp.add("affiliate_host:"+host, wAffHost)
				dp.networks = appendUniq(dp.networks, n)
				continue
			}
			if sig, n := affiliateLink(host, q, own, referralCue); sig != "" {
				dp.add(sig, wAffParam)
				if n != "" {
					dp.networks = appendUniq(dp.networks, n)
				}
			}
		}
	}
	// Commerce without a third party (a code, a sale, a call to action
	// with no brand, no brand's site and no outside link) is the
	// creator's own shop or product: it sells, but sponsors nothing.
	var commerce []string
	hasCodeCue, cueAt := false, -1
	for _, t := range toks {
		cue := strings.HasSuffix(t.norm, "code") || codeCueStarts.has(t.norm) && codeCues[t.norm]
		if cue {
			hasCodeCue = true
		}
		if cueAt < 0 && (cue || t.norm == "discount") {
			cueAt = t.start
		}
	}
	if hasCodeCue {
		// A code phrase starts with a cue word: the expression need not
		// try the text before the first one.
		for _, c := range codesIn(text, cueAt) {
			if validCode(c) {
				dp.codes = appendUniq(dp.codes, strings.ToUpper(c))
			}
		}
	}
	if hasCodeCue || strings.IndexByte(text, '%') >= 0 || discountCues.contains(toks) {
		for _, t := range toks {
			if w := text[t.start:t.end]; !t.hashtag && !t.mention && codeToken(w) && validCode(w) {
				dp.codes = appendUniq(dp.codes, w)
			}
		}
	}
	if len(dp.codes) > 0 {
		commerce = append(commerce, "discount_code:"+strings.Join(dp.codes, ","))
	}
	pctOff := percentOff(text)
	if pctOff {
		commerce = append(commerce, "percent_off")
	}
	cta := ctaCues.contains(toks)
	if thirdParty {
		for _, c := range commerce {
			w := wCode
			if c == "percent_off" {
				w = wPercentOff
			}
			dp.add(c, w)
		}
	} else if len(commerce) > 0 {
		dp.signals = append(dp.signals, "own_product:"+strings.Join(commerce, ";"))
		dp.codes = nil
	}
	if giftAt(toks) {
		if len(brands) > 0 {
			dp.add("gift_from:@"+brands[0], wGiftFrom)
		} else {
			dp.add("gifting", wGifting)
		}
	}
	for _, t := range toks {
		if t.hashtag && len(t.norm) > len("partner") && strings.HasSuffix(t.norm, "partner") {
			dp.partnerTag = appendUniq(dp.partnerTag, strings.TrimSuffix(t.norm, "partner"))
		}
	}
	if len(brands) > 0 && cta {
		if shopCues.contains(toks) {
			dp.add("brand_shop_cta", wMentionShop)
		} else {
			dp.add("brand_mention_cta", wMentionCTA)
		}
	}
	// Anything that makes an ambiguous tag mean a deal: a gift, a code, a
	// sale, an affiliate link, a call to buy, or a brand named where no
	// friend is (with a friend named, "#collab" is their joint work).
	dp.commercial = len(brands) > 0 && people == 0 || dp.likelihood > 0 || len(commerce) > 0 || cta

	// Disclosure labels.
	lang := p.Language
	if lang == "" {
		lang = own.lang
	}
	best, bestWhy, bestLabel, bestAmbiguous := DisclosureNone, "", "", false
	fold := foldFor(platform)
	cluster := trailingHashtags(text, toks)
	consider := func(status, label, why string, ambiguous bool) {
		if rank(status) > rank(best) || rank(status) == rank(best) && bestAmbiguous && !ambiguous {
			best, bestLabel, bestWhy, bestAmbiguous = status, label, why, ambiguous
		}
	}
	for i := range toks {
		if !labelStarts.has(toks[i].norm) {
			continue
		}
		for _, li := range labelIndex[toks[i].norm] {
			lr := &labelRules[li]
			n := lr.set.matchAt(toks, i)
			if n == 0 {
				continue
			}
			t := toks[i]
			last := i+n == len(toks) && !t.hashtag && !t.mention
			lone := last && lr.trailing && (i == 0 || toks[i-1].hashtag || strings.ContainsRune(text[toks[i-1].end:t.start], '\n'))
			if lr.hashOnly && !t.hashtag || lr.hashOrStart && !t.hashtag && i != 0 && !lone {
				continue
			}
			if lr.langs != nil && lang != "" && !lr.langs[lang] {
				continue
			}
			ambiguous := lr.clear == nil
			if ambiguous && lr.hashOnly && own.plainWord(toks, t.norm) {
				continue // "#partner" beside "il mio partner", "#sp" for São Paulo
			}
			label := text[t.start:toks[i+n-1].end]
			st := DisclosureWeak
			why := label + " is not a clear label under " + strings.ToUpper(region) + " rules"
			if lr.clear[region] {
				st, why = DisclosureClear, label+" up front"
				switch {
				case lone && i != 0:
					st, why = DisclosureWeak, fmt.Sprintf("a lone %q at the very end of the post", label)
				case fold > 0 && t.start-titleLen > fold && t.start >= titleLen:
					st, why = DisclosureWeak, fmt.Sprintf("%s only after the %d-character fold", label, fold)
				case cluster >= 0 && i >= cluster && len(toks)-cluster >= 4:
					st, why = DisclosureWeak, fmt.Sprintf("%s only inside a trailing cluster of %d hashtags", label, len(toks)-cluster)
				}
			}
			consider(st, label, why, ambiguous)
		}
	}
	if loc := thanksAt(text, toks); loc != nil {
		if region == scout.RegionUS {
			consider(DisclosureClear, text[loc[0]:loc[1]], "thanks for the free product (FTC Disclosures 101)", false)
		} else {
			consider(DisclosureWeak, text[loc[0]:loc[1]], "thanking the brand is not a clear label under "+strings.ToUpper(region)+" rules", false)
		}
	}
	if len(dp.partnerTag) > 0 {
		if region == scout.RegionUS {
			consider(DisclosureClear, "#"+dp.partnerTag[0]+"partner", "#BRANDpartner (FTC Disclosures 101)", false)
		} else {
			consider(DisclosureWeak, "#"+dp.partnerTag[0]+"partner", "#BRANDpartner is not a clear label under "+strings.ToUpper(region)+" rules", false)
		}
	}
	if p.PaidPartnership && best != DisclosureClear {
		if region == scout.RegionUS {
			consider(DisclosureWeak, "platform paid-partnership label", "the platform's tool alone may not be enough (FTC: don't assume it is)", false)
		} else {
			consider(DisclosureClear, "platform paid-partnership label", "the platform's paid-partnership tool (accepted by the CMA)", false)
		}
	}
	dp.status, dp.label, dp.why, dp.ambiguous = best, bestLabel, bestWhy, bestAmbiguous
	if dp.likelihood == 0 && dp.label == "" {
		return nil
	}
	out := d
	return &out
}

// platformHost reports the hosts of the platforms themselves (a link to a
// profile or a video is not a shop).
func platformHost(h string) bool {
	for _, p := range []string{"instagram.com", "tiktok.com", "youtube.com", "youtu.be", "bsky.app", "threads.net", "facebook.com", "x.com", "twitter.com", "twitch.tv", "linktr.ee"} {
		if h == p || len(h) > len(p) && h[len(h)-len(p)-1] == '.' && strings.HasSuffix(h, p) { // h is p or ends in "."+p
			return true
		}
	}
	return false
}

// affiliateLink recognises an affiliate link by its parameters: a known
// network parameter, an Amazon-style associate tag ("tag=name-20"), an
// influencer or affiliate utm_medium, or a referral parameter on a
// partner subdomain or carrying the creator's handle ("?ref=campingcarla").
func affiliateLink(host string, q url.Values, own owner, referralCue bool) (signal, network string) {
	if strings.Contains(host, "amazon.") && q.Get("tag") != "" {
		return "affiliate_param:tag=" + q.Get("tag"), "Amazon Associates"
	}
	for _, k := range sortedKeys(q) {
		lk, v := strings.ToLower(k), strings.ToLower(q.Get(k))
		if n, ok := affiliateParams[lk]; ok {
			return "affiliate_param:" + lk, n
		}
		switch lk {
		case "utm_medium":
			if strings.HasPrefix(v, "influencer") || v == "affiliate" {
				return "affiliate_param:utm_medium=" + q.Get(k), ""
			}
		case "tag":
			if reAssociateTag.MatchString(v) {
				return "affiliate_param:tag=" + q.Get(k), ""
			}
		case "ref", "referral", "refid", "ref_code", "partner", "partner_id",
			"inviter", "invite", "invite_code", "invitecode", "referrer", "refcode", "referral_code", "referralcode":
			sub := host
			if i := strings.IndexByte(host, '.'); i > 0 {
				sub = host[:i]
			}
			// A referral on someone else's site, in a post that asks
			// people to sign up or use the creator's link for a bonus
			// ("cadastra no link e ganha bônus"), is the creator's own
			// referral code whatever it is called.
			referral := referralCue && !own.hosts[host] && !platformHost(host) && personalRef(v)
			if sub == "partner" || sub == "partners" || sub == "affiliate" || sub == "affiliates" || sub == "aff" || own.handleIn(v) || referral {
				return "affiliate_param:" + lk + "=" + q.Get(k), ""
			}
		}
	}
	return "", ""
}

// reAssociateTag is the shape of an Amazon-style associate id: a name and
// a two-digit marketplace suffix ("santigaming-20", "giorgiorec-21").
var reAssociateTag = regexp.MustCompile(`^[a-z0-9][a-z0-9_.]{1,30}-2[0-9]$`)

// handleIn reports whether v carries one of the creator's handles, with
// separators dropped ("campingcarla" for camping.mit.carla is not enough;
// "campingcarla" for campingcarla is).
func (o owner) handleIn(v string) bool {
	v = handleSeparators.Replace(v)
	for h := range o.handles {
		if len(h) >= 4 && strings.Contains(v, h) {
			return true
		}
	}
	for h := range o.handleParts {
		if strings.Contains(v, h) {
			return true
		}
	}
	return false
}

var handleSeparators = strings.NewReplacer(".", "", "_", "", "-", "")

// handlePartsOf returns the pieces of a handle a referral code may carry:
// the whole handle without separators and each piece of it of at least
// five letters ("w2c.kicksplug" → "w2ckicksplug", "kicksplug").
func handlePartsOf(h string) []string {
	h = strings.ToLower(strings.TrimPrefix(h, "@"))
	out := []string{handleSeparators.Replace(h)}
	for _, p := range strings.FieldsFunc(h, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
		if len(p) >= 5 {
			out = append(out, p)
		}
	}
	return out
}

// personalRef reports a referral value that names a person or a code,
// not where a visitor came from ("instagram", "bio", "newsletter") nor a
// version ("main", "v2").
func personalRef(v string) bool {
	if len(v) < 3 || genericRefs[v] {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

var genericRefs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("instagram insta ig tiktok youtube facebook twitter threads bluesky bsky mastodon pinterest reddit linkedin snapchat " +
		"bio linkinbio linktree social socials newsletter email mail homepage home nav menu header footer share sharing web website site blog " +
		"rss search direct app ios android qr story stories post reel video podcast main master develop head latest stable") {
		m[w] = true
	}
	return m
}()

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
	if u.RawQuery == "" {
		return h, nil // no parameters: read as an empty url.Values
	}
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
	// Each list holds at most five: allocated once, not grown.
	none, weak := make([]scout.Evidence, 0, min(5, d.none)), make([]scout.Evidence, 0, min(5, d.weak))
	var firstNone, firstWeak *discPost
	for _, dp := range d.posts {
		if !dp.sponsored {
			continue
		}
		rule := "disclosure:" + d.region + "@" + VersionDisclosure + " status=" + dp.status
		switch dp.status {
		case DisclosureNone:
			if firstNone == nil {
				firstNone = dp
			}
			if len(none) < 5 {
				none = append(none, postEvidence(dp.post, -1, dp.post.Text, strings.Join(dp.signals, "; "), rule))
			}
		case DisclosureWeak:
			if firstWeak == nil {
				firstWeak = dp
			}
			if len(weak) < 5 {
				weak = append(weak, postEvidence(dp.post, -1, dp.post.Text, dp.label, rule+" ("+dp.why+")"))
			}
		}
	}
	var fs []scout.Flag
	region := strings.ToUpper(d.region)
	if d.none > 0 {
		fs = append(fs, scout.Flag{Code: "undisclosed_sponsorship", Severity: scout.SeverityRed,
			Message: fmt.Sprintf("%s likely sponsored, with no disclosure %s rules accept; the newest shows %s",
				countPosts(d.none), region, joinAnd(describeSignals(firstNone.signals))),
			Evidence: none})
	}
	if d.weak > 0 {
		fs = append(fs, scout.Flag{Code: "weak_disclosure", Severity: scout.SeverityWarn,
			Message:  fmt.Sprintf("%s disclosed, but not clearly enough for %s rules: %s", countPosts(d.weak), region, firstWeak.why),
			Evidence: weak})
	}
	return fs
}

func countPosts(n int) string {
	if n == 1 {
		return "1 post"
	}
	return fmt.Sprintf("%d posts", n)
}

// describeSignals says a post's sponsorship signals in words.
func describeSignals(sigs []string) []string {
	var out []string
	for _, sg := range sigs {
		kind, arg, _ := strings.Cut(sg, ":")
		var d string
		switch kind {
		case "platform_paid_partnership":
			d = "the platform's paid-partnership label"
		case "affiliate_host":
			d = "an affiliate link (" + arg + ")"
		case "affiliate_param":
			d = "an affiliate link (" + arg + ")"
		case "discount_code":
			d = "a discount code (" + arg + ")"
		case "percent_off":
			d = "a discount"
		case "gifting":
			d = "gifting language"
		case "gift_from":
			d = "a gift from " + arg
		case "brand_shop_cta":
			d = "a brand's goods named with a link to shop them"
		case "brand_mention_cta":
			d = "a brand named with a call to buy"
		case "known_partner":
			d = "a brand disclosed as a partner before (" + arg + ")"
		default:
			continue
		}
		out = appendUniq(out, d)
	}
	return out
}
