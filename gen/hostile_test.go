package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// hostileSeed is a made-up skill whose every text tries to break out of
// a string literal or into a comment or directive. None of it is SFIA
// text.
const hostileSeed = "Evil */ skill /* `x` \"q\" \\ ZZZZ\n" +
	"Closes */ a comment, opens /* one, `backquotes`, \"quotes\", \\backslash\\ and \\u0041.\n" +
	"Evil */ skill /* `x` \"q\" \\: Level 1\n" +
	"//go:generate rm -rf /\n" +
	"//go:build ignore\n" +
	"package main\n" +
	"A right-to-left mark\u200f stays as an escape.\n" +
	"Evil */ skill /* `x` \"q\" \\: Level 2\n" +
	"*/ func init() { panic(\"pwned\") } /*\n" +
	"\" + os.Args[0] + \"\n" +
	"End.\n"

const hostileProfile = "tag: en\nname: English\nscript: Latn\ndirection: ltr\nlevel: Level\n"

// TestHostileSeedStaysData generates a package from hostileSeed into a
// copy of the module, checks that every seed line lands in a string
// literal and in no comment, and that the result builds and passes go
// vet.
func TestHostileSeedStaysData(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module copy; skipped with -short")
	}
	seeds := t.TempDir()
	os.MkdirAll(filepath.Join(seeds, "languages"), 0o755)
	os.WriteFile(filepath.Join(seeds, "MANIFEST"), []byte("evil.txt ZZZZ en 9\n"), 0o644)
	os.WriteFile(filepath.Join(seeds, "languages", "en.txt"), []byte(hostileProfile), 0o644)
	os.WriteFile(filepath.Join(seeds, "evil.txt"), []byte(hostileSeed), 0o644)

	// A module with the hand-written packages the output builds on.
	mod := copyModuleFor(t, "./sfia", "./internal/skilldata", "./internal/langmatch")
	if err := run(seeds, mod, ""); err != nil {
		t.Fatal(err)
	}

	src, err := os.ReadFile(filepath.Join(mod, "zzzz", "tables_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	api, err := os.ReadFile(filepath.Join(mod, "zzzz", "skill_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	var lits []string
	var comments []string
	for name, data := range map[string][]byte{"tables_gen.go": src, "skill_gen.go": api} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, data, parser.ParseComments)
		if err != nil {
			t.Fatalf("%s does not parse: %v", name, err)
		}
		if f.Name.Name != "zzzz" {
			t.Errorf("%s: package %s, want zzzz", name, f.Name.Name)
		}
		for _, cg := range f.Comments {
			comments = append(comments, cg.Text())
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				s, err := strconv.Unquote(bl.Value)
				if err != nil {
					t.Errorf("%s: literal %s: %v", name, bl.Value, err)
				}
				lits = append(lits, s)
			}
			return true
		})
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "//go:") {
				t.Errorf("%s: directive line %q", name, line)
			}
			if strings.ContainsRune(line, '\u200f') {
				t.Errorf("%s: a raw bidi mark on line %q", name, line)
			}
		}
	}
	all := strings.Join(lits, "\x00")
	for _, want := range []string{
		"Evil */ skill /* `x` \"q\" \\",
		"Closes */ a comment, opens /* one, `backquotes`, \"quotes\", \\backslash\\ and \\u0041.",
		"//go:generate rm -rf / //go:build ignore package main A right-to-left mark\u200f stays as an escape.",
		"*/ func init() { panic(\"pwned\") } /* \" + os.Args[0] + \"",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no string literal holds exactly %q", want)
		}
	}
	for _, c := range comments {
		for _, bad := range []string{"Evil", "Closes", "go:generate", "pwned", "package main"} {
			if strings.Contains(c, bad) {
				t.Errorf("seed text %q reached a comment: %q", bad, c)
			}
		}
	}

	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet on the generated module: %v\n%s", err, out)
	}
}
