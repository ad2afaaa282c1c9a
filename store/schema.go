package store

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the on-disk layout this code reads and writes. It is
// stored in the meta bucket when a file is created; Open upgrades older
// files through migrations and refuses newer ones rather than misreading
// them. Bump it with every change to bucket names, key encodings or record
// shapes that old code could not read.
//
// Version 2: a stored score's value may be null (unknown, with the reasons
// in its "missing" list). Version 1 had no migration; see migrations.
const SchemaVersion = 2

// Bucket names. They are part of the on-disk format.
var (
	bucketMeta      = []byte("meta")      // schema_version, creator_count
	bucketCreators  = []byte("creators")  // creator id → creatorRecord JSON
	bucketAccounts  = []byte("accounts")  // account id → scout.Account JSON
	bucketPosts     = []byte("posts")     // postKey → scout.Post JSON
	bucketPostKeys  = []byte("post_keys") // postIndexKey → postKey
	bucketSnapshots = []byte("snapshots") // snapshotKey → scout.Snapshot JSON
	bucketVisits    = []byte("visits")    // url → scout.Visit JSON

	allBuckets = [][]byte{bucketMeta, bucketCreators, bucketAccounts, bucketPosts,
		bucketPostKeys, bucketSnapshots, bucketVisits}
)

// Keys in the meta bucket.
var (
	keySchemaVersion = []byte("schema_version") // decimal ASCII, readable with `bbolt get`
	keyCreatorCount  = []byte("creator_count")  // big-endian uint64
)

// migrations[v] upgrades a file from schema version v to v+1 inside the
// opening transaction.
var migrations = map[int]func(tx *bolt.Tx) error{
	// 1 → 2: scores may be null. A version-1 record is a valid version-2
	// record (a number still decodes into the nullable value), so nothing
	// is rewritten; the bump exists so that an older Scout, which would
	// read a null score as 0, refuses the file instead. Stored scores keep
	// the values the old scorer gave them until `scout rescore` rewrites
	// them, as after any upgrade that changes scorer versions.
	1: func(*bolt.Tx) error { return nil },
}

// ensureSchema creates the buckets of a new file and stamps its version, or
// checks and upgrades the version of an existing one.
func ensureSchema(tx *bolt.Tx, dir string) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta = tx.Bucket(bucketMeta)
		if err := meta.Put(keySchemaVersion, []byte(strconv.Itoa(SchemaVersion))); err != nil {
			return fmt.Errorf("write schema version: %w", err)
		}
		return putCount(meta, 0)
	}
	raw := meta.Get(keySchemaVersion)
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return scout.Errorf(scout.EINVALID, "data directory %s has an unreadable schema version %q", dir, raw)
	}
	if v > SchemaVersion {
		return scout.Errorf(scout.ECONFLICT,
			"data directory %s has schema version %d, newer than version %d that this scout knows; upgrade scout",
			dir, v, SchemaVersion)
	}
	for ; v < SchemaVersion; v++ {
		m, ok := migrations[v]
		if !ok {
			return fmt.Errorf("no migration from schema version %d", v)
		}
		if err := m(tx); err != nil {
			return fmt.Errorf("migrate schema version %d to %d: %w", v, v+1, err)
		}
		if err := meta.Put(keySchemaVersion, []byte(strconv.Itoa(v+1))); err != nil {
			return fmt.Errorf("write schema version: %w", err)
		}
	}
	for _, name := range allBuckets {
		if tx.Bucket(name) == nil {
			return fmt.Errorf("bucket %s is missing", name)
		}
	}
	return nil
}

// creatorCount reads the number of creators kept in the meta bucket, so
// counting never scans the creators bucket.
func creatorCount(tx *bolt.Tx) int {
	b := tx.Bucket(bucketMeta).Get(keyCreatorCount)
	if len(b) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(b))
}

func putCount(meta *bolt.Bucket, n int) error {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n))
	if err := meta.Put(keyCreatorCount, b[:]); err != nil {
		return fmt.Errorf("write creator count: %w", err)
	}
	return nil
}
