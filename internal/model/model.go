// Package model is the typed form of the seed corpus: what the parser
// reads from the seeds and the generator writes out as Go tables. It holds
// data only; every text in it is clean (NFC, single spaces, no
// non-breaking or trailing spaces).
package model

// A Corpus is everything read from one seeds folder.
type Corpus struct {
	// Source is the seeds folder, as a slash path from the root of the
	// module the output goes into ("seeds"); every Source below starts
	// with it.
	Source string `json:"source"`
	// Skills are sorted by code.
	Skills []Skill `json:"skills"`
	// Framework holds the framework texts the seeds give, one entry per
	// language, sorted by language tag.
	Framework []Framework `json:"framework"`
	// Languages describes every language a seed is in, sorted by tag.
	Languages []Language `json:"languages"`
}

// A Language is what a language profile says of a language that renderers
// need too.
type Language struct {
	Tag       string `json:"tag"`        // canonical BCP 47 tag
	Name      string `json:"name"`       // English name
	Script    string `json:"script"`     // ISO 15924 code
	Direction string `json:"direction"`  // "ltr" or "rtl"
	LevelWord string `json:"level_word"` // the word for "level" in headings
}

// A Skill is one SFIA skill in every language and version the seeds give.
type Skill struct {
	// Code is the four-letter skill code ("CSMG").
	Code string `json:"code"`
	// Translations are sorted by language tag, then newest version first.
	Translations []Translation `json:"translations"`
}

// A Translation is one seed: a skill in one language and SFIA version.
type Translation struct {
	// Source is the seed file, as a slash path under the seeds folder
	// ("seeds/000_f93c0a31eadc8278.txt").
	Source string `json:"source"`
	// Language is the BCP 47 tag of the text ("it").
	Language string `json:"language"`
	// Version is the SFIA version the text comes from.
	Version int `json:"version"`
	// Name is the skill's name in this language.
	Name string `json:"name"`
	// Description is the skill's overall description (SFIA 6: its
	// definition), as one paragraph.
	Description string `json:"description"`
	// Guidance holds the guidance notes, one paragraph per element; empty
	// where the version has none (SFIA 6).
	Guidance []string `json:"guidance,omitempty"`
	// ActivitiesIntro is the line that introduces Activities ("Activities
	// may include, but are not limited to:").
	ActivitiesIntro string `json:"activities_intro,omitempty"`
	// Activities are the typical activities, one per element.
	Activities []string `json:"activities,omitempty"`
	// Category and Subcategory are the skill's place in the framework, in
	// this language, where the seed names them.
	Category    string `json:"category,omitempty"`
	Subcategory string `json:"subcategory,omitempty"`
	// Levels are the levels the seed has a heading for, sorted by level.
	Levels []Level `json:"levels"`
}

// A Level is what one seed says under one level heading.
type Level struct {
	Level int `json:"level"`
	// Defined reports whether the skill is described at this level.
	Defined bool `json:"defined"`
	// Paragraph is the level's description as one paragraph; "" where the
	// level is not defined.
	Paragraph string `json:"paragraph,omitempty"`
	// Statements are the sentences of Paragraph, in order. Each is a
	// substring of Paragraph, and joined with single spaces they give
	// Paragraph back.
	Statements []string `json:"statements,omitempty"`
	// Note is what the page says in place of a description at a level the
	// skill does not define ("This skill is not normally observed at this
	// level"); "" otherwise.
	Note string `json:"note,omitempty"`
}

// Framework holds the framework texts (not a skill's) that seeds in one
// language show: the levels' guiding words and essences, and the help on
// levels a skill does not define.
type Framework struct {
	Language string `json:"language"`
	// GuidingWords and Essences are indexed by level-1; "" where no seed
	// gives them.
	GuidingWords [7]string `json:"guiding_words"`
	Essences     [7]string `json:"essences"`
	EssenceVer   int       `json:"essence_version,omitempty"`
	EssenceSrc   string    `json:"essence_source,omitempty"`
	// LowerHelp and HigherHelp explain why levels below and above those a
	// skill defines are not defined.
	LowerHelp  string `json:"lower_help,omitempty"`
	HigherHelp string `json:"higher_help,omitempty"`
	HelpVer    int    `json:"help_version,omitempty"`
	HelpSrc    string `json:"help_source,omitempty"`
}
