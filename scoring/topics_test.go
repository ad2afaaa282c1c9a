package scoring_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

func topicCreator(name, bio, lang string, posts ...string) *scout.Creator {
	c := &scout.Creator{ID: "c", Name: name, Bio: bio, Language: scout.String(lang)}
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	for i, p := range posts {
		c.Posts = append(c.Posts, scout.Post{ID: fmt.Sprintf("p%d", i), URL: fmt.Sprintf("https://example.com/p%d", i),
			Text: p, PublishedAt: at.Add(-time.Duration(i) * 24 * time.Hour)})
	}
	return c
}

var topicCases = []struct {
	name string
	c    *scout.Creator
	want []string // slugs, highest share first
}{
	{"ItalianCook", topicCreator("Dario Conti", "Cucina di casa, ricette semplici ogni venerdì.", "it",
		"Il ragù della domenica: la ricetta di mia nonna", "Pasta fresca senza macchina", "Buon fine settimana a tutti",
		"Tiramisù in dieci minuti", "Oggi in montagna"), []string{"food_drink"}},
	{"GermanFinance", topicCreator("Jonas", "Geld, ETFs und Haushaltsbuch – verständlich erklärt.", "de",
		"Warum ich jeden Monat in einen ETF spare", "Mein Haushaltsbuch im Oktober", "Urlaub in Bayern"), []string{"personal_finance"}},
	{"SpanishTravel", topicCreator("Lucía", "Viajes low cost por Latinoamérica 🎒 Hostales y rutas en bus.", "es",
		"Cómo viajar por Perú con poco dinero", "Mi hostal favorito en Cusco", "Cómo llegar al mirador"), []string{"travel"}},
	{"FrenchPottery", topicCreator("Mirabelle", "Grès et porcelaine tournés à Lyon. Tasses, bols, pichets.", "fr",
		"Nouvelle fournée de bols", "Des tasses pour l'hiver", "De retour de vacances"), []string{"arts_crafts"}},
	{"OnePassingPostIsNoTopic", topicCreator("Alex", "Weekend woodworker. Hand tools and shop jigs.", "en",
		"Cutting dovetails by hand", "Why I avoid varnish on food surfaces", "A new bench", "Sharpening chisels",
		"Shop tour", "Glue-up day"), []string{"arts_crafts"}},
	{"PostsAloneNeedAQuarter", topicCreator("Kai", "Making a cozy lighthouse game, solo.", "en",
		"devlog 12: lighting", "devlog 13: the keeper", "Saving money on assets", "devlog 14: fog"), []string{"gaming"}},
	{"NothingToSay", topicCreator("Someone", "Hello!", "en", "Good morning", "See you tomorrow"), nil},
	{"ShortStemIsExact", topicCreator("Ana", "Hola a todos", "es", "¿Cómo estás?", "¿Cómo se hace?", "¿Cómo va todo?"), nil},
}

func TestAssignTopics(t *testing.T) {
	for _, tc := range topicCases {
		got := scoring.AssignTopics(tc.c)
		var slugs []string
		for _, tp := range got {
			slugs = append(slugs, tp.Slug)
			if tp.Version != scoring.VersionTopics || len(tp.Evidence) == 0 || tp.Share <= 0 || tp.Share > 1 {
				t.Errorf("%s: topic %+v lacks version, evidence or a share in (0, 1]", tc.name, tp)
			}
		}
		if !slices.Equal(slugs, tc.want) {
			t.Errorf("%s: topics = %v, want %v", tc.name, slugs, tc.want)
		}
	}
}

func TestAssignTopics_Evidence(t *testing.T) {
	got := scoring.AssignTopics(topicCases[0].c)
	if len(got) != 1 {
		t.Fatalf("topics = %+v, want food_drink", got)
	}
	tp := got[0]
	// Ragù's ricetta and the pasta; the tiramisù post names no term.
	if !tp.Bio || tp.Analysed != 5 || tp.Posts != 2 {
		t.Errorf("bio, posts, analysed = %v, %d, %d; want true, 2, 5", tp.Bio, tp.Posts, tp.Analysed)
	}
	if tp.Share != 0.57 { // (2 posts + 2 for the bio) / (5 posts + 2)
		t.Errorf("share = %v, want 0.57", tp.Share)
	}
	bio := tp.Evidence[0]
	if bio.Source != scout.TopicInBio || !slices.Equal(bio.Terms, []string{"cucina", "ricette"}) {
		t.Errorf("bio evidence = %+v, want the words cucina, ricette", bio)
	}
	post := tp.Evidence[1]
	if post.Source != scout.TopicInPost || post.PostID != "p0" || post.URL == "" || post.PublishedAt == nil {
		t.Errorf("post evidence = %+v, want post p0 with URL and date", post)
	}
}

func TestTopicLexicon(t *testing.T) {
	for _, tc := range []struct {
		word string
		want []string
	}{
		{"cooking", []string{"food_drink"}}, {"cucina", []string{"food_drink"}}, {"kochen", []string{"food_drink"}},
		{"Cuisine", []string{"food_drink"}}, {"recetas", []string{"food_drink"}}, {"receitas", []string{"food_drink"}},
		{"skincare", []string{"beauty"}}, {"ajedrez", []string{"games_puzzles"}}, {"personal finance", []string{"personal_finance"}},
		{"the", nil}, {"cómo", nil},
	} {
		if got := (scoring.TopicLexicon{}).LookupTopics(tc.word); !slices.Equal(got, tc.want) {
			t.Errorf("LookupTopics(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestTopicTermsNameKnownTopics(t *testing.T) {
	// Every slug of the term lists is in scout.TopicList (the loader
	// refuses others), and every topic has words in every language.
	for _, topic := range scout.TopicList {
		if len(scoring.TopicTermCount(topic.Slug)) != len(scoring.LexiconLanguages) {
			t.Errorf("%s: terms in %v, want all of %v", topic.Slug, scoring.TopicTermCount(topic.Slug), scoring.LexiconLanguages)
		}
	}
}

func TestScoreBrief_Topics(t *testing.T) {
	eng := scoring.New()
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	brief := &scout.Brief{Name: "Italian food", Topics: []string{"food_drink"}}
	if err := brief.Validate(); err != nil {
		t.Fatal(err)
	}
	cook := topicCases[0].c
	cook.Topics = scoring.AssignTopics(cook)
	a := eng.ScoreBrief(cook, brief, now)
	if slices.ContainsFunc(a.Flags, func(f scout.Flag) bool { return f.Code == scout.FlagOffTopic }) {
		t.Errorf("the cook is off topic for a food brief: %+v", a.Flags)
	}
	pottery := topicCases[3].c
	pottery.Topics = scoring.AssignTopics(pottery)
	for i := range 6 {
		pottery.Posts = append(pottery.Posts, scout.Post{ID: fmt.Sprint("x", i), Text: "Émaillage du jour", PublishedAt: now.Add(-time.Hour)})
	}
	b := eng.ScoreBrief(pottery, brief, now)
	if !slices.ContainsFunc(b.Flags, func(f scout.Flag) bool { return f.Code == scout.FlagOffTopic }) {
		t.Errorf("the potter is not off topic for a food brief: %+v", b.Flags)
	}
}
