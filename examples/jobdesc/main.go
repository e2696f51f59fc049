// Command jobdesc prints a job-description section for the SFIA skill
// CSMG (customer service support) at one level of responsibility, in one
// language, from the texts embedded in github.com/sfiakit/sfiakit/csmg:
//
//	go run ./examples/jobdesc -level 4 -lang it
//
// It prints the skill's name and code, the level with its English guiding
// words, the level's description, the description's sentences as bullet
// points, the SFIA version, language and seed file the text comes from,
// and the SFIA Foundation's acknowledgement.
//
// The flags are
//
//	-level N   the level of responsibility, 1 to 7 (default 4)
//	-lang TAG  a BCP 47 language tag (default "it"); regional variants
//	           reach their language, so pt-BR gives the Portuguese text
//
// A bad flag, a level CSMG does not define (such as 7) or a language no
// seed text is in (such as de or uk) prints one line to standard error,
// nothing to standard output, and exits with status 2.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// acknowledgement is the line the SFIA licence asks publications that use
// SFIA content to carry.
const acknowledgement = "This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation."

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args (the command line without the program name), writes the
// section to stdout and returns the exit status: 0 on success, 2 for a
// usage error (reported as one line on stderr, with nothing on stdout) and
// 1 if stdout cannot be written.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jobdesc", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, on one line
	n := levelValue(4)
	fs.Var(&n, "level", "the level of responsibility, `N` from 1 to 7")
	langFlag := fs.String("lang", "it", "the language, a BCP 47 `TAG` such as it or pt-BR")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintln(stderr, "usage: jobdesc [-level N] [-lang TAG]")
			fs.PrintDefaults()
			return 0
		}
		return fail(stderr, "%v", err)
	}
	if fs.NArg() > 0 {
		return fail(stderr, "unexpected argument %q; usage: jobdesc [-level N] [-lang TAG]", fs.Arg(0))
	}

	lvl := csmg.Level(n)

	tag, err := language.Parse(*langFlag)
	if err != nil {
		return fail(stderr, "invalid -lang %q: want a BCP 47 language tag such as it or pt-BR", *langFlag)
	}
	if csmg.Version(tag) == 0 {
		return fail(stderr, "no %s text in %q; languages: %s", csmg.Code, *langFlag, languages())
	}
	if !lvl.Defined() {
		return fail(stderr, "%s is not defined at level %d; it is defined at levels %s", csmg.Code, n, definedLevels())
	}
	text, ok := lvl.Text(tag)
	if !ok {
		return fail(stderr, "%s has no %s text at level %d", csmg.Code, csmg.Version(tag), n)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "%s (%s)\n", csmg.Name(tag), csmg.Code)
	fmt.Fprintf(&b, "Level %d — %s\n", n, lvl.SFIALevel().GuidingWords())
	fmt.Fprintf(&b, "\n%s\n\n", lvl.Description(tag))
	for _, s := range lvl.Statements(tag) {
		fmt.Fprintf(&b, "- %s\n", s)
	}
	fmt.Fprintf(&b, "\nSource: %s, %s, %s\n", text.Version, text.Language, text.Source)
	fmt.Fprintln(&b, acknowledgement)
	if _, err := stdout.Write(b.Bytes()); err != nil {
		fmt.Fprintf(stderr, "jobdesc: %v\n", err)
		return 1
	}
	return 0
}

// levelValue is the -level flag: an integer from 1 to 7.
type levelValue int

func (v *levelValue) String() string { return strconv.Itoa(int(*v)) }

func (v *levelValue) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || !sfia.Level(n).Valid() {
		return errors.New("want an integer from 1 to 7")
	}
	*v = levelValue(n)
	return nil
}

// fail writes one "jobdesc: ..." line to stderr and returns the usage
// error status.
func fail(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "jobdesc: "+format+"\n", args...)
	return 2
}

// languages lists the languages CSMG is given in: "ar, es, it, pt, ru".
func languages() string {
	var names []string
	for _, t := range csmg.Languages() {
		names = append(names, t.String())
	}
	return strings.Join(names, ", ")
}

// definedLevels lists the levels CSMG is defined at, as a range ("1–6")
// where they run without a gap and as a list ("2, 4, 5") where they do not.
func definedLevels() string {
	ls := csmg.Levels()
	if len(ls) == 0 {
		return "none"
	}
	first, last := ls[0], ls[len(ls)-1]
	if len(ls) > 1 && int(last-first) == len(ls)-1 {
		return fmt.Sprintf("%d–%d", first, last)
	}
	var names []string
	for _, l := range ls {
		names = append(names, strconv.Itoa(int(l)))
	}
	return strings.Join(names, ", ")
}
