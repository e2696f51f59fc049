package jobdesc_test

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
	"github.com/sfiakit/sfiakit/skills"
)

// benchCases are the descriptions the renderers are measured on: CSMG at
// levels 3 and 4 in every language it has, side by side (ten sections of
// real text, with the registry's framework: a no-level-info notice and
// the mixed-versions one), and the fixture ABCD at levels 4 and 5 side
// by side with level information (levelFramework).
func benchCases(tb testing.TB) []struct {
	name string
	d    *jobdesc.Description
} {
	tb.Helper()
	csmgDesc, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: 3}, {Skill: csmg.Skill, Level: 4}},
		jobdesc.Options{AllLanguages: true, Framework: skills.Framework, LevelInfo: true})
	if err != nil {
		tb.Fatal(err)
	}
	levels, err := jobdesc.Build([]jobdesc.Requirement{req(4), req(5)},
		jobdesc.Options{AllLanguages: true, Framework: levelFramework, LevelInfo: true})
	if err != nil {
		tb.Fatal(err)
	}
	return []struct {
		name string
		d    *jobdesc.Description
	}{{"csmg-3-4.all", csmgDesc}, {"levels.abcd-4-5.all", levels}}
}

// The hand-written writers are the baseline of the renderers' speed: the
// same output, written by the simplest code that could write it for
// these descriptions, appending to a buffer that is reused from call to
// call and written with one Write. TestHandWritten checks that they
// write what the renderers write.

// handText writes d as WriteText does.
func handText(w io.Writer, buf *[]byte, d *jobdesc.Description) error {
	b := (*buf)[:0]
	for i := range d.Sections {
		s := &d.Sections[i]
		b = append(b, s.Name...)
		b = append(b, " ("...)
		b = append(b, s.Code...)
		b = append(b, ") — "...)
		b = append(b, s.LevelWord...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(s.Level), 10)
		b = append(b, " ("...)
		b = append(b, s.GuidingWords...)
		b = append(b, ")\n\n"...)
		b = append(b, s.Description...)
		b = append(b, "\n\n"...)
		for _, st := range s.Statements {
			b = append(b, "- "...)
			b = append(b, st...)
			b = append(b, '\n')
		}
		if hasParts(s.LevelInfo) {
			b = append(b, "\nLevel of responsibility "...)
			b = strconv.AppendInt(b, int64(s.Level), 10)
			b = append(b, ":\n"...)
			handParts(s.LevelInfo, func(label, text string) {
				b = append(b, label...)
				b = append(b, ": "...)
				b = append(b, text...)
				b = append(b, '\n')
			})
		}
		b = append(b, "\nSource: "...)
		b = handSource(b, s, raw)
		b = append(b, "\n\n"...)
	}
	for _, n := range d.Notices {
		b = append(b, "Note: "...)
		b = append(b, n.Message...)
		b = append(b, "\n\n"...)
	}
	b = append(b, jobdesc.Acknowledgement...)
	b = append(b, '\n')
	*buf = b
	_, err := w.Write(b)
	return err
}

// handMarkdown writes d as WriteMarkdown does.
func handMarkdown(w io.Writer, buf *[]byte, d *jobdesc.Description) error {
	b := (*buf)[:0]
	for i := range d.Sections {
		s := &d.Sections[i]
		b = append(b, "## "...)
		b = handMD(b, s.Name)
		b = append(b, " ("...)
		b = handMD(b, s.Code)
		b = append(b, ") — "...)
		b = handMD(b, s.LevelWord)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(s.Level), 10)
		b = append(b, " ("...)
		b = handMD(b, s.GuidingWords)
		b = append(b, ")\n\n"...)
		b = handMD(b, s.Description)
		b = append(b, "\n\n"...)
		for _, st := range s.Statements {
			b = append(b, "- "...)
			b = handMD(b, st)
			b = append(b, '\n')
		}
		if hasParts(s.LevelInfo) {
			b = append(b, "\n**Level of responsibility "...)
			b = strconv.AppendInt(b, int64(s.Level), 10)
			b = append(b, "**\n\n"...)
			handParts(s.LevelInfo, func(label, text string) {
				b = append(b, "- **"...)
				b = handMD(b, label)
				b = append(b, ":** "...)
				b = handMD(b, text)
				b = append(b, '\n')
			})
		}
		b = append(b, "\n*Source: "...)
		b = handSource(b, s, handMD)
		b = append(b, "*\n\n"...)
	}
	for _, n := range d.Notices {
		b = append(b, "> **Note:** "...)
		b = handMD(b, n.Message)
		b = append(b, "\n\n"...)
	}
	b = append(b, '*')
	b = handMD(b, jobdesc.Acknowledgement)
	b = append(b, "*\n"...)
	*buf = b
	_, err := w.Write(b)
	return err
}

// handMD appends s with every character that CommonMark could read as
// markup escaped, and a leading list marker escaped.
func handMD(b []byte, s string) []byte {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		b = append(b, '\\')
	} else if j := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && (s[j] == '.' || s[j] == ')') {
		b = append(b, s[:j]...)
		b = append(b, '\\')
		s = s[j:]
	}
	for {
		i := strings.IndexAny(s, "\\`*_[]<>#|!&")
		if i < 0 {
			return append(b, s...)
		}
		b = append(b, s[:i]...)
		b = append(b, '\\', s[i])
		s = s[i+1:]
	}
}

// handParts calls f with the label and text of each of li's texts but
// the guiding phrase.
func handParts(li *jobdesc.LevelInfo, f func(label, text string)) {
	if li == nil {
		return
	}
	for _, p := range [...][2]string{
		{"Essence", li.Essence}, {"Autonomy", li.Autonomy}, {"Influence", li.Influence},
		{"Complexity", li.Complexity}, {"Business skills", li.BusinessSkills}, {"Knowledge", li.Knowledge},
	} {
		if p[1] != "" {
			f(p[0], p[1])
		}
	}
	for _, a := range li.Attributes {
		f(a.Name, a.Description)
	}
}

// hasParts reports whether handParts calls f.
func hasParts(li *jobdesc.LevelInfo) bool {
	has := false
	handParts(li, func(string, string) { has = true })
	return has
}

// handSource appends the source line of s through esc: its version,
// language and input, and the files of its level information, each
// once. The fixtures' and the generator's sources name the file before
// the first colon.
func handSource(b []byte, s *jobdesc.Section, esc func([]byte, string) []byte) []byte {
	b = append(b, "SFIA "...)
	b = strconv.AppendInt(b, int64(s.Version), 10)
	b = append(b, ", "...)
	b = esc(b, s.Language.String())
	b = append(b, ", "...)
	b = esc(b, s.Source)
	li := s.LevelInfo
	if li == nil {
		return b
	}
	b = append(b, "; level information: "...)
	var files [8]string
	n := 0
	add := func(src string) {
		f, _, _ := strings.Cut(src, ":")
		for _, g := range files[:n] {
			if g == f {
				return
			}
		}
		if n > 0 {
			b = append(b, ", "...)
		}
		b = esc(b, f)
		files[n] = f
		n++
	}
	if li.Source != "" {
		add(li.Source)
	}
	for _, a := range li.Attributes {
		add(a.Source)
	}
	return b
}

func raw(b []byte, s string) []byte { return append(b, s...) }

// TestHandWritten checks that the baselines of BenchmarkRender write what
// WriteText and WriteMarkdown write, byte for byte.
func TestHandWritten(t *testing.T) {
	for _, c := range benchCases(t) {
		var buf []byte
		for _, f := range []struct {
			name      string
			renderer  func(*jobdesc.Description, io.Writer) error
			handWrite func(io.Writer, *[]byte, *jobdesc.Description) error
		}{
			{"text", (*jobdesc.Description).WriteText, handText},
			{"md", (*jobdesc.Description).WriteMarkdown, handMarkdown},
		} {
			var want, got bytes.Buffer
			if err := f.renderer(c.d, &want); err != nil {
				t.Fatal(err)
			}
			if err := f.handWrite(&got, &buf, c.d); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s %s: the hand-written writer writes\n%s\nwant\n%s", c.name, f.name, got.String(), want.String())
			}
		}
	}
}

// BenchmarkRender renders each case in each format into io.Discard:
// impl=jobdesc is the package's renderer, impl=hand the hand-written
// baseline above (text and Markdown), impl=encoding-json the JSON
// document through encoding/json's Encoder with SetIndent, which
// WriteJSON used before it wrote JSON itself. The targets: text and
// Markdown at most 2× impl=hand.
//
//	go test -run '^$' -bench Render -benchmem ./jobdesc/
func BenchmarkRender(b *testing.B) {
	for _, c := range benchCases(b) {
		for _, f := range []struct {
			name string
			fn   func(io.Writer, *jobdesc.Description) error
		}{
			{"text/impl=jobdesc", func(w io.Writer, d *jobdesc.Description) error { return d.WriteText(w) }},
			{"text/impl=hand", handWriter(handText)},
			{"md/impl=jobdesc", func(w io.Writer, d *jobdesc.Description) error { return d.WriteMarkdown(w) }},
			{"md/impl=hand", handWriter(handMarkdown)},
			{"json/impl=jobdesc", func(w io.Writer, d *jobdesc.Description) error { return d.WriteJSON(w) }},
			{"json/impl=encoding-json", func(w io.Writer, d *jobdesc.Description) error {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(d.Document())
			}},
			{"csv/impl=jobdesc", func(w io.Writer, d *jobdesc.Description) error { return d.WriteCSV(w) }},
			{"html/impl=jobdesc", func(w io.Writer, d *jobdesc.Description) error { return jobdeschtml.Write(w, d) }},
		} {
			b.Run("case="+c.name+"/format="+f.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := f.fn(io.Discard, c.d); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// handWriter returns a hand-written writer with its buffer, kept from
// call to call.
func handWriter(f func(io.Writer, *[]byte, *jobdesc.Description) error) func(io.Writer, *jobdesc.Description) error {
	var buf []byte
	return func(w io.Writer, d *jobdesc.Description) error { return f(w, &buf, d) }
}
