// Package official turns the tables of one of the SFIA Foundation's
// official downloads (described in README.md, "From the official downloads") into model parts:
// skills, the levels of responsibility and the SFIA 9 attributes.
//
// Each table is recognised by its header row, never by its file or sheet
// name. Header cells are compared after clean.Text and case-insensitively,
// and columns are found by their header text, not their position; columns
// with other headers are ignored. A header row is that of
//
//   - a skills table when it holds "Skill", "Category" or "Subcategory";
//   - an attributes table when it holds "Attribute name" or "Type";
//   - the SFIA 8 levels-of-responsibility table when it holds
//     "Autonomy", "Influence", "Complexity", "Business skills" or
//     "Knowledge";
//   - the SFIA 9 levels table (transposed, one column per level) when its
//     first cell is "Level".
//
// A recognised table must then have every column its kind requires; a
// header row with the marks of two kinds is an error. The header row is
// the table's first row that is not empty. A sheet of a workbook that is
// recognised as none of these is skipped (re-saved copies carry an extra
// sheet); a CSV file's one table must be recognised.
//
// Every cell is read as lines split at "\n" (package sheet has turned
// CRLF, CR and _x000D_ into "\n"), each cleaned with clean.Text: NFC,
// non-breaking spaces and tabs as spaces, single spaces, trimmed. A
// character clean.Forbidden reports is an error naming the cell and the
// line and column in it. Curly quotes, apostrophes and dashes are kept.
package official

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/sheet"
)

// Options say what the MANIFEST declares for the file.
type Options struct {
	// Language is the canonical BCP 47 tag of the file's text.
	Language string
	// Version is the SFIA version of the file. It must match the layout
	// of its tables: a skills table with a "URL" column, an attributes
	// table and the transposed levels table are SFIA 9 or later; a skills
	// table without "URL" and the levels-of-responsibility table are SFIA
	// 8 or earlier.
	Version int
	// Source is the file as model Sources name it: a slash path from the
	// module root.
	Source string
	// Skill is the code of the one skill the MANIFEST line asks for, whose
	// row the skills table must hold; AllSkills or "" take every row.
	Skill string
}

// AllSkills is the Options.Skill (and the MANIFEST's skill field) that
// takes every row of the skills table.
const AllSkills = "*"

// A Skill is one row of a skills table.
type Skill struct {
	// Code is the row's skill code ("PROG").
	Code string
	// Translation is the row's texts, with Source, Where, Language and
	// Version set.
	Translation model.Translation
}

// A Result is what one file gives.
type Result struct {
	// Skills are the rows Options.Skill asks for, in table order.
	Skills []Skill
	// Levels is the file's levels table (SFIA 8's levels of
	// responsibility or SFIA 9's levels); nil if it has none.
	Levels *model.LevelSet
	// Attributes is the file's attributes table; nil if it has none.
	Attributes *model.AttributeSet
}

// Read reads the tables of one file: the sheets of a workbook, or the
// one table of a CSV file.
//
// Every row of every recognised table is read and checked, also when
// Options.Skill asks for one skill only. Errors name the cell:
// "FILE:SHEET!CELL: expected ..., found ..." for a workbook,
// "FILE:LINE:COLUMN: expected ..., found ..." for a CSV file.
//
// For each skill, Translation.Where is its row ("Skills!12", or "12" for
// the line a CSV record starts on) and Levels holds levels 1 to 7, each
// Defined or not, with Where naming its description cell ("Skills!P12",
// or "12:240" as line:column in a CSV file). A defined level's Statements
// are the non-blank lines of its cell, one statement per line (a line
// with two sentences stays one statement: nothing is split on "."), and
// its Paragraph is the statements joined with single spaces. In the
// guidance notes, when the last line before the last run of blank lines
// ends with a colon, that line is the activities intro and the lines after
// the blank lines are the activities; every other non-blank line is a
// guidance paragraph (see splitGuidance for the rule and its errors).
//
// The rules, each an error naming the cell:
//   - a skill's or attribute's code is four capital letters, once in its
//     table; a skill's name, category, subcategory and overall
//     description, and an attribute's name, type and overall description,
//     are not empty; a table has at least one row;
//   - the indicator of level N holds "N" or nothing, and holds "N"
//     exactly when the level's description is not empty;
//   - the last line of a level's description (skills and attributes),
//     and every text of the levels tables but the guiding phrases, ends a
//     sentence (a cell cut off would otherwise lose text silently);
//   - the levels tables give levels 1 to 7, each once, with every text;
//   - a file holds at most one table of skills, of attributes and of
//     levels; the layout agrees with Options.Version.
//
// An attribute's guidance and levels are read like a skill's, without
// activities: one guidance paragraph per non-blank line, and each level's
// lines joined into one text.
func Read(tables []*sheet.Table, opt Options) (*Result, error) {
	if len(tables) == 0 {
		return nil, errors.New("expected at least one table, found none")
	}
	file := tables[0].File
	res := &Result{}
	var skills []Skill
	var skillTable *table
	first := map[string]*table{} // "skills", "attributes", "levels" → table
	var sheets []string
	for _, t := range tables {
		sheets = append(sheets, strconv.Quote(t.Sheet))
		x := &table{t: t, opt: opt, h: -1}
		for r := range t.Rows {
			if !x.emptyRow(r) {
				x.h = r
				break
			}
		}
		csv := t.Sheet == ""
		if x.h < 0 {
			if csv {
				return nil, fmt.Errorf("%s:1:1: expected the header row of an SFIA skills, attributes or levels table, found an empty file", t.File)
			}
			continue
		}
		k, err := x.recognise()
		if err != nil {
			return nil, err
		}
		if k == noTable {
			if csv {
				return nil, x.errorf(x.h, 0, "expected the header row of an SFIA skills, attributes or levels table, found %s", x.headerText())
			}
			continue
		}
		x.kind = k
		class := k.class()
		if prev, dup := first[class]; dup {
			return nil, x.errorf(x.h, 0, "expected one %s table in the file, found a second (the first is in sheet %q)", class, prev.t.Sheet)
		}
		first[class] = x
		switch k {
		case skillsTable:
			skillTable = x
			if skills, err = x.skills(); err != nil {
				return nil, err
			}
		case attributesTable:
			if res.Attributes, err = x.attributes(); err != nil {
				return nil, err
			}
		case levels8Table:
			if res.Levels, err = x.levels8(); err != nil {
				return nil, err
			}
		case levels9Table:
			if res.Levels, err = x.levels9(); err != nil {
				return nil, err
			}
		}
	}
	if len(first) == 0 {
		return nil, fmt.Errorf("%s: expected a sheet whose header row is that of an SFIA skills, attributes or levels table, found none among sheets %s", file, strings.Join(sheets, ", "))
	}
	if opt.Skill == "" || opt.Skill == AllSkills {
		res.Skills = skills
		return res, nil
	}
	if skillTable == nil {
		return nil, fmt.Errorf("%s: expected a skills table with a row for skill %s (as the MANIFEST declares), found no skills table", file, opt.Skill)
	}
	for _, s := range skills {
		if s.Code == opt.Skill {
			res.Skills = []Skill{s}
			return res, nil
		}
	}
	c, _ := skillTable.column(colCode, true)
	return nil, skillTable.errorf(skillTable.h, c, "expected a row for skill %s (as the MANIFEST declares) in this column, found none", opt.Skill)
}

// The kinds of table.
type kind int

const (
	noTable         kind = iota
	skillsTable          // skills, SFIA 8 or 9
	attributesTable      // SFIA 9 attributes
	levels8Table         // SFIA 8 levels of responsibility
	levels9Table         // SFIA 9 levels, transposed
)

// String names the kind of table for error messages ("skills table").
func (k kind) String() string {
	switch k {
	case skillsTable:
		return "skills table"
	case attributesTable:
		return "attributes table"
	case levels8Table:
		return "levels-of-responsibility table"
	case levels9Table:
		return "levels table"
	}
	return "table"
}

// class groups the kinds a file may hold one of each.
func (k kind) class() string {
	switch k {
	case skillsTable:
		return "skills"
	case attributesTable:
		return "attributes"
	}
	return "levels"
}

// Header texts.
const (
	colCode        = "Code"
	colURL         = "URL"
	colSkill       = "Skill"
	colCategory    = "Category"
	colSubcategory = "Subcategory"
	colDescription = "Overall description"
	colGuidance    = "Guidance notes"
	colLevels      = "Levels"
	colAttribute   = "Attribute name"
	colType        = "Type"
	colLevel       = "Level"
	colAutonomy    = "Autonomy"
	colInfluence   = "Influence"
	colComplexity  = "Complexity"
	colBusiness    = "Business skills"
	colKnowledge   = "Knowledge"

	rowGuiding = "Guiding phrase"
	rowEssence = "Essence of the level"
)

// signatures are the header texts that mark a table's kind (the SFIA 9
// levels table is marked by "Level" in its first cell instead).
var signatures = []struct {
	k     kind
	names []string
}{
	{skillsTable, []string{colSkill, colCategory, colSubcategory}},
	{attributesTable, []string{colAttribute, colType}},
	{levels8Table, []string{colAutonomy, colInfluence, colComplexity, colBusiness, colKnowledge}},
}

var codeRE = regexp.MustCompile(`^[A-Z]{4}$`)

// A table is one table being read.
type table struct {
	t    *sheet.Table
	opt  Options
	h    int // the header row
	kind kind
	cols map[string]int // lower-case header text → its first column
	dups map[string]int // lower-case header text → its second column
}

// recognise finds the table's kind from its header row, and maps its
// columns.
func (x *table) recognise() (kind, error) {
	x.cols, x.dups = map[string]int{}, map[string]int{}
	for c, s := range x.t.Rows[x.h].Cells {
		key := strings.ToLower(clean.Text(s))
		if key == "" {
			continue
		}
		if _, ok := x.cols[key]; !ok {
			x.cols[key] = c
		} else if _, ok := x.dups[key]; !ok {
			x.dups[key] = c
		}
	}
	found, mark := noTable, ""
	if x.cols[strings.ToLower(colLevel)] == 0 && x.has(colLevel) {
		found, mark = levels9Table, colLevel
	}
	for _, s := range signatures {
		for _, name := range s.names {
			if !x.has(name) || found == s.k {
				continue
			}
			if found != noTable {
				return noTable, x.errorf(x.h, x.cols[strings.ToLower(name)], "expected the header row of one table, found that of %s (%q) and of %s (%q)", article(found.String()), mark, article(s.k.String()), name)
			}
			found, mark = s.k, name
		}
	}
	return found, nil
}

func (x *table) has(name string) bool {
	_, ok := x.cols[strings.ToLower(name)]
	return ok
}

// column returns the column whose header is name, or -1 where there is
// none and it is not required.
func (x *table) column(name string, required bool) (int, error) {
	key := strings.ToLower(name)
	c, ok := x.cols[key]
	if !ok {
		if required {
			return -1, x.errorf(x.h, 0, "expected a %q column in the %s header, found none", name, x.kind)
		}
		return -1, nil
	}
	if d, dup := x.dups[key]; dup {
		return -1, x.errorf(x.h, d, "expected one %q column in the %s header, found a second (the first is %s)", name, x.kind, x.in(x.h, c))
	}
	return c, nil
}

// columns returns the columns of names, all required.
func (x *table) columns(names ...string) ([]int, error) {
	out := make([]int, len(names))
	for i, name := range names {
		c, err := x.column(name, true)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// indicators returns the columns of the defined-level indicators: the
// "Levels" column and the 6 after it, whose header cells must be empty
// (the merged header of the workbook), or, failing a "Levels" column, the
// columns "Level 1" to "Level 7" (the SFIA 8 CSV export, its header
// unrolled by hand).
func (x *table) indicators() ([7]int, error) {
	var ind [7]int
	c, err := x.column(colLevels, false)
	if err != nil {
		return ind, err
	}
	if c >= 0 {
		for i := range ind {
			ind[i] = c + i
			if s := clean.Text(x.t.Cell(x.h, c+i)); i > 0 && s != "" {
				return ind, x.errorf(x.h, c+i, "expected an empty header cell (the indicators of levels 1 to 7 are the %q column and the 6 after it), found %q", colLevels, s)
			}
		}
		return ind, nil
	}
	if !x.has("Level 1") {
		return ind, x.errorf(x.h, 0, "expected a %q column (or %q to %q) in the %s header, found none", colLevels, "Level 1", "Level 7", x.kind)
	}
	for i := range ind {
		if ind[i], err = x.column(fmt.Sprintf("Level %d", i+1), true); err != nil {
			return ind, err
		}
	}
	return ind, nil
}

// descriptions returns the columns "Level 1 description" to "Level 7
// description".
func (x *table) descriptions() ([7]int, error) {
	var d [7]int
	for i := range d {
		c, err := x.column(fmt.Sprintf("Level %d description", i+1), true)
		if err != nil {
			return d, err
		}
		d[i] = c
	}
	return d, nil
}

// needVersion checks the MANIFEST's version against the layout of a table
// that exists from SFIA 9 on (min9) or up to SFIA 8 (!min9).
func (x *table) needVersion(min9 bool) error {
	if min9 == (x.opt.Version >= 9) {
		return nil
	}
	layout := 8
	if min9 {
		layout = 9
	}
	return x.errorf(x.h, 0, "expected a table in the layout of SFIA %d (as the MANIFEST declares), found the header row of the SFIA %d %s", x.opt.Version, layout, x.kind)
}

// skills reads a skills table.
func (x *table) skills() ([]Skill, error) {
	cs, err := x.columns(colCode, colSkill, colCategory, colSubcategory, colDescription, colGuidance)
	if err != nil {
		return nil, err
	}
	cCode, cName, cCat, cSub, cDesc, cGuide := cs[0], cs[1], cs[2], cs[3], cs[4], cs[5]
	ind, err := x.indicators()
	if err != nil {
		return nil, err
	}
	desc, err := x.descriptions()
	if err != nil {
		return nil, err
	}
	cURL, err := x.column(colURL, false)
	if err != nil {
		return nil, err
	}
	switch {
	case cURL >= 0 && x.opt.Version < 9:
		return nil, x.errorf(x.h, cURL, "expected a skills table in the layout of SFIA %d (as the MANIFEST declares), without a %q column, found one (the layout of SFIA 9)", x.opt.Version, colURL)
	case cURL < 0 && x.opt.Version >= 9:
		return nil, x.errorf(x.h, 0, "expected a skills table in the layout of SFIA %d (as the MANIFEST declares), with a %q column, found none (the layout of SFIA 8)", x.opt.Version, colURL)
	}
	var out []Skill
	seen := map[string]int{}
	for r := x.h + 1; r < len(x.t.Rows); r++ {
		if x.emptyRow(r) {
			continue
		}
		code, err := x.code(r, cCode, "skill", seen)
		if err != nil {
			return nil, err
		}
		tr := model.Translation{
			Source:   x.opt.Source,
			Where:    x.t.RowRef(r),
			Language: x.opt.Language,
			Version:  x.opt.Version,
		}
		if err := x.texts(r,
			textField{cURL, &tr.URL, false},
			textField{cName, &tr.Name, true},
			textField{cDesc, &tr.Description, true},
			textField{cCat, &tr.Category, true},
			textField{cSub, &tr.Subcategory, true},
		); err != nil {
			return nil, err
		}
		lines, err := x.lines(r, cGuide)
		if err != nil {
			return nil, err
		}
		if tr.Guidance, tr.ActivitiesIntro, tr.Activities, err = splitGuidance(lines); err != nil {
			return nil, fmt.Errorf("%s: %w", x.t.Pos(r, cGuide), err)
		}
		for i := range 7 {
			stmts, err := x.level(r, i+1, ind[i], desc[i])
			if err != nil {
				return nil, err
			}
			lv := model.Level{Level: i + 1, Where: x.t.CellRef(r, desc[i])}
			if len(stmts) > 0 {
				lv.Defined = true
				lv.Statements = stmts
				lv.Paragraph = strings.Join(stmts, " ")
			}
			tr.Levels = append(tr.Levels, lv)
		}
		out = append(out, Skill{Code: code, Translation: tr})
	}
	if len(out) == 0 {
		return nil, x.errorf(x.h, 0, "expected rows of skills under the header row of the %s, found none", x.kind)
	}
	return out, nil
}

// attributes reads an attributes table.
func (x *table) attributes() (*model.AttributeSet, error) {
	if err := x.needVersion(true); err != nil {
		return nil, err
	}
	cs, err := x.columns(colCode, colAttribute, colType, colDescription, colGuidance)
	if err != nil {
		return nil, err
	}
	cCode, cName, cType, cDesc, cGuide := cs[0], cs[1], cs[2], cs[3], cs[4]
	ind, err := x.indicators()
	if err != nil {
		return nil, err
	}
	desc, err := x.descriptions()
	if err != nil {
		return nil, err
	}
	cURL, err := x.column(colURL, false)
	if err != nil {
		return nil, err
	}
	set := &model.AttributeSet{Language: x.opt.Language, Version: x.opt.Version, Source: x.opt.Source}
	seen := map[string]int{}
	for r := x.h + 1; r < len(x.t.Rows); r++ {
		if x.emptyRow(r) {
			continue
		}
		a := model.Attribute{Where: x.t.RowRef(r)}
		if a.Code, err = x.code(r, cCode, "attribute", seen); err != nil {
			return nil, err
		}
		if err := x.texts(r,
			textField{cURL, &a.URL, false},
			textField{cName, &a.Name, true},
			textField{cType, &a.Type, true},
			textField{cDesc, &a.Description, true},
		); err != nil {
			return nil, err
		}
		lines, err := x.lines(r, cGuide)
		if err != nil {
			return nil, err
		}
		a.Guidance = nonBlank(lines)
		for i := range 7 {
			stmts, err := x.level(r, i+1, ind[i], desc[i])
			if err != nil {
				return nil, err
			}
			a.Levels[i] = strings.Join(stmts, " ")
		}
		set.Attributes = append(set.Attributes, a)
	}
	if len(set.Attributes) == 0 {
		return nil, x.errorf(x.h, 0, "expected rows of attributes under the header row of the %s, found none", x.kind)
	}
	return set, nil
}

// levelLabelRE matches the label of a row of the levels-of-responsibility
// table: "1 -" (the guiding words missing) or "1 - Flob".
var levelLabelRE = regexp.MustCompile(`^([0-9]+)(?: ?[-–] ?(.*))?$`)

// levels8 reads SFIA 8's levels-of-responsibility table: one row per
// level, labelled "N - " (with the guiding words after the dash, where
// given) in the first column. Where is the level's Autonomy cell.
func (x *table) levels8() (*model.LevelSet, error) {
	if err := x.needVersion(false); err != nil {
		return nil, err
	}
	names := []string{colAutonomy, colInfluence, colComplexity, colBusiness, colKnowledge}
	cs, err := x.columns(names...)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if c == 0 {
			return nil, x.errorf(x.h, 0, "expected an empty header cell above the level labels, found %q", clean.Text(x.t.Cell(x.h, 0)))
		}
	}
	set := &model.LevelSet{Language: x.opt.Language, Version: x.opt.Version, Source: x.opt.Source}
	seen := [7]int{}
	for r := x.h + 1; r < len(x.t.Rows); r++ {
		if x.emptyRow(r) {
			continue
		}
		label, err := x.text(r, 0, false)
		if err != nil {
			return nil, err
		}
		m := levelLabelRE.FindStringSubmatch(label)
		n := 0
		if m != nil {
			n, _ = strconv.Atoi(m[1])
		}
		if n < 1 || n > 7 {
			return nil, x.errorf(r, 0, "expected a level label %q to %q, found %s", "1 - ", "7 - ", found(label))
		}
		if seen[n-1] > 0 {
			return nil, x.errorf(r, 0, "expected each level once, found level %d again (first %s)", n, x.in(seen[n-1], 0))
		}
		seen[n-1] = r
		info := model.LevelInfo{GuidingPhrase: m[2], Where: x.t.CellRef(r, cs[0])}
		for i, dst := range []*string{&info.Autonomy, &info.Influence, &info.Complexity, &info.BusinessSkills, &info.Knowledge} {
			if *dst, err = x.sentences(r, cs[i], fmt.Sprintf("the %s text of level %d", strings.ToLower(names[i]), n)); err != nil {
				return nil, err
			}
		}
		set.Levels[n-1] = info
	}
	for i, r := range seen {
		if r == 0 {
			return nil, x.errorf(x.h, 0, "expected a row for each level from 1 to 7 in the %s, found none for level %d", x.kind, i+1)
		}
	}
	return set, nil
}

// levels9 reads SFIA 9's levels table: one column per level under headers
// "1" to "7", one row per text labelled in the first column: "Guiding
// phrase", "Essence of the level" (each cell starts with "Essence of the
// level: ", which is removed; a cell without it is taken as it is) and
// "URL" (not read). Rows with other labels are ignored. Where is the
// level's essence cell, the level's main text (its guiding phrase is
// the cell above).
func (x *table) levels9() (*model.LevelSet, error) {
	if err := x.needVersion(true); err != nil {
		return nil, err
	}
	var cols [7]int
	for i := range cols {
		c, err := x.column(strconv.Itoa(i+1), true)
		if err != nil {
			return nil, err
		}
		cols[i] = c
	}
	rows := map[string]int{}
	for r := x.h + 1; r < len(x.t.Rows); r++ {
		label := clean.Text(x.t.Cell(r, 0))
		key := strings.ToLower(label)
		if key == "" {
			continue
		}
		if prev, dup := rows[key]; dup {
			return nil, x.errorf(r, 0, "expected one row %q in the %s, found a second (the first is %s)", label, x.kind, x.in(prev, 0))
		}
		rows[key] = r
	}
	var rs [2]int
	for i, label := range []string{rowGuiding, rowEssence} {
		r, ok := rows[strings.ToLower(label)]
		if !ok {
			return nil, x.errorf(x.h, 0, "expected a row %q in the %s, found none", label, x.kind)
		}
		rs[i] = r
	}
	set := &model.LevelSet{Language: x.opt.Language, Version: x.opt.Version, Source: x.opt.Source}
	for i, c := range cols {
		info := model.LevelInfo{Where: x.t.CellRef(rs[1], c)}
		var err error
		if info.GuidingPhrase, err = x.text(rs[0], c, false); err != nil {
			return nil, err
		}
		if info.GuidingPhrase == "" {
			return nil, x.errorf(rs[0], c, "expected the guiding phrase of level %d, found an empty cell", i+1)
		}
		es, err := x.text(rs[1], c, false)
		if err != nil {
			return nil, err
		}
		prefix := clean.Text(x.t.Cell(rs[1], 0)) + ": "
		if len(es) > len(prefix) && strings.EqualFold(es[:len(prefix)], prefix) {
			es = es[len(prefix):]
		}
		if info.Essence, err = x.sentence(rs[1], c, es, fmt.Sprintf("the essence of level %d", i+1)); err != nil {
			return nil, err
		}
		set.Levels[i] = info
	}
	return set, nil
}

// code reads the code in cell (r, c): four capital letters, each code
// once in the table.
func (x *table) code(r, c int, what string, seen map[string]int) (string, error) {
	code, err := x.text(r, c, false)
	if err != nil {
		return "", err
	}
	if !codeRE.MatchString(code) {
		return "", x.errorf(r, c, "expected %s code of four capital letters, found %s", article(what), found(code))
	}
	if prev, dup := seen[code]; dup {
		return "", x.errorf(r, c, "expected each %s code once, found %s again (first %s)", what, code, x.in(prev, c))
	}
	seen[code] = r
	return code, nil
}

func article(s string) string {
	if strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// level reads level n of row r: the indicator in column ci and the
// description in column cd, which must agree. It returns the description's
// statements, one per non-blank line, nil where the level is not defined.
func (x *table) level(r, n, ci, cd int) ([]string, error) {
	mark, err := x.text(r, ci, false)
	if err != nil {
		return nil, err
	}
	lines, err := x.lines(r, cd)
	if err != nil {
		return nil, err
	}
	stmts := nonBlank(lines)
	want := strconv.Itoa(n)
	switch {
	case mark != "" && mark != want:
		return nil, x.errorf(r, ci, "expected %q or an empty cell (the indicator of level %d), found %q", want, n, mark)
	case mark == "" && len(stmts) > 0:
		return nil, x.errorf(r, ci, "expected level %d to be marked as defined (its description %s is not empty), found an empty cell", n, x.in(r, cd))
	case mark != "" && len(stmts) == 0:
		return nil, x.errorf(r, cd, "expected the description of level %d (%s marks it as defined), found an empty cell", n, x.ref(r, ci))
	}
	if len(stmts) > 0 {
		if last := stmts[len(stmts)-1]; !clean.EndsSentence(last) {
			return nil, x.errorf(r, cd, "expected the description of level %d to end with a full stop, found %q at the end of the cell (is it cut off?)", n, clean.Tail(last, 30))
		}
	}
	return stmts, nil
}

// sentences reads cell (r, c) as one paragraph that must be there and end
// a sentence; what names it in errors.
func (x *table) sentences(r, c int, what string) (string, error) {
	s, err := x.text(r, c, false)
	if err != nil {
		return "", err
	}
	return x.sentence(r, c, s, what)
}

// sentence checks that s, the text of cell (r, c), is there and ends a
// sentence.
func (x *table) sentence(r, c int, s, what string) (string, error) {
	switch {
	case s == "":
		return "", x.errorf(r, c, "expected %s, found an empty cell", what)
	case !clean.EndsSentence(s):
		return "", x.errorf(r, c, "expected %s to end with a full stop, found %q at the end of the cell (is it cut off?)", what, clean.Tail(s, 30))
	}
	return s, nil
}

// lines returns the lines of cell (r, c), each cleaned ("" for a blank
// line); nil for an empty cell or a column c < 0.
func (x *table) lines(r, c int) ([]string, error) {
	raw := x.t.Cell(r, c)
	if raw == "" {
		return nil, nil
	}
	ls := strings.Split(raw, "\n")
	for i, l := range ls {
		if f, ok := clean.FirstFault(l); ok {
			if f.Invalid {
				return nil, x.errorf(r, c, "expected UTF-8 text, found an invalid byte on line %d of the cell", i+1)
			}
			return nil, x.errorf(r, c, "expected text, found the control or invisible character %U at line %d, column %d of the cell", f.Char, i+1, f.Column)
		}
		ls[i] = clean.Text(l)
	}
	return ls, nil
}

// A textField is a cell of a row to read as one paragraph into dst; a
// required one must not be empty.
type textField struct {
	c        int
	dst      *string
	required bool
}

// texts reads the fields of row r with text, stopping at the first error.
func (x *table) texts(r int, fields ...textField) error {
	for _, f := range fields {
		var err error
		if *f.dst, err = x.text(r, f.c, f.required); err != nil {
			return err
		}
	}
	return nil
}

// text returns cell (r, c) as one paragraph: its non-blank lines joined
// with single spaces. A required cell must not be empty.
func (x *table) text(r, c int, required bool) (string, error) {
	lines, err := x.lines(r, c)
	if err != nil {
		return "", err
	}
	s := strings.Join(nonBlank(lines), " ")
	if s == "" && required {
		return "", x.errorf(r, c, "expected the %q text of the row, found an empty cell", clean.Text(x.t.Cell(x.h, c)))
	}
	return s, nil
}

func nonBlank(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// emptyRow reports whether every cell of row r is blank.
func (x *table) emptyRow(r int) bool {
	for _, s := range x.t.Rows[r].Cells {
		if clean.Text(s) != "" {
			return false
		}
	}
	return true
}

// headerText quotes the header row's cells for an error message.
func (x *table) headerText() string {
	cells := x.t.Rows[x.h].Cells
	var q []string
	for i, s := range cells {
		if i == 8 {
			q = append(q, "...")
			break
		}
		q = append(q, strconv.Quote(clean.Text(s)))
	}
	return "the header row " + strings.Join(q, ", ")
}

// errorf returns an error at cell (r, c): "FILE:SHEET!CELL: ..." or
// "FILE:LINE:COLUMN: ...".
func (x *table) errorf(r, c int, format string, args ...any) error {
	return fmt.Errorf("%s: %s", x.t.Pos(r, c), fmt.Sprintf(format, args...))
}

// ref names cell (r, c) within its sheet: "P12" in a workbook, and as
// [sheet.Table.CellRef] does in a CSV file ("12:240", line:column; "12"
// where a CSV row has no such cell).
func (x *table) ref(r, c int) string {
	if x.t.Sheet != "" {
		return sheet.ColumnName(c) + strconv.Itoa(x.t.Rows[r].N)
	}
	return x.t.CellRef(r, c)
}

// in says where cell (r, c) is, for a message: "in P12" or "at 12:240".
func (x *table) in(r, c int) string {
	if x.t.Sheet != "" {
		return "in " + x.ref(r, c)
	}
	return "at " + x.ref(r, c)
}

// found quotes s for a message, or says the cell is empty.
func found(s string) string {
	if s == "" {
		return "an empty cell"
	}
	return strconv.Quote(s)
}
