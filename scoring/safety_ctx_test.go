package scoring_test

import (
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// The classes of context that lower a risky word, and the sales and
// structures no context hides: a professional's bio beside posts that do
// the profession's work, a penalty quoted with its amount, a first-person
// idiom, a pitmaster's joke that only looks like an order.
var contextClassTests = []struct {
	name, lang, bio string
	posts           []string
	code            string // the flag looked at
	want            bool   // whether it must be raised
}{
	{"ReporterDescribesAMarket", "en", "Crime reporter at a regional daily",
		[]string{"Court heard how the ring priced stolen bikes at a fraction of their value.", "Police said three men were charged on Monday."},
		"brand_safety:crime", false},
	{"ReporterStillSells", "en", "Crime reporter at a regional daily",
		[]string{"Stolen iPhones for sale, $200 each, DM me on Telegram", "Police said three men were charged on Monday."},
		"brand_safety:crime", true},
	{"LawyerExplainsReceiving", "it", "Avvocata penalista",
		[]string{"Comprare uno smartphone rubato a metà prezzo è reato: cosa si rischia.", "Il processo di ieri, spiegato."},
		"brand_safety:crime", false},
	{"PenaltyAmountIsNoPrice", "it", "",
		[]string{"IPTV pirata: multe fino a 5.000 € anche per chi guarda."},
		"brand_safety:piracy", false},
	{"PiratePriceStillSells", "it", "",
		[]string{"IPTV pirata, tutti i canali, 12 mesi 40 €"},
		"brand_safety:piracy", true},
	{"FirstPersonIdiomIT", "it", "",
		[]string{"Due ore di spinning, sono morta ma felice"},
		"brand_safety:death_injury", false},
	{"FirstPersonIdiomFR", "fr", "",
		[]string{"Trois heures de rando, je suis morte"},
		"brand_safety:death_injury", false},
	{"InThatOrderSellsNothing", "en", "Pitmaster. Guns, grills and God, in that order.",
		[]string{"Shotgun shells: manicotti stuffed with sausage, wrapped in bacon, smoked two hours."},
		"brand_safety:arms", false},
	{"SafeStorage", "pt", "",
		[]string{"Arma em casa: cofre trancado e munição guardada à parte."},
		"brand_safety:arms", false},
	{"ArtHistoryNude", "es", "Historiadora del arte. Museos y archivos.",
		[]string{"El desnudo en la pintura del siglo XIX, explicado.", "Una visita al museo del Prado."},
		"brand_safety:adult", false},
	{"QuotedPraiseOfAnAttack", "en", "",
		[]string{"Screenshot from a fringe forum: “the shooter is a hero, the attack was glorious”. This is how they talk."},
		"brand_safety:terrorism", false},
	{"PraiseOfAnAttack", "en", "",
		[]string{"the shooter is a hero, the attack was glorious"},
		"brand_safety:terrorism", true},
	{"QuotedAbuseReceived", "fr", "",
		[]string{"Un abonné m'a écrit « retourne dans ton pays ». Je suis née à Lyon."},
		"brand_safety:hate", false},
	{"WinkQuotesInAnOffer", "es", "",
		[]string{"Compramos móviles 'sin factura', buen precio, escríbeme"},
		"brand_safety:crime", true},
	{"ReclaimedWord", "en", "proud dyke • climbing • cats",
		[]string{"dyke march on saturday, bring water and sunscreen"},
		"brand_safety:hate", false},
	{"ReclaimedWordStillAimed", "en", "proud dyke • climbing • cats",
		[]string{"@someone you are a dyke and everyone knows it"},
		"brand_safety:hate", true},
	{"SlurAboutOthers", "en", "climbing • cats",
		[]string{"I hate dykes"},
		"brand_safety:hate", true},
	{"ProfessionalStillThreatens", "en", "Crime reporter at a regional daily",
		[]string{"@neighbour we know where you live, watch your back", "Police said three men were charged on Monday."},
		"brand_safety:crime", true},
	{"CriticsAdjective", "de", "",
		[]string{"Krimi-Kritik: der brutalste Fall der Staffel, die Leiche im Keller war kaum auszuhalten."},
		"brand_safety:death_injury", false},
	{"GraphicSceneInAReview", "en", "",
		[]string{"Review: the decapitation scene in the new slasher is unforgettable. 8/10"},
		"brand_safety:death_injury", true},
	{"PharmacistStillSells", "en", "Pharmacist. Medicines explained.",
		[]string{"Xanax bars, DM me", "Why antibiotics don't cure a cold, explained."},
		"brand_safety:drugs_alcohol", true},
	{"PharmacistStillSellsPT", "pt", "Farmacêutica. Remédios explicados.",
		[]string{"Cocaína pura, chama no zap", "Por que antibiótico não cura gripe, explicado."},
		"brand_safety:drugs_alcohol", true},
}

// withPostsAndBio is onePost's creator with the given posts (the first
// replacing its one post, the rest its following ones) and bio, all in
// lang.
func withPostsAndBio(lang, bio string, posts []string) *scout.Creator {
	c := onePost(posts[0], func(p *scout.Post) { p.Language = lang })
	for i, text := range posts[1:] {
		c.Posts[i+1].Text, c.Posts[i+1].Language = text, lang
	}
	c.Accounts[0].Bio, c.Bio = bio, bio
	return c
}

func TestBrandSafetyContextClasses(t *testing.T) {
	e := scoring.New()
	for _, tt := range contextClassTests {
		t.Run(tt.name, func(t *testing.T) {
			c := withPostsAndBio(tt.lang, tt.bio, tt.posts)
			a := e.Score(c, now)
			_, got := flagLevel(a, tt.code)
			if got != tt.want {
				var ev []string
				for _, f := range a.Flags {
					if strings.HasPrefix(f.Code, "brand_safety:") {
						for _, x := range f.Evidence {
							ev = append(ev, f.Code+": "+x.Match+" by "+x.Rule)
						}
					}
				}
				t.Errorf("%s raised = %v; want %v (%v)", tt.code, got, tt.want, ev)
			}
		})
	}
}
