package main

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/parse"
)

const modPath = "github.com/sfiakit/sfiakit"

func generateReal(t *testing.T) map[string][]byte {
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
// generated file is left over from seeds that are gone.
func TestGeneratedFilesUpToDate(t *testing.T) {
	files := generateReal(t)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Errorf("%s: %v; run go generate ./...", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./... from the module root\n%s", name,
				cmp.Diff(string(want), string(got)))
		}
	}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel("..", path)
		if strings.HasSuffix(path, "_gen.go") {
			if _, ok := files[filepath.ToSlash(rel)]; !ok {
				t.Errorf("%s is a generated file the seeds no longer produce: remove it", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

var generatedRE = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

func TestGeneratedFilesAreMarkedAndFormatted(t *testing.T) {
	for name, data := range generateReal(t) {
		first, _, _ := strings.Cut(string(data), "\n")
		if !generatedRE.MatchString(first) {
			t.Errorf("%s: first line %q does not mark the file as generated", name, first)
		}
		formatted, err := format.Source(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if !bytes.Equal(formatted, data) {
			t.Errorf("%s is not gofmt-clean", name)
		}
		if !strings.Contains(string(data), "sha256 ") {
			t.Errorf("%s does not record the seeds' checksum", name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	first := generateReal(t)
	for i := 0; i < 5; i++ {
		again := generateReal(t)
		if diff := cmp.Diff(first, again); diff != "" {
			t.Fatalf("run %d differs:\n%s", i+2, diff)
		}
	}
	// Nor does the output depend on where the seeds folder is.
	tmp := t.TempDir()
	copyDir(t, "../seeds", tmp)
	c, err := parse.Dir(os.DirFS(tmp), "seeds", "seeds")
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

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot returns every file under dir with its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(path)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFailingRunChangesNothing runs the generator on broken seeds into an
// output folder that holds the current generated files, and checks the
// folder byte for byte before and after.
func TestFailingRunChangesNothing(t *testing.T) {
	seeds := t.TempDir()
	copyDir(t, "../seeds", seeds)
	// Level 4 of the Italian seed appears twice: a parse error.
	it := filepath.Join(seeds, "000_f93c0a31eadc8278.txt")
	data, _ := os.ReadFile(it)
	os.WriteFile(it, bytes.Replace(data, []byte("clienti: Livello 5"), []byte("clienti: Livello 4"), 1), 0o644)

	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "go.mod"), []byte("module "+modPath+"\n"), 0o644)
	for name, data := range generateReal(t) {
		os.MkdirAll(filepath.Join(out, filepath.Dir(name)), 0o755)
		// Stale content: the run must not touch it either.
		os.WriteFile(filepath.Join(out, name), append([]byte("// old\n"), data...), 0o644)
	}
	before := snapshot(t, out)
	err := run(seeds, out, "")
	if err == nil {
		t.Fatal("expected an error")
	}
	want := filepath.ToSlash(filepath.Clean(seeds)) + "/000_f93c0a31eadc8278.txt:39: expected each level once, found level 4 again (first on line 37)"
	if err.Error() != want {
		t.Errorf("error:\n got %s\nwant %s", err, want)
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("a failing run changed the output folder (-before +after):\n%s", diff)
	}
}

// TestFailingWriteChangesNothing makes the last file impossible to write
// (its folder's name is taken by a file) and checks that the files
// before it were not written either, and no folder was left behind.
func TestFailingWriteChangesNothing(t *testing.T) {
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "go.mod"), []byte("module "+modPath+"\n"), 0o644)
	os.WriteFile(filepath.Join(out, "sfia"), []byte("a file where a folder should be"), 0o644)
	before := snapshot(t, out)
	if err := run("../seeds", out, ""); err == nil {
		t.Fatal("expected an error")
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("a failing write changed the output folder (-before +after):\n%s", diff)
	}
	// And a folder where a file should be.
	out = t.TempDir()
	os.MkdirAll(filepath.Join(out, "sfia", "framework_gen.go"), 0o755)
	before = snapshot(t, out)
	if err := run("../seeds", out, modPath); err == nil {
		t.Fatal("expected an error")
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("a failing write changed the output folder (-before +after):\n%s", diff)
	}
}

func TestRunWritesEverything(t *testing.T) {
	out := t.TempDir()
	if err := run("../seeds", out, modPath); err != nil {
		t.Fatal(err)
	}
	got := snapshot(t, out)
	want := map[string]string{}
	for name, data := range generateReal(t) {
		want[filepath.FromSlash(name)] = string(data)
		want[filepath.FromSlash(path.Dir(name))+"/"] = ""
	}
	delete(got, "./")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output folder (-want +got):\n%s", diff)
	}
	// A second run leaves files with the right bytes alone.
	fi, _ := os.Stat(filepath.Join(out, "csmg", "tables_gen.go"))
	if err := run("../seeds", out, modPath); err != nil {
		t.Fatal(err)
	}
	fi2, _ := os.Stat(filepath.Join(out, "csmg", "tables_gen.go"))
	if !fi.ModTime().Equal(fi2.ModTime()) {
		t.Error("an up-to-date file was rewritten")
	}
}

func TestModulePath(t *testing.T) {
	if _, err := modulePath(filepath.Join(t.TempDir(), "go.mod")); err == nil {
		t.Error("expected an error for a missing go.mod")
	}
	got, err := modulePath("../go.mod")
	if err != nil || got != modPath {
		t.Errorf("modulePath = %q, %v", got, err)
	}
}

// TestReservedCodes checks that a skill code whose package would take a
// folder of the module or a Go keyword stops the generator.
func TestReservedCodes(t *testing.T) {
	for _, code := range []string{"SFIA", "FUNC", "TYPE", "GOTO"} {
		c, err := parse.Dir(os.DirFS("../seeds"), "seeds", "seeds")
		if err != nil {
			t.Fatal(err)
		}
		c.Skills[0].Code = code
		if _, err := Generate(c, modPath); err == nil || !strings.Contains(err.Error(), "skill "+code+": expected a code whose package name") {
			t.Errorf("Generate with skill %s: error %v", code, err)
		}
	}
}

// TestStats checks the -stats line, which internal/scale reads.
func TestStats(t *testing.T) {
	var b strings.Builder
	if err := runStats("../seeds", t.TempDir(), modPath, &b); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^gen: parsed 1 skills in \S+, generated 4 files \((\d+) bytes\) in \S+, wrote them in \S+\n$`)
	m := re.FindStringSubmatch(b.String())
	if m == nil {
		t.Fatalf("stats line %q", b.String())
	}
	n := 0
	for _, data := range generateReal(t) {
		n += len(data)
	}
	if m[1] != strconv.Itoa(n) {
		t.Errorf("stats count %s bytes, the files hold %d", m[1], n)
	}
}
