package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestImportPrefix checks how the generator finds the module root and the
// import path of the output folder: from the nearest go.mod at or above
// it, or from -module, which must be an import path.
func TestImportPrefix(t *testing.T) {
	mod := t.TempDir()
	writeFile(t, mod, "go.mod", "// The HR tools.\nmodule example.com/hr // with a comment\n\ngo 1.26.0\n")
	writeFile(t, mod, "nested/go.mod", "module (\n\texample.com/nested\n)\n")
	writeFile(t, mod, "bad/go.mod", "go 1.26.0\n")
	writeFile(t, mod, "twopaths/go.mod", "\nmodule example.com/a example.com/b\n")
	outside := t.TempDir()
	if root, _, err := findModule(outside); err == nil {
		t.Fatalf("the temporary folder %s is inside the module at %s: this test needs one outside any module", outside, root)
	}

	type result struct {
		Root, Prefix, Err string
	}
	tests := []struct {
		name, out, module string
		want              result
	}{
		{"module root", mod, "", result{mod, "example.com/hr", ""}},
		{"module root, relative path", mod + "/sub/..", "", result{mod, "example.com/hr", ""}},
		{"subfolder", filepath.Join(mod, "sub", "dir"), "", result{mod, "example.com/hr/sub/dir", ""}},
		{"subfolder not made yet", filepath.Join(mod, "new", "sfia"), "", result{mod, "example.com/hr/new/sfia", ""}},
		{"nested module", filepath.Join(mod, "nested", "x"), "", result{filepath.Join(mod, "nested"), "example.com/nested/x", ""}},
		{"-module inside a module", filepath.Join(mod, "sub"), "example.com/other/sfia", result{mod, "example.com/other/sfia", ""}},
		{"-module outside any module", outside, "example.com/hr/sfia", result{"", "example.com/hr/sfia", ""}},
		{"outside any module", outside, "", result{"", "", outside + ": expected a folder inside a Go module (a go.mod at or above it), found none; run go mod init, or set -module"}},
		{"go.mod without a module line", filepath.Join(mod, "bad"), "", result{"", "", filepath.Join(mod, "bad", "go.mod") + ": expected a module line, found none"}},
		{"go.mod with two paths", filepath.Join(mod, "twopaths"), "", result{"", "", filepath.Join(mod, "twopaths", "go.mod") + `:2: expected one module path, found "example.com/a example.com/b"`}},
		{"folder that cannot be imported", filepath.Join(mod, "my sfia", "x"), "", result{"", "", filepath.Join(mod, "my sfia", "x") + `: expected an output folder whose path in the module can be imported, found "my sfia/x": a path element "my sfia" with the character ' '`}},
		{"folder starting with a dot", filepath.Join(mod, ".gen"), "", result{"", "", filepath.Join(mod, ".gen") + `: expected an output folder whose path in the module can be imported, found ".gen": a path element ".gen" starting or ending with a dot`}},
		{"-module a//b", mod, "a//b", result{"", "", `-module: expected an import path, found "a//b": an empty path element`}},
		{"-module ../x", mod, "../x", result{"", "", `-module: expected an import path, found "../x": a path element ".."`}},
		{"-module a b", mod, "a b", result{"", "", `-module: expected an import path, found "a b": a path element "a b" with the character ' '`}},
		{`-module a\b`, mod, `a\b`, result{"", "", `-module: expected an import path, found "a\\b": a path element "a\\b" with the character '\\'`}},
		{"-module ending in a slash", mod, "example.com/hr/", result{"", "", `-module: expected an import path, found "example.com/hr/": an empty path element`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got result
			var err error
			got.Root, got.Prefix, err = importPrefix(tt.out, tt.module)
			got.Err = errorString(err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("importPrefix(%q, %q) (-want +got):\n%s", tt.out, tt.module, diff)
			}
		})
	}
}

// TestImportPrefixRelative runs importPrefix with a relative output
// folder, as go generate gives it, from inside the module.
func TestImportPrefixRelative(t *testing.T) {
	mod := t.TempDir()
	writeFile(t, mod, "go.mod", "module example.com/hr\n")
	writeFile(t, mod, "tools/gen.go", "package tools\n")
	t.Chdir(filepath.Join(mod, "tools"))
	root, prefix, err := importPrefix("../sfia", "")
	if err != nil {
		t.Fatal(err)
	}
	// The temporary folder may be reached through a symbolic link.
	wantRoot, _ := filepath.EvalSymlinks(mod)
	gotRoot, _ := filepath.EvalSymlinks(root)
	if gotRoot != wantRoot || prefix != "example.com/hr/sfia" {
		t.Errorf(`importPrefix("../sfia", "") = %s, %s; want %s, example.com/hr/sfia`, root, prefix, mod)
	}
}

// TestCheckImportPath checks which -module values the generator takes.
func TestCheckImportPath(t *testing.T) {
	tests := []struct{ path, err string }{
		{"example.com/hr/sfia", ""},
		{"github.com/sfiakit/sfiakit", ""},
		{"hr", ""},
		{"example.com/a-b_c.d~e+f/v2", ""},
		{"", "expected an import path, found an empty one"},
		{"a//b", `expected an import path, found "a//b": an empty path element`},
		{"/abs", `expected an import path, found "/abs": an empty path element`},
		{"../x", `expected an import path, found "../x": a path element ".."`},
		{"./x", `expected an import path, found "./x": a path element "."`},
		{"a b", `expected an import path, found "a b": a path element "a b" with the character ' '`},
		{`a\b`, `expected an import path, found "a\\b": a path element "a\\b" with the character '\\'`},
		{"a/.b", `expected an import path, found "a/.b": a path element ".b" starting or ending with a dot`},
		{"é.com/x", `expected an import path, found "é.com/x": a path element "é.com" with the character 'é'`},
		{"a/b\n", `expected an import path, found "a/b\n": a path element "b\n" with the character '\n'`},
	}
	for _, tt := range tests {
		if got := errorString(checkImportPath(tt.path)); got != tt.err {
			t.Errorf("checkImportPath(%q):\n got %q\nwant %q", tt.path, got, tt.err)
		}
	}
}

// TestRunOutsideModuleWritesNothing checks that run outside any module,
// without -module, fails and writes nothing.
func TestRunOutsideModuleWritesNothing(t *testing.T) {
	out := t.TempDir()
	if _, _, err := findModule(out); err == nil {
		t.Fatalf("the temporary folder %s is inside a module: this test needs one outside any", out)
	}
	if err := run("../seeds", out, ""); err == nil {
		t.Fatal("expected an error")
	}
	if ents, err := os.ReadDir(out); err != nil || len(ents) != 0 {
		t.Errorf("the output folder holds %d entries (%v); want none", len(ents), err)
	}
}

// errorString is err's message, or "" for nil.
func errorString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
