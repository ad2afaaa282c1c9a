// Package browsertest drives Scout's web page in a real browser: headless
// Chromium through the DevTools protocol (chromedp), against a server on a
// store filled by crawling the sample creator web, exactly as `scout demo`
// does. Its tests do what a brand team does — search, filter by a facet,
// open a creator, read a score's explanation, build a shortlist, change a
// stage, export CSV — and prove hostile creator text stays inert.
//
// It lives apart from package api because it needs the store, the index,
// the scorer and the crawler together, which api may not import (they
// meet only in cmd/scout and here, in tests).
//
// The tests skip when no Chromium is installed, except under CI=true,
// where a missing browser fails them. Set SCOUT_CHROMIUM to choose the
// binary and SCOUT_SCREENSHOTS to keep each test's screenshot in a
// directory. `go test ./browsertest -run TestScreenshots -update-screenshots`
// rewrites docs/screenshots/search.png and creator.png.
package browsertest
