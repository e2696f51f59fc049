package jobdesc

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// A Format is a way to render a Description.
type Format string

// The formats Render writes.
const (
	Text     Format = "text" // plain text
	Markdown Format = "md"   // CommonMark
	HTML     Format = "html" // a self-contained HTML fragment
	HTMLPage Format = "page" // a full HTML page
	JSON     Format = "json" // JSON following schema/v1.json
	CSV      Format = "csv"  // one row per statement
)

// Formats lists every Format, in a fixed order.
var Formats = []Format{Text, Markdown, HTML, HTMLPage, JSON, CSV}

// ParseFormat returns the Format named s ("text", "md", "html", "page",
// "json", "csv"; "markdown" is taken for "md").
func ParseFormat(s string) (Format, error) {
	if s == "markdown" {
		return Markdown, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q; formats: %s", s, strings.Join(names, ", "))
}

// Render writes d to w in format f.
func (d *Description) Render(w io.Writer, f Format) error {
	switch f {
	case Text:
		return d.WriteText(w)
	case Markdown:
		return d.WriteMarkdown(w)
	case HTML:
		return d.WriteHTML(w)
	case HTMLPage:
		return d.WriteHTMLPage(w)
	case JSON:
		return d.WriteJSON(w)
	case CSV:
		return d.WriteCSV(w)
	}
	_, err := ParseFormat(string(f))
	return err
}

// heading returns "Supporto di assistenza ai clienti (CSMG) — Livello 4".
func (s *Section) heading() string {
	return fmt.Sprintf("%s (%s) — %s %d", s.Name, s.Code, s.LevelWord, s.Level)
}

// source returns "SFIA 9, it, seeds/000_f93c0a31eadc8278.txt": the
// version, language and input of the section's texts.
func (s *Section) source() string {
	return fmt.Sprintf("%v, %s, %s", s.Version, s.Language, s.Source)
}

// WriteText writes d as plain text: for each section a heading with the
// guiding words, the description, its statements as "- " lines and the
// source line; then the notices and the acknowledgement.
func (d *Description) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i := range d.Sections {
		s := &d.Sections[i]
		fmt.Fprintf(bw, "%s (%s)\n\n%s\n\n", s.heading(), s.GuidingWords, s.Description)
		for _, st := range s.Statements {
			fmt.Fprintf(bw, "- %s\n", st)
		}
		fmt.Fprintf(bw, "\nSource: %s\n\n", s.source())
	}
	for _, n := range d.Notices {
		fmt.Fprintf(bw, "Note: %s\n\n", n.Message)
	}
	fmt.Fprintln(bw, Acknowledgement)
	return bw.Flush()
}

// markdownEscaper backslash-escapes the characters that CommonMark gives
// a meaning inline or at the start of a line, and "&", which would start
// an entity reference ("&copy;").
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "!", `\!`, "&", `\&`,
)

func md(s string) string {
	s = markdownEscaper.Replace(s)
	// A text that starts with "-" or "+", or with digits and a dot or
	// parenthesis, would become a list item.
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		return `\` + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// WriteMarkdown writes d as CommonMark: a level-2 heading per section,
// the description, a bullet list of statements and the source in
// italics; then the notices as block quotes and the acknowledgement. All
// SFIA text is escaped.
func (d *Description) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i := range d.Sections {
		s := &d.Sections[i]
		fmt.Fprintf(bw, "## %s (%s)\n\n%s\n\n", md(s.heading()), md(s.GuidingWords), md(s.Description))
		for _, st := range s.Statements {
			fmt.Fprintf(bw, "- %s\n", md(st))
		}
		fmt.Fprintf(bw, "\n*Source: %s*\n\n", md(s.source()))
	}
	for _, n := range d.Notices {
		fmt.Fprintf(bw, "> **Note:** %s\n\n", md(n.Message))
	}
	fmt.Fprintf(bw, "*%s*\n", md(Acknowledgement))
	return bw.Flush()
}

// The HTML templates. html/template escapes every value for its
// context. Every element that holds text has lang and dir. They are
// parsed on first use, not at init, so that importing jobdesc costs a
// program nothing until it renders HTML.
const fragmentTemplate = `<div class="sfia-jobdesc" lang="en" dir="ltr">
{{- range .Groups}}
<div class="sfia-requirement{{if gt (len .) 1}} sfia-side-by-side{{end}}">
{{- range .}}
<section class="sfia-section" lang="{{.Language}}" dir="{{.Direction}}">
<h2 lang="{{.Language}}" dir="{{.Direction}}">{{.Heading}} <span class="sfia-guiding-words" lang="{{.GuidingLang}}" dir="{{.GuidingDir}}">({{.GuidingWords}})</span></h2>
<p class="sfia-description" lang="{{.Language}}" dir="{{.Direction}}">{{.Description}}</p>
<ul class="sfia-statements" lang="{{.Language}}" dir="{{.Direction}}">
{{- range .Statements}}
<li lang="{{.Lang}}" dir="{{.Dir}}">{{.Text}}</li>
{{- end}}
</ul>
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
</style>
</head>
<body>
{{template "fragment" .}}</body>
</html>
`

var htmlTemplates = sync.OnceValue(func() *template.Template {
	t := template.Must(template.New("fragment").Parse(fragmentTemplate))
	return template.Must(t.New("page").Parse(pageTemplate))
})

type htmlStatement struct {
	Text, Lang, Dir string
}

type htmlSection struct {
	Heading, GuidingWords, GuidingLang, GuidingDir string
	Description, Language, Direction, Source       string
	Statements                                     []htmlStatement
}

type htmlData struct {
	Title           string
	Groups          [][]htmlSection
	Notices         []Notice
	Acknowledgement string
}

func (d *Description) htmlData() htmlData {
	data := htmlData{Notices: d.Notices, Acknowledgement: Acknowledgement}
	var titles []string
	for i := range d.Sections {
		s := &d.Sections[i]
		if i == 0 || s.Group != d.Sections[i-1].Group {
			data.Groups = append(data.Groups, nil)
			titles = append(titles, fmt.Sprintf("%s level %d", s.Code, s.Level))
		}
		hs := htmlSection{
			Heading:      s.heading(),
			GuidingWords: s.GuidingWords,
			GuidingLang:  s.GuidingLang.String(),
			GuidingDir:   dirOf(s.GuidingLang, s.Language, s.Direction),
			Description:  s.Description,
			Language:     s.Language.String(),
			Direction:    s.Direction,
			Source:       s.source(),
		}
		for _, st := range s.Statements {
			hs.Statements = append(hs.Statements, htmlStatement{st, hs.Language, hs.Direction})
		}
		g := &data.Groups[len(data.Groups)-1]
		*g = append(*g, hs)
	}
	data.Title = "SFIA job description: " + strings.Join(titles, ", ")
	return data
}

func dirOf(tag, sectionTag language.Tag, sectionDir string) string {
	if tag == sectionTag {
		return sectionDir
	}
	return "ltr"
}

// WriteHTML writes d as a self-contained HTML fragment: a div holding a
// section per requirement and language (side by side in a grid when a
// requirement has several), the notices and the acknowledgement. Every
// element that holds text carries lang and dir (rtl for a right-to-left
// language, such as Arabic); every value is escaped.
func (d *Description) WriteHTML(w io.Writer) error {
	return htmlTemplates().ExecuteTemplate(w, "fragment", d.htmlData())
}

// WriteHTMLPage writes d as a full HTML page around the fragment of
// WriteHTML, with a title and a small style sheet.
func (d *Description) WriteHTMLPage(w io.Writer) error {
	return htmlTemplates().ExecuteTemplate(w, "page", d.htmlData())
}

// SchemaVersion is the version of the JSON document WriteJSON writes; the
// schema is schema/v1.json in this package's folder (JSONSchema). A
// change that could break a reader gets a new version.
const SchemaVersion = 1

// SchemaID is the $id of the JSON schema and the "schema" member of
// every document.
const SchemaID = "https://github.com/sfiakit/sfiakit/jobdesc/schema/v1.json"

// Document is the JSON form of a Description (schema/v1.json).
type Document struct {
	Schema          string            `json:"schema"`
	SchemaVersion   int               `json:"schema_version"`
	Acknowledgement string            `json:"acknowledgement"`
	Notices         []Notice          `json:"notices"`
	Requirements    []DocumentSection `json:"requirements"`
}

// DocumentSection is the JSON form of a Section.
type DocumentSection struct {
	Code         string       `json:"code"`
	Name         string       `json:"name"`
	Category     string       `json:"category,omitempty"`
	Subcategory  string       `json:"subcategory,omitempty"`
	Level        int          `json:"level"`
	LevelWord    string       `json:"level_word"`
	GuidingWords DocumentText `json:"guiding_words"`
	Paragraph    string       `json:"paragraph"`
	Statements   []string     `json:"statements"`
	Language     string       `json:"language"`
	Direction    string       `json:"direction"`
	SFIAVersion  int          `json:"sfia_version"`
	Source       string       `json:"source"`
	Group        int          `json:"group"`
}

// DocumentText is a text and the language it is in.
type DocumentText struct {
	Text     string `json:"text"`
	Language string `json:"language"`
}

// Document returns d in its JSON form.
func (d *Description) Document() Document {
	doc := Document{
		Schema:          SchemaID,
		SchemaVersion:   SchemaVersion,
		Acknowledgement: Acknowledgement,
		Notices:         d.Notices,
		Requirements:    []DocumentSection{},
	}
	if doc.Notices == nil {
		doc.Notices = []Notice{}
	}
	for _, s := range d.Sections {
		st := s.Statements
		if st == nil {
			st = []string{}
		}
		doc.Requirements = append(doc.Requirements, DocumentSection{
			Code: s.Code, Name: s.Name, Category: s.Category, Subcategory: s.Subcategory,
			Level: int(s.Level), LevelWord: s.LevelWord,
			GuidingWords: DocumentText{s.GuidingWords, s.GuidingLang.String()},
			Paragraph:    s.Description, Statements: st,
			Language: s.Language.String(), Direction: s.Direction,
			SFIAVersion: int(s.Version), Source: s.Source, Group: s.Group,
		})
	}
	return doc
}

// WriteJSON writes d as an indented JSON document following
// schema/v1.json.
func (d *Description) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d.Document())
}

// CSVHeader is the first row WriteCSV writes.
var CSVHeader = []string{"code", "skill", "level", "statement_number", "statement", "language", "sfia_version", "source", "acknowledgement"}

// WriteCSV writes d as CSV (RFC 4180), one row per statement under
// CSVHeader. Every row carries the text's SFIA version and source and the
// acknowledgement, so that any row read alone keeps them.
func (d *Description) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, s := range d.Sections {
		for i, st := range s.Statements {
			row := []string{s.Code, s.Name, strconv.Itoa(int(s.Level)), strconv.Itoa(i + 1), st,
				s.Language.String(), strconv.Itoa(int(s.Version)), s.Source, Acknowledgement}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
