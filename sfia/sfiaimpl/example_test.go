package sfiaimpl_test

import (
	"fmt"

	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// The examples read the test tables of fixture_test.go, in made-up words:
// fixture is the skill FIXT in Italian (SFIA 9), Portuguese (SFIA 9 and
// SFIA 8) and Russian (SFIA 8), framework the framework texts in
// Spanish, Italian, Portuguese and Russian, with level sets in Spanish
// (SFIA 9 and 8), French (SFIA 8) and Portuguese (SFIA 9) and attributes
// in Spanish and Italian (SFIA 9). A generated package's Level(n) returns
// fixture.Level(n) for its own table.

func ExampleSkillLevel_Description() {
	fmt.Println(fixture.Level(4).Description(language.Italian))
	// A regional variant reaches its language; the newest version answers.
	fmt.Println(fixture.Level(2).Description(language.MustParse("pt-BR")))
	// A level the language does not define, a level that is no level,
	// and a language the table lacks give "", never another language.
	fmt.Printf("%q %q %q\n",
		fixture.Level(5).Description(language.Italian),
		fixture.Level(9).Description(language.Italian),
		fixture.Level(4).Description(language.Ukrainian))
	// Output:
	// Sorveglia i frulli. Decide le zolle. Firma i bronti.
	// Açoita as zonas. Lê os brolhos.
	// "" "" ""
}

func ExampleSkillLevel_Statements() {
	for i, s := range fixture.Level(4).Statements(language.Russian) {
		fmt.Println(i+1, s)
	}
	// Output:
	// 1 Ведёт зумбы.
	// 2 Решает жмыхи.
	// 3 Подписывает бряки.
}

func ExampleSkillLevel_Text() {
	// The first preference the table matches wins: Ukrainian has no text
	// (and is not answered in Russian), Brazilian Portuguese reaches pt.
	// Its text comes from a spreadsheet: Source names the cell.
	t, ok := fixture.Level(4).Text(language.Ukrainian, language.MustParse("pt-BR"), language.Italian)
	fmt.Println(ok, t.Language, t.Version, t.Source)
	fmt.Println(t.Value)
	// Italian matches first and does not define level 5: no text, even
	// though Russian, the next preference, does.
	_, ok = fixture.Level(5).Text(language.Italian, language.Russian)
	fmt.Println(ok)
	// Output:
	// true pt SFIA 9 testdata/fixt_pt9.csv:5:34
	// Dirige as zonas. Mede os brolhos. Assina os zunidos.
	// false
}

func ExampleSkillLevel_Note() {
	// The Russian input says why there is no level 7 description.
	l := fixture.Level(7)
	fmt.Println(l.Defined(), l.Note(language.Russian))
	fmt.Printf("%q\n", l.Note(language.Italian))
	// Output:
	// false Зумбы на этой ступени не брякают.
	// ""
}

func ExampleSkillLevel_String() {
	for _, l := range fixture.SkillLevels() {
		fmt.Println(l, l.Level().GuidingWords(), l.Skill().Code())
	}
	fmt.Println(fixture.Level(9), fixture.Level(9).Defined())
	// Output:
	// FIXT Level 2 Assist FIXT
	// FIXT Level 3 Apply FIXT
	// FIXT Level 4 Enable FIXT
	// FIXT Level 5 Ensure, advise FIXT
	// FIXT Level(9) false
}

func ExampleSkill_Translation() {
	var s sfia.Skill = fixture
	fmt.Println(s.Code(), s.Levels(), s.Versions(language.Portuguese))
	// Version 0 is the newest; any other version is that version or
	// nothing.
	for _, v := range []sfia.Version{0, sfia.SFIA8, sfia.SFIA7} {
		tr, ok := s.Translation(v, language.MustParse("pt-BR"))
		if !ok {
			fmt.Println(v, "none")
			continue
		}
		lt, _ := tr.Level(3)
		fmt.Println(tr.Version, tr.Name, lt.Statements)
	}
	// Output:
	// FIXT [Level 2 Level 3 Level 4 Level 5] [SFIA 9 SFIA 8]
	// SFIA 9 Zunição dos brolhos [Zune os brolhos.]
	// SFIA 8 Zunição antiga [Zunia os brolhos. Lia as zonas.]
	// SFIA 7 none
}

func ExampleFramework_Essence() {
	e, ok := framework.Essence(sfia.Level4, language.MustParse("ru-UA"))
	fmt.Println(ok, e.Language, e.Version, e.Source, e.Value)
	w, _ := framework.GuidingWords(sfia.Level4, language.Russian)
	fmt.Println(w.Value, "/", sfia.Level4.GuidingWords())
	// No input gives them in Italian, nor at level 7.
	_, ok = framework.Essence(sfia.Level4, language.Italian)
	_, ok7 := framework.Essence(sfia.Level7, language.Russian)
	fmt.Println(ok, ok7)
	// Output:
	// true ru SFIA 9 testdata/fw_ru9.txt Ведёт зумбы.
	// Вести / Enable
	// false false
}

func ExampleFramework_LevelInfo() {
	// Version 0: the newest the language has (es: SFIA 9), with the
	// attributes of the same language and version that describe the level.
	li, ok := framework.LevelInfo(sfia.Level4, 0, language.MustParse("es-419"))
	fmt.Println(ok, li.Level, li.Language, li.Version, li.Source)
	fmt.Println(li.GuidingPhrase, "/", li.Essence)
	for _, a := range li.Attributes {
		fmt.Println(" ", a.Code, a.Name+":", a.Description)
	}
	// A pinned version: SFIA 8's generic attributes of the level.
	li, ok = framework.LevelInfo(sfia.Level4, sfia.SFIA8, language.Spanish)
	fmt.Println(ok, li.Version, li.Autonomy, li.Knowledge, len(li.Attributes))
	// A version the language lacks: nothing, never another version.
	_, ok = framework.LevelInfo(sfia.Level4, sfia.SFIA7, language.Spanish)
	fmt.Println(ok)
	// Output:
	// true Level 4 es SFIA 9 fixture/es/levels9.csv:2:38
	// Flobar / Floba los zumbos.
	//   FLOB Floberío: Flobea a otros.
	//   GRUN Gruñido: Gruñe a otros. Los escucha.
	//   TREM Tremor: Trema los zumbos.
	// true SFIA 8 Floba sin guía. Sabe mucho. Lo comparte. 0
	// false
}

func ExampleFramework_Attributes() {
	as, ok := framework.Attributes(0, language.Spanish)
	fmt.Println(ok, len(as))
	for _, a := range as {
		fmt.Printf("%s %s (%s) %s %q\n", a.Code, a.Name, a.Type, a.Source, a.Levels[3])
	}
	// Output:
	// true 3
	// FLOB Floberío (Atributos) fixture/es/attributes9.csv:2 "Flobea a otros."
	// GRUN Gruñido (Factores de zumbo) fixture/es/attributes9.csv:7 "Gruñe a otros. Los escucha."
	// TREM Tremor (Factores de zumbo) fixture/es/attributes9.csv:10 "Trema los zumbos."
}

func ExampleFramework_UndefinedLevelsHelp() {
	for _, tag := range []language.Tag{language.Italian, language.Portuguese, language.Spanish} {
		lower, higher, ok := framework.UndefinedLevelsHelp(tag)
		fmt.Printf("%v %v %q %q\n", tag, ok, lower.Value, higher.Value)
	}
	// Output:
	// it true "Sotto non si frulla." "Sopra non si frulla."
	// pt true "" "Acima não se zune."
	// es false "" ""
}

func ExampleUpperCode() {
	fmt.Println(sfiaimpl.UpperCode("csmg"), sfiaimpl.UpperCode("CsMg"), sfiaimpl.UpperCode("ＣＳＭＧ"))
	// Output:
	// CSMG CSMG ＣＳＭＧ
}
