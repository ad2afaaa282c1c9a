// Package bench holds Scout's benchmark programs. They are programs, not
// timed tests: each prints a Markdown table for README. bench/search
// measures search over 100,000 generated creators through the HTTP API and
// directly on the index.
package bench
