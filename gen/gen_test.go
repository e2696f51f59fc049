package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/modcopy"
	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
)

// modPath is this module's path: the import prefix of the packages
// generated at its root.
const modPath = "github.com/sfiakit/sfiakit"

// generateReal generates this module's packages from the committed seeds,
// as go generate does at the module root: file names are relative to the
// module root.
func generateReal(t testing.TB) map[string][]byte {
	t.Helper()
	c, err := parse.Dir(os.DirFS("../seeds"), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(c, modPath)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGeneratedFilesUpToDate fails when the committed generated files
// differ from what the generator makes of the committed seeds, or when a
// file under the module root that carries this generator's header (or an
// earlier one's) is no longer produced by the seeds.
func TestGeneratedFilesUpToDate(t *testing.T) {
	files := generateReal(t)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%s: %v; run go generate ./... from the module root", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./... from the module root (-want +got)\n%s", name,
				cmp.Diff(string(want), string(got)))
		}
	}
	n := 0
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, "_gen.go") {
			return nil
		}
		n++
		rel, err := filepath.Rel("..", p)
		if err != nil {
			return err
		}
		if _, ok := files[filepath.ToSlash(rel)]; ok {
			return nil
		}
		ours, err := generatedByUs(p)
		if err != nil {
			return err
		}
		if ours {
			t.Errorf("%s is a generated file the seeds no longer produce: run go generate ./... from the module root, which removes it", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < len(files) {
		t.Errorf("found %d *_gen.go files under the module root, the seeds produce %d", n, len(files))
	}
}

// TestGeneratedFilesAreMarkedAndFormatted checks, for the real seeds and
// the example corpus, that each generated file starts with the header,
// then one or more "// source:" lines and a blank line; that go/ast sees
// it as generated; and that it is gofmt-clean. For the real seeds each
// source must be a file of the module.
func TestGeneratedFilesAreMarkedAndFormatted(t *testing.T) {
	check := func(name string, data []byte, sourceExists func(string) bool) {
		t.Helper()
		lines := strings.Split(string(data), "\n")
		if lines[0] != "// "+Header {
			t.Errorf("%s: first line %q, want %q", name, lines[0], "// "+Header)
		}
		i := 1
		for ; i < len(lines) && strings.HasPrefix(lines[i], "// source: "); i++ {
			if src := strings.TrimPrefix(lines[i], "// source: "); sourceExists != nil && !sourceExists(src) {
				t.Errorf("%s: line %d names the source %q, which is no file of the module", name, i+1, src)
			}
		}
		if i == 1 || i >= len(lines) || lines[i] != "" {
			t.Errorf("%s: expected the header, one or more source lines and a blank line, found:\n%s", name, strings.Join(lines[:min(i+1, len(lines))], "\n"))
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, data, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if !ast.IsGenerated(f) {
			t.Errorf("%s: go/ast does not see it as generated", name)
		}
		formatted, err := format.Source(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if !bytes.Equal(formatted, data) {
			t.Errorf("%s is not gofmt-clean", name)
		}
	}
	for name, data := range generateReal(t) {
		check(name, data, func(src string) bool {
			// A profile the generator ships is named by its import path.
			if rest, ok := strings.CutPrefix(src, parse.ShippedSource); ok {
				src = "internal/parse/profiles/" + rest
			}
			fi, err := os.Stat(filepath.Join("..", filepath.FromSlash(src)))
			return err == nil && fi.Mode().IsRegular()
		})
	}
	for name, data := range generateExample(t) {
		check(name, data, nil)
	}
}

// TestGeneratedImports checks that generated code imports only public
// sfiakit packages, x/text/language and the generated packages
// themselves, never an internal package, for the real seeds and for the
// example corpus under a user's prefix.
func TestGeneratedImports(t *testing.T) {
	check := func(name string, data []byte, prefix string) {
		t.Helper()
		f, err := parser.ParseFile(token.NewFileSet(), name, data, parser.ImportsOnly)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, is := range f.Imports {
			p, _ := strconv.Unquote(is.Path.Value)
			switch {
			case p == langPath || p == sfiaPath || p == implPath:
			case strings.HasPrefix(p, prefix+"/") && !strings.Contains(p[len(prefix):], "/internal/"):
			default:
				t.Errorf("%s imports %q", name, p)
			}
		}
	}
	for name, data := range generateReal(t) {
		check(name, data, modPath)
	}
	for name, data := range generateExample(t) {
		check(name, data, examplePrefix)
	}
}

// TestDeterministic generates from the real seeds several times, and
// from a copy of them elsewhere, and expects the same bytes each time.
func TestDeterministic(t *testing.T) {
	first := generateReal(t)
	for i := 0; i < 5; i++ {
		again := generateReal(t)
		if diff := cmp.Diff(first, again); diff != "" {
			t.Fatalf("run %d differs:\n%s", i+2, diff)
		}
	}
	// Nor does the output depend on where the seeds folder is, only on
	// the name it is given.
	tmp := t.TempDir()
	copyDir(t, "../seeds", tmp)
	c, err := parse.Dir(os.DirFS(tmp), tmp, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	moved, err := Generate(c, modPath)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first, moved); diff != "" {
		t.Errorf("output depends on the seeds' location:\n%s", diff)
	}
}

// copyDir copies the folders and files under from into to.
func copyDir(t testing.TB, from, to string) {
	t.Helper()
	if err := modcopy.CopyTree(from, to); err != nil {
		t.Fatal(err)
	}
}

// snapshot returns every file under dir with its bytes, and every folder
// (with a trailing slash) with "".
func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// userModule makes a module example.com/hr in a temporary folder with a
// synthetic seeds folder (c) at seeds/, and returns the module root and
// the seeds folder.
func userModule(t testing.TB, c synth.Corpus) (root, seeds string) {
	t.Helper()
	root = t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/hr\n\ngo 1.26.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	seeds = filepath.Join(root, "seeds")
	if err := synth.Write(seeds, c); err != nil {
		t.Fatal(err)
	}
	return root, seeds
}

// generateSeeds generates from a seeds folder what run writes with
// import prefix prefix and seeds folder name src.
func generateSeeds(t testing.TB, seeds, src, prefix string) (map[string][]byte, *model.Corpus) {
	t.Helper()
	c, err := parse.Dir(os.DirFS(seeds), seeds, src)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(c, prefix)
	if err != nil {
		t.Fatal(err)
	}
	return files, c
}

// writeFile writes data to the slash path name under dir, making its
// folder.
func writeFile(t testing.TB, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFailingRunChangesNothing runs the generator on broken seeds into an
// output folder that holds generated files (out of date, and one the
// seeds no longer produce), and checks the folder byte for byte before
// and after.
func TestFailingRunChangesNothing(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 2, Languages: 2})
	out := filepath.Join(root, "sfia")
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	// Out of date content that a good run would rewrite, and a stale file
	// that a good run would remove: a failing run must touch neither.
	for name, data := range snapshot(t, out) {
		if strings.HasSuffix(name, "_gen.go") {
			writeFile(t, out, name, strings.Replace(data, "\n\n", "\n\n// out of date\n", 1))
		}
	}
	writeFile(t, out, "gone/gone_gen.go", "// "+Header+"\n\npackage gone\n")
	// A seed file the manifest does not list: a parse error.
	writeFile(t, seeds, "extra.txt", "Extra\n")
	before := snapshot(t, out)

	err := run(seeds, out, "")
	if err == nil {
		t.Fatal("expected an error")
	}
	dir := filepath.ToSlash(filepath.Clean(seeds))
	want := dir + "/extra.txt: expected a line for this input in " + dir + "/MANIFEST, found none"
	if err.Error() != want {
		t.Errorf("error:\n got %s\nwant %s", err, want)
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("a failing run changed the output folder (-before +after):\n%s", diff)
	}
}

// TestFailingWriteChangesNothing makes the last files impossible to write
// (a file stands where the registry's folder should be, or a folder where
// its file should be) and checks that the files before them were not
// written either, that the stale file a good run removes is still there,
// and that no folder or temporary file was left behind.
func TestFailingWriteChangesNothing(t *testing.T) {
	for _, tt := range []struct {
		name  string
		block func(t *testing.T, out string)
	}{
		{"file for a folder", func(t *testing.T, out string) {
			if err := os.RemoveAll(filepath.Join(out, RegistryDir)); err != nil {
				t.Fatal(err)
			}
			writeFile(t, out, RegistryDir, "a file where a folder should be")
		}},
		{"folder for a file", func(t *testing.T, out string) {
			p := filepath.Join(out, RegistryDir, "skills_gen.go")
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Join(p, "x"), 0o755); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root, seeds := userModule(t, synth.Corpus{Skills: 2, Languages: 2})
			out := filepath.Join(root, "sfia")
			if err := run(seeds, out, ""); err != nil {
				t.Fatal(err)
			}
			// Every skill file out of date, so that a run would rewrite it,
			// and a stale file a run would remove.
			for name, data := range snapshot(t, out) {
				if strings.HasSuffix(name, "_gen.go") {
					writeFile(t, out, name, strings.Replace(data, "\n\n", "\n\n// out of date\n", 1))
				}
			}
			writeFile(t, out, "gone/gone_gen.go", "// "+Header+"\n\npackage gone\n")
			// A new skill, whose folder a run would make.
			if err := os.RemoveAll(seeds); err != nil {
				t.Fatal(err)
			}
			if err := synth.Write(seeds, synth.Corpus{Skills: 3, Languages: 2}); err != nil {
				t.Fatal(err)
			}
			tt.block(t, out)
			before := snapshot(t, out)
			if err := run(seeds, out, ""); err == nil {
				t.Fatal("expected an error")
			}
			if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
				t.Errorf("a failing write changed the output folder (-before +after):\n%s", diff)
			}
		})
	}
}

// TestRunWritesEverything runs the generator into a subfolder of a user's
// module and expects exactly the files Generate makes, with the import
// prefix that folder has; a second run leaves every file alone.
func TestRunWritesEverything(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 2, Languages: 3})
	out := filepath.Join(root, "hr", "sfia")
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	// The seeds folder is named by its path from the module root.
	files, _ := generateSeeds(t, seeds, "seeds", "example.com/hr/hr/sfia")
	want := map[string]string{"./": ""}
	for name, data := range files {
		want[name] = string(data)
		want[path.Dir(name)+"/"] = ""
	}
	got := snapshot(t, out)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output folder (-want +got):\n%s", diff)
	}
	if !strings.Contains(got["skills/skills_gen.go"], `"example.com/hr/hr/sfia/saaa"`) {
		t.Errorf("the registry does not import the skills by their import path in the module:\n%s", got["skills/skills_gen.go"])
	}

	// A second run leaves files with the right bytes alone.
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for name := range files {
		if err := os.Chtimes(filepath.Join(out, filepath.FromSlash(name)), old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	for name := range files {
		fi, err := os.Stat(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !fi.ModTime().Equal(old) {
			t.Errorf("%s was up to date, and was rewritten", name)
		}
	}
	if diff := cmp.Diff(got, snapshot(t, out)); diff != "" {
		t.Errorf("a second run changed the output (-first +second):\n%s", diff)
	}
}

// TestModulePath reads the module line of go.mod files in each form the
// go command accepts, and rejects files without one path.
func TestModulePath(t *testing.T) {
	type result struct {
		Path string
		Line int
		Err  string
	}
	tests := []struct {
		name, data string
		want       result
	}{
		{"plain", "module example.com/hr\n\ngo 1.26.0\n", result{"example.com/hr", 1, ""}},
		{"quoted", "// The HR tools.\nmodule \"example.com/hr\"\n", result{"example.com/hr", 2, ""}},
		{"raw quoted", "module `example.com/hr`\n", result{"example.com/hr", 1, ""}},
		{"comment after", "module example.com/hr // the HR tools\n", result{"example.com/hr", 1, ""}},
		{"comment only", "// module example.com/old\nmodule example.com/hr\n", result{"example.com/hr", 2, ""}},
		{"CRLF and indent", "go 1.26.0\r\n  module\texample.com/hr \r\n", result{"example.com/hr", 2, ""}},
		{"block", "module (\n\texample.com/hr\n)\n\ngo 1.26.0\n", result{"example.com/hr", 2, ""}},
		{"block with comments", "module ( // the module\n\t// its path:\n\n\texample.com/hr // here\n)\n", result{"example.com/hr", 4, ""}},
		{"missing", "go 1.26.0\n\nrequire golang.org/x/text v0.43.0\n", result{"", 0, "expected a module line, found none"}},
		{"empty file", "", result{"", 0, "expected a module line, found none"}},
		{"a word starting with module", "modules example.com/hr\n", result{"", 0, "expected a module line, found none"}},
		{"two paths", "module example.com/a example.com/b\n", result{"", 1, `expected one module path, found "example.com/a example.com/b"`}},
		{"unterminated quote", "module \"example.com/hr\n", result{"", 1, `expected a module path, found "example.com/hr`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got result
			var err error
			got.Path, got.Line, err = modulePath([]byte(tt.data))
			if err != nil {
				got.Err = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("modulePath(%q) (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}

// TestReservedCodes checks that a skill code whose package name would
// be a Go keyword, main, the framework package or the registry package
// stops the generator, with an error that says why.
func TestReservedCodes(t *testing.T) {
	tests := []struct{ code, why string }{
		{"FUNC", "func is a Go keyword"},
		{"TYPE", "type is a Go keyword"},
		{"GOTO", "goto is a Go keyword"},
		{"MAIN", "package main is a command, not a library"},
		{"INIT", "a package named init cannot be imported"},
		{"SFIA", "sfia is the framework package"},
		{"SKILLS", "the registry package is skills"},
	}
	for _, tt := range tests {
		c := exampleCorpus()
		c.Skills[len(c.Skills)-1].Code = tt.code
		files, err := Generate(c, examplePrefix)
		want := fmt.Sprintf("skill %s: expected a code whose package name %q is free, found that %s", tt.code, strings.ToLower(tt.code), tt.why)
		if err == nil || err.Error() != want {
			t.Errorf("Generate with skill %s: error %v, want %s", tt.code, err, want)
		}
		if files != nil {
			t.Errorf("Generate with skill %s returned %d files with its error", tt.code, len(files))
		}
	}
}

// TestStats checks the -stats line, which internal/scale reads: the
// numbers of skills, files and bytes are those of the output.
func TestStats(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 3, Languages: 2})
	var b strings.Builder
	if err := runWith(config{seeds: seeds, out: filepath.Join(root, "sfia"), stats: &b}); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^gen: parsed (\d+) skills in \S+, generated (\d+) files \((\d+) bytes\) in \S+, wrote them in \S+\n$`)
	m := re.FindStringSubmatch(b.String())
	if m == nil {
		t.Fatalf("stats line %q does not match %s", b.String(), re)
	}
	files, c := generateSeeds(t, seeds, "seeds", "example.com/hr/sfia")
	n := 0
	for _, data := range files {
		n += len(data)
	}
	want := []string{strconv.Itoa(len(c.Skills)), strconv.Itoa(len(files)), strconv.Itoa(n)}
	if diff := cmp.Diff(want, m[1:]); diff != "" {
		t.Errorf("stats skills, files, bytes (-output +line):\n%s", diff)
	}
}
