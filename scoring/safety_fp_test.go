package scoring_test

import (
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// The classes of false positive on ordinary posts, in the six lexicon
// languages: generic words that only look like a pattern's concepts
// ("video" + "link in bio", "free" + "game"), concepts far apart in a
// long post (proximity), one phrase counted twice because a caption is
// repeated (concept once), and stems shared with ordinary words. Each
// language also has a close, specific positive, so the rules still fire.
var falsePositiveClassTests = []struct {
	lang, class, text string
	want              string // the flag that must be raised; "" for none
}{
	{"en", "generic", "#ad Thank you Mirae Labs for sponsoring this video! Link in bio, code ALEX10.", ""},
	{"en", "generic", "Subscribers' arena tonight: top three get a free game review.", ""},
	{"en", "concept once", "Off on holiday next week! Off on holiday next week!", ""},
	{"en", "concept once", "Free game review tonight. Free game review tonight.", ""},
	{"en", "stem", "Holiday cookie box planning: six cookies that ship well, with a make-ahead schedule.", ""},
	{"en", "proximity", "Watched a documentary about cocaine in the eighties with my dad, then we spent the whole weekend fixing the fence, repainting the shed, walking both dogs, cooking lasagna and listing my old bike for sale.", ""},
	{"en", "generic", "The twelve animals of the Chinese zodiac, explained with dumplings.", ""},
	{"en", "generic", "Drag queens read picture books at the library on Saturday, the kids loved it.", ""},
	{"en", "generic", "Leg day was brutal, my whole body is dead lol", ""},
	{"en", "generic", "Top 10 savage comebacks from my grandma, I'm crying lmao, she survived three husbands", ""},
	{"en", "generic", "My laptop crash deleted the full video, rating this week a 2 lol", ""},
	{"en", "generic", "Our hero keeper stopped every attack, what a match, glory to the lads!", ""},
	{"en", "generic", "We watched the full stream of the tribute concert, what he did for music", ""},
	{"en", "generic", "Kids' menu tip: the calorie count is explicit on the back, not on the front.", ""},
	{"en", "generic", "Teen book club: the sex education chapter, explained by a school nurse.", ""},
	{"en", "generic", "The surprise party was all planned and the cover-up was perfect, she had no idea.", ""},
	{"en", "positive", "Cocaine for sale, dm me", "brand_safety:drugs_alcohol"},

	{"es", "generic", "Nuevo vídeo en el canal, link en la bio y código ANA10 con descuento.", ""},
	{"es", "concept once", "¡Por fin de vacaciones en la playa! ¡Por fin de vacaciones en la playa!", ""},
	{"es", "concept once", "Partido de ajedrez gratis esta noche. Partido de ajedrez gratis esta noche.", ""},
	{"es", "stem", "El taller de cerámica abre el sábado, traed delantal.", ""},
	{"es", "proximity", "Leí un reportaje sobre la cocaína en los años ochenta y después pasamos el fin de semana arreglando la valla, pintando la puerta, paseando a los perros, cocinando para todos y al final puse la bici vieja en venta.", ""},
	{"es", "generic", "Mis chinos beige favoritos para la oficina y unos monos vaqueros de los noventa.", ""},
	{"es", "generic", "Salar de Uyuni: tour de 3 días. Todo lo que no te cuentan las agencias.", ""},
	{"es", "positive", "Vendo cocaína, envío discreto", "brand_safety:drugs_alcohol"},

	{"de", "generic", "Neues Video online, Link im Profil, Rabattcode LENA10.", ""},
	{"de", "concept once", "Endlich im Urlaub am Meer. Endlich im Urlaub am Meer.", ""},
	{"de", "stem", "Die Planung für das Wochenende steht: Wandern, Kuchen, Kino.", ""},
	{"de", "proximity", "Gestern eine Doku über Kokain in den Achtzigern gesehen, danach das ganze Wochenende den Zaun repariert, die Tür gestrichen, mit den Hunden spazieren gegangen, für alle gekocht und am Ende mein altes Fahrrad zu verkaufen inseriert.", ""},
	{"de", "generic", "Urlaub in Polen: im Zoo von Breslau haben uns die Affen bestohlen.", ""},
	{"de", "positive", "Verkaufe Kokain, Versand diskret", "brand_safety:drugs_alcohol"},

	{"fr", "generic", "Nouvelle vidéo en ligne, lien en bio, code CLARA10 pour une remise.", ""},
	{"fr", "concept once", "Enfin en vacances à la mer ! Enfin en vacances à la mer !", ""},
	{"fr", "concept once", "Partie d'échecs gratuite ce soir. Partie d'échecs gratuite ce soir.", ""},
	{"fr", "stem", "On planifie le week-end : randonnée, gâteau et cinéma.", ""},
	{"fr", "proximity", "J'ai regardé un documentaire sur la cocaïne dans les années quatre-vingt, puis on a passé tout le week-end à réparer la clôture, repeindre la porte, promener les chiens, cuisiner pour tout le monde et mettre mon vieux vélo à vendre.", ""},
	{"fr", "positive", "Je vends de la cocaïne, livraison discrète", "brand_safety:drugs_alcohol"},

	{"it", "generic", "Nuovo video sul canale, link in bio e codice GIULIA10 per lo sconto.", ""},
	{"it", "concept once", "Finalmente in vacanza al mare! Finalmente in vacanza al mare!", ""},
	{"it", "concept once", "Partita a scacchi gratis stasera. Partita a scacchi gratis stasera.", ""},
	{"it", "stem", "Stiamo pianificando il weekend: escursione, torta e cinema.", ""},
	{"it", "proximity", "Ho visto un documentario sulla cocaina negli anni ottanta, poi abbiamo passato tutto il fine settimana a riparare la recinzione, dipingere la porta, portare a spasso i cani, cucinare per tutti e alla fine ho messo la bici vecchia in vendita.", ""},
	{"it", "positive", "Vendo cocaina, consegna a domicilio discreta", "brand_safety:drugs_alcohol"},

	{"pt", "generic", "Vídeo novo no canal, link na bio e cupom BIA10 com desconto.", ""},
	{"pt", "concept once", "Finalmente de férias na praia! Finalmente de férias na praia!", ""},
	{"pt", "concept once", "Episódio novo no ar, link na bio. Episódio novo no ar, link na bio.", ""},
	{"pt", "stem", "Estamos planejando o fim de semana: trilha, bolo e cinema.", ""},
	{"pt", "proximity", "Vi um documentário sobre a cocaína nos anos oitenta e depois passamos o fim de semana inteiro consertando a cerca, pintando a porta, passeando com os cachorros, cozinhando para todo mundo e no fim coloquei a bicicleta velha à venda.", ""},
	{"pt", "positive", "Vendo cocaína, entrega discreta, chama no direct", "brand_safety:drugs_alcohol"},
}

func TestBrandSafetyFalsePositiveClasses(t *testing.T) {
	e := scoring.New()
	for _, tt := range falsePositiveClassTests {
		a := e.Score(onePost(tt.text, func(p *scout.Post) { p.Language = tt.lang }), now)
		var got []string
		for _, f := range a.Flags {
			if strings.HasPrefix(f.Code, "brand_safety:") || f.Code == scout.FlagIneligible {
				got = append(got, f.Code+"="+f.Level)
				if tt.want == "" {
					for _, ev := range f.Evidence {
						t.Logf("%s %s: %s by %s", tt.lang, tt.class, ev.Match, ev.Rule)
					}
				}
			}
		}
		if tt.want == "" && len(got) > 0 {
			t.Errorf("%s %s: %q flagged %v; want no brand-safety flag", tt.lang, tt.class, tt.text, got)
		}
		if tt.want != "" && !strings.Contains(strings.Join(got, ","), tt.want+"=") {
			t.Errorf("%s %s: %q flagged %v; want %s", tt.lang, tt.class, tt.text, got, tt.want)
		}
	}
}
