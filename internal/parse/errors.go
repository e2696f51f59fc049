package parse

import "fmt"

// An Error is a problem in one input file. Its message names the file,
// the line (when there is one), what was expected and what was found.
type Error struct {
	File string // the file as the caller named it ("seeds/000_f93c0a31eadc8278.txt")
	Line int    // 1-based; 0 when the problem is the file as a whole
	Msg  string
}

// Error returns "FILE:LINE: message", or "FILE: message" without a line.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
