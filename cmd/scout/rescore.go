package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

var rescoreCommand = &command{
	name:    "rescore",
	usage:   "[--recalibrate] [flags]",
	summary: "re-score every stored creator with the current scoring engine (after an upgrade, or --recalibrate)",
	run:     runRescore,
}

// rescoreBatch is how many creators are written to the store in one
// transaction and to the index in one batch.
const rescoreBatch = 200

func runRescore(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	recal := fs.Bool("recalibrate", false, "first recompute the engagement benchmarks from the stored creators (Scout's own percentiles replace the published prior for every platform × tier cohort with at least 200 accounts) and store them as a new baseline version")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("rescore takes no arguments; got %q", rest)
	}
	start := time.Now()
	a, err := m.readApp(ctx, *data, false)
	if err != nil {
		return err
	}
	defer a.Close()
	// One instant for the whole run, so every creator is scored as of the
	// same moment.
	now := time.Now().UTC()
	oldBaseline := baselineName(ctx, a.db)
	if *recal {
		eng, b, err := recalibrate(ctx, a.db, now)
		if err != nil {
			return fmt.Errorf("recalibrate: %w", err)
		}
		a.eng = eng
		a.ing.Scorer = eng
		printBaseline(m.Stderr, b, oldBaseline)
	}
	a.ing.Now = func() time.Time { return now }
	st, err := rescore(ctx, a)
	if err != nil {
		return fmt.Errorf("rescore: %w (%d creators were rescored before the failure; run it again)", err, st.creators)
	}
	fmt.Fprintf(m.Stderr, "rescored %s in %s: %d changed, %d unchanged; %d reindexed\n",
		plural(st.creators, "creator"), time.Since(start).Round(time.Millisecond), st.changed, st.creators-st.changed, st.reindexed)
	fmt.Fprintf(m.Stderr, "benchmark baseline: %s\n", baselineName(ctx, a.db))
	st.printVersions(m.Stderr)
	return nil
}

// rescoreStats counts a rescore and the score versions before and after:
// score key → version → creators ("none" for creators without that score,
// filled in at the end so every line adds up to the number of creators).
type rescoreStats struct {
	creators, changed int
	reindexed         int // creators whose document changed
	before, after     map[string]map[string]int
}

func countVersions(into map[string]map[string]int, scores map[string]*scout.Score) {
	for k, s := range scores {
		if s == nil {
			continue
		}
		if into[k] == nil {
			into[k] = map[string]int{}
		}
		into[k][s.Version]++
	}
}

// printVersions writes one line per score: its versions before → after, or
// "unchanged".
func (st *rescoreStats) printVersions(w io.Writer) {
	for _, k := range mergedKeys(st.before, st.after) {
		b, a := versionList(st.before[k]), versionList(st.after[k])
		if b == a {
			fmt.Fprintf(w, "  %-19s %s, unchanged\n", k, a)
			continue
		}
		fmt.Fprintf(w, "  %-19s %s → %s\n", k, b, a)
	}
}

func versionList(m map[string]int) string {
	var parts []string
	for _, v := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s (%d)", v, m[v]))
	}
	return strings.Join(parts, ", ")
}

// rescore streams every stored creator through the ingester's Assess (the
// code path a crawl uses), writes them back in batches and reindexes the
// ones whose document changed.
//
// Each batch goes to the index before the store: a crash in between leaves
// the store as it was, so running rescore again sees the same changes and
// indexes them. (Store first lost them: the rerun found the store already
// rescored and reindexed nothing, leaving stale documents; the crash test
// caught it.) Whether a document changed is told by its fingerprint
// before and after Assess.
func rescore(ctx context.Context, a *app) (rescoreStats, error) {
	st := rescoreStats{before: map[string]map[string]int{}, after: map[string]map[string]int{}}
	batch := make([]*scout.Creator, 0, rescoreBatch)
	prints := make([]string, 0, rescoreBatch) // each creator's fingerprint before Assess
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		var reindex []*scout.Creator
		for i, c := range batch {
			if index.Fingerprint(c, nil) != prints[i] {
				reindex = append(reindex, c)
			}
		}
		if len(reindex) > 0 {
			if err := a.idx.IndexCreators(ctx, reindex); err != nil {
				return fmt.Errorf("index: %w (run scout reindex)", err)
			}
		}
		crashPoint("rescore") // test-only (crashpoint.go): indexed, not yet stored
		changed, err := a.db.UpdateCreators(ctx, batch)
		if err != nil {
			return err
		}
		for _, ch := range changed {
			if ch {
				st.changed++
			}
		}
		st.creators += len(batch)
		st.reindexed += len(reindex)
		batch, prints = batch[:0], prints[:0]
		return nil
	}
	err := a.db.ForEachCreator(ctx, func(c *scout.Creator) error {
		countVersions(st.before, c.Scores)
		prints = append(prints, index.Fingerprint(c, nil))
		a.ing.Assess(c)
		countVersions(st.after, c.Scores)
		batch = append(batch, c)
		if len(batch) == rescoreBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	if err := flush(); err != nil {
		return st, err
	}
	// A score that some creators lacked before (or after) is counted as
	// "none" for them, so every line adds up to the number of creators.
	for _, side := range []map[string]map[string]int{st.before, st.after} {
		for _, k := range mergedKeys(st.before, st.after) {
			n := 0
			for _, c := range side[k] {
				n += c
			}
			if n < st.creators {
				if side[k] == nil {
					side[k] = map[string]int{}
				}
				side[k]["none"] += st.creators - n
			}
		}
	}
	return st, nil
}

// mergedKeys returns the score keys of both sides, sorted.
func mergedKeys(a, b map[string]map[string]int) []string {
	ks := slices.Collect(maps.Keys(a))
	for k := range b {
		if !slices.Contains(ks, k) {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	return ks
}

// loadEngine returns the scoring engine for the data directory: the
// defaults, with the newest stored baseline's own cohorts in place of the
// published priors when the data has been recalibrated.
func loadEngine(ctx context.Context, db *store.DB) (*scoring.Engine, error) {
	b, err := db.CurrentBaseline(ctx)
	switch {
	case scout.ErrorCode(err) == scout.ENOTFOUND:
		return scoring.New(), nil
	case err != nil:
		return nil, fmt.Errorf("load scoring baseline: %w", err)
	}
	return engineFrom(b)
}

// engineFrom overlays a baseline's calibrated cohorts on the current
// published priors. Only calibrated rows are stored, so a Scout upgrade
// that revises a prior takes effect for every cohort Scout has too little
// data of its own for; a stored row whose band no longer exists is dropped.
func engineFrom(b *store.Baseline) (*scoring.Engine, error) {
	var own []scoring.Cohort
	if err := json.Unmarshal(b.Cohorts, &own); err != nil {
		return nil, fmt.Errorf("decode scoring baseline %s: %w", b.Label, err)
	}
	eng := scoring.New()
	if len(own) == 0 {
		return eng, nil
	}
	cs := scoring.DefaultCohorts()
	for _, o := range own {
		for i := range cs {
			c := &cs[i]
			if c.Platform == o.Platform && c.Basis == o.Basis && c.Min == o.Min && c.Max == o.Max {
				*c = o
			}
		}
	}
	eng.Cohorts = cs
	return eng, nil
}

// baselineName describes the baseline scores currently use.
func baselineName(ctx context.Context, db *store.DB) string {
	b, err := db.CurrentBaseline(ctx)
	if err != nil {
		return "published priors (never recalibrated)"
	}
	var own []scoring.Cohort
	_ = json.Unmarshal(b.Cohorts, &own)
	what := "every cohort on its published prior"
	if len(own) > 0 {
		what = plural(len(own), "cohort") + " from Scout's own data, the rest published priors"
	}
	return fmt.Sprintf("%s (version %d, %s; %s)", b.Label, b.Version, b.CreatedAt.Format(time.DateOnly), what)
}

// recalibrate computes Scout's own engagement percentiles from every stored
// creator as of now, stores them as the next baseline version and returns
// an engine that uses them.
func recalibrate(ctx context.Context, db *store.DB, now time.Time) (*scoring.Engine, *store.Baseline, error) {
	version, err := db.NextBaselineVersion(ctx)
	if err != nil {
		return nil, nil, err
	}
	label := fmt.Sprintf("b%d-%s", version, now.Format(time.DateOnly))
	var cs []*scout.Creator
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		cs = append(cs, calibrationCopy(c))
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var own []scoring.Cohort
	for _, c := range scoring.Calibrate(cs, now, scoring.DefaultCohorts(), 0, label) {
		if c.N > 0 {
			own = append(own, c)
		}
	}
	if own == nil {
		own = []scoring.Cohort{}
	}
	raw, err := json.Marshal(own)
	if err != nil {
		return nil, nil, err
	}
	b := &store.Baseline{Version: version, Label: label, Accounts: len(cs), Cohorts: raw}
	if err := db.SaveBaseline(ctx, b); err != nil {
		return nil, nil, err
	}
	eng, err := engineFrom(b)
	return eng, b, err
}

// calibrationCopy keeps what calibration reads (the primary account's
// counts and its posts' engagement) and drops the rest, so that holding
// every creator of a large store in memory stays affordable.
func calibrationCopy(c *scout.Creator) *scout.Creator {
	out := &scout.Creator{ID: c.ID}
	p := c.PrimaryAccount()
	if p == nil {
		return out
	}
	acc := *p
	acc.Bio, acc.Links, acc.FollowerSample = "", nil, nil
	out.Accounts = []scout.Account{acc}
	for _, post := range c.Posts {
		if post.AccountID != "" && post.AccountID != acc.ID {
			continue
		}
		post.Text, post.Title, post.Links, post.Labels, post.ContentWarning, post.Replies = "", "", nil, nil, "", nil
		out.Posts = append(out.Posts, post)
	}
	return out
}

func printBaseline(w io.Writer, b *store.Baseline, old string) {
	var own []scoring.Cohort
	_ = json.Unmarshal(b.Cohorts, &own)
	fmt.Fprintf(w, "recalibrated from %s: baseline %s (version %d)\n", plural(b.Accounts, "creator"), b.Label, b.Version)
	fmt.Fprintf(w, "  was: %s\n", old)
	if len(own) == 0 {
		fmt.Fprintf(w, "  no platform × tier cohort has %d accounts yet: every cohort keeps its published prior\n", scoring.MinCohort)
	}
	for _, c := range own {
		fmt.Fprintf(w, "  %s by %s: %d accounts, median ER %.2f%% (typical %.2f–%.2f%%)\n", c.Label, c.Basis, c.N, c.Median*100, c.Low*100, c.High*100)
	}
}
