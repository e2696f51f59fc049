//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/internal/synth"
)

// TestOneGeneratorPerOutput holds an output folder's lock as a running
// generator would, and checks that a second run on the same folder stops
// with a message naming the holder and writes nothing, that a run on
// another folder is not held up, and that the folder can be generated
// once the lock is released.
func TestOneGeneratorPerOutput(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 1, Languages: 1})
	out := filepath.Join(root, "sfia")
	unlock, err := lockOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	err = run(seeds, out, "")
	want := "expected no other generator writing this output folder, found another generator (process "
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("second generator: %v, want an error with %q", err, want)
	}
	if _, serr := os.Stat(out); !os.IsNotExist(serr) {
		t.Errorf("the refused run left %s: %v", out, serr)
	}
	if err := run(seeds, filepath.Join(root, "other"), ""); err != nil {
		t.Errorf("a run on another folder: %v", err)
	}
	unlock()
	if err := run(seeds, out, ""); err != nil {
		t.Fatalf("after the lock is released: %v", err)
	}
	// The same folder named another way is the same lock.
	unlock, err = lockOutput(filepath.Join(root, "sfia", "..", "sfia"))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if err := run(seeds, out, ""); err == nil {
		t.Errorf("a run on %s while it is locked under another name: no error", out)
	}
}

// TestLeftoverTempFilesRemoved puts in the output folder the temporary
// files a generator killed before renaming them leaves behind, and
// checks that the next run removes them and nothing else.
func TestLeftoverTempFilesRemoved(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 1, Languages: 1})
	out := filepath.Join(root, "sfia")
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	left := []string{".gen-123.tmp", "saaa/.gen-456.tmp", "skills/.gen-789.tmp"}
	kept := []string{"saaa/notes.tmp", "saaa/.gen-keep.txt"}
	for _, f := range append(append([]string(nil), left...), kept...) {
		writeFile(t, out, f, "partial")
	}
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	for _, f := range left {
		if _, err := os.Stat(filepath.Join(out, f)); !os.IsNotExist(err) {
			t.Errorf("%s after the next run: %v, want it removed", f, err)
		}
	}
	for _, f := range kept {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s after the next run: %v, want it kept", f, err)
		}
	}
}
