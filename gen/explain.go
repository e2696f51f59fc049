package main

import (
	"bufio"
	"fmt"
	"io"
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
	seedsRoot, name, err := openSeeds(c.seeds)
	if err != nil {
		return err
	}
	defer seedsRoot.Close()
	fsys := seedsRoot.FS()
	bw := bufio.NewWriter(w)

	opt := parse.Options{
		MaxInputSize: c.maxInputSize,
		Table: func(file, kind string) {
			fmt.Fprintf(bw, "%s: table input (.%s): not explained line by line; -explain explains the page copies (.txt)\n", file, kind)
		},
		Explain: func(file string, lines []parse.Explained) {
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
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("writing the explanation: %w", ferr)
	}
	return err
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
