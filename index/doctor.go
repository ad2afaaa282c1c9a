package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/scout-oss/scout"
)

// fieldFingerprint holds each document's Fingerprint, stored but not
// indexed, so `scout doctor` can tell an out-of-date document from a
// current one without rebuilding it. Indexes built before it existed have
// no such field (their mapping is static), and doctor reports their
// documents as unverifiable until the next reindex; no mapping bump is
// needed because searches never read it.
const fieldFingerprint = "fingerprint"

// Fingerprint is a hash of everything the document of c (with its flag
// reviews) is built from, except the clock: the document itself with the
// time-relative growth sort values left out, plus the snapshots those
// values come from. Two creators with the same fingerprint index to the
// same document at the same instant. `scout doctor` compares the
// fingerprint of each stored creator with the one its document carries.
func Fingerprint(c *scout.Creator, reviews []*scout.FlagReview) string {
	return fingerprint(document(c, scout.ReviewsByCode(reviews), time.Time{}), c.Snapshots)
}

func fingerprint(doc map[string]any, snaps []scout.Snapshot) string {
	d := make(map[string]any, len(doc)+1)
	for k, v := range doc {
		switch k {
		case fieldDescPrefix + sortKeyGrowth, fieldAscPrefix + sortKeyGrowth, fieldFingerprint:
			continue
		}
		d[k] = v
	}
	type snap struct {
		A string `json:"a"`
		T int64  `json:"t"`
		F *int64 `json:"f"`
	}
	ss := make([]snap, len(snaps))
	for i, s := range snaps {
		ss[i] = snap{s.AccountID, s.At.UnixNano(), s.Followers}
	}
	d["\x00snapshots"] = ss
	raw, err := json.Marshal(d) // map keys are sorted, so the bytes are stable
	if err != nil {
		// Documents hold strings, numbers, bools and times only.
		panic(fmt.Sprintf("index: encode document for fingerprint: %v", err))
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:16])
}

// fingerprintPage is how many documents one Fingerprints search reads.
const fingerprintPage = 1000

// Fingerprints returns every indexed document's id with its stored
// fingerprint ("" for a document indexed before fingerprints existed). It
// pages through the whole index in id order with SearchAfter, checking ctx
// between pages.
func (ix *Index) Fingerprints(ctx context.Context) (_ map[string]string, err error) {
	const op = "index.Fingerprints"
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.usable(op); err != nil {
		return nil, err
	}
	defer ix.recoverRead(op, &err) // a panic out of Bleve (fault.go)
	out := map[string]string{}
	var after []string
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), fingerprintPage, 0, false)
		req.Fields = []string{fieldFingerprint}
		req.SortBy([]string{"_id"})
		req.SearchAfter = after
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, formatError(op, err)
		}
		for _, h := range res.Hits {
			out[h.ID] = storedString(h)
		}
		if len(res.Hits) < fingerprintPage {
			return out, nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

func storedString(h *search.DocumentMatch) string {
	s, _ := h.Fields[fieldFingerprint].(string)
	return s
}
