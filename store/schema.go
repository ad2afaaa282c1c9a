package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the on-disk layout this code reads and writes. It is
// stored in the meta bucket when a file is created; Open upgrades older
// files through migrations, after a backup copy of the file, and refuses
// newer ones rather than misreading them. Bump it with every change to
// bucket names, key encodings or record shapes that old code could not
// read, and add the migration from the previous version.
//
// Version 2 keeps an upgrade log in the meta bucket, and a stored score's
// value may be null (unknown, with the reasons in its "missing" list).
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
	keyUpgrades      = []byte("upgrades")       // JSON list of Upgrade, oldest first
)

// migrations[v] upgrades a file from schema version v to v+1 inside the
// opening transaction, after Open has copied the file aside. A migration
// must leave every record readable by the code of version v+1 and lose
// nothing; a failure rolls the whole upgrade back.
var migrations = map[int]func(tx *bolt.Tx) error{
	// 1 → 2: the upgrade log starts (written by ensureSchema), and scores
	// may be null. A version-1 record is a valid version-2 record (a number
	// still decodes into the nullable value), so nothing is rewritten; the
	// bump exists so that an older Scout, which would read a null score as
	// 0, refuses the file instead. Stored scores keep the values the old
	// scorer gave them until `scout rescore` rewrites them.
	1: func(*bolt.Tx) error { return nil },
}

// Upgrade is one schema migration of a store file: from and to which
// version, when, and the backup copy Open took first (a file name in the
// data directory). The meta bucket keeps the list, and `scout doctor`
// shows it.
type Upgrade struct {
	From   int       `json:"from"`
	To     int       `json:"to"`
	At     time.Time `json:"at"`
	Backup string    `json:"backup"`
}

// fileSchema reads the schema version of an existing file: 0 for a new
// (empty) file, -1 when the version is unreadable (ensureSchema reports it).
func fileSchema(tx *bolt.Tx) int {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0
	}
	v, err := strconv.Atoi(string(meta.Get(keySchemaVersion)))
	if err != nil {
		return -1
	}
	return v
}

// upgradeLog reads the meta bucket's upgrade log.
func upgradeLog(tx *bolt.Tx) ([]Upgrade, error) {
	var log []Upgrade
	raw := tx.Bucket(bucketMeta).Get(keyUpgrades)
	if raw == nil {
		return nil, nil
	}
	if err := json.Unmarshal(raw, &log); err != nil {
		return nil, fmt.Errorf("read upgrade log: %w", err)
	}
	return log, nil
}

// ensureSchema creates the buckets of a new file and stamps its version, or
// checks and upgrades the version of an existing one. An upgrade is logged
// in the meta bucket with its time and backup, and returned.
func ensureSchema(tx *bolt.Tx, dir string, now time.Time, backup string) (*Upgrade, error) {
	up, err := migrate(tx, dir)
	if err != nil || up == nil {
		return nil, err
	}
	up.At, up.Backup = now.UTC(), backup
	log, err := upgradeLog(tx)
	if err != nil {
		return nil, err
	}
	raw, err := json.Marshal(append(log, *up))
	if err != nil {
		return nil, fmt.Errorf("write upgrade log: %w", err)
	}
	if err := tx.Bucket(bucketMeta).Put(keyUpgrades, raw); err != nil {
		return nil, fmt.Errorf("write upgrade log: %w", err)
	}
	return up, nil
}

// migrate does ensureSchema's work but the log: it returns the upgrade it
// made, or nil when the file was new or current.
func migrate(tx *bolt.Tx, dir string) (*Upgrade, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return nil, fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta = tx.Bucket(bucketMeta)
		if err := meta.Put(keySchemaVersion, []byte(strconv.Itoa(SchemaVersion))); err != nil {
			return nil, fmt.Errorf("write schema version: %w", err)
		}
		return nil, putCount(meta, 0)
	}
	raw := meta.Get(keySchemaVersion)
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return nil, scout.Errorf(scout.EINVALID, "data directory %s has an unreadable schema version %q", dir, raw)
	}
	if v > SchemaVersion {
		return nil, scout.Errorf(scout.ECONFLICT,
			"data directory %s has schema version %d, newer than version %d that this scout knows; upgrade scout",
			dir, v, SchemaVersion)
	}
	var up *Upgrade
	if v < SchemaVersion {
		up = &Upgrade{From: v, To: SchemaVersion}
	}
	for ; v < SchemaVersion; v++ {
		m, ok := migrations[v]
		if !ok {
			return nil, fmt.Errorf("no migration from schema version %d", v)
		}
		if err := m(tx); err != nil {
			return nil, fmt.Errorf("migrate schema version %d to %d: %w", v, v+1, err)
		}
		if err := meta.Put(keySchemaVersion, []byte(strconv.Itoa(v+1))); err != nil {
			return nil, fmt.Errorf("write schema version: %w", err)
		}
	}
	for _, name := range allBuckets {
		if tx.Bucket(name) == nil {
			return nil, fmt.Errorf("bucket %s is missing", name)
		}
	}
	return up, nil
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
