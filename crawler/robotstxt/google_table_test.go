package robotstxt_test

import "strings"

// The assertions of Google's robots_test.cc (github.com/google/robotstxt,
// Apache-2.0; a copy with its provenance is kept in
// ../shared/formats/robotstxt_google_robots_test.cc), ported by hand so
// that they live in this repository. TestGoogleTableIsComplete checks the
// port against the file whenever ../shared is present; the parse-statistics
// assertions (line and directive counts) are asked as decisions in
// rfc_test.go instead.

// googleCheck is one IsUserAgentAllowed assertion on a file.
type googleCheck struct {
	agent   string
	url     string
	allowed bool
}

// googleDecisions groups the allow/disallow assertions by the robots.txt
// they are asked of, in the order of the C++ file.
var googleDecisions = []struct {
	test   string // the C++ TEST the assertions come from
	robots string
	checks []googleCheck
}{
	// An empty file or an empty agent allows everything; an empty URL is the path "/".
	{
		test:   "GoogleOnly_SystemTest",
		robots: "",
		checks: []googleCheck{
			{"FooBot", "", true},
			{"", "", true},
		},
	},
	{
		test: "GoogleOnly_SystemTest",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"", "", true},
			{"FooBot", "", false},
		},
	},
	// Unknown keys are ignored; a missing colon is accepted when the line has two words.
	{
		test: "ID_LineSyntax_Line",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", false},
		},
	},
	{
		test: "ID_LineSyntax_Line",
		robots: "foo: FooBot\n" +
			"bar: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", true},
		},
	},
	{
		test: "ID_LineSyntax_Line",
		robots: "user-agent FooBot\n" +
			"disallow /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", false},
		},
	},
	// Rules before the first User-agent belong to no group; groups for one agent merge.
	{
		test: "ID_LineSyntax_Groups",
		robots: "allow: /foo/bar/\n" +
			"\n" +
			"user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /x/\n" +
			"user-agent: BarBot\n" +
			"disallow: /\n" +
			"allow: /y/\n" +
			"\n" +
			"\n" +
			"allow: /w/\n" +
			"user-agent: BazBot\n" +
			"\n" +
			"user-agent: FooBot\n" +
			"allow: /z/\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/b", true},
			{"FooBot", "http://foo.bar/z/d", true},
			{"FooBot", "http://foo.bar/y/c", false},
			{"BarBot", "http://foo.bar/y/c", true},
			{"BarBot", "http://foo.bar/w/a", true},
			{"BarBot", "http://foo.bar/z/d", false},
			{"BazBot", "http://foo.bar/z/d", true},
			{"FooBot", "http://foo.bar/foo/bar/", false},
			{"BarBot", "http://foo.bar/foo/bar/", false},
			{"BazBot", "http://foo.bar/foo/bar/", false},
		},
	},
	// Sitemap and unknown lines do not end a group.
	{
		test: "ID_LineSyntax_Groups_OtherRules",
		robots: "User-agent: BarBot\n" +
			"Sitemap: https://foo.bar/sitemap\n" +
			"User-agent: *\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/", false},
			{"BarBot", "http://foo.bar/", false},
		},
	},
	{
		test: "ID_LineSyntax_Groups_OtherRules",
		robots: "User-agent: FooBot\n" +
			"Invalid-Unknown-Line: unknown\n" +
			"User-agent: *\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/", false},
			{"BarBot", "http://foo.bar/", false},
		},
	},
	// Keys are case-insensitive.
	{
		test: "ID_REPLineNamesCaseInsensitive",
		robots: "USER-AGENT: FooBot\n" +
			"ALLOW: /x/\n" +
			"DISALLOW: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", true},
			{"FooBot", "http://foo.bar/a/b", false},
		},
	},
	{
		test: "ID_REPLineNamesCaseInsensitive",
		robots: "user-agent: FooBot\n" +
			"allow: /x/\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", true},
			{"FooBot", "http://foo.bar/a/b", false},
		},
	},
	{
		test: "ID_REPLineNamesCaseInsensitive",
		robots: "uSeR-aGeNt: FooBot\n" +
			"AlLoW: /x/\n" +
			"dIsAlLoW: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", true},
			{"FooBot", "http://foo.bar/a/b", false},
		},
	},
	// User-agent values are case-insensitive and read up to the first space.
	{
		test: "ID_UserAgentValueCaseInsensitive",
		robots: "User-Agent: FOO BAR\n" +
			"Allow: /x/\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"Foo", "http://foo.bar/x/y", true},
			{"Foo", "http://foo.bar/a/b", false},
			{"foo", "http://foo.bar/x/y", true},
			{"foo", "http://foo.bar/a/b", false},
		},
	},
	{
		test: "ID_UserAgentValueCaseInsensitive",
		robots: "User-Agent: foo bar\n" +
			"Allow: /x/\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"Foo", "http://foo.bar/x/y", true},
			{"Foo", "http://foo.bar/a/b", false},
			{"foo", "http://foo.bar/x/y", true},
			{"foo", "http://foo.bar/a/b", false},
		},
	},
	{
		test: "ID_UserAgentValueCaseInsensitive",
		robots: "User-Agent: FoO bAr\n" +
			"Allow: /x/\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"Foo", "http://foo.bar/x/y", true},
			{"Foo", "http://foo.bar/a/b", false},
			{"foo", "http://foo.bar/x/y", true},
			{"foo", "http://foo.bar/a/b", false},
		},
	},
	// "Foo Bar" in the file names Foo; the agent "Foo Bar" is no token and obeys "*".
	{
		test: "GoogleOnly_AcceptUserAgentUpToFirstSpace",
		robots: "User-Agent: *\n" +
			"Disallow: /\n" +
			"User-Agent: Foo Bar\n" +
			"Allow: /x/\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"Foo", "http://foo.bar/x/y", true},
			{"Foo Bar", "http://foo.bar/x/y", false},
		},
	},
	// "*" applies only when no group names the agent.
	{
		test:   "ID_GlobalGroups_Secondary",
		robots: "",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", true},
		},
	},
	{
		test: "ID_GlobalGroups_Secondary",
		robots: "user-agent: *\n" +
			"allow: /\n" +
			"user-agent: FooBot\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", false},
			{"BarBot", "http://foo.bar/x/y", true},
		},
	},
	{
		test: "ID_GlobalGroups_Secondary",
		robots: "user-agent: FooBot\n" +
			"allow: /\n" +
			"user-agent: BarBot\n" +
			"disallow: /\n" +
			"user-agent: BazBot\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"QuxBot", "http://foo.bar/x/y", true},
		},
	},
	// Paths are case-sensitive.
	{
		test: "ID_AllowDisallow_Value_CaseSensitive",
		robots: "user-agent: FooBot\n" +
			"disallow: /x/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", false},
		},
	},
	{
		test: "ID_AllowDisallow_Value_CaseSensitive",
		robots: "user-agent: FooBot\n" +
			"disallow: /X/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/y", true},
		},
	},
	// The longest matching pattern wins; Allow wins a tie.
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"disallow: /x/page.html\n" +
			"allow: /x/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page.html", false},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"allow: /x/page.html\n" +
			"disallow: /x/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page.html", true},
			{"FooBot", "http://foo.bar/x/", false},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"disallow: \n" +
			"allow: \n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page.html", true},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page.html", true},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"disallow: /x\n" +
			"allow: /x/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x", false},
			{"FooBot", "http://foo.bar/x/", true},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"disallow: /x/page.html\n" +
			"allow: /x/page.html\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page.html", true},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"allow: /page\n" +
			"disallow: /*.html\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/page.html", false},
			{"FooBot", "http://foo.bar/page", true},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "user-agent: FooBot\n" +
			"allow: /x/page.\n" +
			"disallow: /*.html\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page.html", true},
			{"FooBot", "http://foo.bar/x/y.html", false},
		},
	},
	{
		test: "ID_LongestMatch",
		robots: "User-agent: *\n" +
			"Disallow: /x/\n" +
			"User-agent: FooBot\n" +
			"Disallow: /y/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/x/page", true},
			{"FooBot", "http://foo.bar/y/page", false},
		},
	},
	// Rules are percent-encoded; the URL is taken as given.
	{
		test: "ID_Encoding",
		robots: "User-agent: FooBot\n" +
			"Disallow: /\n" +
			"Allow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par", true},
		},
	},
	{
		test: "ID_Encoding",
		robots: "User-agent: FooBot\n" +
			"Disallow: /\n" +
			"Allow: /foo/bar/ツ\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar/%E3%83%84", true},
			{"FooBot", "http://foo.bar/foo/bar/ツ", false},
		},
	},
	{
		test: "ID_Encoding",
		robots: "User-agent: FooBot\n" +
			"Disallow: /\n" +
			"Allow: /foo/bar/%E3%83%84\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar/%E3%83%84", true},
			{"FooBot", "http://foo.bar/foo/bar/ツ", false},
		},
	},
	{
		test: "ID_Encoding",
		robots: "User-agent: FooBot\n" +
			"Disallow: /\n" +
			"Allow: /foo/bar/%62%61%7A\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar/baz", false},
			{"FooBot", "http://foo.bar/foo/bar/%62%61%7A", true},
		},
	},
	// "*", "$" at the end, and "#" comments.
	{
		test: "ID_SpecialCharacters",
		robots: "User-agent: FooBot\n" +
			"Disallow: /foo/bar/quz\n" +
			"Allow: /foo/*/qux\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar/quz", false},
			{"FooBot", "http://foo.bar/foo/quz", true},
			{"FooBot", "http://foo.bar/foo//quz", true},
			{"FooBot", "http://foo.bar/foo/bax/quz", true},
		},
	},
	{
		test: "ID_SpecialCharacters",
		robots: "User-agent: FooBot\n" +
			"Disallow: /foo/bar$\n" +
			"Allow: /foo/bar/qux\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar", false},
			{"FooBot", "http://foo.bar/foo/bar/qux", true},
			{"FooBot", "http://foo.bar/foo/bar/", true},
			{"FooBot", "http://foo.bar/foo/bar/baz", true},
		},
	},
	{
		test: "ID_SpecialCharacters",
		robots: "User-agent: FooBot\n" +
			"# Disallow: /\n" +
			"Disallow: /foo/quz#qux\n" +
			"Allow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/foo/bar", true},
			{"FooBot", "http://foo.bar/foo/quz", false},
		},
	},
	// Allow of /dir/index.html allows /dir/ too.
	{
		test: "GoogleOnly_IndexHTMLisDirectory",
		robots: "User-Agent: *\n" +
			"Allow: /allowed-slash/index.html\n" +
			"Disallow: /\n",
		checks: []googleCheck{
			{"foobot", "http://foo.com/allowed-slash/", true},
			{"foobot", "http://foo.com/allowed-slash/index.htm", false},
			{"foobot", "http://foo.com/allowed-slash/index.html", true},
			{"foobot", "http://foo.com/anyother-url", false},
		},
	},
	// A line is read up to 2083*8-1 bytes.
	{
		test: "GoogleOnly_LineTooLong",
		robots: "user-agent: FooBot\n" +
			"disallow: " + tooLong("disallow: ", "a") + "/qux\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/fux", true},
			{"FooBot", "http://foo.bar" + tooLong("disallow: ", "a") + "/fux", false},
		},
	},
	{
		test: "GoogleOnly_LineTooLong",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: " + tooLong("allow: ", "a") + "/qux\n" +
			"allow: " + tooLong("allow: ", "b") + "/qux\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/", false},
			{"FooBot", "http://foo.bar" + tooLong("allow: ", "a") + "/qux", true},
			{"FooBot", "http://foo.bar" + tooLong("allow: ", "b") + "/fux", true},
		},
	},
	// The examples of Google's robots.txt documentation.
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /fish\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/bar", false},
			{"FooBot", "http://foo.bar/fish", true},
			{"FooBot", "http://foo.bar/fish.html", true},
			{"FooBot", "http://foo.bar/fish/salmon.html", true},
			{"FooBot", "http://foo.bar/fishheads", true},
			{"FooBot", "http://foo.bar/fishheads/yummy.html", true},
			{"FooBot", "http://foo.bar/fish.html?id=anything", true},
			{"FooBot", "http://foo.bar/Fish.asp", false},
			{"FooBot", "http://foo.bar/catfish", false},
			{"FooBot", "http://foo.bar/?id=fish", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /fish*\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/bar", false},
			{"FooBot", "http://foo.bar/fish", true},
			{"FooBot", "http://foo.bar/fish.html", true},
			{"FooBot", "http://foo.bar/fish/salmon.html", true},
			{"FooBot", "http://foo.bar/fishheads", true},
			{"FooBot", "http://foo.bar/fishheads/yummy.html", true},
			{"FooBot", "http://foo.bar/fish.html?id=anything", true},
			{"FooBot", "http://foo.bar/Fish.bar", false},
			{"FooBot", "http://foo.bar/catfish", false},
			{"FooBot", "http://foo.bar/?id=fish", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /fish/\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/bar", false},
			{"FooBot", "http://foo.bar/fish/", true},
			{"FooBot", "http://foo.bar/fish/salmon", true},
			{"FooBot", "http://foo.bar/fish/?salmon", true},
			{"FooBot", "http://foo.bar/fish/salmon.html", true},
			{"FooBot", "http://foo.bar/fish/?id=anything", true},
			{"FooBot", "http://foo.bar/fish", false},
			{"FooBot", "http://foo.bar/fish.html", false},
			{"FooBot", "http://foo.bar/Fish/Salmon.html", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /*.php\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/bar", false},
			{"FooBot", "http://foo.bar/filename.php", true},
			{"FooBot", "http://foo.bar/folder/filename.php", true},
			{"FooBot", "http://foo.bar/folder/filename.php?parameters", true},
			{"FooBot", "http://foo.bar//folder/any.php.file.html", true},
			{"FooBot", "http://foo.bar/filename.php/", true},
			{"FooBot", "http://foo.bar/index?f=filename.php/", true},
			{"FooBot", "http://foo.bar/php/", false},
			{"FooBot", "http://foo.bar/index?php", false},
			{"FooBot", "http://foo.bar/windows.PHP", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /*.php$\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/bar", false},
			{"FooBot", "http://foo.bar/filename.php", true},
			{"FooBot", "http://foo.bar/folder/filename.php", true},
			{"FooBot", "http://foo.bar/filename.php?parameters", false},
			{"FooBot", "http://foo.bar/filename.php/", false},
			{"FooBot", "http://foo.bar/filename.php5", false},
			{"FooBot", "http://foo.bar/php/", false},
			{"FooBot", "http://foo.bar/filename?php", false},
			{"FooBot", "http://foo.bar/aaaphpaaa", false},
			{"FooBot", "http://foo.bar//windows.PHP", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"disallow: /\n" +
			"allow: /fish*.php\n",
		checks: []googleCheck{
			{"FooBot", "http://foo.bar/bar", false},
			{"FooBot", "http://foo.bar/fish.php", true},
			{"FooBot", "http://foo.bar/fishheads/catfish.php?parameters", true},
			{"FooBot", "http://foo.bar/Fish.PHP", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"allow: /p\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://example.com/page", true},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"allow: /folder\n" +
			"disallow: /folder\n",
		checks: []googleCheck{
			{"FooBot", "http://example.com/folder/page", true},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"allow: /page\n" +
			"disallow: /*.htm\n",
		checks: []googleCheck{
			{"FooBot", "http://example.com/page.htm", false},
		},
	},
	{
		test: "GoogleOnly_DocumentationChecks",
		robots: "user-agent: FooBot\n" +
			"allow: /$\n" +
			"disallow: /\n",
		checks: []googleCheck{
			{"FooBot", "http://example.com/", true},
			{"FooBot", "http://example.com/page.html", false},
		},
	},
}

// googleValidAgents are the IsValidUserAgentToObey assertions: a product
// token is one or more of [A-Za-z_-].
var googleValidAgents = []struct {
	agent string
	valid bool
}{
	{"Foobot", true},
	{"Foobot-Bar", true},
	{"Foo_Bar", true},
	{"", false},
	{"", false},
	{"ツ", false},
	{"Foobot*", false},
	{" Foobot ", false},
	{"Foobot/2.1", false},
	{"Foobot Bar", false},
	{"Foobot Bar", false},
}

// googlePaths are the GetPathParamsQuery assertions, asked of PathOf.
var googlePaths = []struct {
	url  string
	path string
}{
	{"", "/"},
	{"http://www.example.com", "/"},
	{"http://www.example.com/", "/"},
	{"http://www.example.com/a", "/a"},
	{"http://www.example.com/a/", "/a/"},
	{"http://www.example.com/a/b?c=http://d.e/", "/a/b?c=http://d.e/"},
	{"http://www.example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f"},
	{"example.com", "/"},
	{"example.com/", "/"},
	{"example.com/a", "/a"},
	{"example.com/a/", "/a/"},
	{"example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f"},
	{"a", "/"},
	{"a/", "/"},
	{"/a", "/a"},
	{"a/b", "/b"},
	{"example.com?a", "/?a"},
	{"example.com/a;b#c", "/a;b"},
	{"//a/b/c", "/b/c"},
}

// googleEscapes are the MaybeEscapePattern assertions, asked of Escape.
var googleEscapes = []struct {
	pattern string
	escaped string
}{
	{"http://www.example.com", "http://www.example.com"},
	{"/a/b/c", "/a/b/c"},
	{"á", "%C3%A1"},
	{"%aa", "%AA"},
}

// tooLong returns the path Google's GoogleOnly_LineTooLong builds: "/x/"
// padded with fill so that a line of key and this path is one byte short of
// the 2083*8-1 bytes a line is read to.
func tooLong(key, fill string) string {
	const maxLine = 2083 * 8
	n := maxLine - len("/x/") - len(key) + len("\n")
	return "/x/" + strings.Repeat(fill, n-len("/x/"))
}
