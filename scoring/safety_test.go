package scoring_test

import (
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// onePost is a clean Bluesky creator with one extra post.
func onePost(text string, mod func(*scout.Post)) *scout.Creator {
	c := creator(i64(20000), nPosts(12, 240, 20)...)
	c.Accounts[0].Platform = scout.PlatformBluesky
	c.Posts[0].Text = text
	if mod != nil {
		mod(&c.Posts[0])
	}
	return c
}

func flagLevel(a scout.Assessment, code string) (string, bool) {
	for _, f := range a.Flags {
		if f.Code == code {
			return f.Level, true
		}
	}
	return "", false
}

var brandSafetyTests = []struct {
	name  string
	text  string
	mod   func(*scout.Post)
	code  string // "" means no brand_safety flag at all
	level string
}{
	{"OK", "Sourdough bake day, open crumb at last", nil, "", ""},
	{"ProfanityHeavy", "What the fuck is this shit, fucking hell", nil, "brand_safety:profanity", "medium"},
	{"ProfanitySingleWordIsLow", "well shit, the bread burned", nil, "", ""},
	{"ProfanityLeetAndMasked", "f*ck this sh1t, motherf*cker", nil, "brand_safety:profanity", "medium"},
	{"ProfanityAccentsAndCase", "SCHEIßE, verdammte Scheiße", func(p *scout.Post) { p.Language = "de" }, "brand_safety:profanity", "medium"},
	{"WholeWordsOnly", "Grass is green, assess the class in Scunthorpe and Sussex", nil, "", ""},
	{"PromotionRaisesToFloor", "Ghost gun kits for sale, dm for prices", nil, "brand_safety:arms", "floor"},
	{"NewsCapsAtLow", "According to the report, police seized ghost guns", nil, "", ""},
	{"ExceptionPhrase", "Water pistol fight in the garden", nil, "", ""},
	{"SpanishDrugSale", "Vendo marihuana y cocaína, envío discreto", func(p *scout.Post) { p.Language = "es" }, "brand_safety:drugs_alcohol", "floor"},
	{"AlcoholIsLow", "Glass of wine with dinner", nil, "", ""},
	{"BlueskyPornLabel", "beach day", func(p *scout.Post) { p.Labels = []string{"porn"} }, "brand_safety:adult", "high"},
	{"BlueskyNudityLabelIsLow", "figure drawing", func(p *scout.Post) { p.Labels = []string{"nudity"} }, "", ""},
	{"ContentWarningScanned", "see below", func(p *scout.Post) { p.ContentWarning = "graphic video, bodies everywhere"; p.Sensitive = true }, "brand_safety:death_injury", "high"},
	{"FactCheckNotMisinformation", "Fact check: vaccines do not cause autism", nil, "", ""},
	{"Misinformation", "Vaccines cause autism, share before they delete", nil, "brand_safety:misinformation", "high"},
	{"OldMediumDoesNotFlag", "Fight compilation", func(p *scout.Post) { p.PublishedAt = now.AddDate(-2, 0, 0) }, "", ""},
}

func TestEngineScore_BrandSafety(t *testing.T) {
	e := scoring.New()
	for _, tt := range brandSafetyTests {
		a := e.Score(onePost(tt.text, tt.mod), now)
		var got []string
		for _, f := range a.Flags {
			if strings.HasPrefix(f.Code, "brand_safety:") {
				got = append(got, f.Code+"="+f.Level)
			}
		}
		want := []string(nil)
		if tt.code != "" {
			want = []string{tt.code + "=" + tt.level}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: flags %v, want %v", tt.name, got, want)
			continue
		}
		bs := a.Scores["brand_safety"]
		if bs == nil || bs.Version == "" || bs.Formula == "" || len(bs.Reasons) == 0 {
			t.Errorf("%s: brand_safety score incomplete: %+v", tt.name, bs)
		}
	}
}

func TestEngineScore_Ineligible(t *testing.T) {
	c := onePost("Ghost gun kits for sale, dm for prices", nil)
	c.Posts[1].Text = "More ghost gun kits, untraceable, dm for prices"
	a := scoring.New().Score(c, now)
	if _, ok := flagLevel(a, "ineligible"); !ok {
		t.Fatalf("no ineligible flag: %+v", a.Flags)
	}
	if got := value(a.Scores["brand_safety"]); got != 0 {
		t.Errorf("brand_safety = %v, want 0", got)
	}
	if got := value(a.Scores["overall"]); got != 0 {
		t.Errorf("overall = %v, want 0", got)
	}
}

var disclosureTests = []struct {
	name   string
	region string
	text   string
	paid   bool
	want   string // "", "undisclosed_sponsorship" or "weak_disclosure"
}{
	{"OrganicOK", "us", "Sourdough bake day", false, ""},
	{"CodeUndisclosed", "us", "Loving @glowco, use code GLOW20 for 20% off", false, "undisclosed_sponsorship"},
	{"AmazonTagUndisclosed", "us", "shop my look https://www.amazon.com/dp/B0?tag=me-20", false, "undisclosed_sponsorship"},
	{"AmazonWithoutTagOK", "us", "great book https://www.amazon.com/dp/B0", false, ""},
	{"HashAdClear", "us", "#ad Loving @glowco, use code GLOW20", false, ""},
	{"ThanksFreeProductUS", "us", "Thanks to @acme for the free blender!", false, ""},
	{"ThanksFreeProductUKWeak", "uk", "Thanks to @acme for the free blender!", false, "weak_disclosure"},
	{"SponsoredUKWeak", "uk", "Sponsored: @trailco shoes, code TRAIL10", false, "weak_disclosure"},
	{"SponsoredUSClear", "us", "Sponsored: @trailco shoes, code TRAIL10", false, ""},
	{"PaidToolUKClear", "uk", "Comfy hoodie @knitco code KNIT10", true, ""},
	{"PaidToolUSWeak", "us", "Comfy hoodie @knitco code KNIT10", true, "weak_disclosure"},
	{"HashtagClusterBuried", "us", "new in! code GLOW20 #skincare #glow #beauty #selfcare #ad", false, "weak_disclosure"},
	{"WerbungClear", "eu", "Werbung | Mein Serum von @hautnah, Code HAUT15", false, ""},
	{"SpWeak", "us", "So good, code GLOW20 #sp", false, "weak_disclosure"},
	{"ProgrammingCodeOK", "us", "I debugged this with code from the docs", false, ""},
	{"ItalianCodeUndisclosed", "eu", "La mia crema di @pelle, codice PELLE10 per il 10% di sconto", false, "undisclosed_sponsorship"},
}

func TestEngineScore_Disclosure(t *testing.T) {
	for _, tt := range disclosureTests {
		e := &scoring.Engine{Region: tt.region}
		a := e.Score(onePost(tt.text, func(p *scout.Post) { p.PaidPartnership = tt.paid }), now)
		got := ""
		for _, f := range a.Flags {
			if f.Code == "undisclosed_sponsorship" || f.Code == "weak_disclosure" {
				got = f.Code
				if len(f.Evidence) == 0 || f.Evidence[0].PostID == "" || f.Evidence[0].Rule == "" {
					t.Errorf("%s: flag without post evidence: %+v", tt.name, f)
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEnginePartnerships(t *testing.T) {
	c := creator(i64(10000), nPosts(12, 100, 5)...)
	c.Posts[0].Text = "#ad my @glowco serum, code GLOW20 https://rstyle.me/+x"
	c.Posts[0].Likes = i64(50)
	c.Posts[1].Text = "Back with @glowco: code GLOW20 again, amzn.to/abc"
	c.Posts[1].Likes = i64(60)
	pp := scoring.New().Partnerships(c, now)
	if got, want := pp.SponsoredPosts, 2; got != want {
		t.Fatalf("sponsored posts = %d, want %d", got, want)
	}
	if len(pp.Brands) != 1 || pp.Brands[0].Name != "@glowco" || pp.Brands[0].Posts != 2 {
		t.Errorf("brands = %+v, want @glowco ×2", pp.Brands)
	}
	if len(pp.DiscountCodes) != 1 || pp.DiscountCodes[0].Name != "GLOW20" {
		t.Errorf("codes = %+v", pp.DiscountCodes)
	}
	var nets []string
	for _, n := range pp.AffiliateNetworks {
		nets = append(nets, n.Name)
	}
	if got, want := strings.Join(nets, ","), "Amazon Associates,LTK (rewardStyle)"; got != want {
		t.Errorf("networks = %s, want %s", got, want)
	}
	if pp.PaidPostPerformance == nil || *pp.PaidPostPerformance >= 1 {
		t.Errorf("paid post performance = %v, want < 1 (sponsored posts got fewer likes)", fmtPtr(pp.PaidPostPerformance))
	}
}

func TestEngineScoreBrief_Gates(t *testing.T) {
	c := creator(i64(20000), nPosts(12, 240, 10)...)
	c.Accounts[0].Platform = "instagram"
	c.Language, c.Country = scout.String("en"), scout.String("US")
	for i := range c.Posts {
		c.Posts[i].Text = "Sourdough bread bake day"
		c.Posts[i].Language = "en"
	}
	b := &scout.Brief{Name: "bread", Keywords: []string{"sourdough"}, Languages: []string{"en"}, Countries: []string{"US"}, Platforms: []scout.Platform{"instagram"}}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	a := scoring.New().ScoreBrief(c, b, now)
	if _, ok := flagLevel(a, "unsuitable"); ok {
		t.Fatalf("unexpected unsuitable: %+v", a.Flags)
	}
	af := a.Scores["audience_fit"]
	if af == nil || value(af) < 80 {
		t.Fatalf("audience_fit = %+v, want ≥ 80", af)
	}
	if a.Scores["overall"] == nil || value(a.Scores["overall"]) == 0 {
		t.Fatalf("overall = %+v", a.Scores["overall"])
	}
	b.Countries = []string{"DE"}
	b.MustHave = []string{"gluten free"}
	a = scoring.New().ScoreBrief(c, b, now)
	for _, f := range a.Flags {
		if f.Code == "unsuitable" {
			if got := len(f.Evidence); got != 2 {
				t.Errorf("unsuitable gates = %d, want 2 (market, must-have): %s", got, f.Message)
			}
			if value(a.Scores["overall"]) != 0 {
				t.Errorf("overall = %v, want 0 when unsuitable", value(a.Scores["overall"]))
			}
			return
		}
	}
	t.Errorf("no unsuitable flag for a DE-only brief")
}
