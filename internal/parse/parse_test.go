package parse

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// realSeeds loads the project's seeds folder into memory. Only
// TestRealSeedsParse reads it; every other test runs on the inline seeds
// folder (golden_test.go).
func realSeeds(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	data, err := os.ReadFile("../../seeds/" + ManifestName)
	if err != nil {
		t.Fatal(err)
	}
	fsys[ManifestName] = &fstest.MapFile{Data: data}
	for _, dir := range []string{".", LanguagesDir} {
		entries, err := os.ReadDir("../../seeds/" + dir)
		if errors.Is(err, fs.ErrNotExist) && dir != "." {
			continue // no profile of its own: the shipped ones
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
				continue
			}
			name := e.Name()
			if dir != "." {
				name = dir + "/" + name
			}
			data, err := os.ReadFile("../../seeds/" + name)
			if err != nil {
				t.Fatal(err)
			}
			fsys[name] = &fstest.MapFile{Data: data}
		}
	}
	return fsys
}

// messy turns a clean seed into what a paste from a web page looks like:
// a BOM, CRLF line ends, non-breaking spaces for some spaces, trailing
// spaces and tabs, and doubled blank lines.
func messy(clean []byte) []byte {
	lines := strings.Split(string(clean), "\n")
	var b strings.Builder
	b.WriteString("\uFEFF")
	for i, l := range lines {
		if i%3 == 0 {
			l = strings.Replace(l, " ", "\u00A0", 2)
		}
		if i%2 == 0 {
			l += " \t "
		}
		b.WriteString(l)
		b.WriteString("\r\n")
		if l == "" {
			b.WriteString("  \r\n\r\n")
		}
	}
	return []byte(b.String())
}

// TestMessyInputReadsTheSame parses messy copies of every file of the
// inline seeds folder (seeds, language profiles and manifest), and
// expects the very same model.
func TestMessyInputReadsTheSame(t *testing.T) {
	dirty := inlineSeeds()
	for name, f := range dirty {
		data := messy(f.Data)
		if string(data) == string(f.Data) {
			t.Fatalf("messy(%s) left the file as it was", name)
		}
		dirty[name] = &fstest.MapFile{Data: data}
	}
	got, err := Dir(dirty, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantCorpus(), got); diff != "" {
		t.Errorf("messy seeds read differently (-clean +messy):\n%s", diff)
	}
}

// TestNFC decomposes every file of the inline seeds folder (NFD: "é" as
// "e" and a combining acute accent, "ё" as "е" and a combining diaeresis)
// and expects the very same model, in NFC.
func TestNFC(t *testing.T) {
	fsys := inlineSeeds()
	changed := 0
	for name, f := range fsys {
		data := norm.NFD.Bytes(f.Data)
		if string(data) != string(f.Data) {
			changed++
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	if changed < 3 {
		t.Fatalf("NFD changed %d files, want at least the Latin, Cyrillic and SFIA 6 seeds", changed)
	}
	got, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantCorpus(), got); diff != "" {
		t.Errorf("decomposed seeds read differently (-want +got):\n%s", diff)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"One.", []string{"One."}},
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"Arabic؟ Next.", []string{"Arabic؟", "Next."}},
		{"3.5 stays. Ok.", []string{"3.5 stays.", "Ok."}},
		{"Ends with space. ", []string{"Ends with space."}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Sentences(tt.in)); diff != "" {
			t.Errorf("Sentences(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestRealSeedsParse parses the real seeds and checks that the model
// holds one translation for each line of the manifest, in the model's
// order (skills by code, then language, then newest version first), each
// with its seed file and at least one defined level. It names no skill or
// language, so adding seeds the README's way does not break it.
func TestRealSeedsParse(t *testing.T) {
	fsys := realSeeds(t)
	c, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := Manifest(ManifestName, fsys[ManifestName].Data)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		Skill, Language string
		Version         int
		Source          string
	}
	var want, got []key
	for _, e := range entries {
		want = append(want, key{e.Skill, e.Language, e.Version, "seeds/" + e.File})
	}
	slices.SortFunc(want, func(a, b key) int {
		if a.Skill != b.Skill {
			return strings.Compare(a.Skill, b.Skill)
		}
		if a.Language != b.Language {
			return strings.Compare(a.Language, b.Language)
		}
		return b.Version - a.Version
	})
	for _, s := range c.Skills {
		for _, tr := range s.Translations {
			got = append(got, key{s.Code, tr.Language, tr.Version, tr.Source})
			defined := 0
			for _, l := range tr.Levels {
				if l.Defined {
					defined++
				}
			}
			if defined == 0 {
				t.Errorf("%s: no level defined", tr.Source)
			}
		}
	}
	if len(want) == 0 {
		t.Fatal("the manifest lists no seed")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("translations (-manifest +model):\n%s", diff)
	}
}

// TestSource checks that the model names the seeds folder, and each
// seed file under it, by the src argument of Dir, not by the name errors
// use: the generated code's source lines and Source fields come from it.
func TestSource(t *testing.T) {
	fsys := fstest.MapFS{
		ManifestName:       {Data: []byte("a.txt ZORP en 9\n")},
		"languages/en.txt": {Data: []byte("tag: en\nname: English\nscript: Latn\ndirection: ltr\nlevel: Tier\n")},
		"a.txt":            {Data: []byte("Zorp widgets ZORP\nFrobs the widgets.\nZorp widgets: Tier 2\nFrobs one. Frobs two.\n")},
	}
	tests := []struct {
		src, want, wantSeed string
	}{
		{"seeds", "seeds", "seeds/a.txt"},
		{"data/sfia/seeds", "data/sfia/seeds", "data/sfia/seeds/a.txt"},
		{"", "", "a.txt"},
	}
	for _, tt := range tests {
		c, err := Dir(fsys, "../elsewhere/seeds", tt.src)
		if err != nil {
			t.Fatalf("Dir(src %q): %v", tt.src, err)
		}
		var seeds []string
		for _, s := range c.Skills {
			for _, tr := range s.Translations {
				seeds = append(seeds, tr.Source)
			}
		}
		got := struct {
			Source string
			Seeds  []string
		}{c.Source, seeds}
		want := struct {
			Source string
			Seeds  []string
		}{tt.want, []string{tt.wantSeed}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Dir(src %q) (-want +got):\n%s", tt.src, diff)
		}
	}
}
