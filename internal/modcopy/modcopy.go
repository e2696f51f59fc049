// Package modcopy copies the parts of this module that generated code
// stands on into a fresh folder, so that tests and measurements can run
// the generator there and build its output without touching the module.
package modcopy

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// HandWritten copies into dst the go.mod and go.sum of the module at
// root, and the hand-written files (not generated, not tests) of pkgs
// (patterns relative to root, "./sfia"; "." is the root package) and of
// every package of the module they import, with the files they embed. It
// returns the first error.
func HandWritten(root, dst string, pkgs ...string) error {
	modPath, err := goOutput(root, "list", "-m")
	if err != nil {
		return err
	}
	modPath = strings.TrimSpace(modPath)
	args := append([]string{"list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}\t{{.Dir}}\t{{join .EmbedFiles \"\\t\"}}{{end}}"}, pkgs...)
	out, err := goOutput(root, args...)
	if err != nil {
		return err
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		if err := copyFile(filepath.Join(root, f), filepath.Join(dst, f)); err != nil {
			return err
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			continue
		}
		path, dir, embeds := fields[0], fields[1], fields[2:]
		if path != modPath && !strings.HasPrefix(path, modPath+"/") {
			continue // a dependency outside the module
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return err
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, rel), 0o755); err != nil {
			return err
		}
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() || strings.HasSuffix(n, "_test.go") || strings.HasSuffix(n, "_gen.go") {
				continue
			}
			if err := copyFile(filepath.Join(dir, n), filepath.Join(dst, rel, n)); err != nil {
				return err
			}
		}
		for _, f := range embeds {
			if f == "" {
				continue
			}
			to := filepath.Join(dst, rel, filepath.FromSlash(f))
			if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
				return err
			}
			if err := copyFile(filepath.Join(dir, filepath.FromSlash(f)), to); err != nil {
				return err
			}
		}
	}
	return nil
}

// CopyTree copies the folders and files under from into to, making to;
// files get mode 0644.
func CopyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return copyFile(p, target)
	})
}

func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}
