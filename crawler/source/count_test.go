package source_test

import (
	"fmt"
	"testing"

	"github.com/scout-oss/scout/crawler/source"
)

// parseCountTests are published counts as they appear on real pages (the
// comments name the sample in ../shared/formats when one carries them).
var parseCountTests = []struct {
	in     string
	want   int64
	approx bool
}{
	// exact
	{"783427", 783427, false},
	{"0", 0, false},
	{"1,234,567", 1234567, false},
	{"1.234.567", 1234567, false}, // German grouping
	{"1 234 567", 1234567, false},
	{"1\u00a0234\u00a0567", 1234567, false}, // no-break spaces
	{"1\u202f234\u202f567", 1234567, false}, // narrow no-break spaces (French)
	{"1'234'567", 1234567, false},           // Swiss
	{"12,34,567", 1234567, false},           // Indian lakh grouping
	{"1,234", 1234, false},                  // ambiguity rule: three digits after one separator is grouping
	{"1.234", 1234, false},
	{"2 805 members", 2805, false},     // telegram_channel_preview.html
	{"10,472 followers", 10472, false}, // dribbble_profile_page.html
	{"2,362 Followers, 136 Following", 2362, false},
	{"1,234.5", 1235, true}, // grouping plus a decimal: rounded
	// abbreviated
	{"783.4K", 783400, true},
	{"783.4K Followers", 783400, true}, // tiktok og:description
	{"3.9M Likes", 3900000, true},
	{"1.2M", 1200000, true},
	{"3B", 3000000000, true},
	{"12,3K", 12300, true},
	{"1,2 M", 1200000, true},
	{"10k+", 10000, true},
	{"500+", 500, true},
	{"1.234M", 1234000, true}, // with a multiplier one separator is decimal
	{"2bn", 2000000000, true},
	// decimal comma without a multiplier
	{"1,2", 1, true},
	{"4,69", 5, true},
	// localized words
	{"4,69 millones de suscriptores", 4690000, true}, // youtube_channel_page.html
	{"1,2 Mio.", 1200000, true},
	{"Abonnenten: 1,2 Mio.", 1200000, true},
	{"3,4 mil", 3400, true},
	{"2,1 mil millones", 2100000000, true},
	{"2.5 million", 2500000, true},
	{"1,5 Mrd.", 1500000000, true},
	{"12 Tsd.", 12000, true},
	{"1,3 млн", 1300000, true},
	{"12万", 120000, true},
	{"1.5万人", 15000, true},
	{"3億", 300000000, true},
	// a word that is not a multiplier is left alone
	{"783 Followers", 783, false},
	{"42 members", 42, false},
	{"1 2", 1, false}, // a space groups only three digits
}

func TestParseCount(t *testing.T) {
	for _, tt := range parseCountTests {
		got, approx, err := source.ParseCount(tt.in)
		if err != nil {
			t.Errorf("ParseCount(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want || approx != tt.approx {
			t.Errorf("ParseCount(%q) = %d, %v; want %d, %v", tt.in, got, approx, tt.want, tt.approx)
		}
	}
}

var parseCountErrorTests = []string{
	"",
	"   ",
	"Followers",
	"-5",
	"−1.2K",             // U+2212 minus
	"12000000000000000", // above 10^13
	"99999999999999999999999",
	"1,23,4",    // malformed grouping
	"1.234,5.6", // decimal separator repeated
}

func TestParseCountErrors(t *testing.T) {
	for _, in := range parseCountErrorTests {
		got, _, err := source.ParseCount(in)
		if err == nil {
			t.Errorf("ParseCount(%q) = %d, want an error", in, got)
		}
	}
	// The bound is 10^13: ten trillion is accepted, more is not.
	if got, _, err := source.ParseCount("10000B"); err != nil || got != 1e13 {
		t.Errorf("ParseCount(10000B) = %d, %v; want 1e13", got, err)
	}
	if _, _, err := source.ParseCount("10001B"); err == nil {
		t.Error("ParseCount(10001B): want an error above 10^13")
	}
}

func ExampleParseCount() {
	for _, s := range []string{"783427", "783.4K Followers", "1.234.567", "4,69 millones", "1,234", "1,2"} {
		n, approx, err := source.ParseCount(s)
		fmt.Println(s, "→", n, approx, err)
	}
	// Output:
	// 783427 → 783427 false <nil>
	// 783.4K Followers → 783400 true <nil>
	// 1.234.567 → 1234567 false <nil>
	// 4,69 millones → 4690000 true <nil>
	// 1,234 → 1234 false <nil>
	// 1,2 → 1 true <nil>
}

func FuzzParseCount(f *testing.F) {
	for _, tt := range parseCountTests {
		f.Add(tt.in)
	}
	for _, s := range parseCountErrorTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, _, err := source.ParseCount(s)
		if err != nil {
			if n != 0 {
				t.Errorf("ParseCount(%q) = %d with error %v; want 0", s, n, err)
			}
			return
		}
		if n < 0 || n > 1e13 {
			t.Errorf("ParseCount(%q) = %d, outside [0, 1e13]", s, n)
		}
	})
}
