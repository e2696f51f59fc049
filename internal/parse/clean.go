package parse

import (
	"strings"

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
		if f, ok := clean.FirstFault(r); ok {
			if f.Invalid {
				return nil, errorf(file, n, "expected UTF-8 text, found the byte %#x at column %d", f.Byte, f.Column)
			}
			return nil, errorf(file, n, "expected text, found the control or invisible character %U at column %d", f.Char, f.Column)
		}
		out = append(out, line{n: n, text: clean.Text(r)})
	}
	return out, nil
}
