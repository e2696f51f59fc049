package jobdesc

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
)

// CSVHeader returns the first row WriteCSV writes for a description
// without level information, in a new slice on every call.
func CSVHeader() []string {
	return []string{"code", "skill", "level", "statement_number", "statement", "language", "sfia_version", "source", "acknowledgement"}
}

// CSVLevelInfoHeader returns the first row WriteCSV writes for a
// description with level information, in a new slice on every call:
// CSVHeader and two more columns, part and attribute_name.
func CSVLevelInfoHeader() []string { return append(CSVHeader(), "part", "attribute_name") }

// WriteCSV writes d as CSV (RFC 4180), one row per statement under
// CSVHeader. Every row carries the text's SFIA version and source and the
// acknowledgement, so that any row read alone keeps them.
//
// Where a section has LevelInfo, the header is CSVLevelInfoHeader and
// each section's statements are followed by a row for each text of its
// level information. On those rows statement_number is empty, statement
// holds the text, source is where that text comes from, and part says
// what it is: guiding_phrase, essence, autonomy, influence, complexity,
// business_skills, knowledge, or attribute:CODE ("attribute:AUTO"), the
// attribute's name being in attribute_name. On statement rows part is
// "statement" and attribute_name empty. The first nine columns keep
// their meaning, so that a reader of CSVHeader's columns that skips rows
// without a statement_number reads the statements as before.
//
// A cell that a spreadsheet would read as a formula (one that starts with
// =, +, -, @, a tab or a carriage return) is written with a leading
// apostrophe, as OWASP advises against CSV injection: spreadsheets show
// the text, and run nothing. No SFIA text starts so; an input could.
func (d *Description) WriteCSV(w io.Writer) error {
	cw := &safeCSV{csv.NewWriter(w)}
	withLevels := slices.ContainsFunc(d.Sections, func(s Section) bool { return s.LevelInfo != nil })
	header := CSVHeader()
	if withLevels {
		header = CSVLevelInfoHeader()
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, s := range d.Sections {
		level, lang, version := strconv.Itoa(int(s.Level)), s.Language.String(), strconv.Itoa(int(s.Version))
		for i, st := range s.Statements {
			row := []string{s.Code, s.Name, level, strconv.Itoa(i + 1), st, lang, version, s.Source, Acknowledgement}
			if withLevels {
				row = append(row, "statement", "")
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		for _, p := range s.LevelInfo.Parts(true) {
			name := ""
			if p.Attribute {
				name = p.Label
			}
			row := []string{s.Code, s.Name, level, "", p.Text, lang, version, p.Source, Acknowledgement, p.Part, name}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.w.Flush()
	return cw.w.Error()
}

// safeCSV writes rows whose cells cannot start a formula.
type safeCSV struct{ w *csv.Writer }

// Write writes row with every cell defused (defuseCell), leaving the
// caller's slice as it is.
func (s *safeCSV) Write(row []string) error {
	out := row
	for i, c := range row {
		if d := defuseCell(c); d != c {
			if &out[0] == &row[0] {
				out = slices.Clone(row) // the caller's row stays as it is
			}
			out[i] = d
		}
	}
	return s.w.Write(out)
}

// defuseCell prefixes with an apostrophe a cell that a spreadsheet would
// take for a formula.
func defuseCell(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return "'" + c
	}
	return c
}
