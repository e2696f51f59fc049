package e2e

// This file declares what the answers program prints. The program
// declares the same types: answersProgram copies them from this file,
// after its imports, so the two cannot drift apart.

import (
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// answers is what a generated skill package and its registry answer.
type answers struct {
	Code           string
	Levels         []sfia.Level   // Skill.Levels()
	PkgLevels      []string       // Levels(), each String()
	Languages      []language.Tag // Languages()
	SkillLanguages []language.Tag // Skill.Languages()
	AtLevel        []levelAnswer
	InLanguage     []languageAnswer
	Registry       registryAnswer
	Framework      frameworkAnswer
	JobDesc        string // level 4 in Italian, as Markdown
}

// levelAnswer is what Level(Level) answers in Tag.
type levelAnswer struct {
	Level       int
	Tag         string
	String      string
	SFIALevel   int
	Defined     bool
	Description string
	Statements  []string
	Note        string
	Text        sfia.Text // Text(Tag, English)
	TextOK      bool
}

// languageAnswer is what Skill answers in Tag.
type languageAnswer struct {
	Tag          string
	Versions     []sfia.Version
	Translations []translationAnswer
}

// translationAnswer is Skill.Translation(Version, Tag).
type translationAnswer struct {
	Version     sfia.Version
	OK          bool
	Translation sfia.Translation
}

// registryAnswer is what the registry answers.
type registryAnswer struct {
	Codes      []string
	All        []string // the codes of All()
	LookupCSMG bool     // Lookup("csmg") finds the package's Skill
	LookupNone bool     // Lookup("NONE") finds anything
}

// frameworkAnswer is what the registry's Framework answers.
type frameworkAnswer struct {
	Languages []language.Tag
	ByTag     []frameworkTag
}

// frameworkTag is what Framework answers in Tag, at levels -1 to 8.
type frameworkTag struct {
	Tag           string
	GuidingWords  []textAnswer
	Essences      []textAnswer
	Lower, Higher sfia.Text
	HelpOK        bool
}

// textAnswer is a Text and whether there was one.
type textAnswer struct {
	Text sfia.Text
	OK   bool
}
