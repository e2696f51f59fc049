package sfiaimpl

import (
	"slices"

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

	// LevelLangs are the languages of LevelSets, each once, sorted.
	LevelLangs Languages
	// LevelSets holds, for each language in LevelLangs order, its level
	// sets, newest SFIA version first.
	LevelSets [][]*LevelSet
	// AttributeLangs and AttributeSets are the same for the attributes.
	AttributeLangs Languages
	AttributeSets  [][]*AttributeSet
}

// A LevelSet is the levels of responsibility in one language and SFIA
// version, from one input (GenVersion 2).
type LevelSet struct {
	Version sfia.Version
	Levels  [7]LevelInfo
}

// A LevelInfo is what one input says of one level; "" where it says
// nothing.
type LevelInfo struct {
	// Source is the input file and where in it the level is.
	Source                                                     string
	GuidingPhrase, Essence                                     string
	Autonomy, Influence, Complexity, BusinessSkills, Knowledge string
}

// An AttributeSet is the generic attributes in one language and SFIA
// version, from one input (GenVersion 2).
type AttributeSet struct {
	Version    sfia.Version
	Attributes []Attribute
}

// An Attribute is one generic attribute.
type Attribute struct {
	// Source is the input file and the attribute's row in it.
	Source                             string
	Code, URL, Name, Type, Description string
	Guidance                           []string
	Levels                             [7]string
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

// Languages returns the languages of the framework texts, sorted by tag:
// those of the page texts, the level sets and the attribute sets, each
// once.
func (f *Framework) Languages() []language.Tag {
	tags := slices.Concat(f.Langs.Tags, f.LevelLangs.Tags, f.AttributeLangs.Tags)
	slices.Sort(tags)
	tags = slices.Compact(tags)
	out := make([]language.Tag, len(tags))
	for i, t := range tags {
		out[i] = language.Make(t)
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
// matches tag, where an input gives them; see sfia.Framework. Where both
// a page and a level set give them, the newer SFIA version's answer,
// and the page's for the same version.
func (f *Framework) GuidingWords(l sfia.Level, tag language.Tag) (sfia.Text, bool) {
	return f.levelText(l, tag,
		func(t *FrameworkText) *[7]string { return &t.GuidingWords },
		func(li *LevelInfo) string { return li.GuidingPhrase })
}

// Essence returns level l's essence in the language that matches tag,
// where an input gives it; see sfia.Framework. It chooses between a page
// and a level set as GuidingWords does.
func (f *Framework) Essence(l sfia.Level, tag language.Tag) (sfia.Text, bool) {
	return f.levelText(l, tag,
		func(t *FrameworkText) *[7]string { return &t.Essences },
		func(li *LevelInfo) string { return li.Essence })
}

// levelText is GuidingWords and Essence: level l's text in the language
// that matches tag, from the page texts (page) or a level set (set),
// whichever is of the newer SFIA version, the page's for the same one.
func (f *Framework) levelText(l sfia.Level, tag language.Tag, page func(*FrameworkText) *[7]string, set func(*LevelInfo) string) (sfia.Text, bool) {
	if !l.Valid() {
		return sfia.Text{}, false
	}
	fromSet, setOK := f.fromLevelSet(l, tag, set)
	t, lang, ok := f.text(tag)
	if !ok || page(t)[l-1] == "" || setOK && fromSet.Version > t.EssenceVersion {
		return fromSet, setOK
	}
	return sfia.Text{Value: page(t)[l-1], Language: lang, Version: t.EssenceVersion, Source: t.EssenceSource}, true
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

// pick returns the set of version v (the newest when v is 0) in the
// language of langs that best matches prefs, with its index, or -1.
func pick[T any](langs *Languages, sets [][]*T, version func(*T) sfia.Version, v sfia.Version, prefs []language.Tag) (*T, int) {
	i := langs.Best(prefs...)
	if i < 0 {
		return nil, -1
	}
	for _, s := range sets[i] {
		if v == 0 || version(s) == v {
			return s, i
		}
	}
	return nil, -1
}

func levelSetVersion(s *LevelSet) sfia.Version         { return s.Version }
func attributeSetVersion(s *AttributeSet) sfia.Version { return s.Version }

// LevelInfo returns what the inputs say of level l in version v (0: the
// newest) in the language that best matches prefs; see sfia.Framework.
func (f *Framework) LevelInfo(l sfia.Level, v sfia.Version, prefs ...language.Tag) (sfia.LevelInfo, bool) {
	if !l.Valid() {
		return sfia.LevelInfo{}, false
	}
	ls, i := pick(&f.LevelLangs, f.LevelSets, levelSetVersion, v, prefs)
	if ls == nil {
		return sfia.LevelInfo{}, false
	}
	lang := f.LevelLangs.Tag(i)
	li := &ls.Levels[l-1]
	out := sfia.LevelInfo{
		Level: l, Language: lang, Version: ls.Version, Source: li.Source,
		GuidingPhrase: li.GuidingPhrase, Essence: li.Essence,
		Autonomy: li.Autonomy, Influence: li.Influence, Complexity: li.Complexity,
		BusinessSkills: li.BusinessSkills, Knowledge: li.Knowledge,
	}
	// The attributes of the same language and version, where there are:
	// counted first, so that the slice is allocated once.
	if j := f.AttributeLangs.Index(lang); j >= 0 {
		for _, as := range f.AttributeSets[j] {
			if as.Version != ls.Version {
				continue
			}
			n := 0
			for k := range as.Attributes {
				if as.Attributes[k].Levels[l-1] != "" {
					n++
				}
			}
			if n == 0 {
				continue
			}
			out.Attributes = make([]sfia.AttributeLevel, 0, n)
			for k := range as.Attributes {
				a := &as.Attributes[k]
				if d := a.Levels[l-1]; d != "" {
					out.Attributes = append(out.Attributes, sfia.AttributeLevel{Code: a.Code, Name: a.Name, Type: a.Type, Description: d})
				}
			}
		}
	}
	return out, true
}

// Attributes returns the generic attributes of version v (0: the newest)
// in the language that best matches prefs; see sfia.Framework.
func (f *Framework) Attributes(v sfia.Version, prefs ...language.Tag) ([]sfia.Attribute, bool) {
	as, i := pick(&f.AttributeLangs, f.AttributeSets, attributeSetVersion, v, prefs)
	if as == nil {
		return nil, false
	}
	lang := f.AttributeLangs.Tag(i)
	out := make([]sfia.Attribute, len(as.Attributes))
	for k := range as.Attributes {
		a := &as.Attributes[k]
		out[k] = sfia.Attribute{
			Code: a.Code, Name: a.Name, Type: a.Type, Description: a.Description,
			Guidance: clone(a.Guidance), Levels: a.Levels, URL: a.URL,
			Language: lang, Version: as.Version, Source: a.Source,
		}
	}
	return out, true
}

// fromLevelSet returns a text of level l from the newest level set, in
// the language that matches tag, that gives it: the essence or guiding
// phrase of an input that is a levels table rather than a page.
func (f *Framework) fromLevelSet(l sfia.Level, tag language.Tag, text func(*LevelInfo) string) (sfia.Text, bool) {
	i := f.LevelLangs.Index(tag)
	if i < 0 {
		return sfia.Text{}, false
	}
	for _, ls := range f.LevelSets[i] {
		li := &ls.Levels[l-1]
		if v := text(li); v != "" {
			return sfia.Text{Value: v, Language: f.LevelLangs.Tag(i), Version: ls.Version, Source: li.Source}, true
		}
	}
	return sfia.Text{}, false
}
