package index_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
)

// fakeTopics names food_drink for a few words in several languages, as
// scoring.TopicLexicon does from its term lists.
type fakeTopics struct{}

func (fakeTopics) LookupTopics(text string) []string {
	switch strings.ToLower(text) {
	case "cooking", "cucina", "kochen", "food":
		return []string{"food_drink"}
	}
	return nil
}

// topicCast: an Italian cook with the food topic (no English word for it
// in their text), a woodworker with one post about food-safe finishes, and
// a travel creator.
func topicCast() []*scout.Creator {
	cook := newCreator(creatorSpec{id: "cook", name: "Dario", bio: "Cucina di casa, ricette semplici",
		followers: scout.Int64(215_000), language: "it", country: "IT",
		posts: []string{"|Ragù della domenica", "|Pasta fresca"}})
	cook.Topics = []scout.CreatorTopic{{Slug: "food_drink", Share: 0.6, Bio: true}}
	baker := newCreator(creatorSpec{id: "baker", name: "Pixel Kitchen", bio: "Vegan baking that works",
		followers: scout.Int64(9_000), language: "en",
		posts: []string{"|A food processor pie crust"}})
	baker.Topics = []scout.CreatorTopic{{Slug: "food_drink", Share: 0.8, Bio: true}}
	wood := newCreator(creatorSpec{id: "wood", name: "Alex", bio: "Weekend woodworker, hand tools",
		followers: scout.Int64(300_000), language: "en",
		posts: []string{"|Dovetails again", "|Why I avoid varnish on food surfaces: board butter instead", "|New bench"}})
	wood.Topics = []scout.CreatorTopic{{Slug: "arts_crafts", Share: 0.5, Bio: true}}
	travel := newCreator(creatorSpec{id: "travel", name: "Lucía", bio: "Viajes low cost",
		followers: scout.Int64(4_000), language: "es"})
	travel.Topics = []scout.CreatorTopic{{Slug: "travel", Share: 0.7, Bio: true}, {Slug: "food_drink", Share: 0.2, Bio: true}}
	return []*scout.Creator{cook, baker, wood, travel}
}

func TestSearch_Topics(t *testing.T) {
	ix := MustOpenMem(t)
	ix.SetTopics(fakeTopics{})
	MustIndex(t, ix, topicCast()...)

	t.Run("Filter", func(t *testing.T) {
		got, _ := MustSearch(t, ix, scout.SearchQuery{Topics: []string{"food_drink"}, Sort: scout.SortFollowers, Desc: true})
		if want := []string{"cook", "baker", "travel"}; !slices.Equal(got, want) {
			t.Errorf("topic=food_drink = %v, want %v", got, want)
		}
	})
	t.Run("FilterWithLanguageCountryFollowers", func(t *testing.T) {
		got, _ := MustSearch(t, ix, scout.SearchQuery{Topics: []string{"food_drink"}, Languages: []string{"it"},
			Countries: []string{"IT"}, MinFollowers: scout.Int64(10_000)})
		if want := []string{"cook"}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("SortByShare", func(t *testing.T) {
		got, _ := MustSearch(t, ix, scout.SearchQuery{Topics: []string{"food_drink"}, Sort: scout.SortTopicShare, Desc: true})
		if want := []string{"baker", "cook", "travel"}; !slices.Equal(got, want) {
			t.Errorf("desc = %v, want %v", got, want)
		}
		got, _ = MustSearch(t, ix, scout.SearchQuery{Topics: []string{"food_drink"}, Sort: scout.SortTopicShare})
		if want := []string{"travel", "cook", "baker"}; !slices.Equal(got, want) {
			t.Errorf("asc = %v, want %v", got, want)
		}
	})
	t.Run("SortByShareNeedsOneTopic", func(t *testing.T) {
		q := scout.SearchQuery{Sort: scout.SortTopicShare}
		if _, err := ix.Search(t.Context(), &q); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
	t.Run("Facet", func(t *testing.T) {
		_, res := MustSearch(t, ix, scout.SearchQuery{Facets: []string{scout.FacetTopic}})
		want := []scout.FacetCount{{Value: "food_drink", Count: 3}, {Value: "arts_crafts", Count: 1}, {Value: "travel", Count: 1}}
		if got := res.Facets[scout.FacetTopic]; !slices.Equal(got, want) {
			t.Errorf("facet = %v, want %v", got, want)
		}
	})
	t.Run("UnknownTopic", func(t *testing.T) {
		q := scout.SearchQuery{Topics: []string{"cooking"}}
		if _, err := ix.Search(t.Context(), &q); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
}

func TestSearch_TopicExpansion(t *testing.T) {
	ix := MustOpenMem(t)
	ix.SetTopics(fakeTopics{})
	MustIndex(t, ix, topicCast()...)
	for _, word := range []string{"cooking", "cucina", "kochen"} {
		got, res := MustSearch(t, ix, scout.SearchQuery{Text: word})
		if !slices.Contains(got, "cook") {
			t.Errorf("%q = %v, want the Italian cook", word, got)
		}
		if want := []scout.TopicExpansion{{Term: word, Topic: "food_drink"}}; !slices.Equal(res.Expansions, want) {
			t.Errorf("%q expansions = %v, want %v", word, res.Expansions, want)
		}
	}
	t.Run("TopicBeatsOnePassingPost", func(t *testing.T) {
		got, res := MustSearch(t, ix, scout.SearchQuery{Text: "food"})
		wood, cook := slices.Index(got, "wood"), slices.Index(got, "cook")
		if wood < 0 || cook < 0 || wood < cook || wood < slices.Index(got, "baker") {
			t.Fatalf("food = %v, want the food creators above the woodworker", got)
		}
		h := res.Hits[wood]
		if len(h.PostMatches) != 1 || h.PostMatches[0].PostID != "wood-p1" {
			t.Fatalf("woodworker post matches = %+v, want post wood-p1", h.PostMatches)
		}
		text := scout.PostSearchText(&topicCast()[2].Posts[1])
		sp := h.PostMatches[0].Spans[0]
		if text[sp[0]:sp[1]] != "food" {
			t.Errorf("span %v = %q, want \"food\"", sp, text[sp[0]:sp[1]])
		}
	})
	t.Run("NoLookup", func(t *testing.T) {
		ix := MustOpenMem(t)
		MustIndex(t, ix, topicCast()...)
		got, res := MustSearch(t, ix, scout.SearchQuery{Text: "kochen"})
		if len(got) != 0 || res.Expansions != nil {
			t.Errorf("without a lookup kochen = %v %v, want nothing", got, res.Expansions)
		}
	})
}

func TestSimilar_TopicsAndNoStopWords(t *testing.T) {
	ix := MustOpenMem(t)
	cook := newCreator(creatorSpec{id: "cook", name: "Dario", bio: "Cucina di casa, ricette semplici ogni venerdì",
		language: "it", country: "IT", posts: []string{"|Il ragù per la domenica, con calma", "|Pasta con le sarde per venerdì", "|Vedi shop.invalid/tag"}})
	cook.Topics = []scout.CreatorTopic{{Slug: "food_drink", Share: 0.6}}
	pianist := newCreator(creatorSpec{id: "piano", name: "Giulia", bio: "Pianista jazz a Bologna",
		language: "it", country: "IT", posts: []string{"|Prove per domenica, con il trio", "|Lezione di venerdì: voicing", "|Vedi shop.invalid/tag"}})
	pianist.Topics = []scout.CreatorTopic{{Slug: "music", Share: 0.5}}
	baker := newCreator(creatorSpec{id: "baker", name: "Pixel Kitchen", bio: "Vegan baking", language: "en",
		posts: []string{"|Sourdough, slowly"}})
	baker.Topics = []scout.CreatorTopic{{Slug: "food_drink", Share: 0.8}}
	MustIndex(t, ix, cook, pianist, baker)

	hits, err := ix.Similar(t.Context(), cook, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		for _, w := range h.Shared {
			switch w {
			case "per", "con", "domenica", "venerdì", "shop.invalid", "tag", "shop":
				t.Errorf("%s shares %q, a word that describes nobody", h.ID, w)
			}
		}
	}
	if len(hits) == 0 || hits[0].ID != "baker" {
		t.Errorf("lookalikes = %+v, want the baker (same topic) first", hits)
	}
}
