package imagestore

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/webp"

	"github.com/scout-oss/scout"
)

// Bounds of what Process accepts and produces.
const (
	// MaxBytes is the largest image file accepted.
	MaxBytes = 5 << 20
	// MaxSide is the largest width or height accepted, in pixels.
	MaxSide = 8192
	// MaxPixels is the largest area accepted (24 megapixels: about 96 MB
	// once decoded), checked before decoding.
	MaxPixels = 24_000_000
	// AvatarSide is the side of a stored avatar, a square.
	AvatarSide = 160
	// ThumbnailSide bounds the longer side of a stored thumbnail.
	ThumbnailSide = 480
	// Quality is the JPEG quality of stored images.
	Quality = 82
)

// Formats Process accepts, as Sniff names them.
const (
	FormatJPEG = "jpeg"
	FormatPNG  = "png"
	FormatGIF  = "gif"
	FormatWebP = "webp"
)

// Sniff names the format of data from its magic bytes alone. EINVALID for
// SVG (refused by name, since it can carry script) and anything that is
// not JPEG, PNG, GIF or WebP.
func Sniff(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return FormatJPEG, nil
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return FormatPNG, nil
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return FormatGIF, nil
	case len(data) >= 12 && bytes.Equal(data[:4], []byte("RIFF")) && bytes.Equal(data[8:12], []byte("WEBP")):
		return FormatWebP, nil
	}
	head := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 512)], []byte("\xEF\xBB\xBF")), " \t\r\n"))
	if bytes.HasPrefix(head, []byte("<svg")) || bytes.HasPrefix(head, []byte("<?xml")) || bytes.Contains(head, []byte("<svg")) {
		return "", scout.Errorf(scout.EINVALID, "image: SVG is refused (it can carry script); only JPEG, PNG, GIF and WebP are kept")
	}
	return "", scout.Errorf(scout.EINVALID, "image: not a JPEG, PNG, GIF or WebP file")
}

type codec struct {
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

// codecs are called by format, never through image.Decode's registry, so
// the sniffed format is the one decoded.
var codecs = map[string]codec{
	FormatJPEG: {jpeg.DecodeConfig, jpeg.Decode},
	FormatPNG:  {png.DecodeConfig, png.Decode},
	FormatGIF:  {gif.DecodeConfig, gif.Decode}, // the first frame
	FormatWebP: {webp.DecodeConfig, webp.Decode},
}

// Process checks data, decodes it and returns the stored form for kind
// (scout.ImageAvatar or scout.ImageThumbnail): a JPEG, resized (see the
// package comment). EINVALID for a refused image; the message says why.
func Process(kind string, data []byte) ([]byte, error) {
	if kind != scout.ImageAvatar && kind != scout.ImageThumbnail {
		return nil, scout.Errorf(scout.EINVALID, "image: unknown kind %q", kind)
	}
	if len(data) > MaxBytes {
		return nil, scout.Errorf(scout.EINVALID, "image: %d bytes, more than %d", len(data), MaxBytes)
	}
	format, err := Sniff(data)
	if err != nil {
		return nil, err
	}
	c := codecs[format]
	cfg, err := c.config(bytes.NewReader(data))
	if err != nil {
		return nil, scout.Errorf(scout.EINVALID, "image: unreadable %s header: %v", format, err)
	}
	if err := checkSize(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	img, err := c.decode(bytes.NewReader(data))
	if err != nil {
		return nil, scout.Errorf(scout.EINVALID, "image: unreadable %s: %v", format, err)
	}
	if b := img.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		return nil, scout.Errorf(scout.EINVALID, "image: %s header says %dx%d, the picture is %dx%d", format, cfg.Width, cfg.Height, b.Dx(), b.Dy())
	}
	out := resize(kind, img)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: Quality}); err != nil {
		return nil, fmt.Errorf("image: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// checkSize refuses empty, oversized and bomb-sized canvases from the
// header's numbers, before a byte of pixels is decoded.
func checkSize(w, h int) error {
	switch {
	case w <= 0 || h <= 0:
		return scout.Errorf(scout.EINVALID, "image: empty canvas %dx%d", w, h)
	case w > MaxSide || h > MaxSide:
		return scout.Errorf(scout.EINVALID, "image: %dx%d pixels, a side over %d", w, h, MaxSide)
	case int64(w)*int64(h) > MaxPixels:
		return scout.Errorf(scout.EINVALID, "image: %dx%d pixels, over %d in all", w, h, MaxPixels)
	}
	return nil
}

// resize crops an avatar to a centred square of at most AvatarSide, fits
// a thumbnail within ThumbnailSide, never enlarges, and paints the result
// on white (JPEG has no transparency).
func resize(kind string, img image.Image) *image.RGBA {
	src := img.Bounds()
	sr := src
	var w, h int
	if kind == scout.ImageAvatar {
		side := min(src.Dx(), src.Dy())
		x0 := src.Min.X + (src.Dx()-side)/2
		y0 := src.Min.Y + (src.Dy()-side)/2
		sr = image.Rect(x0, y0, x0+side, y0+side)
		w = min(side, AvatarSide)
		h = w
	} else {
		w, h = src.Dx(), src.Dy()
		if long := max(w, h); long > ThumbnailSide {
			w = max(1, w*ThumbnailSide/long)
			h = max(1, h*ThumbnailSide/long)
		}
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	xdraw.Draw(dst, dst.Bounds(), image.NewUniform(color.White), image.Point{}, xdraw.Src)
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), img, sr, xdraw.Over, nil)
	return dst
}
