package main

import (
	"os"
	"path"
	"path/filepath"
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
// constant and in no comment, that no line is a directive or holds a raw
// bidi mark, and that the result builds and passes go vet.
func TestHostileSeedStaysData(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module copy; skipped with -short")
	}
	seeds := t.TempDir()
	writeFile(t, seeds, "MANIFEST", "evil.txt ZZZZ en 9\n")
	writeFile(t, seeds, "languages/en.txt", hostileProfile)
	writeFile(t, seeds, "evil.txt", hostileSeed)

	// A module with the hand-written packages the output builds on.
	mod := copyModuleFor(t, "./sfia/sfiaimpl")
	if err := run(seeds, mod, ""); err != nil {
		t.Fatal(err)
	}

	var consts, comments []string
	for _, name := range []string{"zzzz/zzzz_gen.go", "zzzz/en_sfia9_gen.go", "skills/skills_gen.go", "skills/framework_gen.go"} {
		data, err := os.ReadFile(filepath.Join(mod, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		cs, strs, f, err := parseGo(name, data)
		if err != nil {
			t.Fatalf("%s does not parse: %v", name, err)
		}
		if want := path.Dir(name); f.Name.Name != want {
			t.Errorf("%s: package %s, want %s", name, f.Name.Name, want)
		}
		comments = append(comments, cs...)
		consts = append(consts, strs...)
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//go:") {
				t.Errorf("%s: directive line %q", name, line)
			}
			if strings.ContainsRune(line, '\u200f') {
				t.Errorf("%s: a raw bidi mark on line %q", name, line)
			}
		}
	}
	all := strings.Join(consts, "\x00")
	for _, want := range []string{
		"Evil */ skill /* `x` \"q\" \\",
		"Closes */ a comment, opens /* one, `backquotes`, \"quotes\", \\backslash\\ and \\u0041.",
		"//go:generate rm -rf / //go:build ignore package main A right-to-left mark\u200f stays as an escape.",
		"*/ func init() { panic(\"pwned\") } /* \" + os.Args[0] + \"",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no string constant holds exactly %q", want)
		}
	}
	for _, c := range comments {
		for _, bad := range []string{"Evil", "Closes", "go:generate", "pwned", "package main"} {
			if strings.Contains(c, bad) {
				t.Errorf("seed text %q reached a comment: %q", bad, c)
			}
		}
	}
	goIn(t, mod, "vet", "./...")
}
