package jobdesc

import (
	"fmt"
	"strings"
)

// A Format is a way to render a Description. Each has its own writer, so
// that a program links only the formats it writes: Description.WriteText,
// WriteMarkdown, WriteJSON and WriteCSV in this package, and
// jobdeschtml.Write and jobdeschtml.WritePage in package
// github.com/sfiakit/sfiakit/jobdesc/jobdeschtml, the only one that
// links html/template. Package github.com/sfiakit/sfiakit/jobdesc/anyformat
// renders a Format chosen at run time (a command-line flag), and links
// them all.
type Format string

// The formats of a Description.
const (
	Text     Format = "text" // plain text: Description.WriteText
	Markdown Format = "md"   // CommonMark: Description.WriteMarkdown
	HTML     Format = "html" // a self-contained HTML fragment: jobdeschtml.Write
	HTMLPage Format = "page" // a full HTML page: jobdeschtml.WritePage
	JSON     Format = "json" // JSON following schema/v1.json: Description.WriteJSON
	CSV      Format = "csv"  // one row per statement (and level text): Description.WriteCSV
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
