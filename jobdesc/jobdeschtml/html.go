// Package jobdeschtml writes a jobdesc.Description as HTML: a
// self-contained fragment (Write) or a full page (WritePage). It is the
// only renderer of the jobdesc family that uses html/template, which
// escapes every value for its context, and so the only one that links
// it: a program that writes text, Markdown, JSON or CSV with package
// jobdesc alone does not carry html/template, text/template and their
// reflection.
//
// Every element that holds text carries lang and dir: the section's
// language and direction (rtl for a right-to-left language, such as
// Arabic), or English and ltr for the words the package adds.
package jobdeschtml

import (
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/sfiakit/sfiakit/jobdesc"
	"golang.org/x/text/language"
)

// The HTML templates. html/template escapes every value for its
// context. Every element that holds text has lang and dir. They are
// parsed on first use (templates), not at init.
const fragmentTemplate = `<div class="sfia-jobdesc" lang="en" dir="ltr">
{{- range .Groups}}
<div class="sfia-requirement{{if gt (len .) 1}} sfia-side-by-side{{end}}">
{{- range .}}{{$lang := .Language}}{{$dir := .Direction}}
<section class="sfia-section" lang="{{$lang}}" dir="{{$dir}}">
<h2 lang="{{.Language}}" dir="{{.Direction}}">{{.Heading}} <span class="sfia-guiding-words" lang="{{.GuidingLang}}" dir="{{.GuidingDir}}">({{.GuidingWords}})</span></h2>
<p class="sfia-description" lang="{{.Language}}" dir="{{.Direction}}">{{.Description}}</p>
<ul class="sfia-statements" lang="{{.Language}}" dir="{{.Direction}}">
{{- range .Statements}}
<li lang="{{$lang}}" dir="{{$dir}}">{{.}}</li>
{{- end}}
</ul>
{{- if .LevelParts}}
<div class="sfia-level-info" lang="{{$lang}}" dir="{{$dir}}">
<p class="sfia-level-info-heading" lang="{{$lang}}" dir="{{$dir}}"><span lang="en" dir="ltr">{{.LevelHeading}}</span></p>
<dl lang="{{$lang}}" dir="{{$dir}}">
{{- range .LevelParts}}
<dt lang="{{$lang}}" dir="{{$dir}}">{{if .Attribute}}{{.Label}}{{else}}<span lang="en" dir="ltr">{{.Label}}</span>{{end}}</dt>
<dd lang="{{$lang}}" dir="{{$dir}}" data-part="{{.Part}}">{{.Text}}</dd>
{{- end}}
</dl>
</div>
{{- end}}
<p class="sfia-source" lang="en" dir="ltr">Source: <span lang="en" dir="ltr">{{.Source}}</span></p>
</section>
{{- end}}
</div>
{{- end}}
{{- range .Notices}}
<p class="sfia-notice" lang="en" dir="ltr">Note: {{.Message}}</p>
{{- end}}
<p class="sfia-acknowledgement" lang="en" dir="ltr">{{.Acknowledgement}}</p>
</div>
`

const pageTemplate = `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title lang="en" dir="ltr">{{.Title}}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2em auto; max-width: 72em; padding: 0 1em; }
.sfia-side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); gap: 1.5em; }
.sfia-source, .sfia-notice, .sfia-acknowledgement { color: #555; font-size: 0.9em; }
{{- if .LevelInfo}}
.sfia-level-info { border-inline-start: 3px solid #ccc; padding-inline-start: 1em; }
.sfia-level-info-heading, .sfia-level-info dt { font-weight: 600; }
.sfia-level-info dd { margin: 0 0 0.5em; }
{{- end}}
</style>
</head>
<body>
{{template "fragment" .}}</body>
</html>
`

// tmpl holds the parsed templates. Its zero value is ready: the package
// has no init.
var tmpl struct {
	once sync.Once
	t    *template.Template
}

// templates returns the templates "fragment" and "page", parsed on the
// first call.
func templates() *template.Template {
	tmpl.once.Do(func() {
		t := template.Must(template.New("fragment").Parse(fragmentTemplate))
		tmpl.t = template.Must(t.New("page").Parse(pageTemplate))
	})
	return tmpl.t
}

type htmlSection struct {
	Heading, GuidingWords, GuidingLang, GuidingDir string
	Description, Language, Direction, Source       string
	Statements                                     []string
	LevelHeading                                   string
	LevelParts                                     []jobdesc.LevelPart
}

type htmlData struct {
	Title           string
	LevelInfo       bool // some section has level information
	Groups          [][]htmlSection
	Notices         []jobdesc.Notice
	Acknowledgement string
}

func newHTMLData(d *jobdesc.Description) htmlData {
	data := htmlData{Notices: d.Notices, Acknowledgement: jobdesc.Acknowledgement}
	var titles []string
	for i := range d.Sections {
		s := &d.Sections[i]
		if i == 0 || s.Group != d.Sections[i-1].Group {
			data.Groups = append(data.Groups, nil)
			titles = append(titles, s.Code+" level "+strconv.Itoa(int(s.Level)))
		}
		hs := htmlSection{
			Heading:      s.Heading(),
			GuidingWords: s.GuidingWords,
			GuidingLang:  s.GuidingLang.String(),
			GuidingDir:   dirOf(s.GuidingLang, s.Language, s.Direction),
			Description:  s.Description,
			Language:     s.Language.String(),
			Direction:    s.Direction,
			Source:       s.SourceLine(),
			LevelHeading: s.LevelHeading(),
			Statements:   s.Statements,
			LevelParts:   s.LevelInfo.Parts(false),
		}
		data.LevelInfo = data.LevelInfo || len(hs.LevelParts) > 0
		g := &data.Groups[len(data.Groups)-1]
		*g = append(*g, hs)
	}
	data.Title = "SFIA job description: " + strings.Join(titles, ", ")
	return data
}

// dirOf returns the direction of a text in language tag inside a
// section in sectionTag: the section's where they are the same language,
// else ltr (the English guiding words of an Arabic section).
func dirOf(tag, sectionTag language.Tag, sectionDir string) string {
	if tag == sectionTag {
		return sectionDir
	}
	return "ltr"
}

// Write writes d as a self-contained HTML fragment (jobdesc.HTML): a div
// holding a section per requirement and language (side by side in a
// grid when a requirement has several), the notices and the
// acknowledgement. A section's level information, where it has any, is a
// div of class sfia-level-info holding a definition list: a dt per text
// with its label (English, in a span, or the attribute's name) and a dd
// with the text and a data-part attribute naming it as CSV's part column
// does (jobdesc.LevelPart). Every element that holds text carries lang
// and dir (rtl for a right-to-left language, such as Arabic); every
// value is escaped.
func Write(w io.Writer, d *jobdesc.Description) error {
	return templates().ExecuteTemplate(w, "fragment", newHTMLData(d))
}

// WritePage writes d as a full HTML page (jobdesc.HTMLPage) around the
// fragment of Write, with a title and a small style sheet.
func WritePage(w io.Writer, d *jobdesc.Description) error {
	return templates().ExecuteTemplate(w, "page", newHTMLData(d))
}
