// Package clean holds the text clean-up that every reader of inputs
// applies, so that page copies and spreadsheets give the same text:
// white space folded, NFC, and the characters no SFIA text may hold.
package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text folds white space (tabs, non-breaking and other fixed-width
// spaces, runs of spaces) into single spaces, trims both ends and
// normalises s to NFC.
func Text(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\u00A0', '\u2007', '\u202F':
			return ' '
		}
		return r
	}, s)
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// Forbidden reports the characters an input may not hold: C0 and C1
// controls other than tab (NUL among them), the Unicode bidi embedding,
// override and isolate controls (U+202A-U+202E, U+2066-U+2069), the
// zero-width space and word joiner (U+200B, U+2060), a byte order mark
// anywhere but at the start of the file (U+FEFF), and the line and
// paragraph separators (U+2028, U+2029). None of them belongs in SFIA
// text, and bidi controls can make code review lie (CVE-2021-42574), so
// the generator stops rather than carry them on. The joiners and marks
// that real text in some scripts needs (U+200C-U+200F, U+061C) are kept;
// the generator writes them as escapes. A reader that splits lines
// itself checks the line's text without its line breaks.
func Forbidden(r rune) bool {
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

// EndsSentence reports whether s ends with a sentence's final
// punctuation, as every SFIA level text does, allowing closing quotes and
// brackets after it, and the space French typography puts before a
// closing guillemet ("« Zorps. »"). Readers use it to catch a text cut
// off.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, "\"')]»”’ ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '؟', '…', '。', '।':
		return true
	}
	return false
}

// Tail returns the last n runes of s, after "..." where it cut: the end
// of a text, for an error message.
func Tail(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return "..." + string(r[len(r)-n:])
}

// A Fault is the first thing in a line of input that no text may hold:
// a byte that is not UTF-8, or a character Forbidden reports.
type Fault struct {
	Column  int  // 1-based, in runes
	Byte    byte // the byte that is not UTF-8, or 0
	Char    rune // the forbidden character, where Byte is 0
	Invalid bool // whether it is a byte that is not UTF-8
}

// FirstFault returns the first fault of line s, and whether it has one.
// Every reader checks its lines with it before Text, and words the error
// for its own positions (a file's line, a cell's line).
func FirstFault(s string) (Fault, bool) {
	for i, col := 0, 1; i < len(s); col++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return Fault{Column: col, Byte: s[i], Invalid: true}, true
		case Forbidden(r):
			return Fault{Column: col, Char: r}, true
		}
		i += size
	}
	return Fault{}, false
}
