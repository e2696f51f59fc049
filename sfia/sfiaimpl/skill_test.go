package sfiaimpl_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

func TestSkillCodeLevelsDefined(t *testing.T) {
	var s sfia.Skill = fixture
	if got := s.Code(); got != "FIXT" {
		t.Errorf("Code() = %q, want FIXT", got)
	}
	if diff := cmp.Diff([]sfia.Level{2, 3, 4, 5}, s.Levels()); diff != "" {
		t.Errorf("Levels() (-want +got):\n%s", diff)
	}
	var defined []sfia.Level
	for l := sfia.Level(-2); l <= 10; l++ {
		if s.Defined(l) {
			defined = append(defined, l)
		}
	}
	if diff := cmp.Diff([]sfia.Level{2, 3, 4, 5}, defined); diff != "" {
		t.Errorf("Defined (-want +got):\n%s", diff)
	}
	// The slice is the caller's.
	s.Levels()[0] = 7
	if diff := cmp.Diff([]sfia.Level{2, 3, 4, 5}, s.Levels()); diff != "" {
		t.Errorf("Levels() after changing an earlier result (-want +got):\n%s", diff)
	}
	empty := &sfiaimpl.Skill{}
	if empty.Levels() != nil || len(empty.Languages()) != 0 {
		t.Errorf("empty table: Levels() = %v, Languages() = %v; want none", empty.Levels(), empty.Languages())
	}
}

func TestSkillLanguages(t *testing.T) {
	want := []language.Tag{tagIt, tagPt, tagRu}
	got := fixture.Languages()
	if diff := cmp.Diff(want, got, tagCmp); diff != "" {
		t.Errorf("Languages() (-want +got):\n%s", diff)
	}
	got[0] = tagDe
	if diff := cmp.Diff(want, fixture.Languages(), tagCmp); diff != "" {
		t.Errorf("Languages() after changing an earlier result (-want +got):\n%s", diff)
	}
}

func TestSkillVersions(t *testing.T) {
	tests := []struct {
		tag  string
		want []sfia.Version
	}{
		{"it", []sfia.Version{9}},
		{"pt", []sfia.Version{9, 8}}, // newest first
		{"pt-BR", []sfia.Version{9, 8}},
		{"ru", []sfia.Version{8}},
		{"uk", nil},
		{"be", nil},
		{"en", nil},
		{"und", nil},
	}
	for _, tt := range tests {
		got := fixture.Versions(language.MustParse(tt.tag))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Versions(%s) (-want +got):\n%s", tt.tag, diff)
		}
	}
}

// The fixture's translations, exported: what Translation must return.
var (
	exportIt9 = sfia.Translation{
		Code: "FIXT", Language: tagIt, Version: 9, Source: "testdata/fixt_it9.txt",
		LevelWord: "Grado", Direction: "ltr",
		Name:            "Frullatura dei bronti",
		Description:     "Cura dei bronti e delle zolle.",
		Guidance:        []string{"Il frullo si fa di giorno. Anche di notte.", "Le zolle si contano."},
		ActivitiesIntro: "Le attività includono:",
		Activities:      []string{"frullare i bronti", "contare le zolle"},
		RevisionNotes:   []string{"Le zolle sono nuove. Prima erano bronti.", "Il grado 5 non c'è più."},
		Category:        "Zolle e bronti",
		Subcategory:     "Frullatura",
		Levels: []sfia.LevelText{
			{Level: 2, Defined: true, Description: it2, Statements: []string{"Frulla i bronti.", "Conta le zolle."}},
			{Level: 3, Defined: true, Description: it3, Statements: []string{it3}},
			{Level: 4, Defined: true, Description: it4, Statements: []string{"Sorveglia i frulli.", "Decide le zolle.", "Firma i bronti."}},
		},
	}
	// The Portuguese translations come from spreadsheets: each says
	// where its row is and each level where its cell is; SFIA 9 gives
	// the skill's URL.
	exportPt9 = sfia.Translation{
		Code: "FIXT", Language: tagPt, Version: 9, Source: "testdata/fixt_pt9.csv",
		Where: "4", URL: "https://example.org/pt/zun/9/FIXT",
		LevelWord: "Grau", Direction: "ltr",
		Name:            "Zunição dos brolhos",
		Description:     "Cuida dos brolhos.",
		Guidance:        []string{"Os brolhos zunem."},
		ActivitiesIntro: "Atividades:",
		Activities:      []string{"zunir os brolhos"},
		Levels: []sfia.LevelText{
			{Level: 2, Defined: true, Description: pt2, Statements: []string{"Açoita as zonas.", "Lê os brolhos."}, Source: "testdata/fixt_pt9.csv:4:212"},
			{Level: 3, Defined: true, Description: pt3, Statements: []string{pt3}, Source: "testdata/fixt_pt9.csv:5:17"},
			{Level: 4, Defined: true, Description: pt4, Statements: []string{"Dirige as zonas.", "Mede os brolhos.", "Assina os zunidos."}, Source: "testdata/fixt_pt9.csv:5:34"},
			{Level: 5, Defined: true, Description: pt5, Statements: []string{pt5}, Source: "testdata/fixt_pt9.csv:7:21"},
		},
	}
	// The older Portuguese version has no guidance and no activities:
	// nil, not empty slices.
	exportPt8 = sfia.Translation{
		Code: "FIXT", Language: tagPt, Version: 8, Source: "testdata/fixt_pt8.xlsx", Where: "Skills!3",
		LevelWord: "Grau", Direction: "ltr",
		Name:        "Zunição antiga",
		Description: "Cuidava dos brolhos.",
		Levels: []sfia.LevelText{
			{Level: 2, Defined: true, Description: "Açoitava as zonas.", Statements: []string{"Açoitava as zonas."}, Source: "testdata/fixt_pt8.xlsx:Skills!P3"},
			{Level: 3, Defined: true, Description: "Zunia os brolhos. Lia as zonas.", Statements: []string{"Zunia os brolhos.", "Lia as zonas."}, Source: "testdata/fixt_pt8.xlsx:Skills!Q3"},
		},
	}
	// The Russian translation gives a note at level 7, which it does not
	// define: the level is listed, not Defined.
	exportRu8 = sfia.Translation{
		Code: "FIXT", Language: tagRu, Version: 8, Source: "testdata/fixt_ru8.txt",
		LevelWord: "Ступень", Direction: "ltr",
		Name:            "Бряканье зумбов",
		Description:     "Управляет зумбами.",
		Guidance:        []string{"Зумбы брякают."},
		ActivitiesIntro: "Дела:",
		Activities:      []string{"брякать", "считать жмыхи"},
		Levels: []sfia.LevelText{
			{Level: 3, Defined: true, Description: ru3, Statements: []string{"Брякает зумбы.", "Считает жмыхи."}},
			{Level: 4, Defined: true, Description: ru4, Statements: []string{"Ведёт зумбы.", "Решает жмыхи.", "Подписывает бряки."}},
			{Level: 5, Defined: true, Description: ru5, Statements: []string{ru5}},
			{Level: 7, Note: ru7},
		},
	}
)

func TestSkillTranslation(t *testing.T) {
	tests := []struct {
		v      sfia.Version
		prefs  string
		want   sfia.Translation
		wantOK bool
	}{
		{0, "it", exportIt9, true}, // 0: the newest
		{9, "it", exportIt9, true},
		{0, "it-CH", exportIt9, true},
		{0, "pt", exportPt9, true},
		{0, "pt-BR", exportPt9, true},
		{9, "pt-BR", exportPt9, true},
		{8, "pt", exportPt8, true}, // a pinned older version
		{8, "pt-BR", exportPt8, true},
		{0, "ru", exportRu8, true},
		{0, "uk,ru", exportRu8, true},
		{0, "be,en,ru", exportRu8, true},
		{8, "it", sfia.Translation{}, false}, // never silently another version
		{7, "pt", sfia.Translation{}, false},
		{10, "pt", sfia.Translation{}, false},
		{-1, "pt", sfia.Translation{}, false},
		// The first preference a language matches decides the language;
		// a version it lacks is not looked for in the next one.
		{9, "ru,it", sfia.Translation{}, false},
		{0, "", sfia.Translation{}, false},
		{0, "en,de", sfia.Translation{}, false},
		{0, "uk", sfia.Translation{}, false},
		{0, "be", sfia.Translation{}, false},
		{0, "und", sfia.Translation{}, false},
	}
	for _, tt := range tests {
		got, ok := fixture.Translation(tt.v, prefs(tt.prefs)...)
		if ok != tt.wantOK {
			t.Errorf("Translation(%d, %s) ok = %v, want %v", tt.v, tt.prefs, ok, tt.wantOK)
		}
		if diff := cmp.Diff(tt.want, got, tagCmp); diff != "" {
			t.Errorf("Translation(%d, %s) (-want +got):\n%s", tt.v, tt.prefs, diff)
		}
	}
}

// TestTranslationRevisionNotes checks that Translation returns a
// translation's revision notes, nil where it has none, and that they are
// the caller's: changing the slice or its elements changes neither the
// next answer nor the table.
func TestTranslationRevisionNotes(t *testing.T) {
	s := newFixture()
	want := []string{"Le zolle sono nuove. Prima erano bronti.", "Il grado 5 non c'è più."}
	tr, ok := s.Translation(9, tagIt)
	if !ok {
		t.Fatal("Translation(9, it) found none")
	}
	if diff := cmp.Diff(want, tr.RevisionNotes); diff != "" {
		t.Errorf("RevisionNotes (-want +got):\n%s", diff)
	}
	tr.RevisionNotes[0] = "changed"
	tr.RevisionNotes = append(tr.RevisionNotes[:1], "added")
	again, _ := s.Translation(9, tagIt)
	if diff := cmp.Diff(want, again.RevisionNotes); diff != "" {
		t.Errorf("RevisionNotes after changing an earlier result (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, s.Translations[0][0].RevisionNotes); diff != "" {
		t.Errorf("the table's revision notes after changing a result (-want +got):\n%s", diff)
	}
	if &again.RevisionNotes[0] == &s.Translations[0][0].RevisionNotes[0] {
		t.Error("Translation shares the table's RevisionNotes")
	}
	// A translation without notes gives nil, not an empty slice.
	for _, v := range []sfia.Version{9, 8} {
		if tr, _ := s.Translation(v, tagPt); tr.RevisionNotes != nil {
			t.Errorf("Translation(%d, pt).RevisionNotes = %#v, want nil", v, tr.RevisionNotes)
		}
	}
}

// TestTranslationCallerOwned checks that the slices of a Translation are
// the caller's: changing them changes neither the table nor the next
// answer.
func TestTranslationCallerOwned(t *testing.T) {
	s := newFixture()
	tr, _ := s.Translation(0, tagIt)
	tr.Guidance[0] = "changed"
	tr.Activities[1] = "changed"
	tr.Levels[0].Statements[0] = "changed"
	tr.Levels[1].Description = "changed"
	tr.Levels[2] = sfia.LevelText{}
	got, _ := s.Translation(0, tagIt)
	if diff := cmp.Diff(exportIt9, got, tagCmp); diff != "" {
		t.Errorf("Translation after changing an earlier result (-want +got):\n%s", diff)
	}
	if g := s.Translations[0][0].Guidance[0]; g != exportIt9.Guidance[0] {
		t.Errorf("the table's guidance changed to %q", g)
	}
	if a := s.Translations[0][0].Activities[1]; a != exportIt9.Activities[1] {
		t.Errorf("the table's activities changed to %q", a)
	}
	if st := s.Level(2).Statements(tagIt); st[0] != "Frulla i bronti." {
		t.Errorf("Statements after changing an exported statement = %q", st)
	}
}

// TestLanguageMatching checks which of the table's languages a tag
// reaches, through every kind of lookup: regional and script variants
// reach their language; a language that x/text points at another with
// confidence No (uk at ru) or that has another base language (be, which
// x/text points at ru with High confidence) reaches none, nor do und and
// languages the table lacks.
func TestLanguageMatching(t *testing.T) {
	tests := []struct {
		tag  string
		want string // the table language, "" for none
	}{
		{"it", "it"}, {"it-CH", "it"}, {"it-IT", "it"},
		{"pt", "pt"}, {"pt-BR", "pt"}, {"pt-PT", "pt"}, {"pt-AO", "pt"},
		{"ru", "ru"}, {"ru-UA", "ru"}, {"ru-Cyrl", "ru"}, {"ru-Cyrl-RU", "ru"},
		{"uk", ""}, {"be", ""}, {"kk", ""}, {"und", ""}, {"en", ""}, {"en-US", ""},
		{"es", ""}, {"gl", ""}, {"fa", ""}, {"de", ""},
	}
	for _, tt := range tests {
		tag := language.MustParse(tt.tag)
		got := map[string]string{}
		if tr, ok := fixture.Translation(0, tag); ok {
			got["Translation"] = tr.Language.String()
		}
		if tx, ok := fixture.Level(3).Text(tag); ok {
			got["Text"] = tx.Language.String()
		}
		if v := fixture.Versions(tag); v != nil {
			got["Versions"] = fmt.Sprint(v)
		}
		if d := fixture.Level(3).Description(tag); d != "" {
			got["Description"] = d
		}
		want := map[string]string{}
		if tt.want != "" {
			want["Translation"] = tt.want
			want["Text"] = tt.want
			want["Versions"] = fmt.Sprint(fixture.Versions(language.MustParse(tt.want)))
			want["Description"] = fixture.Level(3).Description(language.MustParse(tt.want))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.tag, diff)
		}
	}
}

func TestUpperCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CSMG", "CSMG"},
		{"csmg", "CSMG"},
		{"CsMg", "CSMG"},
		{"csMG", "CSMG"},
		{"", ""},
		{"a", "A"},
		{"z9_-", "Z9_-"},
		{"ＣＳＭＧ", "ＣＳＭＧ"}, // full-width letters are not ASCII
		{"ｃｓｍｇ", "ｃｓｍｇ"},
		{"ßé", "ßé"},
		{"éa", "éA"},
		{"\xffa", "\xffA"},
	}
	for _, tt := range tests {
		if got := sfiaimpl.UpperCode(tt.in); got != tt.want {
			t.Errorf("UpperCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// A code already in upper case is returned as it is.
	if n := testing.AllocsPerRun(100, func() { sinkString = sfiaimpl.UpperCode("CSMG") }); n != 0 {
		t.Errorf("UpperCode(CSMG) allocates %v times, want 0", n)
	}
}
