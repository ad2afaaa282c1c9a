package store

import (
	"encoding/binary"
	"math"
	"time"
)

// Keys of the posts, post_keys and snapshots buckets start with the account
// id and a 0x00 separator, so one cursor Seek finds one account's range.
// Account ids never contain 0x00 (SaveProfile rejects them).
const sep = 0x00

// maxTime is the last instant whose unix nanoseconds fit in an int64.
var maxTime = time.Unix(0, math.MaxInt64)

// unixNanos maps t onto [0, MaxInt64]: times before 1970 (including the
// zero time of an undated post) sort as the oldest, times after 2262 as the
// newest, instead of overflowing.
func unixNanos(t time.Time) uint64 {
	switch {
	case t.IsZero() || t.Before(time.Unix(0, 0)):
		return 0
	case t.After(maxTime):
		return math.MaxInt64
	}
	return uint64(t.UnixNano())
}

// accountPrefix is accountID + 0x00, the start of an account's range.
func accountPrefix(accountID string) []byte {
	k := make([]byte, 0, len(accountID)+1)
	k = append(k, accountID...)
	return append(k, sep)
}

// postKey is accountID + 0x00 + big-endian(MaxInt64 − published nanos) +
// 0x00 + postID: within an account, newest posts come first and posts
// published at the same instant are ordered by id.
func postKey(accountID string, published time.Time, postID string) []byte {
	k := make([]byte, 0, len(accountID)+1+8+1+len(postID))
	k = append(k, accountID...)
	k = append(k, sep)
	k = binary.BigEndian.AppendUint64(k, math.MaxInt64-unixNanos(published))
	k = append(k, sep)
	return append(k, postID...)
}

// postIndexKey is accountID + 0x00 + postID, the key of post_keys, which
// maps a post to its current postKey so a changed publish time replaces the
// old entry instead of duplicating it.
func postIndexKey(accountID, postID string) []byte {
	k := make([]byte, 0, len(accountID)+1+len(postID))
	k = append(k, accountID...)
	k = append(k, sep)
	return append(k, postID...)
}

// snapshotKey is accountID + 0x00 + big-endian unix nanos: oldest first,
// and a re-save of the same fetch lands on the same key.
func snapshotKey(accountID string, at time.Time) []byte {
	k := make([]byte, 0, len(accountID)+1+8)
	k = append(k, accountID...)
	k = append(k, sep)
	return binary.BigEndian.AppendUint64(k, unixNanos(at))
}
