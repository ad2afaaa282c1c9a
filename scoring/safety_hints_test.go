package scoring_test

import (
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// somePosts is a clean Bluesky creator whose first posts carry texts, in
// lang.
func somePosts(lang string, texts ...string) *scout.Creator {
	c := creator(i64(20000), nPosts(12, 240, 20)...)
	c.Accounts[0].Platform = scout.PlatformBluesky
	for i, t := range texts {
		c.Posts[i].Text = t
		c.Posts[i].Language = lang
	}
	return c
}

// brandFlags lists a creator's brand-safety flags as code=level.
func brandFlags(a scout.Assessment) string {
	var got []string
	for _, f := range a.Flags {
		if strings.HasPrefix(f.Code, "brand_safety:") || f.Code == scout.FlagIneligible {
			got = append(got, f.Code+"="+f.Level)
		}
	}
	return strings.Join(got, ",")
}

// The creator-level mechanisms: coded hints corroborated across posts,
// structures built on pseudo-words (percentages, echo parentheses),
// slurs pointed at someone, instruction in evading detection, and how a
// single structured floor hit confirms ineligibility.
var safetyMechanismTests = []struct {
	name  string
	lang  string
	texts []string
	want  []string // substrings of brandFlags; an entry starting with "!" must be absent
}{
	{"HintsInTwoPosts", "en", []string{"The kuffar sleep soundly tonight.", "Shaheed, inshallah. The only road worth walking."},
		[]string{"brand_safety:terrorism=high"}},
	{"HintsInOnePostOnly", "en", []string{"The kuffar sleep soundly tonight. Shaheed, inshallah."},
		[]string{"!brand_safety:terrorism"}},
	{"WeakHintsAlone", "en", []string{"Went live tonight for six hours, thanks chat!", "New high score on the arcade cabinet, who's next?"},
		[]string{"!brand_safety:terrorism"}},
	{"HintsReported", "en", []string{"According to the report, accounts praise a shaheed.", "Researchers explain why accounts call others kuffar."},
		[]string{"!brand_safety:terrorism"}},
	{"WeakHateHints", "en", []string{"Our groomer gave the dog a summer cut.", "Joggers everywhere in the park, an invasion of lycra this morning."},
		[]string{"!brand_safety:hate"}},
	{"HateHintsInThreePosts", "de", []string{"Der große Austausch läuft, schaut euch die Schulen an.", "Remigration jetzt, sonst ist es zu spät.", "Der Schuldkult muss enden."},
		[]string{"brand_safety:hate=floor", "ineligible"}},
	{"EchoAndNoticing", "en", []string{"Guess who owns the studio. (((They))) always do.", "Globalist bankers again. Every event, same names."},
		[]string{"brand_safety:hate=high"}},
	{"DailyPercentage", "de", []string{"3 % pro Tag mit meinem Bot, Link in Bio 🤖"},
		[]string{"brand_safety:spam=floor"}},
	{"PercentageInNews", "en", []string{"Inflation rose 3% a year on average over the decade."},
		[]string{"!brand_safety:spam"}},
	{"PointedSlur", "en", []string{"this f@ggot at the bus stop keeps staring, someone sort him out"},
		[]string{"brand_safety:hate=floor", "ineligible"}},
	{"TeachingEvasion", "fr", []string{"Travail au noir : je vous explique comment être payé sans te faire prendre."},
		[]string{"brand_safety:crime=high"}},
	{"StructuredFloorAlone", "en", []string{"Ghost gun kits for sale, dm for prices"},
		[]string{"brand_safety:arms=floor", "ineligible"}},
	{"OneWordFloor", "en", []string{"Saw a thread full of people asking about cc dumps today, wild"},
		[]string{"brand_safety:crime=floor", "!ineligible"}},
	{"ScamWarning", "es", []string{"Cómo detectar una estafa: si te piden confirmar tus datos por un enlace para reclamar un premio, es una estafa."},
		[]string{"!brand_safety:spam"}},
	{"TaskScam", "pt", []string{"Ganhe R$ 40 por tarefa só curtindo vídeos, chama no WhatsApp"},
		[]string{"brand_safety:spam=floor"}},
}

func TestBrandSafetyMechanisms(t *testing.T) {
	e := scoring.New()
	for _, tt := range safetyMechanismTests {
		t.Run(tt.name, func(t *testing.T) {
			got := brandFlags(e.Score(somePosts(tt.lang, tt.texts...), now))
			for _, w := range tt.want {
				absent, ok := strings.CutPrefix(w, "!")
				if ok && strings.Contains(got, absent) {
					t.Errorf("flags %q; want no %s", got, absent)
				}
				if !ok && !strings.Contains(got, w) {
					t.Errorf("flags %q; want %s", got, w)
				}
			}
		})
	}
}
