package synth

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/sfiakit/sfiakit/internal/parse"
)

var en, enUS = OfficialLanguages[0], OfficialLanguages[1]

// TestOfficialSkills checks the shape of the made-up framework: runs of
// two to five consecutive levels, and 35 of 147 skills at level 7.
func TestOfficialSkills(t *testing.T) {
	skills := OfficialSkills(147)
	top7, starts := 0, map[int]int{}
	for i, s := range skills {
		if s.Code != Code(i) {
			t.Errorf("skill %d: code %s, want %s", i, s.Code, Code(i))
		}
		if len(s.Levels) < 2 || len(s.Levels) > 5 || s.Levels[0] < 1 || s.Levels[len(s.Levels)-1] > 7 {
			t.Errorf("%s: levels %v, want a run of 2 to 5 within 1-7", s.Code, s.Levels)
		}
		for j := 1; j < len(s.Levels); j++ {
			if s.Levels[j] != s.Levels[j-1]+1 {
				t.Errorf("%s: levels %v are not consecutive", s.Code, s.Levels)
			}
		}
		if s.Levels[len(s.Levels)-1] == 7 {
			top7++
		}
		starts[s.Levels[0]]++
	}
	if top7 != 35 {
		t.Errorf("%d skills reach level 7, want 35", top7)
	}
	if len(starts) < 4 {
		t.Errorf("skills start at levels %v, want at least four different ones", starts)
	}
}

var twoSentences = regexp.MustCompile(`[a-z]\. \p{Lu}`)

// TestOfficialSkillText checks the texts' quirks, and that a regional
// build differs from its language in spelling only, plus the lower-case
// artefact.
func TestOfficialSkillText(t *testing.T) {
	s := Skill{Code: "SABC", Levels: []int{3, 4, 5}}
	o, us := OfficialSkillText(s, en, 9), OfficialSkillText(s, enUS, 9)
	if o.Code != "SABC" || o.Name == "" || o.Category == "" || o.Subcategory == "" || len(o.Guidance) == 0 || len(o.Activities) < 3 {
		t.Fatalf("missing texts: %+v", o)
	}
	for n := 1; n <= 7; n++ {
		if got, want := o.Levels[n-1] != nil, n >= 3 && n <= 5; got != want {
			t.Errorf("level %d: defined %v, want %v", n, got, want)
		}
	}
	if !twoSentences.MatchString(o.Levels[2][0]) {
		t.Errorf("first statement of the lowest level %q: want two sentences", o.Levels[2][0])
	}
	if !strings.Contains(o.Description, "\u2019") || !strings.Contains(o.Description, "\u00a0") || !strings.Contains(o.Guidance[0], " \u2014 ") {
		t.Errorf("description %q and guidance %q: want a curly apostrophe, an NBSP and an em dash", o.Description, o.Guidance[0])
	}
	if !strings.HasSuffix(o.ActivitiesIntro, ":") || o.ActivitiesIntro != OfficialSkillText(Skill{Code: "SXYZ"}, en, 8).ActivitiesIntro {
		t.Errorf("activities intro %q: want one per language, ending in ':'", o.ActivitiesIntro)
	}
	if v8 := OfficialSkillText(s, en, 8); v8.Name != o.Name || v8.Description == o.Description {
		t.Errorf("SFIA 8 and 9: want the same name and different texts, got %q/%q, %q/%q", v8.Name, o.Name, v8.Description, o.Description)
	}

	// en-US: the same shape, other spellings, a lower-case sentence.
	if o.Description == us.Description || o.Name == us.Name && cmp.Equal(o.Levels, us.Levels) {
		t.Errorf("en-US texts are en's: %q", us.Description)
	}
	if !regexp.MustCompile(`\. \p{Ll}`).MatchString(us.Description) || regexp.MustCompile(`\. \p{Ll}`).MatchString(o.Description) {
		t.Errorf("want a sentence starting in lower case in en-US's description only: en %q, en-US %q", o.Description, us.Description)
	}
	shape := func(o OfficialSkill) []int {
		out := []int{len(o.Guidance), len(o.Activities)}
		for _, l := range o.Levels {
			out = append(out, len(l))
		}
		return out
	}
	if diff := cmp.Diff(shape(o), shape(us)); diff != "" {
		t.Errorf("en and en-US shapes differ (-en +en-US):\n%s", diff)
	}
}

// TestLevelCell checks a level cell's lines and trailing spaces, and the
// guidance cell's parts.
func TestLevelCell(t *testing.T) {
	o := OfficialSkill{Guidance: []string{"Pa.", "Pb."}, ActivitiesIntro: "Intro:", Activities: []string{"x", "y"}}
	o.Levels[2] = []string{"A.", "B.", "C.", "D."}
	o.Levels[3] = []string{"A.", "B.", "C."}
	for _, c := range []struct{ got, want string }{
		{o.LevelCell(3), "A. \nB.\nC. \nD."},
		{o.LevelCell(4), "A.\nB. \nC."},
		{o.LevelCell(1), ""},
		{o.GuidanceCell(), "Pa.\nPb.\nIntro:\n\nx\ny"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestSFIA8Workbook reads the workbook back with excelize and from its
// raw XML: sheets, header with the merged Levels cell, number indicator
// cells, texts, _x000D_ escapes and the levels of responsibility.
func TestSFIA8Workbook(t *testing.T) {
	skills := OfficialSkills(6)
	data, err := OfficialSFIA8Workbook(skills, en)
	if err != nil {
		t.Fatal(err)
	}
	again, err := OfficialSFIA8Workbook(skills, en)
	if err != nil || !bytes.Equal(data, again) {
		t.Errorf("two workbooks of the same skills differ (err %v)", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if diff := cmp.Diff([]string{"Skills", "Levels of responsibility"}, f.GetSheetList()); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	rows, err := f.GetRows(SkillsSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(skills) {
		t.Fatalf("%d rows, want %d", len(rows), 1+len(skills))
	}
	if diff := cmp.Diff(SFIA8SkillsHeader, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	if len(SFIA8SkillsHeader) != 21 {
		t.Errorf("header has %d columns, want 21", len(SFIA8SkillsHeader))
	}
	merged, err := f.GetMergeCells(SkillsSheet)
	if err != nil || len(merged) != 1 || merged[0].GetStartAxis() != "B1" || merged[0].GetEndAxis() != "H1" || merged[0].GetCellValue() != "Levels" {
		t.Errorf("merged cells %v (err %v), want Levels over B1:H1", merged, err)
	}
	crCells, plainCells := 0, 0
	for i, s := range skills {
		row := rows[i+1]
		o := OfficialSkillText(s, en, 8)
		for n := 1; n <= 7; n++ {
			ref, _ := excelize.CoordinatesToCellName(1+n, i+2)
			typ, _ := f.GetCellType(SkillsSheet, ref)
			defined := o.Levels[n-1] != nil
			want := ""
			if defined {
				want = strconv.Itoa(n)
				if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
					t.Errorf("%s: indicator is a string cell, want a number", ref)
				}
			}
			if got := cell(row, n); got != want {
				t.Errorf("%s: indicator %q, want %q", ref, got, want)
			}
		}
		got := map[string]string{"#": cell(row, 0), "code": cell(row, 8), "name": cell(row, 9), "category": cell(row, 10), "subcategory": cell(row, 11), "description": cell(row, 12)}
		want := map[string]string{"#": strconv.Itoa(i + 1), "code": s.Code, "name": o.Name, "category": o.Category, "subcategory": o.Subcategory, "description": o.Description}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("row %d (-want +got):\n%s", i+2, diff)
		}
		// excelize decodes _x000D_ to "\r".
		texts := []string{cell(row, 13)}
		wantTexts := []string{o.GuidanceCell()}
		for n := 1; n <= 7; n++ {
			texts = append(texts, cell(row, 13+n))
			wantTexts = append(wantTexts, o.LevelCell(n))
		}
		for k, txt := range texts {
			if strings.Contains(txt, "\r\n") {
				crCells++
			} else if strings.Contains(txt, "\n") {
				plainCells++
				if k != 0 || i%3 != 2 {
					t.Errorf("row %d column %d: line breaks without _x000D_", i+2, 13+k)
				}
			}
			if got := strings.ReplaceAll(txt, "\r\n", "\n"); got != wantTexts[k] {
				t.Errorf("row %d column %d: %q, want %q", i+2, 13+k, got, wantTexts[k])
			}
		}
	}
	if crCells == 0 || plainCells == 0 {
		t.Errorf("%d cells with _x000D_ breaks, %d with plain ones: want both", crCells, plainCells)
	}

	lor, err := f.GetRows(LevelsSheet)
	if err != nil || len(lor) != 8 {
		t.Fatalf("levels of responsibility: %d rows (err %v), want 8", len(lor), err)
	}
	if diff := cmp.Diff(SFIA8LevelsHeader, lor[0]); diff != "" {
		t.Errorf("levels header (-want +got):\n%s", diff)
	}
	for n, l := range OfficialLevels(en, 8) {
		want := []string{fmt.Sprintf("%d - ", n+1), l.Autonomy, l.Influence, l.Complexity, l.BusinessSkills, l.Knowledge}
		if diff := cmp.Diff(want, lor[n+1]); diff != "" {
			t.Errorf("level %d (-want +got):\n%s", n+1, diff)
		}
	}

	// The shared strings as Excel writes them.
	sst := zipFile(t, data, "xl/sharedStrings.xml")
	for _, want := range []string{"_x000D_\n", " _x000D_\n", "\u00a0", "\u2014", "\u2019", ">1 - </t>"} {
		if !strings.Contains(sst, want) {
			t.Errorf("shared strings: no %q", want)
		}
	}
	for _, bad := range []string{"&#xD;", "&#xA;", "_x005F"} {
		if strings.Contains(sst, bad) {
			t.Errorf("shared strings: %q", bad)
		}
	}
}

func TestSFIA8WorkbookBadLevel(t *testing.T) {
	if _, err := OfficialSFIA8Workbook([]Skill{{Code: "SAAA", Levels: []int{0, 1}}}, en); err == nil {
		t.Error("level 0: no error")
	}
}

// csvFile describes how a CSV save's bytes must look.
type csvFile struct {
	name string
	data []byte
	enc  string
}

// readCSV checks the bytes of a save in encoding enc (no BOM; valid
// UTF-8 with LF only, or Windows-1252 bytes that are not valid UTF-8),
// decodes them, and returns its records read with encoding/csv and its
// number of physical lines.
func readCSV(t *testing.T, f csvFile) ([][]string, int) {
	t.Helper()
	data := f.data
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Errorf("%s: a BOM", f.name)
	}
	text := string(data)
	switch f.enc {
	case UTF8:
		if !utf8.Valid(data) || strings.Contains(text, "\r") {
			t.Errorf("%s: want valid UTF-8 with LF line breaks only", f.name)
		}
	case Windows1252:
		if utf8.Valid(data) {
			t.Errorf("%s: valid UTF-8, want Windows-1252 bytes", f.name)
		}
		dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			t.Fatal(err)
		}
		text = string(dec)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", f.name, err)
	}
	return recs, strings.Count(text, "\n")
}

// TestSFIA9SkillsCSV reads both saves back: header, cells, encodings,
// line breaks inside and between records.
func TestSFIA9SkillsCSV(t *testing.T) {
	skills := OfficialSkills(12)
	for _, c := range []struct {
		lang Language
		enc  string
	}{{en, Windows1252}, {enUS, UTF8}} {
		t.Run(c.enc, func(t *testing.T) {
			data := OfficialSFIA9SkillsCSV(skills, c.lang, nil, c.enc)
			if !bytes.Equal(data, OfficialSFIA9SkillsCSV(skills, c.lang, nil, c.enc)) {
				t.Error("two saves of the same skills differ")
			}
			checkBreaks(t, data, c.enc)
			recs, lines := readCSV(t, csvFile{"skills.csv", data, c.enc})
			if len(recs) != 1+len(skills) {
				t.Fatalf("%d records, want %d", len(recs), 1+len(skills))
			}
			if lines <= len(recs) {
				t.Errorf("%d lines for %d records: want quoted cells spanning lines", lines, len(recs))
			}
			if diff := cmp.Diff(SFIA9SkillsHeader, recs[0]); diff != "" || len(recs[0]) != 22 {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			for i, s := range skills {
				o := OfficialSkillText(s, c.lang, 9)
				want := []string{strconv.Itoa(i + 1), "", "", "", "", "", "", "", s.Code, "https://sfia-online.org/en/skillcode/9/" + s.Code,
					o.Name, o.Category, o.Subcategory, o.Description, o.GuidanceCell()}
				for _, n := range s.Levels {
					want[n] = strconv.Itoa(n)
				}
				for n := 1; n <= 7; n++ {
					want = append(want, o.LevelCell(n))
				}
				if diff := cmp.Diff(want, recs[i+1]); diff != "" {
					t.Errorf("record %d (-want +got):\n%s", i+1, diff)
				}
			}
			for _, want := range []string{"\u00a0", "\u2014", "\u2019", " \n"} {
				if !strings.Contains(strings.Join(flatten(recs), "|"), want) {
					t.Errorf("no %q in any cell", want)
				}
			}
		})
	}
	if url := OfficialSFIA9SkillsCSV(skills[:1], en, func(c string) string { return "u/" + c }, UTF8); !bytes.Contains(url, []byte(",u/SAAA,")) {
		t.Errorf("codeURL not used: %q", url)
	}
}

// checkBreaks checks a save's line breaks byte by byte: in Windows-1252,
// CRLF after every record and inside cells, with a few lone LF inside
// cells (never after a record); in UTF-8, LF only. Records end outside
// quotes.
func checkBreaks(t *testing.T, data []byte, enc string) {
	t.Helper()
	inQuotes := false
	recordCRLF, recordLF, cellCRLF, cellLF, cr := 0, 0, 0, 0, 0
	for i, b := range data {
		switch b {
		case '"':
			inQuotes = !inQuotes
		case '\r':
			cr++
			if i+1 == len(data) || data[i+1] != '\n' {
				t.Errorf("byte %d: a CR not before LF", i)
			}
		case '\n':
			crlf := i > 0 && data[i-1] == '\r'
			switch {
			case inQuotes && crlf:
				cellCRLF++
			case inQuotes:
				cellLF++
			case crlf:
				recordCRLF++
			default:
				recordLF++
			}
		}
	}
	switch enc {
	case Windows1252:
		if recordLF != 0 || recordCRLF == 0 || cellCRLF == 0 || cellLF == 0 || cellLF*10 > cellCRLF {
			t.Errorf("records: %d CRLF, %d LF; cells: %d CRLF, %d LF: want CRLF records, CRLF in cells and a few lone LF", recordCRLF, recordLF, cellCRLF, cellLF)
		}
	case UTF8:
		if cr != 0 || recordLF == 0 || cellLF == 0 {
			t.Errorf("%d CR, %d records, %d LF in cells: want LF only", cr, recordLF, cellLF)
		}
	}
	special := map[string][]string{
		Windows1252: {"\x92", "\xa0", "\x97"},
		UTF8:        {"\u2019", "\u00a0", "\u2014"},
	}[enc]
	for _, s := range special {
		if !bytes.Contains(data, []byte(s)) {
			t.Errorf("%s: no bytes %q (curly apostrophe, NBSP, em dash)", enc, s)
		}
	}
}

func flatten(recs [][]string) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r...)
	}
	return out
}

func cell(row []string, c int) string {
	if c < len(row) {
		return row[c]
	}
	return ""
}

// TestSFIA9AttributesCSV reads the attributes table back.
func TestSFIA9AttributesCSV(t *testing.T) {
	for _, enc := range []string{Windows1252, UTF8} {
		data := OfficialSFIA9AttributesCSV(en, nil, enc)
		recs, _ := readCSV(t, csvFile{"attributes.csv", data, enc})
		if len(recs) != 17 {
			t.Fatalf("%s: %d records, want 17", enc, len(recs))
		}
		if diff := cmp.Diff(SFIA9AttributesHeader, recs[0]); diff != "" || len(recs[0]) != 20 {
			t.Errorf("%s: header (-want +got):\n%s", enc, diff)
		}
		for i, a := range OfficialAttributes(en) {
			want := append([]string{"1", "2", "3", "4", "5", "6", "7", OfficialAttributeCodes[i], "https://sfia-online.org/en/attributecode/9/" + a.Code,
				a.Name, a.Type, a.Description, strings.Join(a.Guidance, "\n")}, a.Levels[:]...)
			if diff := cmp.Diff(want, recs[i+1]); diff != "" {
				t.Errorf("%s: record %d (-want +got):\n%s", enc, i+1, diff)
			}
			if wantType := map[bool]string{true: AttributeType, false: BusinessSkillType}[i < 4]; a.Type != wantType {
				t.Errorf("%s: type %q, want %q", a.Code, a.Type, wantType)
			}
		}
	}
}

// TestSFIA9LevelsCSV reads the transposed levels table back.
func TestSFIA9LevelsCSV(t *testing.T) {
	for _, enc := range []string{Windows1252, UTF8} {
		data := OfficialSFIA9LevelsCSV(en, nil, enc)
		recs, _ := readCSV(t, csvFile{"levels.csv", data, enc})
		levels := OfficialLevels(en, 9)
		want := [][]string{{"Level", "1", "2", "3", "4", "5", "6", "7"}, {"Guiding phrase"}, {"Essence of the level"}, {"URL"}}
		for n, l := range levels {
			want[1] = append(want[1], l.GuidingPhrase)
			want[2] = append(want[2], "Essence of the level: "+l.Essence)
			want[3] = append(want[3], "https://sfia-online.org/en/levels/9/"+strconv.Itoa(n+1))
		}
		if diff := cmp.Diff(want, recs); diff != "" {
			t.Errorf("%s (-want +got):\n%s", enc, diff)
		}
		for n, l := range levels {
			if commas := strings.Count(l.GuidingPhrase, ", "); commas != max(0, n/2-1) {
				t.Errorf("level %d guiding phrase %q: %d commas", n+1, l.GuidingPhrase, commas)
			}
		}
		if !strings.Contains(levels[0].Essence, "\u2019") {
			t.Errorf("level 1 essence %q: want a curly apostrophe", levels[0].Essence)
		}
	}
}

// TestCSVPanics checks that a save that cannot be written panics.
func TestCSVPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"latin-1":  func() { OfficialSFIA9LevelsCSV(en, nil, "latin-1") },
		"Cyrillic": func() { OfficialSFIA9LevelsCSV(Languages[1], nil, Windows1252) },
		"level 8":  func() { OfficialSFIA9SkillsCSV([]Skill{{Code: "SAAA", Levels: []int{8}}}, en, nil, UTF8) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// TestWriteOfficial writes a corpus and checks its files and MANIFEST,
// which the manifest parser must accept.
func TestWriteOfficial(t *testing.T) {
	dir := t.TempDir()
	if err := WriteOfficial(dir, OfficialCorpus{Skills: 4}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "MANIFEST"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := parse.Manifest("MANIFEST", data)
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		File, Skill, Language string
		Version               int
		Encoding              string
	}
	var got []line
	for _, e := range entries {
		got = append(got, line{e.File, e.Skill, e.Language, int(e.Version), e.Encoding})
		if _, err := os.Stat(filepath.Join(dir, e.File)); err != nil {
			t.Error(err)
		}
	}
	want := []line{
		{"sfia-8_en_220221.xlsx", "*", "en", 8, ""},
		{"sfia-9_current-standard_en_250129_skills.csv", "*", "en", 9, "windows-1252"},
		{"sfia-9_current-standard_en_250129_attributes.csv", "*", "en", 9, ""},
		{"sfia-9_current-standard_en_250129_levels.csv", "*", "en", 9, ""},
		{"sfia-8_en_US_220221.xlsx", "*", "en-US", 8, ""},
		{"sfia-9_current-standard_en_US_250129_skills.csv", "*", "en-US", 9, ""},
		{"sfia-9_current-standard_en_US_250129_attributes.csv", "*", "en-US", 9, ""},
		{"sfia-9_current-standard_en_US_250129_levels.csv", "*", "en-US", 9, ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MANIFEST (-want +got):\n%s", diff)
	}
	for _, f := range []struct {
		name string
		utf8 bool
	}{{"sfia-9_current-standard_en_250129_levels.csv", false}, {"sfia-9_current-standard_en_US_250129_levels.csv", true}} {
		data, _ := os.ReadFile(filepath.Join(dir, f.name))
		if utf8.Valid(data) != f.utf8 {
			t.Errorf("%s: valid UTF-8 %v, want %v", f.name, !f.utf8, f.utf8)
		}
	}
	if err := WriteOfficial(t.TempDir(), OfficialCorpus{Skills: 1, Languages: Languages[1:2]}); err == nil {
		t.Error("a Cyrillic language: no error")
	}
}

func zipFile(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the workbook", name)
	return ""
}

// ExampleWriteOfficial shows the MANIFEST of a folder of made-up
// official downloads.
func ExampleWriteOfficial() {
	dir, err := os.MkdirTemp("", "synth-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if err := WriteOfficial(dir, OfficialCorpus{Skills: 2, Languages: OfficialLanguages[:1]}); err != nil {
		panic(err)
	}
	manifest, _ := os.ReadFile(filepath.Join(dir, "MANIFEST"))
	fmt.Print(string(manifest))
	// Output:
	// # Synthetic official downloads: made-up skills and words, not SFIA text.
	// sfia-8_en_220221.xlsx * en 8
	// sfia-9_current-standard_en_250129_skills.csv * en 9 encoding=windows-1252
	// sfia-9_current-standard_en_250129_attributes.csv * en 9
	// sfia-9_current-standard_en_250129_levels.csv * en 9
}
