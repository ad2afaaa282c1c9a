package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// People's data: scout forget, subject, compact and retention.

var forgetCommand = &command{
	name:    "forget",
	usage:   "[flags] ID|URL|HANDLE...",
	summary: "erase a person from the store and the index and never collect them again",
	run:     runForget,
}

var subjectCommand = &command{
	name:    "subject",
	usage:   "[flags] ID|URL|HANDLE",
	summary: "export everything stored about one person as JSON (data-subject access)",
	run:     runSubject,
}

var compactCommand = &command{
	name:    "compact",
	usage:   "[flags]",
	summary: "rewrite the store without free pages and rebuild the index, so erased data leaves the disk",
	run:     runCompact,
}

var retentionCommand = &command{
	name:    "retention",
	usage:   "--older-than AGE [flags]",
	summary: "drop posts and snapshots older than AGE of creators on no shortlist",
	run:     runRetention,
}

// cliActor names the person at the terminal for the audit log.
func (m *Main) cliActor() string {
	u := m.Getenv("USER")
	if u == "" {
		u = m.Getenv("USERNAME")
	}
	if u == "" {
		u = "unknown"
	}
	return "cli:" + u
}

func runForget(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	refs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(refs) == 0 {
		return usagef("give the creator id, profile URL or PLATFORM:HANDLE of the person to forget")
	}
	a, err := m.openApp(ctx, *data) // forgetting also suppresses future crawls, so a new directory is fine
	if err != nil {
		return err
	}
	defer a.Close()
	actor := m.cliActor()
	for _, ref := range refs {
		e, err := api.Forget(ctx, a.db, a.idx, ref, actor)
		if scout.ErrorCode(err) == scout.ENOTFOUND {
			// Nothing stored: suppress the reference itself, so the
			// person is never collected.
			if e, err = a.db.SuppressRefs(ctx, actor, ref); err != nil {
				return fmt.Errorf("forget %s: %w", ref, err)
			}
			fmt.Fprintf(m.Stdout, "%s: nothing stored; suppressed %s so it is never collected (audit subject %s)\n",
				ref, plural(e.Suppressed, "identifier"), e.Subject)
			continue
		}
		if _, ierr := api.ForgetImages(ctx, a.images, e); ierr != nil && err == nil {
			err = ierr
		}
		if err != nil {
			return fmt.Errorf("forget %s: %w", ref, err)
		}
		fmt.Fprintf(m.Stdout, "%s: erased %s (audit subject %s)\n", ref, e, e.Subject)
	}
	fmt.Fprintln(m.Stderr, "The erased bytes stay in the store's free pages until `scout compact` (with serve stopped); rotate backups taken before now.")
	return nil
}

func runSubject(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	out := fs.String("o", "", "write the JSON to this file instead of stdout")
	refs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(refs) != 1 {
		return usagef("give one creator id, profile URL or PLATFORM:HANDLE")
	}
	db, err := m.readStore(ctx, *data, false)
	if err != nil {
		return err
	}
	defer db.Close()
	exp, err := db.ExportSubject(ctx, refs[0])
	if err != nil {
		return err
	}
	raw, err := json.MarshalIndent(exp, "", "  ")
	if err != nil {
		return fmt.Errorf("subject: %w", err)
	}
	raw = append(raw, '\n')
	if *out != "" {
		if err := os.WriteFile(*out, raw, 0o600); err != nil {
			return fmt.Errorf("subject: %w", err)
		}
		fmt.Fprintf(m.Stderr, "wrote %s\n", *out)
		return nil
	}
	_, err = m.Stdout.Write(raw)
	return err
}

func runCompact(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("compact takes no arguments; got %q", rest)
	}
	if !hasData(*data) {
		return noData(*data, false)
	}
	res, err := store.Compact(ctx, *data, store.Options{})
	if err != nil {
		return err
	}
	db, err := m.openStore(ctx, *data)
	if err != nil {
		return err
	}
	defer db.Close()
	// A fresh index built from the store holds no deleted documents;
	// Commit swaps it in and removes the old one's files.
	idx, err := index.Create(indexPath(*data))
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	defer idx.Close()
	idx.SetReviews(db)
	n, err := reindex(ctx, db, idx)
	if err != nil {
		return fmt.Errorf("compact: rebuild the index: %w (the store is compacted; run scout reindex)", err)
	}
	if err := commitBuild(ctx, idx); err != nil {
		return fmt.Errorf("compact: swap in the new index: %w", err)
	}
	detail := fmt.Sprintf("store %d → %d bytes; index rebuilt from %s", res.Before, res.After, plural(n, "creator"))
	if err := db.RecordAudit(ctx, &scout.AuditEntry{Actor: m.cliActor(), Action: scout.AuditCompact, Detail: detail}); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "compacted: %s\n", detail)
	return nil
}

func runRetention(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	var age ageFlag
	fs.Var(&age, "older-than", "drop posts and snapshots older than this: 365d, 52w, 8760h")
	dry := fs.Bool("dry-run", false, "count what would be dropped, drop nothing")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("retention takes no arguments; got %q", rest)
	}
	if age <= 0 {
		return usagef("--older-than is required, such as 365d")
	}
	a, err := m.readApp(ctx, *data, false)
	if err != nil {
		return err
	}
	defer a.Close()
	r := &retentionRunner{App: a, Age: time.Duration(age), Actor: m.cliActor()}
	rep, err := r.Run(ctx, *dry)
	if err != nil {
		return err
	}
	verb := "dropped"
	if rep.DryRun {
		verb = "would drop"
	}
	fmt.Fprintf(m.Stdout, "retention before %s: %s %s and %s of %s; %s kept whole (on a shortlist)\n",
		rep.Before.Format(time.RFC3339), verb, plural(rep.Posts, "post"), plural(rep.Snapshots, "snapshot"),
		plural(len(rep.CreatorIDs), "creator"), plural(rep.Kept, "creator"))
	return nil
}

// retentionRunner applies the retention age to an app: it drops old data
// in the store, re-scores and re-indexes the creators that lost some, and
// records an audit entry.
type retentionRunner struct {
	App   *app
	Age   time.Duration
	Actor string
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// Run applies retention once.
func (r *retentionRunner) Run(ctx context.Context, dryRun bool) (*scout.RetentionReport, error) {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	rep, err := r.App.db.ApplyRetention(ctx, now().Add(-r.Age), dryRun)
	if err != nil || dryRun {
		return rep, err
	}
	for _, id := range rep.CreatorIDs {
		if err := r.App.ing.Refresh(ctx, id); err != nil {
			return rep, fmt.Errorf("retention: %w", err)
		}
	}
	if err := r.App.ing.Flush(context.WithoutCancel(ctx)); err != nil {
		return rep, fmt.Errorf("retention: %w", err)
	}
	// The thumbnails of dropped posts are orphans now.
	if rep.Images, err = sweepImages(ctx, r.App); err != nil {
		return rep, fmt.Errorf("retention: %w", err)
	}
	detail := fmt.Sprintf("before %s: posts %d, snapshots %d, creators %d, kept (shortlisted) %d, images %d",
		rep.Before.Format(time.RFC3339), rep.Posts, rep.Snapshots, len(rep.CreatorIDs), rep.Kept, rep.Images)
	return rep, r.App.db.RecordAudit(ctx, &scout.AuditEntry{Actor: r.Actor, Action: scout.AuditRetention, Detail: detail})
}

// retentionEvery is how often serve applies --retention.
const retentionEvery = 24 * time.Hour

// startRetention applies the retention age now and then daily until the
// returned stop is called (serve --retention). Failures are logged; the
// next day tries again.
func startRetention(ctx context.Context, a *app, age time.Duration, log *slog.Logger) (stop func()) {
	if age <= 0 {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	r := &retentionRunner{App: a, Age: age, Actor: "serve:retention"}
	go func() {
		defer close(done)
		t := time.NewTicker(retentionEvery)
		defer t.Stop()
		for {
			if _, err := r.Run(ctx, false); err != nil && ctx.Err() == nil {
				log.Error("retention", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// ageFlag is a duration flag that also takes days (365d) and weeks (52w).
type ageFlag time.Duration

func (f *ageFlag) String() string {
	if *f == 0 {
		return ""
	}
	return time.Duration(*f).String()
}

func (f *ageFlag) Set(s string) error {
	d, err := parseAge(s)
	if err != nil {
		return err
	}
	*f = ageFlag(d)
	return nil
}

// parseAge reads 365d, 52w or any time.ParseDuration value; it must be
// positive.
func parseAge(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	switch {
	case strings.HasSuffix(s, "d"), strings.HasSuffix(s, "w"):
		n, err := strconv.Atoi(s[:len(s)-1])
		if err != nil {
			return 0, fmt.Errorf("%q is not an age such as 365d, 52w or 720h", s)
		}
		unit := 24 * time.Hour
		if strings.HasSuffix(s, "w") {
			unit *= 7
		}
		d = time.Duration(n) * unit
	default:
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q is not an age such as 365d, 52w or 720h", s)
		}
	}
	if d <= 0 {
		return 0, errors.New("the age must be positive")
	}
	return d, nil
}
