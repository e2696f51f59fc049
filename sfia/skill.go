package sfia

import "golang.org/x/text/language"

// A Skill is one SFIA skill in every language and SFIA version its seed
// texts give. Every generated skill package exports one as its Skill
// variable (csmg.Skill), so that a tool can handle skills without naming
// each package.
//
// Implementations answer for every argument without panicking and are
// safe for concurrent use.
type Skill interface {
	// Code returns the skill's four-letter code ("CSMG").
	Code() string
	// Levels returns the levels the skill is defined at in at least one
	// translation, in order.
	Levels() []Level
	// Defined reports whether the skill is defined at level l in at least
	// one translation.
	Defined(l Level) bool
	// Languages returns the languages of the skill's translations, sorted
	// by tag.
	Languages() []language.Tag
	// Versions returns the SFIA versions the skill has in the language
	// that matches tag, newest first, or nil when no translation matches.
	Versions(tag language.Tag) []Version
	// Translation returns the skill's texts in the language that matches
	// the first preference in prefs that any translation matches. With
	// v == 0 it returns the newest version in that language; otherwise
	// version v or nothing, never silently another version. It reports
	// false when no language matches or that language has no version v.
	Translation(v Version, prefs ...language.Tag) (Translation, bool)
}

// A Translation is a skill's texts in one language and SFIA version, with
// where they come from. Its slices are the caller's own; its strings share
// the generated tables.
type Translation struct {
	Code     string       // the skill code, "CSMG"
	Language language.Tag // the language the texts are in
	Version  Version      // the SFIA version they come from
	Source   string       // the input file, a slash path from the module root
	// Where is where in Source the translation is, for an input that
	// holds many (a spreadsheet row: "Skills!12", or a CSV line: "12");
	// "" for a page copy.
	Where string
	// URL is the skill's page on the SFIA site, where the input gives it.
	URL string

	// LevelWord is the word the inputs in Language use for "level" in
	// their headings ("Livello"); "" where they do not say.
	LevelWord string
	// Direction is the writing direction of Language, "ltr" or "rtl", as
	// its language profile says.
	Direction string

	Name        string
	Description string // the skill's overall description (SFIA 6: its definition)
	// Guidance holds the guidance notes, one paragraph per element; nil
	// where the version has none.
	Guidance []string
	// ActivitiesIntro introduces Activities ("Activities may include:").
	ActivitiesIntro string
	Activities      []string
	// RevisionNotes are what the input says changed in this version of
	// the skill (a whole-page copy's revision notes), one note per
	// element; nil where it says nothing. They are kept apart from the
	// skill's texts (Description, Guidance, Levels).
	RevisionNotes []string
	// Category and Subcategory name the skill's place in the framework
	// where the seed gives them, in this language; "" otherwise.
	Category, Subcategory string
	// Levels holds every level the seed has text for, in order: the
	// levels it defines, and levels it does not define but gives a note
	// for.
	Levels []LevelText
}

// Level returns the translation's text for level l, and whether it has
// any (a description, or a note for an undefined level).
func (t Translation) Level(l Level) (LevelText, bool) {
	for _, lt := range t.Levels {
		if lt.Level == l {
			return lt, true
		}
	}
	return LevelText{}, false
}

// Text returns v as a Text carrying the translation's language, version
// and source.
func (t Translation) Text(v string) Text {
	return Text{Value: v, Language: t.Language, Version: t.Version, Source: t.Source}
}

// A LevelText is what one translation says at one level.
type LevelText struct {
	Level Level
	// Defined reports whether the skill is described at this level.
	Defined bool
	// Description is the level's description as one paragraph; "" where
	// the level is not defined.
	Description string
	// Statements are the sentences of Description, in order.
	Statements []string
	// Note is what the page says in place of a description at a level the
	// skill does not define; "" otherwise.
	Note string
	// Source is where the level's text comes from when the input says
	// more than the translation's Source: the file and the cell
	// ("seeds/sfia-8_en.xlsx:Skills!P12", "seeds/skills.csv:12:240");
	// "" for a page copy.
	Source string
}

// A Framework holds the framework's own texts, which describe the levels
// of responsibility rather than a skill, in the languages and versions a
// set of generated packages carries them: the levels' guiding words and
// essences, and the help on why a skill is not defined at every level.
// The generator writes one into the registry package it generates
// (skills.Framework); jobdesc.Options take one.
//
// Implementations answer for every argument without panicking and are
// safe for concurrent use.
type Framework interface {
	// Languages returns the languages the framework texts are in, sorted
	// by tag.
	Languages() []language.Tag
	// GuidingWords returns level l's guiding words in the language that
	// matches tag, as the inputs give them ("Выполнять" for level 4 in
	// Russian), with their language, version and source. It reports
	// false for an invalid level and where no input gives them in that
	// language; Level.GuidingWords has the English ones.
	GuidingWords(l Level, tag language.Tag) (Text, bool)
	// Essence returns level l's essence statement, the generic
	// description of what a person at that level does, in the language
	// that matches tag. It reports false for an invalid level and where
	// no input gives it in that language.
	Essence(l Level, tag language.Tag) (Text, bool)
	// UndefinedLevelsHelp returns the explanation of why a skill is not
	// defined at every level: lower explains the levels below the lowest
	// one a skill defines, higher those above its highest. It reports
	// false where no input gives it in the language that matches tag.
	UndefinedLevelsHelp(tag language.Tag) (lower, higher Text, ok bool)
	// LevelInfo returns what the inputs say of level l in SFIA version v
	// (0: the newest the language has) in the language that best
	// matches prefs: SFIA 9's guiding phrase and essence, SFIA 8's
	// autonomy, influence, complexity, business skills and knowledge,
	// with the attributes' descriptions at that level where the inputs
	// give the attributes of the same language and version. It reports
	// false for an invalid level, where no language matches, and where
	// the matched language has no version v: never another version.
	LevelInfo(l Level, v Version, prefs ...language.Tag) (LevelInfo, bool)
	// Attributes returns the generic attributes of SFIA version v (0:
	// the newest) in the language that best matches prefs, in the
	// inputs' order, or false as LevelInfo does. The slice is the
	// caller's own.
	Attributes(v Version, prefs ...language.Tag) ([]Attribute, bool)
}

// A LevelInfo is what the inputs say of one level of responsibility in
// one language and SFIA version. A text the inputs do not give is "".
type LevelInfo struct {
	Level    Level
	Language language.Tag
	Version  Version
	// Source is the input file, and where in it the level is where the
	// input says ("seeds/sfia-9_en_levels.csv:3:5").
	Source string

	// GuidingPhrase ("Enable" for level 4) and Essence, the essence
	// statement, are SFIA 9's.
	GuidingPhrase, Essence string
	// Autonomy, Influence, Complexity, BusinessSkills and Knowledge are
	// the level's generic attributes as SFIA 8 gives them.
	Autonomy, Influence, Complexity, BusinessSkills, Knowledge string
	// Attributes holds, for SFIA 9, each attribute's description at this
	// level, in the inputs' order: the attributes that have one.
	Attributes []AttributeLevel
}

// An AttributeLevel is one attribute's description at one level.
type AttributeLevel struct {
	Code, Name, Type string
	Description      string
}

// An Attribute is one of SFIA 9's generic attributes (AUTO, Autonomy;
// COLL, Collaboration; ...) in one language and version.
type Attribute struct {
	Code, Name string
	// Type is "Attributes" or "Business skills/Behavioural factors", as
	// the input says.
	Type        string
	Description string
	Guidance    []string
	// Levels holds the attribute's description at levels 1 to 7, at
	// index 0 to 6; "" where the input gives none.
	Levels [7]string
	URL    string

	Language language.Tag
	Version  Version
	// Source is the input file and the attribute's row in it.
	Source string
}
