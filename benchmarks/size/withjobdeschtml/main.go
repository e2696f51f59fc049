// Command withjobdeschtml builds a job description of CSMG at level 4 in
// Italian with package jobdesc and writes it as an HTML fragment with
// package jobdeschtml. Beside withcsmg, which prints the same skill's
// text through csmg alone, it shows what jobdesc and html/template cost
// a program that renders HTML (TestJobdescSize): only such a program
// links html/template.
package main

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
	"golang.org/x/text/language"
)

func main() {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: 4}},
		jobdesc.Options{Languages: []language.Tag{language.Italian}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := jobdeschtml.Write(os.Stdout, d); err != nil {
		os.Exit(1)
	}
}
