package scout_test

import (
	"testing"

	scout "github.com/scout-oss/scout"
)

var briefTests = []struct {
	name string
	b    scout.Brief
	code string
}{
	{"OK", scout.Brief{Name: "b", Keywords: []string{"bread"}, Languages: []string{"EN"}, Countries: []string{"us"}}, ""},
	{"ErrNoName", scout.Brief{Keywords: []string{"bread"}}, scout.EINVALID},
	{"ErrNoTerms", scout.Brief{Name: "b"}, scout.EINVALID},
	{"ErrLanguage", scout.Brief{Name: "b", Keywords: []string{"x"}, Languages: []string{"eng"}}, scout.EINVALID},
	{"ErrCountry", scout.Brief{Name: "b", Keywords: []string{"x"}, Countries: []string{"U1"}}, scout.EINVALID},
	{"ErrRange", scout.Brief{Name: "b", Keywords: []string{"x"}, MinFollowers: scout.Int64(10), MaxFollowers: scout.Int64(5)}, scout.EINVALID},
	{"ErrRate", scout.Brief{Name: "b", Keywords: []string{"x"}, MinEngagementRate: scout.Float64(1.5)}, scout.EINVALID},
	{"ErrPreset", scout.Brief{Name: "b", Keywords: []string{"x"}, BrandSafety: "strict"}, scout.EINVALID},
	{"ErrRegion", scout.Brief{Name: "b", Keywords: []string{"x"}, DisclosureRegion: "fr"}, scout.EINVALID},
	{"ErrWeights", scout.Brief{Name: "b", Keywords: []string{"x"}, Weights: &scout.BriefWeights{AudienceFit: -1}}, scout.EINVALID},
}

func TestBrief_Validate(t *testing.T) {
	for _, tt := range briefTests {
		b := tt.b
		err := b.Validate()
		if got := scout.ErrorCode(err); got != tt.code {
			t.Errorf("%s: code %q, want %q (%v)", tt.name, got, tt.code, err)
			continue
		}
		if err == nil && (b.BrandSafety != scout.BrandSafetyStandard || b.DisclosureRegion != scout.RegionUS || b.Languages[0] != "en" || b.Countries[0] != "US") {
			t.Errorf("%s: defaults/normalisation not applied: %+v", tt.name, b)
		}
	}
}
