// Command gen generates the skill packages and the framework tables of
// package sfia from a seeds folder.
//
// Usage:
//
//	go run ./gen [-seeds DIR] [-out DIR] [-module PATH]
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
	"os"
	"path/filepath"
	"strings"

	"github.com/sfiakit/sfiakit/internal/parse"
)

func main() {
	seeds := flag.String("seeds", "seeds", "the seeds `folder`: MANIFEST, languages/ and the seed texts")
	out := flag.String("out", ".", "the module root `folder` to write the packages under")
	module := flag.String("module", "", "the import `path` of the module at -out (default: read from -out/go.mod)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./gen [-seeds DIR] [-out DIR] [-module PATH]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*seeds, *out, *module); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(seeds, out, module string) error {
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
	files, err := Generate(corpus, module)
	if err != nil {
		return err
	}
	return writeAll(out, files)
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
