package sfiaimpl_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

func TestFrameworkLanguages(t *testing.T) {
	// The page texts' languages (es, it, pt, ru) and those only level or
	// attribute sets give (fr).
	want := []language.Tag{tagEs, language.French, tagIt, tagPt, tagRu}
	got := framework.Languages()
	if diff := cmp.Diff(want, got, tagCmp); diff != "" {
		t.Errorf("Languages() (-want +got):\n%s", diff)
	}
	got[0] = tagDe
	if diff := cmp.Diff(want, framework.Languages(), tagCmp); diff != "" {
		t.Errorf("Languages() after changing an earlier result (-want +got):\n%s", diff)
	}
	if got := (&sfiaimpl.Framework{}).Languages(); len(got) != 0 {
		t.Errorf("empty framework: Languages() = %v", got)
	}
}

// fwText is a Text of the framework fixture, or of the skill fixture
// (TestSkillLevelText).
func fwText(v, lang string, ver sfia.Version, src string) sfia.Text {
	return sfia.Text{Value: v, Language: language.MustParse(lang), Version: ver, Source: src}
}

// TestFrameworkGuidingWordsAndEssence checks the page texts first, and
// the level sets where the page texts of the matched language give none
// at that level, or there are no page texts in that language (fr).
func TestFrameworkGuidingWordsAndEssence(t *testing.T) {
	const ru9, es9 = "testdata/fw_ru9.txt", "testdata/fw_es9.txt"
	// The level sets' cells.
	const es9l3, es9l7, pt9l4, pt9l1 = "fixture/es/levels9.csv:2:31", "fixture/es/levels9.csv:2:81", "fixture/pt/levels9.csv:2:37", "fixture/pt/levels9.csv:2:16"
	const fr8l4 = "fixture/fr/sfia8.xlsx:Niveaux!B5"
	tests := []struct {
		level     sfia.Level
		tag       string
		words     sfia.Text
		essence   sfia.Text
		wordsOK   bool
		essenceOK bool
	}{
		{4, "ru", fwText("Вести", "ru", 9, ru9), fwText("Ведёт зумбы.", "ru", 9, ru9), true, true},
		{4, "ru-UA", fwText("Вести", "ru", 9, ru9), fwText("Ведёт зумбы.", "ru", 9, ru9), true, true},
		{3, "ru", fwText("Жмыхать", "ru", 9, ru9), fwText("Жмыхает сам. Учится.", "ru", 9, ru9), true, true},
		{5, "ru", fwText("Решать, советовать", "ru", 9, ru9), fwText("Решает за других.", "ru", 9, ru9), true, true},
		{1, "es-419", fwText("Zumbar", "es", 9, es9), fwText("Zumba bajo guía.", "es", 9, es9), true, true},
		// The es level set says the same at levels 1 and 2: the page
		// texts answer (their Source), not the level set.
		{2, "es", fwText("Brincar", "es", 9, es9), fwText("Brinca con otros.", "es", 9, es9), true, true},
		// Where the page texts stop, the level sets answer: the newest
		// set of the language, with the cell as Source.
		{3, "es", fwText("Tremar", "es", 9, es9l3), fwText("Trema solo. Pide plonco.", "es", 9, es9l3), true, true},
		{7, "es-ES", fwText("Zorbar, trozar, plinchar", "es", 9, es9l7), fwText("Zorba el rumbo.", "es", 9, es9l7), true, true},
		// pt has page texts (the help) but no essences: its level set
		// answers.
		{4, "pt-BR", fwText("Flobar", "pt", 9, pt9l4), fwText("Floba as zonas.", "pt", 9, pt9l4), true, true},
		{1, "pt", fwText("Zunir", "pt", 9, pt9l1), fwText("Zune sob guia.", "pt", 9, pt9l1), true, true},
		// fr has no page texts at all, and only an SFIA 8 level set
		// whose labels give the guiding words: those answer, in SFIA 8;
		// it gives no essence.
		{4, "fr", fwText("Grunter", "fr", 8, fr8l4), sfia.Text{}, true, false},
		{4, "fr-CA", fwText("Grunter", "fr", 8, fr8l4), sfia.Text{}, true, false},
		// Levels and languages no input gives them for.
		{7, "ru", sfia.Text{}, sfia.Text{}, false, false}, // ru has page texts to level 6 and no level set
		{4, "it", sfia.Text{}, sfia.Text{}, false, false}, // it gives the help and attributes only
		{4, "uk", sfia.Text{}, sfia.Text{}, false, false},
		{4, "be", sfia.Text{}, sfia.Text{}, false, false},
		{1, "gl", sfia.Text{}, sfia.Text{}, false, false}, // x/text points gl at es
		{4, "en", sfia.Text{}, sfia.Text{}, false, false},
		{4, "und", sfia.Text{}, sfia.Text{}, false, false},
		// Invalid levels.
		{0, "ru", sfia.Text{}, sfia.Text{}, false, false},
		{8, "ru", sfia.Text{}, sfia.Text{}, false, false},
		{-1, "es", sfia.Text{}, sfia.Text{}, false, false},
		{0, "fr", sfia.Text{}, sfia.Text{}, false, false},
		{8, "pt", sfia.Text{}, sfia.Text{}, false, false},
	}
	for _, tt := range tests {
		tag := language.MustParse(tt.tag)
		words, wordsOK := framework.GuidingWords(tt.level, tag)
		essence, essenceOK := framework.Essence(tt.level, tag)
		if wordsOK != tt.wordsOK || essenceOK != tt.essenceOK {
			t.Errorf("%v in %s: GuidingWords ok = %v, Essence ok = %v; want %v, %v", tt.level, tt.tag, wordsOK, essenceOK, tt.wordsOK, tt.essenceOK)
		}
		if diff := cmp.Diff(tt.words, words, tagCmp); diff != "" {
			t.Errorf("GuidingWords(%v, %s) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
		if diff := cmp.Diff(tt.essence, essence, tagCmp); diff != "" {
			t.Errorf("Essence(%v, %s) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
	}
}

func TestFrameworkUndefinedLevelsHelp(t *testing.T) {
	const it9, pt9, ru8 = "testdata/fw_it9.txt", "testdata/fw_pt9.txt", "testdata/fw_ru8.txt"
	tests := []struct {
		tag           string
		lower, higher sfia.Text
		ok            bool
	}{
		{"it", fwText("Sotto non si frulla.", "it", 9, it9), fwText("Sopra non si frulla.", "it", 9, it9), true},
		{"it-CH", fwText("Sotto non si frulla.", "it", 9, it9), fwText("Sopra non si frulla.", "it", 9, it9), true},
		// One-sided: the Portuguese input explains only higher levels.
		{"pt", sfia.Text{}, fwText("Acima não se zune.", "pt", 9, pt9), true},
		{"pt-BR", sfia.Text{}, fwText("Acima não se zune.", "pt", 9, pt9), true},
		// The help's version and input are its own, not the essences'.
		{"ru", fwText("Ниже зумбы не брякают.", "ru", 8, ru8), fwText("Выше зумбы не брякают.", "ru", 8, ru8), true},
		{"es", sfia.Text{}, sfia.Text{}, false}, // es gives essences, no help
		{"uk", sfia.Text{}, sfia.Text{}, false},
		{"be", sfia.Text{}, sfia.Text{}, false},
		{"en", sfia.Text{}, sfia.Text{}, false},
		{"de", sfia.Text{}, sfia.Text{}, false},
		{"und", sfia.Text{}, sfia.Text{}, false},
	}
	for _, tt := range tests {
		lower, higher, ok := framework.UndefinedLevelsHelp(language.MustParse(tt.tag))
		if ok != tt.ok {
			t.Errorf("UndefinedLevelsHelp(%s) ok = %v, want %v", tt.tag, ok, tt.ok)
		}
		if diff := cmp.Diff([]sfia.Text{tt.lower, tt.higher}, []sfia.Text{lower, higher}, tagCmp); diff != "" {
			t.Errorf("UndefinedLevelsHelp(%s) lower, higher (-want +got):\n%s", tt.tag, diff)
		}
	}
}

// TestEmptyFramework checks that a framework with no languages answers
// nothing.
func TestEmptyFramework(t *testing.T) {
	f := &sfiaimpl.Framework{}
	for _, tag := range []language.Tag{tagRu, tagEn, tagUnd} {
		w, wok := f.GuidingWords(4, tag)
		e, eok := f.Essence(4, tag)
		lo, hi, hok := f.UndefinedLevelsHelp(tag)
		li, lok := f.LevelInfo(4, 0, tag)
		as, aok := f.Attributes(0, tag)
		if diff := cmp.Diff([]any{sfia.Text{}, false, sfia.Text{}, false, sfia.Text{}, sfia.Text{}, false, sfia.LevelInfo{}, false, []sfia.Attribute(nil), false},
			[]any{w, wok, e, eok, lo, hi, hok, li, lok, as, aok}, tagCmp); diff != "" {
			t.Errorf("empty framework, %v (-want +got):\n%s", tag, diff)
		}
	}
}

// TestFrameworkLevelSetVersions documents which version Essence and
// GuidingWords answer in, on tables the official readers do not write
// today (an SFIA 9 levels table must give every guiding phrase and
// essence) but the runtime accepts:
//
//   - the newer SFIA version answers: an SFIA 10 levels table's essence
//     is preferred to an SFIA 8 page's, and a page's to a level set's
//     of the same version;
//   - among level sets, each level separately, the newest that gives
//     the text answers, in any version: one language's levels can come
//     from different versions (levels 1 to 6 SFIA 10, level 7 SFIA 9
//     below). Essence and GuidingWords take no version: Text.Version
//     says which it is, and LevelInfo is the call that pins one;
//   - LevelInfo answers from one set, the newest (or the one pinned),
//     even at a level where that set says nothing.
func TestFrameworkLevelSetVersions(t *testing.T) {
	f := &sfiaimpl.Framework{
		Langs: sfiaimpl.Languages{Tags: []string{"es"}},
		Texts: []*sfiaimpl.FrameworkText{{
			Essences:       [7]string{"Zumbaba bajo guía."},
			EssenceVersion: 8,
			EssenceSource:  "testdata/fw_es8.txt",
		}},
		LevelLangs: sfiaimpl.Languages{Tags: []string{"es"}},
		LevelSets: [][]*sfiaimpl.LevelSet{{
			{Version: 10, Levels: [7]sfiaimpl.LevelInfo{
				{Source: "v10:1", GuidingPhrase: "Zumbir", Essence: "Zumbe bajo guía."},
				{Source: "v10:2", GuidingPhrase: "Brincir"},
				{Source: "v10:3"}, {Source: "v10:4"}, {Source: "v10:5"}, {Source: "v10:6"}, {Source: "v10:7"},
			}},
			{Version: 9, Levels: [7]sfiaimpl.LevelInfo{
				{Source: "v9:1", GuidingPhrase: "Zumbar", Essence: "Zumba bajo guía."},
				{Source: "v9:2", GuidingPhrase: "Brincar", Essence: "Brinca con otros."},
				6: {Source: "v9:7", Essence: "Zorba el rumbo."},
			}},
		}},
	}
	tests := []struct {
		level          sfia.Level
		words, essence sfia.Text
		wordsOK, eOK   bool
	}{
		// The newer version wins: SFIA 10's level set over the SFIA 8
		// page for the essence; the page gives no guiding words, so
		// those come from SFIA 10 too.
		{1, fwText("Zumbir", "es", 10, "v10:1"), fwText("Zumbe bajo guía.", "es", 10, "v10:1"), true, true},
		// SFIA 10 gives level 2's guiding words but not its essence: the
		// essence comes from SFIA 9.
		{2, fwText("Brincir", "es", 10, "v10:2"), fwText("Brinca con otros.", "es", 9, "v9:2"), true, true},
		{7, sfia.Text{}, fwText("Zorba el rumbo.", "es", 9, "v9:7"), false, true},
		{4, sfia.Text{}, sfia.Text{}, false, false},
	}
	// LevelInfo, by contrast, answers from one set: the newest, even at a
	// level where it says nothing (ok, every text "").
	li, ok := f.LevelInfo(4, 0, tagEs)
	if diff := cmp.Diff(sfia.LevelInfo{Level: 4, Language: tagEs, Version: 10, Source: "v10:4"}, li, tagCmp); diff != "" || !ok {
		t.Errorf("LevelInfo(4, 0, es) ok = %v (-want +got):\n%s", ok, diff)
	}
	for _, tt := range tests {
		words, wordsOK := f.GuidingWords(tt.level, tagEs)
		essence, eOK := f.Essence(tt.level, tagEs)
		if wordsOK != tt.wordsOK || eOK != tt.eOK {
			t.Errorf("level %v: GuidingWords ok = %v, Essence ok = %v; want %v, %v", tt.level, wordsOK, eOK, tt.wordsOK, tt.eOK)
		}
		if diff := cmp.Diff(tt.words, words, tagCmp); diff != "" {
			t.Errorf("GuidingWords(%v, es) (-want +got):\n%s", tt.level, diff)
		}
		if diff := cmp.Diff(tt.essence, essence, tagCmp); diff != "" {
			t.Errorf("Essence(%v, es) (-want +got):\n%s", tt.level, diff)
		}
	}
}

// The attributes of the es SFIA 9 set at each level where they say
// something, as LevelInfo lists them.
var (
	attrFlob = func(d string) sfia.AttributeLevel {
		return sfia.AttributeLevel{Code: "FLOB", Name: "Floberío", Type: "Atributos", Description: d}
	}
	attrGrun = func(d string) sfia.AttributeLevel {
		return sfia.AttributeLevel{Code: "GRUN", Name: "Gruñido", Type: "Factores de zumbo", Description: d}
	}
	attrTrem = func(d string) sfia.AttributeLevel {
		return sfia.AttributeLevel{Code: "TREM", Name: "Tremor", Type: "Factores de zumbo", Description: d}
	}
)

func TestFrameworkLevelInfo(t *testing.T) {
	es9 := func(l sfia.Level, col int, phrase, essence string, attrs ...sfia.AttributeLevel) sfia.LevelInfo {
		return sfia.LevelInfo{
			Level: l, Language: tagEs, Version: 9, Source: fmt.Sprintf("fixture/es/levels9.csv:2:%d", col),
			GuidingPhrase: phrase, Essence: essence, Attributes: attrs,
		}
	}
	es9l4 := es9(4, 38, "Flobar", "Floba los zumbos.", attrFlob("Flobea a otros."), attrGrun("Gruñe a otros. Los escucha."), attrTrem("Trema los zumbos."))
	es8l4 := sfia.LevelInfo{
		Level: 4, Language: tagEs, Version: 8, Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B5",
		Autonomy: "Floba sin guía.", Influence: "Mueve a otros.", Complexity: "Tareas hondas.",
		BusinessSkills: "Enseña ploncos.", Knowledge: "Sabe mucho. Lo comparte.",
	}
	pt9l4 := sfia.LevelInfo{
		Level: 4, Language: tagPt, Version: 9, Source: "fixture/pt/levels9.csv:2:37",
		GuidingPhrase: "Flobar", Essence: "Floba as zonas.",
	}
	fr8l4 := sfia.LevelInfo{
		Level: 4, Language: language.French, Version: 8, Source: "fixture/fr/sfia8.xlsx:Niveaux!B5",
		GuidingPhrase: "Grunter", Autonomy: "Grunte sans guide.",
	}
	tests := []struct {
		level sfia.Level
		v     sfia.Version
		prefs string
		want  sfia.LevelInfo
		ok    bool
	}{
		// Version 0 is the newest the language has, with the attributes
		// of the same language and version that describe the level, in
		// the set's order.
		{4, 0, "es", es9l4, true},
		{4, 9, "es", es9l4, true},
		{4, 0, "es-419", es9l4, true},
		// Only the attributes with a text at the level are listed.
		{1, 0, "es", es9(1, 16, "Zumbar", "Zumba bajo guía.", attrFlob("Flobea con guía.")), true},
		{2, 0, "es", es9(2, 23, "Brincar", "Brinca con otros.", attrFlob("Flobea con ayuda."), attrGrun("Gruñe poco.")), true},
		{5, 0, "es", es9(5, 45, "Plonchar, grumar", "Plonca a los demás.", attrFlob("Flobea equipos."), attrGrun("Gruñe por la casa."), attrTrem("Trema equipos.")), true},
		{6, 0, "es", es9(6, 64, "Grumir, zorbar", "Grume los equipos.", attrFlob("Flobea la casa."), attrGrun("Gruñe por el barrio.")), true},
		{7, 0, "es", es9(7, 81, "Zorbar, trozar, plinchar", "Zorba el rumbo.", attrFlob("Flobea el mundo.")), true},
		// A pinned older version: its own texts, and no attributes, the
		// attribute set being SFIA 9's.
		{4, 8, "es", es8l4, true},
		{4, 8, "es-MX", es8l4, true},
		// A version the matched language lacks: nothing, never another
		// version.
		{4, 7, "es", sfia.LevelInfo{}, false},
		{4, 10, "es", sfia.LevelInfo{}, false},
		{4, 6, "es", sfia.LevelInfo{}, false},
		{4, 99, "es", sfia.LevelInfo{}, false},
		{4, -1, "es", sfia.LevelInfo{}, false},
		{4, 8, "pt", sfia.LevelInfo{}, false},
		{4, 9, "fr", sfia.LevelInfo{}, false},
		// pt has no attribute set: the level, no attributes.
		{4, 0, "pt-BR", pt9l4, true},
		{4, 9, "pt", pt9l4, true},
		// fr: SFIA 8 guiding words and autonomy, no page texts needed.
		{4, 0, "fr-CA", fr8l4, true},
		{4, 8, "fr", fr8l4, true},
		// The first preference the level sets match decides the
		// language: it and ru have no level set (it has attributes, ru
		// page texts) and are passed over; pt, matched, is not left for
		// es even when it lacks the version asked for.
		{4, 0, "it,es", es9l4, true},
		{4, 0, "ru,uk,es", es9l4, true},
		{4, 0, "pt,es", pt9l4, true},
		{4, 8, "pt,es", sfia.LevelInfo{}, false},
		{4, 0, "it", sfia.LevelInfo{}, false},
		{4, 0, "ru", sfia.LevelInfo{}, false},
		{4, 0, "gl", sfia.LevelInfo{}, false}, // x/text points gl at es
		{4, 0, "uk", sfia.LevelInfo{}, false},
		{4, 0, "en", sfia.LevelInfo{}, false},
		{4, 0, "und", sfia.LevelInfo{}, false},
		{4, 0, "", sfia.LevelInfo{}, false},
		// Invalid levels.
		{0, 0, "es", sfia.LevelInfo{}, false},
		{8, 0, "es", sfia.LevelInfo{}, false},
		{-1, 9, "es", sfia.LevelInfo{}, false},
	}
	for _, tt := range tests {
		got, ok := framework.LevelInfo(tt.level, tt.v, prefs(tt.prefs)...)
		if ok != tt.ok {
			t.Errorf("LevelInfo(%d, %d, %s) ok = %v, want %v", tt.level, tt.v, tt.prefs, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got, tagCmp); diff != "" {
			t.Errorf("LevelInfo(%d, %d, %s) (-want +got):\n%s", tt.level, tt.v, tt.prefs, diff)
		}
	}
}

// TestFrameworkLevelInfoCallerOwned checks that the Attributes of a
// LevelInfo are the caller's.
func TestFrameworkLevelInfoCallerOwned(t *testing.T) {
	f := newFramework()
	want, _ := f.LevelInfo(4, 0, tagEs)
	got, _ := f.LevelInfo(4, 0, tagEs)
	got.Attributes[0].Description = "changed"
	got.Attributes = append(got.Attributes[:1], sfia.AttributeLevel{Code: "XXXX"})
	again, _ := f.LevelInfo(4, 0, tagEs)
	if diff := cmp.Diff(want, again, tagCmp); diff != "" {
		t.Errorf("LevelInfo after changing an earlier result (-want +got):\n%s", diff)
	}
	if len(again.Attributes) != 3 {
		t.Errorf("LevelInfo(4, 0, es) lists %d attributes, want 3", len(again.Attributes))
	}
}

// exportEs9 is what Attributes(0, es) returns.
func exportEs9() []sfia.Attribute {
	return []sfia.Attribute{
		{
			Code: "FLOB", Name: "Floberío", Type: "Atributos", Description: "El grado de flobeo.",
			Guidance: []string{"El flobeo crece con el nivel. Se mide en zumbos.", "Un zumbo no es un plonco."},
			Levels:   [7]string{"Flobea con guía.", "Flobea con ayuda.", "Flobea solo.", "Flobea a otros.", "Flobea equipos.", "Flobea la casa.", "Flobea el mundo."},
			URL:      "https://example.org/es/attribute/9/FLOB",
			Language: tagEs, Version: 9, Source: "fixture/es/attributes9.csv:2",
		},
		{
			// No guidance: nil, not an empty slice.
			Code: "GRUN", Name: "Gruñido", Type: "Factores de zumbo", Description: "Cómo gruñe.",
			Levels:   [7]string{"", "Gruñe poco.", "Gruñe a veces.", "Gruñe a otros. Los escucha.", "Gruñe por la casa.", "Gruñe por el barrio.", ""},
			URL:      "https://example.org/es/attribute/9/GRUN",
			Language: tagEs, Version: 9, Source: "fixture/es/attributes9.csv:7",
		},
		{
			Code: "TREM", Name: "Tremor", Type: "Factores de zumbo", Description: "Cómo trema.",
			Guidance: []string{"Se trema despacio."},
			Levels:   [7]string{3: "Trema los zumbos.", 4: "Trema equipos."},
			URL:      "https://example.org/es/attribute/9/TREM",
			Language: tagEs, Version: 9, Source: "fixture/es/attributes9.csv:10",
		},
	}
}

func TestFrameworkAttributes(t *testing.T) {
	it9 := []sfia.Attribute{{
		Code: "ZOLL", Name: "Zollatura", Type: "Attributi", Description: "Come si zolla.",
		Levels:   [7]string{"Zolla poco.", "Zolla spesso.", "Zolla sempre."},
		Language: tagIt, Version: 9, Source: "fixture/it/sfia9.xlsx:Attributi!2",
	}}
	tests := []struct {
		v     sfia.Version
		prefs string
		want  []sfia.Attribute
		ok    bool
	}{
		{0, "es", exportEs9(), true},
		{9, "es", exportEs9(), true},
		{0, "es-419", exportEs9(), true},
		{0, "it", it9, true}, // it has attributes and no level set
		{9, "it-CH", it9, true},
		// A version the language lacks: nothing, never another version.
		{8, "es", nil, false}, // es has SFIA 8 levels, not attributes
		{10, "es", nil, false},
		{6, "es", nil, false},
		{99, "es", nil, false},
		{-1, "es", nil, false},
		// The first preference the attribute sets match decides.
		{0, "pt,es", exportEs9(), true},
		{0, "fr,ru,it", it9, true},
		{8, "it,es", nil, false},
		{0, "pt", nil, false},
		{0, "fr", nil, false},
		{0, "ru", nil, false},
		{0, "gl", nil, false},
		{0, "und", nil, false},
		{0, "", nil, false},
	}
	for _, tt := range tests {
		got, ok := framework.Attributes(tt.v, prefs(tt.prefs)...)
		if ok != tt.ok {
			t.Errorf("Attributes(%d, %s) ok = %v, want %v", tt.v, tt.prefs, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got, tagCmp); diff != "" {
			t.Errorf("Attributes(%d, %s) (-want +got):\n%s", tt.v, tt.prefs, diff)
		}
	}
}

// TestFrameworkAttributesCallerOwned checks that the slice Attributes
// returns, and each Guidance in it, are the caller's: changing them
// changes neither the table nor the next answer.
func TestFrameworkAttributesCallerOwned(t *testing.T) {
	f := newFramework()
	got, _ := f.Attributes(0, tagEs)
	got[0].Guidance[0] = "changed"
	got[0].Guidance = append(got[0].Guidance, "added")
	got[0].Levels[3] = "changed"
	got[2].Guidance[0] = "changed"
	got[1].Name = "changed"
	got[1] = sfia.Attribute{}
	again, _ := f.Attributes(0, tagEs)
	if diff := cmp.Diff(exportEs9(), again, tagCmp); diff != "" {
		t.Errorf("Attributes after changing an earlier result (-want +got):\n%s", diff)
	}
	table := f.AttributeSets[0][0].Attributes
	if g := table[0].Guidance[0]; g != "El flobeo crece con el nivel. Se mide en zumbos." {
		t.Errorf("the table's guidance changed to %q", g)
	}
	if g := table[2].Guidance[0]; g != "Se trema despacio." {
		t.Errorf("the table's guidance changed to %q", g)
	}
	if &again[0].Guidance[0] == &table[0].Guidance[0] {
		t.Error("Attributes shares the table's Guidance")
	}
	// Two answers do not share their Guidance either.
	other, _ := f.Attributes(0, tagEs)
	if &again[0].Guidance[0] == &other[0].Guidance[0] {
		t.Error("two answers of Attributes share their Guidance")
	}
}
