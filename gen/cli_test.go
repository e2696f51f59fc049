package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/synth"
)

// buildGen builds the generator command into a temporary folder.
func buildGen(t *testing.T) string {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "gen")
	cmd := exec.Command("go", "build", "-o", exe, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

// TestCommandRejects runs the built generator, as `gen -seeds seeds -out
// out`, on broken copies of the real seeds: one for each kind of bad
// input issue 4 lists. Each run must exit with status 1, print nothing on
// stdout and exactly one line on stderr, "gen: seeds/FILE:LINE: ...", and
// leave the output folder as it was.
func TestCommandRejects(t *testing.T) {
	const (
		it = "000_f93c0a31eadc8278.txt"
		es = "003_c74615f3b514106e.txt"
		ar = "004_07a011a12c9ebc15.txt"
	)
	exe := buildGen(t)
	type change func(t *testing.T, seeds string)
	replace := func(file, old, new string) change {
		return func(t *testing.T, seeds string) {
			p := filepath.Join(seeds, file)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(old)) {
				t.Fatalf("%s does not hold %q", file, old)
			}
			if err := os.WriteFile(p, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cutBefore := func(file, before string, within int) change {
		return func(t *testing.T, seeds string) {
			p := filepath.Join(seeds, file)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			i := bytes.Index(data, []byte(before))
			if i < 0 {
				t.Fatalf("%s does not hold %q", file, before)
			}
			if err := os.WriteFile(p, data[:i+within], 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name   string
		change change
		want   string
	}{
		{"empty file", cutBefore(it, "Supporto", 0),
			"seeds/" + it + ": expected a seed text, found an empty file"},
		{"not UTF-8", replace(it, "Monitora", "Moni\xfftora"),
			"seeds/" + it + ":38: expected UTF-8 text, found the byte 0xff at column 5"},
		{"no name line", replace(it, "ai clienti CSMG\n", "ai clienti\n"),
			"seeds/" + it + ":1: expected a line \"<skill name> CSMG\" naming the skill and its code, found none"},
		{"heading without text", replace(it, "Supporto di assistenza ai clienti: Livello 6\n", "Supporto di assistenza ai clienti: Livello 6\nSupporto di assistenza ai clienti: Livello 7\n"),
			"seeds/" + it + ":41: expected the text of level 6 under its heading, found none"},
		{"level twice", replace(it, "clienti: Livello 5", "clienti: Livello 4"),
			"seeds/" + it + ":39: expected each level once, found level 4 again (first on line 37)"},
		{"level outside 1-7", replace(it, "clienti: Livello 6", "clienti: Livello 9"),
			"seeds/" + it + ":41: expected a level from 1 to 7, found level 9"},
		{"cut off before the levels", cutBefore(it, "Supporto di assistenza ai clienti: Livello 1", 0),
			"seeds/" + it + ":31: expected level headings \"Supporto di assistenza ai clienti: Livello N\", found none (is the file cut off before its levels?)"},
		{"cut off inside the last level", cutBefore(it, " della continuità aziendale", 0),
			"seeds/" + it + ":42: expected the text of level 6 to end with a full stop, found \"...i. Si assume la responsabilità\" at the end of the levels (is the file cut off?)"},
		{"version contradicts the text", replace(es, "SFIA 6", "SFIA 7"),
			"seeds/" + es + ":1: expected SFIA 6 as declared in MANIFEST line 24, found the breadcrumb stating \"SFIA 7\""},
		{"script contradicts the language", replace("MANIFEST", "001_205a89c5e035fa5d.txt  CSMG  ru  8  essences=9", "001_205a89c5e035fa5d.txt  CSMG  it  8"),
			"seeds/001_205a89c5e035fa5d.txt: expected text in the Latn script of Italian (it, declared in MANIFEST line 22), found 8 of 5473 letters in it"},
		{"a second ru SFIA 8 seed, in Arabic", replace("MANIFEST", "004_07a011a12c9ebc15.txt  CSMG  ar  8", "004_07a011a12c9ebc15.txt  CSMG  ru  8"),
			"seeds/004_07a011a12c9ebc15.txt: expected text in the Cyrl script of Russian (ru, declared in MANIFEST line 25), found 0 of 2202 letters in it"},
		{"metadata names a missing file", func(t *testing.T, seeds string) {
			if err := os.Remove(filepath.Join(seeds, ar)); err != nil {
				t.Fatal(err)
			}
		}, "seeds/MANIFEST:25: expected the input file seeds/" + ar + ", found none"},
		{"seed with no metadata", replace("MANIFEST", "004_07a011a12c9ebc15.txt  CSMG  ar  8\n", ""),
			"seeds/" + ar + ": expected a line for this input in seeds/MANIFEST, found none"},
		{"bidi override in text", replace(it, "Monitora", "Monitora\u202e"),
			"seeds/" + it + ":38: expected text, found the control or invisible character U+202E at column 9"},
		{"skill code a Go keyword", replace("MANIFEST", "000_f93c0a31eadc8278.txt  CSMG", "000_f93c0a31eadc8278.txt  TYPE"),
			"seeds/MANIFEST:21: expected a skill code that can name a Go package, found \"TYPE\" (type is a Go keyword)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			copyDir(t, "../seeds", filepath.Join(dir, "seeds"))
			tt.change(t, filepath.Join(dir, "seeds"))
			out := filepath.Join(dir, "out")
			if err := os.MkdirAll(filepath.Join(out, "csmg"), 0o755); err != nil {
				t.Fatal(err)
			}
			// A stale generated file: a good run removes it, a failing one must not.
			writeFile(t, out, "csmg/tables_gen.go", "// "+Header+"\n\npackage csmg\n")
			before := snapshot(t, out)

			var stdout, stderr bytes.Buffer
			cmd := exec.Command(exe, "-seeds", "seeds", "-out", "out", "-module", modPath)
			cmd.Dir = dir
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 {
				t.Fatalf("gen exited with %v, want exit status 1; stderr:\n%s", err, stderr.String())
			}
			if stdout.Len() != 0 {
				t.Errorf("gen printed on stdout: %q", stdout.String())
			}
			if got, want := stderr.String(), "gen: "+tt.want+"\n"; got != want {
				t.Errorf("stderr:\n got %q\nwant %q", got, want)
			}
			if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
				t.Errorf("a failing run changed the output folder (-before +after):\n%s", diff)
			}
		})
	}

	// Good seeds: status 0, silence, and the files written.
	dir := t.TempDir()
	copyDir(t, "../seeds", filepath.Join(dir, "seeds"))
	cmd := exec.Command(exe, "-seeds", "seeds", "-out", "out", "-module", modPath)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil || len(out) != 0 {
		t.Fatalf("gen on good seeds: %v, output %q", err, out)
	}
	want := map[string]string{"./": ""}
	for name, data := range generateReal(t) {
		want[name] = string(data)
		want[path.Dir(name)+"/"] = ""
	}
	if diff := cmp.Diff(want, snapshot(t, filepath.Join(dir, "out"))); diff != "" {
		t.Errorf("gen on good seeds wrote (-want +got):\n%s", diff)
	}
	// A misused command: status 2.
	err := exec.Command(exe, "extra").Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Errorf("gen with an extra argument exited with %v, want exit status 2", err)
	}
}

// TestNoTempFilesLeft checks that neither a good run nor a failing write
// leaves a temporary file (.gen-*.tmp) behind.
func TestNoTempFilesLeft(t *testing.T) {
	out := t.TempDir()
	if err := run("../seeds", out, modPath); err != nil {
		t.Fatal(err)
	}
	// Make the last file (in the order writeAll writes them) impossible
	// to write, after the others have been written to temporary files: a
	// file stands where its folder should be.
	var last string
	for name := range generateReal(t) {
		last = max(last, name)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, filepath.FromSlash(strings.Split(last, "/")[0])), []byte("not a folder"), 0o644)
	if err := run("../seeds", bad, modPath); err == nil {
		t.Fatal("expected an error")
	}
	for _, dir := range []string{out, bad} {
		for name := range snapshot(t, dir) {
			if strings.Contains(filepath.Base(name), ".gen-") || strings.HasSuffix(name, ".tmp") {
				t.Errorf("%s: temporary file %s left behind", dir, name)
			}
		}
	}
}

// TestCommandModuleErrors runs the built generator where it cannot find
// the output's import path: outside any module without -module, with a
// -module that is no import path, and under a folder whose name cannot
// be imported. Each run exits with status 1, prints one line saying what
// to do, and writes nothing.
func TestCommandModuleErrors(t *testing.T) {
	exe := buildGen(t)
	tests := []struct {
		name string
		args []string
		mod  bool // a go.mod at the temporary folder
		want string
	}{
		{"no module", []string{"-out", "out"}, false,
			"gen: DIR/out: expected a folder inside a Go module (a go.mod at or above it), found none; run go mod init, or set -module\n"},
		{"bad -module", []string{"-out", "out", "-module", "a//b"}, false,
			"gen: -module: expected an import path, found \"a//b\": an empty path element\n"},
		{"-module with a space", []string{"-out", "out", "-module", "example.com/a b"}, true,
			"gen: -module: expected an import path, found \"example.com/a b\": a path element \"a b\" with the character ' '\n"},
		{"folder that cannot be imported", []string{"-out", "my sfia"}, true,
			"gen: my sfia: expected an output folder whose path in the module can be imported, found \"my sfia\": a path element \"my sfia\" with the character ' '\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			copyDir(t, "../seeds", filepath.Join(dir, "seeds"))
			if tt.mod {
				writeFile(t, dir, "go.mod", "module example.com/hr\n")
			}
			before := snapshot(t, dir)
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(exe, append([]string{"-seeds", "seeds"}, tt.args...)...)
			cmd.Dir = dir
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 {
				t.Fatalf("gen exited with %v, want exit status 1; stderr:\n%s", err, stderr.String())
			}
			real, err := filepath.EvalSymlinks(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.ReplaceAll(strings.ReplaceAll(stderr.String(), real, "DIR"), dir, "DIR")
			if got != tt.want || stdout.Len() != 0 {
				t.Errorf("stdout %q, stderr:\n got %q\nwant %q", stdout.String(), got, tt.want)
			}
			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Errorf("a failing run changed the folder (-before +after):\n%s", diff)
			}
		})
	}
}

// TestCommandCheckAndFlags runs the built generator with -check on a
// fresh output tree (status 0, nothing listed) and on one with an edited
// file (status 1, the file listed on stdout, errStale on stderr), and
// with flags it refuses (status 2): -max-input-size 0, -check with
// -explain.
func TestCommandCheckAndFlags(t *testing.T) {
	exe := buildGen(t)
	root, _ := userModule(t, synth.Corpus{Skills: 1, Languages: 1})
	if _, stderr, status := runGen(t, exe, root, "-seeds", "seeds", "-out", "sfia"); status != 0 {
		t.Fatalf("run: status %d, stderr %q", status, stderr)
	}
	if stdout, stderr, status := runGen(t, exe, root, "-check", "-seeds", "seeds", "-out", "sfia"); status != 0 || stdout != "" || stderr != "" {
		t.Errorf("-check on a fresh tree: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	edited := filepath.Join("sfia", "skills", "skills_gen.go")
	writeFile(t, root, filepath.ToSlash(edited), "// edited by hand\n")
	stdout, stderr, status := runGen(t, exe, root, "-check", "-seeds", "seeds", "-out", "sfia")
	if want := edited + ": differs from what the seeds give\n"; status != 1 || stdout != want || stderr != "gen: "+errStale.Error()+"\n" {
		t.Errorf("-check on an edited tree: status %d, stdout %q (want %q), stderr %q", status, stdout, want, stderr)
	}
	if got, err := os.ReadFile(filepath.Join(root, edited)); err != nil || string(got) != "// edited by hand\n" {
		t.Errorf("-check changed %s: %q, %v", edited, got, err)
	}
	for _, args := range [][]string{
		{"-seeds", "seeds", "-out", "sfia", "-max-input-size", "0"},
		{"-seeds", "seeds", "-out", "sfia", "-check", "-explain"},
	} {
		if stdout, stderr, status := runGen(t, exe, root, args...); status != 2 || stdout != "" || !strings.HasPrefix(stderr, "gen: ") || !strings.Contains(stderr, "expected") {
			t.Errorf("gen %s: status %d, stdout %q, stderr %q; want status 2 and a gen: line saying what it expected", strings.Join(args, " "), status, stdout, stderr)
		}
	}
}
