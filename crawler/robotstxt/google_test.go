package robotstxt_test

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/scout-oss/scout/crawler/robotstxt"
	"github.com/scout-oss/scout/internal/sharedtest"
)

// googleTestFile is Google's test file for its reference parser, kept
// verbatim in ../shared/formats (see its .source.txt).
const googleTestFile = "robotstxt_google_robots_test.cc"

// ask asks the package what c asserts and returns the answer in c.want's
// form.
func ask(c ccCase) string {
	switch c.kind {
	case "allowed":
		robots, agent, url := c.args[0], c.args[1], c.args[2]
		return strconv.FormatBool(robotstxt.Parse([]byte(robots)).Allowed(agent, robotstxt.PathOf(url)))
	case "validagent":
		return strconv.FormatBool(robotstxt.ValidAgent(c.args[0]))
	case "path":
		return robotstxt.PathOf(c.args[0])
	case "escape":
		return robotstxt.Escape(c.args[0])
	}
	return "unknown kind " + c.kind
}

// TestGoogleReference asks every assertion of Google's test file, read from
// the file itself, and fails on any disagreement.
func TestGoogleReference(t *testing.T) {
	src := sharedtest.ReadFormat(t, googleTestFile)
	cases, skipped := MustExtract(t, src)

	// The extraction must find every decision a plain text search finds.
	for kind, re := range map[string]*regexp.Regexp{
		"allowed":    regexp.MustCompile(`EXPECT_(TRUE|FALSE)\(\s*IsUserAgentAllowed\(`),
		"validagent": regexp.MustCompile(`EXPECT_(TRUE|FALSE)\(\s*RobotsMatcher::IsValidUserAgentToObey\(`),
		"path":       regexp.MustCompile(`\n\s*TestPath\(`),
		"escape":     regexp.MustCompile(`\n\s*TestEscape\(`),
	} {
		if got, want := count(cases, kind), len(re.FindAll(src, -1)); got != want || want == 0 {
			t.Errorf("extracted %d %s assertions, the file has %d", got, kind, want)
		}
	}

	agree := map[string]int{}
	for _, c := range cases {
		if got := ask(c); got != c.want {
			t.Errorf("%v: got %s", c, strconv.Quote(got))
			continue
		}
		agree[c.kind]++
	}
	t.Logf("%s: allow/disallow decisions %d of %d agree; IsValidUserAgentToObey %d of %d; GetPathParamsQuery %d of %d; MaybeEscapePattern %d of %d; %d parse-statistics EXPECT_EQs not asked (see TestLineEndings, TestByteOrderMark)",
		googleTestFile,
		agree["allowed"], count(cases, "allowed"),
		agree["validagent"], count(cases, "validagent"),
		agree["path"], count(cases, "path"),
		agree["escape"], count(cases, "escape"),
		skipped)
}

// TestGoogleTable asks the assertions ported by hand, which need no
// ../shared.
func TestGoogleTable(t *testing.T) {
	n := 0
	for _, g := range googleDecisions {
		r := robotstxt.Parse([]byte(g.robots))
		for _, c := range g.checks {
			n++
			if got := r.Allowed(c.agent, robotstxt.PathOf(c.url)); got != c.allowed {
				t.Errorf("%s: %.80q: Allowed(%q, %.80q) = %v, want %v", g.test, g.robots, c.agent, c.url, got, c.allowed)
			}
		}
	}
	for _, a := range googleValidAgents {
		if got := robotstxt.ValidAgent(a.agent); got != a.valid {
			t.Errorf("ValidAgent(%q) = %v, want %v", a.agent, got, a.valid)
		}
	}
	for _, p := range googlePaths {
		if got := robotstxt.PathOf(p.url); got != p.path {
			t.Errorf("PathOf(%q) = %q, want %q", p.url, got, p.path)
		}
	}
	for _, e := range googleEscapes {
		if got := robotstxt.Escape(e.pattern); got != e.escaped {
			t.Errorf("Escape(%q) = %q, want %q", e.pattern, got, e.escaped)
		}
	}
	if n != 145 {
		t.Errorf("table holds %d decisions, the file 145", n)
	}
}

// TestGoogleTableIsComplete checks that the table ported by hand holds
// exactly the assertions of Google's file, so that it can stand in for the
// file where ../shared is absent.
func TestGoogleTableIsComplete(t *testing.T) {
	cases, _ := MustExtract(t, sharedtest.ReadFormat(t, googleTestFile))
	var fromFile, fromTable []string
	for _, c := range cases {
		fromFile = append(fromFile, key(c.kind, c.want, c.args...))
	}
	for _, g := range googleDecisions {
		for _, ch := range g.checks {
			fromTable = append(fromTable, key("allowed", strconv.FormatBool(ch.allowed), g.robots, ch.agent, ch.url))
		}
	}
	for _, a := range googleValidAgents {
		fromTable = append(fromTable, key("validagent", strconv.FormatBool(a.valid), a.agent))
	}
	for _, p := range googlePaths {
		fromTable = append(fromTable, key("path", p.path, p.url))
	}
	for _, e := range googleEscapes {
		fromTable = append(fromTable, key("escape", e.escaped, e.pattern))
	}
	slices.Sort(fromFile)
	slices.Sort(fromTable)
	for _, k := range fromFile {
		if _, found := slices.BinarySearch(fromTable, k); !found {
			t.Errorf("in the file, not in the table: %.200s", k)
		}
	}
	for _, k := range fromTable {
		if _, found := slices.BinarySearch(fromFile, k); !found {
			t.Errorf("in the table, not in the file: %.200s", k)
		}
	}
	if len(fromFile) != len(fromTable) {
		t.Errorf("file has %d assertions, table %d", len(fromFile), len(fromTable))
	}
}

// key spells an assertion for comparison, its last (short) arguments
// first so that a truncated message still tells them apart.
func key(kind, want string, args ...string) string {
	rev := slices.Clone(args)
	slices.Reverse(rev)
	return fmt.Sprintf("%s want %s %q", kind, want, rev)
}

func count(cases []ccCase, kind string) int {
	n := 0
	for _, c := range cases {
		if c.kind == kind {
			n++
		}
	}
	return n
}
