package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// writeAll writes files (slash paths relative to root, with their
// contents) all or nothing, then removes the files of remove (paths
// under root) and any folder that leaves empty. Every file is first written in full to a
// temporary file beside its target; only when all are written are they
// renamed into place. A file whose bytes are already right is left
// untouched, so its modification time does not change. On error the
// temporary files and any folder writeAll created are removed.
func writeAll(root string, files map[string][]byte, remove []string) (err error) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)

	var created []string // folders made here, outermost first
	temps := map[string]string{}
	defer func() {
		if err == nil {
			return
		}
		for _, tmp := range temps {
			os.Remove(tmp)
		}
		for i := len(created) - 1; i >= 0; i-- {
			os.Remove(created[i])
		}
	}()

	for _, name := range names {
		target := filepath.Join(root, filepath.FromSlash(name))
		if fi, serr := os.Stat(target); serr == nil && !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: expected a regular file to write, found a %v", target, fi.Mode().Type())
		}
		if old, rerr := os.ReadFile(target); rerr == nil && string(old) == string(files[name]) {
			continue
		}
		dir := filepath.Dir(target)
		made, merr := mkdirAll(dir)
		created = append(created, made...)
		if merr != nil {
			return merr
		}
		f, cerr := os.CreateTemp(dir, tempPattern)
		if cerr != nil {
			return cerr
		}
		temps[target] = f.Name()
		_, werr := f.Write(files[name])
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return fmt.Errorf("writing %s: %w", target, werr)
		}
		if cerr := os.Chmod(f.Name(), 0o644); cerr != nil {
			return cerr
		}
	}
	var errs []error
	for _, name := range names {
		target := filepath.Join(root, filepath.FromSlash(name))
		if tmp, ok := temps[target]; ok {
			if rerr := os.Rename(tmp, target); rerr != nil {
				errs = append(errs, rerr)
			} else {
				delete(temps, target)
			}
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	for _, f := range remove {
		if rerr := os.Remove(f); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			errs = append(errs, rerr)
			continue
		}
		// Remove the folder too if that left it empty; a folder with
		// anything else in it stays.
		if ents, derr := os.ReadDir(filepath.Dir(f)); derr == nil && len(ents) == 0 {
			os.Remove(filepath.Dir(f))
		}
	}
	return errors.Join(errs...)
}

// staleFiles returns the generated files in the folders just below root
// (where the generator writes its packages) that files does not hold:
// files that start with this generator's header, or an earlier one's,
// and that the inputs no longer produce. Files that other generators or
// people wrote are never in the list.
func staleFiles(root string, files map[string][]byte) ([]string, error) {
	dirs, err := os.ReadDir(root)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var stale []string
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(root, d.Name()))
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			rel := d.Name() + "/" + e.Name()
			if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), "_gen.go") {
				continue
			}
			if _, ok := files[rel]; ok {
				continue
			}
			if ours, err := generatedByUs(filepath.Join(root, d.Name(), e.Name())); err != nil {
				return nil, err
			} else if ours {
				stale = append(stale, filepath.Join(root, d.Name(), e.Name()))
			}
		}
	}
	return stale, nil
}

// generatedByUs reports whether the file's first line is this
// generator's header or an earlier one's.
func generatedByUs(name string) (bool, error) {
	f, err := os.Open(name)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := make([]byte, 256)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	first, _, _ := strings.Cut(string(buf[:n]), "\n")
	first = strings.TrimSuffix(first, "\r")
	for _, h := range append([]string{Header}, oldHeaders...) {
		if first == "// "+h {
			return true, nil
		}
	}
	return false, nil
}

// mkdirAll is os.MkdirAll that returns the folders it made, outermost
// first.
func mkdirAll(dir string) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	var made []string
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], 0o755); err != nil {
			return made, err
		}
		made = append(made, missing[i])
	}
	return made, nil
}

// tempPattern is the name pattern of the temporary files writeAll makes
// beside their targets.
const tempPattern = ".gen-*.tmp"

// leftoverTemps returns the temporary files (tempPattern) in out and in
// the folders just below it, where writeAll makes them: after a run has
// ended, only ones that a run killed before it renamed them left behind.
// Only regular files are returned.
func leftoverTemps(out string) ([]string, error) {
	var left []string
	for _, pattern := range []string{filepath.Join(out, tempPattern), filepath.Join(out, "*", tempPattern)} {
		names, err := filepath.Glob(pattern)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if fi, err := os.Lstat(n); err == nil && fi.Mode().IsRegular() {
				left = append(left, n)
			}
		}
	}
	return left, nil
}

// removeLeftovers removes the temporary files that leftoverTemps finds
// under out. The caller holds out's lock, so no other run is writing
// them.
func removeLeftovers(out string) error {
	left, err := leftoverTemps(out)
	if err != nil {
		return err
	}
	for _, n := range left {
		if err := os.Remove(n); err != nil {
			return err
		}
	}
	return nil
}
