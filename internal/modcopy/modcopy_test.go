package modcopy

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCopyTree copies a tree with a nested folder and an empty one, and
// checks that every file has its bytes and every folder is there.
func TestCopyTree(t *testing.T) {
	from, to := t.TempDir(), filepath.Join(t.TempDir(), "copy")
	files := map[string]string{"MANIFEST": "a\n", "languages/qaa.txt": "tag: qaa\n"}
	for name, data := range files {
		p := filepath.Join(from, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(from, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := CopyTree(from, to); err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(to, filepath.FromSlash(name)))
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
	if fi, err := os.Stat(filepath.Join(to, "empty")); err != nil || !fi.IsDir() {
		t.Errorf("empty folder: %v, %v", fi, err)
	}
	if err := CopyTree(filepath.Join(from, "missing"), filepath.Join(to, "x")); err == nil {
		t.Error("CopyTree of a missing folder: no error")
	}
}
