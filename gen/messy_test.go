package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/parse"
)

// messify turns a clean file into what a paste from a web page looks
// like: a byte order mark, CRLF line ends, non-breaking spaces (U+00A0,
// U+202F, U+2007) and tabs for some spaces, leading and trailing spaces
// and tabs, and extra blank lines, some of them not quite empty.
func messify(clean []byte) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	for i, l := range strings.Split(string(clean), "\n") {
		switch i % 5 {
		case 0:
			l = strings.ReplaceAll(l, " ", "\u00A0")
		case 1:
			l = strings.Replace(l, " ", " \t ", 3)
		case 2:
			l = strings.Replace(l, " ", "\u202F", 1)
			l = strings.Replace(l, " ", "\u2007", 1)
		case 3:
			l = "\t " + l
		}
		switch i % 3 {
		case 0:
			l += " \t"
		case 1:
			l += "\u00A0 "
		}
		b.WriteString(l)
		b.WriteString("\r\n")
		if i%4 == 0 {
			b.WriteString("\r\n \t\r\n")
		}
	}
	return b.Bytes()
}

// messySeeds writes a messy copy of every file of ../seeds (manifest,
// language profiles and seeds) to dir.
func messySeeds(t *testing.T, dir string) {
	t.Helper()
	copyDir(t, "../seeds", dir)
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) == ".md" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, messify(data), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMessySeedsGenerateTheSame generates from messy copies of the real
// seeds and expects the very files the clean seeds give, byte for byte,
// but for the checksum of the seeds they record.
func TestMessySeedsGenerateTheSame(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "seeds")
	messySeeds(t, dir)
	clean, err := parse.Dir(os.DirFS("../seeds"), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	messy, err := parse.Dir(os.DirFS(dir), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if clean.Checksum == messy.Checksum {
		t.Fatal("the messy seeds have the clean seeds' checksum: they are not messy")
	}
	want, err := Generate(clean, modPath)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Generate(messy, modPath)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range got {
		if !bytes.Contains(data, []byte(messy.Checksum)) && bytes.Contains(want[name], []byte(clean.Checksum)) {
			t.Errorf("%s does not record the messy seeds' checksum", name)
		}
		got[name] = bytes.ReplaceAll(data, []byte(messy.Checksum), []byte(clean.Checksum))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messy seeds generate other files (-clean +messy):\n%s", diff)
	}
}

// dumpProgram prints the answers of the public API for every level and
// many languages, one per line.
const dumpProgram = `package main

import (
	"fmt"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

func main() {
	fmt.Printf("levels %v languages %v\n", csmg.Levels(), csmg.Languages())
	for _, s := range []string{"ar", "es", "it", "pt", "ru", "pt-BR", "es-419", "ar-EG", "it-CH", "ru-RU", "uk", "be", "en", "und"} {
		tag := language.MustParse(s)
		fmt.Printf("%s name %q description %q guidance %q intro %q activities %q\n", s,
			csmg.Name(tag), csmg.Description(tag), csmg.Guidance(tag), csmg.ActivitiesIntro(tag), csmg.Activities(tag))
		fmt.Printf("%s category %q subcategory %q version %v source %q\n", s,
			csmg.Category(tag), csmg.Subcategory(tag), csmg.Version(tag), csmg.Source(tag))
		fmt.Printf("%s direction %q level word %q language %q\n", s, sfia.Direction(tag), sfia.LevelWord(tag), sfia.LanguageName(tag))
		lo, hi, ok := sfia.UndefinedLevelsHelp(tag)
		fmt.Printf("%s help %+v %+v %v\n", s, lo, hi, ok)
		for _, v := range csmg.Skill.Versions(tag) {
			tr, ok := csmg.Skill.Translation(v, tag)
			fmt.Printf("%s translation %v %+v %v\n", s, v, tr, ok)
		}
		for l := -1; l <= 8; l++ {
			lv := csmg.Level(l)
			text, ok := lv.Text(tag)
			fmt.Printf("%s %d defined %v description %q statements %q note %q text %+v %v\n", s, l,
				lv.Defined(), lv.Description(tag), lv.Statements(tag), lv.Note(tag), text, ok)
			essence, ok := sfia.Level(l).Essence(tag)
			fmt.Printf("%s %d guiding words %q essence %+v %v\n", s, l, sfia.Level(l).GuidingWordsIn(tag), essence, ok)
		}
	}
}
`

// TestMessySeedsAnswerTheSame generates the packages from messy copies
// of the real seeds into a copy of the module, builds and runs a program
// that prints every answer of the public API, and compares its output
// with the same program's on packages generated from the clean seeds.
func TestMessySeedsAnswerTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module copy; skipped with -short")
	}
	mod := copyModuleFor(t, "./sfia", "./internal/skilldata", "./internal/langmatch")
	if err := os.MkdirAll(filepath.Join(mod, "dump"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "dump", "main.go"), []byte(dumpProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	seeds := filepath.Join(mod, "seeds")
	answers := func() string {
		if err := run(seeds, mod, ""); err != nil {
			t.Fatal(err)
		}
		return string(goIn(t, mod, "run", "./dump"))
	}
	copyDir(t, "../seeds", seeds)
	clean := answers()
	if err := os.RemoveAll(seeds); err != nil {
		t.Fatal(err)
	}
	messySeeds(t, seeds)
	messy := answers()
	if diff := cmp.Diff(clean, messy); diff != "" {
		t.Errorf("messy seeds answer differently (-clean +messy):\n%s", diff)
	}
	if n := strings.Count(clean, "\n"); n < 300 || !strings.Contains(clean, "Monitora l") {
		t.Errorf("the program printed %d lines; expected every answer:\n%s", n, clean)
	}
}
