package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/sfiakit/sfiakit/internal/parse"
)

// explainSeeds reads the seeds folder c.seeds as a run does, and prints
// to w, in the manifest's order, how the page reader used each line of
// each page copy: "FILE:LINE: CLASS: TEXT", or "FILE:LINE: blank", and
// one line for each table input (.csv, .xlsx), which is not explained
// line by line. It writes no file and takes no lock. On an error in the
// seeds, it prints what was explained up to it (the failing page copy's
// lines included: the ones after the error say "not read (after an
// error)") and returns the error.
func explainSeeds(c config, w io.Writer) error {
	name := filepath.ToSlash(filepath.Clean(c.seeds))
	seedsRoot, err := os.OpenRoot(c.seeds)
	if err != nil {
		return fmt.Errorf("%s: expected the seeds folder, found none: %w", name, errors.Unwrap(err))
	}
	defer seedsRoot.Close()
	fsys := seedsRoot.FS()
	display := func(f string) string { return path.Join(name, f) }
	bw := bufio.NewWriter(w)

	// The manifest is read again here, once parse has read it (the first
	// page copy is explained, or the whole folder read), for the order of
	// the table inputs among the page copies.
	var entries []parse.Entry
	loaded, next := false, 0
	// tablesBefore prints the table inputs listed before the page copy
	// file that have not been printed yet, and moves past file; with
	// file "", it prints all that are left.
	tablesBefore := func(file string) {
		if !loaded {
			loaded = true
			entries = manifestEntries(fsys, display(parse.ManifestName), c.maxInputSize)
		}
		for ; next < len(entries); next++ {
			e := entries[next]
			if e.Kind() == "page" {
				if display(e.File) == file {
					next++
					return
				}
				continue
			}
			fmt.Fprintf(bw, "%s: table input (.%s): not explained line by line; -explain explains the page copies (.txt)\n", display(e.File), e.Kind())
		}
	}
	opt := parse.Options{
		MaxInputSize: c.maxInputSize,
		Explain: func(file string, lines []parse.Explained) {
			tablesBefore(file)
			for _, l := range lines {
				if l.Text == "" {
					fmt.Fprintf(bw, "%s:%d: blank\n", file, l.Line)
					continue
				}
				fmt.Fprintf(bw, "%s:%d: %s: %s\n", file, l.Line, l.Class, l.Text)
			}
		},
	}
	_, err = parse.DirOptions(fsys, name, sourceName(c.seeds, ""), opt)
	if err == nil {
		tablesBefore("")
	}
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("writing the explanation: %w", ferr)
	}
	return err
}

// manifestEntries returns the entries of the manifest file of fsys, named
// display, or nil where it cannot be read or parsed (parse reports that).
// Only a regular file of at most limit bytes (0: the default) is read.
func manifestEntries(fsys fs.FS, display string, limit int64) []parse.Entry {
	if limit <= 0 {
		limit = parse.DefaultMaxInputSize
	}
	fi, err := fs.Stat(fsys, parse.ManifestName)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > limit {
		return nil
	}
	f, err := fsys.Open(parse.ManifestName)
	if err != nil {
		return nil
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit))
	if err != nil {
		return nil
	}
	entries, err := parse.Manifest(display, data)
	if err != nil {
		return nil
	}
	return entries
}

// printProfile prints the text of the language profile the generator
// ships for tag, or returns an error listing the tags it ships profiles
// for.
func printProfile(tag string, w io.Writer) error {
	data, ok := parse.ShippedProfileText(tag)
	if !ok {
		return fmt.Errorf("-profile: expected the tag of a language profile the generator ships (%s), found %q",
			strings.Join(parse.ShippedProfiles(), ", "), tag)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("-profile: writing: %w", err)
	}
	return nil
}
