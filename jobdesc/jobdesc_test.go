package jobdesc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

func tags(ss ...string) []language.Tag {
	var out []language.Tag
	for _, s := range ss {
		out = append(out, language.MustParse(s))
	}
	return out
}

func req(level int) jobdesc.Requirement {
	return jobdesc.Requirement{Skill: csmg.Skill, Level: sfia.Level(level)}
}

// TestCheckRules is the table of domain rules: what Check says for each
// list of requirements and options, message by message.
func TestCheckRules(t *testing.T) {
	tests := []struct {
		name string
		reqs []jobdesc.Requirement
		opts jobdesc.Options
		want []string // the joined errors' messages, in order; nil for none
	}{
		{"defined level", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("it")}, nil},
		{"every defined level", []jobdesc.Requirement{req(1), req(2), req(3), req(4), req(5), req(6)}, jobdesc.Options{Languages: tags("ar")}, nil},
		{"level 7 is not defined", []jobdesc.Requirement{req(7)}, jobdesc.Options{Languages: tags("it")},
			[]string{"CSMG is not defined at level 7; it is defined at levels 1–6"}},
		{"level 7 even where the page has a note", []jobdesc.Requirement{req(7)}, jobdesc.Options{Languages: tags("ar")},
			[]string{"CSMG is not defined at level 7; it is defined at levels 1–6"}},
		{"level 0", []jobdesc.Requirement{req(0)}, jobdesc.Options{Languages: tags("it")},
			[]string{"CSMG: level 0 is not an SFIA level; levels run from 1 to 7"}},
		{"level 9", []jobdesc.Requirement{req(9)}, jobdesc.Options{Languages: tags("it")},
			[]string{"CSMG: level 9 is not an SFIA level; levels run from 1 to 7"}},
		{"no seed language", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("de")},
			[]string{`no CSMG text in "de"; languages: ar, es, it, pt, ru`}},
		{"Ukrainian is not answered in Russian", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("uk", "en")},
			[]string{`no CSMG text in "uk", "en"; languages: ar, es, it, pt, ru`}},
		{"no language asked", []jobdesc.Requirement{req(4)}, jobdesc.Options{},
			[]string{"no CSMG text in no language (none was asked for); languages: ar, es, it, pt, ru"}},
		{"fallback down the list", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("de", "pt-BR")}, nil},
		{"pinned version present", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("it"), Version: 9}, nil},
		{"pinned version absent", []jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("ru"), Version: 9},
			[]string{"no SFIA 9 text of CSMG in ru; it has SFIA 8"}},
		{"pinned version in no language", []jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true, Version: 7},
			[]string{"no SFIA 7 text of CSMG in any language"}},
		{"every problem, in order", []jobdesc.Requirement{req(7), req(4), req(-2)}, jobdesc.Options{Languages: tags("zh")},
			[]string{
				"CSMG is not defined at level 7; it is defined at levels 1–6",
				`no CSMG text in "zh"; languages: ar, es, it, pt, ru`,
				"CSMG: level -2 is not an SFIA level; levels run from 1 to 7",
			}},
		{"no requirements", nil, jobdesc.Options{Languages: tags("it")},
			[]string{"no requirements: name at least one skill and level"}},
		{"no skill", []jobdesc.Requirement{{Level: 4}}, jobdesc.Options{Languages: tags("it")},
			[]string{"a requirement has no skill"}},
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
			_, berr := jobdesc.Build(tt.reqs, tt.opts)
			if (berr == nil) != (err == nil) {
				t.Errorf("Build error %v, Check error %v", berr, err)
			}
		})
	}
}

// TestErrorTypes checks that tools can tell the problems apart.
func TestErrorTypes(t *testing.T) {
	err := jobdesc.Check([]jobdesc.Requirement{req(7), req(4)}, jobdesc.Options{Languages: tags("de")})
	var le *jobdesc.LevelError
	if !errors.As(err, &le) || le.Code != "CSMG" || le.Level != 7 || !cmp.Equal(le.Defined, []sfia.Level{1, 2, 3, 4, 5, 6}) {
		t.Errorf("LevelError = %+v", le)
	}
	var lang *jobdesc.LanguageError
	if !errors.As(err, &lang) || lang.Code != "CSMG" || len(lang.Have) != 5 {
		t.Errorf("LanguageError = %+v", lang)
	}
	err = jobdesc.Check([]jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("es"), Version: 9})
	var ve *jobdesc.VersionError
	if !errors.As(err, &ve) || ve.Version != 9 || !cmp.Equal(ve.Have, []sfia.Version{6}) {
		t.Errorf("VersionError = %+v", ve)
	}
	if !errors.Is(jobdesc.Check(nil, jobdesc.Options{}), jobdesc.ErrNoRequirements) {
		t.Error("expected ErrNoRequirements")
	}
}

// TestNotices checks the mixed-versions notice: side by side the five
// translations come from SFIA 6, 8 and 9; in one language they do not mix.
func TestNotices(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []jobdesc.Notice{{
		Kind:    jobdesc.NoticeMixedVersions,
		Message: "The texts in this description come from different SFIA versions: SFIA 6 (es); SFIA 8 (ar, ru); SFIA 9 (it, pt). They are not translations of one text.",
	}}
	if diff := cmp.Diff(want, d.Notices); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
	var langs []string
	for _, s := range d.Sections {
		langs = append(langs, s.Language.String())
	}
	if diff := cmp.Diff([]string{"ar", "es", "it", "pt", "ru"}, langs); diff != "" {
		t.Errorf("side-by-side languages (-want +got):\n%s", diff)
	}
	for _, opts := range []jobdesc.Options{{Languages: tags("it")}, {Languages: tags("ru")}, {AllLanguages: true, Version: 9}} {
		d, err := jobdesc.Build([]jobdesc.Requirement{req(2), req(5)}, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Notices) != 0 {
			t.Errorf("%+v: unexpected notices %v", opts, d.Notices)
		}
	}
	// Two languages in one description, through the preference list of
	// two different skills, is the other way to mix; a fake skill in SFIA
	// 7 shows it.
	d, err = jobdesc.Build([]jobdesc.Requirement{req(4), {Skill: fakeSkill{}, Level: 3}}, jobdesc.Options{Languages: tags("it")})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Notices) != 1 || !strings.Contains(d.Notices[0].Message, "SFIA 7 (it); SFIA 9 (it)") {
		t.Errorf("notices = %v", d.Notices)
	}
}

// TestSections checks what a section holds, against the skill package.
func TestSections(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4), req(2)}, jobdesc.Options{Languages: tags("uk", "ru")})
	if err != nil {
		t.Fatal(err)
	}
	ru := language.Russian
	want := []jobdesc.Section{
		{Code: "CSMG", Name: csmg.Name(ru), Level: 4, LevelWord: "Уровень", GuidingWords: "Выполнять", GuidingLang: ru,
			Description: csmg.Level(4).Description(ru), Statements: csmg.Level(4).Statements(ru),
			Language: ru, Direction: "ltr", Version: 8, Source: csmg.Source(ru), Group: 0},
		{Code: "CSMG", Name: csmg.Name(ru), Level: 2, LevelWord: "Уровень", GuidingWords: "Помогать", GuidingLang: ru,
			Description: csmg.Level(2).Description(ru), Statements: csmg.Level(2).Statements(ru),
			Language: ru, Direction: "ltr", Version: 8, Source: csmg.Source(ru), Group: 1},
	}
	if diff := cmp.Diff(want, d.Sections, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	// Italian has no guiding words of its own: English stands in, and
	// says so.
	d, _ = jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("it")})
	if s := d.Sections[0]; s.GuidingWords != "Enable" || s.GuidingLang != language.English || s.LevelWord != "Livello" {
		t.Errorf("it section = %+v", s)
	}
	d, _ = jobdesc.Build([]jobdesc.Requirement{req(1)}, jobdesc.Options{Languages: tags("ar-EG")})
	if s := d.Sections[0]; s.Direction != "rtl" || s.Language != language.Arabic {
		t.Errorf("ar section = %+v", s)
	}
}

func TestRequirementString(t *testing.T) {
	if got := req(4).String(); got != "CSMG level 4" {
		t.Errorf("String = %q", got)
	}
	if got := (jobdesc.Requirement{Level: 2}).String(); got != "<nil skill> level 2" {
		t.Errorf("String = %q", got)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range jobdesc.Formats {
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
	d, _ := jobdesc.Build([]jobdesc.Requirement{req(1)}, jobdesc.Options{Languages: tags("it")})
	if err := d.Render(&strings.Builder{}, "pdf"); err == nil {
		t.Error("Render(pdf) = nil error")
	}
}

// fakeSkill is a made-up skill (not SFIA text) in Italian, SFIA 7, whose
// texts are full of characters every format must escape.
type fakeSkill struct{}

const hostile = `<script>alert("x")</script> & 'q' "d" *b* _i_ [l](u) | # \ ` + "`c`"

func (fakeSkill) Code() string                         { return "FAKE" }
func (fakeSkill) Levels() []sfia.Level                 { return []sfia.Level{3} }
func (fakeSkill) Defined(l sfia.Level) bool            { return l == 3 }
func (fakeSkill) Languages() []language.Tag            { return []language.Tag{language.Italian} }
func (fakeSkill) Versions(language.Tag) []sfia.Version { return []sfia.Version{7} }
func (fakeSkill) Translation(v sfia.Version, prefs ...language.Tag) (sfia.Translation, bool) {
	if v != 0 && v != 7 {
		return sfia.Translation{}, false
	}
	for _, p := range prefs {
		if b, _ := p.Base(); b.String() == "it" {
			return sfia.Translation{
				Code: "FAKE", Language: language.Italian, Version: 7, Source: "seeds/fake.txt",
				Name: "Nome " + hostile,
				Levels: []sfia.LevelText{{Level: 3, Defined: true, Description: "Uno " + hostile + ". Due.",
					Statements: []string{"Uno " + hostile + ".", "Due."}}},
			}, true
		}
	}
	return sfia.Translation{}, false
}
