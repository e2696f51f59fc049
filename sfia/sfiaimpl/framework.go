package sfiaimpl

import (
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// A Framework is the generated table of the framework texts that a set of
// inputs gives, by language. *Framework implements sfia.Framework; the
// generated registry package declares one.
type Framework struct {
	// Langs are the languages of Texts, each once, sorted by tag.
	Langs Languages
	// Texts holds, for each language in Langs order, its texts.
	Texts []*FrameworkText
}

// A FrameworkText is what the inputs in one language give of the
// framework's own texts, each with the SFIA version and the input it
// comes from. A text no input gives is "".
type FrameworkText struct {
	// GuidingWords and Essences hold levels 1 to 7 at index 0 to 6.
	GuidingWords, Essences [7]string
	EssenceVersion         sfia.Version
	EssenceSource          string
	// LowerHelp and HigherHelp explain why levels below and above those
	// a skill defines are not defined.
	LowerHelp, HigherHelp string
	HelpVersion           sfia.Version
	HelpSource            string
}

// Languages returns the languages of the framework texts, sorted by tag.
func (f *Framework) Languages() []language.Tag {
	out := make([]language.Tag, f.Langs.Len())
	for i := range out {
		out[i] = f.Langs.Tag(i)
	}
	return out
}

func (f *Framework) text(tag language.Tag) (*FrameworkText, language.Tag, bool) {
	i, ok := f.Langs.Lookup(tag)
	if !ok {
		i = f.Langs.Index(tag)
	}
	if i < 0 {
		return nil, language.Tag{}, false
	}
	return f.Texts[i], f.Langs.Tag(i), true
}

// GuidingWords returns level l's guiding words in the language that
// matches tag, where an input gives them; see sfia.Framework.
func (f *Framework) GuidingWords(l sfia.Level, tag language.Tag) (sfia.Text, bool) {
	if !l.Valid() {
		return sfia.Text{}, false
	}
	t, lang, ok := f.text(tag)
	if !ok || t.GuidingWords[l-1] == "" {
		return sfia.Text{}, false
	}
	return sfia.Text{Value: t.GuidingWords[l-1], Language: lang, Version: t.EssenceVersion, Source: t.EssenceSource}, true
}

// Essence returns level l's essence in the language that matches tag,
// where an input gives it; see sfia.Framework.
func (f *Framework) Essence(l sfia.Level, tag language.Tag) (sfia.Text, bool) {
	if !l.Valid() {
		return sfia.Text{}, false
	}
	t, lang, ok := f.text(tag)
	if !ok || t.Essences[l-1] == "" {
		return sfia.Text{}, false
	}
	return sfia.Text{Value: t.Essences[l-1], Language: lang, Version: t.EssenceVersion, Source: t.EssenceSource}, true
}

// UndefinedLevelsHelp returns the help on undefined levels in the
// language that matches tag; see sfia.Framework. Either text may be
// empty where the input gives only the other.
func (f *Framework) UndefinedLevelsHelp(tag language.Tag) (lower, higher sfia.Text, ok bool) {
	t, lang, found := f.text(tag)
	if !found || (t.LowerHelp == "" && t.HigherHelp == "") {
		return sfia.Text{}, sfia.Text{}, false
	}
	mk := func(s string) sfia.Text {
		if s == "" {
			return sfia.Text{}
		}
		return sfia.Text{Value: s, Language: lang, Version: t.HelpVersion, Source: t.HelpSource}
	}
	return mk(t.LowerHelp), mk(t.HigherHelp), true
}
