package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/htmlindex"
)

// MaxWorkbookSize is the most bytes the parts of a workbook may hold
// uncompressed, all parts together: ReadXLSX refuses a larger workbook (a
// zip bomb, or not one of the official downloads, which are a few MiB).
var MaxWorkbookSize int64 = 64 << 20

// ReadXLSX reads every sheet of an .xlsx workbook, in the workbook's
// order (hidden sheets too), with the library excelize. name is the
// file's name as positions and errors show it.
//
// A cell's text is the value the file stores, not the one a number
// format would show: a level indicator 3 reads "3" whatever its format.
// A merged cell's value is in its first cell only, as the file stores it;
// the others read "". Row.N is the row's number in the sheet: empty rows
// are kept as rows without cells (up to the last non-empty row), so the
// numbers stay right. Line breaks become "\n" (see [Row]).
//
// A file that is not a workbook, a damaged one, a workbook whose parts
// would take more than [MaxWorkbookSize] bytes, or one without sheets is
// an error naming the file.
func ReadXLSX(name string, data []byte) ([]*Table, error) {
	if err := checkZip(name, data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    MaxWorkbookSize,
		UnzipXMLSizeLimit: MaxWorkbookSize, // keep every part in memory: no temporary files
	})
	if err != nil {
		return nil, fmt.Errorf("%s: expected an .xlsx workbook, found one the reader cannot open: %w", name, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("%s: expected an .xlsx workbook with sheets, found none", name)
	}
	var tables []*Table
	for _, s := range sheets {
		t, err := readSheet(f, name, s)
		if err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	return tables, nil
}

// readSheet reads sheet s of the workbook f, read from the file name.
// It goes through the rows one row number at a time, as excelize's
// GetRows does, but stops on an error in a row where GetRows would
// silently drop that row and the rest.
func readSheet(f *excelize.File, name, s string) (*Table, error) {
	rows, err := f.Rows(s)
	if err != nil {
		return nil, fmt.Errorf("%s:%s: expected a sheet the reader can read, found an error: %w", name, s, err)
	}
	t := &Table{File: name, Sheet: s}
	// Next moves on one row number at a time, also over the numbers of
	// rows the file leaves out; Columns gives no cells for those.
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s:%s!%d: expected a row the reader can read, found an error: %w", name, s, n, err)
		}
		for j, c := range cells {
			cells[j] = lineBreaks(c)
		}
		t.Rows = append(t.Rows, Row{Cells: cells, N: n})
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("%s:%s: expected a sheet the reader can read, found an error: %w", name, s, err)
	}
	t.Rows = dropEmptyTail(t.Rows)
	return t, nil
}

// oleMagic starts an OLE compound file: an .xls workbook, or an .xlsx one
// encrypted with a password.
var oleMagic = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")

// checkZip checks that data is a zip archive whose entries, uncompressed,
// hold at most MaxWorkbookSize bytes, and whose XML parts are well formed.
// The reader below it (excelize) passes over some XML errors in a sheet,
// which would drop rows silently.
func checkZip(name string, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		switch {
		case bytes.HasPrefix(data, oleMagic):
			return fmt.Errorf("%s: expected an .xlsx workbook, found an OLE compound file (an .xls workbook, or one protected by a password): save it as .xlsx without a password", name)
		case bytes.HasPrefix(data, []byte("PK")):
			return fmt.Errorf("%s: expected an .xlsx workbook, found a damaged zip archive: %w", name, err)
		}
		return fmt.Errorf("%s: expected an .xlsx workbook (a zip archive), found a file that is not a zip archive", name)
	}
	var total uint64 // saturating at math.MaxUint64
	for _, e := range zr.File {
		sum, carry := bits.Add64(total, e.UncompressedSize64, 0)
		if carry != 0 {
			sum = math.MaxUint64
		}
		total = sum
	}
	if limit := uint64(max(MaxWorkbookSize, 0)); total > limit {
		return fmt.Errorf("%s: expected an .xlsx workbook of at most %d bytes uncompressed, found %d bytes (a zip bomb, or not an official download)", name, limit, total)
	}
	if !slices.ContainsFunc(zr.File, func(e *zip.File) bool { return e.Name == "_rels/.rels" }) {
		return fmt.Errorf("%s: expected an .xlsx workbook, found a zip archive without _rels/.rels, which names a workbook's parts", name)
	}
	// The shared strings first, to check the sheets' references to
	// them: excelize reads a reference beyond them as an empty cell.
	parts := slices.Clone(zr.File)
	sort.SliceStable(parts, func(i, j int) bool { return isSharedStrings(parts[i]) && !isSharedStrings(parts[j]) })
	shared := 0
	for _, e := range parts {
		lower := strings.ToLower(e.Name)
		if !strings.HasSuffix(lower, ".xml") && !strings.HasSuffix(lower, ".rels") {
			continue
		}
		var visit func(xml.Token) error
		switch {
		case isSharedStrings(e):
			visit = func(tok xml.Token) error {
				if el, ok := tok.(xml.StartElement); ok && el.Name.Local == "si" {
					shared++
				}
				return nil
			}
		case strings.HasPrefix(lower, "xl/worksheets/"):
			visit = sharedRefs(shared)
		}
		if err := checkXML(e, visit); err != nil {
			return fmt.Errorf("%s: expected an .xlsx workbook, found a damaged part %s: %w", name, e.Name, err)
		}
	}
	return nil
}

// isSharedStrings reports whether e is the shared strings part, where
// excelize looks for it.
func isSharedStrings(e *zip.File) bool {
	return strings.EqualFold(e.Name, "xl/sharedStrings.xml")
}

// sharedRefs returns a visitor of a sheet's tokens that checks each cell
// of shared string type (t="s") refers to one of the n shared strings.
func sharedRefs(n int) func(xml.Token) error {
	var (
		inCell, shared, inValue bool
		ref                     string
		value                   strings.Builder
	)
	return func(tok xml.Token) error {
		switch tok := tok.(type) {
		case xml.StartElement:
			switch {
			case tok.Name.Local == "c":
				inCell, shared, ref = true, false, ""
				value.Reset()
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "r":
						ref = a.Value
					case "t":
						shared = a.Value == "s"
					}
				}
			case inCell && tok.Name.Local == "v":
				inValue = true
			}
		case xml.CharData:
			if inValue {
				value.Write(tok)
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "v":
				inValue = false
			case "c":
				inCell = false
				v := strings.TrimSpace(value.String())
				if !shared || v == "" {
					return nil
				}
				if i, err := strconv.Atoi(v); err != nil || i < 0 || i >= n {
					return fmt.Errorf("expected cell %s to refer to one of the %d shared strings, found %q", ref, n, v)
				}
			}
		}
		return nil
	}
}

// checkXML reads the zip entry e through, showing each token to visit
// (if not nil), and reports an XML syntax error, an error of visit, or
// an entry that does not match its zip header.
func checkXML(e *zip.File, visit func(xml.Token) error) error {
	r, err := e.Open()
	if err != nil {
		return err
	}
	defer r.Close()
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, err
		}
		return enc.NewDecoder().Reader(in), nil
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if visit != nil {
			if err := visit(tok); err != nil {
				return err
			}
		}
	}
}
