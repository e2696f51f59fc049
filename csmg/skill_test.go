package csmg_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// TestSkillInterface checks csmg.Skill, the sfia.Skill view of the
// package, against the seed files and against the package functions.
func TestSkillInterface(t *testing.T) {
	texts := seedTexts(t)
	var s sfia.Skill = csmg.Skill
	if s.Code() != "CSMG" {
		t.Errorf("Code = %q", s.Code())
	}
	if diff := cmp.Diff([]sfia.Level{1, 2, 3, 4, 5, 6}, s.Levels()); diff != "" {
		t.Errorf("Levels (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(csmg.Languages(), s.Languages(), tagComparer); diff != "" {
		t.Errorf("Languages (-want +got):\n%s", diff)
	}
	for l := sfia.Level(-1); l <= 8; l++ {
		if s.Defined(l) != csmg.Level(l).Defined() {
			t.Errorf("Defined(%d) disagrees with csmg.Level", l)
		}
	}
	for _, seed := range seedtest.Seeds {
		tag := language.MustParse(seed.Lang)
		v := sfia.Version(seed.Version)
		if diff := cmp.Diff([]sfia.Version{v}, s.Versions(tag)); diff != "" {
			t.Errorf("Versions(%s) (-want +got):\n%s", seed.Lang, diff)
		}
		for _, pin := range []sfia.Version{0, v} {
			tr, ok := s.Translation(pin, tag)
			if !ok {
				t.Fatalf("Translation(%d, %s) reports none", pin, seed.Lang)
			}
			if tr.Code != "CSMG" || tr.Language != tag || tr.Version != v || tr.Source != "seeds/"+seed.File {
				t.Errorf("Translation(%d, %s) = %s %v %v %s", pin, seed.Lang, tr.Code, tr.Language, tr.Version, tr.Source)
			}
			if tr.Name != csmg.Name(tag) || tr.Description != csmg.Description(tag) || tr.Category != csmg.Category(tag) {
				t.Errorf("Translation(%s) skill texts disagree with the package functions", seed.Lang)
			}
			if diff := cmp.Diff(csmg.Activities(tag), tr.Activities); diff != "" {
				t.Errorf("Translation(%s).Activities (-want +got):\n%s", seed.Lang, diff)
			}
			got := map[int]string{}
			for _, lt := range tr.Levels {
				if lt.Defined {
					got[int(lt.Level)] = lt.Description
					if diff := cmp.Diff(csmg.Level(lt.Level).Statements(tag), lt.Statements); diff != "" {
						t.Errorf("%s level %d statements (-want +got):\n%s", seed.Lang, lt.Level, diff)
					}
				}
			}
			if diff := cmp.Diff(texts[seed.Lang], got); diff != "" {
				t.Errorf("Translation(%s) level texts (-seed +got):\n%s", seed.Lang, diff)
			}
		}
		// Pinning a version the language does not have gives nothing,
		// never silently another version.
		for _, other := range []sfia.Version{6, 7, 8, 9} {
			if other == v {
				continue
			}
			if tr, ok := s.Translation(other, tag); ok {
				t.Errorf("Translation(%d, %s) = SFIA %d text, want none", other, seed.Lang, tr.Version)
			}
		}
	}
	// The Arabic level 7 is a note, not a description.
	ar, _ := s.Translation(0, language.Arabic)
	lt, ok := ar.Level(7)
	if !ok || lt.Defined || lt.Description != "" || lt.Note != csmg.Level(7).Note(language.Arabic) || lt.Note == "" {
		t.Errorf("ar level 7 = %+v, %v", lt, ok)
	}
	if _, ok := ar.Level(0); ok {
		t.Error("Level(0) reports text")
	}
	// Languages no seed is in, and no preference at all.
	for _, prefs := range [][]language.Tag{{language.German}, {language.Ukrainian, language.English}, nil} {
		if _, ok := s.Translation(0, prefs...); ok {
			t.Errorf("Translation(0, %v) reports a translation", prefs)
		}
		if len(prefs) > 0 && s.Versions(prefs[0]) != nil {
			t.Errorf("Versions(%v) = %v, want nil", prefs[0], s.Versions(prefs[0]))
		}
	}
	// A preference list: the first preference a translation matches.
	tr, ok := s.Translation(0, language.Ukrainian, language.MustParse("pt-BR"), language.Italian)
	if !ok || tr.Language != language.Portuguese {
		t.Errorf("Translation(uk, pt-BR, it) = %v, %v; want pt", tr.Language, ok)
	}
}

func ExampleSkill() {
	// A tool can handle any skill through sfia.Skill, and pin a version.
	var s sfia.Skill = csmg.Skill
	fmt.Println(s.Code(), s.Levels(), s.Versions(language.Russian))
	if tr, ok := s.Translation(sfia.SFIA8, language.Russian); ok {
		lt, _ := tr.Level(2)
		fmt.Println(tr.Name, tr.Version, lt.Statements[0])
	}
	_, ok := s.Translation(sfia.SFIA9, language.Russian)
	fmt.Println("SFIA 9 in Russian:", ok)
	// Output:
	// CSMG [Level 1 Level 2 Level 3 Level 4 Level 5 Level 6] [SFIA 8]
	// Служба поддержки клиентов SFIA 8 Отвечает на обычные запросы на обслуживание, предоставляя информацию для их выполнения.
	// SFIA 9 in Russian: false
}
