package sfia

import (
	"github.com/sfiakit/sfiakit/internal/langmatch"
	"golang.org/x/text/language"
)

// frameworkText is what one seed language gives of the framework's own
// texts. The generator fills frameworkTexts, in frameworkLangs order, in
// framework_gen.go.
type frameworkText struct {
	guidingWords [7]string // per level; "" where no seed gives them
	essences     [7]string // per level; "" where no seed gives them
	essenceVer   Version
	essenceSrc   string
	lowerHelp    string // why lower levels are not defined
	higherHelp   string // why higher levels are not defined
	helpVer      Version
	helpSrc      string
}

var english = langmatch.Set{Tags: []string{"en"}}

func frameworkFor(tag language.Tag) (*frameworkText, language.Tag, bool) {
	i := frameworkLangs.Index(tag)
	if i < 0 {
		return nil, language.Tag{}, false
	}
	return &frameworkTexts[i], frameworkLangs.Tag(i), true
}

// GuidingWordsIn returns the level's guiding words in the language that
// best matches tag: English from the framework, the other languages as
// the seed pages give them (the Russian pages do, as "Уровень 4 -
// Выполнять"). It returns "" for an invalid level or for a language no
// source gives.
func (l Level) GuidingWordsIn(tag language.Tag) string {
	if !l.Valid() {
		return ""
	}
	if english.Index(tag) >= 0 {
		return l.GuidingWords()
	}
	f, _, ok := frameworkFor(tag)
	if !ok {
		return ""
	}
	return f.guidingWords[l-1]
}

// Essence returns the level's essence statement, the generic description
// of what a person at that level does, in the language that best matches
// tag, with its language, SFIA version and source. Essences belong to the
// level, not to a skill: the seed pages show them beside the skill text.
// It reports false for an invalid level or where no seed gives the essence
// in that language.
func (l Level) Essence(tag language.Tag) (Text, bool) {
	if !l.Valid() {
		return Text{}, false
	}
	f, lang, ok := frameworkFor(tag)
	if !ok || f.essences[l-1] == "" {
		return Text{}, false
	}
	return Text{Value: f.essences[l-1], Language: lang, Version: f.essenceVer, Source: f.essenceSrc}, true
}

// UndefinedLevelsHelp returns the framework's explanation of why a skill
// is not defined at every level: lower explains levels below the lowest
// one a skill defines, higher those above its highest. The texts come
// from the seed pages' help in the language that best matches tag; ok is
// false where no seed gives it in that language.
func UndefinedLevelsHelp(tag language.Tag) (lower, higher Text, ok bool) {
	f, lang, ok := frameworkFor(tag)
	if !ok || (f.lowerHelp == "" && f.higherHelp == "") {
		return Text{}, Text{}, false
	}
	mk := func(s string) Text {
		if s == "" {
			return Text{}
		}
		return Text{Value: s, Language: lang, Version: f.helpVer, Source: f.helpSrc}
	}
	return mk(f.lowerHelp), mk(f.higherHelp), true
}
