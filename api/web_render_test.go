package api_test

import (
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

var inputCases = []struct {
	name string
	in   any
	want []string
	not  []string
}{
	{"Weighted", map[string]any{"value": 100.0, "weight": 0.3}, []string{"<dt>value</dt><dd>100</dd>", "<dt>weight</dt><dd>0.3</dd>"}, []string{"map["}},
	{"Nil", nil, []string{"unknown"}, []string{"<nil>", "&lt;nil&gt;"}},
	{"EmptyMap", map[string]any{}, []string{"none"}, []string{"map[]"}},
	{"Float", 0.04760286225402505, []string{"0.0476"}, []string{"0.047602"}},
	{"List", []any{"a", 2.0, true}, []string{"a, 2, yes"}, []string{"["}},
	{"Struct", struct {
		Name   string  `json:"name"`
		Source string  `json:"source"`
		Low    float64 `json:"low_band"`
	}{"er", "Modash benchmark (market.md §4 [69])", 0.0172}, []string{"<dt>low band</dt>", `href="https://www.modash.io/engagement-rate-calculator"`}, []string{"{er", "market.md"}},
	{"Hostile", "<script>alert(1)</script>", []string{"&lt;script&gt;"}, []string{"<script>"}},
}

func TestInputHTML(t *testing.T) {
	for _, c := range inputCases {
		got := string(api.InputHTML(c.in))
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", c.name, got, w)
			}
		}
		for _, n := range c.not {
			if strings.Contains(got, n) {
				t.Errorf("%s: %q has %q", c.name, got, n)
			}
		}
	}
}

var citeCases = []struct {
	in, want string
}{
	{"benchmark (market.md §4 [69])", `benchmark (<a class="cite" href="https://www.modash.io/engagement-rate-calculator" rel="noopener noreferrer nofollow" target="_blank">Modash Instagram engagement rate calculator and benchmarks</a>)`},
	{"method: robust z (scoring.md §3.4, HypeAuditor AQS)", `https://www.itl.nist.gov/div898/handbook/eda/section3/eda35h.htm`},
	{"scoring.md §3.4 commenter concentration, §6.2 POD; Weerasinghe", `commenter concentration, Scout's scoring design; Weerasinghe`},
	{"lines: scoring.md §6.2 AUD (heuristic)", `lines: Scout's scoring design (heuristic)`},
	{"plain text & more", "plain text &amp; more"},
}

func TestCiteHTML(t *testing.T) {
	for _, c := range citeCases {
		got := string(api.CiteHTML(c.in))
		if !strings.Contains(got, c.want) {
			t.Errorf("cite(%q) = %q, want it to hold %q", c.in, got, c.want)
		}
		if strings.Contains(got, ".md") {
			t.Errorf("cite(%q) = %q still names a research file", c.in, got)
		}
	}
}

// TestCreatorPageSpeaksPlainly: the creator page shows no Go syntax and
// no research-file citations.
func TestCreatorPageSpeaksPlainly(t *testing.T) {
	env := MustWebServer(t)
	c := env.browser(t, env.keys[scout.RoleViewer])
	_, _, body, _ := env.get(t, c, "/creators/"+env.hostile)
	if !strings.Contains(body, "Inputs</summary>") {
		t.Fatal("the creator page shows no score inputs to check")
	}
	for _, bad := range []string{"map[", "&lt;nil&gt;", "<nil>", ".md §", "scoring.md", "market.md"} {
		if strings.Contains(body, bad) {
			i := strings.Index(body, bad)
			t.Errorf("creator page shows %q: …%s…", bad, body[max(0, i-80):min(len(body), i+80)])
		}
	}
}

// TestSearchPageHumanChipsAndPercent: chips say what a filter does; the
// page takes engagement in percent and the URL (the API) a fraction.
func TestSearchPageHumanChipsAndPercent(t *testing.T) {
	env := MustWebServer(t)
	c := env.browser(t, env.keys[scout.RoleViewer])
	_, _, body, _ := env.get(t, c, "/?min_er_pct=2&min_score.brand_safety=80&min_followers=10000&brand_safety_band=safe")
	for _, want := range []string{"Engagement ≥ 2%", "Brand safety ≥ 80", "Followers ≥ 10K", "Brand safety: safe",
		`name="min_er_pct" type="number" step="0.01" min="0" max="100" inputmode="decimal" value="2"`} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	for _, bad := range []string{"min_score.brand_safety: 80", "min_er: 0.02", ">min_followers:"} {
		if strings.Contains(body, bad) {
			t.Errorf("search page shows the raw parameter %q", bad)
		}
	}
	// The chip's removal link and the export link carry the fraction.
	if !strings.Contains(body, "min_er=0.02") {
		t.Error("the URL state does not carry min_er=0.02")
	}
}
