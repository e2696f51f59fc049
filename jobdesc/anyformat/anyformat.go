// Package anyformat renders a jobdesc.Description in a jobdesc.Format
// chosen at run time, such as the -format flag of a command: text,
// Markdown, HTML, an HTML page, JSON or CSV.
//
// It links the writers of every format, html/template's included. A
// program that knows the formats it writes calls their writers instead
// (Description.WriteText, WriteMarkdown, WriteJSON and WriteCSV of
// package jobdesc, jobdeschtml.Write and WritePage) and links only those.
package anyformat

import (
	"io"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
)

// Render writes d to w in format f, which may be any name
// jobdesc.ParseFormat takes ("markdown" for jobdesc.Markdown). For a
// name it does not take, it writes nothing and returns ParseFormat's
// error, which lists the formats.
func Render(w io.Writer, d *jobdesc.Description, f jobdesc.Format) error {
	switch f {
	case jobdesc.Text:
		return d.WriteText(w)
	case jobdesc.Markdown:
		return d.WriteMarkdown(w)
	case jobdesc.HTML:
		return jobdeschtml.Write(w, d)
	case jobdesc.HTMLPage:
		return jobdeschtml.WritePage(w, d)
	case jobdesc.JSON:
		return d.WriteJSON(w)
	case jobdesc.CSV:
		return d.WriteCSV(w)
	}
	g, err := jobdesc.ParseFormat(string(f))
	if err != nil {
		return err
	}
	return Render(w, d, g) // another name of a format: "markdown"
}
