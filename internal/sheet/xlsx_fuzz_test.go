package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// fuzzWorkbook returns a small workbook written by excelize: two sheets,
// a shared string, an inline multi-line string with _x000D_ escapes, a
// number, a merged cell and an empty row.
func fuzzWorkbook(f *testing.F) []byte {
	f.Helper()
	x := excelize.NewFile()
	defer x.Close()
	must := func(err error) {
		f.Helper()
		if err != nil {
			f.Fatal(err)
		}
	}
	must(x.SetSheetName("Sheet1", "Skills"))
	must(x.SetSheetRow("Skills", "A1", &[]any{"Code", "Skill", "Levels", nil}))
	must(x.MergeCell("Skills", "C1", "D1"))
	must(x.SetSheetRow("Skills", "A3", &[]any{"FLOB", "Flob\r\nwib_x000D_\nzap", 3, 4.5}))
	_, err := x.NewSheet("Levels")
	must(err)
	must(x.SetCellStr("Levels", "B2", "Zorp \u2014 snork\u00a0flob."))
	buf, err := x.WriteToBuffer()
	must(err)
	return buf.Bytes()
}

// storedCopy returns the zip archive data with every entry stored
// uncompressed and without a CRC-32 (which archive/zip then does not
// check), so that the fuzzer's changes to it reach the XML parts instead
// of failing the inflation or the checksum.
func storedCopy(f *testing.F, data []byte) []byte {
	f.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		f.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range zr.File {
		r, err := e.Open()
		if err != nil {
			f.Fatal(err)
		}
		content, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			f.Fatal(err)
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.Name, Method: zip.Store,
			CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content))})
		if err != nil {
			f.Fatal(err)
		}
		if _, err := w.Write(content); err != nil {
			f.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		f.Fatal(err)
	}
	return b.Bytes()
}

// FuzzReadXLSX checks that ReadXLSX never panics on any bytes, that its
// errors name the file, and that what it reads is sheets of UTF-8 text
// with "\n" line breaks only (no CR, no _x000D_ escape), rows numbered in
// order from 1, without CSV positions, and no empty row at the end. The
// workbook limit is 1 MiB here, to keep each run cheap.
func FuzzReadXLSX(f *testing.F) {
	wb := fuzzWorkbook(f)
	f.Add(wb)
	f.Add(storedCopy(f, wb))
	for _, s := range []string{"", "PK", "PK\x03\x04", string(oleMagic), "Code,Skill\r\n"} {
		f.Add([]byte(s))
	}
	defer func(old int64) { MaxWorkbookSize = old }(MaxWorkbookSize)
	MaxWorkbookSize = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		tables, err := ReadXLSX("f.xlsx", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.xlsx:") {
				t.Errorf("error without the file: %v", err)
			}
			return
		}
		if len(tables) == 0 {
			t.Fatal("no sheets, and no error")
		}
		for _, tab := range tables {
			if tab.File != "f.xlsx" || tab.Sheet == "" {
				t.Fatalf("table of file %q, sheet %q", tab.File, tab.Sheet)
			}
			prev := 0
			for i, row := range tab.Rows {
				if row.N <= prev {
					t.Errorf("%s row %d: N = %d after %d", tab.Sheet, i, row.N, prev)
				}
				prev = row.N
				if row.Cols != nil || row.Lines != nil {
					t.Errorf("%s row %d: CSV positions in a workbook", tab.Sheet, i)
				}
				for j, c := range row.Cells {
					if !utf8.ValidString(c) || strings.ContainsRune(c, '\r') || hasEscapedCR(c) {
						t.Errorf("%s row %d cell %d: %q", tab.Sheet, i, j, c)
					}
				}
			}
			if n := len(tab.Rows); n > 0 && isEmpty(tab.Rows[n-1]) {
				t.Errorf("%s: last row is empty: %+v", tab.Sheet, tab.Rows[n-1])
			}
		}
	})
}
