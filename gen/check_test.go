package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/synth"
)

// TestCrashMixedTreeCaughtAndRepaired leaves an output tree as a run
// killed between two renames does: some files of the new run, the rest of
// the old, and a temporary file. -check lists exactly the files that are
// not what the seeds give, and the next run repairs the tree.
func TestCrashMixedTreeCaughtAndRepaired(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 2, Languages: 2})
	out := filepath.Join(root, "sfia")
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := runWith(config{seeds: seeds, out: out, check: &buf}); err != nil || buf.Len() > 0 {
		t.Fatalf("-check on a fresh tree: %v, listed:\n%s", err, &buf)
	}

	// The seeds change: three skills instead of two, which changes the
	// registry and adds a package.
	if err := os.RemoveAll(seeds); err != nil {
		t.Fatal(err)
	}
	if err := synth.Write(seeds, synth.Corpus{Skills: 3, Languages: 2}); err != nil {
		t.Fatal(err)
	}
	want, _ := generateSeeds(t, seeds, "seeds", "example.com/hr/sfia")
	// The killed run renamed the new files in name order up to half way.
	var changed []string
	for name, data := range want {
		old, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil || !bytes.Equal(old, data) {
			changed = append(changed, name)
		}
	}
	slices.Sort(changed)
	if len(changed) < 2 {
		t.Fatalf("the new seeds change %d files, want at least 2", len(changed))
	}
	renamed, left := changed[:len(changed)/2], changed[len(changed)/2:]
	for _, name := range renamed {
		writeFile(t, out, name, string(want[name]))
	}
	writeFile(t, out, "skills/.gen-123.tmp", "half a file")

	buf.Reset()
	err := runWith(config{seeds: seeds, out: out, check: &buf})
	if !errors.Is(err, errStale) {
		t.Fatalf("-check on a mixed tree: %v, want errStale", err)
	}
	var listed []string
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		f, _, _ := strings.Cut(l, ": ")
		rel, err := filepath.Rel(out, f)
		if err != nil {
			t.Fatal(err)
		}
		listed = append(listed, filepath.ToSlash(rel))
	}
	wantListed := append(slices.Clone(left), "skills/.gen-123.tmp")
	if diff := cmp.Diff(wantListed, listed); diff != "" {
		t.Errorf("-check listed (-want +got):\n%s\noutput:\n%s", diff, &buf)
	}

	// The next run repairs the tree.
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := runWith(config{seeds: seeds, out: out, check: &buf}); err != nil || buf.Len() > 0 {
		t.Fatalf("-check after the next run: %v, listed:\n%s", err, &buf)
	}
	if _, err := os.Stat(filepath.Join(out, "skills", ".gen-123.tmp")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the temporary file is still there: %v", err)
	}
}

// TestCheckIgnoresTempNamedFolders checks that -check lists only what a
// run would clean up: a folder named like a temporary file (.gen-*.tmp)
// is neither listed nor removed.
func TestCheckIgnoresTempNamedFolders(t *testing.T) {
	root, seeds := userModule(t, synth.Corpus{Skills: 1, Languages: 1})
	out := filepath.Join(root, "sfia")
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	writeFile(t, out, "skills/.gen-dir.tmp/keep.txt", "kept")
	if err := run(seeds, out, ""); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := runWith(config{seeds: seeds, out: out, check: &buf}); err != nil || buf.Len() > 0 {
		t.Errorf("-check: %v, listed:\n%s", err, &buf)
	}
	if _, err := os.Stat(filepath.Join(out, "skills", ".gen-dir.tmp", "keep.txt")); err != nil {
		t.Errorf("the folder .gen-dir.tmp: %v, want it kept", err)
	}
}
