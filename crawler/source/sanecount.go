package source

// SaneCount is n when it is a count an account could have, and nil (no
// count) when a hostile or broken server sent a negative number or one
// beyond MaxCount. Platform APIs hand counts over as JSON numbers, which
// skip ParseCount's checks; the adapters pass them through here instead.
func SaneCount(n *int64) *int64 {
	if n == nil || *n < 0 || *n > MaxCount {
		return nil
	}
	return n
}
