// Package skilldata is the lookup engine behind every generated skill
// package. A skill package declares one Skill as a composite literal of
// constants (all of a translation's text in one string, and spans into
// it), so that importing it costs nothing at init; its exported API
// forwards to the methods here.
package skilldata

import (
	"github.com/sfiakit/sfiakit/internal/langmatch"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// A Span is the text Text[s[0]:s[1]] of a translation. An array, not a
// struct, so that generated tables can write it as {start, end}.
type Span [2]uint32

// A Level is what one translation says at one level. A level the
// translation does not define has an empty Paragraph.
type Level struct {
	Paragraph  Span
	Statements []Span // the sentences of Paragraph, in order
	Note       Span   // the page's note for an undefined level, if any
}

// A Translation is a skill in one language and SFIA version.
type Translation struct {
	Version sfia.Version
	Source  string // seed file, slash path from the module root
	// Text holds every text of the translation; the spans index into it.
	Text                                                      string
	Name, Description, ActivitiesIntro, Category, Subcategory Span
	Guidance, Activities                                      []Span
	Levels                                                    [7]Level
}

// A Skill is the generated table of one skill. *Skill implements
// sfia.Skill.
type Skill struct {
	SkillCode string
	// DefinedMask has bit l-1 set when some translation defines level l.
	DefinedMask uint8
	// Langs are the translations' languages, each once.
	Langs langmatch.Set
	// Translations holds, for each language in Langs order, its
	// translations, newest SFIA version first. Lookups without a version
	// read the first.
	Translations [][]Translation
}

var _ sfia.Skill = (*Skill)(nil)

func (t *Translation) str(s Span) string { return t.Text[s[0]:s[1]] }

func (t *Translation) strs(spans []Span) []string {
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = t.str(s)
	}
	return out
}

// newest returns the newest translation in the language that matches tag,
// or nil when none does.
func (s *Skill) newest(tag language.Tag) *Translation {
	i := s.Langs.Index(tag)
	if i < 0 {
		return nil
	}
	return &s.Translations[i][0]
}

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

// Languages returns the translations' languages, in table order.
func (s *Skill) Languages() []language.Tag {
	out := make([]language.Tag, s.Langs.Len())
	for i := range out {
		out[i] = s.Langs.Tag(i)
	}
	return out
}

func (s *Skill) level(l sfia.Level, tag language.Tag) (*Translation, *Level) {
	if !l.Valid() {
		return nil, nil
	}
	t := s.newest(tag)
	if t == nil {
		return nil, nil
	}
	return t, &t.Levels[l-1]
}

// Paragraph returns level l's description in the language matching tag,
// or "". It is the hottest lookup, so it reads the language cache inline
// (langmatch.Set.Lookup) and calls the matcher only on a miss.
func (s *Skill) Paragraph(l sfia.Level, tag language.Tag) string {
	if !l.Valid() {
		return ""
	}
	i, ok := s.Langs.Lookup(tag)
	if !ok {
		i = s.Langs.Index(tag)
	}
	if i < 0 {
		return ""
	}
	t := &s.Translations[i][0]
	return t.str(t.Levels[l-1].Paragraph)
}

// Statements returns level l's sentences in the language matching tag,
// or nil. It allocates the slice; the strings share the table's memory.
func (s *Skill) Statements(l sfia.Level, tag language.Tag) []string {
	t, lv := s.level(l, tag)
	if t == nil {
		return nil
	}
	return t.strs(lv.Statements)
}

// Note returns the page's note for level l in the language matching tag
// where the skill is not defined at l and the page gives one, or "".
func (s *Skill) Note(l sfia.Level, tag language.Tag) string {
	t, lv := s.level(l, tag)
	if t == nil {
		return ""
	}
	return t.str(lv.Note)
}

// LevelText returns level l's description in the language that best
// matches prefs, with its language, version and source. It reports false
// when no language matches or the matched translation does not define l.
func (s *Skill) LevelText(l sfia.Level, prefs ...language.Tag) (sfia.Text, bool) {
	if !l.Valid() {
		return sfia.Text{}, false
	}
	i := s.Langs.Best(prefs...)
	if i < 0 {
		return sfia.Text{}, false
	}
	t := &s.Translations[i][0]
	p := t.Levels[l-1].Paragraph
	if p[1] == p[0] {
		return sfia.Text{}, false
	}
	return sfia.Text{Value: t.str(p), Language: s.Langs.Tag(i), Version: t.Version, Source: t.Source}, true
}

// Field selects one text of a translation.
type Field int

// The fields Get and GetText read.
const (
	Name Field = iota
	Description
	ActivitiesIntro
	Category
	Subcategory
)

func (t *Translation) field(f Field) Span {
	switch f {
	case Name:
		return t.Name
	case Description:
		return t.Description
	case ActivitiesIntro:
		return t.ActivitiesIntro
	case Category:
		return t.Category
	case Subcategory:
		return t.Subcategory
	}
	return Span{}
}

// Get returns field f in the language matching tag, or "".
func (s *Skill) Get(f Field, tag language.Tag) string {
	t := s.newest(tag)
	if t == nil {
		return ""
	}
	return t.str(t.field(f))
}

// GetText returns field f in the language that best matches prefs, with
// its language, version and source; false where no language matches or
// the matched translation does not give the field.
func (s *Skill) GetText(f Field, prefs ...language.Tag) (sfia.Text, bool) {
	i := s.Langs.Best(prefs...)
	if i < 0 {
		return sfia.Text{}, false
	}
	t := &s.Translations[i][0]
	v := t.str(t.field(f))
	if v == "" {
		return sfia.Text{}, false
	}
	return sfia.Text{Value: v, Language: s.Langs.Tag(i), Version: t.Version, Source: t.Source}, true
}

// Guidance returns the guidance notes' paragraphs in the language
// matching tag, or nil.
func (s *Skill) Guidance(tag language.Tag) []string {
	if t := s.newest(tag); t != nil {
		return t.strs(t.Guidance)
	}
	return nil
}

// Activities returns the typical activities in the language matching tag,
// or nil.
func (s *Skill) Activities(tag language.Tag) []string {
	if t := s.newest(tag); t != nil {
		return t.strs(t.Activities)
	}
	return nil
}

// Version returns the SFIA version of the translation matching tag, or 0.
func (s *Skill) Version(tag language.Tag) sfia.Version {
	if t := s.newest(tag); t != nil {
		return t.Version
	}
	return 0
}

// Source returns the seed file of the translation matching tag, or "".
func (s *Skill) Source(tag language.Tag) string {
	if t := s.newest(tag); t != nil {
		return t.Source
	}
	return ""
}

// Code returns the skill code.
func (s *Skill) Code() string { return s.SkillCode }

// Versions returns the SFIA versions of the translations in the language
// that matches tag, newest first, or nil.
func (s *Skill) Versions(tag language.Tag) []sfia.Version {
	i := s.Langs.Index(tag)
	if i < 0 {
		return nil
	}
	out := make([]sfia.Version, len(s.Translations[i]))
	for j := range s.Translations[i] {
		out[j] = s.Translations[i][j].Version
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
	for j := range s.Translations[i] {
		t := &s.Translations[i][j]
		if v == 0 || t.Version == v {
			return t.export(s.SkillCode, s.Langs.Tag(i)), true
		}
	}
	return sfia.Translation{}, false
}

// export copies the translation's spans out as an sfia.Translation.
func (t *Translation) export(code string, tag language.Tag) sfia.Translation {
	out := sfia.Translation{
		Code:            code,
		Language:        tag,
		Version:         t.Version,
		Source:          t.Source,
		Name:            t.str(t.Name),
		Description:     t.str(t.Description),
		Guidance:        t.strs(t.Guidance),
		ActivitiesIntro: t.str(t.ActivitiesIntro),
		Activities:      t.strs(t.Activities),
		Category:        t.str(t.Category),
		Subcategory:     t.str(t.Subcategory),
	}
	for i := range t.Levels {
		lv := &t.Levels[i]
		defined := lv.Paragraph[1] > lv.Paragraph[0]
		if !defined && lv.Note[1] == lv.Note[0] {
			continue
		}
		out.Levels = append(out.Levels, sfia.LevelText{
			Level:       sfia.Level(i + 1),
			Defined:     defined,
			Description: t.str(lv.Paragraph),
			Statements:  t.strs(lv.Statements),
			Note:        t.str(lv.Note),
		})
	}
	return out
}
