package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sfiakit/sfiakit/internal/modcopy"
	"github.com/sfiakit/sfiakit/internal/seedtest"
)

// sdk is the module under test.
const sdk = "github.com/sfiakit/sfiakit"

// userPath is the module path of the user modules the tests make, and
// outRel the folder, relative to their root, that they generate into:
// a subfolder, to show that -out need not be the module root. The seeds
// go in outRel/seeds, as README's "Generate skills in your own module"
// says.
const (
	userPath = "example.com/hr"
	outRel   = "internal/sfiadata"
	seedsRel = outRel + "/seeds"
)

// docGo is the file README's step 3 puts in the folder that holds the
// seeds folder.
//
// The directive is spliced in so that no line of this file starts with
// it: go generate reads source files as text and would run it here.
const docGo = `// Package sfiadata holds the SFIA texts this module is licensed for, and
// the skill packages generated from them.
package sfiadata

` + "//go:" + `generate go tool gen -seeds seeds -out .
`

// cmdTimeout bounds each go command a test runs.
const cmdTimeout = 3 * time.Minute

func TestMain(m *testing.M) {
	code := m.Run()
	if hr.dir != "" {
		os.RemoveAll(hr.dir)
	}
	os.Exit(code)
}

// skipShort skips t under go test -short: every test here runs the go
// command on whole modules.
func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped with -short: runs the go command on a temporary user module")
	}
}

// goRun runs the go command with args in dir, as a user would, and
// returns its standard output. The workspace is off, and go.mod must be
// right as it stands (-mod=readonly): a missing requirement fails the
// command rather than being added quietly. It logs how long the command
// took.
func goRun(ctx context.Context, logf func(string, ...any), dir string, args ...string) (string, error) {
	return goRunFlags(ctx, logf, dir, "-mod=readonly", args...)
}

// goRunFlags is goRun with goflags as GOFLAGS.
func goRunFlags(ctx context.Context, logf func(string, ...any), dir, goflags string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, cmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	// Later entries win over inherited ones; GOPROXY, GOMODCACHE, GOCACHE
	// and GOTOOLCHAIN stay as the environment sets them.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS="+goflags)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	logf("go %s (in %s): %v", strings.Join(args, " "), filepath.Base(dir), time.Since(start).Round(time.Millisecond))
	if err != nil {
		return "", fmt.Errorf("go %s in %s: %v\n%s%s", strings.Join(args, " "), dir, err, stdout.String(), stderr.String())
	}
	return stdout.String(), nil
}

// goIn is goRun that fails t on error.
func goIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := goRun(t.Context(), t.Logf, dir, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// moduleRoot returns the root of the module under test: the folder
// above the test's working directory whose go.mod declares sdk.
func moduleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && goModDirective(data, "module") == sdk {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod declaring module %s in %s or any folder above it", sdk, wd)
		}
	}
}

// goModDirective returns the argument of the first single-line directive
// verb ("module", "go") in a go.mod file, or "".
func goModDirective(data []byte, verb string) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == verb {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// A manifestLine is one seed of a MANIFEST.
type manifestLine struct {
	File, Skill, Lang string
	Version           int
}

// readManifest reads the lines of dir/MANIFEST, on its own rather than
// through the SDK's parser (with seedtest.ParseManifest): FILE SKILL
// LANGUAGE VERSION [OPTION...].
func readManifest(dir string) ([]manifestLine, error) {
	data, err := os.ReadFile(filepath.Join(dir, "MANIFEST"))
	if err != nil {
		return nil, err
	}
	entries, err := seedtest.ParseManifest(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s/MANIFEST: %w", dir, err)
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("%s/MANIFEST: no seeds", dir)
	}
	lines := make([]manifestLine, len(entries))
	for i, e := range entries {
		lines[i] = manifestLine{File: e.File, Skill: e.Skill, Lang: e.Lang, Version: e.Version}
	}
	return lines, nil
}

// expectedFiles returns the files the generator must write for the
// manifest, relative to -out, sorted.
func expectedFiles(m []manifestLine) []string {
	files := []string{"skills/framework_gen.go", "skills/skills_gen.go"}
	for _, l := range m {
		code := strings.ToLower(l.Skill)
		files = append(files, code+"/"+code+"_gen.go", fmt.Sprintf("%s/%s_sfia%d_gen.go", code, l.Lang, l.Version))
	}
	slices.Sort(files)
	return slices.Compact(files)
}

// generatedFiles returns the Go files in the folders just below out,
// where the generator writes its packages, that start with the
// generator's header, keyed by their slash path relative to out.
func generatedFiles(out string) (map[string]string, error) {
	files := map[string]string{}
	dirs, err := os.ReadDir(out)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(out, d.Name()))
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			data, err := os.ReadFile(filepath.Join(out, d.Name(), e.Name()))
			if err != nil {
				return nil, err
			}
			if strings.HasPrefix(string(data), "// Code generated by "+sdk+"/gen. DO NOT EDIT.\n") {
				files[d.Name()+"/"+e.Name()] = string(data)
			}
		}
	}
	return files, nil
}

// sortedKeys returns the keys of m, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// importsOf returns every import path of the Go files in files (contents
// keyed by name), with the files that import it.
func importsOf(files map[string]string) (map[string][]string, error) {
	imports := map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range sortedKeys(files) {
		f, err := parser.ParseFile(fset, name, files[name], parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return nil, err
			}
			imports[p] = append(imports[p], name)
		}
	}
	return imports, nil
}

// writeFiles writes files (contents keyed by slash path) under dir.
func writeFiles(dir string, files map[string]string) error {
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// newUserModule makes the user module example.com/hr in dir, as a user
// would with a published sfiakit, and generates its skills:
//
//   - go.mod requires sfiakit, replaced by the checkout at root (the one
//     step a published module would not need), and go.sum starts as the
//     checkout's, standing in for the checksum database;
//   - the checkout's seeds folder is copied to internal/sfiadata/seeds,
//     beside a doc.go with README's go:generate line;
//   - go mod edit -tool and go mod tidy stand in for go get -tool, which
//     needs a published module;
//   - go generate ./... writes the packages, and go mod tidy runs again,
//     as after any new import.
func newUserModule(ctx context.Context, logf func(string, ...any), root, dir string) error {
	return newUserModuleWith(ctx, logf, root, dir, func(seeds string) error {
		return modcopy.CopyTree(filepath.Join(root, "seeds"), seeds)
	})
}

// newUserModuleWith is newUserModule with the seeds folder,
// internal/sfiadata/seeds (its path is writeSeeds' argument), written by
// writeSeeds instead of copied from the checkout.
func newUserModuleWith(ctx context.Context, logf func(string, ...any), root, dir string, writeSeeds func(seeds string) error) error {
	mainMod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return err
	}
	goVersion := goModDirective(mainMod, "go")
	if goVersion == "" {
		return errors.New(root + "/go.mod: no go directive")
	}
	goSum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	goMod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		userPath, goVersion, sdk, sdk, strconv.Quote(root))
	if err := writeFiles(dir, map[string]string{"go.mod": goMod, "go.sum": string(goSum), outRel + "/doc.go": docGo}); err != nil {
		return err
	}
	if err := writeSeeds(filepath.Join(dir, filepath.FromSlash(seedsRel))); err != nil {
		return err
	}
	for _, args := range [][]string{
		{"mod", "edit", "-tool=" + sdk + "/gen"},
		{"mod", "tidy"},
		{"generate", "./..."},
		{"mod", "tidy"},
	} {
		if _, err := goRun(ctx, logf, dir, args...); err != nil {
			return err
		}
	}
	return nil
}

// hr is the user module that the tests of e2e_test.go share, made on
// first use by sharedModule and removed by TestMain. Tests that change
// it put it back as it was.
var hr struct {
	once sync.Once
	dir  string
	root string // the checkout
	err  error
}

// sharedModule returns the shared user module and the checkout's root,
// making the module on first use.
func sharedModule(t *testing.T) (dir, root string) {
	t.Helper()
	hr.once.Do(func() {
		start := time.Now()
		if hr.root, hr.err = moduleRoot(); hr.err != nil {
			return
		}
		if hr.dir, hr.err = os.MkdirTemp("", "e2e-hr-"); hr.err != nil {
			return
		}
		hr.err = newUserModule(context.Background(), t.Logf, hr.root, hr.dir)
		t.Logf("made the user module %s in %v", userPath, time.Since(start).Round(time.Millisecond))
	})
	if hr.err != nil {
		t.Fatalf("making the user module: %v", hr.err)
	}
	return hr.dir, hr.root
}

// runBinary runs the program prog with args and returns its standard
// output.
func runBinary(t *testing.T, prog string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), cmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("%s: %v", filepath.Base(prog), time.Since(start).Round(time.Millisecond))
	if err != nil {
		return "", fmt.Errorf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String(), nil
}
