package api

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Unicode bidirectional formatting characters are invisible and reorder
// the text around them: "Alice\u202Egnp.exe" shows as "Aliceexe.png", and
// an override in a creator's name can run on into the text the page puts
// after it. Creator text is hostile input, so the page treats them in two
// ways:
//
//   - the embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069), which can reorder whole runs, are never sent: every
//     one in a rendered page becomes a visible marker such as ⟨U+202E⟩;
//   - the marks (U+200E, U+200F, U+061C), which real right-to-left text
//     uses and which only move neutral characters, are kept, and every
//     element that shows creator text (names, handles, bios, posts,
//     excerpts, alert messages) carries dir="auto" or is a <bdi>, so that
//     what the text does stays inside it.
//
// Export cells lose them at their start (see stripLeadingBidi), where a
// spreadsheet would otherwise read "\u202E=cmd" as text that shows
// reversed.

// isBidiOverride reports whether r is an embedding, override or isolate
// control: the ones markBidi makes visible.
func isBidiOverride(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// isBidiControl reports whether r is any bidirectional formatting
// character: an override (isBidiOverride) or a mark (LRM, RLM, ALM).
func isBidiControl(r rune) bool {
	return isBidiOverride(r) || r == 0x200E || r == 0x200F || r == 0x061C
}

// markBidi returns page with every bidi override replaced by a visible
// marker (⟨U+202E⟩). The marker is plain text without markup characters,
// so it is safe in any context of the page (text, attribute values,
// <title>); the templates themselves contain no overrides, so every one
// replaced came from data. The overrides are E2 80 AA–AE and E2 81 A6–A9
// in UTF-8, so the scan only looks closer at 0xE2 bytes.
func markBidi(page []byte) []byte {
	var out []byte
	last := 0
	for i := 0; ; {
		j := bytes.IndexByte(page[i:], 0xE2)
		if j < 0 || i+j+2 >= len(page) {
			break
		}
		i += j
		if r, size := utf8.DecodeRune(page[i:]); isBidiOverride(r) {
			if out == nil {
				out = make([]byte, 0, len(page)+64)
			}
			out = append(out, page[last:i]...)
			out = fmt.Appendf(out, "⟨U+%04X⟩", r)
			i += size
			last = i
			continue
		}
		i++
	}
	if out == nil {
		return page
	}
	return append(out, page[last:]...)
}

// stripLeadingBidi removes the bidi controls from the start of an export
// cell, so a cell that only looks like a name
// cannot start with an invisible override, and so that NeutralizeCell sees
// the character a spreadsheet would show first.
func stripLeadingBidi(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isBidiControl(r) {
			break
		}
		i += size
	}
	if i == 0 {
		return s
	}
	return s[i:]
}
