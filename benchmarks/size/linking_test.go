package size

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
	"github.com/sfiakit/sfiakit/sfia"
)

// The linking measurement's corpus: made-up skills (internal/synth, not
// SFIA text) in the seeds' five languages.
const (
	linkSkills    = 20
	linkLanguages = 5
	userModule    = "example.com/user"
)

// The programs TestLinking builds in the user module, by folder.
var linkPrograms = []struct {
	dir, what, src string
}{
	{"one", "uses one skill package: saaa.Level(4).Description(tag)", `package main

import (
	"fmt"
	"os"

	"example.com/user/sfia/saaa"
	"golang.org/x/text/language"
)

func main() {
	tag := language.Italian
	if len(os.Args) > 1 {
		tag = language.Make(os.Args[1])
	}
	fmt.Println(saaa.Level(4).Description(tag))
}
`},
	{"registry", "imports the registry: skills.Lookup(code), then Translation", `package main

import (
	"fmt"
	"os"

	"example.com/user/sfia/skills"
	"golang.org/x/text/language"
)

func main() {
	code, tag := "SAAA", language.Italian
	if len(os.Args) > 2 {
		code, tag = os.Args[1], language.Make(os.Args[2])
	}
	s, ok := skills.Lookup(code)
	if !ok {
		os.Exit(1)
	}
	t, _ := s.Translation(0, tag)
	l, _ := t.Level(4)
	fmt.Println(l.Description)
}
`},
	{"sfiaonly", "imports only package sfia: sfia.Level(4).GuidingWords()", `package main

import (
	"fmt"

	"github.com/sfiakit/sfiakit/sfia"
)

func main() {
	fmt.Println(sfia.Level(4).GuidingWords())
}
`},
}

// TestLinking measures what a program links from generated packages. It
// writes a synthetic corpus of 20 skills in 5 languages into a new user
// module (its go.mod requires this SDK, replaced by the checkout), runs
// the generator on it (-out sfia), and builds three programs: one that
// uses one skill package, one that imports the registry, and one that
// imports only package sfia. For each it logs the binary's size (default
// flags and -ldflags=-s -w, and the loaded ELF sections), how many of each
// skill's texts (the first statement of every level, in every language)
// are in the binary, and the bytes of each generated package's symbols
// (go tool nm -size). It checks that the one-skill program links every
// text of its skill and none of any other, that the registry program
// links every skill's texts, and that the sfia-only program links none;
// that each program prints the right text; and that no package of the
// SDK or the generated code allocates at init. BENCHMARKS.md quotes it:
//
//	cd benchmarks && go test -count=1 -v -run TestLinking ./size/
func TestLinking(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a module and builds six programs")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	gen := filepath.Join(tmp, "gen")
	goRun(t, root, "build", "-o", gen, "./gen")

	mod := filepath.Join(tmp, "user")
	seeds := filepath.Join(mod, "seeds")
	if err := synth.Write(seeds, synth.Corpus{Skills: linkSkills, Languages: linkLanguages}); err != nil {
		t.Fatal(err)
	}
	gomod := fmt.Sprintf("module %s\n\ngo 1.26.0\n\nrequire github.com/sfiakit/sfiakit v0.0.0\n\nreplace github.com/sfiakit/sfiakit => %s\n", userModule, root)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, mod, gen, "-seeds", "seeds", "-out", "sfia")
	for _, p := range linkPrograms {
		if err := os.MkdirAll(filepath.Join(mod, "cmd", p.dir), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, "cmd", p.dir, "main.go"), []byte(p.src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goRun(t, mod, "mod", "tidy")

	corpus, err := parse.Dir(os.DirFS(seeds), seeds, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if len(corpus.Skills) != linkSkills {
		t.Fatalf("%d skills parsed, want %d", len(corpus.Skills), linkSkills)
	}
	texts := skillTexts(corpus.Skills)
	first := corpus.Skills[0] // SAAA (synth.Code(0)), which "one" and "registry" print
	want := ""
	for _, tr := range first.Translations {
		if tr.Language == "it" {
			for _, l := range tr.Levels {
				if l.Level == 4 {
					want = l.Paragraph
				}
			}
		}
	}
	if want == "" {
		t.Fatalf("%s has no level 4 in it", first.Code)
	}

	// sizes[program] holds the file with default flags, the file with
	// -s -w, and the loaded sections (0 for a binary that is not ELF).
	bins := map[string]string{}
	sizes := map[string][3]int64{}
	for _, p := range linkPrograms {
		var sz [3]int64
		for i, flags := range [][]string{nil, {"-ldflags=-s -w"}} {
			bin := filepath.Join(tmp, p.dir+strings.Join(flags, ""))
			goRun(t, mod, append(append([]string{"build", "-trimpath", "-o", bin}, flags...), "./cmd/"+p.dir)...)
			fi, err := os.Stat(bin)
			if err != nil {
				t.Fatal(err)
			}
			sz[i] = fi.Size()
			if flags == nil {
				bins[p.dir] = bin
				sz[2], _ = loadedBytes(t, bin)
			}
		}
		sizes[p.dir] = sz
		t.Logf("%s, which %s: file %d B, with -s -w %d B, loaded %d B", p.dir, p.what, sz[0], sz[1], sz[2])
	}
	diff := func(a, b string) string {
		x, y := sizes[a], sizes[b]
		return fmt.Sprintf("file %+d B, with -s -w %+d B, loaded %+d B", x[0]-y[0], x[1]-y[1], x[2]-y[2])
	}
	t.Logf("one - sfiaonly (one skill, the runtime and the x/text matcher): %s", diff("one", "sfiaonly"))
	t.Logf("registry - one (%d more skills, the registry and Translation): %s", linkSkills-1, diff("registry", "one"))

	for _, p := range linkPrograms {
		bin := bins[p.dir]
		data, err := os.ReadFile(bin)
		if err != nil {
			t.Fatal(err)
		}
		syms := packageSymbols(t, bin)
		var linked []string
		for _, s := range corpus.Skills {
			n := 0
			for _, text := range texts[s.Code] {
				if bytes.Contains(data, []byte(text)) {
					n++
				}
			}
			all := len(texts[s.Code])
			pkg := userModule + "/sfia/" + strings.ToLower(s.Code)
			if n > 0 || syms[pkg] > 0 {
				linked = append(linked, fmt.Sprintf("%s %d/%d texts %d B", s.Code, n, all, syms[pkg]))
			}
			wantAll := p.dir == "registry" || p.dir == "one" && s.Code == first.Code
			switch {
			case wantAll && n != all:
				t.Errorf("%s: %d of %s's %d texts are in the binary, want all", p.dir, n, s.Code, all)
			case !wantAll && (n != 0 || syms[pkg] != 0):
				t.Errorf("%s links %s, which it does not use: %d of its %d texts, %d bytes of its package's symbols", p.dir, s.Code, n, all, syms[pkg])
			}
		}
		t.Logf("%s links %d skills (code, texts found, bytes of the package's symbols): %s; symbols of the registry package: %d B, of sfia/sfiaimpl: %d B, of internal/langmatch: %d B",
			p.dir, len(linked), strings.Join(linked, ", "), syms[userModule+"/sfia/skills"],
			syms["github.com/sfiakit/sfiakit/sfia/sfiaimpl"], syms["github.com/sfiakit/sfiakit/internal/langmatch"])

		out := run(t, mod, bin)
		w := want
		if p.dir == "sfiaonly" {
			w = sfia.Level(4).GuidingWords()
		}
		if got := strings.TrimSuffix(out, "\n"); got != w {
			t.Errorf("%s printed %.60q…, want %.60q…", p.dir, got, w)
		}
		for pkg, l := range initTrace(t, bin) {
			if (strings.HasPrefix(pkg, userModule+"/") || strings.HasPrefix(pkg, "github.com/sfiakit/sfiakit")) && (l.allocs != 0 || l.bytes != 0) {
				t.Errorf("%s: package %s allocates at init: %s", p.dir, pkg, l.text)
			}
		}
	}
}

// skillTexts returns, by skill code, the first statement of every level
// each translation defines: sentences of made-up words that only that
// skill's tables hold.
func skillTexts(skills []model.Skill) map[string][]string {
	out := map[string][]string{}
	for _, s := range skills {
		for _, tr := range s.Translations {
			for _, l := range tr.Levels {
				if l.Defined && len(l.Statements) > 0 {
					out[s.Code] = append(out[s.Code], l.Statements[0])
				}
			}
		}
	}
	return out
}

var nmLine = regexp.MustCompile(`^\s*[0-9a-f]+\s+(\d+)\s+\S\s+(\S+)`)

// packageSymbols returns, by package path, the bytes of the symbols
// go tool nm -size lists for the binary: code and tables of each
// package. String data (go:string.*) belongs to no package.
func packageSymbols(t *testing.T, bin string) map[string]int {
	t.Helper()
	out := goRun(t, ".", "tool", "nm", "-size", "-sort", "size", bin)
	sizes := map[string]int{}
	for _, line := range strings.Split(out, "\n") {
		m := nmLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		sizes[symbolPackage(m[2])] += n
	}
	return sizes
}

// symbolPackage returns the package path of a symbol name:
// "example.com/user/sfia/saaa.itSFIA9" gives "example.com/user/sfia/saaa",
// "github.com/sfiakit/sfiakit/sfia/sfiaimpl.(*Skill).Code" its package.
func symbolPackage(name string) string {
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return name
	}
	return name[:slash+1+dot]
}

// goRun runs the go command in dir with GOWORK=off and returns its
// standard output.
func goRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	return runEnv(t, dir, []string{"GOWORK=off"}, "go", args...)
}

func run(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

func runEnv(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s (in %s): %v\n%s", name, strings.Join(args, " "), dir, err, stderr.Bytes())
	}
	return stdout.String()
}
