// Package sheet reads the tables of the SFIA Foundation's official
// downloads: the sheets of an .xlsx workbook, and the CSV save of one
// sheet. It deals with the files' encodings and escapes (README.md,
// "From the official downloads": Windows-1252 CSV beside UTF-8 with or
// without a BOM, _x000D_ escapes, CRLF, LF and mixed line breaks inside
// cells) and gives every cell with its position, so that readers above it
// (package official) can name the cell of every problem. It knows nothing
// of SFIA: which table is which is decided from the header row above it.
package sheet

import (
	"fmt"
	"strconv"
)

// A Table is one sheet of a workbook, or one CSV file.
type Table struct {
	// File is the file's name as errors show it ("seeds/sfia-9_en.csv").
	File string
	// Sheet is the sheet's name in a workbook, "" for a CSV file.
	Sheet string
	// Rows are the table's rows in order, the header row first. Empty
	// rows (every cell "") at the end are dropped; empty rows before
	// the last non-empty one are kept, so that the reader above sees
	// them. Rows may have different lengths.
	Rows []Row
}

// A Row is one row of a table. Each cell's text has its line breaks as
// "\n" (CRLF, lone CR and the _x000D_ escape of a carriage return all
// become "\n"; the text _x000D_ is never meant as it stands in these
// files); nothing else is changed: no trimming, no normalisation.
type Row struct {
	// Cells are the row's cells from column A (or the first field) on.
	// A workbook row stops at its last non-empty cell, and an empty
	// workbook row has none; a CSV row has every field of its record.
	Cells []string
	// N is the row's number as a spreadsheet shows it (1 for the
	// header) in a workbook, and the line its record starts on in a CSV
	// file.
	N int
	// Cols holds, for a CSV file, the column where each cell starts
	// (1-based, counting characters, as a text editor does: in a
	// Windows-1252 file that is the byte's place in the line); nil for a
	// workbook.
	Cols []int
	// Lines holds, for a CSV file, the line each cell starts on (a
	// quoted cell can span lines); nil for a workbook.
	Lines []int
}

// Cell returns the text of column c (0-based) in row r, or "" where the
// row is shorter.
func (t *Table) Cell(r, c int) string {
	if r < 0 || r >= len(t.Rows) || c < 0 || c >= len(t.Rows[r].Cells) {
		return ""
	}
	return t.Rows[r].Cells[c]
}

// Pos names cell (r, c) (0-based) for an error message:
// "FILE:SHEET!C12" in a workbook, "FILE:LINE:COLUMN" in a CSV file (the
// line and column where the cell starts). In a CSV file, a cell beyond
// the end of its row is named by its row, "FILE:LINE".
func (t *Table) Pos(r, c int) string {
	return t.File + ":" + t.CellRef(r, c)
}

// Where names row r (0-based) for an error message or a source:
// "FILE:SHEET!12" in a workbook, "FILE:LINE" in a CSV file.
func (t *Table) Where(r int) string {
	return t.File + ":" + t.RowRef(r)
}

// CellRef names cell (r, c) (0-based) within the file, as Pos does
// without "FILE:": "SHEET!C12" in a workbook, "LINE:COLUMN" in a CSV
// file, "LINE" for a cell beyond the end of its CSV row.
func (t *Table) CellRef(r, c int) string {
	if t.Sheet != "" {
		return t.Sheet + "!" + ColumnName(c) + strconv.Itoa(t.rowNumber(r))
	}
	if r >= 0 && r < len(t.Rows) {
		row := t.Rows[r]
		if c >= 0 && c < len(row.Cols) && c < len(row.Lines) {
			return fmt.Sprintf("%d:%d", row.Lines[c], row.Cols[c])
		}
	}
	return t.RowRef(r)
}

// RowRef names row r (0-based) within the file, as Where does without
// "FILE:": "SHEET!12" in a workbook, "LINE" in a CSV file.
func (t *Table) RowRef(r int) string {
	if t.Sheet != "" {
		return t.Sheet + "!" + strconv.Itoa(t.rowNumber(r))
	}
	return strconv.Itoa(t.rowNumber(r))
}

// rowNumber returns Rows[r].N, or for a row beyond the table the number
// it would have, counting on from the last row.
func (t *Table) rowNumber(r int) int {
	if r >= 0 && r < len(t.Rows) {
		return t.Rows[r].N
	}
	if r >= len(t.Rows) && len(t.Rows) > 0 {
		return t.Rows[len(t.Rows)-1].N + r - len(t.Rows) + 1
	}
	return r + 1
}

// ColumnName returns the spreadsheet name of column c (0-based): A, B,
// ..., Z, AA, AB, ...
func ColumnName(c int) string {
	var b []byte
	for c++; c > 0; c = (c - 1) / 26 {
		b = append([]byte{byte('A' + (c-1)%26)}, b...)
	}
	return string(b)
}

// An Encoding says how a CSV file's bytes are to be read.
type Encoding int

// The encodings of CSV saves of the official downloads.
const (
	// Detect reads a file as UTF-8 when it has a UTF-8 BOM or is valid
	// UTF-8, and as Windows-1252 otherwise.
	Detect Encoding = iota
	// UTF8 reads a file as UTF-8 (a BOM is dropped); an invalid byte is
	// an error.
	UTF8
	// Windows1252 reads a file as Windows-1252; one of its five
	// undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) is an error, and so
	// is a UTF-8 BOM.
	Windows1252
)
