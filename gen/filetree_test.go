//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sfiakit/sfiakit/internal/synth"
)

// TestSeedsFileTree runs the generator on seeds folders whose files are
// not what they seem: only regular files inside the seeds folder are
// read, each up to a size, and every other case stops the generator with
// the file's name, writing nothing. (Issue 11, "the file tree".)
func TestSeedsFileTree(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("not a seed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		edit    func(t *testing.T, seeds, seed string) // seed: the first seed's file name
		maxSize int64
		want    string // part of the error; "" for a run that must pass
	}{
		{"a symbolic link inside the seeds folder is followed", func(t *testing.T, seeds, seed string) {
			move(t, filepath.Join(seeds, seed), filepath.Join(seeds, "real", seed))
			symlink(t, filepath.Join("real", seed), filepath.Join(seeds, seed))
		}, 0, ""},
		{"a symbolic link out of the seeds folder", func(t *testing.T, seeds, seed string) {
			remove(t, filepath.Join(seeds, seed))
			symlink(t, outside, filepath.Join(seeds, seed))
		}, 0, "expected a file inside the seeds folder, found one that cannot be read there"},
		{"a relative link out of the seeds folder", func(t *testing.T, seeds, seed string) {
			remove(t, filepath.Join(seeds, seed))
			rel, err := filepath.Rel(seeds, outside)
			if err != nil {
				t.Fatal(err)
			}
			symlink(t, rel, filepath.Join(seeds, seed))
		}, 0, "expected a file inside the seeds folder, found one that cannot be read there"},
		{"a link to /dev/zero", func(t *testing.T, seeds, seed string) {
			remove(t, filepath.Join(seeds, seed))
			symlink(t, "/dev/zero", filepath.Join(seeds, seed))
		}, 0, "expected a file inside the seeds folder, found one that cannot be read there"},
		{"a named pipe as a seed", func(t *testing.T, seeds, seed string) {
			remove(t, filepath.Join(seeds, seed))
			if err := syscall.Mkfifo(filepath.Join(seeds, seed), 0o644); err != nil {
				t.Skipf("no named pipes here: %v", err)
			}
		}, 0, "expected a regular file, found a named pipe"},
		{"a named pipe as the manifest", func(t *testing.T, seeds, seed string) {
			remove(t, filepath.Join(seeds, "MANIFEST"))
			if err := syscall.Mkfifo(filepath.Join(seeds, "MANIFEST"), 0o644); err != nil {
				t.Skipf("no named pipes here: %v", err)
			}
		}, 0, "MANIFEST: expected a regular file, found a named pipe"},
		{"a folder named as a seed", func(t *testing.T, seeds, seed string) {
			remove(t, filepath.Join(seeds, seed))
			if err := os.Mkdir(filepath.Join(seeds, seed), 0o755); err != nil {
				t.Fatal(err)
			}
		}, 0, "expected a regular file, found a folder"},
		{"a seed over the size limit", func(t *testing.T, seeds, seed string) {}, 100, "expected an input of at most 100 bytes (gen -max-input-size), found "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root, seeds := userModule(t, synth.Corpus{Skills: 1, Languages: 1})
			seed := firstSeed(t, seeds)
			tt.edit(t, seeds, seed)
			out := filepath.Join(root, "sfia")
			done := make(chan error, 1)
			go func() { done <- runWith(config{seeds: seeds, out: out, maxInputSize: tt.maxSize}) }()
			var err error
			select {
			case err = <-done:
			case <-time.After(time.Minute):
				t.Fatal("the generator did not return within a minute (blocked on a read?)")
			}
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("run: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("run: %v, want an error with %q", err, tt.want)
			case tt.want != "":
				if _, serr := os.Stat(out); !os.IsNotExist(serr) {
					t.Errorf("a failed run left %s: %v", out, serr)
				}
				if strings.Contains(err.Error(), "not a seed") {
					t.Errorf("the error quotes the file outside the seeds folder: %v", err)
				}
			}
		})
	}
}

// firstSeed returns the first seed file named in the seeds folder's
// MANIFEST.
func firstSeed(t *testing.T, seeds string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seeds, "MANIFEST"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) > 0 && !strings.HasPrefix(f[0], "#") {
			return f[0]
		}
	}
	t.Fatal("no seed in MANIFEST")
	return ""
}

func move(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

func remove(t *testing.T, name string) {
	t.Helper()
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
}
