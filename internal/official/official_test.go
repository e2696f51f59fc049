package official

import (
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/sheet"
)

// The tables below are made up in exactly the official layouts (README.md,
// "From the official downloads"), with made-up words and the real quirks:
// non-breaking spaces, curly quotes, a space before a line break, a line
// holding two sentences, guidance of two paragraphs with an activities
// intro, an empty line and activities, the indicator cells, empty rows,
// the transposed levels table with its "Essence of the level: " prefix
// and SFIA 8's levels rows labelled "1 - ".

const xlsx = "seeds/sfia-9_en.xlsx"

// skillsHeader returns the header row of a skills table: form "9" (with
// URL), "8" (without), or "8csv" (SFIA 8's CSV export, its merged
// "Levels" header unrolled as "ID", "Level 1" ... "Level 7").
func skillsHeader(form string) []string {
	h := []string{"#", "Levels", "", "", "", "", "", ""}
	if form == "8csv" {
		h = []string{"ID", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Level 6", "Level 7"}
	}
	h = append(h, "Code")
	if form == "9" {
		h = append(h, "URL")
	}
	h = append(h, "Skill", "Category", "Subcategory", "Overall description", "Guidance notes")
	for n := 1; n <= 7; n++ {
		h = append(h, "Level "+strconv.Itoa(n)+" description")
	}
	return h
}

// A skillRow is a skill as a test writes it into a skills table.
type skillRow struct {
	code, url, name, cat, sub, desc, guide string
	levels                                 [7]string
}

// cells returns the row in the layout of skillsHeader(form), with the
// indicator of every level whose description is not empty.
func (s skillRow) cells(form string, num int) []string {
	c := []string{strconv.Itoa(num)}
	for i, l := range s.levels {
		if l != "" {
			c = append(c, strconv.Itoa(i+1))
		} else {
			c = append(c, "")
		}
	}
	c = append(c, s.code)
	if form == "9" {
		c = append(c, s.url)
	}
	c = append(c, s.name, s.cat, s.sub, s.desc, s.guide)
	return append(c, s.levels[:]...)
}

var (
	skillA = skillRow{
		code: "AAAA", url: "https://example.org/skill/AAAA",
		name: "Grunt\u00a0flobbing", cat: "Zorping  matters", sub: "Wibbles",
		desc:  "Flobs the grunts’ zorps. \nKeeps them “tidy”.",
		guide: "Flobbing is done by grunts. \nIt wibbles the snark.\nFlobbing may include, but is not limited to: \n\nzorping the flib\nwibbling the\u00a0snark \n",
		levels: [7]string{
			1: "Zorps the flib under close wibble. \nChecks the flobs. Reports e.g. 2.5 grunts.\n",
			2: "Wibbles the “snark” as needed.",
		},
	}
	skillB = skillRow{
		code: "BBBB", url: "https://example.org/skill/BBBB",
		name: "Blorping", cat: "Zorping matters", sub: "Blorps",
		desc:  "Blorps things.",
		guide: "Only one flob paragraph.",
		levels: [7]string{
			4: "Sets the blorp.",
			5: "Sets the whole blorp!",
			6: "Is the blorp (all of it).",
		},
	}
)

// Expectations of skillA and skillB, given the name of their level
// description cells and their row.
func wantA(where string, lv func(n int) string, v int) model.Translation {
	return model.Translation{
		Source: "seeds/sfia-9_en.xlsx", Where: where, URL: "https://example.org/skill/AAAA",
		Language: "en", Version: v,
		Name: "Grunt flobbing", Description: "Flobs the grunts’ zorps. Keeps them “tidy”.",
		Guidance:        []string{"Flobbing is done by grunts.", "It wibbles the snark."},
		ActivitiesIntro: "Flobbing may include, but is not limited to:",
		Activities:      []string{"zorping the flib", "wibbling the snark"},
		Category:        "Zorping matters", Subcategory: "Wibbles",
		Levels: []model.Level{
			level(lv(1), 1),
			level(lv(2), 2, "Zorps the flib under close wibble.", "Checks the flobs. Reports e.g. 2.5 grunts."),
			level(lv(3), 3, "Wibbles the “snark” as needed."),
			level(lv(4), 4), level(lv(5), 5), level(lv(6), 6), level(lv(7), 7),
		},
	}
}

func wantB(where string, lv func(n int) string, v int) model.Translation {
	return model.Translation{
		Source: "seeds/sfia-9_en.xlsx", Where: where, URL: "https://example.org/skill/BBBB",
		Language: "en", Version: v,
		Name: "Blorping", Description: "Blorps things.",
		Guidance: []string{"Only one flob paragraph."},
		Category: "Zorping matters", Subcategory: "Blorps",
		Levels: []model.Level{
			level(lv(1), 1), level(lv(2), 2), level(lv(3), 3), level(lv(4), 4),
			level(lv(5), 5, "Sets the blorp."),
			level(lv(6), 6, "Sets the whole blorp!"),
			level(lv(7), 7, "Is the blorp (all of it)."),
		},
	}
}

// level returns level n as read from cell where: defined with these
// statements, or not defined without any.
func level(where string, n int, statements ...string) model.Level {
	l := model.Level{Level: n, Where: where}
	if len(statements) > 0 {
		l.Defined = true
		l.Statements = statements
		l.Paragraph = strings.Join(statements, " ")
	}
	return l
}

// cellsFrom returns the names of the level description cells of a row,
// level 1 in column first.
func cellsFrom(sheetName, first string, row int) func(n int) string {
	return func(n int) string {
		return sheetName + "!" + string(rune(first[0])+rune(n-1)) + strconv.Itoa(row)
	}
}

func skills9Rows() [][]string {
	return [][]string{
		skillsHeader("9"),
		skillA.cells("9", 1),
		{"", "", "", "\u00a0", "", "", "", "", " "}, // an empty row
		skillB.cells("9", 2),
	}
}

func attributesRows() [][]string {
	h := []string{"Levels", "", "", "", "", "", "", "Code", "URL", "Attribute name", "Type", "Overall description", "Guidance notes"}
	for n := 1; n <= 7; n++ {
		h = append(h, "Level "+strconv.Itoa(n)+" description")
	}
	return [][]string{
		h,
		{"1", "2", "3", "4", "5", "6", "7", "FLOB", "https://example.org/attribute/FLOB", "Flobness", "Grunts",
			"How far one\u00a0flobs.", "Flobness grows. \n\nIt wibbles.\n",
			"Flobs a little.", "Flobs some. \nZorps too.", "Flobs.", "Flobs more.", "Flobs a lot.", "Flobs all.", "Is flob."},
		{"", "2", "3", "4", "", "", "", "ZORP", "https://example.org/attribute/ZORP", "Zorpness", "Grunts/Wibbles",
			"How far one zorps.", "",
			"", "Zorps.", "Zorps “more”.", "Zorps most.", "", "", ""},
	}
}

func wantAttributes() *model.AttributeSet {
	return &model.AttributeSet{
		Language: "en", Version: 9, Source: "seeds/sfia-9_en.xlsx",
		Attributes: []model.Attribute{
			{
				Code: "FLOB", URL: "https://example.org/attribute/FLOB", Name: "Flobness", Type: "Grunts",
				Description: "How far one flobs.", Guidance: []string{"Flobness grows.", "It wibbles."},
				Levels: [7]string{"Flobs a little.", "Flobs some. Zorps too.", "Flobs.", "Flobs more.", "Flobs a lot.", "Flobs all.", "Is flob."},
				Where:  "Attributes!2",
			},
			{
				Code: "ZORP", URL: "https://example.org/attribute/ZORP", Name: "Zorpness", Type: "Grunts/Wibbles",
				Description: "How far one zorps.",
				Levels:      [7]string{1: "Zorps.", 2: "Zorps “more”.", 3: "Zorps most."},
				Where:       "Attributes!3",
			},
		},
	}
}

var guiding = []string{"Flob", "Grunt", "Zorp", "Wibble", "Snark, flib", "Blorp, quux", "Set the frob, wib, mob"}

func levels9Rows() [][]string {
	rows := [][]string{{"Level", "1", "2", "3", "4", "5", "6", "7"}, {"Guiding phrase"}, {"Essence of the level"}, {"URL"}}
	for n := 1; n <= 7; n++ {
		rows[1] = append(rows[1], guiding[n-1])
		rows[2] = append(rows[2], "Essence of the level: Flobs at "+strconv.Itoa(n)+" with\u00a0grunts. ")
		rows[3] = append(rows[3], "https://example.org/level/"+strconv.Itoa(n))
	}
	rows[2][7] = "Zorps  everything." // no prefix: taken as it is
	return rows
}

func wantLevels9(source string) *model.LevelSet {
	set := &model.LevelSet{Language: "en", Version: 9, Source: source}
	for n := 1; n <= 7; n++ {
		set.Levels[n-1] = model.LevelInfo{
			GuidingPhrase: guiding[n-1],
			Essence:       "Flobs at " + strconv.Itoa(n) + " with grunts.",
			Where:         "Levels!" + sheet.ColumnName(n) + "3",
		}
	}
	set.Levels[6].Essence = "Zorps everything."
	return set
}

func levels8Rows() [][]string {
	rows := [][]string{{"", "Autonomy", "Influence", "Complexity", "Business skills", "Knowledge"}}
	for n := 1; n <= 7; n++ {
		s := strconv.Itoa(n)
		rows = append(rows, []string{s + " - ", "Flobs alone at " + s + ".", "Grunts at " + s + ". \nWibbles.", "Zorps at " + s + ".", "Blorps at " + s + ".", "Knows " + s + "."})
	}
	rows[3][0] = "3 - Zorp"
	return rows
}

func wantLevels8() *model.LevelSet {
	set := &model.LevelSet{Language: "en", Version: 8, Source: "seeds/sfia-8_en.xlsx"}
	for n := 1; n <= 7; n++ {
		s := strconv.Itoa(n)
		set.Levels[n-1] = model.LevelInfo{
			Autonomy: "Flobs alone at " + s + ".", Influence: "Grunts at " + s + ". Wibbles.",
			Complexity: "Zorps at " + s + ".", BusinessSkills: "Blorps at " + s + ".", Knowledge: "Knows " + s + ".",
			Where: "Levels of responsibility!B" + strconv.Itoa(n+1),
		}
	}
	set.Levels[2].GuidingPhrase = "Zorp"
	return set
}

// wb returns rows as a sheet of the workbook xlsx; row i is row i+1.
func wb(name string, rows [][]string) *sheet.Table {
	t := &sheet.Table{File: xlsx, Sheet: name}
	for i, r := range rows {
		t.Rows = append(t.Rows, sheet.Row{Cells: r, N: i + 1})
	}
	return t
}

// csvTable returns the table that package sheet gives for rows saved as a
// CSV file with CRLF records and CRLF inside quoted cells: encoding/csv
// writes them, and reads them back with the line and column where each
// cell starts.
func csvTable(file string, rows [][]string) *sheet.Table {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.WriteAll(rows); err != nil {
		panic(err)
	}
	r := csv.NewReader(strings.NewReader(b.String()))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	// ReadAll forgets positions: read again record by record.
	r = csv.NewReader(strings.NewReader(b.String()))
	r.FieldsPerRecord = -1
	t := &sheet.Table{File: file}
	for range recs {
		rec, err := r.Read()
		if err != nil {
			panic(err)
		}
		row := sheet.Row{Cells: rec}
		for i := range rec {
			l, c := r.FieldPos(i)
			row.Lines = append(row.Lines, l)
			row.Cols = append(row.Cols, c)
		}
		row.N = row.Lines[0]
		t.Rows = append(t.Rows, row)
	}
	return t
}

// set sets the cell named like a spreadsheet's ("D2": column D of
// rows[1]) and returns rows.
func set(rows [][]string, cell, v string) [][]string {
	i := strings.IndexAny(cell, "0123456789")
	c := 0
	for _, ch := range cell[:i] {
		c = c*26 + int(ch-'A'+1)
	}
	c--
	r, _ := strconv.Atoi(cell[i:])
	r--
	for len(rows[r]) <= c {
		rows[r] = append(rows[r], "")
	}
	rows[r][c] = v
	return rows
}

func opt9() Options {
	return Options{Language: "en", Version: 9, Source: "seeds/sfia-9_en.xlsx", Skill: "*"}
}

func TestReadWorkbook9(t *testing.T) {
	tables := []*sheet.Table{
		wb("Skills", skills9Rows()),
		wb("Notes", [][]string{{"Note", "Date"}, {"Flob", "2025-01-29"}}), // an extra sheet: skipped
		wb("Attributes", attributesRows()),
		wb("Sheet2", nil), // an empty sheet: skipped
		wb("Levels", levels9Rows()),
	}
	want := &Result{
		Skills: []Skill{
			{Code: "AAAA", Translation: wantA("Skills!2", cellsFrom("Skills", "P", 2), 9)},
			{Code: "BBBB", Translation: wantB("Skills!4", cellsFrom("Skills", "P", 4), 9)},
		},
		Levels:     wantLevels9("seeds/sfia-9_en.xlsx"),
		Attributes: wantAttributes(),
	}
	got, err := Read(tables, opt9())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}

	// A MANIFEST line naming one skill takes its row only.
	opt := opt9()
	opt.Skill = "BBBB"
	got, err = Read(tables, opt)
	if err != nil {
		t.Fatal(err)
	}
	want.Skills = want.Skills[1:]
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read for BBBB (-want +got):\n%s", diff)
	}
}

// TestReadHeaderText checks that headers are found by their text after
// clean-up and regardless of case, wherever their columns are.
func TestReadHeaderText(t *testing.T) {
	rows := skills9Rows()
	// Move "Skill" to the end (and "Category" into its place), in odd
	// case and spacing.
	for _, r := range rows {
		if len(r) < 15 {
			continue
		}
		name, cat := r[10], r[11]
		r[10], r[11] = cat, ""
		r[11] = r[12]
		r[12] = r[13]
		r[13] = r[14]
		r[14] = name
	}
	rows = set(rows, "L1", "SUBcategory")
	rows = set(rows, "O1", "\u00a0skill ")
	rows = set(rows, "K1", "category")
	rows = set(rows, "M1", "overall  DESCRIPTION")
	rows = set(rows, "N1", "Guidance notes")
	rows = set(rows, "W1", "Notes of our own") // an unknown column: ignored
	got, err := Read([]*sheet.Table{wb("Skills", rows)}, opt9())
	if err != nil {
		t.Fatal(err)
	}
	want := []Skill{
		{Code: "AAAA", Translation: wantA("Skills!2", cellsFrom("Skills", "P", 2), 9)},
		{Code: "BBBB", Translation: wantB("Skills!4", cellsFrom("Skills", "P", 4), 9)},
	}
	if diff := cmp.Diff(want, got.Skills); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func TestReadWorkbook8(t *testing.T) {
	rows := [][]string{skillsHeader("8"), skillA.cells("8", 1), skillB.cells("8", 2)}
	tables := []*sheet.Table{
		{File: "seeds/sfia-8_en.xlsx", Sheet: "Skills"},
		{File: "seeds/sfia-8_en.xlsx", Sheet: "Levels of responsibility"},
	}
	for i, r := range rows {
		tables[0].Rows = append(tables[0].Rows, sheet.Row{Cells: r, N: i + 1})
	}
	for i, r := range levels8Rows() {
		tables[1].Rows = append(tables[1].Rows, sheet.Row{Cells: r, N: i + 1})
	}
	a := wantA("Skills!2", cellsFrom("Skills", "O", 2), 8)
	b := wantB("Skills!3", cellsFrom("Skills", "O", 3), 8)
	for _, tr := range []*model.Translation{&a, &b} {
		tr.Source, tr.URL = "seeds/sfia-8_en.xlsx", ""
	}
	want := &Result{Skills: []Skill{{"AAAA", a}, {"BBBB", b}}, Levels: wantLevels8()}
	got, err := Read(tables, Options{Language: "en", Version: 8, Source: "seeds/sfia-8_en.xlsx", Skill: "*"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

// TestReadCSV8 reads SFIA 8's CSV export: "ID", "Level 1" ... "Level 7"
// unrolled by hand, CRLF inside cells, an empty record. The positions are
// worked out by hand from the file csvTable writes:
//
//	line 1: ID,Level 1,...
//	line 2: 1,,2,3,,,,,CCCC,Zorp hunting,Grunts,Flibs,Hunts zorps.,"Zorps hide.
//	line 3: Hunting may include:
//	line 4:
//	line 5: tracking
//	line 6: bagging",,"Tracks a zorp.␠
//	line 7: Bags it.",Leads the hunt.,,,,
//	line 8: ,,,,,,,,,,,,,,,,,,,,
//	line 9: 2,1,,,,,,,DDDD,Flib care,Grunts,Flibs,Cares for flibs.,Flibs need care.,Feeds the flib.,,,,,,
func TestReadCSV8(t *testing.T) {
	rows := [][]string{
		skillsHeader("8csv"),
		{"1", "", "2", "3", "", "", "", "", "CCCC", "Zorp hunting", "Grunts", "Flibs", "Hunts zorps.",
			"Zorps hide.\nHunting may include:\n\ntracking\nbagging", "", "Tracks a zorp. \nBags it.", "Leads the hunt.", "", "", "", ""},
		make([]string, 21),
		{"2", "1", "", "", "", "", "", "", "DDDD", "Flib care", "Grunts", "Flibs", "Cares for flibs.",
			"Flibs need care.", "Feeds the flib.", "", "", "", "", "", ""},
	}
	src := "seeds/sfia-8_en_skills.csv"
	got, err := Read([]*sheet.Table{csvTable(src, rows)}, Options{Language: "en", Version: 8, Source: src, Skill: "*"})
	if err != nil {
		t.Fatal(err)
	}
	want := &Result{Skills: []Skill{
		{Code: "CCCC", Translation: model.Translation{
			Source: src, Where: "2", Language: "en", Version: 8,
			Name: "Zorp hunting", Description: "Hunts zorps.",
			Guidance: []string{"Zorps hide."}, ActivitiesIntro: "Hunting may include:", Activities: []string{"tracking", "bagging"},
			Category: "Grunts", Subcategory: "Flibs",
			Levels: []model.Level{
				level("6:10", 1),
				level("6:11", 2, "Tracks a zorp.", "Bags it."),
				level("7:11", 3, "Leads the hunt."),
				level("7:27", 4), level("7:28", 5), level("7:29", 6), level("7:30", 7),
			},
		}},
		{Code: "DDDD", Translation: model.Translation{
			Source: src, Where: "9", Language: "en", Version: 8,
			Name: "Flib care", Description: "Cares for flibs.", Guidance: []string{"Flibs need care."},
			Category: "Grunts", Subcategory: "Flibs",
			Levels: []model.Level{
				level("9:73", 1, "Feeds the flib."),
				level("9:89", 2), level("9:90", 3), level("9:91", 4), level("9:92", 5), level("9:93", 6), level("9:94", 7),
			},
		}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

// TestReadCSV9 reads the SFIA 9 levels table saved as CSV, where Where is
// line:column.
func TestReadCSV9(t *testing.T) {
	src := "seeds/sfia-9_en_levels.csv"
	got, err := Read([]*sheet.Table{csvTable(src, levels9Rows())}, Options{Language: "en", Version: 9, Source: src, Skill: "*"})
	if err != nil {
		t.Fatal(err)
	}
	// Line 3: the essences, each cell 48 characters after the one before.
	want := wantLevels9(src)
	for i, w := range []string{"3:22", "3:70", "3:118", "3:166", "3:214", "3:262", "3:310"} {
		want.Levels[i].Where = w
	}
	if diff := cmp.Diff(&Result{Levels: want}, got); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func TestSplitGuidance(t *testing.T) {
	tests := []struct {
		name, cell string
		guidance   []string
		intro      string
		activities []string
		err        string
	}{
		{name: "empty", cell: ""},
		{name: "one paragraph", cell: "Flobs grunt. ", guidance: []string{"Flobs grunt."}},
		{
			name: "two paragraphs, no activities", cell: "Flobs grunt.\n\nZorps wibble.\n",
			guidance: []string{"Flobs grunt.", "Zorps wibble."},
		},
		{
			name: "official layout", cell: "Flobs grunt. \nZorps wibble.\nFlobbing may include: \n\nzorping\nwibbling",
			guidance: []string{"Flobs grunt.", "Zorps wibble."}, intro: "Flobbing may include:", activities: []string{"zorping", "wibbling"},
		},
		{
			name: "paragraphs apart, blank lines around", cell: "\n\nFlobs grunt.\n\nZorps wibble.\nFlobbing may include:\n\n\nzorping\nwibbling\n\u00a0\n\n",
			guidance: []string{"Flobs grunt.", "Zorps wibble."}, intro: "Flobbing may include:", activities: []string{"zorping", "wibbling"},
		},
		{
			name: "a non-breaking space between activities", cell: "\n\nFlobs grunt.\n\nZorps wibble.\nFlobbing may include:\n\n\nzorping\n\u00a0\nwibbling\n\n\n",
			err: `expected one activity per line from the line introducing them (line 6 of the cell: "Flobbing may include:") to the end of the cell, found an empty line on line 10 and text after it`,
		},
		{
			name: "activities with a trailing blank line", cell: "Flobs grunt.\nFlobbing may include:\n\nzorping\nwibbling\n\u00a0\n",
			guidance: []string{"Flobs grunt."}, intro: "Flobbing may include:", activities: []string{"zorping", "wibbling"},
		},
		{
			name: "several blank lines after the intro", cell: "Flobs grunt.\nFlobbing may include:\n\n \nzorping",
			guidance: []string{"Flobs grunt."}, intro: "Flobbing may include:", activities: []string{"zorping"},
		},
		{
			name: "no guidance", cell: "Flobbing may include:\n\nzorping\nwibbling",
			intro: "Flobbing may include:", activities: []string{"zorping", "wibbling"},
		},
		{
			name: "a colon inside the guidance", cell: "Flobs include:\n\nFlobs grunt.\nFlobbing may include:\n\nzorping",
			guidance: []string{"Flobs include:", "Flobs grunt."}, intro: "Flobbing may include:", activities: []string{"zorping"},
		},
		{
			name: "an activity ending with a colon", cell: "Flobbing may include:\n\nzorping as follows:\nwibbling",
			intro: "Flobbing may include:", activities: []string{"zorping as follows:", "wibbling"},
		},
		{
			name: "fullwidth colon", cell: "弗洛布。\n活动包括：\n\n甲\n乙",
			guidance: []string{"弗洛布。"}, intro: "活动包括：", activities: []string{"甲", "乙"},
		},
		{
			name: "intro without an empty line", cell: "Flobs grunt.\nFlobbing may include:\nzorping\nwibbling",
			err: `expected an empty line after the line introducing the activities (line 2 of the cell: "Flobbing may include:"), found "zorping" on line 3`,
		},
		{
			name: "intro at the end", cell: "Flobs grunt.\nFlobbing may include:\n\n",
			err: `expected the activities after the line introducing them (line 2 of the cell: "Flobbing may include:"), found the end of the cell`,
		},
		{
			name: "empty line among the activities", cell: "Flobs grunt.\nFlobbing may include:\n\nzorping\n\nwibbling",
			err: `expected one activity per line from the line introducing them (line 2 of the cell: "Flobbing may include:") to the end of the cell, found an empty line on line 5 and text after it`,
		},
		{
			name: "guidance after the activities", cell: "Flobs grunt.\nFlobbing may include:\n\nzorping\nwibbling\n\nZorps wibble.",
			err: `expected one activity per line from the line introducing them (line 2 of the cell: "Flobbing may include:") to the end of the cell, found an empty line on line 6 and text after it`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []string
			if tt.cell != "" {
				for _, l := range strings.Split(tt.cell, "\n") {
					lines = append(lines, clean.Text(l))
				}
			}
			g, intro, acts, err := splitGuidance(lines)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]any{tt.guidance, tt.intro, tt.activities}, []any{g, intro, acts}); diff != "" {
				t.Errorf("splitGuidance (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	skills := func(rows [][]string) []*sheet.Table { return []*sheet.Table{wb("Skills", rows)} }
	withV := func(v int) Options { o := opt9(); o.Version = v; return o }
	withSkill := func(code string) Options { o := opt9(); o.Skill = code; return o }
	csv8 := func(rows [][]string) []*sheet.Table {
		return []*sheet.Table{csvTable("seeds/s.csv", rows)}
	}
	csv8Rows := func() [][]string {
		return [][]string{skillsHeader("8csv"), skillA.cells("8csv", 1), skillB.cells("8csv", 2)}
	}
	tests := []struct {
		name   string
		tables []*sheet.Table
		opt    Options
		want   string
	}{
		// Indicators.
		{
			"description without its indicator", skills(set(skills9Rows(), "D2", "")), opt9(),
			xlsx + `:Skills!D2: expected level 3 to be marked as defined (its description in R2 is not empty), found an empty cell`,
		},
		{
			"indicator without its description", skills(set(skills9Rows(), "B2", "1")), opt9(),
			xlsx + `:Skills!P2: expected the description of level 1 (B2 marks it as defined), found an empty cell`,
		},
		{
			"indicator of another level", skills(set(skills9Rows(), "C2", "3")), opt9(),
			xlsx + `:Skills!C2: expected "2" or an empty cell (the indicator of level 2), found "3"`,
		},
		{
			"indicator as a decimal", skills(set(skills9Rows(), "C2", "2.0")), opt9(),
			xlsx + `:Skills!C2: expected "2" or an empty cell (the indicator of level 2), found "2.0"`,
		},
		{
			"description without its indicator, CSV", csv8(set(csv8Rows(), "C2", "")), withV(8),
			`seeds/s.csv:2:4: expected level 2 to be marked as defined (its description at 9:4 is not empty), found an empty cell`,
		},
		{
			"indicator without its description, attributes", []*sheet.Table{wb("Attributes", set(attributesRows(), "A3", "1"))}, opt9(),
			xlsx + `:Attributes!N3: expected the description of level 1 (A3 marks it as defined), found an empty cell`,
		},
		// Codes.
		{
			"duplicated skill code", skills(set(skills9Rows(), "I4", "AAAA")), opt9(),
			xlsx + `:Skills!I4: expected each skill code once, found AAAA again (first in I2)`,
		},
		{
			"duplicated skill code, CSV", csv8(set(csv8Rows(), "I3", "AAAA")), withV(8),
			`seeds/s.csv:12:13: expected each skill code once, found AAAA again (first at 2:12)`,
		},
		{
			"duplicated attribute code", []*sheet.Table{wb("Attributes", set(attributesRows(), "H3", "FLOB"))}, opt9(),
			xlsx + `:Attributes!H3: expected each attribute code once, found FLOB again (first in H2)`,
		},
		{
			"bad skill code", skills(set(skills9Rows(), "I2", "Aaaa")), opt9(),
			xlsx + `:Skills!I2: expected a skill code of four capital letters, found "Aaaa"`,
		},
		{
			"no skill code", skills(set(skills9Rows(), "I2", " ")), opt9(),
			xlsx + `:Skills!I2: expected a skill code of four capital letters, found an empty cell`,
		},
		{
			"bad attribute code", []*sheet.Table{wb("Attributes", set(attributesRows(), "H2", "FLOB1"))}, opt9(),
			xlsx + `:Attributes!H2: expected an attribute code of four capital letters, found "FLOB1"`,
		},
		// Missing, duplicated and misplaced columns.
		{
			"skills: no Code", skills(set(skills9Rows(), "I1", "Cod")), opt9(),
			xlsx + `:Skills!A1: expected a "Code" column in the skills table header, found none`,
		},
		{
			"skills: no Level 5 description", skills(set(skills9Rows(), "T1", "")), opt9(),
			xlsx + `:Skills!A1: expected a "Level 5 description" column in the skills table header, found none`,
		},
		{
			"skills: no indicators", skills(set(skills9Rows(), "B1", "")), opt9(),
			xlsx + `:Skills!A1: expected a "Levels" column (or "Level 1" to "Level 7") in the skills table header, found none`,
		},
		{
			"skills: text under the merged Levels header", skills(set(skills9Rows(), "H1", "Flob")), opt9(),
			xlsx + `:Skills!H1: expected an empty header cell (the indicators of levels 1 to 7 are the "Levels" column and the 6 after it), found "Flob"`,
		},
		{
			"skills CSV: no Level 4", csv8(set(csv8Rows(), "E1", "Level four")), withV(8),
			`seeds/s.csv:1:1: expected a "Level 4" column in the skills table header, found none`,
		},
		{
			"skills: two Skill columns", skills(set(skills9Rows(), "W1", "skill")), opt9(),
			xlsx + `:Skills!W1: expected one "Skill" column in the skills table header, found a second (the first is in K1)`,
		},
		{
			"attributes: no Type", []*sheet.Table{wb("Attributes", set(attributesRows(), "K1", "Kind"))}, opt9(),
			xlsx + `:Attributes!A1: expected a "Type" column in the attributes table header, found none`,
		},
		{
			"levels of responsibility: no Knowledge", []*sheet.Table{wb("LoR", set(levels8Rows(), "F1", ""))}, withV(8),
			xlsx + `:LoR!A1: expected a "Knowledge" column in the levels-of-responsibility table header, found none`,
		},
		{
			"levels of responsibility: labels under a column", []*sheet.Table{wb("LoR", set(set(levels8Rows(), "A1", "Autonomy"), "B1", "Flob"))}, withV(8),
			xlsx + `:LoR!A1: expected an empty header cell above the level labels, found "Autonomy"`,
		},
		{
			"levels: no 7", []*sheet.Table{wb("Levels", set(levels9Rows(), "H1", "Seven"))}, opt9(),
			xlsx + `:Levels!A1: expected a "7" column in the levels table header, found none`,
		},
		{
			"levels: no essence row", []*sheet.Table{wb("Levels", set(levels9Rows(), "A3", "Essence"))}, opt9(),
			xlsx + `:Levels!A1: expected a row "Essence of the level" in the levels table, found none`,
		},
		{
			"levels: two guiding phrase rows", []*sheet.Table{wb("Levels", set(levels9Rows(), "A4", "guiding phrase"))}, opt9(),
			xlsx + `:Levels!A4: expected one row "guiding phrase" in the levels table, found a second (the first is in A2)`,
		},
		{
			"header of two tables", skills(set(skills9Rows(), "W1", "Type")), opt9(),
			xlsx + `:Skills!W1: expected the header row of one table, found that of a skills table ("Skill") and of an attributes table ("Type")`,
		},
		{
			"two skills tables", []*sheet.Table{wb("Skills", skills9Rows()), wb("Copy", skills9Rows())}, opt9(),
			xlsx + `:Copy!A1: expected one skills table in the file, found a second (the first is in sheet "Skills")`,
		},
		{
			"two levels tables", []*sheet.Table{wb("Levels", levels9Rows()), wb("LoR", levels8Rows())}, opt9(),
			xlsx + `:LoR!A1: expected one levels table in the file, found a second (the first is in sheet "Levels")`,
		},
		// Text.
		{
			"forbidden character", skills(set(skills9Rows(), "O2", "Flobs.\nIt \u202Ewibbles.")), opt9(),
			xlsx + `:Skills!O2: expected text, found the control or invisible character U+202E at line 2, column 4 of the cell`,
		},
		{
			"forbidden character in a level", skills(set(skills9Rows(), "Q2", "Zorps\x00.")), opt9(),
			xlsx + `:Skills!Q2: expected text, found the control or invisible character U+0000 at line 1, column 6 of the cell`,
		},
		{
			"truncated level text", skills(set(skills9Rows(), "Q2", "Zorps the flib under close wibble. \nChecks the flobs and then all of the ")), opt9(),
			xlsx + `:Skills!Q2: expected the description of level 2 to end with a full stop, found "... the flobs and then all of the" at the end of the cell (is it cut off?)`,
		},
		{
			"truncated attribute level", []*sheet.Table{wb("Attributes", set(attributesRows(), "O2", "Flobs some"))}, opt9(),
			xlsx + `:Attributes!O2: expected the description of level 2 to end with a full stop, found "Flobs some" at the end of the cell (is it cut off?)`,
		},
		{
			"truncated essence", []*sheet.Table{wb("Levels", set(levels9Rows(), "D3", "Essence of the level: Zorps the"))}, opt9(),
			xlsx + `:Levels!D3: expected the essence of level 3 to end with a full stop, found "Zorps the" at the end of the cell (is it cut off?)`,
		},
		{
			"empty guiding phrase", []*sheet.Table{wb("Levels", set(levels9Rows(), "C2", ""))}, opt9(),
			xlsx + `:Levels!C2: expected the guiding phrase of level 2, found an empty cell`,
		},
		{
			"empty autonomy", []*sheet.Table{wb("LoR", set(levels8Rows(), "B3", ""))}, withV(8),
			xlsx + `:LoR!B3: expected the autonomy text of level 2, found an empty cell`,
		},
		{
			"bad level label", []*sheet.Table{wb("LoR", set(levels8Rows(), "A8", "8 - "))}, withV(8),
			xlsx + `:LoR!A8: expected a level label "1 - " to "7 - ", found "8 -"`,
		},
		{
			"level label twice", []*sheet.Table{wb("LoR", set(levels8Rows(), "A8", "6 -"))}, withV(8),
			xlsx + `:LoR!A8: expected each level once, found level 6 again (first in A7)`,
		},
		{
			"level missing", []*sheet.Table{wb("LoR", levels8Rows()[:7])}, withV(8),
			xlsx + `:LoR!A1: expected a row for each level from 1 to 7 in the levels-of-responsibility table, found none for level 7`,
		},
		{
			"empty skill name", skills(set(skills9Rows(), "K4", "\u00a0")), opt9(),
			xlsx + `:Skills!K4: expected the "Skill" text of the row, found an empty cell`,
		},
		{
			"guidance out of layout", skills(set(skills9Rows(), "O4", "Flobs.\nFlobbing may include:\nzorping")), opt9(),
			xlsx + `:Skills!O4: expected an empty line after the line introducing the activities (line 2 of the cell: "Flobbing may include:"), found "zorping" on line 3`,
		},
		{
			"no skill rows", skills(skills9Rows()[:1]), opt9(),
			xlsx + `:Skills!A1: expected rows of skills under the header row of the skills table, found none`,
		},
		{
			"no attribute rows", []*sheet.Table{wb("Attributes", attributesRows()[:1])}, opt9(),
			xlsx + `:Attributes!A1: expected rows of attributes under the header row of the attributes table, found none`,
		},
		// Layout against the MANIFEST's version.
		{
			"SFIA 9 skills declared as 8", skills(skills9Rows()), withV(8),
			xlsx + `:Skills!J1: expected a skills table in the layout of SFIA 8 (as the MANIFEST declares), without a "URL" column, found one (the layout of SFIA 9)`,
		},
		{
			"SFIA 8 skills declared as 9", csv8(csv8Rows()), opt9(),
			`seeds/s.csv:1:1: expected a skills table in the layout of SFIA 9 (as the MANIFEST declares), with a "URL" column, found none (the layout of SFIA 8)`,
		},
		{
			"SFIA 9 levels declared as 8", []*sheet.Table{wb("Levels", levels9Rows())}, withV(8),
			xlsx + `:Levels!A1: expected a table in the layout of SFIA 8 (as the MANIFEST declares), found the header row of the SFIA 9 levels table`,
		},
		{
			"SFIA 9 attributes declared as 7", []*sheet.Table{wb("Attributes", attributesRows())}, withV(7),
			xlsx + `:Attributes!A1: expected a table in the layout of SFIA 7 (as the MANIFEST declares), found the header row of the SFIA 9 attributes table`,
		},
		{
			"SFIA 8 levels of responsibility declared as 9", []*sheet.Table{wb("LoR", levels8Rows())}, opt9(),
			xlsx + `:LoR!A1: expected a table in the layout of SFIA 9 (as the MANIFEST declares), found the header row of the SFIA 8 levels-of-responsibility table`,
		},
		{
			"invalid UTF-8", skills(set(skills9Rows(), "N2", "Flobs.\nZorps \xff.")), opt9(),
			xlsx + `:Skills!N2: expected UTF-8 text, found an invalid byte on line 2 of the cell`,
		},
		{
			"indicator without its description, short CSV record", csv8(func() [][]string {
				rows := set(csv8Rows(), "B3", "1")
				rows[2] = rows[2][:14]
				return rows
			}()), withV(8),
			`seeds/s.csv:12: expected the description of level 1 (12:3 marks it as defined), found an empty cell`,
		},
		// Unrecognised files and missing skills.
		{
			"no tables", nil, opt9(),
			`expected at least one table, found none`,
		},
		{
			"unrecognised CSV, long header", []*sheet.Table{csvTable("seeds/x.csv", [][]string{{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}})}, opt9(),
			`seeds/x.csv:1:1: expected the header row of an SFIA skills, attributes or levels table, found the header row "a", "b", "c", "d", "e", "f", "g", "h", ...`,
		},
		{
			"unrecognised CSV", []*sheet.Table{csvTable("seeds/x.csv", [][]string{{"Name", "Date\u00a0 saved"}, {"Flob", "today"}})}, opt9(),
			`seeds/x.csv:1:1: expected the header row of an SFIA skills, attributes or levels table, found the header row "Name", "Date saved"`,
		},
		{
			"empty CSV", []*sheet.Table{{File: "seeds/x.csv"}}, opt9(),
			`seeds/x.csv:1:1: expected the header row of an SFIA skills, attributes or levels table, found an empty file`,
		},
		{
			"no table in a workbook", []*sheet.Table{wb("Notes", [][]string{{"Note"}, {"Flob"}}), wb("Sheet2", nil)}, opt9(),
			xlsx + `: expected a sheet whose header row is that of an SFIA skills, attributes or levels table, found none among sheets "Notes", "Sheet2"`,
		},
		{
			"skill not in the skills table", skills(skills9Rows()), withSkill("ZZZZ"),
			xlsx + `:Skills!I1: expected a row for skill ZZZZ (as the MANIFEST declares) in this column, found none`,
		},
		{
			"skill without a skills table", []*sheet.Table{csvTable("seeds/l.csv", levels9Rows())}, withSkill("ZZZZ"),
			`seeds/l.csv: expected a skills table with a row for skill ZZZZ (as the MANIFEST declares), found no skills table`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(tt.tables, tt.opt)
			if err == nil {
				t.Fatalf("Read = %+v, want error %s", got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}
