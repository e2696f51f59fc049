package jobdesc_test

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// The examples describe abcd, a made-up skill ABCD defined at levels 2
// to 5 in Arabic (SFIA 8), French (SFIA 9 and 8) and Russian (SFIA 7),
// and take guiding words from framework, a made-up framework with
// Russian ones (fixture_test.go). A program passes a generated package's
// skill instead (csmg.Skill) and the registry's framework
// (skills.Framework).

func ExampleCheck() {
	// abcd is an sfia.Skill, as csmg.Skill is.
	reqs := []jobdesc.Requirement{
		{Skill: abcd, Level: 6},
		{Skill: abcd, Level: 4},
	}
	err := jobdesc.Check(reqs, jobdesc.Options{Languages: []language.Tag{language.German}})
	fmt.Println(err)
	// Output:
	// ABCD is not defined at level 6; it is defined at levels 2–5
	// no ABCD text in "de"; languages: ar, fr, ru
}

func ExampleBuild() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 4}}
	// framework is an sfia.Framework, as skills.Framework is.
	d, err := jobdesc.Build(reqs, jobdesc.Options{AllLanguages: true, Framework: framework})
	if err != nil {
		panic(err)
	}
	for _, s := range d.Sections {
		fmt.Println(s.Language, s.Version, s.LevelWord, int(s.Level), s.GuidingWords)
	}
	fmt.Println(d.Notices[0].Message)
	// Output:
	// ar SFIA 8 الدرفون 4 Enable
	// fr SFIA 9 Nivôle 4 Enable
	// ru SFIA 7 Ступеля 4 Вырять
	// The texts in this description come from different SFIA versions: SFIA 7 (ru); SFIA 8 (ar); SFIA 9 (fr). They are not translations of one text.
}

// Options.Version pins an SFIA version: side by side, the languages that
// have it.
func ExampleOptions_version() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 2}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{AllLanguages: true, Version: 8})
	if err != nil {
		panic(err)
	}
	for _, s := range d.Sections {
		fmt.Println(s.Language, s.Version, s.Name)
	}
	fmt.Println(len(d.Notices), "notices")
	// Output:
	// ar SFIA 8 زلمقة البرتوف
	// fr SFIA 8 Gruntage de flobs
	// 0 notices
}

// Options.Framework gives the guiding words in the section's language
// where it has them; without it, or where it has none, they are English.
func ExampleOptions_framework() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 4}}
	for _, fw := range []sfia.Framework{nil, framework} {
		for _, lang := range []language.Tag{language.Russian, language.French} {
			d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{lang}, Framework: fw})
			if err != nil {
				panic(err)
			}
			s := d.Sections[0]
			fmt.Printf("framework %v, %v: %s (%v)\n", fw != nil, s.Language, s.GuidingWords, s.GuidingLang)
		}
	}
	// Output:
	// framework false, ru: Enable (en)
	// framework false, fr: Enable (en)
	// framework true, ru: Вырять (ru)
	// framework true, fr: Enable (en)
}

// Options.LevelInfo adds each level's essence and generic attributes in
// the section's language and SFIA version, where the framework has them
// (levelFramework, a made-up framework with French SFIA 9 levels and
// attributes: fixture_test.go); a notice names the sections without.
func ExampleOptions_levelInfo() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 4}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{
		Languages: []language.Tag{language.French, language.Russian},
		Framework: levelFramework,
		LevelInfo: true,
	})
	if err != nil {
		panic(err)
	}
	li := d.Sections[0].LevelInfo
	fmt.Println(li.Essence, li.Source)
	for _, a := range li.Attributes {
		fmt.Println(a.Code, a.Name+":", a.Description)
	}
	fmt.Println(len(d.Notices), "notices")

	// ABCD in Russian is SFIA 7; the framework has Russian levels of SFIA
	// 8 and 9 only, which are not used.
	d, err = jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.Russian}, Framework: levelFramework, LevelInfo: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Sections[0].LevelInfo == nil)
	fmt.Println(d.Notices[0].Kind+":", d.Notices[0].Message)
	// Output:
	// Zorbe l'équipe et ses flobs. fixture/levels_fr9.csv:3:5
	// ZORB Zorbitude: Zorbe l'équipe.
	// FLIM Flimosité: Flime les zorbes.
	// BRUX Bruxerie: Bruxe pour l'équipe.
	// 0 notices
	// true
	// no-level-info: No level information for ru SFIA 7 at level 4: the framework texts give none in that language and version.
}

func ExampleDescription_WriteText() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 3}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.French}})
	if err != nil {
		panic(err)
	}
	d.WriteText(os.Stdout)
	// Output:
	// Gruntage des flobs (ABCD) — Nivôle 3 (Apply)
	//
	// Grunte les flobs « brelins » selon la zorbe. Trime l'état des flobs. Signale les écarts.
	//
	// - Grunte les flobs « brelins » selon la zorbe.
	// - Trime l'état des flobs.
	// - Signale les écarts.
	//
	// Source: SFIA 9, fr, fixture/abcd_fr9.txt
	//
	// This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
}

func ExampleDescription_WriteMarkdown() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 3}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.French}})
	if err != nil {
		panic(err)
	}
	d.WriteMarkdown(os.Stdout)
	// Output:
	// ## Gruntage des flobs (ABCD) — Nivôle 3 (Apply)
	//
	// Grunte les flobs « brelins » selon la zorbe. Trime l'état des flobs. Signale les écarts.
	//
	// - Grunte les flobs « brelins » selon la zorbe.
	// - Trime l'état des flobs.
	// - Signale les écarts.
	//
	// *Source: SFIA 9, fr, fixture/abcd\_fr9.txt*
	//
	// *This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.*
}

func ExampleDescription_WriteJSON() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 3}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.Russian}, Framework: framework})
	if err != nil {
		panic(err)
	}
	d.WriteJSON(os.Stdout)
	// Output:
	// {
	//   "schema": "https://github.com/sfiakit/sfiakit/jobdesc/schema/v1.json",
	//   "schema_version": 1,
	//   "acknowledgement": "This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.",
	//   "notices": [],
	//   "requirements": [
	//     {
	//       "code": "ABCD",
	//       "name": "Брундение флобов",
	//       "level": 3,
	//       "level_word": "Ступеля",
	//       "guiding_words": {
	//         "text": "Примлять",
	//         "language": "ru"
	//       },
	//       "paragraph": "Брундит флобы по зорбе. Тримит состояние флобов.",
	//       "statements": [
	//         "Брундит флобы по зорбе.",
	//         "Тримит состояние флобов."
	//       ],
	//       "language": "ru",
	//       "direction": "ltr",
	//       "sfia_version": 7,
	//       "source": "fixture/abcd_ru7.txt",
	//       "group": 0
	//     }
	//   ]
	// }
}

func ExampleDescription_WriteCSV() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 3}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.French}})
	if err != nil {
		panic(err)
	}
	d.WriteCSV(os.Stdout)
	// Output:
	// code,skill,level,statement_number,statement,language,sfia_version,source,acknowledgement
	// ABCD,Gruntage des flobs,3,1,Grunte les flobs « brelins » selon la zorbe.,fr,9,fixture/abcd_fr9.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
	// ABCD,Gruntage des flobs,3,2,Trime l'état des flobs.,fr,9,fixture/abcd_fr9.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
	// ABCD,Gruntage des flobs,3,3,Signale les écarts.,fr,9,fixture/abcd_fr9.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
}

// A format of your own writes the words every format shares: each
// section's Heading, its LevelHeading and LevelInfo's Parts, and its
// SourceLine.
func Example_ownFormat() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 4}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{
		Languages: []language.Tag{language.French},
		Framework: levelFramework,
		LevelInfo: true,
	})
	if err != nil {
		panic(err)
	}
	for _, s := range d.Sections {
		fmt.Printf("%s [%s]\n", s.Heading(), s.GuidingWords)
		fmt.Println(s.LevelHeading())
		for _, p := range s.LevelInfo.Parts(false) {
			fmt.Printf("  %s (%s): %s\n", p.Label, p.Part, p.Text)
		}
		fmt.Println("from", s.SourceLine())
	}
	// Output:
	// Gruntage des flobs (ABCD) — Nivôle 4 [Zorber]
	// Level of responsibility 4
	//   Essence (essence): Zorbe l'équipe et ses flobs.
	//   Zorbitude (attribute:ZORB): Zorbe l'équipe.
	//   Flimosité (attribute:FLIM): Flime les zorbes.
	//   Bruxerie (attribute:BRUX): Bruxe pour l'équipe.
	// from SFIA 9, fr, fixture/abcd_fr9.txt; level information: fixture/levels_fr9.csv, fixture/attributes_fr9.csv
}
