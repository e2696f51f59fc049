package sheet

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// sfia9Header is the header row of an SFIA 9 skills table in the
// official layout (FORMATS.md): `#`, the merged `Levels` header and its 6
// empty cells, Code, URL, ..., Level 7 description: 22 columns.
var sfia9Header = []string{
	"#", "Levels", "", "", "", "", "", "", "Code", "URL", "Skill", "Category", "Subcategory",
	"Overall description", "Guidance notes",
	"Level 1 description", "Level 2 description", "Level 3 description", "Level 4 description",
	"Level 5 description", "Level 6 description", "Level 7 description",
}

// csvLine joins cells as a CSV record as Excel writes it: a cell holding a
// comma, a quote or a line break is quoted, with "" for ". It does not
// end the record.
func csvLine(cells ...string) string {
	q := make([]string, len(cells))
	for i, c := range cells {
		if strings.ContainsAny(c, ",\"\r\n") {
			c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
		}
		q[i] = c
	}
	return strings.Join(q, ",")
}

// skill9 returns the cells of a made-up SFIA 9 skill row: #, the 7
// indicator cells, code, URL, name, category, subcategory, description,
// guidance notes and the 7 level cells (brk is the line break inside
// cells).
func skill9(n, code, name string, levels map[int]string, brk string) []string {
	row := []string{n}
	for l := 1; l <= 7; l++ {
		if levels[l] != "" {
			row = append(row, string(rune('0'+l)))
		} else {
			row = append(row, "")
		}
	}
	row = append(row, code, "https://sfia-online.org/en/skillcode/9/"+code, name, "Grunting", "Snorkels",
		"The "+name+" gadget\u00a0runs \u2013 on flob\u2019s wheels.",
		strings.Join([]string{"Grunt the flob.", "Activities may wib:", "", "Wibble.", "Wobble the zap."}, brk))
	for l := 1; l <= 7; l++ {
		row = append(row, strings.ReplaceAll(levels[l], "\n", brk))
	}
	return row
}

// win1252 encodes s, which holds only runes Windows-1252 has, the way a
// Windows-1252 save does.
func win1252(t testing.TB, s string) []byte {
	t.Helper()
	table := map[rune]byte{'\u2018': 0x91, '\u2019': 0x92, '\u00a0': 0xA0, '\u2013': 0x96, '\u2014': 0x97, '\u00e9': 0xE9, '\u20ac': 0x80}
	var b []byte
	for _, r := range s {
		switch c, ok := table[r]; {
		case ok:
			b = append(b, c)
		case r < 0x80:
			b = append(b, byte(r))
		default:
			t.Fatalf("win1252: no byte for %q", r)
		}
	}
	return b
}

// noPos ignores the cells' positions, tested on their own below.
var noPos = cmpopts.IgnoreFields(Row{}, "Lines", "Cols")

func TestReadCSVLayouts(t *testing.T) {
	flob := skill9("1", "FLOB", "Flobbing", map[int]string{
		3: "Snorkel the flob. \nBlat the wib; e.g. 2.5 zaps.",
		4: "Zap the zip.",
	}, "\n")
	grun := skill9("2", "GRUN", "Grunting", map[int]string{
		5: "Wob the \u2018grunt\u2019.\nZib \u2014 the zab. ",
		6: "Flob.",
	}, "\n")
	want := []Row{{Cells: sfia9Header, N: 1}, {Cells: flob, N: 2}, {Cells: grun, N: 8}}
	// In the files, cells break lines with CRLF or LF; the Table has "\n".
	crlf := func(cells []string) []string { return skill9Lines(cells, "\r\n") }
	tests := []struct {
		name string
		data []byte
		enc  Encoding
		want []Row
	}{{
		// The en save: Windows-1252, CRLF records, CRLF inside cells,
		// with a lone LF in one cell.
		name: "windows-1252 CRLF with a lone LF",
		data: win1252(t, csvLine(sfia9Header...)+"\r\n"+
			csvLine(crlf(flob)...)+"\r\n"+
			strings.Replace(csvLine(crlf(grun)...), "Wibble.\r\n", "Wibble.\n", 1)+"\r\n"),
		want: []Row{{Cells: sfia9Header, N: 1}, {Cells: flob, N: 2}, {Cells: grun, N: 8}},
	}, {
		// The en_US save: Windows-1252, LF everywhere.
		name: "windows-1252 LF",
		data: win1252(t, csvLine(sfia9Header...)+"\n"+csvLine(flob...)+"\n"+csvLine(grun...)+"\n"),
		want: want,
	}, {
		name: "windows-1252 forced",
		data: win1252(t, csvLine(sfia9Header...)+"\n"+csvLine(flob...)+"\n"+csvLine(grun...)+"\n"),
		enc:  Windows1252,
		want: want,
	}, {
		// A CSV export of the SFIA 8 workbook: UTF-8 without BOM, CRLF
		// inside cells, the merged header unrolled by hand.
		name: "utf-8 without BOM, SFIA 8 unrolled",
		data: []byte(csvLine("ID", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Level 6", "Level 7", "Code", "Skill") + "\r\n" +
			csvLine("1", "", "2", "3", "", "", "", "", "FLOB", "Flob\u2019s \u2014 grunt\r\nZap\u00a0zip") + "\r\n"),
		want: []Row{
			{Cells: []string{"ID", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Level 6", "Level 7", "Code", "Skill"}, N: 1},
			{Cells: []string{"1", "", "2", "3", "", "", "", "", "FLOB", "Flob\u2019s \u2014 grunt\nZap\u00a0zip"}, N: 2},
		},
	}, {
		name: "utf-8 forced",
		data: []byte(csvLine(sfia9Header...) + "\n" + csvLine(flob...) + "\n" + csvLine(grun...) + "\n"),
		enc:  UTF8,
		want: want,
	}, {
		name: "utf-8 with BOM",
		data: []byte("\xEF\xBB\xBF" + csvLine(sfia9Header...) + "\n" + csvLine(flob...) + "\n" + csvLine(grun...) + "\n"),
		want: want,
	}, {
		name: "utf-8 with BOM forced",
		data: []byte("\xEF\xBB\xBF" + csvLine(sfia9Header...) + "\n" + csvLine(flob...) + "\n" + csvLine(grun...) + "\n"),
		enc:  UTF8,
		want: want,
	}, {
		// Forcing an encoding overrides detection: these bytes are
		// valid UTF-8 (é), but the user says Windows-1252.
		name: "windows-1252 forced on valid UTF-8",
		data: []byte("Code,Skill\nFLOB,Fl\xC3\xA9b\n"),
		enc:  Windows1252,
		want: []Row{{Cells: []string{"Code", "Skill"}, N: 1}, {Cells: []string{"FLOB", "Fl\u00c3\u00a9b"}, N: 2}},
	}, {
		name: "windows-1252 euro and em dash",
		data: []byte("a,b\n\x80,\x97\n"),
		want: []Row{{Cells: []string{"a", "b"}, N: 1}, {Cells: []string{"\u20ac", "\u2014"}, N: 2}},
	}, {
		name: "no final line break",
		data: []byte("a,b\r\nc,d"),
		want: []Row{{Cells: []string{"a", "b"}, N: 1}, {Cells: []string{"c", "d"}, N: 2}},
	}, {
		name: "empty file",
		data: nil,
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCSV("seeds/skills.csv", tt.data, tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			want := &Table{File: "seeds/skills.csv", Rows: tt.want}
			if diff := cmp.Diff(want, got, noPos, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ReadCSV (-want +got):\n%s", diff)
			}
		})
	}
}

// skill9Lines returns cells with their "\n" line breaks as brk.
func skill9Lines(cells []string, brk string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.ReplaceAll(c, "\n", brk)
	}
	return out
}

func TestReadCSVPositions(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		enc  Encoding
		want []Row
	}{{
		name: "quoted cells span lines, CRLF and LF mixed",
		data: []byte("Code,Skill,Level 1 description\r\n" +
			"FLOB,\"Flob\r\nthe\ngrunt\",\"Wib\r\n\"\"wob\"\"\"\n" +
			"GRUN,Grunt,\"\"\r\n"),
		want: []Row{
			{Cells: []string{"Code", "Skill", "Level 1 description"}, N: 1, Lines: []int{1, 1, 1}, Cols: []int{1, 6, 12}},
			{Cells: []string{"FLOB", "Flob\nthe\ngrunt", "Wib\n\"wob\""}, N: 2, Lines: []int{2, 2, 4}, Cols: []int{1, 6, 8}},
			{Cells: []string{"GRUN", "Grunt", ""}, N: 6, Lines: []int{6, 6, 6}, Cols: []int{1, 6, 12}},
		},
	}, {
		// Columns count characters, not the bytes of UTF-8.
		name: "utf-8 columns in characters",
		data: []byte("\xEF\xBB\xBFé,\"ü\",x\n\u2019\u2019,\"a\nb\u2014\",c\n"),
		want: []Row{
			{Cells: []string{"é", "ü", "x"}, N: 1, Lines: []int{1, 1, 1}, Cols: []int{1, 3, 7}},
			{Cells: []string{"\u2019\u2019", "a\nb\u2014", "c"}, N: 2, Lines: []int{2, 2, 3}, Cols: []int{1, 4, 5}},
		},
	}, {
		// In Windows-1252 a character is a byte: the column is the
		// byte's place in the line.
		name: "windows-1252 columns",
		data: []byte("\"\x92\x92\",z\n\xA0,\x96\n"),
		want: []Row{
			{Cells: []string{"\u2019\u2019", "z"}, N: 1, Lines: []int{1, 1}, Cols: []int{1, 6}},
			{Cells: []string{"\u00a0", "\u2013"}, N: 2, Lines: []int{2, 2}, Cols: []int{1, 3}},
		},
	}, {
		// A blank line and a record of empty cells are rows, kept
		// before the last non-empty row and dropped after it.
		name: "empty rows",
		data: []byte("\r\na,b\n\n,\nc,d\n\r\n,\n,,\n\n"),
		want: []Row{
			{Cells: []string{""}, N: 1, Lines: []int{1}, Cols: []int{1}},
			{Cells: []string{"a", "b"}, N: 2, Lines: []int{2, 2}, Cols: []int{1, 3}},
			{Cells: []string{""}, N: 3, Lines: []int{3}, Cols: []int{1}},
			{Cells: []string{"", ""}, N: 4, Lines: []int{4, 4}, Cols: []int{1, 2}},
			{Cells: []string{"c", "d"}, N: 5, Lines: []int{5, 5}, Cols: []int{1, 3}},
		},
	}, {
		name: "only empty rows",
		data: []byte("\n,,\n\"\",\n"),
		want: nil,
	}, {
		// _x000D_ is Excel's escape of a carriage return; a re-saved
		// file may carry it into CSV, with or without the LF after it.
		name: "x000D escapes and lone CR",
		data: []byte("a,\"one_x000D_\ntwo_x000D_three_x000d_\r\nfour\",b_x000D_c,\"p\rq\",\"r_x000D_\rs\",_x000_x000D_\n"),
		want: []Row{{
			Cells: []string{"a", "one\ntwo\nthree\nfour", "b\nc", "p\nq", "r\n\ns", "_x000\n"},
			N:     1, Lines: []int{1, 1, 3, 3, 3, 3}, Cols: []int{1, 3, 7, 17, 23, 36},
		}},
	}, {
		name: "_x000 that is no escape",
		data: []byte("_x000A_,_x000D,x000D_\n"),
		want: []Row{{Cells: []string{"_x000A_", "_x000D", "x000D_"}, N: 1, Lines: []int{1, 1, 1}, Cols: []int{1, 9, 16}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCSV("f.csv", tt.data, tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			want := &Table{File: "f.csv", Rows: tt.want}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ReadCSV (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadCSVErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		enc  Encoding
		want string
	}{{
		name: "undefined windows-1252 byte, detected",
		data: []byte("Code,Skill\r\nFLOB,Flob\x92s\r\nGRUN,Gr\x81nt\r\n"),
		want: "f.csv:3:8: expected UTF-8 or Windows-1252 text, found the byte 0x81",
	}, {
		name: "undefined windows-1252 byte, forced",
		data: []byte("a,\"b\nc\x9D\"\n"),
		enc:  Windows1252,
		want: "f.csv:2:2: expected a Windows-1252 character, found the byte 0x9D",
	}, {
		name: "every undefined byte",
		data: []byte("\x8D\x8F\x90"),
		want: "f.csv:1:1: expected UTF-8 or Windows-1252 text, found the byte 0x8D",
	}, {
		name: "windows-1252 forced on a UTF-8 BOM",
		data: []byte("\xEF\xBB\xBFa,b\n"),
		enc:  Windows1252,
		want: "f.csv:1:1: expected Windows-1252 text, found a UTF-8 byte order mark (the file is UTF-8)",
	}, {
		name: "invalid UTF-8, forced",
		data: []byte("Code,Skill\nFLOB,\u00e9\u00e9\x92s\n"),
		enc:  UTF8,
		want: "f.csv:2:8: expected UTF-8 text, found the byte 0x92",
	}, {
		name: "invalid UTF-8 after a BOM",
		data: []byte("\xEF\xBB\xBFa,\u2019\xC3(\n"),
		want: "f.csv:1:4: expected UTF-8 text (the file starts with a UTF-8 byte order mark), found the byte 0xC3",
	}, {
		name: "UTF-16",
		data: []byte("\xFF\xFEa\x00,\x00b\x00"),
		want: "f.csv:1:1: expected UTF-8 or Windows-1252 text, found a UTF-16 byte order mark (save the sheet as CSV UTF-8)",
	}, {
		name: "UTF-16 without BOM",
		data: []byte("a\x00,\x00b\x00"),
		want: "f.csv:1:2: expected text, found the byte 0x00",
	}, {
		name: "NUL in windows-1252",
		data: []byte("\x92,\n\x00"),
		want: "f.csv:2:1: expected text, found the byte 0x00",
	}, {
		name: "unknown encoding",
		data: []byte("a"),
		enc:  Encoding(7),
		want: "f.csv: expected the encoding Detect, UTF8 or Windows1252, found Encoding(7)",
	}, {
		name: "bare quote",
		data: []byte("a,b\n\u00e9,b\"c\n"),
		want: `f.csv:2:4: expected a quoted cell or a cell without ", found a " inside an unquoted cell`,
	}, {
		name: "text after a closing quote",
		data: []byte("a,\"b\"c\n"),
		want: `f.csv:1:6: expected a comma or a line break after the closing " of a quoted cell (and "" for a " inside it), found 'c'`,
	}, {
		name: "text after a closing quote, lines on",
		data: []byte("x\r\n\"a\r\nb\u2019\" ,c\r\n"),
		want: `f.csv:3:4: expected a comma or a line break after the closing " of a quoted cell (and "" for a " inside it), found ' '`,
	}, {
		name: "quoted cell not closed",
		data: []byte("a,b\nc,\"d\ne,f\n"),
		want: `f.csv:2:3: expected a closing " for this quoted cell, found the end of the file`,
	}, {
		name: "quoted cell not closed, CRLF",
		data: []byte("a,b\r\n\u00e9,\"\"\"d\"\"\r\n"),
		want: `f.csv:2:3: expected a closing " for this quoted cell, found the end of the file`,
	}, {
		name: "quoted cell not closed, no line break",
		data: []byte("a,\"b"),
		want: `f.csv:1:3: expected a closing " for this quoted cell, found the end of the file`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCSV("f.csv", tt.data, tt.enc)
			if err == nil {
				t.Fatalf("ReadCSV = %+v, want the error %q", got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ReadCSV error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestLineBreaks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a\nb", "a\nb"},
		{"a\r\nb\rc\n", "a\nb\nc\n"},
		{"\r\r\n\n", "\n\n\n"},
		{"a_x000D_\nb", "a\nb"},
		{"a_x000D_\r\nb", "a\nb"},
		{"a_x000D_b_x000d_", "a\nb\n"},
		{"a_x000D_\rb", "a\n\nb"},
		{"a_x000D_\n\nb", "a\n\nb"},
		{"_x000_x000D__x000D", "_x000\n_x000D"},
		{"_x000A_ _X000D_ x000D_", "_x000A_ _X000D_ x000D_"},
	}
	for _, tt := range tests {
		if got := lineBreaks(tt.in); got != tt.want {
			t.Errorf("lineBreaks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzReadCSV checks that ReadCSV never panics, and that what it reads
// is UTF-8 text with "\n" line breaks only and positions that make sense.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"Code,Skill\r\nFLOB,Flob\x92s\r\n",
		"a,\"b\r\nc\nd\rf\",e\r\n\r\n,\n",
		"\xEF\xBB\xBFé,\"ü\",x\n\u2019,\"a\nb\",c\n",
		"a,\"one_x000D_\ntwo_x000D_three\",b_x000D_c\n",
		"a,b\"c\n", "a,\"b\"c\n", "a,\"b", "\x81\x8D", "\xFF\xFEa\x00", "\r", "\"\r\"",
	} {
		for enc := range 3 {
			f.Add([]byte(s), uint8(enc))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, e uint8) {
		tab, err := ReadCSV("f.csv", data, Encoding(e%3))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.csv:") {
				t.Errorf("error without the file: %v", err)
			}
			return
		}
		prev := 0
		for i, row := range tab.Rows {
			if row.N <= prev {
				t.Errorf("row %d: N = %d after %d", i, row.N, prev)
			}
			prev = row.N
			if len(row.Cells) == 0 || len(row.Lines) != len(row.Cells) || len(row.Cols) != len(row.Cells) {
				t.Fatalf("row %d: %d cells, %d lines, %d columns", i, len(row.Cells), len(row.Lines), len(row.Cols))
			}
			if row.Lines[0] != row.N {
				t.Errorf("row %d: N = %d, first cell on line %d", i, row.N, row.Lines[0])
			}
			for j, c := range row.Cells {
				if !utf8.ValidString(c) || strings.ContainsRune(c, '\r') {
					t.Errorf("row %d cell %d: %q", i, j, c)
				}
				if row.Lines[j] < row.N || row.Cols[j] < 1 || j > 0 && row.Lines[j] < row.Lines[j-1] {
					t.Errorf("row %d cell %d at %d:%d", i, j, row.Lines[j], row.Cols[j])
				}
			}
		}
		if n := len(tab.Rows); n > 0 && isEmpty(tab.Rows[n-1]) {
			t.Errorf("last row is empty: %+v", tab.Rows[n-1])
		}
	})
}
