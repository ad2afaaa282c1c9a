package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/scout-oss/scout"
)

// Backupper writes a consistent copy of the store while it is in use
// (store.DB does it with a bbolt read transaction's WriteTo). size is
// called with the copy's length before its first byte.
type Backupper interface {
	Backup(ctx context.Context, w io.Writer, size func(int64)) (int64, error)
}

// registerBackupRoutes serves GET /api/v1/admin/backup (admin only, see
// routeRoles).
func (s *Server) registerBackupRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/admin/backup", s.handleBackup)
}

// handleBackup streams the store file. Headers go out only once the read
// transaction is open and its size known, so a failure before that is an
// ordinary JSON error; a failure mid-stream can only cut the body short,
// which the client sees as fewer bytes than Content-Length.
func (s *Server) handleBackup(w http.ResponseWriter, r *http.Request) {
	if s.Backup == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "this server keeps no store to back up"), s.logger())
		return
	}
	// The copy may take longer than the server's write timeout allows
	// ordinary answers.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	started := false
	n, err := s.Backup.Backup(r.Context(), w, func(size int64) {
		started = true
		h := w.Header()
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Length", strconv.FormatInt(size, 10))
		h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="scout-%s.db"`, time.Now().UTC().Format("20060102T150405Z")))
		h.Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
	})
	if err != nil {
		if !started {
			Error(w, r, err, s.logger())
			return
		}
		s.logger().Error("backup cut short", "bytes", n, "err", err)
	}
}
