package anyformat_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
	"golang.org/x/text/language"
)

// TestRender checks that Render writes each format with that format's
// writer, takes "markdown" for Markdown, and writes nothing for a name
// that is not a format.
func TestRender(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: abcd, Level: 3}},
		jobdesc.Options{Languages: []language.Tag{language.French}})
	if err != nil {
		t.Fatal(err)
	}
	writers := map[jobdesc.Format]func(io.Writer, *jobdesc.Description) error{
		jobdesc.Text:     func(w io.Writer, d *jobdesc.Description) error { return d.WriteText(w) },
		jobdesc.Markdown: func(w io.Writer, d *jobdesc.Description) error { return d.WriteMarkdown(w) },
		"markdown":       func(w io.Writer, d *jobdesc.Description) error { return d.WriteMarkdown(w) },
		jobdesc.HTML:     jobdeschtml.Write,
		jobdesc.HTMLPage: jobdeschtml.WritePage,
		jobdesc.JSON:     func(w io.Writer, d *jobdesc.Description) error { return d.WriteJSON(w) },
		jobdesc.CSV:      func(w io.Writer, d *jobdesc.Description) error { return d.WriteCSV(w) },
	}
	if len(writers) != len(jobdesc.Formats())+1 {
		t.Fatalf("the test knows %d formats and an alias, jobdesc has %d formats", len(writers)-1, len(jobdesc.Formats()))
	}
	for f, write := range writers {
		var got, want bytes.Buffer
		if err := anyformat.Render(&got, d, f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if err := write(&want, d); err != nil {
			t.Fatal(err)
		}
		if got.Len() == 0 || got.String() != want.String() {
			t.Errorf("Render(%s) wrote\n%s\nwant\n%s", f, got.String(), want.String())
		}
	}
	var b bytes.Buffer
	if err := anyformat.Render(&b, d, "pdf"); err == nil || b.Len() != 0 {
		t.Errorf("Render(pdf): error %v, wrote %q", err, b.String())
	}
}
