// Package crawltest holds the test fixtures that the tests of the crawler
// core and of every source package share: loopback fixture servers that log
// what they are asked (MustFetchServer, APIFixture), the fetch fixtures they
// serve, fake extractors and sinks, a fast fetch configuration, a crawl
// through a real Crawler (MustCrawl), golden files (MustMatchGolden, with
// -update) and the adapter fuzzer.
//
// It is imported by _test files only. It knows the crawler core's exported
// API and nothing of any source's internals; each source keeps its own
// fixtures under its own testdata.
package crawltest
