package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
// seeds and expects the very files the clean seeds give, byte for byte:
// both folders are named "seeds", and the generated files record no
// digest of their inputs' bytes.
func TestMessySeedsGenerateTheSame(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "seeds")
	messySeeds(t, dir)
	if diff := cmp.Diff(snapshot(t, "../seeds"), snapshot(t, dir)); diff == "" {
		t.Fatal("the messy seeds are the clean seeds' bytes: they are not messy")
	}
	want := generateReal(t)
	got, _ := generateSeeds(t, dir, "seeds", modPath)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messy seeds generate other files (-clean +messy):\n%s", diff)
	}
}

// dumpProgram prints the answers of the public API of the generated
// packages, for every level and many languages, one per line.
const dumpProgram = `package main

import (
	"fmt"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

func main() {
	fmt.Printf("levels %v languages %v codes %v\n", csmg.Levels(), csmg.Languages(), skills.Codes())
	fmt.Printf("framework languages %v\n", skills.Framework.Languages())
	for _, s := range []string{"ar", "es", "it", "pt", "ru", "pt-BR", "es-419", "ar-EG", "it-CH", "ru-RU", "uk", "be", "en", "und"} {
		tag := language.MustParse(s)
		fmt.Printf("%s versions %v\n", s, csmg.Skill.Versions(tag))
		for _, v := range append(csmg.Skill.Versions(tag), 0) {
			tr, ok := csmg.Skill.Translation(v, tag)
			fmt.Printf("%s translation %v %+v %v\n", s, v, tr, ok)
		}
		lo, hi, ok := skills.Framework.UndefinedLevelsHelp(tag)
		fmt.Printf("%s help %+v %+v %v\n", s, lo, hi, ok)
		for l := -1; l <= 8; l++ {
			lv := csmg.Level(l)
			text, ok := lv.Text(tag)
			fmt.Printf("%s %d %v defined %v description %q statements %q note %q text %+v %v\n", s, l,
				lv, lv.Defined(), lv.Description(tag), lv.Statements(tag), lv.Note(tag), text, ok)
			words, wok := skills.Framework.GuidingWords(sfia.Level(l), tag)
			essence, eok := skills.Framework.Essence(sfia.Level(l), tag)
			fmt.Printf("%s %d guiding words %+v %v essence %+v %v\n", s, l, words, wok, essence, eok)
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
	mod := copyModuleFor(t, "./sfia/sfiaimpl")
	writeFile(t, mod, "dump/main.go", dumpProgram)
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
