package imagestore_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/imagestore"
)

// MustImage draws a w×h picture with a transparent corner.
func MustImage(tb testing.TB, w, h int) *image.NRGBA {
	tb.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{uint8(x), uint8(y), 200, 255})
		}
	}
	img.Set(0, 0, color.NRGBA{})
	return img
}

// MustEncode encodes img in format.
func MustEncode(tb testing.TB, format string, img image.Image) []byte {
	tb.Helper()
	var b bytes.Buffer
	var err error
	switch format {
	case imagestore.FormatJPEG:
		err = jpeg.Encode(&b, img, nil)
	case imagestore.FormatPNG:
		err = png.Encode(&b, img)
	case imagestore.FormatGIF:
		err = gif.Encode(&b, img, nil)
	case imagestore.FormatWebP: // no encoder exists: a fixed file
		var raw []byte
		raw, err = os.ReadFile("testdata/blue-purple-pink.lossy.webp")
		b.Write(raw)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// pngClaiming is a valid 1×1 PNG whose header claims w×h: a decompression
// bomb's shape without its bulk.
func pngClaiming(tb testing.TB, w, h uint32) []byte {
	tb.Helper()
	b := MustEncode(tb, imagestore.FormatPNG, MustImage(tb, 1, 1))
	// Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width, height, ...
	binary.BigEndian.PutUint32(b[16:], w)
	binary.BigEndian.PutUint32(b[20:], h)
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(b[12:29]))
	return b
}

func decoded(tb testing.TB, b []byte) image.Image {
	tb.Helper()
	if f, err := imagestore.Sniff(b); err != nil || f != imagestore.FormatJPEG {
		tb.Fatalf("stored image is %q (%v), want a JPEG", f, err)
	}
	img, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	return img
}

func TestProcessFormats(t *testing.T) {
	for _, format := range []string{imagestore.FormatJPEG, imagestore.FormatPNG, imagestore.FormatGIF, imagestore.FormatWebP} {
		t.Run("OK_"+format, func(t *testing.T) {
			in := MustEncode(t, format, MustImage(t, 300, 200))
			if got, err := imagestore.Sniff(in); err != nil || got != format {
				t.Fatalf("Sniff = %q, %v; want %q", got, err, format)
			}
			out, err := imagestore.Process(scout.ImageAvatar, in)
			if err != nil {
				t.Fatal(err)
			}
			if b := decoded(t, out).Bounds(); b.Dx() != b.Dy() || b.Dx() > imagestore.AvatarSide {
				t.Errorf("avatar is %dx%d, want a square of at most %d", b.Dx(), b.Dy(), imagestore.AvatarSide)
			}
		})
	}
}

var resizeCases = []struct {
	name       string
	kind       string
	w, h       int
	wantW, wan int
}{
	{"AvatarCroppedSquare", scout.ImageAvatar, 400, 200, imagestore.AvatarSide, imagestore.AvatarSide},
	{"AvatarSmallNotEnlarged", scout.ImageAvatar, 90, 120, 90, 90},
	{"ThumbnailFitsLongSide", scout.ImageThumbnail, 1000, 500, imagestore.ThumbnailSide, imagestore.ThumbnailSide / 2},
	{"ThumbnailTallFits", scout.ImageThumbnail, 300, 960, 150, imagestore.ThumbnailSide},
	{"ThumbnailSmallKept", scout.ImageThumbnail, 50, 30, 50, 30},
}

func TestProcessResizes(t *testing.T) {
	for _, tc := range resizeCases {
		out, err := imagestore.Process(tc.kind, MustEncode(t, imagestore.FormatPNG, MustImage(t, tc.w, tc.h)))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if b := decoded(t, out).Bounds(); b.Dx() != tc.wantW || b.Dy() != tc.wan {
			t.Errorf("%s: %dx%d → %dx%d, want %dx%d", tc.name, tc.w, tc.h, b.Dx(), b.Dy(), tc.wantW, tc.wan)
		}
	}
}

func TestProcessRefuses(t *testing.T) {
	jpegWithPayload := append(MustEncode(t, imagestore.FormatJPEG, MustImage(t, 40, 40)), []byte("<script>alert(1)</script>")...)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"ErrSVG", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), "SVG"},
		{"ErrSVGWithProlog", []byte("\xEF\xBB\xBF  <?xml version=\"1.0\"?>\n<svg/>"), "SVG"},
		{"ErrHTML", []byte("<!doctype html><title>x</title>"), "not a JPEG"},
		{"ErrEmpty", nil, "not a JPEG"},
		{"ErrBombSide", pngClaiming(t, 100_000, 100_000), "side over"},
		{"ErrBombArea", pngClaiming(t, 6000, 6000), "in all"},
		{"ErrTruncated", MustEncode(t, imagestore.FormatPNG, MustImage(t, 64, 64))[:60], "unreadable"},
		{"ErrTooManyBytes", append(MustEncode(t, imagestore.FormatPNG, MustImage(t, 2, 2)), make([]byte, imagestore.MaxBytes)...), "bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := imagestore.Process(scout.ImageThumbnail, tc.data)
			if scout.ErrorCode(err) != scout.EINVALID || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want EINVALID naming %q", err, tc.want)
			}
		})
	}
	t.Run("OK_TrailingBytesDropped", func(t *testing.T) {
		out, err := imagestore.Process(scout.ImageThumbnail, jpegWithPayload)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(out, []byte("script")) {
			t.Error("the re-encoded image kept the bytes after the picture")
		}
	})
}

func TestDir(t *testing.T) {
	ctx := context.Background()
	root := filepath.Join(t.TempDir(), imagestore.DirName)
	d, err := imagestore.Open(root)
	if err != nil {
		t.Fatal(err)
	}
	pic := MustEncode(t, imagestore.FormatPNG, MustImage(t, 64, 64))
	k1, err := d.PutImage(ctx, "web:https://a.example/", scout.ImageAvatar, pic)
	if err != nil {
		t.Fatal(err)
	}
	again, err := d.PutImage(ctx, "web:https://a.example/", scout.ImageAvatar, pic)
	if err != nil || again != k1 {
		t.Errorf("the same picture again: %q, %v; want %q", again, err, k1)
	}
	k2, err := d.PutImage(ctx, "web:https://b.example/", scout.ImageAvatar, pic)
	if err != nil || k2 == k1 {
		t.Errorf("another account's copy: %q, %v; want a key of its own", k2, err)
	}
	k3, err := d.PutImage(ctx, "web:https://a.example/", scout.ImageThumbnail, MustEncode(t, imagestore.FormatGIF, MustImage(t, 30, 20)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.PutImage(ctx, "web:https://a.example/", scout.ImageAvatar, []byte("<svg/>")); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("svg: %v, want EINVALID", err)
	}
	keys, err := d.ImageKeys(ctx)
	if err != nil || len(keys) != 3 {
		t.Fatalf("keys %v, %v; want 3", keys, err)
	}
	p, err := d.ImagePath(ctx, k1)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(p); err != nil || fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("image file %v, %v: want readable by the owner only", fi, err)
	}
	for _, bad := range []string{"../../etc/passwd", "x", k1 + "/..", strings.ToUpper(k1)} {
		if _, err := d.ImagePath(ctx, bad); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("ImagePath(%q) = %v, want EINVALID", bad, err)
		}
	}
	missing, orphans, err := imagestore.Check(ctx, d, scout.ImageRefs{k1: true, "0123456789abcdef-0123456789abcdef01234567": true})
	if err != nil || len(missing) != 1 || len(orphans) != 2 {
		t.Errorf("Check = missing %v, orphans %v, %v; want 1 and 2", missing, orphans, err)
	}
	if n, err := d.DeleteAccountImages(ctx, []string{"web:https://a.example/"}); err != nil || n != 2 {
		t.Errorf("DeleteAccountImages = %d, %v; want 2", n, err)
	}
	for _, k := range []string{k1, k3} {
		if _, err := d.ImagePath(ctx, k); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("after erasure %s: %v, want ENOTFOUND", k, err)
		}
	}
	if n, err := d.DeleteImages(ctx, []string{k2, k2, "bad"}); err != nil || n != 1 {
		t.Errorf("DeleteImages = %d, %v; want 1", n, err)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 0 {
		t.Errorf("left in the image directory: %v", entries)
	}
}
