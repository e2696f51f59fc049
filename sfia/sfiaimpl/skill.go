package sfiaimpl

import (
	"github.com/sfiakit/sfiakit/internal/langmatch"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// Languages is the list of languages a table holds, matched against
// requested tags by the rule of package sfia: a requested tag matches a
// language when x/text's matcher pairs them with a confidence other than
// No and both have the same base language (pt-BR reaches pt; Ukrainian
// does not reach Russian, nor Belarusian). Generated code declares it as
//
//	sfiaimpl.Languages{Tags: []string{"ar", "it"}}
//
// with canonical BCP 47 tags; the tags are parsed on first use. A
// Languages must not be copied after first use.
type Languages = langmatch.Set

// A Skill is the generated table of one skill: every translation of it,
// by language and SFIA version. *Skill implements sfia.Skill.
type Skill struct {
	// Code is the skill's code ("CSMG").
	SkillCode string
	// DefinedMask has bit l-1 set when some translation defines level l.
	DefinedMask uint8
	// Langs are the translations' languages, each once, sorted by tag.
	Langs Languages
	// Translations holds, for each language in Langs order, its
	// translations, newest SFIA version first. Lookups without a version
	// read the first.
	Translations [][]*Translation
}

// A Translation is a skill in one language and SFIA version.
type Translation struct {
	Version sfia.Version
	// Source is the input the texts come from, a slash path from the
	// module root.
	Source string
	// LevelWord is the inputs' word for "level" in this language, and
	// Direction its writing direction ("ltr" or "rtl").
	LevelWord, Direction string
	// Where is where in Source the translation is (a spreadsheet row),
	// and URL the skill's page, where the input gives them (GenVersion 2).
	Where, URL string

	Name, Description, ActivitiesIntro, Category, Subcategory string
	Guidance, Activities                                      []string
	// RevisionNotes are what the input says changed in this version of
	// the skill, one note per element; nil where it says nothing
	// (GenVersion 3).
	RevisionNotes []string
	// Levels holds levels 1 to 7 at index 0 to 6.
	Levels [7]LevelText
}

// A LevelText is what one translation says at one level. A level the
// translation does not define has an empty Description.
type LevelText struct {
	// Description is the level's text as one paragraph.
	Description string
	// Breaks holds, for each statement after the first, the byte offset
	// in Description where it starts. Statements are separated by one
	// space, so statement i runs from Breaks[i-1] (0 for the first) to
	// Breaks[i]-1 (the end for the last). Nil for a single statement.
	Breaks []uint16
	// Note is the page's note for an undefined level, if any.
	Note string
	// Source is the input file and where in it the level's text is,
	// where the input says more than the translation's Source (a
	// spreadsheet cell, GenVersion 2); "" otherwise.
	Source string
}

var (
	_ sfia.Skill     = (*Skill)(nil)
	_ sfia.Framework = (*Framework)(nil)
)

// Code returns the skill's code.
func (s *Skill) Code() string { return s.SkillCode }

// Defined reports whether some translation describes the skill at l.
func (s *Skill) Defined(l sfia.Level) bool {
	return l.Valid() && s.DefinedMask&(1<<(l-1)) != 0
}

// Levels returns the levels Defined reports, in order.
func (s *Skill) Levels() []sfia.Level {
	var out []sfia.Level
	for l := sfia.MinLevel; l <= sfia.MaxLevel; l++ {
		if s.Defined(l) {
			out = append(out, l)
		}
	}
	return out
}

// Languages returns the translations' languages, sorted by tag.
func (s *Skill) Languages() []language.Tag {
	out := make([]language.Tag, s.Langs.Len())
	for i := range out {
		out[i] = s.Langs.Tag(i)
	}
	return out
}

// Versions returns the SFIA versions of the translations in the language
// that matches tag, newest first, or nil.
func (s *Skill) Versions(tag language.Tag) []sfia.Version {
	i := s.Langs.Index(tag)
	if i < 0 {
		return nil
	}
	out := make([]sfia.Version, len(s.Translations[i]))
	for j, t := range s.Translations[i] {
		out[j] = t.Version
	}
	return out
}

// Translation returns the translation of version v (the newest when v is
// 0) in the language that matches the first preference any translation
// matches; see sfia.Skill.
func (s *Skill) Translation(v sfia.Version, prefs ...language.Tag) (sfia.Translation, bool) {
	i := s.Langs.Best(prefs...)
	if i < 0 {
		return sfia.Translation{}, false
	}
	for _, t := range s.Translations[i] {
		if v == 0 || t.Version == v {
			return t.export(s.SkillCode, s.Langs.Tag(i)), true
		}
	}
	return sfia.Translation{}, false
}

// Level returns the skill at level n, whatever n is: the value a
// generated package's Level function returns.
func (s *Skill) Level(n int) SkillLevel { return SkillLevel{s: s, l: sfia.Level(n)} }

// SkillLevels returns the skill at each level it is defined at, in order.
func (s *Skill) SkillLevels() []SkillLevel {
	var out []SkillLevel
	for l := sfia.MinLevel; l <= sfia.MaxLevel; l++ {
		if s.Defined(l) {
			out = append(out, SkillLevel{s: s, l: l})
		}
	}
	return out
}

// index returns the index in Langs of the language that matches tag, or
// -1. It reads the language cache inline (Languages.Lookup) and calls
// the matcher only on a miss: it is on every lookup's path.
func (s *Skill) index(tag language.Tag) int {
	i, ok := s.Langs.Lookup(tag)
	if !ok {
		i = s.Langs.Index(tag)
	}
	return i
}

// level returns the newest translation in the language that matches tag
// and its text at l, or nil.
func (s *Skill) level(l sfia.Level, tag language.Tag) (*Translation, *LevelText) {
	if !l.Valid() {
		return nil, nil
	}
	i := s.index(tag)
	if i < 0 {
		return nil, nil
	}
	t := s.Translations[i][0]
	return t, &t.Levels[l-1]
}

// statements splits a level's description at its breaks. It allocates
// the slice only: each string shares the description's memory.
func (lt *LevelText) statements() []string {
	if lt.Description == "" {
		return nil
	}
	out := make([]string, 0, len(lt.Breaks)+1)
	start := 0
	for _, b := range lt.Breaks {
		out = append(out, lt.Description[start:int(b)-1])
		start = int(b)
	}
	return append(out, lt.Description[start:])
}

// export copies the translation out as an sfia.Translation.
func (t *Translation) export(code string, tag language.Tag) sfia.Translation {
	out := sfia.Translation{
		Code:            code,
		Language:        tag,
		Version:         t.Version,
		Source:          t.Source,
		Where:           t.Where,
		URL:             t.URL,
		LevelWord:       t.LevelWord,
		Direction:       t.Direction,
		Name:            t.Name,
		Description:     t.Description,
		Guidance:        clone(t.Guidance),
		ActivitiesIntro: t.ActivitiesIntro,
		Activities:      clone(t.Activities),
		RevisionNotes:   clone(t.RevisionNotes),
		Category:        t.Category,
		Subcategory:     t.Subcategory,
	}
	for i := range t.Levels {
		lt := &t.Levels[i]
		defined := lt.Description != ""
		if !defined && lt.Note == "" {
			continue
		}
		out.Levels = append(out.Levels, sfia.LevelText{
			Level:       sfia.Level(i + 1),
			Defined:     defined,
			Description: lt.Description,
			Statements:  lt.statements(),
			Note:        lt.Note,
			Source:      lt.Source,
		})
	}
	return out
}

// clone returns a copy of ss that the caller owns, or nil for none.
func clone(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return append([]string(nil), ss...)
}

// A SkillLevel is one skill at one level of responsibility: what a
// generated package's Level(n) returns, as in
//
//	csmg.Level(4).Description(language.Italian)
//
// It holds any int as its level. Every method answers for every value: a
// level outside 1 to 7 or one the skill does not define, and a language
// no translation matches, give "", nil or false, never another
// language's text and never a panic. Its zero value is no skill at no
// level and answers the same way.
type SkillLevel struct {
	s *Skill
	l sfia.Level
}

// Level returns the level as a framework level, for its guiding words.
func (sl SkillLevel) Level() sfia.Level { return sl.l }

// Skill returns the skill, or nil for the zero SkillLevel.
func (sl SkillLevel) Skill() sfia.Skill {
	if sl.s == nil {
		return nil
	}
	return sl.s
}

// String returns the skill code and the level: "CSMG Level 4".
func (sl SkillLevel) String() string {
	if sl.s == nil {
		return sl.l.String()
	}
	return sl.s.SkillCode + " " + sl.l.String()
}

// Defined reports whether the skill is described at this level in at
// least one language.
func (sl SkillLevel) Defined() bool { return sl.s != nil && sl.s.Defined(sl.l) }

// Description returns the level's description in the language that
// matches tag, as one paragraph, exactly as in the input (its lines
// joined by single spaces), from the newest SFIA version in that
// language. It returns "" for a level the skill does not define there
// and for a language no translation matches.
func (sl SkillLevel) Description(tag language.Tag) string {
	s := sl.s
	if s == nil || !sl.l.Valid() {
		return ""
	}
	// The hottest lookup: the language cache is read inline (Lookup is
	// small enough to inline) and the matcher called only on a miss.
	i, ok := s.Langs.Lookup(tag)
	if !ok {
		i = s.Langs.Index(tag)
	}
	if i < 0 {
		return ""
	}
	return s.Translations[i][0].Levels[sl.l-1].Description
}

// Statements returns the sentences of Description in order, or nil
// where Description returns "". It allocates the slice, and only the
// slice: each string shares the generated table's memory.
func (sl SkillLevel) Statements(tag language.Tag) []string {
	if sl.s == nil {
		return nil
	}
	_, lt := sl.s.level(sl.l, tag)
	if lt == nil {
		return nil
	}
	return lt.statements()
}

// Text returns the level's description in the language that best
// matches the preference list prefs (most preferred first), with the
// language and SFIA version it is in and its source. It reports false
// when no language matches any preference or the level is not defined
// in the language matched: it does not go on to the next preference.
func (sl SkillLevel) Text(prefs ...language.Tag) (sfia.Text, bool) {
	if sl.s == nil || !sl.l.Valid() {
		return sfia.Text{}, false
	}
	i := sl.s.Langs.Best(prefs...)
	if i < 0 {
		return sfia.Text{}, false
	}
	t := sl.s.Translations[i][0]
	lt := &t.Levels[sl.l-1]
	if lt.Description == "" {
		return sfia.Text{}, false
	}
	src := lt.Source
	if src == "" {
		src = t.Source
	}
	return sfia.Text{Value: lt.Description, Language: sl.s.Langs.Tag(i), Version: t.Version, Source: src}, true
}

// Note returns what the input in the language that matches tag says in
// place of a description at a level the skill does not define ("this
// skill is not normally observed at this level"), or "".
func (sl SkillLevel) Note(tag language.Tag) string {
	if sl.s == nil {
		return ""
	}
	_, lt := sl.s.level(sl.l, tag)
	if lt == nil {
		return ""
	}
	return lt.Note
}

// UpperCode returns code with its ASCII letters in upper case, as the
// generated registry's Lookup compares codes ("csmg" finds CSMG).
func UpperCode(code string) string {
	for i := 0; i < len(code); i++ {
		if c := code[i]; 'a' <= c && c <= 'z' {
			b := []byte(code)
			for j := i; j < len(b); j++ {
				if 'a' <= b[j] && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return code
}
