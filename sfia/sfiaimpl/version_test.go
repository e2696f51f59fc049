package sfiaimpl_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
)

func TestVersionRange(t *testing.T) {
	if !(1 <= sfiaimpl.MinVersion && sfiaimpl.MinVersion <= sfiaimpl.GenVersion && sfiaimpl.GenVersion <= sfiaimpl.MaxVersion) {
		t.Errorf("MinVersion %d, GenVersion %d, MaxVersion %d: want 1 <= Min <= Gen <= Max",
			sfiaimpl.MinVersion, sfiaimpl.GenVersion, sfiaimpl.MaxVersion)
	}
}

// TestVersionGuard builds, in a module of its own that requires this
// checkout, packages that hold the compile-time guard of generated code:
// as the generator writes it today (it must build), as code older than
// MinVersion holds it, and as code newer than MaxVersion holds it (both
// must fail, with a message that names the type, which tells the user
// what to do).
func TestVersionGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build in a temporary module")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed: %v", err)
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := fmt.Sprintf("module example.com/guardcheck\n\ngo %s\n\nrequire github.com/sfiakit/sfiakit v0.0.0\n\nreplace github.com/sfiakit/sfiakit => %s\n",
		goLine(t, filepath.Join(root, "go.mod")), root)
	write(t, filepath.Join(dir, "go.mod"), gomod)
	// The checkout's go.sum holds the sums of its dependencies, so that
	// the build needs no network.
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.sum"), string(sum))

	guard := func(v string) string {
		return fmt.Sprintf("\t_ = sfiaimpl.GeneratedCodeIsTooOld_RegenerateIt(%[1]s - sfiaimpl.MinVersion)\n\t_ = sfiaimpl.SfiakitIsTooOld_UpgradeIt(sfiaimpl.MaxVersion - %[1]s)\n", v)
	}
	tests := []struct {
		pkg      string
		consts   string
		wantType string // the type the error names; "" for a build that must pass
	}{
		{"current", guard(fmt.Sprint(sfiaimpl.GenVersion)), ""},
		{"oldest", guard(fmt.Sprint(sfiaimpl.MinVersion)), ""},
		{"newest", guard(fmt.Sprint(sfiaimpl.MaxVersion)), ""},
		{"tooold", "\t_ = sfiaimpl.GeneratedCodeIsTooOld_RegenerateIt(0 - sfiaimpl.MinVersion)\n", "GeneratedCodeIsTooOld_RegenerateIt"},
		{"toonew", "\t_ = sfiaimpl.SfiakitIsTooOld_UpgradeIt(sfiaimpl.MaxVersion - (sfiaimpl.MaxVersion + 1))\n", "SfiakitIsTooOld_UpgradeIt"},
		{"toonewguard", guard("(sfiaimpl.MaxVersion + 1)"), "SfiakitIsTooOld_UpgradeIt"},
		{"toooldguard", guard("(sfiaimpl.MinVersion - 1)"), "GeneratedCodeIsTooOld_RegenerateIt"},
	}
	for _, tt := range tests {
		src := "package " + tt.pkg + "\n\nimport \"github.com/sfiakit/sfiakit/sfia/sfiaimpl\"\n\nconst (\n" + tt.consts + ")\n"
		write(t, filepath.Join(dir, tt.pkg, "guard.go"), src)
		cmd := exec.Command(goCmd, "build", "./"+tt.pkg)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local")
		out, err := cmd.CombinedOutput()
		switch {
		case tt.wantType == "" && err != nil:
			t.Errorf("%s: go build failed: %v\n%s\n%s", tt.pkg, err, out, src)
		case tt.wantType != "" && err == nil:
			t.Errorf("%s: go build passed, want a compile error naming %s\n%s", tt.pkg, tt.wantType, src)
		case tt.wantType != "":
			msg := string(out)
			// The error must be the compiler's, at the guard, and name the
			// type.
			if !strings.Contains(msg, filepath.Join(tt.pkg, "guard.go")+":") || !strings.Contains(msg, tt.wantType) {
				t.Errorf("%s: go build failed, but its message does not name %s at guard.go:\n%s", tt.pkg, tt.wantType, msg)
			}
			t.Logf("%s: %s", tt.pkg, strings.TrimSpace(msg))
		}
	}
}

// goLine returns the version on the go line of a go.mod file.
func goLine(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "go "); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("%s has no go line", path)
	return ""
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
