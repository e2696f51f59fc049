package csmg_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// TestSkillLevels checks the skill's code and levels: Levels is the
// union of the levels every translation defines, and holds every level
// a seed defines; the package's Level, Levels and the sfia.Skill agree.
func TestSkillLevels(t *testing.T) {
	if got := csmg.Skill.Code(); got != code {
		t.Errorf("Code() = %q, want %q", got, code)
	}
	union := map[sfia.Level]bool{}
	for _, tag := range csmg.Languages() {
		for _, v := range csmg.Skill.Versions(tag) {
			tr, _ := csmg.Skill.Translation(v, tag)
			for _, lt := range tr.Levels {
				if lt.Defined {
					union[lt.Level] = true
				}
			}
		}
	}
	var want []sfia.Level
	for l := range union {
		want = append(want, l)
	}
	slices.Sort(want)
	if diff := gocmp.Diff(want, csmg.Skill.Levels()); diff != "" {
		t.Errorf("Skill.Levels() (-translations +got):\n%s", diff)
	}
	for _, sd := range seedtest.Seeds {
		for l := range sd.Levels {
			if !union[sfia.Level(l)] {
				t.Errorf("seeds/%s defines level %d; Levels() = %v", sd.File, l, csmg.Skill.Levels())
			}
		}
	}
	var fromPkg []sfia.Level
	for _, sl := range csmg.Levels() {
		fromPkg = append(fromPkg, sl.Level())
		if sl.Skill() != csmg.Skill {
			t.Errorf("%v.Skill() is not csmg.Skill", sl)
		}
		if got, want := sl.String(), code+" "+sl.Level().String(); got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	}
	if diff := gocmp.Diff(want, fromPkg); diff != "" {
		t.Errorf("csmg.Levels() (-translations +got):\n%s", diff)
	}
	for l := -1; l <= 9; l++ {
		if got, want := csmg.Level(l).Defined(), csmg.Skill.Defined(sfia.Level(l)); got != want || got != union[sfia.Level(l)] {
			t.Errorf("Level(%d).Defined() = %v, Skill.Defined = %v, translations %v", l, got, want, union[sfia.Level(l)])
		}
	}
}

// TestSkillTexts checks each seed's translation, pinned to its version,
// against the seed file: the name, description, guidance, activities and
// category.
func TestSkillTexts(t *testing.T) {
	root := seedtest.Root()
	type counts struct{ Guidance, Activities int }
	wantCounts := map[string]counts{ // counted in the seeds
		"004_07a011a12c9ebc15.txt": {1, 6}, // ar
		"003_c74615f3b514106e.txt": {0, 0}, // es: SFIA 6 has neither
		"000_f93c0a31eadc8278.txt": {1, 7}, // it
		"002_c8d2389445e5e1c8.txt": {1, 7}, // pt
		"001_205a89c5e035fa5d.txt": {1, 6}, // ru
	}
	gotCounts := map[string]counts{}
	for _, sd := range seedtest.Seeds {
		lines, err := seedtest.Lines(root, sd.File)
		if err != nil {
			t.Fatal(err)
		}
		tr, ok := csmg.Skill.Translation(sfia.Version(sd.Version), language.MustParse(sd.Lang))
		if !ok {
			t.Errorf("no translation in %s, SFIA %d", sd.Lang, sd.Version)
			continue
		}
		if name := strings.TrimSuffix(lines[sd.NameLine], " "+code); tr.Name != name {
			t.Errorf("%s name = %q, want line %d, %q", sd.Lang, tr.Name, sd.NameLine, name)
		}
		// The description is the first non-blank line after the name.
		desc := ""
		for _, l := range lines[sd.NameLine+1:] {
			if l != "" {
				desc = l
				break
			}
		}
		if tr.Description != desc {
			t.Errorf("%s description = %q, want %q", sd.Lang, tr.Description, desc)
		}
		gotCounts[sd.File] = counts{len(tr.Guidance), len(tr.Activities)}
		// Where there are activities, the line before them is the
		// profile's activities line.
		p, err := seedtest.Profile(root, sd.Lang)
		if err != nil {
			t.Fatal(err)
		}
		wantIntro := ""
		if len(tr.Activities) > 0 {
			wantIntro = first(p["activities"])
		}
		if tr.ActivitiesIntro != wantIntro {
			t.Errorf("%s ActivitiesIntro = %q, want %q", sd.Lang, tr.ActivitiesIntro, wantIntro)
		}
	}
	if diff := gocmp.Diff(wantCounts, gotCounts); diff != "" {
		t.Errorf("guidance and activities (-seeds +got):\n%s", diff)
	}
	// Seed line 12 is the last Italian activity.
	lines, err := seedtest.Lines(root, "000_f93c0a31eadc8278.txt")
	if err != nil {
		t.Fatal(err)
	}
	it, _ := csmg.Skill.Translation(sfia.SFIA9, language.Italian)
	if got, want := it.Activities[len(it.Activities)-1], strings.TrimPrefix(lines[12], "- "); got != want {
		t.Errorf("last Italian activity = %q, want %q", got, want)
	}
	// Only the Spanish (SFIA 6) page names the category, in its
	// breadcrumb on line 1: ".../ SFIA 6 / Habilidades / <category> /
	// <subcategory> / <name>".
	cat := map[string][2]string{}
	for _, sd := range seedtest.Seeds {
		tr, _ := csmg.Skill.Translation(sfia.Version(sd.Version), language.MustParse(sd.Lang))
		cat[sd.File] = [2]string{tr.Category, tr.Subcategory}
	}
	es, err := seedtest.Lines(root, "003_c74615f3b514106e.txt")
	if err != nil {
		t.Fatal(err)
	}
	crumbs := strings.Split(es[1], " / ")
	if len(crumbs) < 3 {
		t.Fatalf("Spanish seed line 1 = %q, want a breadcrumb", es[1])
	}
	wantCat := map[string][2]string{
		"004_07a011a12c9ebc15.txt": {}, "000_f93c0a31eadc8278.txt": {}, "002_c8d2389445e5e1c8.txt": {}, "001_205a89c5e035fa5d.txt": {},
		"003_c74615f3b514106e.txt": {crumbs[len(crumbs)-3], crumbs[len(crumbs)-2]},
	}
	if diff := gocmp.Diff(wantCat, cat); diff != "" {
		t.Errorf("category (-seeds +got):\n%s", diff)
	}
}

// TestTranslationLevelsMatchLookups checks that every translation's
// Levels agree with the package's lookups for the newest version.
func TestTranslationLevelsMatchLookups(t *testing.T) {
	for _, tag := range csmg.Languages() {
		tr, _ := csmg.Skill.Translation(0, tag)
		for l := 1; l <= 7; l++ {
			lt, _ := tr.Level(sfia.Level(l))
			sl := csmg.Level(l)
			want := sfia.LevelText{Level: sfia.Level(l), Defined: sl.Description(tag) != "", Description: sl.Description(tag), Statements: sl.Statements(tag), Note: sl.Note(tag)}
			if lt.Level == 0 {
				lt.Level = sfia.Level(l) // a level with no text at all
			}
			if diff := gocmp.Diff(want, lt); diff != "" {
				t.Errorf("%v level %d: Translation(0).Levels (-lookups +got):\n%s", tag, l, diff)
			}
		}
	}
}

func ExampleSkill() {
	// A tool can handle any skill through sfia.Skill, and pin a version.
	var s sfia.Skill = csmg.Skill
	if tr, ok := s.Translation(sfia.SFIA8, language.Russian); ok {
		lt, _ := tr.Level(2)
		fmt.Println(tr.Name, tr.Version, tr.Source)
		fmt.Println(lt.Statements[0])
	}
	// The Arabic SFIA 8 page says why there is no level 7 description.
	if tr, ok := s.Translation(sfia.SFIA8, language.Arabic); ok {
		lt, _ := tr.Level(7)
		fmt.Println(lt.Defined, lt.Note)
	}
	// Output:
	// Служба поддержки клиентов SFIA 8 seeds/001_205a89c5e035fa5d.txt
	// Отвечает на обычные запросы на обслуживание, предоставляя информацию для их выполнения.
	// false لا يتم ملاحظة هذه المهارة أو ممارستها عادة على هذا المستوى من المسؤولية والمساءلة.
}
