package api_test

import (
	"net/http"
	"strings"
	"testing"
)

// ssrfTargets is the hostile set of issue 8 as a crawl request would spell
// it: every literal form of an internal address. Each must be refused with a
// 400 naming the kind of address before a job is queued. (Names that
// resolve to internal addresses, and redirects to them, cannot be judged
// here without a DNS lookup that rebinding would defeat: the crawler's
// dialer refuses them at connect time, see crawler/ssrf_test.go.)
var ssrfTargets = []struct {
	target, reason string
}{
	{"http://2130706433/", "loopback"},           // decimal
	{"http://0x7f000001/", "loopback"},           // hex
	{"http://0X7F000001:8080/admin", "loopback"}, // hex, upper case
	{"http://0177.0.0.1/", "loopback"},           // octal
	{"http://0x7f.0.0.1/", "loopback"},           // hex octet
	{"http://127.1/", "loopback"},                // short form
	{"http://127.0.0.1./", "loopback"},           // trailing dot
	{"http://[::1]:6379/", "loopback"},           // IPv6 loopback
	{"http://[::ffff:127.0.0.1]/", "loopback"},   // IPv4-mapped
	{"http://[::ffff:7f00:1]/", "loopback"},      // IPv4-mapped, hex
	{"http://[::ffff:a9fe:a9fe]/", "metadata"},   // IPv4-mapped metadata
	{"http://2852039166/latest/", "metadata"},    // 169.254.169.254, decimal
	{"http://169.254.43518/", "metadata"},        // 169.254.169.254, short form
	{"http://0xa9fea9fe/", "metadata"},           // 169.254.169.254, hex
	{"http://167772161/", "private"},             // 10.0.0.1, decimal
	{"http://0xc0a80001/", "private"},            // 192.168.0.1, hex
	{"http://0/", "unspecified"},                 // 0.0.0.0
	{"http://LOCALHOST./", "loopback name"},      // a name that is loopback by definition
	{"http://admin.localhost:8080/", "loopback name"},
}

func TestCrawlsAPI_RefusesSSRFForms(t *testing.T) {
	ts, _ := MustJobServer(t, nil)
	for _, tc := range ssrfTargets {
		code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", `{"targets":["`+tc.target+`"]}`)
		if code != http.StatusBadRequest || !strings.Contains(string(body), tc.reason) {
			t.Errorf("%s: %d %s, want 400 naming %q", tc.target, code, body, tc.reason)
			continue
		}
	}
	// Names are left to the dialer: a public-looking name is queued.
	if code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", `{"targets":["http://127.0.0.1.example.com/"]}`); code != http.StatusAccepted {
		t.Errorf("a name: %d %s, want 202", code, body)
	}
}
