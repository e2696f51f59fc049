package sfiaimpl_test

import (
	"fmt"

	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// This is what the generator writes for a skill, cut down to one
// translation of a made-up skill TOYS: the version guard, the exported
// functions, and the table as a composite literal of constants.

const (
	_ = sfiaimpl.GeneratedCodeIsTooOld_RegenerateIt(1 - sfiaimpl.MinVersion)
	_ = sfiaimpl.SfiakitIsTooOld_UpgradeIt(sfiaimpl.MaxVersion - 1)
)

// Skill is TOYS as an sfia.Skill.
var Skill sfia.Skill = &skill

// Level returns TOYS at level n, for any n.
func Level(n int) sfiaimpl.SkillLevel {
	return skill.Level(n)
}

var skill = sfiaimpl.Skill{
	SkillCode:    "TOYS",
	DefinedMask:  0b0000100, // level 3
	Langs:        sfiaimpl.Languages{Tags: []string{"it"}},
	Translations: [][]*sfiaimpl.Translation{{&it9}},
}

var it9 = sfiaimpl.Translation{
	Version:   9,
	Source:    "seeds/toys_it.txt",
	LevelWord: "Livello",
	Direction: "ltr",
	Name:      "Giocattoli",
	Levels: [7]sfiaimpl.LevelText{
		// level 3
		2: {
			Description: "Monta i trenini. " +
				"Ripara le trottole.",
			Breaks: []uint16{17},
		},
	},
}

func Example() {
	fmt.Println(Level(3).Description(language.MustParse("it-CH")))
	fmt.Printf("%q\n", Level(3).Statements(language.Italian))
	fmt.Println(Level(4).Defined(), Skill.Levels())
	// Output:
	// Monta i trenini. Ripara le trottole.
	// ["Monta i trenini." "Ripara le trottole."]
	// false [Level 3]
}
