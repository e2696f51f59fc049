package seedtest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/seedtest"
)

func TestParseManifest(t *testing.T) {
	text := "# a comment\n\n  # an indented comment\n" +
		"a.txt  ABCD  it  9\n" +
		"b.txt ABCD ru 8 essences=9 other=x\r\n" +
		"\t\n"
	want := []seedtest.Entry{
		{File: "a.txt", Skill: "ABCD", Lang: "it", Version: 9, Options: map[string]string{}},
		{File: "b.txt", Skill: "ABCD", Lang: "ru", Version: 8, Options: map[string]string{"essences": "9", "other": "x"}},
	}
	got, err := seedtest.ParseManifest(text)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseManifest (-want +got):\n%s", diff)
	}
	if v := got[0].EssenceVersion(); v != 9 {
		t.Errorf("EssenceVersion of a.txt = %d, want its version 9", v)
	}
	if v := got[1].EssenceVersion(); v != 9 {
		t.Errorf("EssenceVersion of b.txt = %d, want its essences= 9", v)
	}
	for _, bad := range []string{"a.txt ABCD it", "a.txt ABCD it nine", "a.txt ABCD it 0", "a.txt ABCD it 9 essences"} {
		if _, err := seedtest.ParseManifest(bad + "\n"); err == nil {
			t.Errorf("ParseManifest(%q) gave no error", bad)
		}
	}
}

// TestSeedsInManifest checks that every seed this package knows line
// numbers of is listed in seeds/MANIFEST with the same language and
// version, and that every line number it gives reads what it should.
func TestSeedsInManifest(t *testing.T) {
	root := seedtest.Root()
	entries, err := seedtest.Manifest(root)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]seedtest.Entry{}
	for _, e := range entries {
		byFile[e.File] = e
	}
	for _, s := range seedtest.Seeds {
		e, ok := byFile[s.File]
		if !ok {
			t.Errorf("%s is not in seeds/MANIFEST", s.File)
			continue
		}
		if e.Lang != s.Lang || e.Version != s.Version {
			t.Errorf("%s: MANIFEST says %s SFIA %d, seedtest %s SFIA %d", s.File, e.Lang, e.Version, s.Lang, s.Version)
		}
		lower, higher, err := s.Help(root)
		if err != nil {
			t.Error(err)
		}
		if (s.HelpLines != [2]int{}) && (lower == "" || higher == "") {
			t.Errorf("%s: help lines %v read as %q, %q", s.File, s.HelpLines, lower, higher)
		}
		words, essences, err := s.Essences(root)
		if err != nil {
			t.Error(err)
		}
		if len(words) != len(s.EssenceLines) || len(essences) != len(s.EssenceLines) {
			t.Errorf("%s: %d essence lines read as %d guiding words and %d essences", s.File, len(s.EssenceLines), len(words), len(essences))
		}
		lines, err := seedtest.Lines(root, s.File)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(lines[s.NameLine], " "+e.Skill) {
			t.Errorf("%s line %d = %q, want the name and %s", s.File, s.NameLine, lines[s.NameLine], e.Skill)
		}
	}
	texts, err := seedtest.Texts(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range seedtest.Seeds {
		if len(texts[s.Lang]) != len(s.Levels) {
			t.Errorf("%s: %d levels read, %d listed", s.File, len(texts[s.Lang]), len(s.Levels))
		}
	}
}

// TestSeedReaders checks that the readers fail on a wrong line number
// rather than read another text.
func TestSeedReaders(t *testing.T) {
	root := seedtest.Root()
	var ru seedtest.Seed
	for _, s := range seedtest.Seeds {
		if s.EssenceLines != nil {
			ru = s
		}
	}
	if ru.EssenceLines == nil {
		t.Fatal("no seed with essence lines")
	}
	wrong := ru
	wrong.HelpLines = [2]int{wrong.HelpLines[0] + 1, wrong.HelpLines[1]}
	if _, _, err := wrong.Help(root); err == nil {
		t.Errorf("Help with lines %v gave no error", wrong.HelpLines)
	}
	wrong = ru
	wrong.EssenceLines = map[int]int{4: ru.EssenceLines[5]}
	if _, _, err := wrong.Essences(root); err == nil {
		t.Error("Essences with level 5's line for level 4 gave no error")
	}
	wrong = ru
	wrong.EssenceLines = map[int]int{4: ru.EssenceLines[4] + 2}
	if _, _, err := wrong.Essences(root); err == nil {
		t.Error("Essences with level 4's text line gave no error")
	}
}

func TestProfile(t *testing.T) {
	root := seedtest.Root()
	entries, err := seedtest.Manifest(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p, err := seedtest.Profile(root, e.Lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := p["tag"]; len(got) != 1 || got[0] != e.Lang {
			t.Errorf("languages/%s.txt: tag %q", e.Lang, got)
		}
		if d := p["direction"]; len(d) != 1 || (d[0] != "ltr" && d[0] != "rtl") {
			t.Errorf("languages/%s.txt: direction %q", e.Lang, d)
		}
	}
	// A value with a colon in it keeps it.
	p, err := seedtest.Profile(root, "ru")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Деятельность может включать, но не ограничиваться:"}, p["activities"]); diff != "" {
		t.Errorf("ru activities (-want +got):\n%s", diff)
	}
}
