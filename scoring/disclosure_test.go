package scoring_test

import (
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// disclosureCases cover gifts, labels in the post's language, the
// creator's own products and ambiguous tags used in their ordinary sense.
var disclosureCases = []struct {
	name   string
	region string
	lang   string
	text   string
	links  []string
	bio    string
	handle string
	paid   bool
	want   string // "", "undisclosed_sponsorship" or "weak_disclosure"
}{
	{name: "GiftThanksForSending", region: "us", text: "Thank you @lumina.cosmetics for sending me the new palette! Linked in my bio", want: "undisclosed_sponsorship"},
	{name: "PRPackage", region: "uk", text: "PR package from @glowco today and I'm obsessed", want: "undisclosed_sponsorship"},
	{name: "GiftSpanish", region: "eu", lang: "es", text: "Me lo regalaron los de @fuego.criollo y ya lo estrené con un asado", want: "undisclosed_sponsorship"},
	{name: "GiftGerman", region: "eu", lang: "de", text: "Das neue Geschirr hat mir @pfotenglueck.shop geschickt, endlich zieht nichts mehr", want: "undisclosed_sponsorship"},
	{name: "GiftFrench", region: "eu", lang: "fr", text: "Regardez ce que @miaou.design nous a offert, Moka l'a adopté", want: "undisclosed_sponsorship"},
	{name: "GiftItalian", region: "eu", lang: "it", text: "Il nuovo marsupio me l'hanno regalato quelli di @abbraccio.baby", want: "undisclosed_sponsorship"},
	{name: "GiftPortuguese", region: "eu", lang: "pt", text: "Obrigada @lusa.luz por este candeeiro lindo que me enviaram", want: "undisclosed_sponsorship"},
	{name: "HostedTrip", region: "eu", lang: "de", text: "Drei Tage Gravel im Elsass, danke @alsace.velo für die Einladung!", want: "undisclosed_sponsorship"},
	{name: "GiftFromFamilyIsNoSponsor", region: "eu", lang: "it", text: "Il coltello che uso è un @lamacurva: regalo di mio padre", want: ""},
	{name: "BrandCodeWithoutTheWordCode", region: "eu", lang: "es", text: "Los de @filoacero me encantan. Con RAQUEL15 tenéis un 15 % en su web", want: "undisclosed_sponsorship"},
	{name: "BrandCodeBare", region: "uk", text: "This lip oil from @petal.glow is better than the pricey one. Use BEA15 for 15% off!", want: "undisclosed_sponsorship"},
	{name: "AssociateTag", region: "us", text: "My PC build", links: []string{"https://go.shop.example/gpu?tag=santigaming-20"}, want: "undisclosed_sponsorship"},
	{name: "ReferralOnPartnerHost", region: "eu", text: "Unsere Ausrüstung", links: []string{"https://partner.gear.example/lamp?ref=carla"}, want: "undisclosed_sponsorship"},
	{name: "OwnBookCode", region: "uk", text: "My cottage recipe book is back in stock, HAZEL10 gives 10% off on my own website", want: ""},
	{name: "OwnShopFromBioLink", region: "us", text: "Signed copies this week: https://sarabooks.example/shop code SARA10", bio: "Author", links: nil, want: ""},
	{name: "OwnProductWithNeighbourThanked", region: "eu", lang: "fr", text: "Les paniers d'hiver sont en ligne, code FERME10 ! Merci à notre voisin @paul.maraicher pour la récolte", want: ""},
	{name: "SpanishPaidPartnershipText", region: "eu", lang: "es", text: "Colaboración pagada con @sastreria.vidal: el traje, código VIDAL10", want: ""},
	{name: "SpanishPaidPartnershipTextUS", region: "us", lang: "es", text: "Colaboración pagada con @sastreria.vidal: el traje, código VIDAL10", want: ""},
	{name: "Anzeige", region: "eu", lang: "de", text: "Anzeige | Mein Porridge mit @hafermuehle, Code HAFER10", want: ""},
	{name: "Publicidade", region: "eu", lang: "pt", text: "Publicidade | Em parceria com @passada.certa, cupom ANA10", want: ""},
	{name: "Pubblicita", region: "uk", lang: "it", text: "Pubblicità – con @ruotalibera.bike, codice PIETRO10", want: ""},
	{name: "PubliHashtag", region: "us", lang: "pt", text: "#publi Parceria com a @curvabela.moda, cupom MANU10", want: ""},
	{name: "PubliciteFrench", region: "eu", lang: "fr", text: "Publicité | Collaboration commerciale avec @laines.du.vercors, code ANNA10", want: ""},
	{name: "LoneTrailingAdIsWeak", region: "eu", lang: "pt", text: "A minha rotina com o óleo da @raiz.cosmetica, código JOANA10\n\n#skincare #belezanatural ad", want: "weak_disclosure"},
	{name: "LoneTrailingPubIsWeakInFrench", region: "eu", lang: "fr", text: "Le mascara de @cils.de.france tient toute la journée. Lien dans ma bio. #mascara #beaute pub", want: "weak_disclosure"},
	{name: "PubInEnglishIsABar", region: "uk", lang: "en", text: "Quiz night at the pub with @marta.k, fourth of five", want: ""},
	{name: "SponsoTagIsWeak", region: "eu", lang: "es", text: "Haul de otoño de @calle.moda, todo por menos de 100 €. #sponso #haul", want: "weak_disclosure"},
	{name: "ParceriaTagIsWeak", region: "us", lang: "pt", text: "Três dias de paz na @pousada.marazul em Trancoso #parceria #trancoso", want: "weak_disclosure"},
	{name: "PartnerMeansLifePartner", region: "eu", lang: "it", text: "Dieci anni con il mio partner e la nostra vecchia tenda @alpina.outdoor #partner #campeggio", want: ""},
	{name: "SpMeansSaoPaulo", region: "us", lang: "pt", bio: "Passeios em SP", text: "Domingo na Paulista com @joana.k #sp #caminhada", want: ""},
	{name: "CollabWithAFriend", region: "eu", lang: "es", text: "Ilustración a cuatro manos con mi amiga @rocio.dibuja 💛 #collab #ilustracion", want: ""},
	{name: "PlatformLabelAloneUSWeak", region: "us", text: "Kids' hiking boots from @little.summit", paid: true, want: "weak_disclosure"},
	// Gifts in more words.
	{name: "GiftSpanishArrived", region: "eu", lang: "es", text: "Me ha llegado esta crema de @piel.serena y ya la estoy probando", want: "undisclosed_sponsorship"},
	{name: "GiftGermanFree", region: "eu", lang: "de", text: "Kostenlos erhalten von @bergkaffee: drei Sorten zum Testen", want: "undisclosed_sponsorship"},
	{name: "GiftFrenchSent", region: "eu", lang: "fr", text: "Ce roman m'a été envoyé par @editions.lune, je le dévore", want: "undisclosed_sponsorship"},
	{name: "GiftItalianPassive", region: "eu", lang: "it", text: "Questo zaino mi è stato regalato da @monte.zaini, prova sul campo domenica", want: "undisclosed_sponsorship"},
	{name: "GiftPortugueseReceived", region: "eu", lang: "pt", text: "Recebi da @pele.clara este kit e estou a adorar", want: "undisclosed_sponsorship"},
	{name: "PressTrip", region: "uk", text: "Press trip to the coast with @hotel.azure, the view from the room!", want: "undisclosed_sponsorship"},
	{name: "HostedStayGerman", region: "eu", lang: "de", text: "Zwei Nächte zu Gast bei @seehotel.alpenblick, der Blick vom Balkon!", want: "undisclosed_sponsorship"},
	{name: "HostedStayPortuguese", region: "eu", lang: "pt", text: "Fim de semana a convite da @quinta.sobreiral, que paz", want: "undisclosed_sponsorship"},
	{name: "HostedByAFriendIsNoSponsor", region: "us", text: "Thanks for hosting us, my friend @ana.k, best lasagne", want: ""},
	{name: "GiftFromMumIsNoSponsor", region: "eu", lang: "pt", text: "Recebi da minha mãe este casaco da @lojinha.x", want: ""},
	// Referral links: the creator's own code on someone else's site.
	{name: "ReferralWithSignUpBonus", region: "eu", lang: "pt", text: "Cadastre-se pelo meu link e ganhe bônus de boas-vindas", links: []string{"https://app.jogo.example/entrar?ref=lucas77"}, want: "undisclosed_sponsorship"},
	{name: "ReferralWithSignUpSpanish", region: "eu", lang: "es", text: "Regístrate con mi enlace y te llevas un bono", links: []string{"https://cripto.example/alta?referral=pablito"}, want: "undisclosed_sponsorship"},
	{name: "InviterIsAHandlePart", region: "us", handle: "gear.by.marlene", text: "Tent, stove and lamp for the trip", links: []string{"https://outdoor.example/tent?inviter=marlene"}, want: "undisclosed_sponsorship"},
	{name: "RefSourceTagIsNoReferral", region: "us", text: "Sign up for my newsletter, link below", links: []string{"https://letters.example/join?ref=instagram"}, want: ""},
	{name: "GitRefIsNoReferral", region: "us", text: "Register for the workshop and read the code first", links: []string{"https://code.example/repo?ref=main"}, want: ""},
	{name: "RefWithoutSignUpIsNoReferral", region: "us", text: "Good read on sleep", links: []string{"https://articles.example/sleep?ref=daily7"}, want: ""},
	// A brand's goods with a link to shop them.
	{name: "BrandCollectionLinkInBio", region: "eu", lang: "it", text: "La nuova collezione di @lanificio.nord è arrivata, link in bio", want: "undisclosed_sponsorship"},
	{name: "BrandCollectionLabelled", region: "eu", lang: "de", text: "Anzeige | Die neue Kollektion von @strick.nord, Link in Bio", want: ""},
	{name: "NamedWithALinkOnlyIsNoCampaign", region: "eu", lang: "it", text: "Nuovo video con @marco.corre, link in bio", want: ""},
}

func TestDisclosure_LanguagesGiftsAndOwnProducts(t *testing.T) {
	for _, tt := range disclosureCases {
		t.Run(tt.name, func(t *testing.T) {
			c := onePost(tt.text, func(p *scout.Post) {
				p.Language, p.Links, p.PaidPartnership = tt.lang, tt.links, tt.paid
			})
			c.Accounts[0].Platform = "instagram"
			c.Accounts[0].Bio = tt.bio
			if tt.handle != "" {
				c.Accounts[0].Handle = tt.handle
			}
			if tt.name == "OwnShopFromBioLink" {
				c.Accounts[0].Links = []string{"https://sarabooks.example/"}
			}
			a := (&scoring.Engine{Region: tt.region}).Score(c, now)
			got := ""
			for _, f := range a.Flags {
				if f.Code == "undisclosed_sponsorship" || f.Code == "weak_disclosure" {
					got = f.Code
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDisclosure_PubIsAnAdOnlyInFrench(t *testing.T) {
	for _, tt := range []struct {
		lang string
		want int
	}{{"en", 0}, {"fr", 1}} {
		c := onePost("Fourth of five at quiz night with @marta.k #quiz #pub", func(p *scout.Post) { p.Language = tt.lang })
		if got := scoring.New().Partnerships(c, now).SponsoredPosts; got != tt.want {
			t.Errorf("%s: sponsored posts = %d, want %d", tt.lang, got, tt.want)
		}
	}
}
