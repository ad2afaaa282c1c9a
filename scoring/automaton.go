package scoring

// acAlphabet is the automaton's alphabet: a–z, 0–9, the word separator and
// one symbol for every other byte. Lexicon patterns are normalized to
// a–z, 0–9 and spaces, so any other byte only ever resets a match.
const (
	acSpace   = 36
	acOther   = 37
	acSymbols = 38
)

var acSym = func() (m [256]uint8) {
	for i := range m {
		m[i] = acOther
	}
	for c := 'a'; c <= 'z'; c++ {
		m[c] = uint8(c - 'a')
	}
	for c := '0'; c <= '9'; c++ {
		m[c] = uint8(26 + c - '0')
	}
	m[' '] = acSpace
	return m
}()

// automaton is an Aho–Corasick automaton compiled to a dense DFA: one
// table lookup per byte of text, whatever the number of patterns, so a
// post is scanned once for the whole lexicon.
type automaton struct {
	// delta maps state*acSymbols + symbol to next<<1 | 1 if a pattern
	// ends in next: one load per byte says both where to go and whether
	// to look at out.
	delta []int32
	// delta16 is delta in half the bytes when the states fit (fewer than
	// 32,768): the table is read at random, and a smaller one stays in
	// cache. nil when they do not fit.
	delta16 []uint16
	// outPat[outAt[s]:outAt[s+1]] are the patterns ending in state s
	// (including by failure links): flat arrays without pointers, which
	// the garbage collector need not scan.
	outAt  []int32
	outPat []int32
	out    [][]int32 // outPat by state, while compiling
}

// newAutomaton compiles patterns (strings over the alphabet).
func newAutomaton(patterns []string) *automaton {
	a := &automaton{}
	a.delta = make([]int32, acSymbols, acSymbols*1024)
	for i := range a.delta {
		a.delta[i] = -1
	}
	a.out = [][]int32{nil}
	for pi, p := range patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int32(acSym[p[i]])
			next := a.delta[s*acSymbols+c]
			if next < 0 {
				next = int32(len(a.out))
				a.out = append(a.out, nil)
				for k := 0; k < acSymbols; k++ {
					a.delta = append(a.delta, -1)
				}
				a.delta[s*acSymbols+c] = next
			}
			s = next
		}
		a.out[s] = append(a.out[s], int32(pi))
	}
	// Breadth-first: failure links, then fill missing transitions from the
	// failure state so the table is a complete DFA.
	fail := make([]int32, len(a.out))
	queue := make([]int32, 0, len(a.out))
	order := make([]int32, 1, len(a.out)) // the states breadth-first, root first
	for c := 0; c < acSymbols; c++ {
		if n := a.delta[c]; n > 0 {
			fail[n] = 0
			queue = append(queue, n)
		} else {
			a.delta[c] = 0
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		order = append(order, s)
		if f := fail[s]; len(a.out[f]) > 0 {
			a.out[s] = append(a.out[s], a.out[f]...)
		}
		for c := int32(0); c < acSymbols; c++ {
			n := a.delta[s*acSymbols+c]
			if n >= 0 {
				fail[n] = a.delta[fail[s]*acSymbols+c]
				queue = append(queue, n)
			} else {
				a.delta[s*acSymbols+c] = a.delta[fail[s]*acSymbols+c]
			}
		}
	}
	a.renumber(order)
	for i, n := range a.delta {
		a.delta[i] = n << 1
		if len(a.out[n]) > 0 {
			a.delta[i] |= 1
		}
	}
	if len(a.out) < 1<<15 {
		a.delta16 = make([]uint16, len(a.delta))
		for i, e := range a.delta {
			a.delta16[i] = uint16(e)
		}
		a.delta = nil
	}
	a.outAt = make([]int32, len(a.out)+1)
	for s, ps := range a.out {
		a.outPat = append(a.outPat, ps...)
		a.outAt[s+1] = int32(len(a.outPat))
	}
	a.out = nil
	return a
}

// renumber gives the states new numbers in the given (breadth-first)
// order. A text's words leave the root for a few letters and fall back,
// so the shallow states take most of the lookups: numbered first, their
// rows of the table sit together and stay in cache, while the deep ones,
// which a scan rarely reaches, share the rest.
func (a *automaton) renumber(order []int32) {
	perm := make([]int32, len(a.out))
	for i, s := range order {
		perm[s] = int32(i)
	}
	delta := make([]int32, len(a.delta))
	out := make([][]int32, len(a.out))
	for i, s := range order {
		for c := 0; c < acSymbols; c++ {
			delta[i*acSymbols+c] = perm[a.delta[int(s)*acSymbols+c]]
		}
		out[i] = a.out[s]
	}
	a.delta, a.out = delta, out
}

// scan appends to hits every occurrence of every pattern in s, as
// pattern<<32 | end, end being the byte offset just after the occurrence.
func (a *automaton) scan(s []byte, hits []uint64) []uint64 {
	if a.delta16 != nil {
		return a.scan16(s, hits)
	}
	st := int32(0)
	delta := a.delta
	for i, b := range s {
		e := delta[st*acSymbols+int32(acSym[b])]
		st = e >> 1
		if e&1 != 0 {
			for _, p := range a.outPat[a.outAt[st]:a.outAt[st+1]] {
				hits = append(hits, uint64(p)<<32|uint64(i+1))
			}
		}
	}
	return hits
}

// scan16 is scan over delta16.
func (a *automaton) scan16(s []byte, hits []uint64) []uint64 {
	st := uint32(0)
	delta := a.delta16
	for i, b := range s {
		e := delta[st*acSymbols+uint32(acSym[b])]
		st = uint32(e >> 1)
		if e&1 != 0 {
			for _, p := range a.outPat[a.outAt[st]:a.outAt[st+1]] {
				hits = append(hits, uint64(p)<<32|uint64(i+1))
			}
		}
	}
	return hits
}
