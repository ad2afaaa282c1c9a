package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketKeys holds API keys: key id → keyRecord JSON. It is created by the
// first write, so stores made before keys existed open unchanged.
var bucketKeys = []byte("api_keys")

// keyPrefix starts every secret, so a key pasted into the wrong place is
// recognisable (and findable by secret scanners).
const keyPrefix = "scout_"

// lastUsedEvery throttles last_used_at writes: recording every request
// would turn each read into a bbolt write and fsync.
const lastUsedEvery = time.Minute

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// keyRecord is a key as stored. Only the SHA-256 of the secret is kept.
type keyRecord struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Role       scout.Role `json:"role"`
	Hash       []byte     `json:"hash"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

func (r *keyRecord) key() *scout.APIKey {
	return &scout.APIKey{ID: r.ID, Name: r.Name, Role: r.Role, Hash: r.Hash,
		CreatedAt: r.CreatedAt, LastUsedAt: r.LastUsedAt, RevokedAt: r.RevokedAt}
}

var _ scout.KeyService = (*DB)(nil)

// randomText returns n random bytes as lower-case unpadded base32.
func randomText(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (it panics on a broken OS source)
	return strings.ToLower(b32.EncodeToString(b))
}

// hashKey is the stored form of a secret. SHA-256 without salt or
// stretching is right here: the secret carries 256 random bits, so there is
// no dictionary to slow down, and every request can afford the check.
func hashKey(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

// splitKey reads "scout_ID_SECRET" and returns the id, or "" when the
// secret is not shaped like a Scout key.
func splitKey(secret string) string {
	rest, ok := strings.CutPrefix(secret, keyPrefix)
	if !ok {
		return ""
	}
	id, tail, ok := strings.Cut(rest, "_")
	if !ok || len(id) != 16 || len(tail) != 52 {
		return ""
	}
	return id
}

// CreateKey stores a new key: a 16-character id (80 random bits, public:
// it is how the key is listed and revoked) and a 256-bit secret, handed out
// as scout_ID_SECRET. Only the hash of that whole string is stored.
func (d *DB) CreateKey(ctx context.Context, name string, role scout.Role) (*scout.APIKey, string, error) {
	const op = "store.CreateKey"
	if err := ctx.Err(); err != nil {
		return nil, "", formatError(op, err)
	}
	r := keyRecord{ID: randomText(10), Name: strings.TrimSpace(name), Role: role, CreatedAt: d.now()}
	if err := r.key().Validate(); err != nil {
		return nil, "", formatError(op, err)
	}
	secret := keyPrefix + r.ID + "_" + randomText(32)
	r.Hash = hashKey(secret)
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketKeys)
		if err != nil {
			return err
		}
		if b.Get([]byte(r.ID)) != nil { // 80 random bits: never, but never overwrite
			return scout.Errorf(scout.ECONFLICT, "key id %s exists; try again", r.ID)
		}
		_, err = putJSON(b, []byte(r.ID), &r)
		return err
	})
	if err != nil {
		return nil, "", formatError(op, err)
	}
	return r.key(), secret, nil
}

// FindKeys returns every key, revoked ones included, oldest first.
func (d *DB) FindKeys(ctx context.Context) ([]*scout.APIKey, error) {
	const op = "store.FindKeys"
	if err := ctx.Err(); err != nil {
		return nil, formatError(op, err)
	}
	var out []*scout.APIKey
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketKeys)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var r keyRecord
			if err := decodeJSON(k, v, &r); err != nil {
				return err
			}
			out = append(out, r.key())
			return nil
		})
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	sortKeys(out)
	return out, nil
}

func sortKeys(ks []*scout.APIKey) {
	slices.SortFunc(ks, func(a, b *scout.APIKey) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// dummyHash is compared against when the key id is unknown, so an unknown
// id costs the same work as a wrong secret.
var dummyHash = hashKey(keyPrefix + "0000000000000000_" + strings.Repeat("0", 52))

// Authenticate finds the key by the id inside the secret and compares the
// secret's hash with the stored one in constant time. It records the use at
// most once per minute per key.
func (d *DB) Authenticate(ctx context.Context, secret string) (*scout.APIKey, error) {
	const op = "store.Authenticate"
	if err := ctx.Err(); err != nil {
		return nil, formatError(op, err)
	}
	unauthorized := &scout.Error{Code: scout.EUNAUTHORIZED, Op: op, Message: "unknown or revoked API key"}
	id := splitKey(secret)
	var r keyRecord
	found := false
	if id != "" {
		err := d.bolt.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketKeys)
			if b == nil {
				return nil
			}
			var err error
			found, err = getJSON(b, []byte(id), &r)
			return err
		})
		if err != nil {
			return nil, formatError(op, err)
		}
	}
	want := dummyHash
	if found {
		want = r.Hash
	}
	match := subtle.ConstantTimeCompare(hashKey(secret), want) == 1
	if !found || !match || r.RevokedAt != nil {
		return nil, unauthorized
	}
	now := d.now()
	if r.LastUsedAt == nil || now.Sub(*r.LastUsedAt) >= lastUsedEvery {
		err := d.bolt.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketKeys)
			var cur keyRecord
			ok, err := getJSON(b, []byte(id), &cur)
			if err != nil || !ok {
				return err
			}
			cur.LastUsedAt = &now
			_, err = putJSON(b, []byte(id), &cur)
			return err
		})
		if err != nil {
			return nil, formatError(op, err)
		}
		r.LastUsedAt = &now
	}
	return r.key(), nil
}

// RevokeKey marks the key revoked; the record stays so that lists and logs
// can still name who a past request came from.
func (d *DB) RevokeKey(ctx context.Context, id string) error {
	const op = "store.RevokeKey"
	if err := ctx.Err(); err != nil {
		return formatError(op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketKeys)
		var r keyRecord
		ok := false
		if b != nil {
			var err error
			if ok, err = getJSON(b, []byte(id), &r); err != nil {
				return err
			}
		}
		if !ok {
			return scout.Errorf(scout.ENOTFOUND, "no API key with id %q", id)
		}
		if r.RevokedAt != nil {
			return nil
		}
		now := d.now()
		r.RevokedAt = &now
		_, err := putJSON(b, []byte(id), &r)
		return err
	})
	return formatError(op, err)
}
