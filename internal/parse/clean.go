package parse

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A line is one line of an input file after clean-up.
type line struct {
	n    int    // 1-based line number in the file
	text string // cleaned; "" for a blank line
}

// cleanLines splits data into lines and cleans each one, so that text
// pasted from a web page reads the same as the clean seed: it drops a
// leading byte order mark, reads CRLF and CR as LF, turns non-breaking
// spaces and tabs into spaces, folds runs of spaces into one, trims both
// ends, and normalises to NFC. It rejects bytes that are not UTF-8 and the
// control characters and invisible marks listed in forbiddenRune.
func cleanLines(file string, data []byte) ([]line, error) {
	s := string(data)
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raw := strings.Split(s, "\n")
	out := make([]line, 0, len(raw))
	for i, r := range raw {
		n := i + 1
		if !utf8.ValidString(r) {
			col := 0
			for col < len(r) {
				c, size := utf8.DecodeRuneInString(r[col:])
				if c == utf8.RuneError && size <= 1 {
					break
				}
				col += size
			}
			return nil, errorf(file, n, "expected UTF-8 text, found the byte %#x at column %d", r[col], utf8.RuneCountInString(r[:col])+1)
		}
		if j := strings.IndexFunc(r, forbiddenRune); j >= 0 {
			c, _ := utf8.DecodeRuneInString(r[j:])
			return nil, errorf(file, n, "expected text, found the control or invisible character %U at column %d", c, utf8.RuneCountInString(r[:j])+1)
		}
		out = append(out, line{n: n, text: cleanText(r)})
	}
	return out, nil
}

// cleanText folds white space and normalises s to NFC.
func cleanText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\u00A0', '\u2007', '\u202F':
			return ' '
		}
		return r
	}, s)
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// forbiddenRune reports the characters a seed may not hold: C0 and C1
// controls other than tab (NUL among them), the Unicode bidi embedding,
// override and isolate controls (U+202A-U+202E, U+2066-U+2069), the
// zero-width space and word joiner (U+200B, U+2060), a byte order mark
// anywhere but at the start of the file (U+FEFF), and the line and
// paragraph separators (U+2028, U+2029). None of them belongs in SFIA
// text, and bidi controls can make code review lie (CVE-2021-42574), so the
// generator stops rather than carry them on. The joiners and marks that
// real text in some scripts needs (U+200C-U+200F, U+061C) are kept; the
// generator writes them as escapes.
func forbiddenRune(r rune) bool {
	switch {
	case r == '\t':
		return false
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}
