// Command withjobdescall builds a job description of CSMG at level 4 in
// Italian with package jobdesc and writes it in the format named by its
// argument (Markdown by default) with package anyformat, as the example
// command does with its -format flag. Beside withcsmg, it shows what a
// program that can write every format pays (TestJobdescSize): every
// renderer, html/template's included.
package main

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"golang.org/x/text/language"
)

func main() {
	format := "md"
	if len(os.Args) > 1 {
		format = os.Args[1]
	}
	f, err := jobdesc.ParseFormat(format)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: 4}},
		jobdesc.Options{Languages: []language.Tag{language.Italian}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := anyformat.Render(os.Stdout, d, f); err != nil {
		os.Exit(1)
	}
}
