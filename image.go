package scout

import "context"

// Kinds of image Scout keeps. An avatar is cropped square and small; a
// post thumbnail keeps its shape and is a little larger.
const (
	ImageAvatar    = "avatar"
	ImageThumbnail = "thumbnail"
)

// ImageStore keeps Scout's own copies of creators' avatars and recent post
// thumbnails, so that the page shows them from Scout's own URLs and a
// brand's browser never asks a platform for them (no hot-linking: the
// platform would learn who is looking at whom). Keys are opaque and
// content-addressed per account: the same picture of the same account is
// stored once, and every picture of an account can be removed with it.
// Implemented by package imagestore on the data directory.
type ImageStore interface {
	// PutImage checks a fetched image (JPEG, PNG, GIF or WebP by its
	// magic bytes, pixel dimensions within bounds before it is decoded),
	// re-encodes and resizes it for kind, stores it for the account and
	// returns its key. EINVALID when the bytes are not an image Scout
	// accepts (SVG, another format, too large, a decompression bomb).
	PutImage(ctx context.Context, accountID, kind string, data []byte) (string, error)
	// ImagePath returns the file of a stored image, to be served. EINVALID
	// for a malformed key, ENOTFOUND when there is no such image.
	ImagePath(ctx context.Context, key string) (string, error)
	// DeleteAccountImages removes every image of the accounts (erasure).
	DeleteAccountImages(ctx context.Context, accountIDs []string) (int, error)
	// DeleteImages removes the images with the given keys (orphans after
	// retention); keys that are not there are skipped.
	DeleteImages(ctx context.Context, keys []string) (int, error)
	// ImageKeys lists every stored image's key, for the doctor and the
	// orphan sweep.
	ImageKeys(ctx context.Context) ([]string, error)
}

// ImageRefs is the set of image keys the stored accounts and posts refer
// to; a file not in it is an orphan, a key in it without a file missing.
type ImageRefs map[string]bool

// ImageRefFinder lists the image keys the store refers to (implemented by
// store), for the doctor and the sweep after retention.
type ImageRefFinder interface {
	FindImageRefs(ctx context.Context) (ImageRefs, error)
}

// ImageKeys lists the keys of the images of c's accounts and loaded
// posts: avatars first, then thumbnails.
func (c *Creator) ImageKeys() []string {
	var out []string
	for _, a := range c.Accounts {
		if a.Avatar != "" {
			out = append(out, a.Avatar)
		}
	}
	for _, p := range c.Posts {
		if p.Thumbnail != "" {
			out = append(out, p.Thumbnail)
		}
	}
	return out
}
