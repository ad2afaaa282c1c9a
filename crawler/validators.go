package crawler

import (
	"container/list"
	"sync"

	"github.com/scout-oss/scout"
)

// RevalidateHeader marks a GET as a conditional one: the Transport removes
// it, adds If-None-Match / If-Modified-Since from its Validators, and stores
// the validators of a complete 200 answer. The crawl loop marks its page
// fetches; adapters that can use a 304 may mark theirs. Unmarked requests
// are sent as they are, so a client that does not expect a 304 never gets
// one it did not ask for.
const RevalidateHeader = "X-Scout-Revalidate"

// Validators keeps each URL's ETag and Last-Modified between crawls, so that
// an unchanged page costs a 304 instead of a download and a re-extraction.
// Implementations must be safe for concurrent use. MemValidators keeps them
// in memory; a store-backed one lets them outlive the process.
type Validators interface {
	// Get returns the validators last stored for url; ok is false when
	// there are none.
	Get(url string) (etag, lastModified string, ok bool)
	// Put stores url's validators; both empty forgets url.
	Put(url, etag, lastModified string)
}

// MemValidators is an in-memory Validators holding at most max URLs; the
// least recently used is forgotten first, so a long crawl's memory stays
// bounded (about 200 bytes a URL).
type MemValidators struct {
	max int

	mu    sync.Mutex
	items map[string]*list.Element
	lru   *list.List // of *validatorsItem, front = most recent
}

var _ Validators = (*MemValidators)(nil)

type validatorsItem struct {
	url, etag, lastModified string
}

// NewMemValidators returns an empty MemValidators for at most max URLs
// (DefaultMaxValidators when max <= 0).
func NewMemValidators(max int) *MemValidators {
	if max <= 0 {
		max = DefaultMaxValidators
	}
	return &MemValidators{max: max, items: make(map[string]*list.Element), lru: list.New()}
}

// Get implements Validators.
func (m *MemValidators) Get(url string) (etag, lastModified string, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.items[url]
	if !ok {
		return "", "", false
	}
	m.lru.MoveToFront(e)
	it := e.Value.(*validatorsItem)
	return it.etag, it.lastModified, true
}

// Put implements Validators.
func (m *MemValidators) Put(url, etag, lastModified string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.items[url]; ok {
		if etag == "" && lastModified == "" {
			m.lru.Remove(e)
			delete(m.items, url)
			return
		}
		it := e.Value.(*validatorsItem)
		it.etag, it.lastModified = etag, lastModified
		m.lru.MoveToFront(e)
		return
	}
	if etag == "" && lastModified == "" {
		return
	}
	m.items[url] = m.lru.PushFront(&validatorsItem{url: url, etag: etag, lastModified: lastModified})
	for len(m.items) > m.max {
		e := m.lru.Back()
		m.lru.Remove(e)
		delete(m.items, e.Value.(*validatorsItem).url)
	}
}

// Len is how many URLs m holds.
func (m *MemValidators) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.items)
}

// maxStaged bounds the staged validators; past it they are dropped, which
// only costs the next crawl a full download instead of a 304.
const maxStaged = 10_000

// stagedValidators holds the validators of 200 responses whose crawl
// results the sink has not committed yet. They reach the Validators store
// only after the commit, so a crash between reading a page and storing what
// it said cannot leave a validator without its data: the next crawl would
// get a 304 with nothing stored to stand for the page.
type stagedValidators struct {
	mu sync.Mutex
	m  map[string][2]string
}

func (s *stagedValidators) stage(url, etag, lastMod string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil || len(s.m) >= maxStaged {
		s.m = make(map[string][2]string)
	}
	s.m[url] = [2]string{etag, lastMod}
}

// take removes and returns url's staged validators.
func (s *stagedValidators) take(url string) (etag, lastMod string, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[url]
	delete(s.m, url)
	return v[0], v[1], ok
}

// Validator is one URL's ETag and Last-Modified as a fetch read them. A
// fleet worker hands them over with its result (Delivery.Validators), and
// the ingester stores them only once it has committed the result, as
// Transport.commit does in one process.
type Validator struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// takeValidators removes and returns the staged validators of r's URLs.
func (t *Transport) takeValidators(r *scout.CrawlResult) []Validator {
	var out []Validator
	for _, u := range resultURLs(r) {
		if etag, lastMod, ok := t.staged.take(u); ok {
			out = append(out, Validator{URL: u, ETag: etag, LastModified: lastMod})
		}
	}
	return out
}
