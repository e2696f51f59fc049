// Command jobdesc prints the job-description section for the SFIA skill
// CSMG (customer service support) at one or more levels of
// responsibility, in a chosen language, from the texts embedded in
// github.com/sfiakit/sfiakit/csmg, with the levels' guiding words in that
// language where the framework texts of github.com/sfiakit/sfiakit/skills
// have them (in English otherwise):
//
//	go run ./examples/jobdesc -level 4 -lang it
//
// The flags are
//
//	-level LEVELS  a level (4), a list (2,4) or a range (3-5), each level
//	               once; default 4
//	-lang LANGS    a BCP 47 tag (it, pt-BR) or an Accept-Language list
//	               (de,pt-BR;q=0.8): the first language CSMG has wins;
//	               default it
//	-all           every language CSMG has, side by side (-lang is ignored)
//	-version N     only texts of SFIA version N (default: the newest)
//	-levelinfo     beside each level, its essence and generic attributes
//	               in the same language and SFIA version, where the
//	               framework texts have them (a note says where not)
//	-format F      text, md, html, page, json or csv (default text)
//
// The notes of a description (texts of mixed SFIA versions, levels
// without level information) are part of every format but CSV, which has
// no place for them: with -format csv they go to standard error, one
// "jobdesc: note: " line each.
//
// A bad flag, a level CSMG does not define (such as 7), or a language no
// seed text is in (such as de or uk) prints one line to standard error,
// nothing to standard output, and exits with status 2.
//
// All the work is done by package github.com/sfiakit/sfiakit/jobdesc and,
// for the format the flag names, package
// github.com/sfiakit/sfiakit/jobdesc/anyformat (which links every
// renderer, html/template included); this command only reads the flags.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

const usage = "usage: jobdesc [-level LEVELS] [-lang LANGS | -all] [-version N] [-levelinfo] [-format F]"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args (the command line without the program name), writes
// the description to stdout and returns the exit status: 0 on success, 2
// for a usage error (reported as one line on stderr, with nothing on
// stdout) and 1 if stdout cannot be written.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jobdesc", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, on one line
	levels := levelsValue{4}
	fs.Var(&levels, "level", "the `LEVELS`: 4, 2,4 or 3-5")
	langs := fs.String("lang", "it", "a BCP 47 tag or an Accept-Language list, `LANGS`")
	all := fs.Bool("all", false, "every language, side by side")
	version := fs.Int("version", 0, "only texts of SFIA version `N` (0: the newest)")
	levelInfo := fs.Bool("levelinfo", false, "each level's essence and generic attributes, where the framework texts have them")
	format := fs.String("format", "text", "the output `format`: text, md, html, page, json or csv")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintln(stderr, usage)
			fs.PrintDefaults()
			return 0
		}
		return fail(stderr, "%v", err)
	}
	if fs.NArg() > 0 {
		return fail(stderr, "unexpected argument %q; %s", fs.Arg(0), usage)
	}
	f, err := jobdesc.ParseFormat(*format)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	if *version < 0 {
		return fail(stderr, "invalid -version %d: want an SFIA version such as 9", *version)
	}
	opts := jobdesc.Options{AllLanguages: *all, Version: sfia.Version(*version), Framework: skills.Framework, LevelInfo: *levelInfo}
	if !*all {
		if opts.Languages, err = parseLanguages(*langs); err != nil {
			return fail(stderr, "%v", err)
		}
	}
	var reqs []jobdesc.Requirement
	for _, l := range levels {
		reqs = append(reqs, jobdesc.Requirement{Skill: csmg.Skill, Level: l})
	}
	d, err := jobdesc.Build(reqs, opts)
	if err != nil {
		// One line: the first problem is the one to fix first.
		first, _, _ := strings.Cut(err.Error(), "\n")
		return fail(stderr, "%s", first)
	}
	var b bytes.Buffer
	if err := anyformat.Render(&b, d, f); err != nil {
		return fail(stderr, "%v", err)
	}
	if _, err := stdout.Write(b.Bytes()); err != nil {
		fmt.Fprintf(stderr, "jobdesc: %v\n", err)
		return 1
	}
	if f == jobdesc.CSV {
		for _, n := range d.Notices {
			fmt.Fprintf(stderr, "jobdesc: note: %s\n", n.Message)
		}
	}
	return 0
}

// parseLanguages reads a tag ("pt-BR") or an Accept-Language list
// ("de,pt-BR;q=0.8"), most preferred first.
func parseLanguages(s string) ([]language.Tag, error) {
	tags, _, err := language.ParseAcceptLanguage(s)
	if err != nil || len(tags) == 0 {
		return nil, fmt.Errorf("invalid -lang %q: want a BCP 47 tag such as it or pt-BR, or a list such as de,pt-BR;q=0.8", s)
	}
	return tags, nil
}

// levelsValue is the -level flag: "4", "2,4" or "3-5", each level from 1
// to 7. Whether CSMG defines them is for jobdesc.Check to say.
type levelsValue []sfia.Level

// String returns the levels as a comma-separated list, for flag.
func (v *levelsValue) String() string {
	s := make([]string, len(*v))
	for i, l := range *v {
		s[i] = strconv.Itoa(int(l))
	}
	return strings.Join(s, ",")
}

// Set reads a level, a list or a range, for flag.
func (v *levelsValue) Set(s string) error {
	var out []sfia.Level
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err := sfia.ParseLevel(lo)
		if err != nil {
			return errors.New("want a level from 1 to 7, a list such as 2,4 or a range such as 3-5")
		}
		b := a
		if isRange {
			if b, err = sfia.ParseLevel(hi); err != nil || b < a {
				return errors.New("want a range of levels such as 3-5, low to high, each from 1 to 7")
			}
		}
		for l := a; l <= b; l++ {
			// Each level once: a list cannot grow past the seven levels,
			// however long the flag (a 128 KB list once asked for a
			// 1.5 GB page).
			if slices.Contains(out, l) {
				return fmt.Errorf("want each level once, found level %d again", l)
			}
			out = append(out, l)
		}
	}
	*v = out
	return nil
}

// fail writes one "jobdesc: ..." line to stderr and returns the usage
// error status.
func fail(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "jobdesc: "+format+"\n", args...)
	return 2
}
