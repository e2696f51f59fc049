// Command withjobdesctext builds a job description of CSMG at level 4 in
// Italian with package jobdesc and writes it as plain text. Beside
// withcsmg, which prints the same skill's text through csmg alone, it
// shows what jobdesc costs a program that renders text only:
// TestJobdescSize checks that it adds at most 300 KB and links no
// html/template.
package main

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"golang.org/x/text/language"
)

func main() {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: 4}},
		jobdesc.Options{Languages: []language.Tag{language.Italian}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := d.WriteText(os.Stdout); err != nil {
		os.Exit(1)
	}
}
