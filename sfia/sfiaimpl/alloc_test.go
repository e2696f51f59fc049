package sfiaimpl_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// The allocation tests pin what BENCHMARKS.md reports: once a tag has
// been asked of a table, a lookup allocates nothing, and Statements
// allocates its slice only. testing.AllocsPerRun calls the function once
// before it counts, so on a fresh table that first call is the tag's
// first lookup (the Matcher, and the first parse of the table's
// languages), and the counted calls find the answer remembered.

// allocTags are tags of every kind: the table's own languages, regional
// variants, languages the table lacks, and tags without a compact index
// in x/text, which take the other cache.
var allocTags = []string{"it", "pt", "ru", "pt-BR", "it-CH", "ru-UA", "uk", "be", "en", "und", "es-u-co-trad", "ru-Latn", "x-private"}

func TestDescriptionAllocs(t *testing.T) {
	// A seen tag: asked before AllocsPerRun begins.
	s := newFixture()
	s.Level(4).Description(tagIt)
	if n := testing.AllocsPerRun(100, func() { sinkString = s.Level(4).Description(tagIt) }); n != 0 {
		t.Errorf("Description(it), tag seen, allocates %v times, want 0", n)
	}
	// Unseen, then seen: each tag's first lookup on a fresh table is
	// AllocsPerRun's warm-up call.
	for _, name := range allocTags {
		s := newFixture()
		tag := language.Make(name)
		for _, l := range []int{-1, 0, 1, 4, 7, 9} {
			if n := testing.AllocsPerRun(100, func() { sinkString = s.Level(l).Description(tag) }); n != 0 {
				t.Errorf("Level(%d).Description(%s) allocates %v times, want 0", l, name, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkString = s.Level(l).Note(tag) }); n != 0 {
				t.Errorf("Level(%d).Note(%s) allocates %v times, want 0", l, name, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = s.Level(l).Text(tag) }); n != 0 {
				t.Errorf("Level(%d).Text(%s) allocates %v times, want 0", l, name, n)
			}
		}
	}
}

func TestTextAllocs(t *testing.T) {
	s := newFixture()
	p := []language.Tag{tagDe, tagUk, tagPtBR} // the third preference matches
	if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = s.Level(4).Text(p...) }); n != 0 {
		t.Errorf("Text(de, uk, pt-BR) allocates %v times, want 0", n)
	}
	if !sinkOK || sinkText.Language != tagPt {
		t.Errorf("Text(de, uk, pt-BR) = %v, %v; want the Portuguese text", sinkText, sinkOK)
	}
}

// frameworkAllocTags adds to allocTags the languages of the framework
// fixture's level and attribute sets.
var frameworkAllocTags = append([]string{"es", "es-419", "fr", "fr-CA"}, allocTags...)

// TestFrameworkAllocs pins that the framework's lookups allocate nothing,
// from the page texts or, for Essence and GuidingWords at levels the
// page texts lack (es 3 and 7, pt, fr), from the level sets.
func TestFrameworkAllocs(t *testing.T) {
	for _, name := range frameworkAllocTags {
		f := newFramework()
		tag := language.Make(name)
		for _, l := range []sfia.Level{1, 3, 4, 7} {
			if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = f.Essence(l, tag) }); n != 0 {
				t.Errorf("Essence(%d, %s) allocates %v times, want 0", l, name, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = f.GuidingWords(l, tag) }); n != 0 {
				t.Errorf("GuidingWords(%d, %s) allocates %v times, want 0", l, name, n)
			}
		}
		if n := testing.AllocsPerRun(100, func() { sinkText, _, sinkOK = f.UndefinedLevelsHelp(tag) }); n != 0 {
			t.Errorf("UndefinedLevelsHelp(%s) allocates %v times, want 0", name, n)
		}
	}
}

// TestLevelInfoAllocs pins that LevelInfo allocates nothing where it
// lists no attributes: another version, a language without attributes,
// no answer. Where it lists some, it allocates for the list only, by
// append: at most once per attribute listed (today 1, 2 and 3 times for
// 1, 2 and 3 attributes, as the slice grows).
func TestLevelInfoAllocs(t *testing.T) {
	for _, name := range frameworkAllocTags {
		f := newFramework()
		tag := language.Make(name)
		for _, v := range []sfia.Version{0, 8, 9, 6, -1} {
			for _, l := range []sfia.Level{-1, 0, 1, 4, 6, 7, 9} {
				li, _ := f.LevelInfo(l, v, tag)
				want := float64(len(li.Attributes))
				n := testing.AllocsPerRun(100, func() { sinkLevelInfo, sinkOK = f.LevelInfo(l, v, tag) })
				if (want == 0 && n != 0) || n > want {
					t.Errorf("LevelInfo(%d, %d, %s) lists %d attributes and allocates %v times; want at most once per attribute", l, v, name, len(li.Attributes), n)
				}
			}
		}
	}
	// A preference list whose third tag matches.
	f := newFramework()
	p := []language.Tag{tagDe, tagUk, tagPtBR}
	if n := testing.AllocsPerRun(100, func() { sinkLevelInfo, sinkOK = f.LevelInfo(4, 0, p...) }); n != 0 {
		t.Errorf("LevelInfo(4, 0, de, uk, pt-BR) allocates %v times, want 0", n)
	}
}

// TestAttributesAllocs pins what Attributes allocates: the slice, and a
// copy of each attribute's guidance (the caller's own), nothing else;
// nothing where it answers nothing.
func TestAttributesAllocs(t *testing.T) {
	for _, name := range frameworkAllocTags {
		f := newFramework()
		tag := language.Make(name)
		for _, v := range []sfia.Version{0, 9, 8} {
			as, ok := f.Attributes(v, tag)
			want := 0.0
			if ok {
				want = 1
				for _, a := range as {
					if a.Guidance != nil {
						want++
					}
				}
			}
			if n := testing.AllocsPerRun(100, func() { sinkAttributes, sinkOK = f.Attributes(v, tag) }); n != want {
				t.Errorf("Attributes(%d, %s) allocates %v times, want %v", v, name, n, want)
			}
		}
	}
}

// TestStatementsAllocs pins that Statements allocates the slice and
// nothing else (TestSkillLevelStatements checks that the strings share
// the description's memory), and nothing where it returns nil.
func TestStatementsAllocs(t *testing.T) {
	s := newFixture()
	for _, tag := range s.Languages() {
		for _, sl := range s.SkillLevels() {
			want := 1.0
			if sl.Statements(tag) == nil {
				want = 0
			}
			if n := testing.AllocsPerRun(100, func() { sinkStrings = sl.Statements(tag) }); n != want {
				t.Errorf("%v.Statements(%v) allocates %v times, want %v", sl, tag, n, want)
			}
		}
	}
	for _, tag := range []language.Tag{tagDe, tagUk} {
		if n := testing.AllocsPerRun(100, func() { sinkStrings = s.Level(4).Statements(tag) }); n != 0 {
			t.Errorf("Level(4).Statements(%v) allocates %v times, want 0 (it returns nil)", tag, n)
		}
	}
}
