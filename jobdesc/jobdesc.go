// Package jobdesc turns SFIA requirements (a skill at a level) into the
// sections of a job description, in any language the skills have, and
// renders them as plain text, Markdown, JSON or CSV; package
// github.com/sfiakit/sfiakit/jobdesc/jobdeschtml renders them as HTML.
//
// A requirement takes any sfia.Skill: the Skill of a package that
// sfiakit's generator wrote, in this module (csmg.Skill) or in yours, or
// a type of your own. A tool checks its requirements, builds a
// Description and renders it:
//
//	reqs := []jobdesc.Requirement{{Skill: csmg.Skill, Level: 4}}
//	d, err := jobdesc.Build(reqs, jobdesc.Options{
//		Languages: []language.Tag{language.Italian},
//		Framework: skills.Framework, // guiding words in the section's language, where it has them
//		LevelInfo: true,             // and each level's essence and generic attributes
//	})
//	if err != nil {
//		// errors a person understands: see Check
//	}
//	d.WriteMarkdown(os.Stdout)
//
// Every rendering carries the SFIA Foundation's acknowledgement and the
// SFIA version, language and source file of each text. The domain rules
// (Check) are exported so that tools can unit-test their own rules on top
// of them.
//
// Each format has its own writer, and a program links only the writers
// it calls: WriteText, WriteMarkdown, WriteJSON and WriteCSV here, with
// no template, reflection or encoding/json; jobdeschtml.Write and
// jobdeschtml.WritePage, the only ones that link html/template. A
// program that takes the format at run time (a -format flag) renders it
// with package github.com/sfiakit/sfiakit/jobdesc/anyformat, and links
// them all. The words every format shares (Section.Heading,
// Section.SourceLine, Section.LevelHeading, LevelInfo.Parts) are
// exported for formats of your own. The package has no init: importing
// it costs a program nothing at start-up.
package jobdesc

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// Acknowledgement is the line the SFIA Foundation asks every publication
// that contains SFIA content to carry. Every rendering ends with it.
const Acknowledgement = "This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation."

// A Requirement is a skill at a level of responsibility.
type Requirement struct {
	Skill sfia.Skill
	Level sfia.Level
}

// String returns "CSMG level 4".
func (r Requirement) String() string {
	code := "<nil skill>"
	if r.Skill != nil {
		code = r.Skill.Code()
	}
	return code + " level " + strconv.Itoa(int(r.Level))
}

// Options say which texts a Description is built from.
type Options struct {
	// Languages is the preference list, most preferred first. Each
	// requirement's text is in the first of them its skill has.
	Languages []language.Tag
	// AllLanguages builds each requirement in every language its skill
	// has, sorted by tag, side by side; Languages is then ignored.
	AllLanguages bool
	// Version pins an SFIA version: only texts of that version are used.
	// 0 takes the newest in each language.
	Version sfia.Version
	// Framework, where set, gives the levels' guiding words in the
	// language of each section where its inputs have them (the registry
	// generated beside the skills has one: skills.Framework). Without
	// it, or where it has none in that language, guiding words are
	// English.
	Framework sfia.Framework
	// LevelInfo adds to each section what Framework says of its level
	// of responsibility in the section's language and SFIA version: the
	// essence and guiding phrase (SFIA 9), the generic attributes
	// autonomy, influence, complexity, business skills and knowledge
	// (SFIA 8), and each attribute's description at that level (SFIA 9),
	// where the framework's inputs give them (Section.LevelInfo). It
	// reads Framework.LevelInfo and Framework.Attributes for the
	// section's version, and Framework.Essence and GuidingWords where
	// the framework has no level set of that language and version (a
	// page copy's essences), and takes only texts of exactly that
	// language and version: never another version's, nor another
	// language's (en for en-US). Where it finds none, the section has no
	// LevelInfo and the description a NoticeNoLevelInfo. It needs
	// Framework: without one, Build returns ErrNoFramework.
	LevelInfo bool
}

// A LevelError says that a requirement's level is not one its skill is
// defined at, or not an SFIA level at all, or, where Language is set,
// that the text chosen for it (in Language, of Version) does not define
// it although another translation of the skill does.
type LevelError struct {
	Code    string       // the skill
	Level   sfia.Level   // the level asked for
	Defined []sfia.Level // the levels the skill (or the text chosen) is defined at
	// Language and Version name the text chosen, where only that text
	// lacks the level; zero where the skill lacks it.
	Language language.Tag
	Version  sfia.Version
}

// Error says which level was asked for and which the skill, or the text
// chosen, defines.
func (e *LevelError) Error() string {
	if !e.Level.Valid() {
		return fmt.Sprintf("%s: level %d is not an SFIA level; levels run from 1 to 7", e.Code, int(e.Level))
	}
	if e.Language != (language.Tag{}) {
		return fmt.Sprintf("%s is not defined at level %d in its %s text of %v; that text defines %s", e.Code, int(e.Level), e.Language, e.Version, levelList(e.Defined))
	}
	return fmt.Sprintf("%s is not defined at level %d; it is defined at %s", e.Code, int(e.Level), levelList(e.Defined))
}

// A LanguageError says that a skill has no text in any of the languages
// asked for.
type LanguageError struct {
	Code  string         // the skill
	Asked []language.Tag // the preference list
	Have  []language.Tag // the languages the skill has
}

// Error says which languages were asked for and which the skill has.
func (e *LanguageError) Error() string {
	asked := make([]string, len(e.Asked))
	for i, t := range e.Asked {
		asked[i] = strconv.Quote(t.String())
	}
	if len(asked) == 0 {
		// An empty preference list: an empty Accept-Language header, say.
		return fmt.Sprintf("no language asked for %s (set Options.Languages, or AllLanguages); languages: %s", e.Code, tagList(e.Have))
	}
	return fmt.Sprintf("no %s text in %s; languages: %s", e.Code, strings.Join(asked, ", "), tagList(e.Have))
}

// A VersionError says that a skill has no text of the pinned SFIA version
// in the language chosen for it.
type VersionError struct {
	Code     string
	Language language.Tag
	Version  sfia.Version   // the version pinned
	Have     []sfia.Version // the versions the skill has in Language
}

// Error says which version was pinned and which the language has.
func (e *VersionError) Error() string {
	have := make([]string, len(e.Have))
	for i, v := range e.Have {
		have[i] = v.String()
	}
	if e.Language == language.Und {
		return fmt.Sprintf("no %v text of %s in any language", e.Version, e.Code)
	}
	return fmt.Sprintf("no %v text of %s in %s; it has %s", e.Version, e.Code, e.Language, strings.Join(have, ", "))
}

// ErrNoRequirements is returned for an empty list of requirements.
var ErrNoRequirements = errors.New("no requirements: name at least one skill and level")

// ErrNilSkill is returned for a requirement without a skill.
var ErrNilSkill = errors.New("a requirement has no skill")

// ErrNoFramework is returned when Options ask for LevelInfo without a
// Framework to read it from.
var ErrNoFramework = errors.New("level information needs the framework texts: set Options.Framework (skills.Framework) with Options.LevelInfo")

// Check applies the domain rules to reqs and returns every problem found,
// joined (errors.Join), or nil: a level outside 1 to 7 or one the skill
// does not define (*LevelError), a skill with no text in any language
// asked for (*LanguageError), or none of the pinned version
// (*VersionError); and Options.LevelInfo without Options.Framework
// (ErrNoFramework). Use errors.As to tell them apart. Mixed SFIA versions
// and missing level information are not errors: Build reports them as
// Notices.
func Check(reqs []Requirement, opts Options) error {
	_, err := build(reqs, opts)
	return err
}

// A Notice is something a reader of a Description should know that does
// not stop it being built.
type Notice struct {
	Kind    string `json:"kind"` // NoticeMixedVersions or NoticeNoLevelInfo
	Message string `json:"message"`
}

// The kinds of Notice.
const (
	// NoticeMixedVersions says that the texts of one description come
	// from different SFIA versions.
	NoticeMixedVersions = "mixed-versions"
	// NoticeNoLevelInfo says that Options.LevelInfo asked for the
	// levels' information and the framework gives none for some
	// sections: it names their languages, versions and levels, so that
	// a reader knows why those sections show none.
	NoticeNoLevelInfo = "no-level-info"
)

// A Description is the requirements of a job description, resolved to
// texts: one Section per requirement and language, in the requirements'
// order (and, side by side, by language).
type Description struct {
	Sections []Section
	Notices  []Notice
}

// A Section is one requirement in one language.
type Section struct {
	Code        string
	Name        string
	Category    string // where the skill's source names it
	Subcategory string
	Level       sfia.Level
	// LevelWord is the word for "level" in Language ("Livello"), or
	// "Level" where the skill's inputs do not say.
	LevelWord string
	// GuidingWords are the level's guiding words in Language where
	// Options.Framework gives them (Russian), else in English;
	// GuidingLang says which.
	GuidingWords string
	GuidingLang  language.Tag
	Description  string
	Statements   []string
	Language     language.Tag
	Direction    string // "rtl" where the translation says so, else "ltr"
	Version      sfia.Version
	Source       string // the input the texts come from (sfia.Translation.Source)
	// Group numbers the requirement the section belongs to (0, 1, ...):
	// side by side, the sections of one requirement share it.
	Group int
	// LevelInfo is what the framework says of Level in Language and
	// Version, where Options.LevelInfo asked for it and the framework
	// gives any; nil otherwise. Its guiding phrase, where it has one,
	// is also the section's GuidingWords.
	LevelInfo *LevelInfo
}

// A LevelInfo is what the framework's inputs say of one level of
// responsibility, in a section's language and SFIA version. A text they
// do not give is "".
type LevelInfo struct {
	// Source is where the level's texts come from: the input file, and
	// the level's place in it where the input says
	// ("seeds/levels_fr.csv:3:5"); "" where only Attributes are given.
	Source string `json:"source,omitempty"`
	// GuidingPhrase ("Enable" for level 4) and Essence, the essence
	// statement, are SFIA 9's, or a page copy's.
	GuidingPhrase string `json:"guiding_phrase,omitempty"`
	Essence       string `json:"essence,omitempty"`
	// Autonomy, Influence, Complexity, BusinessSkills and Knowledge are
	// the level's generic attributes as SFIA 8 gives them.
	Autonomy       string `json:"autonomy,omitempty"`
	Influence      string `json:"influence,omitempty"`
	Complexity     string `json:"complexity,omitempty"`
	BusinessSkills string `json:"business_skills,omitempty"`
	Knowledge      string `json:"knowledge,omitempty"`
	// Attributes holds SFIA 9's attributes that have a description at
	// this level, in the inputs' order.
	Attributes []AttributeLevel `json:"attributes,omitempty"`
}

// An AttributeLevel is one generic attribute's description at one level.
type AttributeLevel struct {
	Code string `json:"code"` // "AUTO"
	Name string `json:"name"` // in the section's language
	// Type is the attribute's type as the input says ("Attributes").
	Type        string `json:"type,omitempty"`
	Description string `json:"description"`
	// Source is the input file and the attribute's row in it.
	Source string `json:"source"`
}

// Build checks reqs (see Check) and resolves them to a Description.
func Build(reqs []Requirement, opts Options) (*Description, error) {
	return build(reqs, opts)
}

func build(reqs []Requirement, opts Options) (*Description, error) {
	if len(reqs) == 0 {
		return nil, ErrNoRequirements
	}
	var errs []error
	if opts.LevelInfo && opts.Framework == nil {
		errs = append(errs, ErrNoFramework)
	}
	d := &Description{}
	for g, r := range reqs {
		if r.Skill == nil {
			errs = append(errs, ErrNilSkill)
			continue
		}
		if !r.Level.Valid() || !r.Skill.Defined(r.Level) {
			errs = append(errs, &LevelError{Code: r.Skill.Code(), Level: r.Level, Defined: r.Skill.Levels()})
			continue
		}
		var trs []sfia.Translation
		if opts.AllLanguages {
			for _, tag := range r.Skill.Languages() {
				if tr, ok := r.Skill.Translation(opts.Version, tag); ok {
					trs = append(trs, tr)
				}
			}
			if len(trs) == 0 {
				errs = append(errs, &VersionError{Code: r.Skill.Code(), Language: language.Und, Version: opts.Version})
				continue
			}
		} else {
			tr, ok := r.Skill.Translation(opts.Version, opts.Languages...)
			if !ok {
				newest, found := r.Skill.Translation(0, opts.Languages...)
				if !found {
					errs = append(errs, &LanguageError{Code: r.Skill.Code(), Asked: opts.Languages, Have: r.Skill.Languages()})
				} else {
					errs = append(errs, &VersionError{Code: r.Skill.Code(), Language: newest.Language, Version: opts.Version, Have: r.Skill.Versions(newest.Language)})
				}
				continue
			}
			trs = append(trs, tr)
		}
		for _, tr := range trs {
			lt, ok := tr.Level(r.Level)
			if !ok || !lt.Defined {
				errs = append(errs, &LevelError{Code: r.Skill.Code(), Level: r.Level, Defined: definedIn(tr), Language: tr.Language, Version: tr.Version})
				continue
			}
			d.Sections = append(d.Sections, section(g, r, tr, lt, opts))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if n := mixedVersions(d.Sections); n != nil {
		d.Notices = append(d.Notices, *n)
	}
	if opts.LevelInfo {
		if n := noLevelInfo(d.Sections); n != nil {
			d.Notices = append(d.Notices, *n)
		}
	}
	return d, nil
}

func section(group int, r Requirement, tr sfia.Translation, lt sfia.LevelText, opts Options) Section {
	fw := opts.Framework
	s := Section{
		Code:        tr.Code,
		Name:        tr.Name,
		Category:    tr.Category,
		Subcategory: tr.Subcategory,
		Level:       r.Level,
		LevelWord:   tr.LevelWord,
		Description: lt.Description,
		Statements:  lt.Statements,
		Language:    tr.Language,
		Direction:   tr.Direction,
		Version:     tr.Version,
		Source:      tr.Source,
		Group:       group,
	}
	if s.LevelWord == "" {
		s.LevelWord = "Level"
	}
	if s.Direction != "rtl" {
		s.Direction = "ltr"
	}
	s.GuidingWords, s.GuidingLang = r.Level.GuidingWords(), language.English
	if fw != nil && tr.Language != language.English {
		if w, ok := fw.GuidingWords(r.Level, tr.Language); ok && w.Language == tr.Language {
			s.GuidingWords, s.GuidingLang = w.Value, w.Language
		}
	}
	if opts.LevelInfo && fw != nil {
		s.LevelInfo = levelInfo(fw, r.Level, tr.Language, tr.Version)
		if s.LevelInfo != nil && s.LevelInfo.GuidingPhrase != "" {
			// The guiding phrase of the section's own version.
			s.GuidingWords, s.GuidingLang = s.LevelInfo.GuidingPhrase, tr.Language
		}
	}
	return s
}

// levelInfo returns what fw says of level l in exactly language lang and
// version v, or nil where it says nothing.
func levelInfo(fw sfia.Framework, l sfia.Level, lang language.Tag, v sfia.Version) *LevelInfo {
	var out LevelInfo
	if li, ok := fw.LevelInfo(l, v, lang); ok && li.Language == lang && li.Version == v {
		out = LevelInfo{
			Source:        li.Source,
			GuidingPhrase: li.GuidingPhrase, Essence: li.Essence,
			Autonomy: li.Autonomy, Influence: li.Influence, Complexity: li.Complexity,
			BusinessSkills: li.BusinessSkills, Knowledge: li.Knowledge,
		}
	} else {
		// No level set of that language and version: a page copy may
		// still give the essences and guiding words of that version.
		// Both come from one input, so that Source names it.
		if t, ok := fw.Essence(l, lang); ok && t.Language == lang && t.Version == v {
			out.Essence, out.Source = t.Value, t.Source
		}
		if t, ok := fw.GuidingWords(l, lang); ok && t.Language == lang && t.Version == v &&
			(out.Source == "" || t.Source == out.Source) {
			out.GuidingPhrase, out.Source = t.Value, t.Source
		}
	}
	if out.Source != "" && out.GuidingPhrase == "" && out.Essence == "" && out.Autonomy == "" && out.Influence == "" &&
		out.Complexity == "" && out.BusinessSkills == "" && out.Knowledge == "" {
		out.Source = "" // a level set that says nothing of this level
	}
	// The attributes, from Attributes rather than LevelInfo, which does
	// not say where each comes from.
	if attrs, ok := fw.Attributes(v, lang); ok {
		for _, a := range attrs {
			if a.Language != lang || a.Version != v || !l.Valid() || a.Levels[l-1] == "" {
				continue
			}
			out.Attributes = append(out.Attributes, AttributeLevel{
				Code: a.Code, Name: a.Name, Type: a.Type, Description: a.Levels[l-1], Source: a.Source,
			})
		}
	}
	if out.Source == "" && len(out.Attributes) == 0 {
		return nil
	}
	return &out
}

// definedIn returns the levels tr defines, in order.
func definedIn(tr sfia.Translation) []sfia.Level {
	var out []sfia.Level
	for _, lt := range tr.Levels {
		if lt.Defined {
			out = append(out, lt.Level)
		}
	}
	return out
}

// mixedVersions returns a notice when the sections' texts come from more
// than one SFIA version.
func mixedVersions(sections []Section) *Notice {
	byVersion := map[sfia.Version][]string{}
	for _, s := range sections {
		l := s.Language.String()
		if !slices.Contains(byVersion[s.Version], l) {
			byVersion[s.Version] = append(byVersion[s.Version], l)
		}
	}
	if len(byVersion) < 2 {
		return nil
	}
	versions := make([]sfia.Version, 0, len(byVersion))
	for v := range byVersion {
		versions = append(versions, v)
	}
	slices.Sort(versions)
	parts := make([]string, len(versions))
	for i, v := range versions {
		langs := byVersion[v]
		slices.Sort(langs)
		parts[i] = fmt.Sprintf("%v (%s)", v, strings.Join(langs, ", "))
	}
	return &Notice{
		Kind:    NoticeMixedVersions,
		Message: "The texts in this description come from different SFIA versions: " + strings.Join(parts, "; ") + ". They are not translations of one text.",
	}
}

// noLevelInfo returns a notice naming the languages, versions and levels
// of the sections that have no LevelInfo, or nil where all have.
func noLevelInfo(sections []Section) *Notice {
	type key struct {
		lang    string
		version sfia.Version
	}
	var keys []key
	levels := map[key][]sfia.Level{}
	for _, s := range sections {
		if s.LevelInfo != nil {
			continue
		}
		k := key{s.Language.String(), s.Version}
		if _, seen := levels[k]; !seen {
			keys = append(keys, k)
		}
		if !slices.Contains(levels[k], s.Level) {
			levels[k] = append(levels[k], s.Level)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.lang, b.lang); c != 0 {
			return c
		}
		return int(b.version) - int(a.version)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		ls := levels[k]
		slices.Sort(ls)
		parts[i] = fmt.Sprintf("%s %v at %s", k.lang, k.version, levelList(ls))
	}
	return &Notice{
		Kind:    NoticeNoLevelInfo,
		Message: "No level information for " + strings.Join(parts, "; ") + ": the framework texts give none in that language and version.",
	}
}

// levelList writes levels as "levels 1–6" or "levels 1–3, 5" or "level 4".
func levelList(levels []sfia.Level) string {
	if len(levels) == 0 {
		return "no level"
	}
	var parts []string
	for i := 0; i < len(levels); {
		j := i
		for j+1 < len(levels) && levels[j+1] == levels[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", levels[i], levels[j]))
		} else {
			parts = append(parts, strconv.Itoa(int(levels[i])))
		}
		i = j + 1
	}
	word := "levels "
	if len(levels) == 1 {
		word = "level "
	}
	return word + strings.Join(parts, ", ")
}

func tagList(tags []language.Tag) string {
	s := make([]string, len(tags))
	for i, t := range tags {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
