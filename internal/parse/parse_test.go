package parse

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// realSeeds loads the project's seeds folder into memory, so that tests
// can change copies of it.
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

// TestMessyInputReadsTheSame parses messy copies of every seed, language
// profile and the manifest, and expects the very same model.
func TestMessyInputReadsTheSame(t *testing.T) {
	clean := realSeeds(t)
	dirty := fstest.MapFS{}
	for name, f := range clean {
		dirty[name] = &fstest.MapFile{Data: messy(f.Data)}
		if string(dirty[name].Data) == string(f.Data) {
			t.Fatalf("messy(%s) left the file as it was", name)
		}
	}
	want, err := Dir(clean, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Dir(dirty, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messy seeds read differently (-clean +messy):\n%s", diff)
	}
}

func TestNFC(t *testing.T) {
	fsys := realSeeds(t)
	// "é" as e + combining acute accent (NFD) must read as U+00E8.
	it := string(fsys["000_f93c0a31eadc8278.txt"].Data)
	fsys["000_f93c0a31eadc8278.txt"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(it, "perché", "perche\u0301"))}
	c, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, fw := range c.Framework {
		if fw.Language == "it" && !strings.Contains(fw.LowerHelp, "perché") {
			t.Errorf("expected NFC text, got %q", fw.LowerHelp)
		}
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

// TestErrors checks that each kind of bad input gets one error naming the
// file and line and saying what was expected.
func TestErrors(t *testing.T) {
	const it = "000_f93c0a31eadc8278.txt"
	const es = "003_c74615f3b514106e.txt"
	const manifestLine = "000_f93c0a31eadc8278.txt  CSMG  it  9"
	replace := func(file, old, new string) func(fstest.MapFS) {
		return func(fsys fstest.MapFS) {
			s := string(fsys[file].Data)
			if !strings.Contains(s, old) {
				panic("test input lacks " + old)
			}
			fsys[file] = &fstest.MapFile{Data: []byte(strings.Replace(s, old, new, 1))}
		}
	}
	set := func(file, data string) func(fstest.MapFS) {
		return func(fsys fstest.MapFS) { fsys[file] = &fstest.MapFile{Data: []byte(data)} }
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   string
	}{
		{"empty file", set(it, ""), "seeds/" + it + ": expected a seed text, found an empty file"},
		{"blank file", set(it, "\n \n"), "seeds/" + it + ": expected a seed text, found an empty file"},
		{"not UTF-8", replace(it, "Livello 4", "Livello \xff4"), "seeds/" + it + ":37: expected UTF-8 text, found the byte 0xff at column 44"},
		{"no name line", replace(it, "Supporto di assistenza ai clienti CSMG", "Supporto di assistenza ai clienti"), "seeds/" + it + ":1: expected a line \"<skill name> CSMG\" naming the skill and its code, found none"},
		{"heading without text", replace(it, "Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite. Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti. Trasmette i problemi complessi ai membri del team o ai reparti appropriati.\n", ""), "seeds/" + it + ":31: expected the text of level 1 under its heading, found none"},
		{"level twice", replace(it, "clienti: Livello 2", "clienti: Livello 1"), "seeds/" + it + ":33: expected each level once, found level 1 again (first on line 31)"},
		{"level 8", replace(it, "clienti: Livello 6", "clienti: Livello 8"), "seeds/" + it + ":41: expected a level from 1 to 7, found level 8"},
		{"level 0", replace(it, "clienti: Livello 6", "clienti: Livello 0"), "seeds/" + it + ":41: expected a level from 1 to 7, found level 0"},
		{"heading names another skill", replace(it, "Supporto di assistenza ai clienti: Livello 3", "Supporto tecnico: Livello 3"), "seeds/" + it + ":35: expected a level heading for \"Supporto di assistenza ai clienti\", found one for \"Supporto tecnico\""},
		{"cut off before levels", func(fsys fstest.MapFS) {
			s := string(fsys[it].Data)
			fsys[it] = &fstest.MapFile{Data: []byte(s[:strings.Index(s, "Supporto di assistenza ai clienti: Livello 1")])}
		}, "seeds/" + it + ":31: expected level headings \"Supporto di assistenza ai clienti: Livello N\", found none (is the file cut off before its levels?)"},
		{"stated version contradicts manifest", replace(es, "SFIA 6", "SFIA 8"), "seeds/" + es + ":1: expected SFIA 6 as declared in MANIFEST line 24, found the text stating \"SFIA 8\""},
		{"wrong script", replace(ManifestName, "001_205a89c5e035fa5d.txt  CSMG  ru  8  essences=9", "001_205a89c5e035fa5d.txt  CSMG  it  8"), "seeds/001_205a89c5e035fa5d.txt:"},
		{"same skill, language and version twice", replace(ManifestName, "002_c8d2389445e5e1c8.txt  CSMG  pt  9", "002_c8d2389445e5e1c8.txt  CSMG  it  9"), "seeds/MANIFEST:23: expected one seed per skill, language and version, found CSMG it SFIA 9 again (000_f93c0a31eadc8278.txt, line 21, has it)"},
		{"manifest names a missing file", func(fsys fstest.MapFS) { delete(fsys, it) }, "seeds/MANIFEST:21: expected the seed file seeds/" + it + ", found none"},
		{"seed without metadata", replace(ManifestName, manifestLine+"\n", ""), "seeds/" + it + ": expected a line for this seed in seeds/MANIFEST, found none"},
		{"no manifest", func(fsys fstest.MapFS) { delete(fsys, ManifestName) }, "seeds/MANIFEST: expected the manifest of the seeds folder, found none"},
		{"bad manifest line", replace(ManifestName, manifestLine, "000_f93c0a31eadc8278.txt CSMG"), "seeds/MANIFEST:21: expected FILE SKILL LANGUAGE VERSION, found \"000_f93c0a31eadc8278.txt CSMG\""},
		{"bad skill code", replace(ManifestName, manifestLine, "000_f93c0a31eadc8278.txt csmg it 9"), "seeds/MANIFEST:21: expected a skill code of four capital letters, found \"csmg\""},
		{"bad language", replace(ManifestName, manifestLine, "000_f93c0a31eadc8278.txt CSMG italiano!! 9"), "seeds/MANIFEST:21: expected a BCP 47 language tag, found \"italiano!!\""},
		{"bad version", replace(ManifestName, manifestLine, "000_f93c0a31eadc8278.txt CSMG it nine"), "seeds/MANIFEST:21: expected an SFIA version number, found \"nine\""},
		{"bad option", replace(ManifestName, manifestLine, manifestLine+" beta=yes"), "seeds/MANIFEST:21: expected an option essences=N, found \"beta=yes\""},
		{"file name with a path", replace(ManifestName, manifestLine, "../x.txt CSMG it 9"), "seeds/MANIFEST:21: expected a seed file name ending in .txt (letters, digits, '_', '-', '.'), found \"../x.txt\""},
		{"no language profile", func(fsys fstest.MapFS) { delete(fsys, "languages/it.txt") }, "seeds/MANIFEST:21: expected the language profile seeds/languages/it.txt for \"it\", found none"},
		{"profile for another tag", replace("languages/it.txt", "tag: it", "tag: pt"), "seeds/languages/it.txt:2: expected tag: it as the file name says, found tag: pt"},
		{"profile unknown key", replace("languages/it.txt", "level: Livello", "livello: Livello"), "seeds/languages/it.txt:6: expected a key of languages/README.md"},
		{"profile without level", replace("languages/it.txt", "level: Livello\n", ""), "seeds/languages/it.txt: expected a line \"level: ...\", found none"},
		{"bidi control in text", replace(it, "Monitora", "Monitora\u202E"), "seeds/" + it + ":38: expected text, found the control or invisible character U+202E at column 9"},
		{"NUL in text", replace(it, "Monitora", "Moni\x00tora"), "seeds/" + it + ":38: expected text, found the control or invisible character U+0000 at column 5"},
		{"activity without bullet", replace(it, "- rispondere a domande e problemi", "rispondere a domande e problemi"), "seeds/" + it + ":8: expected an activity as a bulleted line (\"- ...\" or \"• ...\"), found \"rispondere a domande e problemi\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := realSeeds(t)
			tt.change(fsys)
			c, err := Dir(fsys, "seeds", "seeds")
			if err == nil {
				t.Fatalf("expected an error, got a corpus of %d skills", len(c.Skills))
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n got %s\nwant %s...", err, tt.want)
			}
			if _, ok := err.(*Error); !ok {
				t.Errorf("error is a %T, want *parse.Error", err)
			}
		})
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
