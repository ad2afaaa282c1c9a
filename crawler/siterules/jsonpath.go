package siterules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// pathStep is one step of a JSON path: an optional object key, then an
// optional array operation.
type pathStep struct {
	key    string
	op     byte // 0 (none), '*' (every element), '#' (index), '=' (filter)
	index  int
	fkey   string
	fvalue string
}

// parseJSONPath compiles the small path language rules use to read embedded
// JSON (Next.js __NEXT_DATA__, hydration blobs):
//
//	a.b.c          object keys
//	links[].url    every element of an array
//	items[0]       one element
//	[kind=user].x  the elements whose "kind" is "user" (compared as text)
//
// Keys are letters, digits, "_", "-" and "$"; a step may start with its
// array operation when the value is an array.
func parseJSONPath(s string) ([]pathStep, error) {
	bad := func(why string) error { return fmt.Errorf("json path %q: %s", s, why) }
	if s == "" {
		return nil, bad("empty")
	}
	var steps []pathStep
	for _, part := range strings.Split(s, ".") {
		var st pathStep
		key, arr, hasArr := strings.Cut(part, "[")
		for _, c := range key {
			if !(c == '_' || c == '-' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return nil, bad("key " + strconv.Quote(key) + " has a character outside [A-Za-z0-9_$-]")
			}
		}
		st.key = key
		if hasArr {
			inner, ok := strings.CutSuffix(arr, "]")
			if !ok || strings.ContainsAny(inner, "[]") {
				return nil, bad("unbalanced [ ] in " + strconv.Quote(part))
			}
			switch {
			case inner == "":
				st.op = '*'
			case strings.Contains(inner, "="):
				st.op = '='
				st.fkey, st.fvalue, _ = strings.Cut(inner, "=")
				if st.fkey == "" {
					return nil, bad("filter without a key in " + strconv.Quote(part))
				}
			default:
				n, err := strconv.Atoi(inner)
				if err != nil || n < 0 {
					return nil, bad("index " + strconv.Quote(inner) + " is not a non-negative number")
				}
				st.op, st.index = '#', n
			}
		} else if key == "" {
			return nil, bad("empty step")
		}
		steps = append(steps, st)
	}
	if len(steps) > maxJSONPathSteps {
		return nil, bad(fmt.Sprintf("%d steps, limit %d", len(steps), maxJSONPathSteps))
	}
	return steps, nil
}

// maxJSONBytes bounds the embedded JSON a rule decodes, and maxJSONValues the
// values one path returns.
const (
	maxJSONBytes  = 4 << 20
	maxJSONValues = 200
)

// evalJSONPath decodes raw and returns the text of every string or number the
// path reaches, in document order. Anything else (objects, booleans, nulls)
// is skipped; malformed or oversized JSON gives nothing.
func evalJSONPath(raw string, steps []pathStep) []string {
	if len(raw) > maxJSONBytes {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(raw)))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil
	}
	cur := []any{root}
	for _, st := range steps {
		var next []any
		for _, v := range cur {
			if st.key != "" {
				m, ok := v.(map[string]any)
				if !ok {
					continue
				}
				if v, ok = m[st.key]; !ok {
					continue
				}
			}
			if st.op == 0 {
				next = append(next, v)
				continue
			}
			arr, ok := v.([]any)
			if !ok {
				continue
			}
			switch st.op {
			case '*':
				next = append(next, arr...)
			case '#':
				if st.index < len(arr) {
					next = append(next, arr[st.index])
				}
			case '=':
				for _, e := range arr {
					if m, ok := e.(map[string]any); ok && scalarText(m[st.fkey]) == st.fvalue {
						next = append(next, e)
					}
				}
			}
			if len(next) > maxJSONValues {
				next = next[:maxJSONValues]
			}
		}
		cur = next
	}
	var out []string
	for _, v := range cur {
		if s := scalarText(v); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// scalarText is the text of a JSON string or number, else "".
func scalarText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case json.Number:
		return t.String()
	}
	return ""
}
