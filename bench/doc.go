// Package bench holds Scout's benchmark programs. They are programs, not
// timed tests: each prints a Markdown table for README. bench/search
// measures search over 100,000 generated creators through the HTTP API and
// directly on the index; bench/load drives the API at a constant request
// rate while a crawl writes to the same store; bench/crawl measures the
// crawler's politeness across many hosts and its memory over a 200,000-URL
// frontier crawl; bench/fairuse measures what one key's 40 parallel
// exports do to other keys' searches, with and without the fair-use limits. bench/gen is the code they share: the creator generator,
// the corpus builder and the generated profile pages.
package bench
