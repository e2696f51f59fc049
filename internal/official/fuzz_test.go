package official

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/sheet"
	"github.com/sfiakit/sfiakit/internal/synth"
)

var fuzzCodeRE = regexp.MustCompile(`^[A-Z]{4}$`)

// FuzzOfficialRead reads any bytes as a CSV file (package sheet) and its
// table with Read, under the options sel picks: SFIA 8 or 9, every row or
// one skill's, and the CSV encoding. Read never panics; an error names
// the file and is one line without control or invisible characters; what
// it reads is clean text that keeps the rules Read's doc lists. The seed
// corpus is the made-up SFIA 9 skills, attributes and levels tables of
// package synth, in both encodings.
func FuzzOfficialRead(f *testing.F) {
	skills := synth.OfficialSkills(2)
	en := synth.OfficialLanguages[0]
	for i, enc := range []string{synth.UTF8, synth.Windows1252} {
		sel := byte(1 + 6*(i+1)) // SFIA 9, every row, UTF-8 or Windows-1252
		f.Add(sel, synth.OfficialSFIA9SkillsCSV(skills, en, nil, enc))
		f.Add(sel, synth.OfficialSFIA9AttributesCSV(en, nil, enc))
		f.Add(sel, synth.OfficialSFIA9LevelsCSV(en, nil, enc))
	}
	f.Add(byte(1+2*2), synth.OfficialSFIA9SkillsCSV(skills, en, nil, synth.UTF8)) // one skill
	f.Fuzz(func(t *testing.T, sel byte, data []byte) {
		const file = "f.csv"
		opt := Options{Language: "en", Version: []int{8, 9}[sel%2], Source: "seeds/" + file,
			Skill: []string{"*", "", synth.Code(0)}[sel/2%3]}
		tab, err := sheet.ReadCSV(file, data, sheet.Encoding(sel/6%3))
		if err != nil {
			return // FuzzReadCSV checks those
		}
		res, err := Read([]*sheet.Table{tab}, opt)
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, file+":") || strings.ContainsRune(msg, '\n') || strings.IndexFunc(msg, clean.Forbidden) >= 0 {
				t.Fatalf("error %q: want one line naming the file, without control or invisible characters", msg)
			}
			return
		}
		if res == nil {
			t.Fatal("no result, and no error")
		}
		checkText := func(what, s string) {
			t.Helper()
			if clean.Text(s) != s || strings.IndexFunc(s, clean.Forbidden) >= 0 {
				t.Fatalf("%s %q is not clean text", what, s)
			}
		}
		codes := map[string]bool{}
		for _, s := range res.Skills {
			if !fuzzCodeRE.MatchString(s.Code) || codes[s.Code] {
				t.Fatalf("skill code %q invalid or repeated", s.Code)
			}
			codes[s.Code] = true
			if opt.Skill != "*" && opt.Skill != "" && s.Code != opt.Skill {
				t.Fatalf("skill %s read, only %s asked for", s.Code, opt.Skill)
			}
			checkFuzzTranslation(t, s.Code, s.Translation, opt, checkText)
		}
		if opt.Skill != "*" && opt.Skill != "" && len(res.Skills) != 1 {
			t.Fatalf("%d skills read for skill %s", len(res.Skills), opt.Skill)
		}
		if ls := res.Levels; ls != nil {
			if ls.Language != opt.Language || ls.Version != opt.Version {
				t.Fatalf("levels of %s SFIA %d", ls.Language, ls.Version)
			}
			for i, l := range ls.Levels {
				for _, s := range []string{l.GuidingPhrase, l.Essence, l.Autonomy, l.Influence, l.Complexity, l.BusinessSkills, l.Knowledge} {
					checkText(fmt.Sprintf("level %d text", i+1), s)
				}
			}
		}
		if as := res.Attributes; as != nil {
			if as.Language != opt.Language || as.Version != opt.Version {
				t.Fatalf("attributes of %s SFIA %d", as.Language, as.Version)
			}
			codes := map[string]bool{}
			for _, a := range as.Attributes {
				if !fuzzCodeRE.MatchString(a.Code) || codes[a.Code] {
					t.Fatalf("attribute code %q invalid or repeated", a.Code)
				}
				codes[a.Code] = true
				if a.Name == "" || a.Description == "" {
					t.Fatalf("attribute %s without a name or description", a.Code)
				}
				for _, s := range append([]string{a.Name, a.Type, a.Description}, append(a.Guidance, a.Levels[:]...)...) {
					checkText("attribute "+a.Code+" text", s)
				}
			}
		}
	})
}

// checkFuzzTranslation checks a skill's translation as Read's doc
// describes it.
func checkFuzzTranslation(t *testing.T, code string, tr model.Translation, opt Options, checkText func(what, s string)) {
	t.Helper()
	if tr.Language != opt.Language || tr.Version != opt.Version {
		t.Fatalf("%s: translation of %s SFIA %d", code, tr.Language, tr.Version)
	}
	if tr.Name == "" || tr.Description == "" || tr.Category == "" || tr.Subcategory == "" {
		t.Fatalf("%s: a name, description, category or subcategory is empty: %+v", code, tr)
	}
	for _, s := range append([]string{tr.Name, tr.Description, tr.Category, tr.Subcategory, tr.ActivitiesIntro}, append(tr.Guidance, tr.Activities...)...) {
		checkText(code+" text", s)
	}
	if len(tr.Levels) != 7 {
		t.Fatalf("%s: %d levels, want 7", code, len(tr.Levels))
	}
	for i, l := range tr.Levels {
		if l.Level != i+1 {
			t.Fatalf("%s: level %d at index %d", code, l.Level, i)
		}
		if l.Defined != (l.Paragraph != "") {
			t.Fatalf("%s level %d: defined %v with paragraph %q", code, l.Level, l.Defined, l.Paragraph)
		}
		if got := strings.Join(l.Statements, " "); got != l.Paragraph {
			t.Fatalf("%s level %d: statements joined give %q, want the paragraph %q", code, l.Level, got, l.Paragraph)
		}
		for _, s := range l.Statements {
			if s == "" {
				t.Fatalf("%s level %d: an empty statement", code, l.Level)
			}
			checkText(fmt.Sprintf("%s level %d statement", code, l.Level), s)
		}
	}
}
