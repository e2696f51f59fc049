package synth

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// This file writes made-up official downloads: the SFIA Foundation's
// spreadsheets (README.md, "From the official downloads"), in exactly their layouts and
// with their quirks, but in synth's made-up words. None of it is SFIA
// text: not the skills, not the guiding phrases, not the attribute
// names. Only the layout is real: header rows, sheet names, the
// "Essence of the level: " prefix, the attribute codes and types.

// The encodings of the CSV writers.
const (
	// UTF8 is the encoding of the en_US save: UTF-8 without a BOM, LF
	// after every record and inside cells.
	UTF8 = "utf-8"
	// Windows1252 is the encoding of the other saves: Windows-1252 (a
	// curly apostrophe is the byte 0x92, a non-breaking space 0xA0), CRLF
	// after every record and inside cells, with a few lone LF inside
	// cells.
	Windows1252 = "windows-1252"
)

// OfficialLanguages are the languages of the made-up official downloads:
// English and its United States build, which differs from it in spelling
// (made-up spelling rules here) and has a sentence starting in lower
// case after a full stop in every skill's overall description, as the
// real en_US build's machine artefacts do.
var OfficialLanguages = []Language{{"en", "Latn", "ltr"}, {"en-US", "Latn", "ltr"}}

// OfficialAttributeCodes are the codes of SFIA 9's 16 attributes, in the
// attributes table's order: four of type "Attributes", then twelve of
// type "Business skills/Behavioural factors". The codes are the real
// ones; the names and texts OfficialAttributes gives them are made up.
var OfficialAttributeCodes = []string{
	"AUTO", "INFL", "COMP", "KNGE",
	"COLL", "COMM", "IMPM", "CRTY", "DECM", "DIGI", "LEAD", "LADV", "PLAN", "PROB", "ADAP", "SCPE",
}

// The values of the attributes table's Type column.
const (
	AttributeType     = "Attributes"
	BusinessSkillType = "Business skills/Behavioural factors"
)

// OfficialSkills returns n made-up skills coded Code(0), Code(1), ...,
// each defined at a run of two to five consecutive levels, as SFIA 9's
// are; 35 in every 147 reach level 7 (exactly 35 of 147, as in SFIA 9).
func OfficialSkills(n int) []Skill {
	skills := make([]Skill, n)
	for i := range skills {
		top := 3 + i%4 // 3 to 6
		if (i+1)*35/147 > i*35/147 {
			top = 7
		}
		lo := max(1, top-1-(i/4)%4)
		s := Skill{Code: Code(i)}
		for l := lo; l <= top; l++ {
			s.Levels = append(s.Levels, l)
		}
		skills[i] = s
	}
	return skills
}

// An OfficialSkill is what the made-up official files say of one skill,
// as texts before the layout's quirks: the guidance notes as their parts,
// the level cells as their lines without the trailing spaces some of them
// get. The texts hold non-breaking spaces, em dashes, curly apostrophes
// and quotes, "e.g." and decimals as the files do; clean.Text of a text
// is what a reader gives.
type OfficialSkill struct {
	Code, Name, Category, Subcategory string
	// Description is the overall description: two sentences, one with a
	// curly apostrophe, one with a non-breaking space; in a regional
	// build (en-US) the second starts in lower case.
	Description string
	// Guidance holds the guidance paragraphs, the first with an em dash.
	Guidance []string
	// ActivitiesIntro is the line introducing the activities, the same
	// for every skill of a language, ending in ':'.
	ActivitiesIntro string
	Activities      []string
	// Levels holds the statements of levels 1 to 7 at index 0 to 6, one
	// per line of the level cell, nil where the skill is not defined.
	// The first statement of the first level in Skill.Levels (the
	// lowest, in OfficialSkills) is two sentences.
	Levels [7][]string
}

// GuidanceCell returns the text of the skill's Guidance notes cell: the
// guidance paragraphs, the activities intro, an empty line and one
// activity per line, with "\n" between lines.
func (o OfficialSkill) GuidanceCell() string {
	lines := append(append(append([]string{}, o.Guidance...), o.ActivitiesIntro, ""), o.Activities...)
	return strings.Join(lines, "\n")
}

// LevelCell returns the text of the skill's cell for level n (1-7): one
// statement per line, with "\n" between lines, and a space before every
// other break (the first, the third, ... at odd levels; the second, ...
// at even ones), as the real cells often have. It is "" where the skill
// is not defined at level n.
func (o OfficialSkill) LevelCell(n int) string {
	var b strings.Builder
	for j, s := range o.Levels[n-1] {
		if j > 0 {
			if (j+n)%2 == 0 {
				b.WriteByte(' ')
			}
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	return b.String()
}

// OfficialSkillText returns the texts the made-up official files give
// skill s in language lang, SFIA version version. The name, category and
// subcategory depend on the code and language only, the other texts on
// the version too. A regional build (a tag with a region, en-US) has the
// words of its language (en) with made-up spelling changes, and the same
// number of statements, activities and paragraphs.
func OfficialSkillText(s Skill, lang Language, version int) OfficialSkill {
	base, variant := splitRegion(lang.Tag)
	nw := newOfficialWords(fmt.Sprint("name", s.Code, base), lang.Script, variant)
	w := newOfficialWords(fmt.Sprint("skill", s.Code, base, version), lang.Script, variant)
	sub := int(hash(s.Code) % 22)
	o := OfficialSkill{
		Code:            s.Code,
		Name:            nw.phrase(2 + nw.r.IntN(3)),
		Category:        categoryName(lang, sub*6/22),
		Subcategory:     subcategoryName(lang, sub),
		ActivitiesIntro: activitiesIntro(lang),
	}
	second := w.sentence(decoNBSP)
	if variant {
		second = lowerFirst(second)
	}
	o.Description = w.sentence(decoApostrophe) + " " + second
	for p := 0; p < 1+w.r.IntN(2); p++ {
		d := decoPlain
		if p == 0 {
			d = decoDash
		}
		para := w.sentence(d)
		for k := 0; k < 1+w.r.IntN(2); k++ {
			para += " " + w.sentence(w.deco())
		}
		o.Guidance = append(o.Guidance, para)
	}
	for k := 0; k < 3+w.r.IntN(5); k++ {
		o.Activities = append(o.Activities, w.phrase(3+w.r.IntN(5)))
	}
	first := true
	for _, n := range s.Levels {
		if n < 1 || n > 7 {
			continue
		}
		var lines []string
		for k := 0; k < 2+w.r.IntN(4); k++ {
			st := w.sentence(w.deco())
			if first {
				st += " " + w.sentence(w.deco())
				first = false
			}
			lines = append(lines, st)
		}
		o.Levels[n-1] = lines
	}
	return o
}

// An OfficialAttribute is what the made-up SFIA 9 attributes table says
// of one attribute.
type OfficialAttribute struct {
	Code, Name string
	// Type is AttributeType or BusinessSkillType.
	Type        string
	Description string
	// Guidance holds the guidance paragraphs, one a line in the cell.
	Guidance []string
	// Levels holds the descriptions at levels 1 to 7 (every attribute
	// has all seven).
	Levels [7]string
}

// OfficialAttributes returns the 16 made-up attributes of
// OfficialAttributeCodes in language lang.
func OfficialAttributes(lang Language) []OfficialAttribute {
	base, variant := splitRegion(lang.Tag)
	var out []OfficialAttribute
	for i, code := range OfficialAttributeCodes {
		w := newOfficialWords(fmt.Sprint("attribute", code, base), lang.Script, variant)
		a := OfficialAttribute{Code: code, Name: w.phrase(1 + w.r.IntN(2)), Type: BusinessSkillType}
		if i < 4 {
			a.Type = AttributeType
		}
		a.Description = w.sentence(decoApostrophe) + " " + w.sentence(decoPlain)
		for p := 0; p < 1+w.r.IntN(3); p++ {
			a.Guidance = append(a.Guidance, w.sentence(w.deco())+" "+w.sentence(decoPlain))
		}
		for n := range a.Levels {
			a.Levels[n] = w.sentence(w.deco())
			if w.r.IntN(2) == 0 {
				a.Levels[n] += " " + w.sentence(decoPlain)
			}
		}
		out = append(out, a)
	}
	return out
}

// An OfficialLevel is what the made-up files say of one level of
// responsibility: SFIA 9's guiding phrase and essence (without the
// "Essence of the level: " prefix its cells have), or SFIA 8's five
// generic attributes.
type OfficialLevel struct {
	GuidingPhrase, Essence                                     string
	Autonomy, Influence, Complexity, BusinessSkills, Knowledge string
}

// OfficialLevels returns the levels of responsibility of the made-up
// files in language lang, SFIA version version: for version 9 and later
// the guiding phrases (one word at levels 1 to 4, words separated by
// commas above, as the real ones are) and essences, for earlier versions
// the five generic attributes.
func OfficialLevels(lang Language, version int) [7]OfficialLevel {
	base, variant := splitRegion(lang.Tag)
	w := newOfficialWords(fmt.Sprint("levels", base, version), lang.Script, variant)
	var out [7]OfficialLevel
	for n := range out {
		l := &out[n]
		if version >= 9 {
			parts := []string{w.phrase(1)}
			for k := 0; k < n/2-1; k++ { // 1, 1, 1, 1, 2, 2, 3 parts
				parts = append(parts, w.word())
			}
			if n == 6 {
				parts[0] += " " + w.word()
			}
			l.GuidingPhrase = strings.Join(parts, ", ")
			d := w.deco()
			if n == 0 {
				d = decoApostrophe
			}
			l.Essence = w.sentence(d) + " " + w.sentence(decoPlain)
			continue
		}
		l.Autonomy = w.sentence(w.deco())
		l.Influence = w.sentence(w.deco())
		l.Complexity = w.sentence(w.deco())
		l.BusinessSkills = w.sentence(w.deco()) + " " + w.sentence(decoPlain)
		l.Knowledge = w.sentence(w.deco())
		if n == 0 {
			l.Autonomy = w.sentence(decoApostrophe)
		}
	}
	return out
}

// SFIA8SkillsHeader is the header row of the SFIA 8 workbook's Skills
// sheet (21 columns: "Levels" is merged over the 7 columns B to H).
var SFIA8SkillsHeader = append([]string{"#", "Levels", "", "", "", "", "", "",
	"Code", "Skill", "Category", "Subcategory", "Overall description", "Guidance notes"}, levelHeaders()...)

// SFIA9SkillsHeader is the header row of SFIA 9's skills table (22
// columns: SFIA 8's with "URL" after "Code").
var SFIA9SkillsHeader = append([]string{"#", "Levels", "", "", "", "", "", "",
	"Code", "URL", "Skill", "Category", "Subcategory", "Overall description", "Guidance notes"}, levelHeaders()...)

// SFIA9AttributesHeader is the header row of SFIA 9's attributes table
// (20 columns).
var SFIA9AttributesHeader = append([]string{"Levels", "", "", "", "", "", "",
	"Code", "URL", "Attribute name", "Type", "Overall description", "Guidance notes"}, levelHeaders()...)

// SFIA8LevelsHeader is the header row of the SFIA 8 workbook's Levels of
// responsibility sheet; its rows are labelled "1 - " to "7 - ".
var SFIA8LevelsHeader = []string{"", "Autonomy", "Influence", "Complexity", "Business skills", "Knowledge"}

func levelHeaders() []string {
	var h []string
	for n := 1; n <= 7; n++ {
		h = append(h, fmt.Sprintf("Level %d description", n))
	}
	return h
}

// Sheet names of the SFIA 8 workbook.
const (
	SkillsSheet = "Skills"
	LevelsSheet = "Levels of responsibility"
)

// OfficialSFIA8Workbook returns an .xlsx workbook in the layout of the
// SFIA 8 download, for skills in language lang (texts from
// OfficialSkillText and OfficialLevels, version 8). Sheet Skills has the
// header SFIA8SkillsHeader with "Levels" merged over B1:H1, and a row per
// skill: its number in column A, the number N (a number cell) under
// level N for each level it defines and nothing under the others, then
// the texts. Sheet Levels of responsibility has SFIA8LevelsHeader and
// rows "1 - " to "7 - ". Line breaks inside cells are stored in the
// shared strings as Excel stores them, "_x000D_" then a newline, except
// in the Guidance notes of every third skill (the third, sixth, ...),
// which have a bare newline, as a library may write them. It fails on a
// level outside 1-7.
func OfficialSFIA8Workbook(skills []Skill, lang Language) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SkillsSheet); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(LevelsSheet); err != nil {
		return nil, err
	}
	var errs []error
	set := func(sheet string, col, row int, v any) {
		if v == "" {
			return
		}
		ref, err := excelize.CoordinatesToCellName(col+1, row)
		if err == nil {
			switch v := v.(type) {
			case int:
				err = f.SetCellInt(sheet, ref, int64(v))
			case string:
				err = f.SetCellStr(sheet, ref, v)
			}
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	for c, h := range SFIA8SkillsHeader {
		set(SkillsSheet, c, 1, h)
	}
	if err := f.MergeCell(SkillsSheet, "B1", "H1"); err != nil {
		return nil, err
	}
	for i, s := range skills {
		row := i + 2
		o := OfficialSkillText(s, lang, 8)
		set(SkillsSheet, 0, row, i+1)
		for _, n := range s.Levels {
			if n < 1 || n > 7 {
				return nil, fmt.Errorf("synth: skill %s: level %d is not 1-7", s.Code, n)
			}
			set(SkillsSheet, n, row, n)
		}
		guidance := o.GuidanceCell()
		if i%3 != 2 {
			guidance = crlf(guidance)
		}
		for c, v := range []string{o.Code, o.Name, o.Category, o.Subcategory, o.Description, guidance} {
			set(SkillsSheet, 8+c, row, v)
		}
		for n := 1; n <= 7; n++ {
			set(SkillsSheet, 13+n, row, crlf(o.LevelCell(n)))
		}
	}
	for c, h := range SFIA8LevelsHeader {
		set(LevelsSheet, c, 1, h)
	}
	for n, l := range OfficialLevels(lang, 8) {
		for c, v := range []string{fmt.Sprintf("%d - ", n+1), l.Autonomy, l.Influence, l.Complexity, l.BusinessSkills, l.Knowledge} {
			set(LevelsSheet, c, n+2, v)
		}
	}
	if len(errs) > 0 {
		return nil, errs[0]
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return escapeCRs(buf.Bytes())
}

// crlf returns s with its line breaks as CRLF, which the workbook writer
// turns into Excel's "_x000D_" escape.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// escapeCRs rewrites the workbook's shared strings as Excel writes them:
// a CR (which excelize writes as the character reference &#xD;) before a
// line break becomes the escape _x000D_, and line breaks (&#xA;) are
// written as they are. Every other part of the file is copied unchanged.
func escapeCRs(xlsx []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		r, err := zf.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, err
		}
		if zf.Name == "xl/sharedStrings.xml" {
			data = bytes.ReplaceAll(data, []byte("&#xD;&#xA;"), []byte("_x000D_\n"))
			data = bytes.ReplaceAll(data, []byte("&#xA;"), []byte("\n"))
			if bytes.Contains(data, []byte("&#xD;")) {
				return nil, fmt.Errorf("synth: a carriage return not before a line break in the shared strings")
			}
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// SkillURL is the default URL of a skill's page in SFIA 9's skills table:
// https://sfia-online.org/en/skillcode/9/CODE.
func SkillURL(code string) string { return "https://sfia-online.org/en/skillcode/9/" + code }

// AttributeURL is the default URL of an attribute's page in the made-up
// attributes table (the real URLs' shape is not known here):
// https://sfia-online.org/en/attributecode/9/CODE.
func AttributeURL(code string) string { return "https://sfia-online.org/en/attributecode/9/" + code }

// LevelURL is the default URL of a level's page in the made-up levels
// table (the real URLs' shape is not known here):
// https://sfia-online.org/en/levels/9/N.
func LevelURL(n int) string { return "https://sfia-online.org/en/levels/9/" + strconv.Itoa(n) }

// OfficialSFIA9SkillsCSV returns the CSV save of SFIA 9's skills table
// for skills in language lang (texts from OfficialSkillText, version 9):
// the header SFIA9SkillsHeader, then a row per skill with its number,
// "N" under level N for each level it defines (empty under the others),
// its code, codeURL(code) (SkillURL when codeURL is nil) and its texts.
// enc is UTF8 or Windows1252 (see their docs for the line breaks each
// save has). Cells holding a comma, a quote or a line break are quoted,
// so quoted cells span lines. It panics on another enc, on a level
// outside 1-7, or on text Windows-1252 cannot encode (a language not in
// the Latin script).
func OfficialSFIA9SkillsCSV(skills []Skill, lang Language, codeURL func(code string) string, enc string) []byte {
	if codeURL == nil {
		codeURL = SkillURL
	}
	c := newCSV(enc)
	c.record(SFIA9SkillsHeader)
	for i, s := range skills {
		o := OfficialSkillText(s, lang, 9)
		rec := make([]string, len(SFIA9SkillsHeader))
		rec[0] = strconv.Itoa(i + 1)
		for _, n := range s.Levels {
			if n < 1 || n > 7 {
				panic(fmt.Sprintf("synth: skill %s: level %d is not 1-7", s.Code, n))
			}
			rec[n] = strconv.Itoa(n)
		}
		copy(rec[8:], []string{o.Code, codeURL(o.Code), o.Name, o.Category, o.Subcategory, o.Description, o.GuidanceCell()})
		for n := 1; n <= 7; n++ {
			rec[14+n] = o.LevelCell(n)
		}
		c.record(rec)
	}
	return c.bytes()
}

// OfficialSFIA9AttributesCSV returns the CSV save of SFIA 9's attributes
// table in language lang (texts from OfficialAttributes): the header
// SFIA9AttributesHeader, then a row per attribute with "1" to "7" under
// the merged Levels header, its code, codeURL(code) (AttributeURL when
// codeURL is nil), name, type, description, guidance (one paragraph a
// line) and level descriptions. enc and panics as for
// OfficialSFIA9SkillsCSV.
func OfficialSFIA9AttributesCSV(lang Language, codeURL func(code string) string, enc string) []byte {
	if codeURL == nil {
		codeURL = AttributeURL
	}
	c := newCSV(enc)
	c.record(SFIA9AttributesHeader)
	for _, a := range OfficialAttributes(lang) {
		rec := []string{"1", "2", "3", "4", "5", "6", "7",
			a.Code, codeURL(a.Code), a.Name, a.Type, a.Description, strings.Join(a.Guidance, "\n")}
		c.record(append(rec, a.Levels[:]...))
	}
	return c.bytes()
}

// EssencePrefix starts every essence cell of SFIA 9's levels table.
const EssencePrefix = "Essence of the level: "

// OfficialSFIA9LevelsCSV returns the CSV save of SFIA 9's levels table in
// language lang (texts from OfficialLevels, version 9), transposed as the
// real one is: the header "Level", "1" ... "7", then the rows "Guiding
// phrase", "Essence of the level" (each cell starting with
// EssencePrefix) and "URL" (levelURL(n), LevelURL when levelURL is nil).
// enc and panics as for OfficialSFIA9SkillsCSV.
func OfficialSFIA9LevelsCSV(lang Language, levelURL func(n int) string, enc string) []byte {
	if levelURL == nil {
		levelURL = LevelURL
	}
	levels := OfficialLevels(lang, 9)
	c := newCSV(enc)
	rows := [][]string{{"Level"}, {"Guiding phrase"}, {"Essence of the level"}, {"URL"}}
	for n, l := range levels {
		rows[0] = append(rows[0], strconv.Itoa(n+1))
		rows[1] = append(rows[1], l.GuidingPhrase)
		rows[2] = append(rows[2], EssencePrefix+l.Essence)
		rows[3] = append(rows[3], levelURL(n+1))
	}
	for _, r := range rows {
		c.record(r)
	}
	return c.bytes()
}

// csvWriter writes CSV as the real saves are: a cell is quoted when it
// holds a comma, a quote or a line break; in a Windows-1252 save records
// end in CRLF and so do line breaks inside cells, except every 40th of
// them (the 8th, the 48th, ...), which stays a lone LF.
type csvWriter struct {
	b      strings.Builder
	enc    string
	breaks int // line breaks inside cells so far
}

func newCSV(enc string) *csvWriter {
	if enc != UTF8 && enc != Windows1252 {
		panic(fmt.Sprintf("synth: encoding %q: want %q or %q", enc, UTF8, Windows1252))
	}
	return &csvWriter{enc: enc}
}

func (c *csvWriter) record(fields []string) {
	for i, f := range fields {
		if i > 0 {
			c.b.WriteByte(',')
		}
		if !strings.ContainsAny(f, ",\"\r\n") {
			c.b.WriteString(f)
			continue
		}
		c.b.WriteByte('"')
		for _, r := range f {
			switch r {
			case '"':
				c.b.WriteString(`""`)
			case '\n':
				if c.enc == Windows1252 && c.breaks%40 != 7 {
					c.b.WriteByte('\r')
				}
				c.b.WriteByte('\n')
				c.breaks++
			default:
				c.b.WriteRune(r)
			}
		}
		c.b.WriteByte('"')
	}
	if c.enc == Windows1252 {
		c.b.WriteByte('\r')
	}
	c.b.WriteByte('\n')
}

func (c *csvWriter) bytes() []byte {
	if c.enc == UTF8 {
		return []byte(c.b.String())
	}
	out, err := charmap.Windows1252.NewEncoder().String(c.b.String())
	if err != nil {
		panic(fmt.Sprintf("synth: text Windows-1252 cannot encode: %v", err))
	}
	return []byte(out)
}

// An OfficialCorpus describes a seeds folder of made-up official
// downloads.
type OfficialCorpus struct {
	// Skills is how many skills, as OfficialSkills gives them; SFIA 8
	// and SFIA 9 both get them all.
	Skills int
	// Languages are the languages to write, in the Latin script; the
	// default is OfficialLanguages. The first, the third, ... are saved
	// in Windows-1252, the others in UTF-8.
	Languages []Language
}

// OfficialFiles returns the names WriteOfficial gives the files of
// language tag, as the Foundation names its downloads (the tag's '-' as
// '_'): the SFIA 8 workbook, then SFIA 9's skills, attributes and levels
// CSV saves.
func OfficialFiles(tag string) (workbook, skills, attributes, levels string) {
	t := strings.ReplaceAll(tag, "-", "_")
	p := "sfia-9_current-standard_" + t + "_250129_"
	return "sfia-8_" + t + "_220221.xlsx", p + "skills.csv", p + "attributes.csv", p + "levels.csv"
}

// WriteOfficial writes the corpus into dir: for each language the SFIA 8
// workbook and SFIA 9's three CSV saves (named by OfficialFiles), and a
// MANIFEST taking every row of each ("FILE * LANG VERSION"); the skills
// CSV of a Windows-1252 language says encoding=windows-1252, its other
// CSV files leave the encoding to be detected. No language profile is
// written: spreadsheets need none.
func WriteOfficial(dir string, c OfficialCorpus) error {
	langs := c.Languages
	if len(langs) == 0 {
		langs = OfficialLanguages
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	skills := OfficialSkills(c.Skills)
	var manifest strings.Builder
	manifest.WriteString("# Synthetic official downloads: made-up skills and words, not SFIA text.\n")
	for j, l := range langs {
		if l.Script != "Latn" {
			return fmt.Errorf("synth: language %s: the official downloads are written in the Latin script only", l.Tag)
		}
		enc, opt := UTF8, ""
		if j%2 == 0 {
			enc, opt = Windows1252, " encoding="+Windows1252
		}
		wb, sk, at, lv := OfficialFiles(l.Tag)
		xlsx, err := OfficialSFIA8Workbook(skills, l)
		if err != nil {
			return err
		}
		files := []struct {
			name    string
			data    []byte
			version int
			opt     string
		}{
			{wb, xlsx, 8, ""},
			{sk, OfficialSFIA9SkillsCSV(skills, l, nil, enc), 9, opt},
			{at, OfficialSFIA9AttributesCSV(l, nil, enc), 9, ""},
			{lv, OfficialSFIA9LevelsCSV(l, nil, enc), 9, ""},
		}
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(&manifest, "%s * %s %d%s\n", f.name, l.Tag, f.version, f.opt)
		}
	}
	return os.WriteFile(filepath.Join(dir, "MANIFEST"), []byte(manifest.String()), 0o644)
}

// officialWords makes made-up words as words does, with a regional
// build's spelling changes applied to each word.
type officialWords struct {
	*words
	spell *strings.Replacer // nil for no changes
}

// regionalSpelling is the made-up spelling of a regional build.
var regionalSpelling = strings.NewReplacer("ou", "o", "is", "iz", "c", "k")

func newOfficialWords(key, script string, variant bool) officialWords {
	w := officialWords{words: newWords(hash(key), script)}
	if variant {
		w.spell = regionalSpelling
	}
	return w
}

func (w officialWords) word() string {
	s := w.words.word()
	if w.spell != nil {
		s = w.spell.Replace(s)
	}
	return s
}

func (w officialWords) phrase(n int) string {
	p := make([]string, n)
	for i := range p {
		p[i] = w.word()
	}
	return upperFirst(strings.Join(p, " "), w.script)
}

// The decorations a sentence may carry: the characters and forms the
// real texts have that readers get wrong.
const (
	decoPlain      = iota
	decoNBSP       // a non-breaking space between two words
	decoDash       // an em dash between spaces
	decoApostrophe // a curly apostrophe: "word’s"
	decoEg         // "(e.g. word)", a full stop inside a sentence
	decoDecimal    // a decimal number: "2.5"
	decoQuotes     // curly quotes around a word
	nDecos
)

// deco picks a decoration: each of them one time in ten, none otherwise.
func (w officialWords) deco() int {
	d := w.r.IntN(10)
	if d >= nDecos {
		return decoPlain
	}
	return d
}

// sentence returns a made-up sentence of 6 to 15 words carrying
// decoration d.
func (w officialWords) sentence(d int) string {
	n := 6 + w.r.IntN(10)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = w.word()
	}
	k := 1 + w.r.IntN(n-2)
	switch d {
	case decoNBSP:
		ws[k] += "\u00a0" + ws[k+1]
		ws = append(ws[:k+1], ws[k+2:]...)
	case decoDash:
		ws[k] += " \u2014"
	case decoApostrophe:
		ws[k] += "\u2019s"
	case decoEg:
		ws[k] += " (e.g. " + w.word() + ")"
	case decoDecimal:
		ws[k] = fmt.Sprintf("%d.%d", 1+w.r.IntN(9), 1+w.r.IntN(9))
	case decoQuotes:
		ws[k] = "\u201c" + ws[k] + "\u201d"
	}
	return upperFirst(strings.Join(ws, " "), w.script) + "."
}

func upperFirst(s, script string) string {
	if script == "Arab" || s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

func lowerFirst(s string) string {
	r := []rune(s)
	r[0] = []rune(strings.ToLower(string(r[0])))[0]
	return string(r)
}

// splitRegion returns the language of tag without its region ("en" for
// "en-US"), and whether it had one (a subtag of two letters or three
// digits after the language).
func splitRegion(tag string) (base string, regional bool) {
	lang, rest, ok := strings.Cut(tag, "-")
	if !ok {
		return tag, false
	}
	sub, _, _ := strings.Cut(rest, "-")
	if len(sub) == 2 || len(sub) == 3 && strings.Trim(sub, "0123456789") == "" {
		return lang, true
	}
	return tag, false
}

func categoryName(lang Language, k int) string {
	base, variant := splitRegion(lang.Tag)
	w := newOfficialWords(fmt.Sprint("category", base, k), lang.Script, variant)
	return w.phrase(1 + w.r.IntN(3))
}

func subcategoryName(lang Language, k int) string {
	base, variant := splitRegion(lang.Tag)
	w := newOfficialWords(fmt.Sprint("subcategory", base, k), lang.Script, variant)
	return w.phrase(1 + w.r.IntN(3))
}

func activitiesIntro(lang Language) string {
	base, variant := splitRegion(lang.Tag)
	w := newOfficialWords(fmt.Sprint("activities", base), lang.Script, variant)
	return w.phrase(6) + ":"
}
