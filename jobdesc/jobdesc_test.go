package jobdesc_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// tagComparer compares language tags by value, for cmp.
var tagComparer = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

// TestCheckRules is the table of domain rules: what Check says for each
// list of requirements and options, message by message, on the fixture
// skill ABCD (levels 2 to 5; ar SFIA 8, fr SFIA 9 and 8, ru SFIA 7).
func TestCheckRules(t *testing.T) {
	tests := []struct {
		name string
		reqs []jobdesc.Requirement
		opts jobdesc.Options
		want []string // the joined errors' messages, in order; nil for none
	}{
		{"defined level", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr")}, nil},
		{"every defined level", []jobdesc.Requirement{req(2), req(3), req(4), req(5)}, jobdesc.Options{Languages: tags("ar")}, nil},
		{"below the lowest defined level", []jobdesc.Requirement{req(1)}, jobdesc.Options{Languages: tags("fr")},
			[]string{"ABCD is not defined at level 1; it is defined at levels 2–5"}},
		{"above the highest defined level", []jobdesc.Requirement{req(6)}, jobdesc.Options{Languages: tags("fr")},
			[]string{"ABCD is not defined at level 6; it is defined at levels 2–5"}},
		{"an undefined level even where the input has a note", []jobdesc.Requirement{req(6)}, jobdesc.Options{Languages: tags("ar")},
			[]string{"ABCD is not defined at level 6; it is defined at levels 2–5"}},
		{"level 0", []jobdesc.Requirement{req(0)}, jobdesc.Options{Languages: tags("fr")},
			[]string{"ABCD: level 0 is not an SFIA level; levels run from 1 to 7"}},
		{"level 9", []jobdesc.Requirement{req(9)}, jobdesc.Options{Languages: tags("fr")},
			[]string{"ABCD: level 9 is not an SFIA level; levels run from 1 to 7"}},
		{"a language the skill does not have", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("de")},
			[]string{`no ABCD text in "de"; languages: ar, fr, ru`}},
		{"Ukrainian is not answered in Russian", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("uk", "en")},
			[]string{`no ABCD text in "uk", "en"; languages: ar, fr, ru`}},
		{"Belarusian is not answered in Russian", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("be")},
			[]string{`no ABCD text in "be"; languages: ar, fr, ru`}},
		{"no language asked", []jobdesc.Requirement{req(4)}, jobdesc.Options{},
			[]string{"no language asked for ABCD (set Options.Languages, or AllLanguages); languages: ar, fr, ru"}},
		{"fallback down the list, to a regional variant's language", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("de", "fr-CA")}, nil},
		{"pinned newest version", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr"), Version: 9}, nil},
		{"pinned older version", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr"), Version: 8}, nil},
		{"pinned version absent", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("ru"), Version: 9},
			[]string{"no SFIA 9 text of ABCD in ru; it has SFIA 7"}},
		{"pinned version absent where two are present", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr"), Version: 7},
			[]string{"no SFIA 7 text of ABCD in fr; it has SFIA 9, SFIA 8"}},
		{"pinned version is not looked for down the list", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("ru", "fr"), Version: 9},
			[]string{"no SFIA 9 text of ABCD in ru; it has SFIA 7"}},
		{"pinned version in some languages, side by side", []jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true, Version: 8}, nil},
		{"pinned version in no language", []jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true, Version: 6},
			[]string{"no SFIA 6 text of ABCD in any language"}},
		{"every problem, in order", []jobdesc.Requirement{req(6), req(4), req(-2)}, jobdesc.Options{Languages: tags("zh")},
			[]string{
				"ABCD is not defined at level 6; it is defined at levels 2–5",
				`no ABCD text in "zh"; languages: ar, fr, ru`,
				"ABCD: level -2 is not an SFIA level; levels run from 1 to 7",
			}},
		{"no requirements", nil, jobdesc.Options{Languages: tags("fr")},
			[]string{"no requirements: name at least one skill and level"}},
		{"no skill", []jobdesc.Requirement{{Level: 4}}, jobdesc.Options{Languages: tags("fr")},
			[]string{"a requirement has no skill"}},
		{"no skill among others", []jobdesc.Requirement{req(4), {Level: 4}, req(7)}, jobdesc.Options{Languages: tags("fr")},
			[]string{"a requirement has no skill", "ABCD is not defined at level 7; it is defined at levels 2–5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := jobdesc.Check(tt.reqs, tt.opts)
			var got []string
			if err != nil {
				got = strings.Split(err.Error(), "\n")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check (-want +got):\n%s", diff)
			}
			d, berr := jobdesc.Build(tt.reqs, tt.opts)
			if (berr == nil) != (err == nil) || (berr == nil) != (d != nil) {
				t.Errorf("Build = %v, %v; Check error %v", d, berr, err)
			}
		})
	}
}

// TestErrorTypes checks that tools can tell the problems apart, and what
// each error holds.
func TestErrorTypes(t *testing.T) {
	err := jobdesc.Check([]jobdesc.Requirement{req(6), req(4)}, jobdesc.Options{Languages: tags("de")})
	var le *jobdesc.LevelError
	if !errors.As(err, &le) {
		t.Fatalf("no LevelError in %v", err)
	}
	if diff := cmp.Diff(&jobdesc.LevelError{Code: "ABCD", Level: 6, Defined: []sfia.Level{2, 3, 4, 5}}, le, tagComparer); diff != "" {
		t.Errorf("LevelError (-want +got):\n%s", diff)
	}
	var lang *jobdesc.LanguageError
	if !errors.As(err, &lang) {
		t.Fatalf("no LanguageError in %v", err)
	}
	if diff := cmp.Diff(&jobdesc.LanguageError{Code: "ABCD", Asked: tags("de"), Have: tags("ar", "fr", "ru")}, lang, tagComparer); diff != "" {
		t.Errorf("LanguageError (-want +got):\n%s", diff)
	}

	err = jobdesc.Check([]jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr-CA"), Version: 7})
	var ve *jobdesc.VersionError
	if !errors.As(err, &ve) {
		t.Fatalf("no VersionError in %v", err)
	}
	if diff := cmp.Diff(&jobdesc.VersionError{Code: "ABCD", Language: language.French, Version: 7, Have: []sfia.Version{9, 8}}, ve, tagComparer); diff != "" {
		t.Errorf("VersionError (-want +got):\n%s", diff)
	}

	err = jobdesc.Check([]jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true, Version: 6})
	if !errors.As(err, &ve) || ve.Language != language.Und || ve.Have != nil {
		t.Errorf("VersionError in no language = %+v", ve)
	}

	if !errors.Is(jobdesc.Check(nil, jobdesc.Options{}), jobdesc.ErrNoRequirements) {
		t.Error("expected ErrNoRequirements")
	}
	if !errors.Is(jobdesc.Check([]jobdesc.Requirement{{Level: 4}}, jobdesc.Options{}), jobdesc.ErrNilSkill) {
		t.Error("expected ErrNilSkill")
	}
}

// TestNotices checks the mixed-versions notice: side by side, ABCD's
// newest translations come from SFIA 7, 8 and 9; in one language, or
// pinned to one version, they do not mix; two skills in one language can.
func TestNotices(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []jobdesc.Notice{{
		Kind:    jobdesc.NoticeMixedVersions,
		Message: "The texts in this description come from different SFIA versions: SFIA 7 (ru); SFIA 8 (ar); SFIA 9 (fr). They are not translations of one text.",
	}}
	if diff := cmp.Diff(want, d.Notices); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ar", "fr", "ru"}, sectionLanguages(d)); diff != "" {
		t.Errorf("side-by-side languages (-want +got):\n%s", diff)
	}

	for _, tt := range []struct {
		opts  jobdesc.Options
		langs []string
	}{
		{jobdesc.Options{Languages: tags("fr")}, []string{"fr", "fr"}},
		{jobdesc.Options{Languages: tags("ru")}, []string{"ru", "ru"}},
		// Pinned to SFIA 8, side by side: the languages that have it.
		{jobdesc.Options{AllLanguages: true, Version: 8}, []string{"ar", "fr", "ar", "fr"}},
	} {
		d, err := jobdesc.Build([]jobdesc.Requirement{req(2), req(5)}, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Notices) != 0 {
			t.Errorf("%+v: unexpected notices %v", tt.opts, d.Notices)
		}
		if diff := cmp.Diff(tt.langs, sectionLanguages(d)); diff != "" {
			t.Errorf("%+v: languages (-want +got):\n%s", tt.opts, diff)
		}
	}

	// Two skills in one language, through one preference list, is the
	// other way to mix.
	d, err = jobdesc.Build([]jobdesc.Requirement{req(4), {Skill: fake, Level: 3}}, jobdesc.Options{Languages: tags("fr")})
	if err != nil {
		t.Fatal(err)
	}
	want = []jobdesc.Notice{{
		Kind:    jobdesc.NoticeMixedVersions,
		Message: "The texts in this description come from different SFIA versions: SFIA 7 (fr); SFIA 9 (fr). They are not translations of one text.",
	}}
	if diff := cmp.Diff(want, d.Notices); diff != "" {
		t.Errorf("two skills' notices (-want +got):\n%s", diff)
	}
}

func sectionLanguages(d *jobdesc.Description) []string {
	var out []string
	for _, s := range d.Sections {
		out = append(out, s.Language.String())
	}
	return out
}

// TestSections checks what a section holds, against the fixture tables.
func TestSections(t *testing.T) {
	ru := language.Russian
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4), req(2)}, jobdesc.Options{Languages: tags("uk", "ru-RU")})
	if err != nil {
		t.Fatal(err)
	}
	want := []jobdesc.Section{
		{Code: "ABCD", Name: "Брундение флобов", Level: 4, LevelWord: "Ступеля", GuidingWords: "Enable", GuidingLang: language.English,
			Description: "Ведёт брундение в команде.", Statements: []string{"Ведёт брундение в команде."},
			Language: ru, Direction: "ltr", Version: 7, Source: "fixture/abcd_ru7.txt", Group: 0},
		{Code: "ABCD", Name: "Брундение флобов", Level: 2, LevelWord: "Ступеля", GuidingWords: "Assist", GuidingLang: language.English,
			Description: "Брундит простые флобы. Записывает зорбы.", Statements: []string{"Брундит простые флобы.", "Записывает зорбы."},
			Language: ru, Direction: "ltr", Version: 7, Source: "fixture/abcd_ru7.txt", Group: 1},
	}
	if diff := cmp.Diff(want, d.Sections, tagComparer); diff != "" {
		t.Errorf("ru sections (-want +got):\n%s", diff)
	}

	// Side by side: one group, a section per language, sorted by tag,
	// each from its language's newest version or the pinned one.
	d, err = jobdesc.Build([]jobdesc.Requirement{req(5)}, jobdesc.Options{AllLanguages: true, Version: 8})
	if err != nil {
		t.Fatal(err)
	}
	want = []jobdesc.Section{
		{Code: "ABCD", Name: "زلمقة البرتوف", Level: 5, LevelWord: "الدرفون", GuidingWords: "Ensure, advise", GuidingLang: language.English,
			Description: "يقنود الزبرقة كلشها.", Statements: []string{"يقنود الزبرقة كلشها."},
			Language: language.Arabic, Direction: "rtl", Version: 8, Source: "fixture/abcd_ar8.txt", Group: 0},
		{Code: "ABCD", Name: "Gruntage de flobs", Level: 5, LevelWord: "Nivôle", GuidingWords: "Ensure, advise", GuidingLang: language.English,
			Description: "Décide du gruntage.", Statements: []string{"Décide du gruntage."},
			Language: language.French, Direction: "ltr", Version: 8, Source: "fixture/abcd_fr8.txt", Group: 0},
	}
	if diff := cmp.Diff(want, d.Sections, tagComparer); diff != "" {
		t.Errorf("SFIA 8 side-by-side sections (-want +got):\n%s", diff)
	}

	// The newest French, with its category; a regional tag gives the
	// language's tag.
	d, err = jobdesc.Build([]jobdesc.Requirement{req(3)}, jobdesc.Options{Languages: tags("fr-CA")})
	if err != nil {
		t.Fatal(err)
	}
	want = []jobdesc.Section{
		{Code: "ABCD", Name: "Gruntage des flobs", Category: "Flobnerie", Subcategory: "Gruntes", Level: 3, LevelWord: "Nivôle",
			GuidingWords: "Apply", GuidingLang: language.English,
			Description: "Grunte les flobs « brelins » selon la zorbe. Trime l'état des flobs. Signale les écarts.",
			Statements:  []string{"Grunte les flobs « brelins » selon la zorbe.", "Trime l'état des flobs.", "Signale les écarts."},
			Language:    language.French, Direction: "ltr", Version: 9, Source: "fixture/abcd_fr9.txt", Group: 0},
	}
	if diff := cmp.Diff(want, d.Sections, tagComparer); diff != "" {
		t.Errorf("fr-CA sections (-want +got):\n%s", diff)
	}
}

// TestFramework checks Options.Framework: guiding words in the section's
// language where the framework has them at that level, English (and
// GuidingLang English) where it has none in that language or at that
// level, or Framework is nil.
func TestFramework(t *testing.T) {
	tests := []struct {
		name      string
		level     int
		lang      string
		framework sfia.Framework
		words     string
		wordsLang language.Tag
	}{
		{"in the section's language", 4, "ru", framework, "Вырять", language.Russian},
		{"a regional tag asked for", 2, "ru-RU", framework, "Помогрять", language.Russian},
		{"none at that level", 5, "ru", framework, "Ensure, advise", language.English},
		{"none in that language", 4, "fr", framework, "Enable", language.English},
		{"none in a right-to-left language", 3, "ar", framework, "Apply", language.English},
		{"no framework", 4, "ru", nil, "Enable", language.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := jobdesc.Build([]jobdesc.Requirement{req(tt.level)}, jobdesc.Options{Languages: tags(tt.lang), Framework: tt.framework})
			if err != nil {
				t.Fatal(err)
			}
			s := d.Sections[0]
			if s.GuidingWords != tt.words || s.GuidingLang != tt.wordsLang {
				t.Errorf("guiding words = %q in %v, want %q in %v", s.GuidingWords, s.GuidingLang, tt.words, tt.wordsLang)
			}
		})
	}

	// Side by side, each section in its own language.
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true, Framework: framework})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sections {
		got = append(got, s.Language.String()+": "+s.GuidingWords+" ("+s.GuidingLang.String()+")")
	}
	if diff := cmp.Diff([]string{"ar: Enable (en)", "fr: Enable (en)", "ru: Вырять (ru)"}, got); diff != "" {
		t.Errorf("side by side (-want +got):\n%s", diff)
	}
}

// TestLevelWordAndDirectionFallback checks that a section says "Level"
// where its translation gives no word for it, and is left to right
// unless the translation says "rtl".
func TestLevelWordAndDirectionFallback(t *testing.T) {
	tests := []struct {
		levelWord, direction string
		wantWord, wantDir    string
	}{
		{"", "", "Level", "ltr"},
		{"Nivôle", "", "Nivôle", "ltr"},
		{"", "rtl", "Level", "rtl"},
		{"Nivôle", "ltr", "Nivôle", "ltr"},
		{"Nivôle", "sideways", "Nivôle", "ltr"},
	}
	for _, tt := range tests {
		skill := oneLevel("EFGH", tt.levelWord, tt.direction)
		d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: skill, Level: 1}}, jobdesc.Options{Languages: tags("fr")})
		if err != nil {
			t.Fatal(err)
		}
		s := d.Sections[0]
		if s.LevelWord != tt.wantWord || s.Direction != tt.wantDir {
			t.Errorf("LevelWord %q, Direction %q: section has %q, %q; want %q, %q",
				tt.levelWord, tt.direction, s.LevelWord, s.Direction, tt.wantWord, tt.wantDir)
		}
		var b strings.Builder
		if err := d.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		if heading := "Flobage (EFGH) — " + tt.wantWord + " 1 (Follow)\n"; !strings.HasPrefix(b.String(), heading) {
			t.Errorf("LevelWord %q: text starts %q, want %q", tt.levelWord, b.String()[:min(b.Len(), 40)], heading)
		}
	}
}

func TestRequirementString(t *testing.T) {
	if got := req(4).String(); got != "ABCD level 4" {
		t.Errorf("String = %q", got)
	}
	if got := (jobdesc.Requirement{Level: 2}).String(); got != "<nil skill> level 2" {
		t.Errorf("String = %q", got)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range jobdesc.Formats() {
		if got, err := jobdesc.ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if got, _ := jobdesc.ParseFormat("markdown"); got != jobdesc.Markdown {
		t.Errorf("markdown = %q", got)
	}
	if _, err := jobdesc.ParseFormat("pdf"); err == nil || err.Error() != `unknown format "pdf"; formats: text, md, html, page, json, csv` {
		t.Errorf("ParseFormat(pdf) error = %v", err)
	}
	d, err := jobdesc.Build([]jobdesc.Requirement{req(2)}, jobdesc.Options{Languages: tags("fr")})
	if err != nil {
		t.Fatal(err)
	}
	if err := anyformat.Render(&strings.Builder{}, d, "pdf"); err == nil {
		t.Error("Render(pdf) = nil error")
	}
}

// TestLevelMissingInOneText checks the LevelError for a level the skill
// defines in one translation but not in the one chosen: it names that
// text and the levels it defines, so that its message does not say that
// the skill is defined at the level asked for.
func TestLevelMissingInOneText(t *testing.T) {
	part := &sfiaimpl.Skill{
		SkillCode:   "PART",
		DefinedMask: 0b0000110, // levels 2 and 3
		Langs:       sfiaimpl.Languages{Tags: []string{"fr", "ru"}},
		Translations: [][]*sfiaimpl.Translation{
			{{Version: 9, Source: "fixture/part_fr9.txt", Name: "Partage", Levels: [7]sfiaimpl.LevelText{1: statements("Partage les flobs.")}}},
			{{Version: 8, Source: "fixture/part_ru8.txt", Name: "Частоб", Levels: [7]sfiaimpl.LevelText{1: statements("Частобит флобы."), 2: statements("Частобит зорбы.")}}},
		},
	}
	reqs := []jobdesc.Requirement{{Skill: part, Level: 3}}
	if _, err := jobdesc.Build(reqs, jobdesc.Options{Languages: tags("ru")}); err != nil {
		t.Fatalf("level 3 in ru: %v", err)
	}
	err := jobdesc.Check(reqs, jobdesc.Options{Languages: tags("fr", "ru")})
	var le *jobdesc.LevelError
	if !errors.As(err, &le) {
		t.Fatalf("level 3 in fr: %v, want a LevelError", err)
	}
	want := &jobdesc.LevelError{Code: "PART", Level: 3, Defined: []sfia.Level{2}, Language: language.French, Version: 9}
	if diff := cmp.Diff(want, le, tagComparer); diff != "" {
		t.Errorf("LevelError (-want +got):\n%s", diff)
	}
	if got, want := err.Error(), "PART is not defined at level 3 in its fr text of SFIA 9; that text defines level 2"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

// skillIn returns a made-up skill CODE defined at level in one language,
// of version v.
func skillIn(code, lang string, v sfia.Version, level sfia.Level) sfia.Skill {
	var levels [7]sfiaimpl.LevelText
	levels[level-1] = statements("Flobe.")
	return &sfiaimpl.Skill{
		SkillCode:    code,
		DefinedMask:  1 << (level - 1),
		Langs:        sfiaimpl.Languages{Tags: []string{lang}},
		Translations: [][]*sfiaimpl.Translation{{{Version: v, Source: "fixture/" + code + ".txt", Name: "Flobage", Levels: levels}}},
	}
}

// TestLevelInfo is the table of Options.LevelInfo on the level framework
// fixture: what each section holds, its guiding words and the notices.
// Level information is taken only in the section's own language and
// version, wherever else the framework has some.
func TestLevelInfo(t *testing.T) {
	fr9 := func(l int, phrase, essence string, attrs ...jobdesc.AttributeLevel) *jobdesc.LevelInfo {
		li := &jobdesc.LevelInfo{GuidingPhrase: phrase, Essence: essence, Attributes: attrs}
		if phrase != "" {
			li.Source = fmt.Sprintf("fixture/levels_fr9.csv:3:%d", l+1)
		}
		return li
	}
	zorb := func(d string) jobdesc.AttributeLevel {
		return jobdesc.AttributeLevel{Code: "ZORB", Name: "Zorbitude", Type: "Attributs", Description: d, Source: "fixture/attributes_fr9.csv:2"}
	}
	flim := func(d string) jobdesc.AttributeLevel {
		return jobdesc.AttributeLevel{Code: "FLIM", Name: "Flimosité", Type: "Attributs", Description: d, Source: "fixture/attributes_fr9.csv:3"}
	}
	brux := func(d string) jobdesc.AttributeLevel {
		return jobdesc.AttributeLevel{Code: "BRUX", Name: "Bruxerie", Type: "Facteurs de gruntage", Description: d, Source: "fixture/attributes_fr9.csv:4"}
	}
	eight := func(file string, l int, autonomy, influence, complexity, business, knowledge string) *jobdesc.LevelInfo {
		n := fmt.Sprint(l)
		return &jobdesc.LevelInfo{
			Source:   fmt.Sprintf("%s:Levels of responsibility!B%d", file, l+1),
			Autonomy: autonomy + " " + n + ".", Influence: influence + " " + n + ".", Complexity: complexity + " " + n + ".",
			BusinessSkills: business + " " + n + ".", Knowledge: knowledge + " " + n + ".",
		}
	}
	noInfo := func(what string) []jobdesc.Notice {
		return []jobdesc.Notice{{Kind: jobdesc.NoticeNoLevelInfo,
			Message: "No level information for " + what + ": the framework texts give none in that language and version."}}
	}
	tests := []struct {
		name    string
		reqs    []jobdesc.Requirement
		opts    jobdesc.Options
		info    *jobdesc.LevelInfo
		words   string // the section's guiding words
		notices []jobdesc.Notice
	}{
		{"off", []jobdesc.Requirement{req(3)}, jobdesc.Options{Languages: tags("fr"), Framework: levelFramework},
			nil, "Brelouter", nil},
		{"SFIA 9 levels and attributes", []jobdesc.Requirement{req(3)}, jobdesc.Options{Languages: tags("fr"), Framework: levelFramework, LevelInfo: true},
			fr9(3, "Brelouter", "Breloute seul les flobs « brelins ».", zorb("Zorbe seul."), flim("Flime les flobs.")),
			"Brelouter", nil},
		{"every attribute at level 4", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr-CA"), Framework: levelFramework, LevelInfo: true},
			fr9(4, "Zorber", "Zorbe l'équipe et ses flobs.", zorb("Zorbe l'équipe."), flim("Flime les zorbes."), brux("Bruxe pour l'équipe.")),
			"Zorber", nil},
		{"attributes only, where the levels table says nothing of the level", []jobdesc.Requirement{req(5)},
			jobdesc.Options{Languages: tags("fr"), Framework: levelFramework, LevelInfo: true},
			fr9(5, "", "", zorb("Zorbe le service."), flim("Flime l'organisme.")),
			"Ensure, advise", nil},
		{"pinned to a version the framework does not have in that language", []jobdesc.Requirement{req(3)},
			jobdesc.Options{Languages: tags("fr"), Version: 8, Framework: levelFramework, LevelInfo: true},
			nil, "Brelouter", noInfo("fr SFIA 8 at level 3")},
		{"SFIA 8 levels, right to left", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("ar"), Framework: levelFramework, LevelInfo: true},
			eight("fixture/sfia8_ar.xlsx", 4, "يزلمق بحرية", "يبرتف الفرتوم", "يطرشن الكلشة", "يسنكر الدوانق", "يقلسم الزبرقة"),
			// The guiding words are the SFIA 9 set's: GuidingWords takes
			// them from any version; LevelInfo does not.
			"سنك", nil},
		{"a level the version's levels table leaves out", []jobdesc.Requirement{req(5)}, jobdesc.Options{Languages: tags("ar"), Framework: levelFramework, LevelInfo: true},
			nil, "دونق، قلسم", noInfo("ar SFIA 8 at level 5")},
		{"a level set and page essences of other versions", []jobdesc.Requirement{req(3), req(2)},
			jobdesc.Options{Languages: tags("ru"), Framework: levelFramework, LevelInfo: true},
			nil, "Примлять", noInfo("ru SFIA 7 at levels 2–3")},
		{"page essences of the section's version", []jobdesc.Requirement{{Skill: skillIn("PAGE", "ru", 9, 4), Level: 4}},
			jobdesc.Options{Languages: tags("ru"), Framework: levelFramework, LevelInfo: true},
			&jobdesc.LevelInfo{Source: "fixture/framework_ru.txt", GuidingPhrase: "Вырять", Essence: "Выряет флобы в команде."},
			"Вырять", nil},
		{"a level the page copy leaves out", []jobdesc.Requirement{{Skill: skillIn("PAGE", "ru", 9, 5), Level: 5}},
			jobdesc.Options{Languages: tags("ru"), Framework: levelFramework, LevelInfo: true},
			nil, "Ensure, advise", noInfo("ru SFIA 9 at level 5")},
		{"the levels table of the section's version before the page", []jobdesc.Requirement{{Skill: skillIn("EIGH", "ru", 8, 6), Level: 6}},
			jobdesc.Options{Languages: tags("ru"), Framework: levelFramework, LevelInfo: true},
			eight("fixture/sfia8_ru.xlsx", 6, "Слудит сам", "Брундит на зорбу", "Тримит флобы", "Помогряет словом", "Знает зорбы"),
			"Зачинять", nil},
		{"a regional variant's text does not take the language's", []jobdesc.Requirement{{Skill: skillIn("CANA", "fr-CA", 9, 3), Level: 3}},
			jobdesc.Options{Languages: tags("fr-CA"), Framework: levelFramework, LevelInfo: true},
			nil, "Apply", noInfo("fr-CA SFIA 9 at level 3")},
		{"a framework without levels", []jobdesc.Requirement{req(3)}, jobdesc.Options{Languages: tags("fr"), Framework: framework, LevelInfo: true},
			nil, "Apply", noInfo("fr SFIA 9 at level 3")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := jobdesc.Build(tt.reqs, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.info, d.Sections[0].LevelInfo); diff != "" {
				t.Errorf("LevelInfo (-want +got):\n%s", diff)
			}
			if got := d.Sections[0].GuidingWords; got != tt.words {
				t.Errorf("guiding words %q, want %q", got, tt.words)
			}
			if diff := cmp.Diff(tt.notices, d.Notices); diff != "" {
				t.Errorf("notices (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLevelInfoSideBySide checks the notice that names every language,
// version and level without level information, beside the notice of
// mixed versions, and that each section has its own language's.
func TestLevelInfoSideBySide(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4), req(5)}, jobdesc.Options{AllLanguages: true, Framework: levelFramework, LevelInfo: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sections {
		what := "none"
		if li := s.LevelInfo; li != nil {
			what = fmt.Sprintf("%q %q %d attributes", li.Essence, li.Autonomy, len(li.Attributes))
		}
		got = append(got, fmt.Sprintf("%d %s: %s", s.Level, s.Language, what))
	}
	want := []string{
		`4 ar: "" "يزلمق بحرية 4." 0 attributes`,
		`4 fr: "Zorbe l'équipe et ses flobs." "" 3 attributes`,
		`4 ru: none`,
		`5 ar: none`,
		`5 fr: "" "" 2 attributes`,
		`5 ru: none`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	wantNotices := []jobdesc.Notice{
		{Kind: jobdesc.NoticeMixedVersions, Message: "The texts in this description come from different SFIA versions: SFIA 7 (ru); SFIA 8 (ar); SFIA 9 (fr). They are not translations of one text."},
		{Kind: jobdesc.NoticeNoLevelInfo, Message: "No level information for ar SFIA 8 at level 5; ru SFIA 7 at levels 4–5: the framework texts give none in that language and version."},
	}
	if diff := cmp.Diff(wantNotices, d.Notices); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
}

// TestLevelInfoNeedsFramework checks that LevelInfo without a Framework
// is an error, listed with the requirements' problems.
func TestLevelInfoNeedsFramework(t *testing.T) {
	err := jobdesc.Check([]jobdesc.Requirement{req(4), req(7)}, jobdesc.Options{Languages: tags("fr"), LevelInfo: true})
	if !errors.Is(err, jobdesc.ErrNoFramework) {
		t.Fatalf("Check = %v, want ErrNoFramework", err)
	}
	want := []string{jobdesc.ErrNoFramework.Error(), "ABCD is not defined at level 7; it is defined at levels 2–5"}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	if d, err := jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr"), LevelInfo: true}); d != nil || !errors.Is(err, jobdesc.ErrNoFramework) {
		t.Errorf("Build = %v, %v", d, err)
	}
}

// TestTablesCannotBeChanged changes what Formats, CSVHeader,
// CSVLevelInfoHeader and JSONSchema return, and checks that the package
// is not changed: ParseFormat still parses, the next calls answer as
// before. (They were package variables that any importer could change
// for the whole process.)
func TestTablesCannotBeChanged(t *testing.T) {
	f := jobdesc.Formats()
	f[0] = jobdesc.CSV
	h := jobdesc.CSVHeader()
	h[0] = "x"
	lh := jobdesc.CSVLevelInfoHeader()
	lh[0], lh[len(lh)-1] = "x", "y"
	s := jobdesc.JSONSchema()
	s[0] = 'x'
	if got, err := jobdesc.ParseFormat("text"); err != nil || got != jobdesc.Text {
		t.Errorf("ParseFormat(text) = %v, %v after changing Formats()", got, err)
	}
	if jobdesc.Formats()[0] != jobdesc.Text || jobdesc.CSVHeader()[0] != "code" || jobdesc.CSVLevelInfoHeader()[0] != "code" ||
		jobdesc.CSVLevelInfoHeader()[len(lh)-1] != "attribute_name" || jobdesc.JSONSchema()[0] != '{' {
		t.Error("a changed result changed the next call's")
	}
}
