package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/imagestore"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

var doctorCommand = &command{
	name:    "doctor",
	usage:   "[--fix] [flags]",
	summary: "check the store's invariants and that the index matches the store; --fix repairs by re-indexing",
	run:     runDoctor,
}

// Kinds of index problem doctor reports beside store.Problem's kinds.
const (
	docMissing      = "index_missing"      // a stored creator without a document
	docExtra        = "index_extra"        // a document of no stored creator
	docOutOfDate    = "index_out_of_date"  // a document built from other data than the store holds
	docUnverifiable = "index_unverifiable" // a document from before fingerprints; reindex once
	docUnusable     = "index_unusable"     // the index does not open (wrong mapping version, damaged)
)

// doctorExamples is how many keys doctor prints per kind of problem.
const doctorExamples = 5

// doctorReport is what one check found.
type doctorReport struct {
	creators int
	store    []store.Problem
	index    map[string][]string // kind → creator ids
	unusable error               // the index would not open
	// leftovers are build and swap directories of reindexes that were
	// killed before they finished (Create builds beside the live index).
	leftovers []string
	// images are the image files checked against the keys the store
	// refers to: missing (a key without a file) and orphans (a file no
	// account or post refers to).
	images        int
	imagesMissing []string
	imageOrphans  []string
}

func (r *doctorReport) healthy() bool {
	return len(r.store) == 0 && len(r.index) == 0 && r.unusable == nil && len(r.leftovers) == 0 &&
		len(r.imagesMissing) == 0 && len(r.imageOrphans) == 0
}

// checkImages compares DATA/images with the image keys the store holds.
func (r *doctorReport) checkImages(ctx context.Context, db *store.DB, dir string) error {
	images, err := imagestore.Open(filepath.Join(dir, imagestore.DirName))
	if err != nil {
		return err
	}
	refs, err := db.FindImageRefs(ctx)
	if err != nil {
		return err
	}
	keys, err := images.ImageKeys(ctx)
	if err != nil {
		return err
	}
	r.images = len(keys)
	r.imagesMissing, r.imageOrphans, err = imagestore.Check(ctx, images, refs)
	return err
}

func (r *doctorReport) indexProblems() int {
	n := 0
	for _, ids := range r.index {
		n += len(ids)
	}
	if r.unusable != nil {
		n++
	}
	return n + len(r.leftovers) + len(r.imagesMissing) + len(r.imageOrphans)
}

func runDoctor(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	fix := fs.Bool("fix", false, "repair: re-index missing, stale and extra documents from the store (rebuild the index when it will not open) and fix the store's counters; report what cannot be fixed")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("doctor takes no arguments; got %q", rest)
	}
	db, err := m.readStore(ctx, *data, false)
	if err != nil {
		return err
	}
	defer db.Close()

	rep, err := diagnose(ctx, db, indexPath(*data))
	if err == nil {
		err = rep.checkImages(ctx, db, *data)
	}
	if err != nil {
		return fmt.Errorf("doctor: %w", err)
	}
	rep.print(m.Stdout)
	if err := printUpgrades(ctx, m.Stdout, db); err != nil {
		return fmt.Errorf("doctor: %w", err)
	}
	if rep.healthy() {
		return nil
	}
	if !*fix {
		return fmt.Errorf("%s found; run scout doctor --fix", plural(len(rep.store)+rep.indexProblems(), "problem"))
	}

	if slices.ContainsFunc(rep.store, func(p store.Problem) bool { return p.Fixable }) {
		fixed, err := db.Repair(ctx)
		if err != nil {
			return fmt.Errorf("doctor --fix: %w", err)
		}
		fmt.Fprintf(m.Stdout, "fixed %s in the store\n", plural(len(fixed), "problem"))
	}
	for _, d := range rep.leftovers {
		if err := os.RemoveAll(d); err != nil {
			return fmt.Errorf("doctor --fix: %w", err)
		}
		fmt.Fprintf(m.Stdout, "removed %s\n", filepath.Base(d))
	}
	if rep.unusable != nil {
		n, err := rebuildIndex(ctx, db, indexPath(*data))
		if err != nil {
			return fmt.Errorf("doctor --fix: %w", err)
		}
		fmt.Fprintf(m.Stdout, "rebuilt the index from the store: %s\n", plural(n, "creator"))
	} else if len(rep.index) > 0 {
		n, err := repairIndex(ctx, db, indexPath(*data), rep.index)
		if err != nil {
			return fmt.Errorf("doctor --fix: %w", err)
		}
		fmt.Fprintf(m.Stdout, "re-indexed %s from the store\n", plural(n, "document"))
	}

	if len(rep.imageOrphans) > 0 {
		images, err := imagestore.Open(filepath.Join(*data, imagestore.DirName))
		if err != nil {
			return fmt.Errorf("doctor --fix: %w", err)
		}
		n, err := images.DeleteImages(ctx, rep.imageOrphans)
		if err != nil {
			return fmt.Errorf("doctor --fix: %w", err)
		}
		fmt.Fprintf(m.Stdout, "removed %s no account or post refers to\n", plural(n, "orphaned image"))
	}

	after, err := diagnose(ctx, db, indexPath(*data))
	if err == nil {
		err = after.checkImages(ctx, db, *data)
	}
	if err != nil {
		return fmt.Errorf("doctor: %w", err)
	}
	fmt.Fprintln(m.Stdout, "after --fix:")
	after.print(m.Stdout)
	if !after.healthy() {
		return fmt.Errorf("%s left after --fix that need a person (or a restore from backup)", plural(len(after.store)+after.indexProblems(), "problem"))
	}
	return nil
}

// diagnose checks the store and compares every stored creator with its
// document by fingerprint.
func diagnose(ctx context.Context, db *store.DB, path string) (*doctorReport, error) {
	rep := &doctorReport{index: map[string][]string{}}
	var err error
	if rep.store, err = db.Check(ctx); err != nil {
		return nil, err
	}
	for _, pattern := range []string{path + ".rebuild-*", path + ".old-*"} {
		dirs, _ := filepath.Glob(pattern)
		rep.leftovers = append(rep.leftovers, dirs...)
	}
	idx, err := index.Open(path)
	if err != nil {
		var se *scout.Error
		if !errors.As(err, &se) || se.Code != scout.ECONFLICT || strings.Contains(se.Message, "in use") {
			return nil, err // busy or broken in a way a rebuild would not mend
		}
		rep.unusable = err
		rep.creators, _ = db.CountCreators(ctx)
		return rep, nil
	}
	defer idx.Close()
	docs, err := idx.Fingerprints(ctx)
	if err != nil {
		return nil, err
	}
	batch := make([]*scout.Creator, 0, reindexBatch)
	flush := func() error {
		ids := make([]string, len(batch))
		for i, c := range batch {
			ids[i] = c.ID
		}
		reviews, err := db.FindFlagReviews(ctx, ids)
		if err != nil {
			return err
		}
		for _, c := range batch {
			fp, ok := docs[c.ID]
			delete(docs, c.ID)
			switch {
			case !ok:
				rep.index[docMissing] = append(rep.index[docMissing], c.ID)
			case fp == "":
				rep.index[docUnverifiable] = append(rep.index[docUnverifiable], c.ID)
			case fp != index.Fingerprint(c, reviews[c.ID]):
				rep.index[docOutOfDate] = append(rep.index[docOutOfDate], c.ID)
			}
		}
		rep.creators += len(batch)
		batch = batch[:0]
		return nil
	}
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		batch = append(batch, c)
		if len(batch) == reindexBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return nil, err
	}
	for id := range docs {
		rep.index[docExtra] = append(rep.index[docExtra], id)
	}
	for _, ids := range rep.index {
		slices.Sort(ids)
	}
	return rep, nil
}

// print writes the report: one line per kind with a count and examples.
func (r *doctorReport) print(w io.Writer) {
	if len(r.store) == 0 {
		fmt.Fprintf(w, "store: ok (%s, schema version %d)\n", plural(r.creators, "creator"), store.SchemaVersion)
	} else {
		byKind := map[string][]store.Problem{}
		for _, p := range r.store {
			byKind[p.Kind] = append(byKind[p.Kind], p)
		}
		fmt.Fprintf(w, "store: %s\n", plural(len(r.store), "problem"))
		for _, k := range sortedKeys(byKind) {
			ps := byKind[k]
			fix := "needs a person"
			if ps[0].Fixable {
				fix = "--fix repairs"
			}
			fmt.Fprintf(w, "  %-19s %5d  (%s)\n", k, len(ps), fix)
			for _, p := range ps[:min(len(ps), doctorExamples)] {
				fmt.Fprintf(w, "    %q: %s\n", p.Key, p.Detail)
			}
		}
	}
	for _, d := range r.leftovers {
		fmt.Fprintf(w, "index: leftover %s of an interrupted reindex (--fix removes it)\n", filepath.Base(d))
	}
	switch {
	case r.unusable != nil:
		fmt.Fprintf(w, "index: %s: %s (--fix rebuilds it)\n", docUnusable, describe(r.unusable))
	case len(r.index) == 0:
		fmt.Fprintf(w, "index: ok (every stored creator's document is current, none extra)\n")
	default:
		fmt.Fprintf(w, "index: %s (--fix re-indexes them)\n", plural(r.indexProblems(), "problem"))
		for _, k := range sortedKeys(r.index) {
			ids := r.index[k]
			more := ""
			if len(ids) > doctorExamples {
				more = fmt.Sprintf(" and %d more", len(ids)-doctorExamples)
			}
			fmt.Fprintf(w, "  %-19s %5d  %s%s\n", k, len(ids), strings.Join(ids[:min(len(ids), doctorExamples)], " "), more)
		}
	}
	r.printImages(w)
}

// printImages writes the image check's line and examples.
func (r *doctorReport) printImages(w io.Writer) {
	if len(r.imagesMissing) == 0 && len(r.imageOrphans) == 0 {
		fmt.Fprintf(w, "images: ok (%s, every one referred to, none missing)\n", plural(r.images, "file"))
		return
	}
	for _, p := range []struct {
		kind, fix string
		keys      []string
	}{
		{"images_missing", "the next crawl of the creator fetches them again", r.imagesMissing},
		{"images_orphaned", "--fix removes them", r.imageOrphans},
	} {
		if len(p.keys) == 0 {
			continue
		}
		more := ""
		if len(p.keys) > doctorExamples {
			more = fmt.Sprintf(" and %d more", len(p.keys)-doctorExamples)
		}
		fmt.Fprintf(w, "images: %-19s %5d  (%s) %s%s\n", p.kind, len(p.keys), p.fix, strings.Join(p.keys[:min(len(p.keys), doctorExamples)], " "), more)
	}
}

// printUpgrades lists the schema upgrades the store went through, with
// the copy of the file each one kept (and whether it is still there).
func printUpgrades(ctx context.Context, w io.Writer, db *store.DB) error {
	log, err := db.Upgrades(ctx)
	if err != nil {
		return err
	}
	for _, up := range log {
		kept := "kept as " + up.Backup
		if _, err := os.Stat(filepath.Join(db.Dir(), up.Backup)); err != nil {
			kept = up.Backup + " since removed"
		}
		fmt.Fprintf(w, "store: upgraded from schema version %d to %d on %s (the old file %s)\n",
			up.From, up.To, up.At.UTC().Format("2006-01-02 15:04 UTC"), kept)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// repairIndex re-indexes the missing, stale and unverifiable documents
// from the store and deletes the extra ones, in place.
func repairIndex(ctx context.Context, db *store.DB, path string, problems map[string][]string) (int, error) {
	idx, err := index.Open(path)
	if err != nil {
		return 0, err
	}
	defer idx.Close()
	idx.SetReviews(db)
	if err := idx.DeleteCreators(ctx, problems[docExtra]); err != nil {
		return 0, err
	}
	var ids []string
	for _, k := range []string{docMissing, docOutOfDate, docUnverifiable} {
		ids = append(ids, problems[k]...)
	}
	for start := 0; start < len(ids); start += reindexBatch {
		cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{IDs: ids[start:min(start+reindexBatch, len(ids))], WithPosts: true})
		if err != nil {
			return 0, err
		}
		if err := idx.IndexCreators(ctx, cs); err != nil {
			return 0, err
		}
	}
	return len(ids) + len(problems[docExtra]), idx.Close()
}

// rebuildIndex is scout reindex: build beside, then swap in.
func rebuildIndex(ctx context.Context, db *store.DB, path string) (int, error) {
	idx, err := index.Create(path)
	if err != nil {
		return 0, err
	}
	defer idx.Close()
	idx.SetReviews(db)
	n, err := reindex(ctx, db, idx)
	if err != nil {
		return n, err
	}
	return n, commitBuild(ctx, idx)
}
