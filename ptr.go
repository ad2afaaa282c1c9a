package scout

// Int64 returns a pointer to v. Counts that are not known are nil (null in
// JSON), never 0, so known counts are built with this function.
func Int64(v int64) *int64 { return &v }

// Float64 returns a pointer to v, for rates that may be unknown.
func Float64(v float64) *float64 { return &v }

// String returns a pointer to v, or nil when v is empty, for optional text
// such as a creator's language or country.
func String(v string) *string {
	if v == "" {
		return nil
	}
	return &v
}
