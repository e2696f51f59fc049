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
//   - it, SFIA 9, defined at levels 2, 3 and 4;
//   - pt, SFIA 9 (levels 2 to 5) and SFIA 8 (levels 2 and 3): two
//     versions, newest first;
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
		Source:          "testdata/fixt_pt9.txt",
		LevelWord:       "Grau",
		Direction:       "ltr",
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
			},
			2: { // level 3
				Description: "Zune os brolhos.",
			},
			3: { // level 4
				Description: "Dirige as zonas. " +
					"Mede os brolhos. " +
					"Assina os zunidos.",
				Breaks: []uint16{17, 34},
			},
			4: { // level 5
				Description: "Define a rota dos brolhos.",
			},
		},
	}
	pt8 := &sfiaimpl.Translation{
		Version:     8,
		Source:      "testdata/fixt_pt8.txt",
		LevelWord:   "Grau",
		Direction:   "ltr",
		Name:        "Zunição antiga",
		Description: "Cuidava dos brolhos.",
		Levels: [7]sfiaimpl.LevelText{
			1: { // level 2
				Description: "Açoitava as zonas.",
			},
			2: { // level 3
				Description: "Zunia os brolhos. " +
					"Lia as zonas.",
				Breaks: []uint16{18},
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

// newFramework returns a fresh framework table in four languages:
//
//   - es gives guiding words and essences for levels 1 and 2, no help;
//   - it gives both halves of the help on undefined levels, nothing else;
//   - pt gives only the help on higher levels;
//   - ru gives guiding words and essences for levels 1 to 6 (SFIA 9) and
//     both halves of the help (SFIA 8, from another input).
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
	}
}

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
)
