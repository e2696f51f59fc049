package sfia

import "golang.org/x/text/language"

// languageInfo is what the seeds' language profiles say of one language.
// The generator fills languageInfos, in languageLangs order, in
// framework_gen.go.
type languageInfo struct {
	name      string // English name
	script    string // ISO 15924
	direction string // "ltr" or "rtl"
	levelWord string // the word for "level" in the seed pages' headings
}

func infoFor(tag language.Tag) (*languageInfo, bool) {
	i := languageLangs.Index(tag)
	if i < 0 {
		return nil, false
	}
	return &languageInfos[i], true
}

// Direction returns the writing direction of the seed language that
// matches tag: "rtl" for Arabic, "ltr" for the others and for a language
// no seed is in. Renderers put it in HTML's dir attribute.
func Direction(tag language.Tag) string {
	if info, ok := infoFor(tag); ok {
		return info.direction
	}
	return "ltr"
}

// LevelWord returns the word the seed pages in the language that matches
// tag use for "level" in their headings ("Livello", "Уровень"), or
// "Level" for a language no seed is in.
func LevelWord(tag language.Tag) string {
	if info, ok := infoFor(tag); ok {
		return info.levelWord
	}
	return "Level"
}

// LanguageName returns the English name of the seed language that matches
// tag ("Italian"), or "" for a language no seed is in.
func LanguageName(tag language.Tag) string {
	if info, ok := infoFor(tag); ok {
		return info.name
	}
	return ""
}
