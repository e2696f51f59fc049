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
//
// # Performance
//
// The Matcher costs about half a microsecond and several allocations a
// call, and it answers a tag the same way every time, so a Set asks it
// once per tag and remembers the answer. A remembered answer is read
// without a lock and without allocating, in a few nanoseconds; Lookup is
// that read alone, small enough for the compiler to inline into a caller.
//
// Most tags a browser sends (it, pt-BR, es-419, en-US, uk, und) have a
// compact index in x/text: one that language.CompactIndex reports as
// exact. x/text gives a tag that index to select language resources,
// translations among them; the index stands for the tag apart from a
// regional override (-u-rg-), which the Matcher ignores
// (TestRegionOverride checks it). Answers for these tags are kept by
// compact index, in an array of language.NumCompactTags atomic integers
// (3 KB) that a Set makes on first use: one load reads one. There are no
// more compact indexes than that, so this cache is bounded without
// evicting.
//
// Any other tag (one with a variant, a -u- key other than rg, a -t- or -x-
// part, or a language and region x/text has no data for) is looked up in
// a short list keyed on the whole language.Tag value, compared with ==.
// A tag not in it goes to the Matcher, and its answer is added to a copy
// of the list that then replaces it (copy on write). The list holds at
// most maxOthers answers and starts again empty when full, so that a
// stream of distinct tags (Accept-Language headers are written by
// clients) cannot make it grow without bound.
//
// TestCacheAgainstMatcher checks the answers against the Matcher for
// several hundred tags and two dozen lists of supported languages.
package langmatch

import (
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// maxOthers is the most answers a Set remembers for tags without a compact
// index: 32 bytes each, 2 KiB in all.
const maxOthers = 64

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

	// byID holds the answers for tags with a compact index, by that
	// index: 0 for not asked yet, else the answer plus 2 (so 1 for none).
	// It is nil until init has run.
	byID atomic.Pointer[[language.NumCompactTags]atomic.Int32]
	// others holds the answers for other tags, in the order asked. It is
	// immutable: a miss replaces it.
	others atomic.Pointer[[]other]
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

// init parses the tags and builds the Matcher and the caches, once.
func (s *Set) init() {
	s.once.Do(func() {
		s.parsed = make([]language.Tag, len(s.Tags))
		s.bases = make([]language.Base, len(s.Tags))
		for i, t := range s.Tags {
			s.parsed[i] = language.Make(t)
			s.bases[i] = baseOf(s.parsed[i])
		}
		s.matcher = language.NewMatcher(s.parsed)
		s.byID.Store(new([language.NumCompactTags]atomic.Int32))
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
//
// A tag with a compact index that the Set has been asked before costs a
// few nanoseconds and no allocation; for the first time and for other
// tags, see the package documentation.
func (s *Set) Index(tag language.Tag) int {
	if i, ok := s.Lookup(tag); ok {
		return i
	}
	return s.slowIndex(tag)
}

// Lookup returns Index(tag) and true when the answer is at hand without
// the Matcher or a call: for a tag with a compact index that the Set has
// been asked before. Otherwise it returns 0 and false. It is small enough
// for the compiler to inline, so that a caller on a hot path can write
//
//	i, ok := s.Lookup(tag)
//	if !ok {
//		i = s.Index(tag)
//	}
//
// and pay for a call only when the answer is not at hand.
func (s *Set) Lookup(tag language.Tag) (int, bool) {
	if id, exact := language.CompactIndex(tag); exact {
		if ids := s.byID.Load(); ids != nil {
			if v := ids[id].Load(); v != 0 {
				return int(v) - 2, true
			}
		}
	}
	return 0, false
}

// slowIndex is Index for a tag not answered before or without a compact
// index. It is kept out of Index so that Index stays small.
func (s *Set) slowIndex(tag language.Tag) int {
	if len(s.Tags) == 0 {
		return -1
	}
	s.init()
	if id, exact := language.CompactIndex(tag); exact {
		v := &s.byID.Load()[id]
		if w := v.Load(); w != 0 {
			return int(w) - 2
		}
		i := s.match(tag)
		// Concurrent callers may both get here; they store the same value.
		v.Store(int32(i) + 2)
		return i
	}
	if i, ok := lookupOther(s.others.Load(), tag); ok {
		return i
	}
	i := s.match(tag)
	s.remember(tag, i)
	return i
}

// match is the rule of the package documentation, without the caches. It
// has no shortcut for a supported tag: the Matcher answers those too, so
// that in a list such as "it-u-rg-chzzzz, it", where the Matcher, which
// ignores extensions, rates both Exact for "it" and picks the first, the
// answer is still the Matcher's.
func (s *Set) match(tag language.Tag) int {
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

// remember adds tag's answer i to the others list, replacing the list
// with a copy that holds it, or with a new list that holds only it when
// the list is full. Concurrent callers retry until their list is the one
// stored or already knows the tag.
func (s *Set) remember(tag language.Tag, i int) {
	id, _ := language.CompactIndex(tag)
	o := other{tag: tag, id: uint16(id), index: int32(i)}
	for {
		old := s.others.Load()
		if _, ok := lookupOther(old, tag); ok {
			return
		}
		var list []other
		if old != nil && len(*old) < maxOthers {
			list = append(make([]other, 0, len(*old)+1), *old...)
		}
		list = append(list, o)
		if s.others.CompareAndSwap(old, &list) {
			return
		}
	}
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

// An other is the answer index for a tag without a compact index. id is
// the compact index of the tag's nearest parent that has one (es for
// es-u-co-trad), shared by many tags: compared first, it spares most
// comparisons of whole tags.
type other struct {
	tag   language.Tag
	id    uint16
	index int32
}

// lookupOther returns the answer for tag in list, which may be nil, and
// true, or false when the list has none.
func lookupOther(list *[]other, tag language.Tag) (int, bool) {
	if list == nil {
		return 0, false
	}
	id, _ := language.CompactIndex(tag)
	for i := range *list {
		if o := &(*list)[i]; o.id == uint16(id) && o.tag == tag {
			return int(o.index), true
		}
	}
	return 0, false
}
