package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketSchedules holds crawl schedules: big-endian sequence number →
// scout.Schedule JSON. Created on first use, so older files need no
// migration; being in the store, schedules survive a restart of serve.
var bucketSchedules = []byte("crawl_schedules")

// schedulePrefix starts every schedule id ("sc1", "sc2", …).
const schedulePrefix = "sc"

var _ scout.ScheduleService = (*DB)(nil)

// parseScheduleID returns the key of id, or false when id cannot be one.
func parseScheduleID(id string) ([]byte, bool) {
	n, ok := strings.CutPrefix(id, schedulePrefix)
	if !ok || n == "" || n[0] == '0' || n[0] == '+' {
		return nil, false
	}
	seq, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return nil, false
	}
	return jobKey(seq), true
}

// CreateSchedule implements scout.ScheduleService: it validates s, assigns
// the next id (never reused) and stamps CreatedAt from the store's clock.
// The store does not parse the cron expression; the scheduler that wraps
// it does, before calling here.
func (d *DB) CreateSchedule(ctx context.Context, s *scout.Schedule) error {
	const op = "store.CreateSchedule"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if s == nil {
		return formatError(op, invalidf("schedule is empty"))
	}
	if err := s.Validate(); err != nil {
		return formatError(op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketSchedules)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketSchedules, err)
		}
		seq, err := b.NextSequence()
		if err != nil {
			return fmt.Errorf("next schedule id: %w", err)
		}
		s.ID = schedulePrefix + strconv.FormatUint(seq, 10)
		s.CreatedAt = d.now()
		_, err = putJSON(b, jobKey(seq), s)
		return err
	})
	return formatError(op, err)
}

// FindScheduleByID implements scout.ScheduleService. ENOTFOUND when there
// is no such schedule.
func (d *DB) FindScheduleByID(ctx context.Context, id string) (*scout.Schedule, error) {
	var s scout.Schedule
	if err := d.findBySeqID(ctx, "store.FindScheduleByID", bucketSchedules, parseScheduleID, "schedule", id, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// FindSchedules implements scout.ScheduleService: schedules oldest first,
// paged. EINVALID for a negative offset or limit.
func (d *DB) FindSchedules(ctx context.Context, f scout.ScheduleFilter) ([]*scout.Schedule, int, error) {
	const op = "store.FindSchedules"
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	if f.Offset < 0 || f.Limit < 0 {
		return nil, 0, formatError(op, invalidf("offset and limit must not be negative"))
	}
	out := []*scout.Schedule{}
	total := 0
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSchedules)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			total++
			if total <= f.Offset || (f.Limit > 0 && len(out) >= f.Limit) {
				return nil
			}
			var s scout.Schedule
			if err := decodeJSON(k, v, &s); err != nil {
				return err
			}
			out = append(out, &s)
			return nil
		})
	})
	if err != nil {
		return nil, 0, formatError(op, err)
	}
	return out, total, nil
}

// UpdateSchedule implements scout.ScheduleService. ENOTFOUND when absent.
func (d *DB) UpdateSchedule(ctx context.Context, s *scout.Schedule) error {
	const op = "store.UpdateSchedule"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		k, ok := parseScheduleID(s.ID)
		b := tx.Bucket(bucketSchedules)
		if !ok || b == nil || b.Get(k) == nil {
			return scout.Errorf(scout.ENOTFOUND, "schedule %s not found", s.ID)
		}
		_, err := putJSON(b, k, s)
		return err
	})
	return formatError(op, err)
}

// DeleteSchedule implements scout.ScheduleService. ENOTFOUND when absent.
func (d *DB) DeleteSchedule(ctx context.Context, id string) error {
	const op = "store.DeleteSchedule"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		k, ok := parseScheduleID(id)
		b := tx.Bucket(bucketSchedules)
		if !ok || b == nil || b.Get(k) == nil {
			return scout.Errorf(scout.ENOTFOUND, "schedule %s not found", id)
		}
		return b.Delete(k)
	})
	return formatError(op, err)
}
