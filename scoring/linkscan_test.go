package scoring

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// urlSpans lists nextURL's matches in f.
func urlSpans(f string) [][]int {
	var out [][]int
	for a, b := nextURL(f, 0); a >= 0; a, b = nextURL(f, b) {
		out = append(out, []int{a, b})
	}
	return out
}

func TestNextURLMatchesExpression(t *testing.T) {
	fields := []string{
		"https://example.com/bread", "example.com", "HTTP://Shop.Example.CO.uk/x?y=1)z", "a.b", "a.bb.c", "a.b.cc.dd",
		"-b.com", "_-b.com", "x_y.com", "http://", "https://x", "httpſ://kelvin.ſhop/p", "ſub.Kx.com",
		"foo.com2", "foo.c0m", "@user.name", "a..com", ".com", "www.site.de/p/\"q", "bit.ly/abc'def", "1.2.3.4",
		"http:/x.com", "httpx.com", "e.g.", "mail@host.org", "shop.com/a<b>c", "ünï.cöm", "a.com.b.org", "\xff.co\xfe/x\xff",
	}
	for _, f := range fields {
		if got, want := urlSpans(f), reURL.FindAllStringIndex(f, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q: nextURL %v, reURL %v", f, got, want)
		}
	}
	pieces := []string{"a", "b", "Z", "h", "t", "p", "s", "S", "http", "https", "://", ":", "/", ".", ".", "-", "_", "0", "9",
		"com", "co", "K", "ſ", "k", "x", "\"", "'", "<", ">", ")", "(", "@", "é", "\xff", "\xe2", "?", "=", "#", "%"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		var b []byte
		for k := r.IntN(14); k >= 0; k-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		f := string(b)
		if got, want := urlSpans(f), reURL.FindAllStringIndex(f, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: nextURL %v, reURL %v", f, got, want)
		}
	}
}
