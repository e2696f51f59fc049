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

func TestFrameworkAllocs(t *testing.T) {
	for _, name := range allocTags {
		f := newFramework()
		tag := language.Make(name)
		if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = f.Essence(sfia.Level4, tag) }); n != 0 {
			t.Errorf("Essence(4, %s) allocates %v times, want 0", name, n)
		}
		if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = f.GuidingWords(sfia.Level4, tag) }); n != 0 {
			t.Errorf("GuidingWords(4, %s) allocates %v times, want 0", name, n)
		}
		if n := testing.AllocsPerRun(100, func() { sinkText, _, sinkOK = f.UndefinedLevelsHelp(tag) }); n != 0 {
			t.Errorf("UndefinedLevelsHelp(%s) allocates %v times, want 0", name, n)
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
