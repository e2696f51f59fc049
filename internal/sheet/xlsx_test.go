package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/xuri/excelize/v2"
)

// sfia8Header is the header row of the SFIA 8 Skills sheet (FORMATS.md):
// 21 columns, Levels merged over B1:H1.
var sfia8Header = []string{
	"#", "Levels", "", "", "", "", "", "", "Code", "Skill", "Category", "Subcategory",
	"Overall description", "Guidance notes",
	"Level 1 description", "Level 2 description", "Level 3 description", "Level 4 description",
	"Level 5 description", "Level 6 description", "Level 7 description",
}

// sfia8Workbook writes a made-up SFIA 8 workbook: a Skills sheet (the
// merged Levels header, indicators as numbers, one with a number format,
// multi-line cells, an empty row between two skills), a Levels of
// responsibility sheet, and an extra sheet as another program adds.
func sfia8Workbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Skills"))
	must(f.SetSheetRow("Skills", "A1", &[]any{"#", "Levels"}))
	must(f.MergeCell("Skills", "B1", "H1"))
	var rest []any
	for _, h := range sfia8Header[8:] {
		rest = append(rest, h)
	}
	must(f.SetSheetRow("Skills", "I1", &rest))
	// Row 2: levels 2 to 4; the cell for level 4 shows "4.00".
	must(f.SetSheetRow("Skills", "A2", &[]any{1, nil, 2, 3, 4, nil, nil, nil,
		"FLOB", "Flobbing", "Grunting", "Snorkels",
		"The flob gadget\u00a0runs \u2014 on flob\u2019s wheels.",
		"Grunt the flob.\r\nActivities may wib:\r\n\r\nWibble.\r\nWobble the zap.",
		nil, "Zib the zab. \r\nBlat the wib; e.g. 2.5 zaps.", "Snork.", "Wob the \u2018grunt\u2019."}))
	style, err := f.NewStyle(&excelize.Style{NumFmt: 2}) // 0.00
	must(err)
	must(f.SetCellStyle("Skills", "E2", "E2", style))
	// Row 3 is empty; row 4: level 7 only, LF line breaks.
	must(f.SetSheetRow("Skills", "A4", &[]any{2, nil, nil, nil, nil, nil, nil, 7,
		"GRUN", "Grunting", "Grunting", "Wobbles", "Grunt.", "Flob.\nZap:\n\nZip.",
		nil, nil, nil, nil, nil, nil, "Set the grunt. \nBlat."}))

	_, err = f.NewSheet("Levels of responsibility")
	must(err)
	must(f.SetSheetRow("Levels of responsibility", "A1", &[]any{"", "Autonomy", "Influence", "Complexity", "Business skills", "Knowledge"}))
	for l := 1; l <= 7; l++ {
		cell, err := excelize.CoordinatesToCellName(1, l+1)
		must(err)
		must(f.SetSheetRow("Levels of responsibility", cell, &[]any{string(rune('0'+l)) + " - ", "Flob " + string(rune('0'+l)), "Wib", "Zap\nZop", "Grunt", "Snork"}))
	}

	_, err = f.NewSheet("Sheet1")
	must(err)
	must(f.SetCellStr("Sheet1", "B2", "Zorp"))
	buf, err := f.WriteToBuffer()
	must(err)
	return buf.Bytes()
}

func TestReadXLSX(t *testing.T) {
	got, err := ReadXLSX("seeds/sfia-8_en.xlsx", sfia8Workbook(t))
	if err != nil {
		t.Fatal(err)
	}
	levels := []Row{{Cells: []string{"", "Autonomy", "Influence", "Complexity", "Business skills", "Knowledge"}, N: 1}}
	for l := 1; l <= 7; l++ {
		n := string(rune('0' + l))
		levels = append(levels, Row{Cells: []string{n + " - ", "Flob " + n, "Wib", "Zap\nZop", "Grunt", "Snork"}, N: l + 1})
	}
	want := []*Table{{
		File: "seeds/sfia-8_en.xlsx", Sheet: "Skills",
		Rows: []Row{
			{Cells: sfia8Header, N: 1},
			{Cells: []string{"1", "", "2", "3", "4", "", "", "",
				"FLOB", "Flobbing", "Grunting", "Snorkels",
				"The flob gadget\u00a0runs \u2014 on flob\u2019s wheels.",
				"Grunt the flob.\nActivities may wib:\n\nWibble.\nWobble the zap.",
				"", "Zib the zab. \nBlat the wib; e.g. 2.5 zaps.", "Snork.", "Wob the \u2018grunt\u2019."}, N: 2},
			{N: 3},
			{Cells: []string{"2", "", "", "", "", "", "", "7",
				"GRUN", "Grunting", "Grunting", "Wobbles", "Grunt.", "Flob.\nZap:\n\nZip.",
				"", "", "", "", "", "", "Set the grunt. \nBlat."}, N: 4},
		},
	}, {
		File: "seeds/sfia-8_en.xlsx", Sheet: "Levels of responsibility", Rows: levels,
	}, {
		File: "seeds/sfia-8_en.xlsx", Sheet: "Sheet1",
		Rows: []Row{{N: 1}, {Cells: []string{"", "Zorp"}, N: 2}},
	}}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ReadXLSX (-want +got):\n%s", diff)
	}
}

// zipOf returns a zip archive of files, in the order given (name, then
// content).
func zipOf(t *testing.T, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := 0; i < len(files); i += 2 {
		f, err := w.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawWorkbook returns the parts of a minimal workbook with one sheet, as
// Excel writes them: its line breaks in shared strings are _x000D_ then
// a newline.
func rawWorkbook(sheetXML, sharedStrings string) []string {
	return []string{
		"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
		"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Skills" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		// The sheet before the shared strings, as some writers order them.
		"xl/worksheets/sheet1.xml", sheetXML,
		"xl/sharedStrings.xml", sharedStrings,
	}
}

const (
	rawSharedStrings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>Code</t></si><si><t xml:space="preserve">Flob the grunt. _x000D_
Wib the wob._x000D_
Zap</t></si><si><r><t>Blat</t></r><r><rPr><b/></rPr><t xml:space="preserve">_x000D_
Zorp_x000D_</t></r></si><si><t>Wib&#13;&#10;Wob&#13;Zib&#10;Zab</t></si></sst>`
	// Rows 1, 2 and 4: row 3 is left out, as Excel does with an empty
	// row; B2 is a number, C2 a formula's text (not decoded by the
	// library), D2 an inline string.
	rawSheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>3</v></c><c r="C2" t="str"><f>"Zib"&amp;CHAR(13)</f><v>Zib_x000D_
Zab</v></c><c r="D2" t="inlineStr"><is><t>In_x000D_
line</t></is></c></row><row r="4"><c r="B4" t="s"><v>2</v></c><c r="C4" t="s"><v>3</v></c></row></sheetData></worksheet>`
)

func TestReadXLSXEscapes(t *testing.T) {
	got, err := ReadXLSX("raw.xlsx", zipOf(t, rawWorkbook(rawSheet, rawSharedStrings)...))
	if err != nil {
		t.Fatal(err)
	}
	want := []*Table{{
		File: "raw.xlsx", Sheet: "Skills",
		Rows: []Row{
			{Cells: []string{"Code"}, N: 1},
			{Cells: []string{"Flob the grunt. \nWib the wob.\nZap", "3", "Zib\nZab", "In\nline"}, N: 2},
			{N: 3},
			{Cells: []string{"", "Blat\nZorp\n", "Wib\nWob\nZib\nZab"}, N: 4},
		},
	}}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ReadXLSX (-want +got):\n%s", diff)
	}
}

// TestReadXLSXLatin1 reads a workbook whose shared strings declare
// another encoding than UTF-8, with a part that is not XML beside them.
func TestReadXLSXLatin1(t *testing.T) {
	strs := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Fl` + "\xE9b\xA0" + `zap</t></si></sst>`
	sheet := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`
	files := append(rawWorkbook(sheet, strs), "docProps/thumbnail.jpeg", "\xFF\xD8\xFF\xE0 not XML")
	got, err := ReadXLSX("latin1.xlsx", zipOf(t, files...))
	if err != nil {
		t.Fatal(err)
	}
	want := []*Table{{File: "latin1.xlsx", Sheet: "Skills", Rows: []Row{{Cells: []string{"Fl\u00e9b\u00a0zap"}, N: 1}}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadXLSX (-want +got):\n%s", diff)
	}

	files = rawWorkbook(sheet, strings.Replace(strs, "ISO-8859-1", "x-flob", 1))
	_, err = ReadXLSX("flob.xlsx", zipOf(t, files...))
	if want := `flob.xlsx: expected an .xlsx workbook, found a damaged part xl/sharedStrings.xml: xml: opening charset "x-flob": htmlindex: invalid encoding name`; err == nil || err.Error() != want {
		t.Errorf("ReadXLSX with an unknown encoding: error %v, want %s", err, want)
	}
}

// rawEntry is a zip entry written as it is, with the sizes its header
// claims.
type rawEntry struct {
	name         string
	data         []byte // compressed with deflate
	uncompressed uint64
	crc          uint32
}

// zipRaw returns a zip archive of entries whose headers may lie.
func zipRaw(t *testing.T, entries ...rawEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.CreateRaw(&zip.FileHeader{
			Name: e.name, Method: zip.Deflate, CRC32: e.crc,
			CompressedSize64: uint64(len(e.data)), UncompressedSize64: e.uncompressed,
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// deflated returns data compressed with deflate, and its CRC-32.
func deflated(t *testing.T, data []byte) ([]byte, uint32) {
	t.Helper()
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), crc32.ChecksumIEEE(data)
}

func TestReadXLSXErrors(t *testing.T) {
	// A sheet of 1 MiB of zeros compresses to about 1 KiB.
	zeros, zerosCRC := deflated(t, make([]byte, 1<<20))
	rels, relsCRC := deflated(t, []byte(rawWorkbook("", "")[3]))
	damaged := rawWorkbook(strings.TrimSuffix(rawSheet, "</sheetData></worksheet>"), rawSharedStrings)
	tests := []struct {
		name  string
		data  []byte
		limit int64 // MaxWorkbookSize, if not 0
		want  string
	}{{
		name: "not a zip",
		data: []byte("Code,Skill\r\nFLOB,Flobbing\r\n"),
		want: "f.xlsx: expected an .xlsx workbook (a zip archive), found a file that is not a zip archive",
	}, {
		name: "empty file",
		data: nil,
		want: "f.xlsx: expected an .xlsx workbook (a zip archive), found a file that is not a zip archive",
	}, {
		name: "OLE compound file",
		data: append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 504)...),
		want: "f.xlsx: expected an .xlsx workbook, found an OLE compound file (an .xls workbook, or one protected by a password): save it as .xlsx without a password",
	}, {
		name: "truncated zip",
		data: zipOf(t, rawWorkbook(rawSheet, rawSharedStrings)...)[:200],
		want: "f.xlsx: expected an .xlsx workbook, found a damaged zip archive: zip: not a valid zip file",
	}, {
		name: "zip without a workbook",
		data: zipOf(t, "flob.txt", "Grunt"),
		want: "f.xlsx: expected an .xlsx workbook, found a zip archive without _rels/.rels, which names a workbook's parts",
	}, {
		name: "a document, not a workbook",
		data: zipOf(t, "_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
			"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Flob</w:t></w:r></w:p></w:body></w:document>`),
		want: "f.xlsx: expected an .xlsx workbook, found one the reader cannot open: expected element type <workbook> but have <document>",
	}, {
		name: "workbook without sheets",
		data: zipOf(t, append(rawWorkbook(rawSheet, rawSharedStrings)[:4],
			"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`)...),
		want: "f.xlsx: expected an .xlsx workbook with sheets, found none",
	}, {
		name: "sheet without its part",
		data: zipOf(t, append(rawWorkbook(rawSheet, rawSharedStrings)[:8], "xl/sharedStrings.xml", rawSharedStrings)...),
		want: "f.xlsx:Skills: expected a sheet the reader can read, found an error: sheet Skills does not exist",
	}, {
		name: "damaged sheet XML",
		data: zipOf(t, damaged...),
		want: "f.xlsx: expected an .xlsx workbook, found a damaged part xl/worksheets/sheet1.xml: XML syntax error on line 4: unexpected EOF",
	}, {
		// excelize's GetRows would drop this row and the rest silently.
		name: "a cell with a bad reference",
		data: zipOf(t, rawWorkbook(strings.Replace(rawSheet, `<c r="A2" t="s">`, `<c r="2A" t="s">`, 1), rawSharedStrings)...),
		want: `f.xlsx:Skills!2: expected a row the reader can read, found an error: cannot convert cell "2A" to coordinates: invalid cell name "2A"`,
	}, {
		// excelize would read an empty cell.
		name: "a reference beyond the shared strings",
		data: zipOf(t, rawWorkbook(strings.Replace(rawSheet, `<v>1</v>`, `<v>4</v>`, 1), rawSharedStrings)...),
		want: `f.xlsx: expected an .xlsx workbook, found a damaged part xl/worksheets/sheet1.xml: expected cell A2 to refer to one of the 4 shared strings, found "4"`,
	}, {
		name: "a shared string reference that is no number",
		data: zipOf(t, rawWorkbook(strings.Replace(rawSheet, `<v>2</v>`, `<v>x</v>`, 1), rawSharedStrings)...),
		want: `f.xlsx: expected an .xlsx workbook, found a damaged part xl/worksheets/sheet1.xml: expected cell B4 to refer to one of the 4 shared strings, found "x"`,
	}, {
		name: "zip bomb: a header claims 1 TiB",
		data: zipRaw(t, rawEntry{"xl/worksheets/sheet1.xml", zeros, 1 << 40, zerosCRC}),
		want: "f.xlsx: expected an .xlsx workbook of at most 67108864 bytes uncompressed, found 1099511627776 bytes (a zip bomb, or not an official download)",
	}, {
		name: "zip bomb: headers that add up beyond 64 bits",
		data: zipRaw(t, rawEntry{"a.xml", zeros, 1 << 63, zerosCRC}, rawEntry{"b.xml", zeros, 1 << 63, zerosCRC}),
		want: "f.xlsx: expected an .xlsx workbook of at most 67108864 bytes uncompressed, found 18446744073709551615 bytes (a zip bomb, or not an official download)",
	}, {
		name:  "zip bomb: beyond a lower limit",
		data:  zipRaw(t, rawEntry{"xl/worksheets/sheet1.xml", zeros, 1 << 20, zerosCRC}),
		limit: 1<<20 - 1,
		want:  "f.xlsx: expected an .xlsx workbook of at most 1048575 bytes uncompressed, found 1048576 bytes (a zip bomb, or not an official download)",
	}, {
		name: "zip bomb: a header that claims less than it holds",
		data: zipRaw(t, rawEntry{"_rels/.rels", rels, uint64(len(rawWorkbook("", "")[3])), relsCRC},
			rawEntry{"xl/worksheets/sheet1.xml", zeros, 100, zerosCRC}),
		want: "f.xlsx: expected an .xlsx workbook, found a damaged part xl/worksheets/sheet1.xml: zip: not a valid zip file",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.limit != 0 {
				defer func(old int64) { MaxWorkbookSize = old }(MaxWorkbookSize)
				MaxWorkbookSize = tt.limit
			}
			got, err := ReadXLSX("f.xlsx", tt.data)
			if err == nil {
				t.Fatalf("ReadXLSX = %v, want the error %q", got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ReadXLSX error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

// TestReadXLSXLimit checks that a workbook just within MaxWorkbookSize
// is read.
func TestReadXLSXLimit(t *testing.T) {
	data := zipOf(t, rawWorkbook(rawSheet, rawSharedStrings)...)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for _, f := range zr.File {
		total += int64(f.UncompressedSize64)
	}
	defer func(old int64) { MaxWorkbookSize = old }(MaxWorkbookSize)
	MaxWorkbookSize = total
	if _, err := ReadXLSX("f.xlsx", data); err != nil {
		t.Errorf("with MaxWorkbookSize = %d: %v", total, err)
	}
	MaxWorkbookSize = total - 1
	if _, err := ReadXLSX("f.xlsx", data); err == nil {
		t.Errorf("with MaxWorkbookSize = %d: no error", total-1)
	}
}
