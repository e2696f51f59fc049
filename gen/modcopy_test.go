package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/internal/modcopy"
)

// copyModuleFor makes a copy of the module in a temporary folder with
// go.mod, go.sum and the hand-written (not generated, not test) files of
// pkgs and of every package of the module they import, so that the
// generator's output can be built there. It returns the copy's root.
func copyModuleFor(t *testing.T, pkgs ...string) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	if err := modcopy.HandWritten(root, mod, pkgs...); err != nil {
		t.Fatal(err)
	}
	return mod
}

// goIn runs the go command with args in dir and returns its standard
// output; it fails the test, with the command's output, on error.
func goIn(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s in %s: %v\n%s%s", strings.Join(args, " "), dir, err, out, stderr.String())
	}
	return out
}
