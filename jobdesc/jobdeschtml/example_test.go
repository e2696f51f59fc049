package jobdeschtml_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// abcd is a made-up skill ABCD, defined at level 4 in Arabic (SFIA 8),
// built as generated code builds its table. A program passes a generated
// package's skill instead (csmg.Skill).
var abcd sfia.Skill = &sfiaimpl.Skill{
	SkillCode:   "ABCD",
	DefinedMask: 1 << 3, // level 4
	Langs:       sfiaimpl.Languages{Tags: []string{"ar"}},
	Translations: [][]*sfiaimpl.Translation{{{
		Version:   8,
		Source:    "fixture/abcd_ar8.txt",
		LevelWord: "الدرفون",
		Direction: "rtl",
		Name:      "زلمقة البرتوف",
		Levels: [7]sfiaimpl.LevelText{3: {
			Description: "يبرتف الزلامق ويسنكر الفرتوم. يطرشن الدوانق.",
			Breaks:      []uint16{uint16(len("يبرتف الزلامق ويسنكر الفرتوم. "))},
		}},
	}}},
}

func ExampleWrite() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 4}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.Arabic}})
	if err != nil {
		panic(err)
	}
	jobdeschtml.Write(os.Stdout, d)
	// Output:
	// <div class="sfia-jobdesc" lang="en" dir="ltr">
	// <div class="sfia-requirement">
	// <section class="sfia-section" lang="ar" dir="rtl">
	// <h2 lang="ar" dir="rtl">زلمقة البرتوف (ABCD) — الدرفون 4 <span class="sfia-guiding-words" lang="en" dir="ltr">(Enable)</span></h2>
	// <p class="sfia-description" lang="ar" dir="rtl">يبرتف الزلامق ويسنكر الفرتوم. يطرشن الدوانق.</p>
	// <ul class="sfia-statements" lang="ar" dir="rtl">
	// <li lang="ar" dir="rtl">يبرتف الزلامق ويسنكر الفرتوم.</li>
	// <li lang="ar" dir="rtl">يطرشن الدوانق.</li>
	// </ul>
	// <p class="sfia-source" lang="en" dir="ltr">Source: <span lang="en" dir="ltr">SFIA 8, ar, fixture/abcd_ar8.txt</span></p>
	// </section>
	// </div>
	// <p class="sfia-acknowledgement" lang="en" dir="ltr">This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.</p>
	// </div>
}

// WritePage writes the fragment of Write inside a page with a title and
// a style sheet; here, the page's first lines.
func ExampleWritePage() {
	reqs := []jobdesc.Requirement{{Skill: abcd, Level: 4}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.Arabic}})
	if err != nil {
		panic(err)
	}
	var page bytes.Buffer
	if err := jobdeschtml.WritePage(&page, d); err != nil {
		panic(err)
	}
	lines := strings.Split(page.String(), "\n")
	fmt.Println(strings.Join(lines[:6], "\n"))
	// Output:
	// <!DOCTYPE html>
	// <html lang="en" dir="ltr">
	// <head>
	// <meta charset="utf-8">
	// <meta name="viewport" content="width=device-width, initial-scale=1">
	// <title lang="en" dir="ltr">SFIA job description: ABCD level 4</title>
}
