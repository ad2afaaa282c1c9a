package store

import (
	"encoding/json"
	"log/slog"

	bolt "go.etcd.io/bbolt"
)

// bucketValidators holds each URL's HTTP validators for conditional GETs:
// URL → validatorsRecord JSON. Created on first use, like the job buckets,
// so older files need no migration.
var bucketValidators = []byte("http_validators")

// validatorsRecord is one URL's ETag and Last-Modified as the server sent
// them.
type validatorsRecord struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Validators keeps the crawler's ETag and Last-Modified per URL in the
// store, so that revalidation outlives the process: a re-crawl after a
// restart (or a scheduled job next month) costs a 304 for every unchanged
// page instead of a download and a re-extraction. It satisfies the
// crawler's Validators interface (store does not import crawler; cmd/scout
// wires one into crawler.Config.Validators).
//
// The interface takes no context and returns no error, because a lost
// validator only costs one full download: a failed read reports "none" and
// a failed write is logged and dropped. Writes go through bbolt's Batch, so
// the crawl workers' concurrent puts share one commit.
type Validators struct {
	db *DB
	// Logger gets failed reads and writes; nil discards them.
	Logger *slog.Logger
}

// Validators returns the store's validators.
func (d *DB) Validators() *Validators { return &Validators{db: d} }

// Get returns the validators stored for url; ok is false when there are
// none (or they could not be read).
func (v *Validators) Get(url string) (etag, lastModified string, ok bool) {
	var rec validatorsRecord
	err := v.db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketValidators)
		if b == nil {
			return nil
		}
		found, err := getJSON(b, []byte(url), &rec)
		ok = found
		return err
	})
	if err != nil {
		v.logger().Warn("read http validators", "url", url, "err", err)
		return "", "", false
	}
	return rec.ETag, rec.LastModified, ok
}

// Put stores url's validators; both empty forgets url.
func (v *Validators) Put(url, etag, lastModified string) {
	if url == "" {
		return
	}
	var raw []byte
	if etag != "" || lastModified != "" {
		var err error
		if raw, err = json.Marshal(validatorsRecord{ETag: etag, LastModified: lastModified}); err != nil {
			return
		}
	}
	err := v.db.bolt.Batch(func(tx *bolt.Tx) error {
		if raw == nil {
			if b := tx.Bucket(bucketValidators); b != nil {
				return b.Delete([]byte(url))
			}
			return nil
		}
		b, err := tx.CreateBucketIfNotExists(bucketValidators)
		if err != nil {
			return err
		}
		_, err = putBytes(b, []byte(url), raw)
		return err
	})
	if err != nil {
		v.logger().Warn("store http validators", "url", url, "err", err)
	}
}

func (v *Validators) logger() *slog.Logger {
	if v.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return v.Logger
}
