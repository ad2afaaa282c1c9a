package scout_test

import (
	"testing"

	"github.com/scout-oss/scout"
)

var ipLiteralTests = []struct {
	host string
	want string // "" when not an IP literal
}{
	{"127.0.0.1", "127.0.0.1"},
	{"2130706433", "127.0.0.1"},
	{"017700000001", "127.0.0.1"},
	{"0x7f000001", "127.0.0.1"},
	{"0X7F000001", "127.0.0.1"},
	{"0177.0.0.1", "127.0.0.1"},
	{"0x7f.0.0.1", "127.0.0.1"},
	{"0x7f.1", "127.0.0.1"},
	{"127.1", "127.0.0.1"},
	{"10.1.259", "10.1.1.3"},
	{"169.254.43518", "169.254.169.254"},
	{"127.0.0.1.", "127.0.0.1"},
	{"::1", "::1"},
	{"[::ffff:127.0.0.1]", "::ffff:127.0.0.1"},
	{"fe80::1%eth0", "fe80::1%eth0"},
	{"example.com", ""},
	{"123.example", ""},
	{"1.2.3.4.5", ""},
	{"256.0.0.1", ""},
	{"4294967296", ""},
	{"09.0.0.1", ""},
	{"", ""},
}

func TestParseIPLiteral(t *testing.T) {
	for _, tc := range ipLiteralTests {
		ip, ok := scout.ParseIPLiteral(tc.host)
		got := ""
		if ok {
			got = ip.String()
		}
		if got != tc.want {
			t.Errorf("ParseIPLiteral(%q) = %q, want %q", tc.host, got, tc.want)
			continue
		}
	}
}
