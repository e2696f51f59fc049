// Command gen generates Go packages of SFIA skills from a seeds folder,
// in this module or in yours.
//
// Usage:
//
//	go tool gen [-seeds DIR] [-out DIR] [-module PATH] [-max-input-size BYTES] [-stats]
//	go tool gen -check [-seeds DIR] [-out DIR] [-module PATH] [-max-input-size BYTES]
//	go tool gen -explain [-seeds DIR] [-max-input-size BYTES]
//	go tool gen -profile TAG
//	go run github.com/sfiakit/sfiakit/gen [flags]
//
// It reads DIR/MANIFEST, the language profiles it ships (a profile in
// DIR/languages replaces one or adds a language) and the inputs the
// manifest lists: page copies (.txt) and the SFIA Foundation's
// official downloads, workbooks (.xlsx) and CSV saves of their sheets
// (.csv), where a manifest line with * as its skill takes every row. It
// writes, under the output folder:
//
//	<code>/<code>_gen.go             one package per skill: its API and table
//	<code>/<lang>_sfia<v>_gen.go     one file per translation: its texts
//	skills/skills_gen.go             the registry: every skill by code
//	skills/framework_gen.go          and the framework texts the inputs give:
//	skills/levels_<lang>_sfia<v>_gen.go      the levels of responsibility and
//	skills/attributes_<lang>_sfia<v>_gen.go  the attributes of a table input
//
// The output folder may be any folder inside a module: the module's root
// and path come from the nearest go.mod at or above it, and the
// packages' import paths from the folder's place in the module. -module
// sets the output folder's import path instead, for a folder outside any
// module. The generated packages import only github.com/sfiakit/sfiakit/sfia,
// its runtime package sfia/sfiaimpl and golang.org/x/text/language.
//
// Output is deterministic and gofmt-clean. It is written all or nothing:
// on any error no file is created, changed or removed, and gen exits with
// status 1 after printing the error as FILE:LINE: message. Generated
// files (ones that start with this generator's header) under the output
// folder that the inputs no longer produce are removed.
//
// -check writes nothing: it lists on standard output each file under the
// output folder that differs from what the seeds give, is missing, or is
// a generated file the seeds no longer give (a tree a run killed between
// two renames left mixed, say), and exits with status 1 if it listed
// any. CI runs it to catch generated files that are not up to date.
//
// Two flags help to write a language profile, and write no file. -profile
// TAG prints the profile the generator ships for the language TAG, to
// copy to DIR/languages/TAG.txt and adapt (a profile there replaces the
// shipped one); a TAG it ships none for is an error listing those it
// ships. -explain reads DIR as a run does and prints, for each line of
// each page copy, how the page reader used it: FILE:LINE: CLASS: TEXT
// (FILE:LINE: blank for a blank line), and one line for each table
// input, which is not explained line by line. On an error in the seeds
// it prints what it explained up to the error (the rest of that page
// copy's lines as "not read (after an error)"), then the error, and
// exits with status 1.
//
// Run it through go generate, from a file in the package that holds the
// seeds folder:
//
//	//go:generate go tool gen -seeds seeds -out .
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sfiakit/sfiakit/internal/parse"
)

func main() {
	seeds := flag.String("seeds", "seeds", "the seeds `folder`: MANIFEST, languages/ and the seed texts")
	out := flag.String("out", ".", "the `folder` to write the packages under, anywhere inside a module")
	module := flag.String("module", "", "the import `path` of the -out folder (default: from the nearest go.mod at or above it)")
	stats := flag.Bool("stats", false, "print to stderr how long each phase took and how much was written")
	maxSize := flag.Int64("max-input-size", parse.DefaultMaxInputSize, "the most `bytes` one input file may have")
	explain := flag.Bool("explain", false, "for writing a language profile: read the seeds folder and print how each line of each page copy is read, as FILE:LINE: CLASS: TEXT, and write nothing (-out, -module and -stats do not apply)")
	check := flag.Bool("check", false, "write nothing; list the files under -out that differ from what the seeds give, are missing, or are no longer given, and exit with status 1 if there are any (for CI)")
	profile := flag.String("profile", "", "for writing a language profile: print the profile the generator ships for the language `TAG`, to copy to the seeds folder's languages/TAG.txt and adapt, and exit")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gen [-seeds DIR] [-out DIR] [-module PATH] [-max-input-size BYTES] [-stats]\n"+
			"       gen -check [-seeds DIR] [-out DIR] [-module PATH] [-max-input-size BYTES]\n"+
			"       gen -explain [-seeds DIR] [-max-input-size BYTES]\n"+
			"       gen -profile TAG\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	profileSet := false
	flag.Visit(func(f *flag.Flag) { profileSet = profileSet || f.Name == "profile" })
	if profileSet {
		if *explain {
			fmt.Fprintln(os.Stderr, "gen: expected -profile or -explain, found both")
			os.Exit(2)
		}
		if err := printProfile(*profile, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	var w io.Writer
	if *stats {
		w = os.Stderr
	}
	if *maxSize <= 0 {
		fmt.Fprintf(os.Stderr, "gen: -max-input-size: expected a number of bytes above 0, found %d\n", *maxSize)
		os.Exit(2)
	}
	c := config{seeds: *seeds, out: *out, module: *module, stats: w, maxInputSize: *maxSize}
	if *check && *explain {
		fmt.Fprintln(os.Stderr, "gen: expected -check or -explain, found both")
		os.Exit(2)
	}
	if *check {
		c.check = os.Stdout
	}
	run := runWith
	if *explain {
		run = func(c config) error { return explainSeeds(c, os.Stdout) }
	}
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run runs the generator as the command line -seeds seeds -out out
// -module module asks.
func run(seeds, out, module string) error {
	return runWith(config{seeds: seeds, out: out, module: module})
}

// A config is what the command line asks for.
type config struct {
	seeds, out, module string
	stats              io.Writer // where -stats prints, or nil
	maxInputSize       int64     // 0: parse.DefaultMaxInputSize
	// check, when not nil, makes the run write nothing and print to it
	// each file that differs from what it would write, is missing, or is
	// a generated file the inputs no longer produce.
	check io.Writer
}

// runWith runs the generator, printing to c.stats (when not nil) one
// line with the time each phase took and the files and bytes generated.
func runWith(c config) error {
	seeds, out, module, stats := c.seeds, c.out, c.module, c.stats
	start := time.Now()
	root, prefix, err := importPrefix(out, module)
	if err != nil {
		return err
	}
	// The seeds folder is opened as an os.Root: a symbolic link that
	// leads out of it (to a file elsewhere, to /dev/zero) cannot be
	// followed, and parse reads only regular files, up to a size.
	seedsRoot, name, err := openSeeds(seeds)
	if err != nil {
		return err
	}
	defer seedsRoot.Close()
	corpus, err := parse.DirOptions(seedsRoot.FS(), name, sourceName(seeds, root), parse.Options{MaxInputSize: c.maxInputSize})
	if err != nil {
		return err
	}
	parsed := time.Now()
	files, err := Generate(corpus, prefix)
	if err != nil {
		return err
	}
	generated := time.Now()
	if c.check != nil {
		return checkTree(out, files, c.check)
	}
	// One generator at a time writes an output tree; with the lock held,
	// temporary files that a killed run left behind are removed.
	unlock, err := lockOutput(out)
	if err != nil {
		return err
	}
	defer unlock()
	if err := removeLeftovers(out); err != nil {
		return err
	}
	stale, err := staleFiles(out, files)
	if err != nil {
		return err
	}
	if err := writeAll(out, files, stale); err != nil {
		return err
	}
	if stats != nil {
		n := 0
		for _, f := range files {
			n += len(f)
		}
		fmt.Fprintf(stats, "gen: parsed %d skills in %v, generated %d files (%d bytes) in %v, wrote them in %v\n",
			len(corpus.Skills), parsed.Sub(start).Round(time.Millisecond), len(files), n,
			generated.Sub(parsed).Round(time.Millisecond), time.Since(generated).Round(time.Millisecond))
	}
	return nil
}

// sourceName is how generated tables name the seeds folder: its slash
// path from the module root ("seeds"), or, for a folder outside the
// module (or no module), its base name, so that the output does not
// depend on where the generator runs.
func sourceName(seeds, root string) string {
	as, err1 := filepath.Abs(seeds)
	ar, err2 := filepath.Abs(root)
	if root != "" && err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(ar, as); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(filepath.Clean(seeds))
}

// openSeeds opens the seeds folder seeds as an os.Root, and returns it
// with the name errors give the folder: its clean slash path.
func openSeeds(seeds string) (root *os.Root, name string, err error) {
	name = filepath.ToSlash(filepath.Clean(seeds))
	root, err = os.OpenRoot(seeds)
	if err != nil {
		return nil, "", fmt.Errorf("%s: expected the seeds folder, found none: %w", name, errors.Unwrap(err))
	}
	return root, name, nil
}

// errStale is what -check returns when the output tree is not what a run
// would write.
var errStale = errors.New("the generated files are not what the seeds give: run the generator (go generate ./...) and commit the result")

// checkTree compares the output tree under out with files, the files a
// run would write, and prints to w one line per file that differs, is
// missing, or carries the generator's header but is no longer produced
// (as a run killed between two renames can leave a tree: some files of
// the new run, some of the old). It writes nothing, and returns errStale
// if it printed a line.
func checkTree(out string, files map[string][]byte, w io.Writer) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	n := 0
	for _, name := range names {
		target := filepath.Join(out, filepath.FromSlash(name))
		got, err := os.ReadFile(target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fmt.Fprintf(w, "%s: missing\n", target)
			n++
		case err != nil:
			return err
		case !bytes.Equal(got, files[name]):
			fmt.Fprintf(w, "%s: differs from what the seeds give\n", target)
			n++
		}
	}
	stale, err := staleFiles(out, files)
	if err != nil {
		return err
	}
	for _, f := range stale {
		fmt.Fprintf(w, "%s: generated, but the seeds no longer give it\n", f)
		n++
	}
	leftovers, err := leftoverTemps(out)
	if err != nil {
		return err
	}
	for _, f := range leftovers {
		fmt.Fprintf(w, "%s: a temporary file a killed run left behind\n", f)
		n++
	}
	if n > 0 {
		return errStale
	}
	return nil
}
