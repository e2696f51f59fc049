package anyformat_test

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// abcd is a made-up skill ABCD, defined at level 3 in French (SFIA 9),
// built as generated code builds its table. A program passes a generated
// package's skill instead (csmg.Skill).
var abcd sfia.Skill = &sfiaimpl.Skill{
	SkillCode:   "ABCD",
	DefinedMask: 1 << 2, // level 3
	Langs:       sfiaimpl.Languages{Tags: []string{"fr"}},
	Translations: [][]*sfiaimpl.Translation{{{
		Version:   9,
		Source:    "fixture/abcd_fr9.txt",
		LevelWord: "Nivôle",
		Direction: "ltr",
		Name:      "Gruntage des flobs",
		Levels: [7]sfiaimpl.LevelText{2: {
			Description: "Grunte les flobs. Trime l'état des flobs.",
			Breaks:      []uint16{uint16(len("Grunte les flobs. "))},
		}},
	}}},
}

// A command renders the format its flag names.
func ExampleRender() {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: abcd, Level: 3}},
		jobdesc.Options{Languages: []language.Tag{language.French}})
	if err != nil {
		panic(err)
	}
	for _, flag := range []string{"csv", "markdown", "pdf"} {
		f, err := jobdesc.ParseFormat(flag)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if err := anyformat.Render(os.Stdout, d, f); err != nil {
			panic(err)
		}
	}
	// Output:
	// code,skill,level,statement_number,statement,language,sfia_version,source,acknowledgement
	// ABCD,Gruntage des flobs,3,1,Grunte les flobs.,fr,9,fixture/abcd_fr9.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
	// ABCD,Gruntage des flobs,3,2,Trime l'état des flobs.,fr,9,fixture/abcd_fr9.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
	// ## Gruntage des flobs (ABCD) — Nivôle 3 (Apply)
	//
	// Grunte les flobs. Trime l'état des flobs.
	//
	// - Grunte les flobs.
	// - Trime l'état des flobs.
	//
	// *Source: SFIA 9, fr, fixture/abcd\_fr9.txt*
	//
	// *This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.*
	// unknown format "pdf"; formats: text, md, html, page, json, csv
}
