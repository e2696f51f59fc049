package csmg_test

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/sfiakit/sfiakit/csmg"
	"golang.org/x/text/language"
)

// TestLookupAllocs pins the allocation results of BENCHMARKS.md, so that
// they cannot regress unseen: once a tag has been asked (AllocsPerRun
// calls the function once before it counts), a lookup with any tag
// allocates nothing, and Statements allocates its slice only.
func TestLookupAllocs(t *testing.T) {
	var tags []language.Tag
	for _, name := range append(append([]string{}, seedTags...), otherTags...) {
		tags = append(tags, language.MustParse(name))
	}
	tags = append(tags, language.MustParse("es-u-co-trad"), language.MustParse("be"), language.Make("ru-Latn"))
	for _, tag := range tags {
		for _, l := range []csmg.Level{0, 1, 4, 7, 9} {
			if n := testing.AllocsPerRun(100, func() { sinkString = l.Description(tag) }); n != 0 {
				t.Errorf("Level(%d).Description(%v) allocates %v times, want 0", l, tag, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkString = l.Note(tag) }); n != 0 {
				t.Errorf("Level(%d).Note(%v) allocates %v times, want 0", l, tag, n)
			}
			if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = l.Text(tag) }); n != 0 {
				t.Errorf("Level(%d).Text(%v) allocates %v times, want 0", l, tag, n)
			}
		}
		if n := testing.AllocsPerRun(100, func() { sinkString = csmg.Name(tag) }); n != 0 {
			t.Errorf("Name(%v) allocates %v times, want 0", tag, n)
		}
		if n := testing.AllocsPerRun(100, func() { sinkOK = csmg.Version(tag) != 0 }); n != 0 {
			t.Errorf("Version(%v) allocates %v times, want 0", tag, n)
		}
	}
	prefs := []language.Tag{language.German, language.MustParse("es-419"), language.Portuguese}
	if n := testing.AllocsPerRun(100, func() { sinkText, sinkOK = csmg.Level(4).Text(prefs...) }); n != 0 {
		t.Errorf("Level(4).Text(de, es-419, pt) allocates %v times, want 0", n)
	}
	if !sinkOK || sinkText.Language != language.Spanish {
		t.Errorf("Level(4).Text(de, es-419, pt) = %v, %v; want the Spanish text", sinkText.Language, sinkOK)
	}
}

// TestStatementsAllocs pins that Statements allocates one slice and copies
// no text: every sentence points into the description's memory.
func TestStatementsAllocs(t *testing.T) {
	for _, tag := range csmg.Languages() {
		for _, l := range csmg.Levels() {
			if n := testing.AllocsPerRun(100, func() { sinkStrings = l.Statements(tag) }); n != 1 {
				t.Errorf("Level(%d).Statements(%v) allocates %v times, want 1 (the slice)", l, tag, n)
			}
			d := l.Description(tag)
			start, end := uintptr(unsafe.Pointer(unsafe.StringData(d))), uintptr(len(d))
			for _, s := range l.Statements(tag) {
				p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
				if p < start || p+uintptr(len(s)) > start+end || !strings.Contains(d, s) {
					t.Errorf("Level(%d).Statements(%v): %q is a copy, not a part of the description", l, tag, s)
				}
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() { sinkStrings = csmg.Level(4).Statements(language.German) }); n != 0 {
		t.Errorf("Statements(de) allocates %v times, want 0 (it returns nil)", n)
	}
}
