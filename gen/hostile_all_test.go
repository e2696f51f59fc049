package main

import (
	"encoding/json"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/sfiakit/sfiakit/internal/parse"
)

// The choice issue 4 asks for, item by item. Text that is hostile to Go
// source but is text (comment and string delimiters, quotes, backslashes,
// directive and package lines, and the invisible marks real text needs)
// is kept, and the generator writes it inside string literals, invisible
// characters as escapes. Control characters and the invisible characters
// that have no place in SFIA text and can make code review lie (NUL,
// bidi embeddings, overrides and isolates, zero-width space, word joiner,
// a byte order mark inside text, line and paragraph separators) stop the
// generator with an error naming the file, line and column.

// keptLines are seed lines hostile to generated code that must reach the
// API unchanged.
var keptLines = []string{
	"*/", "/*", "*/ func init() { panic(\"pwned\") } /*", "`raw` and ``", `"quoted" and ""`, `'c'`,
	`back\slash, \\ and \`, `\u0041 \x00 \n \" \` + "`",
	"//go:generate rm -rf /", "//go:build ignore", "// +build ignore", "//line evil.go:1", "package main",
	`import "os"`, `}; var _ = os.Args; var _ = {`, `" + os.Args[0] + "`, "` + os.Args[0] + `",
	"zero\u200Cwidth non-joiner", "zero\u200Dwidth joiner", "left\u200Eto-right mark", "right\u200Fto-left mark",
	"arabic\u061Cletter mark", "soft\u00ADhyphen", "replacement \uFFFD", "private \uE000 use", "emoji \U0001F600",
}

// rejectedChars are the characters that stop the generator, with their
// names for the test output.
var rejectedChars = map[rune]string{
	0x00: "NUL", 0x07: "BEL", 0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL (C1)", 0x9B: "CSI (C1)",
	0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
	0x200B: "ZWSP", 0x2060: "WJ", 0xFEFF: "BOM inside text", 0x2028: "LS", 0x2029: "PS",
}

// hostileProfile2 is the profile of a made-up language whose headings are
// themselves hostile; eo is used so that no framework default (English)
// stands in for the seed's texts.
const hostileProfile2 = "tag: eo\nname: Esperanto\nscript: Latn\ndirection: ltr\nlevel: Nivelo\n" +
	"guidance: Gvido */ notoj\nactivities: Agadoj /* eble:\nhelp: Helpo `x`\nlower: Malsupre \"q\"\n" +
	"higher: Supre \\ z\nsection: Meblaro //go:build ignore\nessence: Esenco */:\nundefined: Ne observata */\n"

// hostileSeed2 gives every kind of text the generator writes a hostile
// value, and spreads keptLines over levels 1 to 6.
func hostileSeed2() string {
	const name = "Evil */ name /* `x` \"q\" \\"
	var b strings.Builder
	b.WriteString("Tagline //go:build ignore\n" +
		name + " ZZZZ\n" +
		"Description */ /* `x` \"q\" \\ package main.\n" +
		"Gvido */ notoj\n" +
		"Guidance //go:generate rm -rf / and `x` \"q\" \\.\n" +
		"Agadoj /* eble:\n" +
		"- activity */ one\n" +
		"- //go:build ignore\n" +
		"Helpo `x`\n" +
		"Malsupre \"q\"\n" +
		"- lower help */ package main /* `bq` \"q\" \\x00.\n" +
		"Supre \\ z\n" +
		"- higher help //go:generate echo pwned.\n" +
		"Meblaro //go:build ignore\n" +
		"- furniture: skipped\n")
	for l := 1; l <= 6; l++ {
		fmt.Fprintf(&b, "%s: Nivelo %d\n", name, l)
		fmt.Fprintf(&b, "Nivelo %d - Fol*/low `%d`: Esenco */: The essence /* \"q\" \\ of level %d.\n", l, l, l)
		for i := l - 1; i < len(keptLines); i += 6 {
			b.WriteString(keptLines[i] + "\n")
		}
	}
	fmt.Fprintf(&b, "%s: Nivelo 7\nNe observata */ at this level `x` \"q\" \\.\n", name)
	return b.String()
}

func writeHostileSeeds(t *testing.T, seed string) string {
	t.Helper()
	seeds := filepath.Join(t.TempDir(), "seeds")
	os.MkdirAll(filepath.Join(seeds, "languages"), 0o755)
	os.WriteFile(filepath.Join(seeds, "MANIFEST"), []byte("evil.txt ZZZZ eo 9\n"), 0o644)
	os.WriteFile(filepath.Join(seeds, "languages", "eo.txt"), []byte(hostileProfile2), 0o644)
	os.WriteFile(filepath.Join(seeds, "evil.txt"), []byte(seed), 0o644)
	return seeds
}

// hostileAnswers is what the API says of the hostile skill.
type hostileAnswers struct {
	Name, Description, Intro string
	Guidance, Activities     []string
	Levels                   [7]struct {
		Description, Note, GuidingWords, Essence string
		Statements                               []string
	}
	Lower, Higher string
}

const hostileDump = `package main

import (
	"encoding/json"
	"os"

	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"github.com/sfiakit/sfiakit/zzzz"
	"golang.org/x/text/language"
)

type answers struct {
	Name, Description, Intro string
	Guidance, Activities     []string
	Levels                   [7]struct {
		Description, Note, GuidingWords, Essence string
		Statements                               []string
	}
	Lower, Higher string
}

func main() {
	eo := language.MustParse("eo")
	var a answers
	tr, _ := zzzz.Skill.Translation(0, eo)
	a.Name, a.Description, a.Intro = tr.Name, tr.Description, tr.ActivitiesIntro
	a.Guidance, a.Activities = tr.Guidance, tr.Activities
	for l := 1; l <= 7; l++ {
		lv := &a.Levels[l-1]
		lv.Description, lv.Note, lv.Statements = zzzz.Level(l).Description(eo), zzzz.Level(l).Note(eo), zzzz.Level(l).Statements(eo)
		w, _ := skills.Framework.GuidingWords(sfia.Level(l), eo)
		e, _ := skills.Framework.Essence(sfia.Level(l), eo)
		lv.GuidingWords, lv.Essence = w.Value, e.Value
	}
	lo, hi, _ := skills.Framework.UndefinedLevelsHelp(eo)
	a.Lower, a.Higher = lo.Value, hi.Value
	json.NewEncoder(os.Stdout).Encode(a)
}
`

// TestHostileTextsStayData generates a package from hostileSeed2 into a
// copy of the module; builds and vets it; checks that no seed line stands
// in the generated code outside a string literal (in code or in a
// comment); reads the tables back (checkTables); and runs a program that
// prints what the API returns, which must be exactly the seed's texts.
func TestHostileTextsStayData(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module copy; skipped with -short")
	}
	seed := hostileSeed2()
	seeds := writeHostileSeeds(t, seed)
	corpus, err := parse.Dir(os.DirFS(seeds), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	mod := copyModuleFor(t, "./sfia/sfiaimpl")
	if err := run(seeds, mod, ""); err != nil {
		t.Fatal(err)
	}
	files, err := Generate(corpus, modPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range checkTables(corpus, files) {
		t.Error(err)
	}

	// Every seed line, and every text of the model, is outside the code.
	var code strings.Builder
	err = filepath.WalkDir(mod, func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, "_gen.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(path, -1, len(src)), src, func(pos token.Position, msg string) {
			t.Errorf("%s: %s", pos, msg)
		}, scanner.ScanComments)
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.STRING {
				continue
			}
			if lit == "" {
				lit = tok.String()
			}
			code.WriteString(lit + " ")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	outside := code.String()
	for _, l := range strings.Split(seed, "\n") {
		if l = strings.TrimSpace(l); l != "" && strings.Contains(outside, l) {
			t.Errorf("seed line %q stands in the generated code outside a string literal", l)
		}
	}
	for _, bad := range []string{"go:generate", "go:build", "+build", "pwned", "Evil", "os.Args", "eble", "`"} {
		if strings.Contains(outside, bad) {
			t.Errorf("%q stands in the generated code outside a string literal", bad)
		}
	}

	goIn(t, mod, "vet", "./...")
	writeFile(t, mod, "dump/main.go", hostileDump)
	var got hostileAnswers
	if err := json.Unmarshal(goIn(t, mod, "run", "./dump"), &got); err != nil {
		t.Fatal(err)
	}

	var want hostileAnswers
	tr := corpus.Skills[0].Translations[0]
	fw := corpus.Framework[0]
	want.Name, want.Description, want.Intro = tr.Name, tr.Description, tr.ActivitiesIntro
	want.Guidance, want.Activities = tr.Guidance, tr.Activities
	for _, l := range tr.Levels {
		lv := &want.Levels[l.Level-1]
		lv.Description, lv.Note, lv.Statements = l.Paragraph, l.Note, l.Statements
	}
	for i := range want.Levels {
		want.Levels[i].GuidingWords, want.Levels[i].Essence = fw.GuidingWords[i], fw.Essences[i]
	}
	want.Lower, want.Higher = fw.LowerHelp, fw.HigherHelp
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("the API does not return the seed's texts (-seed +API):\n%s", diff)
	}
	// And the texts are the hostile ones, not something parsed away.
	all := fmt.Sprintf("%q", got)
	for _, k := range append(keptLines, "Evil */ name /* `x` \"q\" \\", "Fol*/low `3`", "lower help */ package main", "Ne observata */") {
		if !strings.Contains(all, fmt.Sprintf("%q", k)[1:len(fmt.Sprintf("%q", k))-1]) {
			t.Errorf("no answer holds %q", k)
		}
	}
	if strings.Contains(all, "furniture") {
		t.Error("site furniture reached the API")
	}
}

// TestHostileCharactersRejected puts each rejected character in a level
// text of the hostile seed and expects the generator to stop with the
// error naming its line and column, and to write nothing.
func TestHostileCharactersRejected(t *testing.T) {
	seed := hostileSeed2()
	const marker = "The essence /* \"q\" \\ of level 3."
	line := strings.Count(seed[:strings.Index(seed, marker)], "\n") + 1
	for r, name := range rejectedChars {
		t.Run(name, func(t *testing.T) {
			seeds := writeHostileSeeds(t, strings.Replace(seed, marker, "The"+string(r)+" essence", 1))
			out := t.TempDir()
			err := run(seeds, out, modPath)
			want := fmt.Sprintf("%s/evil.txt:%d: expected text, found the control or invisible character %U at column %d",
				filepath.ToSlash(seeds), line, r, len("Nivelo 3 - Fol*/low `3`: Esenco */: The")+1)
			if err == nil || err.Error() != want {
				t.Fatalf("error:\n got %v\nwant %s", err, want)
			}
			if entries, _ := os.ReadDir(out); len(entries) != 0 {
				t.Errorf("a failing run wrote %d entries", len(entries))
			}
		})
	}
	if _, err := parse.Dir(os.DirFS(writeHostileSeeds(t, seed)), "seeds", "seeds"); err != nil {
		t.Fatalf("the hostile seed itself must parse: %v", err)
	}
}

// TestHostileSeedsFolderName runs the generator on a seeds folder,
// inside the output module, whose path from the module root would end a
// comment: the generated files name their seed files from that path, so
// it must stop the generator, and nothing may be written.
func TestHostileSeedsFolderName(t *testing.T) {
	out := t.TempDir()
	writeFile(t, out, "go.mod", "module "+modPath+"\n")
	rel := "a\n*/ func init() { panic(\"pwned\") }\n/*" // folders "a\n*", " func init()...\n" and "*"
	seeds := filepath.Join(out, filepath.FromSlash(rel))
	if err := os.MkdirAll(seeds, 0o755); err != nil {
		t.Skipf("this file system does not take the name: %v", err)
	}
	copyDir(t, "../seeds", seeds)
	before := snapshot(t, out)
	err := run(seeds, out, "")
	want := fmt.Sprintf("%s: expected a seeds folder name without control or invisible characters, found %q", filepath.ToSlash(seeds), rel)
	if err == nil || err.Error() != want {
		t.Fatalf("error:\n got %v\nwant %s", err, want)
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("a failing run changed the output folder (-before +after):\n%s", diff)
	}
}
