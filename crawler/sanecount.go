package crawler

// saneCount is n when it is a count an account could have, and nil (no
// count) when a hostile or broken server sent a negative number or one
// beyond maxCount. Platform APIs hand counts over as JSON numbers, which
// skip ParseCount's checks; the adapters pass them through here instead.
func saneCount(n *int64) *int64 {
	if n == nil || *n < 0 || *n > maxCount {
		return nil
	}
	return n
}
