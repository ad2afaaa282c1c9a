package robotstxt_test

import (
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler/robotstxt"
)

// decision is one allow/disallow question asked of a robots.txt. path is
// given as a crawler asks it: escaped with robotstxt.Escape.
type decision struct {
	name    string
	robots  string
	agent   string
	path    string
	allowed bool
}

// rfcDecisions are RFC 9309 cases Google's test file does not ask, and the
// hostile files that made the previous reader fetch what it should not, or
// refuse a whole site over one odd line.
var rfcDecisions = []decision{
	// Groups are chosen by exact product token, never by prefix.
	{"PrefixGroupDoesNotCapture", "User-agent: Sc\nDisallow: /\n", "ScoutBot", "/page", true},
	{"PrefixGroupDoesNotCaptureOverStar", "User-agent: *\nDisallow: /\n\nUser-agent: Sc\nAllow: /\n", "ScoutBot", "/page", false},
	{"LongerNameDoesNotCapture", "User-agent: ScoutBotX\nDisallow: /\n", "ScoutBot", "/page", true},
	{"ExactNameObeyed", "User-agent: Sc\nAllow: /\n\nUser-agent: ScoutBot\nDisallow: /\n", "ScoutBot", "/page", false},
	{"NameCaseInsensitive", "User-agent: scoutbot\nDisallow: /\n", "ScoutBot", "/page", false},
	{"NameWithVersionObeyed", "User-agent: ScoutBot/1.0\nDisallow: /\n", "ScoutBot", "/page", false},
	{"NameWithCommentObeyed", "User-agent: ScoutBot # that's us\nDisallow: /\n", "ScoutBot", "/page", false},
	{"NamedGroupsMerge", "User-agent: ScoutBot\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n\nUser-agent: ScoutBot\nDisallow: /c\n", "ScoutBot", "/c", false},
	{"NamedGroupHidesStar", "User-agent: ScoutBot\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n", "ScoutBot", "/b", true},
	{"StarGroupsMerge", "User-agent: *\nDisallow: /a\n\nUser-agent: Other\nDisallow: /\n\nUser-agent: *\nDisallow: /b\n", "ScoutBot", "/b", false},
	{"NoTokenObeysStar", "User-agent: Scout\nAllow: /\n\nUser-agent: *\nDisallow: /\n", "Scout Bot", "/page", false},

	// "#" starts a comment anywhere on a line.
	{"CommentWithoutSpace", "User-agent: *\nDisallow: /foo/quz#qux\n", "ScoutBot", "/foo/quz", false},
	{"CommentOnlyLine", "User-agent: *\n# Disallow: /\nDisallow: /x\n", "ScoutBot", "/y", true},

	// Patterns are anchored at the start of the path.
	{"DollarAnchoredAtStart", "User-agent: *\nDisallow: /private\nAllow: /public$\n", "ScoutBot", "/private/public", false},
	{"DollarAnchoredUnderRoot", "User-agent: *\nDisallow: /\nAllow: /public$\n", "ScoutBot", "/private/public", false},
	{"DollarMatchesWholePath", "User-agent: *\nDisallow: /\nAllow: /public$\n", "ScoutBot", "/public", true},
	{"DollarRefusesLonger", "User-agent: *\nDisallow: /\nAllow: /public$\n", "ScoutBot", "/public/x", false},
	{"StarAnchoredAtStart", "User-agent: *\nDisallow: /\nAllow: /a*z\n", "ScoutBot", "/x/a/z", false},
	{"StarMatchesInside", "User-agent: *\nDisallow: /\nAllow: /a*z\n", "ScoutBot", "/a/b/z", true},
	{"StarDollarQuery", "User-agent: *\nDisallow: /*.pdf$\n", "ScoutBot", "/doc.pdf?download=1", true},
	{"StarDollarEnd", "User-agent: *\nDisallow: /*.pdf$\n", "ScoutBot", "/a/doc.pdf", false},
	{"DollarInsideIsLiteral", "User-agent: *\nDisallow: /a$b\n", "ScoutBot", "/a$b/c", false},

	// The longest pattern as written wins; Allow wins a tie, in any order.
	{"TieDisallowFirst", "User-agent: *\nDisallow: /page\nAllow: /page\n", "ScoutBot", "/page", true},
	{"TieAllowFirst", "User-agent: *\nAllow: /page\nDisallow: /page\n", "ScoutBot", "/page", true},
	{"TieWildcards", "User-agent: *\nDisallow: /x/ab\nAllow: /x/*b\n", "ScoutBot", "/x/ab", true},
	{"WildcardLengthAsWritten", "User-agent: *\nDisallow: /a/\nAllow: /*.css\n", "ScoutBot", "/a/x.css", true},
	{"WildcardShorterLoses", "User-agent: *\nDisallow: /folder/\nAllow: /*.css\n", "ScoutBot", "/folder/x.css", false},
	{"LengthAfterEncoding", "User-agent: *\nDisallow: /%c3\nAllow: /ä\n", "ScoutBot", robotstxt.Escape("/ä"), true},
	{"EmptyDisallowAllowsAll", "User-agent: ScoutBot\nDisallow:\n\nUser-agent: *\nDisallow: /\n", "ScoutBot", "/anything", true},

	// Rules and paths are percent-encoded alike.
	{"NonASCIIRule", "User-agent: *\nDisallow: /café\n", "ScoutBot", robotstxt.Escape("/café"), false},
	{"NonASCIIRuleEncodedPath", "User-agent: *\nDisallow: /café\n", "ScoutBot", "/caf%C3%A9", false},
	{"LowerCaseEscapeRule", "User-agent: *\nDisallow: /%e3%83%84\n", "ScoutBot", "/%E3%83%84", false},
	{"LowerCaseEscapePath", "User-agent: *\nDisallow: /%E3%83%84\n", "ScoutBot", robotstxt.Escape("/%e3%83%84"), false},

	// A line that cannot be read is skipped; the rest of the file stands.
	{"BadCrawlDelay", "User-agent: *\nCrawl-delay: 1s\nDisallow: /private\n", "ScoutBot", "/public", true},
	{"BadCrawlDelayKeepsRules", "User-agent: *\nCrawl-delay: 1s\nDisallow: /private\n", "ScoutBot", "/private", false},
	{"RuleBeforeUserAgent", "Allow: /x\nUser-agent: *\nDisallow: /private\n", "ScoutBot", "/public", true},
	{"RuleBeforeUserAgentIgnored", "Disallow: /\nUser-agent: *\nDisallow: /private\n", "ScoutBot", "/public", true},
	{"GarbageLines", "<html>\nUser-agent: *\nthis is not a rule\nDisallow /a /b\nDisallow: /private\n", "ScoutBot", "/public", true},
	{"GarbageLinesKeepRules", "<html>\nUser-agent: *\nthis is not a rule\nDisallow /a /b\nDisallow: /private\n", "ScoutBot", "/private", false},
	{"BinaryGarbage", "\x00\xff\xfe\nUser-agent: *\nDisallow: /private\n", "ScoutBot", "/public", true},
	{"CrawlDelayDoesNotEndGroup", "User-agent: ScoutBot\nCrawl-delay: 5\nUser-agent: Other\nDisallow: /\n", "ScoutBot", "/page", false},

	// Google's tolerated typos and missing colon.
	{"TypoDisalow", "User-agent: *\nDisalow: /x\n", "ScoutBot", "/x", false},
	{"TypoUseragent", "useragent: ScoutBot\nDisallow: /x\n", "ScoutBot", "/x", false},
	{"MissingColon", "User-agent ScoutBot\nDisallow /x\n", "ScoutBot", "/x", false},

	// A UTF-8 byte-order mark, whole or in part, is skipped at the start.
	{"BOM", "\xEF\xBB\xBFUser-agent: *\nDisallow: /\n", "ScoutBot", "/x", false},
	{"BOMTwoBytes", "\xEF\xBBUser-agent: *\nDisallow: /\n", "ScoutBot", "/x", false},
	{"BOMOneByte", "\xEFUser-agent: *\nDisallow: /\n", "ScoutBot", "/x", false},
	{"BOMBrokenSpoilsOnlyFirstLine", "\xEF\x11\xBFUser-agent: *\nDisallow: /\n", "ScoutBot", "/x", true},
	{"BOMBrokenFirstLineOnly", "\xEF\x11\xBFUser-agent: Other\nUser-agent: *\nDisallow: /\n", "ScoutBot", "/x", false},
	{"BOMInMiddleSpoilsItsLine", "User-agent: *\n\xEF\xBB\xBFDisallow: /\nDisallow: /y\n", "ScoutBot", "/x", true},

	// Google's: Allow of /dir/index.html allows /dir/.
	{"IndexHTMLAllowsDirectory", "User-agent: *\nDisallow: /\nAllow: /d/index.html\n", "ScoutBot", "/d/", true},
	{"IndexHTMLNotSiblings", "User-agent: *\nDisallow: /\nAllow: /d/index.html\n", "ScoutBot", "/d/other", false},

	// /robots.txt itself is always allowed.
	{"RobotsTxtAllowed", "User-agent: *\nDisallow: /\n", "ScoutBot", "/robots.txt", true},
	{"RobotsTxtLookalike", "User-agent: *\nDisallow: /\n", "ScoutBot", "/robots.txt.bak", false},
}

func TestRFCDecisions(t *testing.T) {
	for _, d := range rfcDecisions {
		if got := robotstxt.Parse([]byte(d.robots)).Allowed(d.agent, d.path); got != d.allowed {
			t.Errorf("%s: %q: Allowed(%q, %q) = %v, want %v", d.name, d.robots, d.agent, d.path, got, d.allowed)
		}
	}
}

// TestLineEndings asks Google's line-ending files (its directive-count
// assertions) as decisions: if a line end were missed, bar's Disallow
// would merge into foo's line and bar would be allowed.
func TestLineEndings(t *testing.T) {
	lines := []string{"User-Agent: foo", "Allow: /some/path", "User-Agent: bar", "", "", "Disallow: /"}
	for name, body := range map[string]string{
		"LF":             strings.Join(lines, "\n") + "\n",
		"CRLF":           strings.Join(lines, "\r\n") + "\r\n",
		"CR":             strings.Join(lines, "\r") + "\r",
		"NoFinalNewline": strings.Join(lines, "\n"),
		"Mixed":          "User-Agent: foo\nAllow: /some/path\r\nUser-Agent: bar\n\r\n\nDisallow: /",
	} {
		r := robotstxt.Parse([]byte(body))
		if !r.Allowed("foo", "/some/path") || !r.Allowed("foo", "/other") {
			t.Errorf("%s: foo refused", name)
		}
		if r.Allowed("bar", "/x") {
			t.Errorf("%s: bar allowed /x, want its Disallow: / obeyed", name)
		}
	}
}

// TestByteOrderMark asks Google's byte-order-mark files (its directive-count
// assertions) as decisions: foo's Disallow counts only when the line
// before it was read as foo's User-agent.
func TestByteOrderMark(t *testing.T) {
	for _, tc := range []struct {
		name    string
		body    string
		allowed bool
	}{
		{"Full", "\xEF\xBB\xBFUser-Agent: foo\nDisallow: /AnyValue\n", false},
		{"Partial2", "\xEF\xBBUser-Agent: foo\nDisallow: /AnyValue\n", false},
		{"Partial1", "\xEFUser-Agent: foo\nDisallow: /AnyValue\n", false},
		{"Broken", "\xEF\x11\xBFUser-Agent: foo\nDisallow: /AnyValue\n", true},
		{"InMiddle", "User-Agent: foo\n\xEF\xBB\xBFDisallow: /AnyValue\n", true},
	} {
		if got := robotstxt.Parse([]byte(tc.body)).Allowed("foo", "/AnyValue"); got != tc.allowed {
			t.Errorf("%s: Allowed = %v, want %v", tc.name, got, tc.allowed)
		}
	}
}

// TestSizeCut checks that a file over MaxBytes is cut at the last line end
// before the limit, so that a rule straddling it is dropped rather than
// shortened into a broader one.
func TestSizeCut(t *testing.T) {
	head := "User-agent: *\nDisallow: /\n"
	pad := func(before string) string {
		// Comment lines filling the file up to len(before) bytes short of
		// MaxBytes.
		n := robotstxt.MaxBytes - len(head) - len(before)
		var b strings.Builder
		for n > 0 {
			line := min(n, 100)
			b.WriteString(strings.Repeat("#", line-1) + "\n")
			n -= line
		}
		return b.String()
	}
	for _, tc := range []struct {
		name    string
		tail    string // what follows the padding; MaxBytes ends len(at) bytes into it
		at      string
		path    string
		allowed bool
	}{
		// The limit falls after "Allow: /p": read as is, it would open
		// /private.
		{"StraddlingAllowDropped", "Allow: /public/page\n", "Allow: /p", "/private", false},
		{"StraddlingAllowNotRead", "Allow: /public/page\n", "Allow: /p", "/public/page", false},
		// A line whose end is the first byte past the limit is whole.
		{"LineEndingAtLimitKept", "Allow: /public\nAllow: /private\n", "Allow: /public", "/public", true},
		{"LinePastLimitIgnored", "Allow: /public\nAllow: /private\n", "Allow: /public", "/private", false},
		{"CRLFAtLimitKept", "Allow: /public\r\nAllow: /private\r\n", "Allow: /public\r", "/public", true},
	} {
		body := head + pad(tc.at) + tc.tail
		if !strings.HasPrefix(body[robotstxt.MaxBytes-len(tc.at):], tc.at) || len(body) <= robotstxt.MaxBytes {
			t.Fatalf("%s: the limit is not where the case says", tc.name)
		}
		if got := robotstxt.Parse([]byte(body)).Allowed("ScoutBot", tc.path); got != tc.allowed {
			t.Errorf("%s: Allowed(%q) = %v, want %v", tc.name, tc.path, got, tc.allowed)
		}
	}
}

func TestCutAtLine(t *testing.T) {
	for _, tc := range []struct {
		body string
		n    int
		want string
	}{
		{"a\nb\n", 10, "a\nb\n"},
		{"a\nb\n", 4, "a\nb\n"},
		{"a\nbc\n", 3, "a\n"},
		{"a\nb\nc", 4, "a\nb\n"},
		{"a\nb\nc", 3, "a\nb"},
		{"a\r\nbc", 4, "a\r\n"},
		{"abc", 2, ""},
		{"abc", -1, ""},
	} {
		if got := string(robotstxt.CutAtLine([]byte(tc.body), tc.n)); got != tc.want {
			t.Errorf("CutAtLine(%q, %d) = %q, want %q", tc.body, tc.n, got, tc.want)
		}
	}
}

func TestCrawlDelay(t *testing.T) {
	for _, tc := range []struct {
		name   string
		robots string
		want   time.Duration
		ok     bool
	}{
		{"Seconds", "User-agent: ScoutBot\nCrawl-delay: 10\n", 10 * time.Second, true},
		{"Fraction", "User-agent: ScoutBot\nCrawl-delay: 0.5\n", 500 * time.Millisecond, true},
		{"KeyCase", "User-agent: ScoutBot\ncrawl-DELAY: 2\n", 2 * time.Second, true},
		{"Star", "User-agent: *\nCrawl-delay: 3\n", 3 * time.Second, true},
		{"NamedHidesStar", "User-agent: *\nCrawl-delay: 3\nDisallow: /y\n\nUser-agent: ScoutBot\nDisallow: /x\n", 0, false},
		// Only a rule ends a group: this ScoutBot line joins the "*" group.
		{"JoinsGroupBeforeRules", "User-agent: *\nCrawl-delay: 3\n\nUser-agent: ScoutBot\nDisallow: /x\n", 3 * time.Second, true},
		{"OtherAgent", "User-agent: Other\nCrawl-delay: 3\n", 0, false},
		{"MergedTakesLargest", "User-agent: ScoutBot\nCrawl-delay: 1\n\nUser-agent: ScoutBot\nCrawl-delay: 4\n", 4 * time.Second, true},
		{"AfterRules", "User-agent: ScoutBot\nDisallow: /x\nCrawl-delay: 2\n", 2 * time.Second, true},
		{"BeforeUserAgent", "Crawl-delay: 2\nUser-agent: ScoutBot\n", 0, false},
		{"Huge", "User-agent: ScoutBot\nCrawl-delay: 99999999999999999999\n", time.Duration(1<<63 - 1), true},
		{"Unit", "User-agent: ScoutBot\nCrawl-delay: 1s\n", 0, false},
		{"Negative", "User-agent: ScoutBot\nCrawl-delay: -1\n", 0, false},
		{"Exponent", "User-agent: ScoutBot\nCrawl-delay: 1e3\n", 0, false},
		{"NaN", "User-agent: ScoutBot\nCrawl-delay: NaN\n", 0, false},
		{"Hex", "User-agent: ScoutBot\nCrawl-delay: 0x10\n", 0, false},
		{"TwoDots", "User-agent: ScoutBot\nCrawl-delay: 1.2.3\n", 0, false},
		{"Dot", "User-agent: ScoutBot\nCrawl-delay: .\n", 0, false},
		{"Empty", "User-agent: ScoutBot\nCrawl-delay:\n", 0, false},
	} {
		got, ok := robotstxt.Parse([]byte(tc.robots)).CrawlDelay("ScoutBot")
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: CrawlDelay = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestProductToken(t *testing.T) {
	for _, tc := range []struct{ ua, want string }{
		{"ScoutBot/0.1 (+https://github.com/scout-oss/scout)", "ScoutBot"},
		{"ScoutBot", "ScoutBot"},
		{" ScoutBot/1", "ScoutBot"},
		{"Scout-Bot_2/1", ""},
		{"Scout Bot/1", "Scout"},
		{"Mozilla/5.0 (compatible; ScoutBot/0.1)", "Mozilla"},
		{"", ""},
		{"/1.0", ""},
	} {
		if got := robotstxt.ProductToken(tc.ua); got != tc.want {
			t.Errorf("ProductToken(%q) = %q, want %q", tc.ua, got, tc.want)
		}
	}
}

func TestZeroValueAllowsAll(t *testing.T) {
	var r robotstxt.Robots
	if !r.Allowed("ScoutBot", "/x") {
		t.Error("zero Robots refused /x")
	}
	if _, ok := r.CrawlDelay("ScoutBot"); ok {
		t.Error("zero Robots has a Crawl-delay")
	}
}

// TestPathologicalPattern checks that matching stays linear: a pattern of
// many stars against a long path that almost matches.
func TestPathologicalPattern(t *testing.T) {
	robots := "User-agent: *\nDisallow: /" + strings.Repeat("a*", 2000) + "b\n"
	path := "/" + strings.Repeat("a", 16000)
	start := time.Now()
	r := robotstxt.Parse([]byte(robots))
	for range 10 {
		if !r.Allowed("ScoutBot", path) {
			t.Fatal("path without b refused")
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("10 matches took %v", d)
	}
}

func FuzzParse(f *testing.F) {
	for _, d := range rfcDecisions {
		f.Add([]byte(d.robots), d.path)
	}
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := robotstxt.Parse(body)
		r.Allowed("ScoutBot", path)
		r.Allowed("*", path)
		r.CrawlDelay("ScoutBot")
		if !r.Allowed("ScoutBot", "/robots.txt") {
			t.Error("/robots.txt refused")
		}
		if e := robotstxt.Escape(path); robotstxt.Escape(e) != e {
			t.Errorf("Escape is not idempotent on %q", path)
		}
	})
}
