package csmg_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"golang.org/x/text/language"
)

// TestLookupAllocs shows that a generated table is as allocation-free as
// the engine's fixtures (sfia/sfiaimpl/alloc_test.go, which pins every
// case): once a tag has been asked (AllocsPerRun calls the function once
// before it counts), a lookup in a seed language, a regional variant or a
// language with no seed allocates nothing, nor does Text with three
// preferences.
func TestLookupAllocs(t *testing.T) {
	tags := csmg.Languages()
	for _, name := range otherTags {
		tags = append(tags, language.MustParse(name))
	}
	for _, tag := range tags {
		for _, l := range []int{0, 1, 4, 7} {
			sl := csmg.Level(l)
			if n := testing.AllocsPerRun(100, func() { sinkString = sl.Description(tag) }); n != 0 {
				t.Errorf("Level(%d).Description(%v) allocates %v times, want 0", l, tag, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkString = sl.Note(tag) }); n != 0 {
				t.Errorf("Level(%d).Note(%v) allocates %v times, want 0", l, tag, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = sl.Text(tag) }); n != 0 {
				t.Errorf("Level(%d).Text(%v) allocates %v times, want 0", l, tag, n)
			}
		}
	}
	prefs := []language.Tag{language.German, language.MustParse("es-419"), language.Portuguese}
	if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = csmg.Level(4).Text(prefs...) }); n != 0 {
		t.Errorf("Level(4).Text(de, es-419, pt) allocates %v times, want 0", n)
	}
}
