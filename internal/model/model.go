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
	// LevelSets holds what the inputs say of the levels of
	// responsibility, one entry per language and SFIA version, sorted
	// by language, then newest version first.
	LevelSets []LevelSet `json:"level_sets,omitempty"`
	// AttributeSets holds the SFIA 9 attributes (and any later
	// version's), one entry per language and version, sorted like
	// LevelSets.
	AttributeSets []AttributeSet `json:"attribute_sets,omitempty"`
}

// A LevelSet is the levels of responsibility in one language and SFIA
// version, from one input: SFIA 8's levels-of-responsibility sheet
// (autonomy, influence, complexity, business skills, knowledge) or
// SFIA 9's levels table (guiding phrase and essence).
type LevelSet struct {
	Language string `json:"language"`
	Version  int    `json:"version"`
	// Source is the input file, a slash path from the module root.
	Source string `json:"source"`
	// Levels holds levels 1 to 7 at index 0 to 6.
	Levels [7]LevelInfo `json:"levels"`
}

// A LevelInfo is what one input says of one level of responsibility. A
// text the input does not give is "".
type LevelInfo struct {
	// GuidingPhrase is the level's guiding words ("Follow"), and Essence
	// its essence statement without the "Essence of the level: " prefix
	// (SFIA 9).
	GuidingPhrase string `json:"guiding_phrase,omitempty"`
	Essence       string `json:"essence,omitempty"`
	// The generic attributes of the level (SFIA 8).
	Autonomy       string `json:"autonomy,omitempty"`
	Influence      string `json:"influence,omitempty"`
	Complexity     string `json:"complexity,omitempty"`
	BusinessSkills string `json:"business_skills,omitempty"`
	Knowledge      string `json:"knowledge,omitempty"`
	// Where is where in Source the level's texts are: "Levels!B3" in a
	// workbook, "3:5" (line:column) in a CSV file; "" when unknown.
	Where string `json:"where,omitempty"`
}

// An AttributeSet is the generic attributes (SFIA 9: 16 of them) in one
// language and version, from one input.
type AttributeSet struct {
	Language string `json:"language"`
	Version  int    `json:"version"`
	Source   string `json:"source"`
	// Attributes are in the input's order.
	Attributes []Attribute `json:"attributes"`
}

// An Attribute is one generic attribute: AUTO (Autonomy), COLL
// (Collaboration), ...
type Attribute struct {
	Code string `json:"code"`
	URL  string `json:"url,omitempty"`
	Name string `json:"name"`
	// Type is "Attributes" or "Business skills/Behavioural factors", as
	// the input says.
	Type        string   `json:"type"`
	Description string   `json:"description"`
	Guidance    []string `json:"guidance,omitempty"`
	// Levels holds the attribute's description at levels 1 to 7, at
	// index 0 to 6; "" where the input gives none.
	Levels [7]string `json:"levels"`
	// Where is the attribute's row in Source ("Attributes!5", "5").
	Where string `json:"where,omitempty"`
}

// A Language is what a language profile says of a language that renderers
// need too.
type Language struct {
	Tag       string `json:"tag"`        // canonical BCP 47 tag
	Name      string `json:"name"`       // English name
	Script    string `json:"script"`     // ISO 15924 code
	Direction string `json:"direction"`  // "ltr" or "rtl"
	LevelWord string `json:"level_word"` // the word for "level" in headings
	// Source is the language's profile, a slash path from the module
	// root ("seeds/languages/it.txt"); "" for a language only tables
	// give, which has none.
	Source string `json:"source,omitempty"`
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
	// Where is where in Source the translation is, for an input that
	// holds more than one (a spreadsheet row: "Skills!12" in a
	// workbook, "12" in a CSV file); "" for a page copy.
	Where string `json:"where,omitempty"`
	// URL is the skill's page on the SFIA site, where the input gives it.
	URL string `json:"url,omitempty"`
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
	// RevisionNotes are what a whole-page copy says changed in this
	// version of the skill, one note per element; kept apart from the
	// skill's texts.
	RevisionNotes []string `json:"revision_notes,omitempty"`
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
	// Where is where in the translation's Source the level's text is,
	// where the input says ("Skills!P12", "12:240"); "" for a page copy.
	Where string `json:"where,omitempty"`
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
