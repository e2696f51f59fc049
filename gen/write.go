package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// writeAll writes files (slash paths relative to root, with their
// contents) all or nothing. Every file is first written in full to a
// temporary file beside its target; only when all are written are they
// renamed into place. A file whose bytes are already right is left
// untouched, so its modification time does not change. On error the
// temporary files and any folder writeAll created are removed.
func writeAll(root string, files map[string][]byte) (err error) {
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
		f, cerr := os.CreateTemp(dir, ".gen-*.tmp")
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
	return errors.Join(errs...)
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
