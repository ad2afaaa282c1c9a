package api_test

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
)

func TestImageServing(t *testing.T) {
	env := MustNamesakeEnv(t)
	c := env.browser(t, "")
	get := func(path string, hdr map[string]string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", env.ts.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	t.Run("OK", func(t *testing.T) {
		resp, body := get("/images/"+env.keys[0], nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", resp.StatusCode, body)
		}
		for k, want := range map[string]string{
			"Content-Type":           "image/jpeg",
			"Cache-Control":          "private, max-age=31536000, immutable",
			"X-Content-Type-Options": "nosniff",
		} {
			if got := resp.Header.Get(k); got != want {
				t.Errorf("%s: %q, want %q", k, got, want)
			}
		}
		if len(body) < 3 || body[0] != 0xFF || body[1] != 0xD8 {
			t.Error("the body is not a JPEG")
		}
		lm := resp.Header.Get("Last-Modified")
		if resp, _ := get("/images/"+env.keys[0], map[string]string{"If-Modified-Since": lm}); lm == "" || resp.StatusCode != http.StatusNotModified {
			t.Errorf("revalidation: %d, want 304 (Last-Modified %q)", resp.StatusCode, lm)
		}
	})
	for _, tc := range []struct{ name, key string }{
		{"ErrUnknown", "0123456789abcdef-0123456789abcdef01234567"},
		{"ErrMalformed", "..%2f..%2fscout.db"},
		{"ErrUpperCase", strings.ToUpper(env.keys[0])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if resp, body := get("/images/"+tc.key, nil); resp.StatusCode != http.StatusNotFound {
				t.Errorf("status %d, want 404: %s", resp.StatusCode, body)
			}
		})
	}
}

var imgSrcRE = regexp.MustCompile(`<img\b[^>]*\bsrc="([^"]*)"`)

// TestPagesShowOnlyOwnImages checks every <img src> on the search,
// creator and compare pages: each is Scout's own /images/ URL, so no page
// makes a brand's browser ask a platform for a picture.
func TestPagesShowOnlyOwnImages(t *testing.T) {
	env := MustNamesakeEnv(t)
	c := env.browser(t, "")
	seen := 0
	for _, p := range []string{"/?q=alex", "/?q=sam", "/creators/" + env.ids["beauty"], "/creators/" + env.ids["wood"],
		"/compare?ids=" + env.ids["beauty"] + "," + env.ids["wood"] + "," + env.ids["fish"]} {
		status, _, body, _ := env.get(t, c, p)
		if status != http.StatusOK {
			t.Fatalf("%s: status %d", p, status)
		}
		for _, m := range imgSrcRE.FindAllStringSubmatch(body, -1) {
			seen++
			if !strings.HasPrefix(m[1], "/images/") {
				t.Errorf("%s: <img src=%q> is not Scout's own", p, m[1])
			}
		}
		if strings.Contains(body, "cdn.platform.example") {
			t.Errorf("%s: the platform's image host appears on the page", p)
		}
	}
	if seen < 4 {
		t.Errorf("%d images on the pages, want the avatar on search, creator and compare and a thumbnail", seen)
	}
	// Creators without a picture show their initials instead.
	_, _, body, _ := env.get(t, c, "/?q=sam")
	if !strings.Contains(body, `<span class="avatar ph" aria-hidden="true">SR</span>`) {
		t.Error("no initials placeholder for a creator without an avatar")
	}
}

func TestEraseRemovesImages(t *testing.T) {
	env := MustNamesakeEnv(t)
	req, _ := http.NewRequest("DELETE", env.ts.URL+"/api/v1/creators/"+env.ids["beauty"], nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("erase: status %d", resp.StatusCode)
	}
	for _, k := range env.keys {
		if _, err := env.images.ImagePath(t.Context(), k); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("image %s after erasure: %v, want ENOTFOUND", k, err)
		}
	}
	if keys, _ := env.images.ImageKeys(t.Context()); len(keys) != 0 {
		t.Errorf("images left: %v", keys)
	}
}
