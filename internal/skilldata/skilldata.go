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

// A Skill is the generated table of one skill.
type Skill struct {
	Code string
	// Defined has bit l-1 set when some translation defines level l.
	Defined uint8
	// Langs are the translations' languages; Translations is in the same
	// order.
	Langs        langmatch.Set
	Translations []Translation
}

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

// Translation returns the translation whose language best matches tag,
// or nil when none does.
func (s *Skill) Translation(tag language.Tag) *Translation {
	i := s.Langs.Index(tag)
	if i < 0 {
		return nil
	}
	return &s.Translations[i]
}

// IsDefined reports whether some translation describes the skill at l.
func (s *Skill) IsDefined(l sfia.Level) bool {
	return l.Valid() && s.Defined&(1<<(l-1)) != 0
}

// DefinedLevels returns the levels IsDefined reports, in order.
func (s *Skill) DefinedLevels() []sfia.Level {
	var out []sfia.Level
	for l := sfia.MinLevel; l <= sfia.MaxLevel; l++ {
		if s.IsDefined(l) {
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
	t := s.Translation(tag)
	if t == nil {
		return nil, nil
	}
	return t, &t.Levels[l-1]
}

// Paragraph returns level l's description in the language matching tag,
// or "".
func (s *Skill) Paragraph(l sfia.Level, tag language.Tag) string {
	t, lv := s.level(l, tag)
	if t == nil {
		return ""
	}
	return t.str(lv.Paragraph)
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
	t := &s.Translations[i]
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
	t := s.Translation(tag)
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
	t := &s.Translations[i]
	v := t.str(t.field(f))
	if v == "" {
		return sfia.Text{}, false
	}
	return sfia.Text{Value: v, Language: s.Langs.Tag(i), Version: t.Version, Source: t.Source}, true
}

// Guidance returns the guidance notes' paragraphs in the language
// matching tag, or nil.
func (s *Skill) Guidance(tag language.Tag) []string {
	if t := s.Translation(tag); t != nil {
		return t.strs(t.Guidance)
	}
	return nil
}

// Activities returns the typical activities in the language matching tag,
// or nil.
func (s *Skill) Activities(tag language.Tag) []string {
	if t := s.Translation(tag); t != nil {
		return t.strs(t.Activities)
	}
	return nil
}

// Version returns the SFIA version of the translation matching tag, or 0.
func (s *Skill) Version(tag language.Tag) sfia.Version {
	if t := s.Translation(tag); t != nil {
		return t.Version
	}
	return 0
}

// Source returns the seed file of the translation matching tag, or "".
func (s *Skill) Source(tag language.Tag) string {
	if t := s.Translation(tag); t != nil {
		return t.Source
	}
	return ""
}
