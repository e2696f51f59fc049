package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// ReadCSV reads the CSV save of one sheet: comma-separated records, as
// RFC 4180 and Excel write them. name is the file's name as positions
// and errors show it; enc says how to decode data.
//
// Records may end with CRLF or LF, mixed in one file; a quoted cell may
// span lines and hold CRLF, LF or a lone CR, which all become "\n", as
// does the _x000D_ escape of a carriage return (see [Row]). Row.N,
// Row.Lines and Row.Cols give where each record and cell starts. A blank
// line is kept as a row of one empty cell, and a record of empty cells as
// it is, unless they come after the last non-empty record.
//
// An error names the file, line and column, as
// "FILE:LINE:COLUMN: expected ..., found ...": a byte that enc cannot
// decode (or a NUL byte, as a UTF-16 file has), a " inside an unquoted
// cell, a quoted cell that is not closed or is followed by more than a
// comma or a line break.
func ReadCSV(name string, data []byte, enc Encoding) (*Table, error) {
	text, err := decode(name, data, enc)
	if err != nil {
		return nil, err
	}
	starts := lineStarts(text)
	cc := &columnCounter{text: text, starts: starts}
	t := &Table{File: name}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	next := 1 // the line after the last record read
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, text, starts, err)
		}
		if len(rec) == 0 {
			continue
		}
		row := Row{Cells: make([]string, len(rec)), Lines: make([]int, len(rec)), Cols: make([]int, len(rec))}
		for i, cell := range rec {
			line, col := r.FieldPos(i)
			row.Cells[i] = lineBreaks(cell)
			row.Lines[i] = line
			row.Cols[i] = cc.column(line, col)
		}
		row.N = row.Lines[0]
		// encoding/csv skips blank lines: they are rows too.
		for l := next; l < row.N; l++ {
			t.Rows = append(t.Rows, Row{Cells: []string{""}, N: l, Lines: []int{l}, Cols: []int{1}})
		}
		t.Rows = append(t.Rows, row)
		next = lineOf(starts, int(r.InputOffset()))
	}
	t.Rows = dropEmptyTail(t.Rows)
	return t, nil
}

// dropEmptyTail returns rows without the empty rows at their end.
func dropEmptyTail(rows []Row) []Row {
	n := len(rows)
	for n > 0 && isEmpty(rows[n-1]) {
		n--
	}
	return rows[:n]
}

// isEmpty reports whether every cell of row is "".
func isEmpty(row Row) bool {
	for _, c := range row.Cells {
		if c != "" {
			return false
		}
	}
	return true
}

var (
	utf8BOM = []byte("\xEF\xBB\xBF")
	// UTF-16 byte order marks, little and big endian.
	utf16LE = []byte("\xFF\xFE")
	utf16BE = []byte("\xFE\xFF")
)

// decode returns data decoded as enc says, or an error naming the first
// byte it cannot decode.
func decode(name string, data []byte, enc Encoding) (string, error) {
	switch enc {
	case Detect:
		if bytes.HasPrefix(data, utf8BOM) {
			return utf8Text(name, data[len(utf8BOM):], "expected UTF-8 text (the file starts with a UTF-8 byte order mark)")
		}
		if bytes.HasPrefix(data, utf16LE) || bytes.HasPrefix(data, utf16BE) {
			return "", fmt.Errorf("%s:1:1: expected UTF-8 or Windows-1252 text, found a UTF-16 byte order mark (save the sheet as CSV UTF-8)", name)
		}
		if utf8.Valid(data) {
			return utf8Text(name, data, "expected UTF-8 text")
		}
		return windows1252Text(name, data, "expected UTF-8 or Windows-1252 text")
	case UTF8:
		return utf8Text(name, bytes.TrimPrefix(data, utf8BOM), "expected UTF-8 text")
	case Windows1252:
		if bytes.HasPrefix(data, utf8BOM) {
			return "", fmt.Errorf("%s:1:1: expected Windows-1252 text, found a UTF-8 byte order mark (the file is UTF-8)", name)
		}
		return windows1252Text(name, data, "expected a Windows-1252 character")
	}
	return "", fmt.Errorf("%s: expected the encoding Detect, UTF8 or Windows1252, found Encoding(%d)", name, int(enc))
}

// utf8Text returns data as a string after checking that it is UTF-8 text
// without NUL bytes; expected begins the error message for an invalid
// byte.
func utf8Text(name string, data []byte, expected string) (string, error) {
	for i := 0; i < len(data); {
		if b := data[i]; b < utf8.RuneSelf {
			if b == 0 {
				return "", byteError(name, data, i, true, "expected text")
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return "", byteError(name, data, i, true, expected)
		}
		i += size
	}
	return string(data), nil
}

// windows1252Text returns data decoded from Windows-1252 after checking
// that it holds neither NUL bytes nor one of the five bytes the encoding
// leaves undefined (which the decoder would turn into U+FFFD silently);
// expected begins the error message for such a byte.
func windows1252Text(name string, data []byte, expected string) (string, error) {
	for i, b := range data {
		switch b {
		case 0:
			return "", byteError(name, data, i, false, "expected text")
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return "", byteError(name, data, i, false, expected)
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil { // cannot happen: every other byte is defined
		return "", fmt.Errorf("%s: decoding Windows-1252: %w", name, err)
	}
	return string(out), nil
}

// byteError returns the error for the byte data[i], naming its line and
// column; utf8Line says whether the bytes before it on its line are UTF-8
// (or one byte a character).
func byteError(name string, data []byte, i int, utf8Line bool, expected string) error {
	line := bytes.Count(data[:i], []byte{'\n'}) + 1
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	col := i - start + 1
	if utf8Line {
		col = utf8.RuneCount(data[start:i]) + 1
	}
	return fmt.Errorf("%s:%d:%d: %s, found the byte 0x%02X", name, line, col, expected, data[i])
}

// lineStarts returns the offset in text where each line starts: 0, then
// the offset after each "\n".
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf returns the line (1-based) that holds offset off.
func lineOf(starts []int, off int) int {
	return sort.SearchInts(starts, off+1)
}

// A columnCounter turns the columns of encoding/csv (1-based, in bytes
// of the line) into columns in characters. It counts on from the last
// column asked for when the next is further on the same line, so that
// reading a line of many cells takes time in proportion to its length.
type columnCounter struct {
	text   string
	starts []int // lineStarts(text)
	// The last column asked for: its line, its offset in text and its
	// column in characters.
	line, off, col int
}

// column returns the column in characters of column col of encoding/csv
// on line line. A column beyond the end of the text counts on one
// character a byte.
func (cc *columnCounter) column(line, col int) int {
	if line < 1 || line > len(cc.starts) || col < 1 {
		return col
	}
	target := cc.starts[line-1] + col - 1
	extra := 0
	if target > len(cc.text) {
		target, extra = len(cc.text), target-len(cc.text)
	}
	if line != cc.line || target < cc.off {
		cc.line, cc.off, cc.col = line, cc.starts[line-1], 1
	}
	cc.col += utf8.RuneCountInString(cc.text[cc.off:target])
	cc.off = target
	return cc.col + extra
}

// offset returns the offset in text of a line and a column of
// encoding/csv, or len(text) beyond it.
func offset(text string, starts []int, line, col int) int {
	if line < 1 || line > len(starts) {
		return len(text)
	}
	return min(starts[line-1]+col-1, len(text))
}

// csvError turns an error of encoding/csv into one naming the file, line
// and column in the "expected ..., found ..." shape.
func csvError(name, text string, starts []int, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: reading CSV: %w", name, err)
	}
	cc := &columnCounter{text: text, starts: starts}
	pos := func(line, col int) string {
		return fmt.Sprintf("%s:%d:%d", name, line, cc.column(line, col))
	}
	switch pe.Err {
	case csv.ErrBareQuote:
		return fmt.Errorf(`%s: expected a quoted cell or a cell without ", found a " inside an unquoted cell`, pos(pe.Line, pe.Column))
	case csv.ErrQuote:
		off := offset(text, starts, pe.Line, pe.Column)
		if strings.TrimLeft(text[off:], "\r\n") == "" {
			// The file ends inside a quoted cell: name where it opens.
			if open := openQuote(text, starts, pe.StartLine); open >= 0 {
				line := lineOf(starts, open)
				return fmt.Errorf(`%s: expected a closing " for this quoted cell, found the end of the file`, pos(line, open-starts[line-1]+1))
			}
			return fmt.Errorf(`%s: expected a closing " for a quoted cell, found the end of the file`, pos(pe.Line, pe.Column))
		}
		// text[off] is the closing quote; what follows it is wrong.
		r, _ := utf8.DecodeRuneInString(text[off+1:])
		return fmt.Errorf(`%s: expected a comma or a line break after the closing " of a quoted cell (and "" for a " inside it), found %q`, pos(pe.Line, pe.Column+1), r)
	}
	return fmt.Errorf("%s: expected CSV, found an error: %v", pos(pe.Line, pe.Column), pe.Err)
}

// openQuote returns the offset of the quote that opens a quoted cell left
// open at the end of text, in the record starting on line start, or -1.
func openQuote(text string, starts []int, start int) int {
	if start < 1 || start > len(starts) {
		return -1
	}
	open, quoted, cellStart := -1, false, true
	for i := starts[start-1]; i < len(text); i++ {
		c := text[i]
		switch {
		case quoted && c == '"' && i+1 < len(text) && text[i+1] == '"':
			i++
		case quoted && c == '"':
			quoted = false
		case quoted:
		case cellStart && c == '"':
			open, quoted, cellStart = i, true, false
		default:
			cellStart = c == ',' || c == '\n'
		}
	}
	if !quoted {
		return -1
	}
	return open
}
