package store

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// HasAccount reports whether the store holds the account with the given
// id. Discovery asks it to tell a new creator (which counts against its
// budget) from a known one being refreshed.
func (d *DB) HasAccount(ctx context.Context, accountID string) (bool, error) {
	const op = "store.HasAccount"
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", op, err)
	}
	var ok bool
	err := d.bolt.View(func(tx *bolt.Tx) error {
		ok = tx.Bucket(bucketAccounts).Get([]byte(accountID)) != nil
		return nil
	})
	return ok, formatError(op, err)
}
