package scout_test

import (
	"testing"

	"github.com/scout-oss/scout"
)

var codeCases = []struct {
	code              string
	language, country bool
}{
	{"en", true, false},
	{"it", true, false},
	{"zu", true, false},
	{"aa", true, false},
	{"xx", false, false},
	{"EN", false, false}, // languages are lower case
	{"US", false, true},
	{"DE", false, true},
	{"AD", false, true},
	{"ZW", false, true},
	{"XK", false, true},
	{"UK", false, false}, // the United Kingdom is GB
	{"us", false, false}, // countries are upper case
	{"a ", false, false},
	{" a", false, false},
	{"eng", false, false},
	{"", false, false},
}

func TestValidCodes(t *testing.T) {
	for _, tc := range codeCases {
		if got := scout.ValidLanguage(tc.code); got != tc.language {
			t.Errorf("ValidLanguage(%q) = %v, want %v", tc.code, got, tc.language)
		}
		if got := scout.ValidCountry(tc.code); got != tc.country {
			t.Errorf("ValidCountry(%q) = %v, want %v", tc.code, got, tc.country)
		}
	}
}
