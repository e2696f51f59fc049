package sfiaimpl_test

import (
	"math"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// The fixture's level texts, as the tests expect them back.
const (
	it2 = "Frulla i bronti. Conta le zolle."
	it3 = "Guida le zolle."
	it4 = "Sorveglia i frulli. Decide le zolle. Firma i bronti."
	pt2 = "Açoita as zonas. Lê os brolhos."
	pt3 = "Zune os brolhos."
	pt4 = "Dirige as zonas. Mede os brolhos. Assina os zunidos."
	pt5 = "Define a rota dos brolhos."
	ru3 = "Брякает зумбы. Считает жмыхи."
	ru4 = "Ведёт зумбы. Решает жмыхи. Подписывает бряки."
	ru5 = "Задаёт курс зумбам."
	ru7 = "Зумбы на этой ступени не брякают." // a note: level 7 is not defined
)

func TestSkillLevelDescription(t *testing.T) {
	tests := []struct {
		level int
		tag   language.Tag
		want  string
	}{
		{2, tagIt, it2},
		{3, tagIt, it3},
		{4, tagItCH, it4}, // a regional variant reaches its language
		{2, tagPt, pt2},   // the newest version, SFIA 9, not SFIA 8
		{3, tagPtBR, pt3},
		{5, tagPtBR, pt5},
		{3, tagRu, ru3},
		{4, language.MustParse("ru-UA"), ru4},
		{5, tagRu, ru5},
		{5, tagIt, ""}, // defined in pt and ru, not in it: never another language's text
		{2, tagRu, ""},
		{1, tagIt, ""}, // defined in no language
		{6, tagPt, ""},
		{7, tagRu, ""}, // a note is not a description
		{3, tagUk, ""}, // x/text points uk at ru with confidence No
		{3, tagBe, ""}, // and be at ru with High, but another base language
		{3, tagEn, ""},
		{3, tagDe, ""},
		{3, tagUnd, ""},
		{3, language.Tag{}, ""},
		{0, tagIt, ""},
		{8, tagIt, ""},
		{-2, tagIt, ""},
		{math.MinInt, tagIt, ""},
		{math.MaxInt, tagIt, ""},
	}
	for _, tt := range tests {
		got := fixture.Level(tt.level).Description(tt.tag)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Level(%d).Description(%v) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
	}
}

func TestSkillLevelDefined(t *testing.T) {
	var got []int
	for n := -3; n <= 10; n++ {
		if fixture.Level(n).Defined() {
			got = append(got, n)
		}
	}
	if diff := cmp.Diff([]int{2, 3, 4, 5}, got); diff != "" {
		t.Errorf("levels Defined (-want +got):\n%s", diff)
	}
	for _, n := range []int{math.MinInt, math.MaxInt, -1 << 40, 1<<40 + 4} {
		if fixture.Level(n).Defined() {
			t.Errorf("Level(%d).Defined() = true", n)
		}
	}
}

func TestSkillLevelStatements(t *testing.T) {
	tests := []struct {
		level int
		tag   language.Tag
		want  []string
	}{
		{2, tagIt, []string{"Frulla i bronti.", "Conta le zolle."}},
		{3, tagIt, []string{"Guida le zolle."}}, // no breaks: one statement
		{4, tagIt, []string{"Sorveglia i frulli.", "Decide le zolle.", "Firma i bronti."}},
		{2, tagPtBR, []string{"Açoita as zonas.", "Lê os brolhos."}}, // breaks count bytes, not runes
		{4, tagPt, []string{"Dirige as zonas.", "Mede os brolhos.", "Assina os zunidos."}},
		{4, tagRu, []string{"Ведёт зумбы.", "Решает жмыхи.", "Подписывает бряки."}},
		{5, tagIt, nil},
		{7, tagRu, nil}, // a note only
		{1, tagIt, nil},
		{3, tagUk, nil},
		{3, tagEn, nil},
		{0, tagIt, nil},
		{8, tagRu, nil},
	}
	for _, tt := range tests {
		sl := fixture.Level(tt.level)
		got := sl.Statements(tt.tag)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Level(%d).Statements(%v) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
		if got == nil {
			continue
		}
		d := sl.Description(tt.tag)
		if j := strings.Join(got, " "); j != d {
			t.Errorf("Level(%d).Statements(%v) joined = %q, want the description %q", tt.level, tt.tag, j, d)
		}
		for _, s := range got {
			if !within(s, d) {
				t.Errorf("Level(%d).Statements(%v): %q is a copy, not a part of the description's memory", tt.level, tt.tag, s)
			}
		}
	}
}

// within reports whether s lies in the memory of d: a substring that
// shares d's bytes rather than a copy of them.
func within(s, d string) bool {
	if len(s) == 0 || len(d) == 0 {
		return false
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(d)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= start && p+uintptr(len(s)) <= start+uintptr(len(d))
}

// oneLevel returns a table whose only text is lt, at level 4 in Italian.
func oneLevel(lt sfiaimpl.LevelText) *sfiaimpl.Skill {
	tr := &sfiaimpl.Translation{Version: 9, Source: "testdata/one.txt"}
	tr.Levels[3] = lt
	return &sfiaimpl.Skill{
		SkillCode:    "ONEL",
		DefinedMask:  1 << 3,
		Langs:        sfiaimpl.Languages{Tags: []string{"it"}},
		Translations: [][]*sfiaimpl.Translation{{tr}},
	}
}

// TestStatementsBreaks checks how Statements reads Breaks, on one-level
// tables: the breaks alone decide where statements start, whatever the
// text looks like.
func TestStatementsBreaks(t *testing.T) {
	tests := []struct {
		name string
		lt   sfiaimpl.LevelText
		want []string
	}{
		{"nil breaks: one statement, even with full stops inside",
			sfiaimpl.LevelText{Description: "Uno. Due. Tre."}, []string{"Uno. Due. Tre."}},
		{"empty breaks: one statement",
			sfiaimpl.LevelText{Description: "Uno. Due.", Breaks: []uint16{}}, []string{"Uno. Due."}},
		{"a break where no full stop is",
			sfiaimpl.LevelText{Description: "uno due tre", Breaks: []uint16{4}}, []string{"uno", "due tre"}},
		{"one-byte statements",
			sfiaimpl.LevelText{Description: "a b c", Breaks: []uint16{2, 4}}, []string{"a", "b", "c"}},
		{"multi-byte text: offsets in bytes",
			sfiaimpl.LevelText{Description: "Ära. Öl. Ünë.", Breaks: []uint16{6, 11}}, []string{"Ära.", "Öl.", "Ünë."}},
		{"right-to-left text",
			sfiaimpl.LevelText{Description: "ززز. ببب.", Breaks: []uint16{8}}, []string{"ززز.", "ببب."}},
		{"empty description: nil",
			sfiaimpl.LevelText{}, nil},
		{"empty description with breaks: nil",
			sfiaimpl.LevelText{Breaks: []uint16{3}}, nil},
		{"a note only: nil",
			sfiaimpl.LevelText{Note: "Non qui."}, nil},
	}
	for _, tt := range tests {
		s := oneLevel(tt.lt)
		got := s.Level(4).Statements(tagIt)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Statements (-want +got):\n%s", tt.name, diff)
		}
		for _, st := range got {
			if !within(st, tt.lt.Description) {
				t.Errorf("%s: %q is a copy, not a part of the description's memory", tt.name, st)
			}
		}
		// The export gives the same statements.
		tr, _ := s.Translation(0, tagIt)
		var exported []string
		if lt, ok := tr.Level(4); ok {
			exported = lt.Statements
		}
		if diff := cmp.Diff(tt.want, exported); diff != "" {
			t.Errorf("%s: Translation().Levels statements (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestSkillLevelText(t *testing.T) {
	mk := fwText
	tests := []struct {
		level  int
		prefs  string
		want   sfia.Text
		wantOK bool
	}{
		{2, "it", mk(it2, "it", 9, "testdata/fixt_it9.txt"), true},
		// The language is the table's, not the tag asked for, and the
		// version the newest in it.
		{2, "pt-BR", mk(pt2, "pt", 9, "testdata/fixt_pt9.csv:4:212"), true},
		{4, "uk,ru", mk(ru4, "ru", 8, "testdata/fixt_ru8.txt"), true}, // uk has no table: the next preference
		{3, "be,ru", mk(ru3, "ru", 8, "testdata/fixt_ru8.txt"), true}, // nor does be
		{4, "en,de,it-CH", mk(it4, "it", 9, "testdata/fixt_it9.txt"), true},
		// A level that names its cell gives the cell as Source; the
		// others (it, ru: page copies) the translation's input.
		{5, "de,pt", mk(pt5, "pt", 9, "testdata/fixt_pt9.csv:7:21"), true},
		{3, "pt", mk(pt3, "pt", 9, "testdata/fixt_pt9.csv:5:17"), true},
		{3, "ru-Cyrl-RU", mk(ru3, "ru", 8, "testdata/fixt_ru8.txt"), true},
		// The first preference a language matches wins, even where that
		// language does not define the level: no going on to ru.
		{5, "it,ru", sfia.Text{}, false},
		{2, "ru,it", sfia.Text{}, false},
		{7, "ru", sfia.Text{}, false}, // a note is not a description
		{3, "be", sfia.Text{}, false},
		{3, "uk", sfia.Text{}, false},
		{3, "en,de", sfia.Text{}, false},
		{3, "und", sfia.Text{}, false},
		{3, "", sfia.Text{}, false}, // no preference at all
		{0, "it", sfia.Text{}, false},
		{8, "it", sfia.Text{}, false},
		{-5, "it", sfia.Text{}, false},
	}
	for _, tt := range tests {
		got, ok := fixture.Level(tt.level).Text(prefs(tt.prefs)...)
		if ok != tt.wantOK {
			t.Errorf("Level(%d).Text(%s) ok = %v, want %v", tt.level, tt.prefs, ok, tt.wantOK)
		}
		if diff := cmp.Diff(tt.want, got, tagCmp); diff != "" {
			t.Errorf("Level(%d).Text(%s) (-want +got):\n%s", tt.level, tt.prefs, diff)
		}
	}
}

func TestSkillLevelNote(t *testing.T) {
	tests := []struct {
		level int
		tag   language.Tag
		want  string
	}{
		{7, tagRu, ru7},
		{7, language.MustParse("ru-UA"), ru7},
		{7, tagIt, ""}, // the Italian input gives no note
		{7, tagUk, ""},
		{7, tagBe, ""},
		{4, tagRu, ""}, // a defined level has no note
		{1, tagRu, ""},
		{0, tagRu, ""},
		{8, tagRu, ""},
		{-7, tagRu, ""},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, fixture.Level(tt.level).Note(tt.tag)); diff != "" {
			t.Errorf("Level(%d).Note(%v) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
	}
}

func TestSkillLevelStringLevelSkill(t *testing.T) {
	type got struct {
		String string
		Level  sfia.Level
	}
	tests := []struct {
		n    int
		want got
	}{
		{4, got{"FIXT Level 4", sfia.Level4}},
		{1, got{"FIXT Level 1", sfia.Level1}},
		{7, got{"FIXT Level 7", sfia.Level7}},
		{0, got{"FIXT Level(0)", 0}},
		{9, got{"FIXT Level(9)", 9}},
		{-2, got{"FIXT Level(-2)", -2}},
	}
	for _, tt := range tests {
		sl := fixture.Level(tt.n)
		if diff := cmp.Diff(tt.want, got{sl.String(), sl.Level()}); diff != "" {
			t.Errorf("Level(%d) (-want +got):\n%s", tt.n, diff)
		}
		if s := sl.Skill(); s != sfia.Skill(fixture) {
			t.Errorf("Level(%d).Skill() = %v, want the table", tt.n, s)
		}
	}
}

// TestZeroSkillLevel checks that the zero SkillLevel is no skill at no
// level and answers so.
func TestZeroSkillLevel(t *testing.T) {
	var z sfiaimpl.SkillLevel
	tx, ok := z.Text(tagIt, tagRu)
	got := []any{z.Defined(), z.Description(tagIt), z.Statements(tagIt), tx, ok, z.Note(tagRu), z.Level(), z.String(), z.Skill() == nil}
	want := []any{false, "", []string(nil), sfia.Text{}, false, "", sfia.Level(0), "Level(0)", true}
	if diff := cmp.Diff(want, got, tagCmp); diff != "" {
		t.Errorf("zero SkillLevel (-want +got):\n%s", diff)
	}
}

func TestSkillLevels(t *testing.T) {
	var got []string
	for _, sl := range fixture.SkillLevels() {
		got = append(got, sl.String())
		if sl != fixture.Level(int(sl.Level())) {
			t.Errorf("SkillLevels holds %v, which is not Level(%d)", sl, sl.Level())
		}
	}
	if diff := cmp.Diff([]string{"FIXT Level 2", "FIXT Level 3", "FIXT Level 4", "FIXT Level 5"}, got); diff != "" {
		t.Errorf("SkillLevels (-want +got):\n%s", diff)
	}
	if got := (&sfiaimpl.Skill{}).SkillLevels(); got != nil {
		t.Errorf("SkillLevels of an empty table = %v, want nil", got)
	}
}
