package jobdesc

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
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
	CSV      Format = "csv"  // one row per statement (and level text)
)

// Formats returns every Format, in a fixed order, in a new slice on
// every call: a caller that changes it changes nothing else.
func Formats() []Format { return []Format{Text, Markdown, HTML, HTMLPage, JSON, CSV} }

// ParseFormat returns the Format named s ("text", "md", "html", "page",
// "json", "csv"; "markdown" is taken for "md").
func ParseFormat(s string) (Format, error) {
	if s == "markdown" {
		return Markdown, nil
	}
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	formats := Formats()
	names := make([]string, len(formats))
	for i, f := range formats {
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
// version, language and input of the section's texts, and, where the
// section has LevelInfo, "; level information: " and the files its
// texts come from.
func (s *Section) source() string {
	src := fmt.Sprintf("%v, %s, %s", s.Version, s.Language, s.Source)
	if s.LevelInfo == nil {
		return src
	}
	var files []string
	add := func(source string) {
		if f := fileOf(source); f != "" && !slices.Contains(files, f) {
			files = append(files, f)
		}
	}
	add(s.LevelInfo.Source)
	for _, a := range s.LevelInfo.Attributes {
		add(a.Source)
	}
	return src + "; level information: " + strings.Join(files, ", ")
}

// fileOf returns the input file of a source that may also say where in
// it a text is, as the generator writes them: "seeds/l.csv:3:5" (line
// and column), "seeds/a.csv:12" (a row), "seeds/w.xlsx:Levels!B3" (a
// sheet's cell or row; sheet names cannot hold ":"). Any other source is
// returned whole.
func fileOf(source string) string {
	i := strings.LastIndexByte(source, ':')
	if i < 0 {
		return source
	}
	file, where := source[:i], source[i+1:]
	switch {
	case digits(where):
		if j := strings.LastIndexByte(file, ':'); j >= 0 && digits(file[j+1:]) {
			return file[:j] // line:column
		}
		return file
	case strings.IndexByte(where, '!') > 0 && !strings.ContainsRune(where, '/'):
		return file
	}
	return source
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// A levelPart is one text of a section's LevelInfo.
type levelPart struct {
	// Part names the text in CSV ("essence", "attribute:AUTO") and in
	// HTML's data-part.
	Part string
	// Label is the English name of the text ("Essence"), or the
	// attribute's name in the section's language, where Attribute.
	Label     string
	Attribute bool
	Text      string
	Source    string
}

// parts returns li's texts in the order every format shows them: the
// guiding phrase where withPhrase, the essence, SFIA 8's five generic
// attributes and SFIA 9's attributes.
func (li *LevelInfo) parts(withPhrase bool) []levelPart {
	if li == nil {
		return nil
	}
	var out []levelPart
	for _, p := range []struct{ part, label, text string }{
		{"guiding_phrase", "Guiding phrase", li.GuidingPhrase},
		{"essence", "Essence", li.Essence},
		{"autonomy", "Autonomy", li.Autonomy},
		{"influence", "Influence", li.Influence},
		{"complexity", "Complexity", li.Complexity},
		{"business_skills", "Business skills", li.BusinessSkills},
		{"knowledge", "Knowledge", li.Knowledge},
	} {
		if p.text == "" || (p.part == "guiding_phrase" && !withPhrase) {
			continue
		}
		out = append(out, levelPart{Part: p.part, Label: p.label, Text: p.text, Source: li.Source})
	}
	for _, a := range li.Attributes {
		name := a.Name
		if name == "" {
			name = a.Code
		}
		out = append(out, levelPart{Part: "attribute:" + a.Code, Label: name, Attribute: true, Text: a.Description, Source: a.Source})
	}
	return out
}

// levelHeading introduces a section's level information.
func (s *Section) levelHeading() string {
	return fmt.Sprintf("Level of responsibility %d", s.Level)
}

// WriteText writes d as plain text: for each section a heading with the
// guiding words, the description, its statements as "- " lines, its
// level information where it has any ("Level of responsibility 4:", then
// a "Label: text" line for each text) and the source line; then the
// notices and the acknowledgement.
func (d *Description) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i := range d.Sections {
		s := &d.Sections[i]
		fmt.Fprintf(bw, "%s (%s)\n\n%s\n\n", s.heading(), s.GuidingWords, s.Description)
		for _, st := range s.Statements {
			fmt.Fprintf(bw, "- %s\n", st)
		}
		if parts := s.LevelInfo.parts(false); len(parts) > 0 {
			fmt.Fprintf(bw, "\n%s:\n", s.levelHeading())
			for _, p := range parts {
				fmt.Fprintf(bw, "%s: %s\n", p.Label, p.Text)
			}
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
// the description, a bullet list of statements, the level information
// where the section has any (a bold line, then a bullet per text with its
// label in bold) and the source in italics; then the notices as block
// quotes and the acknowledgement. All SFIA text is escaped.
func (d *Description) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i := range d.Sections {
		s := &d.Sections[i]
		fmt.Fprintf(bw, "## %s (%s)\n\n%s\n\n", md(s.heading()), md(s.GuidingWords), md(s.Description))
		for _, st := range s.Statements {
			fmt.Fprintf(bw, "- %s\n", md(st))
		}
		if parts := s.LevelInfo.parts(false); len(parts) > 0 {
			fmt.Fprintf(bw, "\n**%s**\n\n", md(s.levelHeading()))
			for _, p := range parts {
				fmt.Fprintf(bw, "- **%s:** %s\n", md(p.Label), md(p.Text))
			}
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
{{- if .LevelParts}}{{$lang := .Language}}{{$dir := .Direction}}
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
	LevelHeading                                   string
	LevelParts                                     []levelPart
}

type htmlData struct {
	Title           string
	LevelInfo       bool // some section has level information
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
			LevelHeading: s.levelHeading(),
			LevelParts:   s.LevelInfo.parts(false),
		}
		for _, st := range s.Statements {
			hs.Statements = append(hs.Statements, htmlStatement{st, hs.Language, hs.Direction})
		}
		data.LevelInfo = data.LevelInfo || len(hs.LevelParts) > 0
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
// requirement has several), the notices and the acknowledgement. A
// section's level information, where it has any, is a div of class
// sfia-level-info holding a definition list: a dt per text with its
// label (English, in a span, or the attribute's name) and a dd with the
// text and a data-part attribute naming it as CSV's part column does.
// Every
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
// change that could break a reader gets a new version. Optional members
// that appear only when a program asks for them, as level_info and the
// no-level-info notice do (Options.LevelInfo), are added to v1: every
// document written without them is unchanged and valid as before.
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
	// LevelInfo is the section's LevelInfo; absent where it has none.
	LevelInfo *LevelInfo `json:"level_info,omitempty"`
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
		var li *LevelInfo
		if s.LevelInfo != nil {
			c := *s.LevelInfo
			c.Attributes = slices.Clone(c.Attributes)
			li = &c
		}
		doc.Requirements = append(doc.Requirements, DocumentSection{
			Code: s.Code, Name: s.Name, Category: s.Category, Subcategory: s.Subcategory,
			Level: int(s.Level), LevelWord: s.LevelWord,
			GuidingWords: DocumentText{s.GuidingWords, s.GuidingLang.String()},
			Paragraph:    s.Description, Statements: st,
			Language: s.Language.String(), Direction: s.Direction,
			SFIAVersion: int(s.Version), Source: s.Source, Group: s.Group,
			LevelInfo: li,
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

// CSVHeader returns the first row WriteCSV writes for a description
// without level information, in a new slice on every call.
func CSVHeader() []string {
	return []string{"code", "skill", "level", "statement_number", "statement", "language", "sfia_version", "source", "acknowledgement"}
}

// CSVLevelInfoHeader returns the first row WriteCSV writes for a
// description with level information, in a new slice on every call:
// CSVHeader and two more columns, part and attribute_name.
func CSVLevelInfoHeader() []string { return append(CSVHeader(), "part", "attribute_name") }

// WriteCSV writes d as CSV (RFC 4180), one row per statement under
// CSVHeader. Every row carries the text's SFIA version and source and the
// acknowledgement, so that any row read alone keeps them.
//
// Where a section has LevelInfo, the header is CSVLevelInfoHeader and
// each section's statements are followed by a row for each text of its
// level information. On those rows statement_number is empty, statement
// holds the text, source is where that text comes from, and part says
// what it is: guiding_phrase, essence, autonomy, influence, complexity,
// business_skills, knowledge, or attribute:CODE ("attribute:AUTO"), the
// attribute's name being in attribute_name. On statement rows part is
// "statement" and attribute_name empty. The first nine columns keep
// their meaning, so that a reader of CSVHeader's columns that skips rows
// without a statement_number reads the statements as before.
//
// A cell that a spreadsheet would read as a formula (one that starts with
// =, +, -, @, a tab or a carriage return) is written with a leading
// apostrophe, as OWASP advises against CSV injection: spreadsheets show
// the text, and run nothing. No SFIA text starts so; an input could.
func (d *Description) WriteCSV(w io.Writer) error {
	cw := &safeCSV{csv.NewWriter(w)}
	withLevels := slices.ContainsFunc(d.Sections, func(s Section) bool { return s.LevelInfo != nil })
	header := CSVHeader()
	if withLevels {
		header = CSVLevelInfoHeader()
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, s := range d.Sections {
		level, lang, version := strconv.Itoa(int(s.Level)), s.Language.String(), strconv.Itoa(int(s.Version))
		for i, st := range s.Statements {
			row := []string{s.Code, s.Name, level, strconv.Itoa(i + 1), st, lang, version, s.Source, Acknowledgement}
			if withLevels {
				row = append(row, "statement", "")
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		for _, p := range s.LevelInfo.parts(true) {
			name := ""
			if p.Attribute {
				name = p.Label
			}
			row := []string{s.Code, s.Name, level, "", p.Text, lang, version, p.Source, Acknowledgement, p.Part, name}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.w.Flush()
	return cw.w.Error()
}

// safeCSV writes rows whose cells cannot start a formula.
type safeCSV struct{ w *csv.Writer }

// Write writes row with every cell defused (defuseCell), leaving the
// caller's slice as it is.
func (s *safeCSV) Write(row []string) error {
	out := row
	for i, c := range row {
		if d := defuseCell(c); d != c {
			if &out[0] == &row[0] {
				out = slices.Clone(row) // the caller's row stays as it is
			}
			out[i] = d
		}
	}
	return s.w.Write(out)
}

// defuseCell prefixes with an apostrophe a cell that a spreadsheet would
// take for a formula.
func defuseCell(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return "'" + c
	}
	return c
}
