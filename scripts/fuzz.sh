#!/bin/sh
# fuzz.sh runs every fuzz target in the module for FUZZTIME each (30s by
# default), one after another, and stops at the first crash. A crash leaves
# its input in the package's testdata/fuzz/FuzzX/; commit it with the fix
# so that `go test` replays it from then on. Not run by CI: the seed
# corpora run as ordinary tests there.
#
#   scripts/fuzz.sh                    # every target, 30 s each
#   FUZZTIME=20s scripts/fuzz.sh       # shorter
#   scripts/fuzz.sh ./index ./importer # only these packages
#
# FUZZMINIMIZETIME (default 2s) bounds how long a worker shrinks each new
# interesting input; Go's default of 60 s spends a short run's whole budget
# minimizing for the adapter targets, whose every execution is an HTTP
# exchange.
set -eu
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-30s}
minimize=${FUZZMINIMIZETIME:-2s}
pkgs=${*:-./...}
for pkg in $(go list $pkgs); do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	targets=$(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u || true)
	for t in $targets; do
		echo "== $pkg $t ($fuzztime)"
		go test -run='^$' -fuzz="^$t\$" -fuzztime="$fuzztime" -fuzzminimizetime="$minimize" "$pkg"
	done
done
