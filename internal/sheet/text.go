package sheet

import "strings"

// lineBreaks returns s with every line break as "\n". CRLF and a lone CR
// become "\n"; so does the _x000D_ escape of a carriage return (as Excel
// writes it in a workbook's shared strings, and as a re-saved file may
// carry it into a CSV file), alone or followed by LF or CRLF. A lone CR
// after the escape is a second line break, as it is anywhere else.
func lineBreaks(s string) string {
	if !strings.ContainsRune(s, '\r') && !hasEscapedCR(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		switch {
		case s[i] == '\r':
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case s[i] == '_' && isEscapedCR(s[i:]):
			i += len("_x000D_")
			if strings.HasPrefix(s[i:], "\r\n") {
				i += 2
			} else if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// hasEscapedCR reports whether s holds the escape _x000D_ (hex digits in
// either case, as Excel reads them).
func hasEscapedCR(s string) bool {
	for {
		i := strings.Index(s, "_x000")
		if i < 0 {
			return false
		}
		if isEscapedCR(s[i:]) {
			return true
		}
		s = s[i+1:]
	}
}

// isEscapedCR reports whether s starts with _x000D_ or _x000d_.
func isEscapedCR(s string) bool {
	return len(s) >= 7 && (s[:7] == "_x000D_" || s[:7] == "_x000d_")
}
