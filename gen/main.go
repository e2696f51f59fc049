// Command gen generates the skill packages and the framework tables of
// package sfia from a seeds folder.
//
// Usage:
//
//	go run ./gen [-seeds DIR] [-out DIR] [-module PATH] [-stats]
//
// It reads DIR/MANIFEST, the language profiles in DIR/languages and the
// seed texts, and writes, under the output folder:
//
//	sfia/framework_gen.go      the levels' texts the seeds give
//	<code>/skill_gen.go        one package per skill: its API
//	<code>/tables_gen.go       and its tables
//
// Output is deterministic and gofmt-clean. It is written all or nothing:
// on any error no file is created, changed or removed, and gen exits with
// status 1 after printing the error as FILE:LINE: message.
//
// Run it through go generate from the module root:
//
//	go generate ./...
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sfiakit/sfiakit/internal/parse"
)

func main() {
	seeds := flag.String("seeds", "seeds", "the seeds `folder`: MANIFEST, languages/ and the seed texts")
	out := flag.String("out", ".", "the module root `folder` to write the packages under")
	module := flag.String("module", "", "the import `path` of the module at -out (default: read from -out/go.mod)")
	stats := flag.Bool("stats", false, "print to stderr how long each phase took and how much was written")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./gen [-seeds DIR] [-out DIR] [-module PATH] [-stats]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	var w io.Writer
	if *stats {
		w = os.Stderr
	}
	if err := runStats(*seeds, *out, *module, w); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(seeds, out, module string) error { return runStats(seeds, out, module, nil) }

// runStats is run, printing to stats (when not nil) one line with the
// time each phase took and the files and bytes generated.
func runStats(seeds, out, module string, stats io.Writer) error {
	start := time.Now()
	if module == "" {
		var err error
		if module, err = modulePath(filepath.Join(out, "go.mod")); err != nil {
			return err
		}
	}
	corpus, err := parse.Dir(os.DirFS(seeds), filepath.ToSlash(filepath.Clean(seeds)), sourceName(seeds, out))
	if err != nil {
		return err
	}
	parsed := time.Now()
	files, err := Generate(corpus, module)
	if err != nil {
		return err
	}
	generated := time.Now()
	if err := writeAll(out, files); err != nil {
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
// path from the module root at out ("seeds"), or, for a folder outside
// the module, its base name, so that the output does not depend on where
// the generator runs.
func sourceName(seeds, out string) string {
	as, err1 := filepath.Abs(seeds)
	ao, err2 := filepath.Abs(out)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(ao, as); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(filepath.Clean(seeds))
}

// modulePath reads the module path from a go.mod file.
func modulePath(gomod string) (string, error) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", fmt.Errorf("%s: expected a go.mod naming the module (or a -module flag): %w", gomod, errors.Unwrap(err))
	}
	for _, l := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", fmt.Errorf("%s: expected a module line, found none", gomod)
}
