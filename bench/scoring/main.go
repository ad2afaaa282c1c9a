// Command scoring measures the scorer on the blind labelled evaluation set
// (testdata/eval, see its CONVENTIONS.md) and prints, per batch, a Markdown
// table of true and false positives and negatives, precision and recall
// for every flag and GARM category.
//
//	go run ./bench/scoring                 # every batch
//	go run ./bench/scoring -batch dev -v   # one batch, with every miss
//	go run ./bench/scoring -batch holdout -check  # load and count, never score
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/scoring/scoringeval"
)

func main() {
	dir := flag.String("dir", "testdata/eval", "the evaluation set")
	batch := flag.String("batch", "", "one batch (dev, validation or holdout); default all")
	verbose := flag.Bool("v", false, "list every miss with its case and classes")
	only := flag.String("target", "", "list misses of this target only (with -v)")
	check := flag.Bool("check", false, "only load the cases and count positives and hard negatives per target, without scoring them")
	flag.Parse()
	batches := scoringeval.Batches
	if *batch != "" {
		batches = []string{*batch}
	}
	do := func() error { return run(os.Stdout, *dir, batches, *verbose, *only) }
	if *check {
		do = func() error { return count(os.Stdout, *dir, batches) }
	}
	if err := do(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dir string, batches []string, verbose bool, only string) error {
	fmt.Fprintf(w, "Scoring evaluation, %s; brand_safety %s, engagement_quality %s, lexicon %s\n\n",
		time.Now().UTC().Format("2006-01-02"), scoring.VersionBrandSafety, scoring.VersionEngagementQuality, scoring.LexiconVersion)
	for _, b := range batches {
		cases, err := scoringeval.Load(filepath.Join(dir, b))
		if err != nil {
			return err
		}
		start := time.Now()
		r := scoringeval.Evaluate(b, cases)
		pass := 0
		fmt.Fprintf(w, "### %s batch: %d creators (scored in %v)\n\n", b, r.Cases, time.Since(start).Round(time.Millisecond))
		fmt.Fprintln(w, "| target | positives | hard negatives | TP | FP | FN | precision | recall |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
		for _, t := range scoringeval.Targets() {
			n := r.Counts[t]
			mark := ""
			if r.Passing(t, 0.9) {
				pass++
			} else {
				mark = " ✗"
			}
			fmt.Fprintf(w, "| `%s`%s | %d | %d | %d | %d (%d hard) | %d | %.2f | %.2f |\n",
				t, mark, n.Pos, n.HardNeg, n.TP, n.FP, n.HardFP, n.FN, n.Precision(), n.Recall())
		}
		fmt.Fprintf(w, "\n%d of %d targets reach precision and recall ≥ 0.9.\n\n", pass, len(scoringeval.Targets()))
		if verbose {
			for _, m := range r.Misses {
				if only != "" && m.Target != only {
					continue
				}
				kind := "FN"
				if !m.Want {
					kind = "FP"
				}
				detail := ""
				if m.Flag != nil {
					detail = " — " + m.Flag.Message
				}
				fmt.Fprintf(w, "- %s %s %s [%s]%s\n  %s\n", kind, m.Target, m.Case, strings.Join(m.Classes, ", "), detail, m.Why)
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

// count loads each batch and prints how many positives and hard negatives
// it holds per target, so whoever writes a batch can check its coverage
// without seeing how the scorer does on it.
func count(w io.Writer, dir string, batches []string) error {
	for _, b := range batches {
		cases, err := scoringeval.Load(filepath.Join(dir, b))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "### %s batch: %d creators, all labels complete\n\n", b, len(cases))
		fmt.Fprintln(w, "| target | positives | hard negatives |")
		fmt.Fprintln(w, "|---|---|---|")
		for _, t := range scoringeval.Targets() {
			pos, hard := 0, 0
			for i := range cases {
				want, measured := cases[i].Expected(t)
				switch {
				case !measured:
				case want:
					pos++
				case cases[i].HardNegative(t):
					hard++
				}
			}
			fmt.Fprintf(w, "| `%s` | %d | %d |\n", t, pos, hard)
		}
		fmt.Fprintln(w)
	}
	return nil
}
