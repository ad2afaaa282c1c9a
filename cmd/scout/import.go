package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/importer"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/target"
)

var importCommand = &command{
	name:    "import",
	usage:   "[flags] FILE.csv|FILE.jsonl...",
	summary: "import creators of platforms Scout does not crawl from CSV or JSON Lines exports",
	run:     runImport,
}

func runImport(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	asOf := fs.String("as-of", "", "when the export was taken (2026-01-31 or RFC 3339), for rows without as_of; default the file's modification time")
	format := fs.String("format", "", "csv or jsonl; default from each file's extension (.csv, .jsonl, .ndjson)")
	dryRun := fs.Bool("dry-run", false, "validate the files and report, but store nothing")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no files: give one or more .csv or .jsonl files")
	}
	var at time.Time
	if *asOf != "" {
		if at, err = parseAsOf(*asOf); err != nil {
			return usagef("--as-of: %v", err)
		}
	}
	if *format != "" && *format != string(importer.CSV) && *format != string(importer.JSONL) {
		return usagef("--format must be csv or jsonl")
	}

	// Every file is read and validated before anything is written, so a
	// bad row anywhere leaves the store as it was.
	var profiles []scout.Profile
	bad := 0
	for _, name := range files {
		ps, err := readImport(name, importer.Format(*format), at)
		var ie *importer.Error
		if errors.As(err, &ie) {
			for _, r := range ie.Rows {
				fmt.Fprintf(m.Stderr, "%s:%d: %s\n", name, r.Line, fieldMsg(r))
			}
			if ie.More > 0 {
				fmt.Fprintf(m.Stderr, "%s: %d more bad rows not shown\n", name, ie.More)
			}
			bad += len(ie.Rows) + ie.More
			continue
		}
		if err != nil {
			return err
		}
		profiles = append(profiles, ps...)
	}
	if bad > 0 {
		return fmt.Errorf("import: %s; nothing was imported", plural(bad, "bad row"))
	}
	posts := 0
	for _, p := range profiles {
		posts += len(p.Posts)
	}
	if *dryRun {
		fmt.Fprintf(m.Stderr, "import: %s valid: %s, %s (dry run, nothing stored)\n",
			plural(len(files), "file"), plural(len(profiles), "account"), plural(posts, "post"))
		return nil
	}

	a, err := m.openApp(ctx, *data)
	if err != nil {
		return err
	}
	defer a.Close()
	// Imported rows are not visits of a URL, so this Ingester keeps no
	// visit records; it stores, scores and indexes like a crawl's.
	// The crawl's ingester without visit records (an import fetched no
	// URL): same scoring, language detection, suppression and identity
	// merging as a crawl.
	ing := &ingest.Ingester{Creators: a.ing.Creators, Index: a.ing.Index, Scorer: a.ing.Scorer, Now: a.ing.Now,
		Suppressor: a.ing.Suppressor, Identity: a.ing.Identity, Languages: a.ing.Languages}
	done, suppressed := 0, 0
	for i := range profiles {
		p := &profiles[i]
		if gone, err := ing.IsSuppressed(ctx, target.ProfileSubjectKeys(p)...); err != nil {
			return fmt.Errorf("import: %w", err)
		} else if gone {
			suppressed++
			fmt.Fprintf(m.Stderr, "%s: skipped: the person asked to be forgotten\n", p.SourceURL)
			continue
		}
		p.FoundVia = []scout.FoundVia{{Kind: scout.FoundImport, Target: p.SourceURL, At: p.FetchedAt}}
		r := &scout.CrawlResult{URL: p.SourceURL, FetchedAt: p.FetchedAt, Profile: p}
		if err := ing.Ingest(ctx, r); err != nil {
			_ = ing.Flush(context.WithoutCancel(ctx))
			return fmt.Errorf("import: stored %d of %s before %s failed (importing the file again is safe): %w",
				done, plural(len(profiles), "account"), p.SourceURL, err)
		}
		done++
		crashPoint("import") // test-only (crashpoint.go)
	}
	if err := ing.Flush(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	total, _ := a.db.CountCreators(ctx)
	fmt.Fprintf(m.Stderr, "imported %s, %s from %s (store holds %s)\n",
		plural(len(profiles)-suppressed, "account"), plural(posts, "post"), plural(len(files), "file"), plural(total, "creator"))
	return nil
}

// readImport reads and validates one file. Rows without as_of are dated
// at (or, when zero, the file's modification time, so importing the same
// file twice adds no second snapshot).
func readImport(name string, f importer.Format, at time.Time) ([]scout.Profile, error) {
	if f == "" {
		var err error
		if f, err = importer.FormatOf(name); err != nil {
			return nil, usagef("%v (or give --format)", err)
		}
	}
	file, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer file.Close()
	if at.IsZero() {
		st, err := file.Stat()
		if err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		at = st.ModTime().UTC().Truncate(time.Second)
	}
	return importer.Read(file, f, importer.Options{Name: filepath.Base(name), AsOf: at})
}

func fieldMsg(r importer.RowError) string {
	if r.Field == "" {
		return r.Msg
	}
	return r.Field + ": " + r.Msg
}

// parseAsOf reads a date or an RFC 3339 time.
func parseAsOf(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (2026-01-31) or an RFC 3339 time", s)
	}
	return t.UTC(), nil
}
