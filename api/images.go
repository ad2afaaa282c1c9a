package api

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"github.com/scout-oss/scout"
)

// imageCacheControl lets a browser keep an image for a year without asking
// again: a key names one picture's bytes and never changes. "private":
// the pictures are behind a key like the pages, so no shared cache may
// keep them.
const imageCacheControl = "private, max-age=31536000, immutable"

func (s *Server) registerImageRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /images/{key}", s.handleImage)
}

// handleImage serves Scout's own copy of an avatar or post thumbnail
// (ImageStore), so that pages never link a platform's image.
func (s *Server) handleImage(w http.ResponseWriter, r *http.Request) {
	if s.Images == nil {
		Error(w, r, scout.Errorf(scout.ENOTFOUND, "this server keeps no images"), s.logger())
		return
	}
	p, err := s.Images.ImagePath(r.Context(), r.PathValue("key"))
	if err != nil {
		if scout.ErrorCode(err) == scout.EINVALID {
			err = scout.Errorf(scout.ENOTFOUND, "no such image") // a malformed key is just not there
		}
		Error(w, r, err, s.logger())
		return
	}
	f, err := os.Open(p)
	if err != nil {
		Error(w, r, scout.Errorf(scout.ENOTFOUND, "no such image"), s.logger())
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		Error(w, r, fmt.Errorf("image: %w", err), s.logger())
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/jpeg") // every stored image is re-encoded as JPEG (imagestore)
	h.Set("Cache-Control", imageCacheControl)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

// imageURL is where the page shows an image key from: Scout's own route.
func imageURL(key string) string { return "/images/" + key }

// ForgetImages removes the images of an erasure's accounts; the erasure
// endpoint and `scout forget` call it after Forget. The store has
// committed by then: a failure leaves files `scout doctor` reports as
// orphans.
func ForgetImages(ctx context.Context, images scout.ImageStore, e *scout.Erasure) (int, error) {
	if images == nil || e == nil || len(e.AccountIDs) == 0 {
		return 0, nil
	}
	n, err := images.DeleteAccountImages(ctx, e.AccountIDs)
	if err != nil {
		return n, fmt.Errorf("forget: erased from the store, but images are left (scout doctor lists them): %w", err)
	}
	return n, nil
}
