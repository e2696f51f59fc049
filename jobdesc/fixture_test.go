package jobdesc_test

import (
	"fmt"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// The tests of package jobdesc run on the small tables below, which they
// build with package sfiaimpl as generated code would. Every word in
// them is made up: no test here depends on SFIA text or on the skills
// and languages in seeds/.
//
// ABCD is defined at levels 2 to 5 in three languages:
//
//	ar  SFIA 8            right to left; a note at level 6
//	fr  SFIA 9 and SFIA 8 left to right
//	ru  SFIA 7            left to right
//
// The framework fixture gives guiding words in Russian only, and none at
// level 5. The level framework fixture adds the levels of responsibility
// and the attributes (Options.LevelInfo):
//
//	ar  SFIA 9 levels (guiding phrase, essence) at every level;
//	    SFIA 8 levels (the five generic attributes) at levels 2 to 4
//	fr  SFIA 9 levels at every level but 5; SFIA 9 attributes ZORB (every
//	    level), FLIM (levels 3 to 5) and BRUX (levels 1, 2 and 4)
//	ru  SFIA 8 levels at every level; SFIA 9 essences from a page copy
//	    at every level but 5
//
// so that ABCD has level information in fr (SFIA 9) and ar (SFIA 8, but
// not at level 5), and none in ru (SFIA 7).

// abcd is the made-up skill ABCD.
var abcd sfia.Skill = &abcdTable

var abcdTable = sfiaimpl.Skill{
	SkillCode:   "ABCD",
	DefinedMask: 0b0011110, // levels 2 to 5
	Langs:       sfiaimpl.Languages{Tags: []string{"ar", "fr", "ru"}},
	Translations: [][]*sfiaimpl.Translation{
		{&abcdAr8},
		{&abcdFr9, &abcdFr8},
		{&abcdRu7},
	},
}

var abcdAr8 = sfiaimpl.Translation{
	Version:     8,
	Source:      "fixture/abcd_ar8.txt",
	LevelWord:   "الدرفون",
	Direction:   "rtl",
	Name:        "زلمقة البرتوف",
	Description: "تفلوم الزبرقة والسنكور.",
	Levels: [7]sfiaimpl.LevelText{
		// level 2
		1: statements("يزلمق البرتوف الزغبر.", "يفرتم السنكور."),
		// level 3
		2: statements("يزلمق البرتوف الكنبر.", "يقلسم الزبرقة بالطرشون.", "يدونق السنجلات."),
		// level 4
		3: statements("يبرتف الزلامق ويسنكر الفرتوم.", "يطرشن الدوانق."),
		// level 5
		4: statements("يقنود الزبرقة كلشها."),
		// level 6
		5: {Note: "لز يزلمق البرتوف فن ذبا الدرفون."},
	},
}

var abcdFr9 = sfiaimpl.Translation{
	Version:     9,
	Source:      "fixture/abcd_fr9.txt",
	LevelWord:   "Nivôle",
	Direction:   "ltr",
	Name:        "Gruntage des flobs",
	Description: "Gruntage et trimage des flobs d'une zorbe.",
	Category:    "Flobnerie",
	Subcategory: "Gruntes",
	Levels: [7]sfiaimpl.LevelText{
		// level 2
		1: statements("Grunte les flobs simples.", "Note les zorbes."),
		// level 3
		2: statements("Grunte les flobs « brelins » selon la zorbe.", "Trime l'état des flobs.", "Signale les écarts."),
		// level 4
		3: statements("Dirige le gruntage d'une équipe.", "Choisit les zorbes à trimer."),
		// level 5
		4: statements("Fixe la politique de gruntage de l'organisme."),
	},
}

var abcdFr8 = sfiaimpl.Translation{
	Version:     8,
	Source:      "fixture/abcd_fr8.txt",
	LevelWord:   "Nivôle",
	Direction:   "ltr",
	Name:        "Gruntage de flobs",
	Description: "Gruntage des flobs.",
	Levels: [7]sfiaimpl.LevelText{
		// level 2
		1: statements("Aide au gruntage."),
		// level 3
		2: statements("Grunte les flobs."),
		// level 4
		3: statements("Organise le gruntage."),
		// level 5
		4: statements("Décide du gruntage."),
	},
}

var abcdRu7 = sfiaimpl.Translation{
	Version:     7,
	Source:      "fixture/abcd_ru7.txt",
	LevelWord:   "Ступеля",
	Direction:   "ltr",
	Name:        "Брундение флобов",
	Description: "Брундение и тримка флобов.",
	Levels: [7]sfiaimpl.LevelText{
		// level 2
		1: statements("Брундит простые флобы.", "Записывает зорбы."),
		// level 3
		2: statements("Брундит флобы по зорбе.", "Тримит состояние флобов."),
		// level 4
		3: statements("Ведёт брундение в команде."),
		// level 5
		4: statements("Задаёт политику брундения.", "Отвечает за зорбы."),
	},
}

// statements returns a level's text made of ss, as the generator writes
// it: one paragraph, the statements separated by one space, with the
// offset where each statement after the first starts.
func statements(ss ...string) sfiaimpl.LevelText {
	var lt sfiaimpl.LevelText
	for i, s := range ss {
		if i > 0 {
			lt.Description += " "
			lt.Breaks = append(lt.Breaks, uint16(len(lt.Description)))
		}
		lt.Description += s
	}
	return lt
}

// framework is the framework fixture: guiding words in Russian at every
// level but 5, and in no other language.
var framework sfia.Framework = &sfiaimpl.Framework{
	Langs: sfiaimpl.Languages{Tags: []string{"ru"}},
	Texts: []*sfiaimpl.FrameworkText{&frameworkRu},
}

// frameworkRu is what a Russian page copy of SFIA 9 gives: guiding words
// and essences at every level but 5.
var frameworkRu = sfiaimpl.FrameworkText{
	GuidingWords: [7]string{"Слудить", "Помогрять", "Примлять", "Вырять", "", "Зачинять", "Стратить"},
	Essences: [7]string{
		"Слудит по указке.", "Помогряет другим.", "Примляет зорбы сам.", "Выряет флобы в команде.",
		"", "Зачиняет брундение.", "Стратит всю зорбу.",
	},
	EssenceVersion: 9,
	EssenceSource:  "fixture/framework_ru.txt",
}

// levelFramework is the level framework fixture: framework, with the
// levels of responsibility and the attributes below.
var levelFramework sfia.Framework = &sfiaimpl.Framework{
	Langs:      sfiaimpl.Languages{Tags: []string{"ru"}},
	Texts:      []*sfiaimpl.FrameworkText{&frameworkRu},
	LevelLangs: sfiaimpl.Languages{Tags: []string{"ar", "fr", "ru"}},
	LevelSets: [][]*sfiaimpl.LevelSet{
		{&levelsAr9, &levelsAr8},
		{&levelsFr9},
		{&levelsRu8},
	},
	AttributeLangs: sfiaimpl.Languages{Tags: []string{"fr"}},
	AttributeSets:  [][]*sfiaimpl.AttributeSet{{&attributesFr9}},
}

// levels9 returns an SFIA 9 levels table read from file, a CSV file
// with the levels in columns 2 to 8: a guiding phrase and an essence at
// each level whose phrase is not "".
func levels9(file string, phrases, essences [7]string) sfiaimpl.LevelSet {
	ls := sfiaimpl.LevelSet{Version: 9}
	for i := range ls.Levels {
		if phrases[i] == "" {
			continue
		}
		ls.Levels[i] = sfiaimpl.LevelInfo{
			Source:        fmt.Sprintf("%s:3:%d", file, i+2),
			GuidingPhrase: phrases[i], Essence: essences[i],
		}
	}
	return ls
}

var levelsAr9 = levels9("fixture/levels_ar9.csv",
	[7]string{"زلق", "برف", "طرش", "سنك", "دونق، قلسم", "كنبر، فرتم", "زغبر، طلسم، برتف"},
	[7]string{"يزلق بالتوجيه.", "يبرف الآخرين.", "يطرش الزبرقة.", "يسنك الفرتوم.", "يدونق الكلشة.", "يكنبر السنجلات.", "يزغبر البرتوف كله."})

var levelsFr9 = levels9("fixture/levels_fr9.csv",
	[7]string{"Flober", "Grunter", "Brelouter", "Zorber", "", "Trimer, gruntir", "Flamber, zorbir, brelir"},
	[7]string{"Flobe sous la zorbe d'autrui.", "Grunte avec les autres.", "Breloute seul les flobs « brelins ».",
		"Zorbe l'équipe et ses flobs.", "", "Trime le gruntage de l'organisme.", "Flambe toute la zorbe."})

// levels8 returns an SFIA 8 levels-of-responsibility sheet of the
// workbook file at levels from to to (1 to 7): the five generic
// attributes, each made of word and the level.
func levels8(file string, from, to int, autonomy, influence, complexity, business, knowledge string) sfiaimpl.LevelSet {
	ls := sfiaimpl.LevelSet{Version: 8}
	for l := from; l <= to; l++ {
		n := fmt.Sprint(l)
		ls.Levels[l-1] = sfiaimpl.LevelInfo{
			Source:   fmt.Sprintf("%s:Levels of responsibility!B%d", file, l+1),
			Autonomy: autonomy + " " + n + ".", Influence: influence + " " + n + ".", Complexity: complexity + " " + n + ".",
			BusinessSkills: business + " " + n + ".", Knowledge: knowledge + " " + n + ".",
		}
	}
	return ls
}

var levelsAr8 = levels8("fixture/sfia8_ar.xlsx", 2, 4, "يزلمق بحرية", "يبرتف الفرتوم", "يطرشن الكلشة", "يسنكر الدوانق", "يقلسم الزبرقة")

var levelsRu8 = levels8("fixture/sfia8_ru.xlsx", 1, 7, "Слудит сам", "Брундит на зорбу", "Тримит флобы", "Помогряет словом", "Знает зорбы")

var attributesFr9 = sfiaimpl.AttributeSet{
	Version: 9,
	Attributes: []sfiaimpl.Attribute{
		{Source: "fixture/attributes_fr9.csv:2", Code: "ZORB", Name: "Zorbitude", Type: "Attributs",
			Description: "La zorbe qu'on a.",
			Levels: [7]string{"Zorbe un peu, " + hostile + ".", "Zorbe parfois.", "Zorbe seul.", "Zorbe l'équipe.",
				"Zorbe le service.", "Zorbe l'organisme.", "Zorbe tout."}},
		{Source: "fixture/attributes_fr9.csv:3", Code: "FLIM", Name: "Flimosité", Type: "Attributs",
			Description: "Le flim des flobs.",
			Levels:      [7]string{2: "Flime les flobs.", 3: "Flime les zorbes.", 4: "Flime l'organisme."}},
		{Source: "fixture/attributes_fr9.csv:4", Code: "BRUX", Name: "Bruxerie", Type: "Facteurs de gruntage",
			Description: "L'art de bruxer.",
			Levels:      [7]string{0: "*Bruxe* au besoin.", 1: "Bruxe avec méthode.", 3: "Bruxe pour l'équipe."}},
	},
}

// fake is a made-up skill in French, SFIA 7, defined at level 3 only,
// whose texts are full of characters every format must escape. With
// ABCD in French (SFIA 9) it makes a description that mixes versions in
// one language.
var fake sfia.Skill = &sfiaimpl.Skill{
	SkillCode:   "FAKE",
	DefinedMask: 1 << 2,
	Langs:       sfiaimpl.Languages{Tags: []string{"fr"}},
	Translations: [][]*sfiaimpl.Translation{{{
		Version:   7,
		Source:    "fixture/fake_fr7.txt",
		LevelWord: "Nivôle",
		Direction: "ltr",
		Name:      "Nom " + hostile,
		Levels:    [7]sfiaimpl.LevelText{2: statements("Un "+hostile+".", "Deux.")}, // level 3
	}}},
}

const hostile = `<script>alert("x")</script> &copy; & 'q' "d" *b* _i_ [l](u) | # \ ` + "`c`"

// oneLevel returns a made-up skill CODE defined at level 1 in French,
// SFIA 9, with the given level word and direction.
func oneLevel(code, levelWord, direction string) sfia.Skill {
	return &sfiaimpl.Skill{
		SkillCode:   code,
		DefinedMask: 1,
		Langs:       sfiaimpl.Languages{Tags: []string{"fr"}},
		Translations: [][]*sfiaimpl.Translation{{{
			Version:   9,
			Source:    "fixture/" + code + ".txt",
			LevelWord: levelWord,
			Direction: direction,
			Name:      "Flobage",
			Levels:    [7]sfiaimpl.LevelText{0: statements("Flobe.")}, // level 1
		}}},
	}
}

func tags(ss ...string) []language.Tag {
	var out []language.Tag
	for _, s := range ss {
		out = append(out, language.MustParse(s))
	}
	return out
}

// req returns ABCD at level.
func req(level int) jobdesc.Requirement {
	return jobdesc.Requirement{Skill: abcd, Level: sfia.Level(level)}
}
