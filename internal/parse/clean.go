package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/sfiakit/sfiakit/internal/clean"
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
// control characters and invisible marks listed in clean.Forbidden.
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
		if j := strings.IndexFunc(r, clean.Forbidden); j >= 0 {
			c, _ := utf8.DecodeRuneInString(r[j:])
			return nil, errorf(file, n, "expected text, found the control or invisible character %U at column %d", c, utf8.RuneCountInString(r[:j])+1)
		}
		out = append(out, line{n: n, text: clean.Text(r)})
	}
	return out, nil
}
