package sfiaimpl_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// The tests of this package read small tables declared here as the
// generator declares them: made-up words, not SFIA text.
//
// newFixture returns a fresh copy of the skill FIXT, whose languages have
// not been parsed yet, so that a test can watch the first lookups of a
// table. It is in three languages:
//
//   - it, SFIA 9, defined at levels 2, 3 and 4, from a page copy, which
//     gives revision notes;
//   - pt, SFIA 9 (levels 2 to 5) and SFIA 8 (levels 2 and 3): two
//     versions, newest first, from spreadsheets: SFIA 9 from the row on
//     line 4 of a CSV save, with the skill's URL, SFIA 8 from row 3 of
//     a workbook's Skills sheet; each level names its cell (Source);
//   - ru, SFIA 8, defined at levels 3, 4 and 5, with a note for level 7,
//     which it does not define.
//
// Levels 1, 6 and 7 are defined in no language; DefinedMask says 2 to 5.
func newFixture() *sfiaimpl.Skill {
	it9 := &sfiaimpl.Translation{
		Version:         9,
		Source:          "testdata/fixt_it9.txt",
		LevelWord:       "Grado",
		Direction:       "ltr",
		Name:            "Frullatura dei bronti",
		Description:     "Cura dei bronti e delle zolle.",
		Category:        "Zolle e bronti",
		Subcategory:     "Frullatura",
		Guidance:        []string{"Il frullo si fa di giorno. Anche di notte.", "Le zolle si contano."},
		ActivitiesIntro: "Le attività includono:",
		Activities:      []string{"frullare i bronti", "contare le zolle"},
		RevisionNotes:   []string{"Le zolle sono nuove. Prima erano bronti.", "Il grado 5 non c'è più."},
		Levels: [7]sfiaimpl.LevelText{
			1: { // level 2
				Description: "Frulla i bronti. " +
					"Conta le zolle.",
				Breaks: []uint16{17},
			},
			2: { // level 3
				Description: "Guida le zolle.",
			},
			3: { // level 4
				Description: "Sorveglia i frulli. " +
					"Decide le zolle. " +
					"Firma i bronti.",
				Breaks: []uint16{20, 37},
			},
		},
	}
	pt9 := &sfiaimpl.Translation{
		Version:         9,
		Source:          "testdata/fixt_pt9.csv",
		LevelWord:       "Grau",
		Direction:       "ltr",
		Where:           "4",
		URL:             "https://example.org/pt/zun/9/FIXT",
		Name:            "Zunição dos brolhos",
		Description:     "Cuida dos brolhos.",
		Guidance:        []string{"Os brolhos zunem."},
		ActivitiesIntro: "Atividades:",
		Activities:      []string{"zunir os brolhos"},
		Levels: [7]sfiaimpl.LevelText{
			1: { // level 2
				Description: "Açoita as zonas. " +
					"Lê os brolhos.",
				Breaks: []uint16{18},
				Source: "testdata/fixt_pt9.csv:4:212",
			},
			2: { // level 3
				Description: "Zune os brolhos.",
				Source:      "testdata/fixt_pt9.csv:5:17",
			},
			3: { // level 4
				Description: "Dirige as zonas. " +
					"Mede os brolhos. " +
					"Assina os zunidos.",
				Breaks: []uint16{17, 34},
				Source: "testdata/fixt_pt9.csv:5:34",
			},
			4: { // level 5
				Description: "Define a rota dos brolhos.",
				Source:      "testdata/fixt_pt9.csv:7:21",
			},
		},
	}
	pt8 := &sfiaimpl.Translation{
		Version:     8,
		Source:      "testdata/fixt_pt8.xlsx",
		LevelWord:   "Grau",
		Direction:   "ltr",
		Where:       "Skills!3",
		Name:        "Zunição antiga",
		Description: "Cuidava dos brolhos.",
		Levels: [7]sfiaimpl.LevelText{
			1: { // level 2
				Description: "Açoitava as zonas.",
				Source:      "testdata/fixt_pt8.xlsx:Skills!P3",
			},
			2: { // level 3
				Description: "Zunia os brolhos. " +
					"Lia as zonas.",
				Breaks: []uint16{18},
				Source: "testdata/fixt_pt8.xlsx:Skills!Q3",
			},
		},
	}
	ru8 := &sfiaimpl.Translation{
		Version:         8,
		Source:          "testdata/fixt_ru8.txt",
		LevelWord:       "Ступень",
		Direction:       "ltr",
		Name:            "Бряканье зумбов",
		Description:     "Управляет зумбами.",
		Guidance:        []string{"Зумбы брякают."},
		ActivitiesIntro: "Дела:",
		Activities:      []string{"брякать", "считать жмыхи"},
		Levels: [7]sfiaimpl.LevelText{
			2: { // level 3
				Description: "Брякает зумбы. " +
					"Считает жмыхи.",
				Breaks: []uint16{27},
			},
			3: { // level 4
				Description: "Ведёт зумбы. " +
					"Решает жмыхи. " +
					"Подписывает бряки.",
				Breaks: []uint16{23, 48},
			},
			4: { // level 5
				Description: "Задаёт курс зумбам.",
			},
			6: { // level 7
				Note: "Зумбы на этой ступени не брякают.",
			},
		},
	}
	return &sfiaimpl.Skill{
		SkillCode:    "FIXT",
		DefinedMask:  0b0011110,
		Langs:        sfiaimpl.Languages{Tags: []string{"it", "pt", "ru"}},
		Translations: [][]*sfiaimpl.Translation{{it9}, {pt9, pt8}, {ru8}},
	}
}

// fixture is the FIXT table most tests share.
var fixture = newFixture()

// newFramework returns a fresh framework table. Its page texts (Langs,
// Texts) are in four languages:
//
//   - es gives guiding words and essences for levels 1 and 2, no help;
//   - it gives both halves of the help on undefined levels, nothing else;
//   - pt gives only the help on higher levels;
//   - ru gives guiding words and essences for levels 1 to 6 (SFIA 9) and
//     both halves of the help (SFIA 8, from another input).
//
// Its level sets, from the official downloads' levels tables, are in
// three (LevelLangs, LevelSets):
//
//   - es, SFIA 9: a levels table saved as CSV, guiding phrase and essence
//     at every level, each level's Source its guiding-phrase cell; its
//     levels 1 and 2 say what the es page texts say;
//   - es, SFIA 8: a workbook's levels-of-responsibility sheet, the five
//     generic attributes at every level, each level's Source its
//     Autonomy cell, the guiding words missing after the dashes;
//   - fr, SFIA 8: a re-saved workbook whose labels give the guiding
//     words ("4 - Grunter") and only autonomy; fr has no page texts;
//   - pt, SFIA 9: guiding phrase and essence at every level.
//
// Its attribute sets (AttributeLangs, AttributeSets) are in two:
//
//   - es, SFIA 9: FLOB (every level, guidance in two paragraphs), GRUN
//     (levels 2 to 6, no guidance) and TREM (levels 4 and 5);
//   - it, SFIA 9: ZOLL (levels 1 to 3); it has no level set.
func newFramework() *sfiaimpl.Framework {
	return &sfiaimpl.Framework{
		Langs: sfiaimpl.Languages{Tags: []string{"es", "it", "pt", "ru"}},
		Texts: []*sfiaimpl.FrameworkText{
			{
				GuidingWords:   [7]string{"Zumbar", "Brincar"},
				Essences:       [7]string{"Zumba bajo guía.", "Brinca con otros."},
				EssenceVersion: 9,
				EssenceSource:  "testdata/fw_es9.txt",
			},
			{
				LowerHelp:   "Sotto non si frulla.",
				HigherHelp:  "Sopra non si frulla.",
				HelpVersion: 9,
				HelpSource:  "testdata/fw_it9.txt",
			},
			{
				HigherHelp:  "Acima não se zune.",
				HelpVersion: 9,
				HelpSource:  "testdata/fw_pt9.txt",
			},
			{
				GuidingWords: [7]string{"Брякать", "Зумбить", "Жмыхать", "Вести", "Решать, советовать", "Задавать"},
				Essences: [7]string{
					"Брякает под надзором.",
					"Зумбит с другими.",
					"Жмыхает сам. " +
						"Учится.",
					"Ведёт зумбы.",
					"Решает за других.",
					"Задаёт курс.",
				},
				EssenceVersion: 9,
				EssenceSource:  "testdata/fw_ru9.txt",
				LowerHelp:      "Ниже зумбы не брякают.",
				HigherHelp:     "Выше зумбы не брякают.",
				HelpVersion:    8,
				HelpSource:     "testdata/fw_ru8.txt",
			},
		},
		LevelLangs:     sfiaimpl.Languages{Tags: []string{"es", "fr", "pt"}},
		LevelSets:      [][]*sfiaimpl.LevelSet{{&levelsEs9, &levelsEs8}, {&levelsFr8}, {&levelsPt9}},
		AttributeLangs: sfiaimpl.Languages{Tags: []string{"es", "it"}},
		AttributeSets:  [][]*sfiaimpl.AttributeSet{{&attributesEs9}, {&attributesIt9}},
	}
}

// The framework fixture's level and attribute sets. newFramework shares
// them between its copies: no test changes them (TestFrameworkAttributes
// checks that a caller cannot).
var (
	levelsEs9 = sfiaimpl.LevelSet{
		Version: 9,
		Levels: [7]sfiaimpl.LevelInfo{
			{Source: "fixture/es/levels9.csv:2:16", GuidingPhrase: "Zumbar", Essence: "Zumba bajo guía."},
			{Source: "fixture/es/levels9.csv:2:23", GuidingPhrase: "Brincar", Essence: "Brinca con otros."},
			{Source: "fixture/es/levels9.csv:2:31", GuidingPhrase: "Tremar", Essence: "Trema solo. " +
				"Pide plonco."},
			{Source: "fixture/es/levels9.csv:2:38", GuidingPhrase: "Flobar", Essence: "Floba los zumbos."},
			{Source: "fixture/es/levels9.csv:2:45", GuidingPhrase: "Plonchar, grumar", Essence: "Plonca a los demás."},
			{Source: "fixture/es/levels9.csv:2:64", GuidingPhrase: "Grumir, zorbar", Essence: "Grume los equipos."},
			{Source: "fixture/es/levels9.csv:2:81", GuidingPhrase: "Zorbar, trozar, plinchar", Essence: "Zorba el rumbo."},
		},
	}
	levelsEs8 = sfiaimpl.LevelSet{
		Version: 8,
		Levels: [7]sfiaimpl.LevelInfo{
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B2", Autonomy: "Zumba con guía.", Influence: "Ve a pocos.",
				Complexity: "Tareas llanas.", BusinessSkills: "Usa el plonco.", Knowledge: "Sabe lo básico."},
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B3", Autonomy: "Brinca con ayuda.", Influence: "Ve a su grupo.",
				Complexity: "Tareas varias.", BusinessSkills: "Usa dos ploncos.", Knowledge: "Sabe su zumbo."},
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B4", Autonomy: "Trema solo.", Influence: "Ve a otros grupos.",
				Complexity: "Tareas raras.", BusinessSkills: "Elige ploncos.", Knowledge: "Sabe zumbos ajenos."},
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B5", Autonomy: "Floba sin guía.", Influence: "Mueve a otros.",
				Complexity: "Tareas hondas.", BusinessSkills: "Enseña ploncos.", Knowledge: "Sabe mucho. " +
					"Lo comparte."},
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B6", Autonomy: "Plonca por su cuenta.", Influence: "Mueve la casa.",
				Complexity: "Tareas de todos.", BusinessSkills: "Crea ploncos.", Knowledge: "Sabe de todo."},
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B7", Autonomy: "Grume sin freno.", Influence: "Mueve el barrio.",
				Complexity: "Tareas nuevas.", BusinessSkills: "Cambia ploncos.", Knowledge: "Sabe lo que vendrá."},
			{Source: "fixture/es/sfia8.xlsx:Levels of responsibility!B8", Autonomy: "Zorba todo.", Influence: "Mueve el mundo.",
				Complexity: "Tareas sin nombre.", BusinessSkills: "Da los ploncos.", Knowledge: "Sabe por qué."},
		},
	}
	levelsFr8 = sfiaimpl.LevelSet{
		Version: 8,
		Levels: [7]sfiaimpl.LevelInfo{
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B2", GuidingPhrase: "Zumber", Autonomy: "Zumbe sous contrôle."},
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B3", GuidingPhrase: "Brinquer", Autonomy: "Brinque avec aide."},
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B4", GuidingPhrase: "Trémer", Autonomy: "Tréme seul."},
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B5", GuidingPhrase: "Grunter", Autonomy: "Grunte sans guide."},
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B6", GuidingPhrase: "Plonquer", Autonomy: "Plonque à son compte."},
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B7", GuidingPhrase: "Grumer", Autonomy: "Grume sans frein."},
			{Source: "fixture/fr/sfia8.xlsx:Niveaux!B8", GuidingPhrase: "Zorber", Autonomy: "Zorbe tout."},
		},
	}
	levelsPt9 = sfiaimpl.LevelSet{
		Version: 9,
		Levels: [7]sfiaimpl.LevelInfo{
			{Source: "fixture/pt/levels9.csv:2:16", GuidingPhrase: "Zunir", Essence: "Zune sob guia."},
			{Source: "fixture/pt/levels9.csv:2:22", GuidingPhrase: "Brincar", Essence: "Brinca com outros."},
			{Source: "fixture/pt/levels9.csv:2:30", GuidingPhrase: "Tremer", Essence: "Treme só."},
			{Source: "fixture/pt/levels9.csv:2:37", GuidingPhrase: "Flobar", Essence: "Floba as zonas."},
			{Source: "fixture/pt/levels9.csv:2:44", GuidingPhrase: "Plonchar, grumar", Essence: "Plonca os outros."},
			{Source: "fixture/pt/levels9.csv:2:63", GuidingPhrase: "Grumir, zorbar", Essence: "Grume as equipas."},
			{Source: "fixture/pt/levels9.csv:2:80", GuidingPhrase: "Zorbar, trozar, plinchar", Essence: "Zorba o rumo."},
		},
	}
	attributesEs9 = sfiaimpl.AttributeSet{
		Version: 9,
		Attributes: []sfiaimpl.Attribute{
			{
				Source:      "fixture/es/attributes9.csv:2",
				Code:        "FLOB",
				URL:         "https://example.org/es/attribute/9/FLOB",
				Name:        "Floberío",
				Type:        "Atributos",
				Description: "El grado de flobeo.",
				Guidance:    []string{"El flobeo crece con el nivel. Se mide en zumbos.", "Un zumbo no es un plonco."},
				Levels:      [7]string{"Flobea con guía.", "Flobea con ayuda.", "Flobea solo.", "Flobea a otros.", "Flobea equipos.", "Flobea la casa.", "Flobea el mundo."},
			},
			{
				Source:      "fixture/es/attributes9.csv:7",
				Code:        "GRUN",
				URL:         "https://example.org/es/attribute/9/GRUN",
				Name:        "Gruñido",
				Type:        "Factores de zumbo",
				Description: "Cómo gruñe.",
				Levels:      [7]string{1: "Gruñe poco.", 2: "Gruñe a veces.", 3: "Gruñe a otros. Los escucha.", 4: "Gruñe por la casa.", 5: "Gruñe por el barrio."},
			},
			{
				Source:      "fixture/es/attributes9.csv:10",
				Code:        "TREM",
				URL:         "https://example.org/es/attribute/9/TREM",
				Name:        "Tremor",
				Type:        "Factores de zumbo",
				Description: "Cómo trema.",
				Guidance:    []string{"Se trema despacio."},
				Levels:      [7]string{3: "Trema los zumbos.", 4: "Trema equipos."},
			},
		},
	}
	attributesIt9 = sfiaimpl.AttributeSet{
		Version: 9,
		Attributes: []sfiaimpl.Attribute{{
			Source:      "fixture/it/sfia9.xlsx:Attributi!2",
			Code:        "ZOLL",
			Name:        "Zollatura",
			Type:        "Attributi",
			Description: "Come si zolla.",
			Levels:      [7]string{"Zolla poco.", "Zolla spesso.", "Zolla sempre."},
		}},
	}
)

// framework is the framework table most tests share.
var framework = newFramework()

// Tags the tests ask with.
var (
	tagIt   = language.Italian
	tagPt   = language.Portuguese
	tagRu   = language.Russian
	tagEs   = language.Spanish
	tagPtBR = language.MustParse("pt-BR")
	tagItCH = language.MustParse("it-CH")
	tagUk   = language.Ukrainian
	tagBe   = language.MustParse("be")
	tagEn   = language.English
	tagDe   = language.German
	tagUnd  = language.Und
)

// tagCmp compares language tags, whose fields are unexported.
var tagCmp = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

// TestFixtureWellFormed checks that the fixtures keep the promises of a
// generated table, so that the other tests exercise tables the generator
// could have written: languages sorted and each once, translations newest
// version first, DefinedMask the union of the defined levels, and every
// break just after the single space that ends the statement before it.
func TestFixtureWellFormed(t *testing.T) {
	s := newFixture()
	for i := 1; i < len(s.Langs.Tags); i++ {
		if s.Langs.Tags[i-1] >= s.Langs.Tags[i] {
			t.Errorf("Langs %q not sorted or not unique", s.Langs.Tags)
		}
	}
	if len(s.Translations) != len(s.Langs.Tags) {
		t.Fatalf("%d languages, %d translation lists", len(s.Langs.Tags), len(s.Translations))
	}
	var mask uint8
	for i, trs := range s.Translations {
		for j, tr := range trs {
			if j > 0 && tr.Version >= trs[j-1].Version {
				t.Errorf("%s: version %v after %v, want newest first", s.Langs.Tags[i], tr.Version, trs[j-1].Version)
			}
			for l, lt := range tr.Levels {
				if lt.Description != "" {
					mask |= 1 << l
				}
				checkBreaks(t, lt)
			}
		}
	}
	if mask != s.DefinedMask {
		t.Errorf("DefinedMask = %07b, the translations define %07b", s.DefinedMask, mask)
	}
}

// TestFrameworkFixtureWellFormed checks the same of the framework
// fixture's level and attribute sets: languages sorted and each once, as
// many lists as languages, each list newest version first, every level
// of a level set naming its input (the generator always writes Source),
// and every attribute a Source and a code, each code once in its set.
func TestFrameworkFixtureWellFormed(t *testing.T) {
	f := newFramework()
	checkLangs := func(what string, l *sfiaimpl.Languages, n int) {
		t.Helper()
		for i := 1; i < len(l.Tags); i++ {
			if l.Tags[i-1] >= l.Tags[i] {
				t.Errorf("%s %q not sorted or not unique", what, l.Tags)
			}
		}
		if n != len(l.Tags) {
			t.Errorf("%s: %d languages, %d lists", what, len(l.Tags), n)
		}
	}
	checkLangs("Langs", &f.Langs, len(f.Texts))
	checkLangs("LevelLangs", &f.LevelLangs, len(f.LevelSets))
	checkLangs("AttributeLangs", &f.AttributeLangs, len(f.AttributeSets))
	for i, sets := range f.LevelSets {
		for j, ls := range sets {
			if j > 0 && ls.Version >= sets[j-1].Version {
				t.Errorf("%s: level set %v after %v, want newest first", f.LevelLangs.Tags[i], ls.Version, sets[j-1].Version)
			}
			for l, li := range ls.Levels {
				if li.Source == "" {
					t.Errorf("%s %v: level %d has no Source", f.LevelLangs.Tags[i], ls.Version, l+1)
				}
			}
		}
	}
	for i, sets := range f.AttributeSets {
		for j, as := range sets {
			if j > 0 && as.Version >= sets[j-1].Version {
				t.Errorf("%s: attribute set %v after %v, want newest first", f.AttributeLangs.Tags[i], as.Version, sets[j-1].Version)
			}
			seen := map[string]bool{}
			for _, a := range as.Attributes {
				if a.Source == "" || a.Code == "" || seen[a.Code] {
					t.Errorf("%s %v: attribute %q without a Source or a code, or twice", f.AttributeLangs.Tags[i], as.Version, a.Code)
				}
				seen[a.Code] = true
			}
		}
	}
}

func checkBreaks(t *testing.T, lt sfiaimpl.LevelText) {
	t.Helper()
	prev := 0
	for _, b := range lt.Breaks {
		if int(b) <= prev+1 || int(b) >= len(lt.Description) || lt.Description[b-1] != ' ' || lt.Description[b] == ' ' {
			t.Errorf("%q: break %d is not the start of a statement after one space", lt.Description, b)
		}
		prev = int(b)
	}
	if lt.Breaks == nil && strings.Contains(lt.Description, ". ") {
		t.Errorf("%q: several sentences and no breaks", lt.Description)
	}
}

// prefs parses a comma-separated preference list; "" is no preference.
func prefs(s string) []language.Tag {
	if s == "" {
		return nil
	}
	var out []language.Tag
	for _, p := range strings.Split(s, ",") {
		out = append(out, language.MustParse(p))
	}
	return out
}

// Sinks keep the compiler from dropping the calls measured.
var (
	sinkString  string
	sinkStrings []string
	sinkText    sfia.Text
	sinkOK      bool

	sinkLevelInfo  sfia.LevelInfo
	sinkAttributes []sfia.Attribute
)
