package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/modcopy"
	"github.com/sfiakit/sfiakit/internal/synth"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// officialSkillCount is how many made-up skills the official downloads
// of TestOfficialDownloadsInUserModule hold: enough for two that define
// level 7 (the 5th and the 9th), one that defines level 1 (the 10th) and
// undefined levels below and above the others, few enough to stay fast.
const officialSkillCount = 12

// The languages of the made-up official downloads: en, saved as the
// Foundation saves it (Windows-1252), and its en-US build (UTF-8).
var (
	officialEN   = synth.Language{Tag: "en", Script: "Latn", Direction: "ltr"}
	officialENUS = synth.Language{Tag: "en-US", Script: "Latn", Direction: "ltr"}
)

// officialTags are the tags the official program asks for: the two
// languages, and en-GB, which must reach en.
var officialTags = []string{"en", "en-GB", "en-US"}

// officialVersions are the versions it asks for; 0 is the newest.
var officialVersions = []sfia.Version{0, 8, 9}

// The skill and level the official program describes with jobdesc: the
// 5th skill, which defines levels 5 to 7.
const (
	officialJobSkill = 4
	officialJobLevel = 6
)

// officialSeeds is a seeds folder of made-up official downloads
// (internal/synth), in the layouts and encodings of the real ones: the
// SFIA 8 workbook and SFIA 9's skills, attributes and levels CSV saves
// in en (Windows-1252, CRLF), and SFIA 9's skills CSV save in en-US
// (UTF-8, LF), with a MANIFEST of "*" lines as README's "From the
// official downloads" shows. No language profile: en needs none.
type officialSeeds struct {
	Skills []synth.Skill
	// The files' names.
	Workbook, SkillsCSV, AttributesCSV, LevelsCSV, SkillsUSCSV string
	// Files holds every file of the folder by name, MANIFEST included.
	Files map[string][]byte
}

// makeOfficialSeeds makes the seeds folder's files.
func makeOfficialSeeds() (officialSeeds, error) {
	o := officialSeeds{Skills: synth.OfficialSkills(officialSkillCount), Files: map[string][]byte{}}
	o.Workbook, o.SkillsCSV, o.AttributesCSV, o.LevelsCSV = synth.OfficialFiles(officialEN.Tag)
	_, o.SkillsUSCSV, _, _ = synth.OfficialFiles(officialENUS.Tag)
	wb, err := synth.OfficialSFIA8Workbook(o.Skills, officialEN)
	if err != nil {
		return officialSeeds{}, err
	}
	o.Files[o.Workbook] = wb
	o.Files[o.SkillsCSV] = synth.OfficialSFIA9SkillsCSV(o.Skills, officialEN, nil, synth.Windows1252)
	o.Files[o.AttributesCSV] = synth.OfficialSFIA9AttributesCSV(officialEN, nil, synth.Windows1252)
	o.Files[o.LevelsCSV] = synth.OfficialSFIA9LevelsCSV(officialEN, nil, synth.Windows1252)
	o.Files[o.SkillsUSCSV] = synth.OfficialSFIA9SkillsCSV(o.Skills, officialENUS, nil, synth.UTF8)
	var m strings.Builder
	m.WriteString("# Made-up official downloads (internal/synth): not SFIA text.\n")
	m.WriteString("# FILE  SKILL  LANGUAGE  VERSION  [OPTIONS]\n")
	for _, l := range []string{
		o.Workbook + "  *  en  8",
		o.SkillsCSV + "  *  en  9",
		o.AttributesCSV + "  *  en  9",
		o.LevelsCSV + "  *  en  9",
		o.SkillsUSCSV + "  *  en-US  9  encoding=utf-8",
	} {
		m.WriteString(l + "\n")
	}
	o.Files["MANIFEST"] = []byte(m.String())
	return o, nil
}

// write writes the files into the folder seeds.
func (o officialSeeds) write(seeds string) error {
	if err := os.MkdirAll(seeds, 0o755); err != nil {
		return err
	}
	for name, data := range o.Files {
		if err := os.WriteFile(filepath.Join(seeds, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// check checks that the files have the quirks the test is about, so that
// it cannot pass for want of them: the en CSV saves are not UTF-8 and
// have CRLF, the en-US one is UTF-8 without a BOM or a CR; some skills
// define level 7, some level 1, and some leave levels undefined at both
// ends.
func (o officialSeeds) check(t *testing.T) {
	t.Helper()
	for _, f := range []string{o.SkillsCSV, o.AttributesCSV, o.LevelsCSV} {
		if utf8.Valid(o.Files[f]) || !bytes.Contains(o.Files[f], []byte("\r\n")) {
			t.Errorf("%s: want Windows-1252 text that is not UTF-8, with CRLF", f)
		}
	}
	if us := o.Files[o.SkillsUSCSV]; !utf8.Valid(us) || bytes.HasPrefix(us, []byte("\xef\xbb\xbf")) || bytes.Contains(us, []byte("\r")) {
		t.Errorf("%s: want UTF-8 without a BOM, with LF only", o.SkillsUSCSV)
	}
	var top7, low1, gaps bool
	for _, s := range o.Skills {
		lo, hi := s.Levels[0], s.Levels[len(s.Levels)-1]
		top7 = top7 || hi == 7
		low1 = low1 || lo == 1
		gaps = gaps || lo > 1 && hi < 7
	}
	if !top7 || !low1 || !gaps {
		t.Errorf("skills %v: want one defined at level 7, one at level 1 and one with undefined levels at both ends", o.Skills)
	}
}

// --- begin officialReport types: official copies them into its program ---

// officialReport is what the official program prints.
type officialReport struct {
	Codes     []string // skills.Codes()
	Skills    []officialSkill
	Framework officialFramework
	// JobDesc holds jobdesc's Markdown for one skill at one level, with
	// LevelInfo, by the version pinned and the language ("9 en", "8 en",
	// "9 en-US").
	JobDesc map[string]string
}

// officialSkill is what one generated skill package answers.
type officialSkill struct {
	Code      string
	Found     bool // skills.Lookup(Code) gives the package's Skill
	Levels    []sfia.Level
	Languages []language.Tag
	// Versions holds Skill.Versions(tag) by tag.
	Versions map[string][]sfia.Version
	// Translations holds Skill.Translation(v, tag) by "V TAG" (V 0: the
	// newest); none where it reports false.
	Translations map[string]sfia.Translation
	// AtLevel holds what the package's Level(N) answers in TAG, by
	// "N TAG".
	AtLevel map[string]officialLevel
}

// officialLevel is what Level(N) answers in one language.
type officialLevel struct {
	Defined     bool
	Description string
	Statements  []string
	Text        sfia.Text // Text(tag)
	TextOK      bool
}

// officialFramework is what skills.Framework answers; each map has no
// entry where the method reports false.
type officialFramework struct {
	Languages []language.Tag
	// LevelInfo by "N V TAG".
	LevelInfo map[string]sfia.LevelInfo
	// Attributes by "V TAG".
	Attributes map[string][]sfia.Attribute
	// Essence and GuidingWords by "N TAG".
	Essence, GuidingWords map[string]sfia.Text
}

// --- end officialReport types ---

// officialMain is the official program. Its placeholders: TYPES (the
// types above), IMPORTS and PACKAGES (the generated skill packages),
// TAGS and VERSIONS (what to ask for), JOB_CODE and JOB_LEVEL (the
// requirement it describes with jobdesc).
const officialMain = `// Command official prints, as JSON, what the skills generated from the
// made-up official downloads, their registry and jobdesc answer.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"example.com/hr/internal/sfiadata/skills"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"

IMPORTS)

TYPES

// packages are the generated skill packages.
var packages = []struct {
	code  string
	skill sfia.Skill
	level func(int) sfiaimpl.SkillLevel
}{
PACKAGES}

// The tags and versions to ask for; version 0 is the newest.
var (
	tags     = []string{TAGS}
	versions = []sfia.Version{VERSIONS}
)

func main() {
	r := officialReport{
		Codes: skills.Codes(),
		Framework: officialFramework{
			Languages:    skills.Framework.Languages(),
			LevelInfo:    map[string]sfia.LevelInfo{},
			Attributes:   map[string][]sfia.Attribute{},
			Essence:      map[string]sfia.Text{},
			GuidingWords: map[string]sfia.Text{},
		},
		JobDesc: map[string]string{},
	}
	var job sfia.Skill
	for _, p := range packages {
		if p.code == JOB_CODE {
			job = p.skill
		}
		s := officialSkill{
			Code:         p.code,
			Levels:       p.skill.Levels(),
			Languages:    p.skill.Languages(),
			Versions:     map[string][]sfia.Version{},
			Translations: map[string]sfia.Translation{},
			AtLevel:      map[string]officialLevel{},
		}
		found, ok := skills.Lookup(p.code)
		s.Found = ok && found == p.skill
		for _, tg := range tags {
			tag := language.MustParse(tg)
			s.Versions[tg] = p.skill.Versions(tag)
			for _, v := range versions {
				if tr, ok := p.skill.Translation(v, tag); ok {
					s.Translations[fmt.Sprintf("%d %s", int(v), tg)] = tr
				}
			}
			for n := 1; n <= 7; n++ {
				l := p.level(n)
				text, ok := l.Text(tag)
				s.AtLevel[fmt.Sprintf("%d %s", n, tg)] = officialLevel{
					Defined:     l.Defined(),
					Description: l.Description(tag),
					Statements:  l.Statements(tag),
					Text:        text,
					TextOK:      ok,
				}
			}
		}
		r.Skills = append(r.Skills, s)
	}

	fw := &r.Framework
	for _, tg := range tags {
		tag := language.MustParse(tg)
		for n := sfia.Level(1); n <= 7; n++ {
			for _, v := range versions {
				if li, ok := skills.Framework.LevelInfo(n, v, tag); ok {
					fw.LevelInfo[fmt.Sprintf("%d %d %s", int(n), int(v), tg)] = li
				}
			}
			if e, ok := skills.Framework.Essence(n, tag); ok {
				fw.Essence[fmt.Sprintf("%d %s", int(n), tg)] = e
			}
			if g, ok := skills.Framework.GuidingWords(n, tag); ok {
				fw.GuidingWords[fmt.Sprintf("%d %s", int(n), tg)] = g
			}
		}
		for _, v := range versions {
			if as, ok := skills.Framework.Attributes(v, tag); ok {
				fw.Attributes[fmt.Sprintf("%d %s", int(v), tg)] = as
			}
		}
	}

	for _, c := range []struct {
		v   sfia.Version
		tag string
	}{{9, "en"}, {8, "en"}, {9, "en-US"}} {
		d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: job, Level: JOB_LEVEL}}, jobdesc.Options{
			Languages: []language.Tag{language.MustParse(c.tag)},
			Version:   c.v,
			Framework: skills.Framework,
			LevelInfo: true,
		})
		if err != nil {
			panic(err)
		}
		var md bytes.Buffer
		if err := d.WriteMarkdown(&md); err != nil {
			panic(err)
		}
		r.JobDesc[fmt.Sprintf("%d %s", int(c.v), c.tag)] = md.String()
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "\t")
	if err := enc.Encode(r); err != nil {
		panic(err)
	}
}
`

// officialProgram returns the official program for the skills of o,
// generated under userPath/outRel.
func officialProgram(o officialSeeds) (string, error) {
	data, err := os.ReadFile("official_test.go")
	if err != nil {
		return "", err
	}
	_, types, ok := strings.Cut(string(data), "// --- begin officialReport types: official copies them into its program ---\n")
	if ok {
		types, _, ok = strings.Cut(types, "// --- end officialReport types ---\n")
	}
	if !ok {
		return "", errors.New("official_test.go: no officialReport types between the markers")
	}
	var imports, pkgs strings.Builder
	for _, s := range o.Skills {
		pkg := strings.ToLower(s.Code)
		fmt.Fprintf(&imports, "\t%s %q\n", pkg, userPath+"/"+outRel+"/"+pkg)
		fmt.Fprintf(&pkgs, "\t{%q, %s.Skill, %s.Level},\n", s.Code, pkg, pkg)
	}
	var tags, versions []string
	for _, t := range officialTags {
		tags = append(tags, strconv.Quote(t))
	}
	for _, v := range officialVersions {
		versions = append(versions, strconv.Itoa(int(v)))
	}
	return strings.NewReplacer(
		"TYPES", types,
		"IMPORTS", imports.String(),
		"PACKAGES", pkgs.String(),
		"TAGS", strings.Join(tags, ", "),
		"VERSIONS", strings.Join(versions, ", "),
		"JOB_CODE", strconv.Quote(o.Skills[officialJobSkill].Code),
		"JOB_LEVEL", strconv.Itoa(officialJobLevel),
	).Replace(officialMain), nil
}

// A csvCell is where a cell of a CSV file starts: its line and column
// (1-based; the column in characters, a byte in Windows-1252 and a rune
// in UTF-8; a quoted cell starts at its quote), and its byte offset.
type csvCell struct{ Line, Col, Off int }

// csvCells returns where each cell of each record of a CSV file starts,
// found on its own rather than through the SDK's reader. It reads what
// the made-up saves hold: quoted cells with "" inside and line breaks,
// records ending in CRLF or LF; utf8Text says whether the file is UTF-8
// (else Windows-1252).
func csvCells(data []byte, utf8Text bool) [][]csvCell {
	var recs [][]csvCell
	var rec []csvCell
	line, col := 1, 1
	start, quoted := true, false
	for i := 0; i < len(data); {
		c, size := data[i], 1
		if utf8Text {
			_, size = utf8.DecodeRune(data[i:])
		}
		if start {
			rec = append(rec, csvCell{line, col, i})
			start = false
			if c == '"' {
				quoted = true
				i, col = i+1, col+1
				continue
			}
		}
		switch {
		case quoted && c == '"':
			if i+1 < len(data) && data[i+1] == '"' {
				i, col = i+2, col+2
				continue
			}
			quoted = false
		case quoted:
		case c == ',':
			start = true
		case c == '\n':
			recs = append(recs, rec)
			rec, start = nil, true
		}
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	if len(rec) > 0 {
		recs = append(recs, rec)
	}
	return recs
}

// columnName returns the spreadsheet name of column c (0-based).
func columnName(c int) string {
	var b []byte
	for c++; c > 0; c = (c - 1) / 26 {
		b = append([]byte{byte('A' + (c-1)%26)}, b...)
	}
	return string(b)
}

// levelColumn returns the index of the "Level N description" column in
// header.
func levelColumn(header []string, n int) int {
	return slices.Index(header, fmt.Sprintf("Level %d description", n))
}

// cellStatements returns the statements of a level cell as a reader
// must give them: its lines, each through clean.Text, without the empty
// ones.
func cellStatements(cell string) []string {
	var out []string
	for _, l := range strings.Split(cell, "\n") {
		if s := clean.Text(l); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func cleanAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, clean.Text(s))
	}
	return out
}

// seedSource is the source the generated code gives file in the seeds
// folder: a slash path from the user module's root.
func seedSource(file string) string { return seedsRel + "/" + file }

// wantTranslation returns the translation the files give o: every text
// through clean.Text, the guidance paragraphs and activities one by one,
// the levels o defines with their statements and level cell.
func wantTranslation(o synth.OfficialSkill, tag string, v int, file, where, url string, levelCell func(n int) string) sfia.Translation {
	tr := sfia.Translation{
		Code:            o.Code,
		Language:        language.MustParse(tag),
		Version:         sfia.Version(v),
		Source:          seedSource(file),
		Where:           where,
		URL:             url,
		LevelWord:       "Level", // the profile the generator ships for en, which en-US falls back to
		Direction:       "ltr",
		Name:            clean.Text(o.Name),
		Description:     clean.Text(o.Description),
		Guidance:        cleanAll(o.Guidance),
		ActivitiesIntro: clean.Text(o.ActivitiesIntro),
		Activities:      cleanAll(o.Activities),
		Category:        clean.Text(o.Category),
		Subcategory:     clean.Text(o.Subcategory),
	}
	for n := 1; n <= 7; n++ {
		st := cellStatements(o.LevelCell(n))
		if len(st) == 0 {
			continue
		}
		tr.Levels = append(tr.Levels, sfia.LevelText{
			Level:       sfia.Level(n),
			Defined:     true,
			Description: strings.Join(st, " "),
			Statements:  st,
			Source:      seedSource(file) + ":" + levelCell(n),
		})
	}
	return tr
}

// want returns what the official program must print for o, computed from
// synth's own texts and the files' layouts.
func (o officialSeeds) want(t *testing.T) officialReport {
	t.Helper()
	skills9 := csvCells(o.Files[o.SkillsCSV], false)
	skillsUS := csvCells(o.Files[o.SkillsUSCSV], true)
	attrs := csvCells(o.Files[o.AttributesCSV], false)
	levels := csvCells(o.Files[o.LevelsCSV], false)
	if len(skills9) != len(o.Skills)+1 || len(skillsUS) != len(o.Skills)+1 || len(attrs) != 17 || len(levels) != 4 {
		t.Fatalf("records in the CSV files: skills %d and %d, attributes %d, levels %d; want %d, %d, 17, 4",
			len(skills9), len(skillsUS), len(attrs), len(levels), len(o.Skills)+1, len(o.Skills)+1)
	}
	at := func(recs [][]csvCell, r, c int) string {
		if c < 0 || c >= len(recs[r]) {
			t.Fatalf("record %d has no cell %d", r, c)
		}
		return fmt.Sprintf("%d:%d", recs[r][c].Line, recs[r][c].Col)
	}

	var r officialReport
	for i, s := range o.Skills {
		r.Codes = append(r.Codes, s.Code)
		row := strconv.Itoa(i + 2) // the workbook's header is row 1
		en8 := wantTranslation(synth.OfficialSkillText(s, officialEN, 8), "en", 8, o.Workbook, "Skills!"+row, "",
			func(n int) string { return "Skills!" + columnName(levelColumn(synth.SFIA8SkillsHeader, n)) + row })
		en9 := wantTranslation(synth.OfficialSkillText(s, officialEN, 9), "en", 9, o.SkillsCSV, strconv.Itoa(skills9[i+1][0].Line), synth.SkillURL(s.Code),
			func(n int) string { return at(skills9, i+1, levelColumn(synth.SFIA9SkillsHeader, n)) })
		us9 := wantTranslation(synth.OfficialSkillText(s, officialENUS, 9), "en-US", 9, o.SkillsUSCSV, strconv.Itoa(skillsUS[i+1][0].Line), synth.SkillURL(s.Code),
			func(n int) string { return at(skillsUS, i+1, levelColumn(synth.SFIA9SkillsHeader, n)) })
		ws := officialSkill{
			Code:      s.Code,
			Found:     true,
			Languages: []language.Tag{language.MustParse("en"), language.MustParse("en-US")},
			Versions: map[string][]sfia.Version{
				"en": {9, 8}, "en-GB": {9, 8}, "en-US": {9},
			},
			Translations: map[string]sfia.Translation{
				"0 en": en9, "8 en": en8, "9 en": en9,
				"0 en-GB": en9, "8 en-GB": en8, "9 en-GB": en9,
				// No "8 en-US": en-US has no SFIA 8, and a pinned version
				// is never another language's.
				"0 en-US": us9, "9 en-US": us9,
			},
			AtLevel: map[string]officialLevel{},
		}
		for _, l := range s.Levels {
			ws.Levels = append(ws.Levels, sfia.Level(l))
		}
		for _, tag := range officialTags {
			tr := en9
			if tag == "en-US" {
				tr = us9
			}
			for n := 1; n <= 7; n++ {
				wl := officialLevel{Defined: slices.Contains(s.Levels, n)}
				if lt, ok := tr.Level(sfia.Level(n)); ok {
					wl.Description, wl.Statements = lt.Description, lt.Statements
					wl.Text = sfia.Text{Value: lt.Description, Language: tr.Language, Version: tr.Version, Source: lt.Source}
					wl.TextOK = true
				}
				ws.AtLevel[fmt.Sprintf("%d %s", n, tag)] = wl
			}
		}
		r.Skills = append(r.Skills, ws)
	}
	slices.Sort(r.Codes)

	// The framework: en's SFIA 8 levels from the workbook, SFIA 9's levels
	// and attributes from the CSV files; en-GB and en-US reach en.
	en := language.MustParse("en")
	var as []sfia.Attribute
	for k, a := range synth.OfficialAttributes(officialEN) {
		wa := sfia.Attribute{
			Code: a.Code, Name: clean.Text(a.Name), Type: a.Type, Description: clean.Text(a.Description),
			Guidance: cleanAll(a.Guidance), URL: synth.AttributeURL(a.Code),
			Language: en, Version: 9, Source: seedSource(o.AttributesCSV) + ":" + strconv.Itoa(attrs[k+1][0].Line),
		}
		for n := range a.Levels {
			wa.Levels[n] = clean.Text(a.Levels[n])
		}
		as = append(as, wa)
	}
	lv8, lv9 := synth.OfficialLevels(officialEN, 8), synth.OfficialLevels(officialEN, 9)
	fw := officialFramework{
		Languages:    []language.Tag{en},
		LevelInfo:    map[string]sfia.LevelInfo{},
		Attributes:   map[string][]sfia.Attribute{},
		Essence:      map[string]sfia.Text{},
		GuidingWords: map[string]sfia.Text{},
	}
	for _, tag := range officialTags {
		for n := 1; n <= 7; n++ {
			l8, l9 := lv8[n-1], lv9[n-1]
			info8 := sfia.LevelInfo{
				Level: sfia.Level(n), Language: en, Version: 8,
				// The level's row, at its Autonomy cell.
				Source:   seedSource(o.Workbook) + ":" + synth.LevelsSheet + "!B" + strconv.Itoa(n+1),
				Autonomy: clean.Text(l8.Autonomy), Influence: clean.Text(l8.Influence), Complexity: clean.Text(l8.Complexity),
				BusinessSkills: clean.Text(l8.BusinessSkills), Knowledge: clean.Text(l8.Knowledge),
			}
			info9 := sfia.LevelInfo{
				Level: sfia.Level(n), Language: en, Version: 9,
				// The level's column, at its essence (record 2).
				Source:        seedSource(o.LevelsCSV) + ":" + at(levels, 2, n),
				GuidingPhrase: clean.Text(l9.GuidingPhrase), Essence: clean.Text(l9.Essence),
			}
			for _, a := range as {
				info9.Attributes = append(info9.Attributes, sfia.AttributeLevel{Code: a.Code, Name: a.Name, Type: a.Type, Description: a.Levels[n-1]})
			}
			fw.LevelInfo[fmt.Sprintf("%d 0 %s", n, tag)] = info9
			fw.LevelInfo[fmt.Sprintf("%d 8 %s", n, tag)] = info8
			fw.LevelInfo[fmt.Sprintf("%d 9 %s", n, tag)] = info9
			fw.Essence[fmt.Sprintf("%d %s", n, tag)] = sfia.Text{Value: info9.Essence, Language: en, Version: 9, Source: info9.Source}
			fw.GuidingWords[fmt.Sprintf("%d %s", n, tag)] = sfia.Text{Value: info9.GuidingPhrase, Language: en, Version: 9, Source: info9.Source}
		}
		// No "8 TAG": SFIA 8 has no attributes table.
		fw.Attributes["0 "+tag] = as
		fw.Attributes["9 "+tag] = as
	}
	r.Framework = fw
	return r
}

// goFails runs the go command as goRun does and returns its exit status
// and standard error; it fails t if the command cannot be started.
func goFails(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), cmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("go %s (in %s): %v", strings.Join(args, " "), filepath.Base(dir), time.Since(start).Round(time.Millisecond))
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// snapshot returns every file under out but those in its seeds folder,
// keyed by slash path: what the generator may write.
func snapshot(out string) (map[string]string, error) {
	files := map[string]string{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "seeds" {
				return filepath.SkipDir
			}
			return nil
		}
		data, err := os.ReadFile(p)
		files[rel] = string(data)
		return err
	})
	return files, err
}

// mdPath is a file path as jobdesc's Markdown writes it: "_" escaped.
func mdPath(p string) string { return strings.ReplaceAll(p, "_", `\_`) }

// TestOfficialDownloadsInUserModule does what README's "From the official
// downloads" says in a user module (example.com/hr): its seeds folder
// holds only made-up official downloads (internal/synth) in the real
// layouts, encodings and quirks, an SFIA 8 workbook and SFIA 9's skills,
// attributes and levels CSV saves in en, and SFIA 9's skills CSV save in
// en-US, with a MANIFEST of "*" lines and no language profile. go
// generate, go build and go vet run; a program asks every generated skill,
// the registry, its Framework and jobdesc, and what it prints must be
// synth's own texts through the readers' clean-up (clean.Text per line of
// a cell), with sources naming the file and the cell, found in the files'
// bytes by the test itself. Then an indicator that disagrees with its
// level cell must stop go generate with exit status 1, a
// FILE:LINE:COLUMN message naming the cell, and nothing written.
func TestOfficialDownloadsInUserModule(t *testing.T) {
	skipShort(t)
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	seeds, err := makeOfficialSeeds()
	if err != nil {
		t.Fatal(err)
	}
	seeds.check(t)

	dir := t.TempDir()
	start := time.Now()
	if err := newUserModuleWith(t.Context(), t.Logf, root, dir, seeds.write); err != nil {
		t.Fatal(err)
	}
	t.Logf("made the user module %s from the official downloads in %v", userPath, time.Since(start).Round(time.Millisecond))
	out := filepath.Join(dir, filepath.FromSlash(outRel))
	seedsDir := filepath.Join(dir, filepath.FromSlash(seedsRel))
	if _, err := os.Stat(filepath.Join(seedsDir, "languages")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the seeds folder has a languages folder (%v); the test is about a folder without profiles", err)
	}

	// What was generated: a package per skill with its three
	// translations, and the registry with the level and attribute sets.
	generated, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	wantFiles := []string{
		"skills/attributes_en_sfia9_gen.go", "skills/framework_gen.go", "skills/levels_en_sfia8_gen.go",
		"skills/levels_en_sfia9_gen.go", "skills/skills_gen.go",
	}
	for _, s := range seeds.Skills {
		pkg := strings.ToLower(s.Code)
		for _, f := range []string{pkg, "en-us_sfia9", "en_sfia8", "en_sfia9"} {
			wantFiles = append(wantFiles, pkg+"/"+f+"_gen.go")
		}
	}
	slices.Sort(wantFiles)
	if diff := cmp.Diff(wantFiles, sortedKeys(generated)); diff != "" {
		t.Errorf("files generated under %s (-want +got):\n%s", outRel, diff)
	}

	prog, err := officialProgram(seeds)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeFiles(dir, map[string]string{"cmd/official/main.go": prog}); err != nil {
		t.Fatal(err)
	}
	goIn(t, dir, "build", "./...")
	goIn(t, dir, "vet", "./...")
	bin := t.TempDir()
	goIn(t, dir, "build", "-o", bin+string(filepath.Separator), "./cmd/official")
	data, err := runBinary(t, filepath.Join(bin, "official"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	var got officialReport
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("official: %v\n%s", err, data)
	}
	want := seeds.want(t)
	opts := cmp.Options{cmpTags, cmpopts.EquateEmpty()}

	t.Run("skills", func(t *testing.T) {
		if diff := cmp.Diff(want.Codes, got.Codes); diff != "" {
			t.Errorf("skills.Codes() (-want +got):\n%s", diff)
		}
		if len(got.Skills) != len(want.Skills) {
			t.Fatalf("answers for %d skills, want %d", len(got.Skills), len(want.Skills))
		}
		levels := 0
		for i, w := range want.Skills {
			if diff := cmp.Diff(w, got.Skills[i], opts); diff != "" {
				t.Errorf("skill %s (-want +got):\n%s", w.Code, diff)
			}
			levels += len(w.Levels)
		}
		t.Logf("checked %d skills, %d defined levels, in en SFIA 8 and 9 and en-US SFIA 9", len(want.Skills), levels)
	})

	t.Run("pinning", func(t *testing.T) {
		// Said outright, although the skills' diff covers it.
		for _, s := range got.Skills {
			for key, want := range map[string]string{
				"8 en": "SFIA 8 en", "0 en": "SFIA 9 en", "9 en": "SFIA 9 en", "8 en-US": "",
				"0 en-GB": "SFIA 9 en", "0 en-US": "SFIA 9 en-US",
			} {
				got := ""
				if tr, ok := s.Translations[key]; ok {
					got = fmt.Sprintf("%v %v", tr.Version, tr.Language)
				}
				if got != want {
					t.Errorf("%s: Translation(%s) gives %q, want %q", s.Code, key, got, want)
				}
			}
		}
	})

	t.Run("sources", func(t *testing.T) {
		// One level cell of each file, named outright (the skills' diff
		// checks every one): the 5th skill's level 7 is in column U of
		// the workbook (7 indicators after "#", then 6 texts, then the
		// level descriptions from O), on row 6; in the CSV files it is the
		// 22nd cell of the 6th record.
		s := seeds.Skills[4]
		if !slices.Contains(s.Levels, 7) {
			t.Fatalf("skill %s: levels %v, want 7 among them", s.Code, s.Levels)
		}
		sk := got.Skills[4]
		for key, want := range map[string]string{
			"8 en":    seedSource(seeds.Workbook) + ":Skills!U6",
			"9 en":    seedSource(seeds.SkillsCSV) + ":" + cellAt(seeds.Files[seeds.SkillsCSV], false, 5, 21),
			"9 en-US": seedSource(seeds.SkillsUSCSV) + ":" + cellAt(seeds.Files[seeds.SkillsUSCSV], true, 5, 21),
		} {
			lt, ok := sk.Translations[key].Level(7)
			if !ok || lt.Source != want {
				t.Errorf("%s: Translation(%s).Level(7).Source = %q, want %q", sk.Code, key, lt.Source, want)
			}
		}
		// The cell named in the en-US file holds the level's
		// statements, the first on its first line.
		us := seeds.Files[seeds.SkillsUSCSV]
		c := csvCells(us, true)[5][21]
		line, _, _ := strings.Cut(strings.ReplaceAll(strings.TrimPrefix(string(us[c.Off:]), `"`), `""`, `"`), "\n")
		want := cellStatements(synth.OfficialSkillText(s, officialENUS, 9).LevelCell(7))[0]
		if clean.Text(line) != want {
			t.Errorf("%s: the line at %d:%d is %q, want the first statement of level 7, %q", seeds.SkillsUSCSV, c.Line, c.Col, line, want)
		}
	})

	t.Run("framework", func(t *testing.T) {
		for _, part := range []struct {
			name      string
			want, got any
		}{
			{"Languages()", want.Framework.Languages, got.Framework.Languages},
			{"LevelInfo", want.Framework.LevelInfo, got.Framework.LevelInfo},
			{"Attributes", want.Framework.Attributes, got.Framework.Attributes},
			{"Essence", want.Framework.Essence, got.Framework.Essence},
			{"GuidingWords", want.Framework.GuidingWords, got.Framework.GuidingWords},
		} {
			if diff := cmp.Diff(part.want, part.got, opts); diff != "" {
				t.Errorf("skills.Framework.%s (-want +got):\n%s", part.name, diff)
			}
		}
	})

	t.Run("jobdesc", func(t *testing.T) {
		s := seeds.Skills[officialJobSkill]
		l8, l9 := synth.OfficialLevels(officialEN, 8)[officialJobLevel-1], synth.OfficialLevels(officialEN, 9)[officialJobLevel-1]
		attr := clean.Text(synth.OfficialAttributes(officialEN)[0].Levels[officialJobLevel-1])
		statement := func(lang synth.Language, v int) string {
			return cellStatements(synth.OfficialSkillText(s, lang, v).LevelCell(officialJobLevel))[0]
		}
		for _, c := range []struct {
			key           string
			file          string
			want, notWant []string
		}{
			{"9 en", seeds.SkillsCSV,
				[]string{clean.Text(l9.Essence), clean.Text(l9.GuidingPhrase), attr, statement(officialEN, 9), mdPath(seedSource(seeds.LevelsCSV)), mdPath(seedSource(seeds.AttributesCSV))},
				[]string{clean.Text(l8.Autonomy), "Essence of the level", "No level information"}},
			{"8 en", seeds.Workbook,
				[]string{clean.Text(l8.Autonomy), clean.Text(l8.Influence), clean.Text(l8.Complexity), clean.Text(l8.BusinessSkills), clean.Text(l8.Knowledge), statement(officialEN, 8)},
				[]string{clean.Text(l9.Essence), attr, "No level information"}},
			// en-US has no levels of its own: the section shows none
			// rather than en's, and says so.
			{"9 en-US", seeds.SkillsUSCSV,
				[]string{statement(officialENUS, 9), "No level information"},
				[]string{clean.Text(l9.Essence), attr, clean.Text(l8.Autonomy)}},
		} {
			md := got.JobDesc[c.key]
			for _, w := range append(c.want, mdPath(seedSource(c.file))) {
				if !strings.Contains(md, w) {
					t.Errorf("jobdesc Markdown, %s at level %d, SFIA %s: no %q in\n%s", s.Code, officialJobLevel, c.key, w, md)
				}
			}
			for _, w := range c.notWant {
				if strings.Contains(md, w) {
					t.Errorf("jobdesc Markdown, %s at level %d, SFIA %s: %q, which is not this version's and language's, in\n%s", s.Code, officialJobLevel, c.key, w, md)
				}
			}
		}
	})

	t.Run("indicator disagrees", func(t *testing.T) {
		// A copy of the module, so that the one above stays as it was.
		bad := t.TempDir()
		if err := modcopy.CopyTree(dir, bad); err != nil {
			t.Fatal(err)
		}
		badOut := filepath.Join(bad, filepath.FromSlash(outRel))
		badSeeds := filepath.Join(bad, filepath.FromSlash(seedsRel))
		before, err := snapshot(badOut)
		if err != nil {
			t.Fatal(err)
		}
		csv := seeds.Files[seeds.SkillsCSV]
		cells := csvCells(csv, false)
		// The first skill defines levels 2 and 3 only.
		s := seeds.Skills[0]
		if !slices.Equal(s.Levels, []int{2, 3}) {
			t.Fatalf("skill %s: levels %v, want [2 3]", s.Code, s.Levels)
		}
		rec := cells[1]
		for _, c := range []struct {
			name string
			// edit is the byte offset of the indicator cell and what to
			// put there in place of what it holds (1 byte or none).
			off      int
			old, new string
			// The cell the message must name (its index in the record)
			// and words it must hold.
			wantCell  int
			wantWords string
		}{
			{"level 2 defined but not marked", rec[2].Off, "2", "", 2, "level 2"},
			{"level 4 marked but not defined", rec[4].Off, "", "4", levelColumn(synth.SFIA9SkillsHeader, 4), "level 4"},
		} {
			t.Run(c.name, func(t *testing.T) {
				if got := string(csv[c.off : c.off+len(c.old)]); got != c.old || !strings.HasPrefix(string(csv[c.off+len(c.old):]), ",") {
					t.Fatalf("the indicator cell at byte %d holds %q, want %q", c.off, got, c.old)
				}
				broken := slices.Concat(csv[:c.off], []byte(c.new), csv[c.off+len(c.old):])
				if err := os.WriteFile(filepath.Join(badSeeds, seeds.SkillsCSV), broken, 0o644); err != nil {
					t.Fatal(err)
				}
				code, stderr := goFails(t, bad, "generate", "./...")
				if code != 1 {
					t.Errorf("go generate with the broken %s: exit status %d, want 1\n%s", seeds.SkillsCSV, code, stderr)
				}
				// The generator runs in the folder of doc.go, and names
				// the file as its -seeds flag does.
				cell := csvCells(broken, false)[1][c.wantCell]
				pos := fmt.Sprintf("seeds/%s:%d:%d: expected ", seeds.SkillsCSV, cell.Line, cell.Col)
				if !strings.Contains(stderr, pos) || !strings.Contains(stderr, c.wantWords) || !strings.Contains(stderr, "exit status 1") {
					t.Errorf("go generate with the broken %s: want a message starting %q about %s, and exit status 1; got\n%s", seeds.SkillsCSV, pos, c.wantWords, stderr)
				}
				after, err := snapshot(badOut)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(before, after); diff != "" {
					t.Errorf("go generate with the broken %s changed what it generates (-before +after):\n%s", seeds.SkillsCSV, diff)
				}
			})
		}
	})
}

// cellAt returns "LINE:COLUMN" of cell c of record r of a CSV file.
func cellAt(data []byte, utf8Text bool, r, c int) string {
	cell := csvCells(data, utf8Text)[r][c]
	return fmt.Sprintf("%d:%d", cell.Line, cell.Col)
}
