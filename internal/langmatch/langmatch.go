// Package langmatch matches language tags against the fixed list of
// languages a generated table holds.
//
// A requested tag matches a supported language when the x/text Matcher
// pairs them with a confidence other than No and both have the same base
// language, counting an individual language as its macrolanguage (arb as
// ar). The second rule keeps the promise that a language with no
// seed gets nothing, never another language's text: x/text's CLDR data
// points Belarusian, Kazakh and Tatar at Russian and Galician at Spanish
// with High confidence, because many of their speakers read those; a
// job-description tool must not present Russian text as Belarusian.
// Regional and script variants of a seed language (pt-BR, es-419, ar-EG,
// it-CH) still reach it.
//
// A Set is declared in generated code as a composite literal of tag
// strings, so that declaring it costs nothing at init. The tags are parsed
// and the x/text Matcher is built on first use, once.
package langmatch

import (
	"sync"

	"golang.org/x/text/language"
)

// A Set is a list of supported languages. Its zero value holds none.
// A Set must not be copied after first use.
type Set struct {
	// Tags are the supported languages as BCP 47 strings, in table order.
	// The generator checks that each one parses.
	Tags []string

	once    sync.Once
	parsed  []language.Tag
	bases   []language.Base // of parsed, see baseOf
	matcher language.Matcher
}

// baseOf returns t's base language with individual languages folded into
// their macrolanguage, so that Standard Arabic (arb) counts as Arabic
// (ar) and Norwegian Bokmål (nb) as Norwegian (no).
func baseOf(t language.Tag) language.Base {
	if c, err := language.Macro.Canonicalize(t); err == nil {
		t = c
	}
	b, _ := t.Base()
	return b
}

func (s *Set) init() {
	s.once.Do(func() {
		s.parsed = make([]language.Tag, len(s.Tags))
		s.bases = make([]language.Base, len(s.Tags))
		for i, t := range s.Tags {
			s.parsed[i] = language.Make(t)
			s.bases[i] = baseOf(s.parsed[i])
		}
		s.matcher = language.NewMatcher(s.parsed)
	})
}

// Len reports how many languages the set holds.
func (s *Set) Len() int { return len(s.Tags) }

// Tag returns the i-th supported language.
func (s *Set) Tag(i int) language.Tag {
	s.init()
	return s.parsed[i]
}

// Index returns the index of the supported language that matches tag, or
// -1 when none does (see the package documentation for what matches).
func (s *Set) Index(tag language.Tag) int {
	s.init()
	for i, t := range s.parsed {
		if t == tag {
			return i
		}
	}
	if len(s.parsed) == 0 {
		return -1
	}
	_, i, conf := s.matcher.Match(tag)
	if conf == language.No {
		return -1
	}
	if baseOf(tag) != s.bases[i] {
		return -1
	}
	return i
}

// Best returns the index of the supported language that matches the
// first tag of prefs (most preferred first) that any supported language
// matches, or -1 when none does.
func (s *Set) Best(prefs ...language.Tag) int {
	for _, p := range prefs {
		if i := s.Index(p); i >= 0 {
			return i
		}
	}
	return -1
}
