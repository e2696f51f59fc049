package jobdesc

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The renderers of this package append their output to a byte slice and
// write it with one Write: no fmt, no bufio, no template. The slice comes
// from bufPool and goes back to it, so that a program that renders many
// descriptions does not allocate one for each.

// bufPool holds *[]byte buffers for write. Its zero value is ready: no
// init.
var bufPool sync.Pool

// maxPooled is the capacity above which a buffer is dropped rather than
// kept in bufPool: a rare huge description does not pin its memory.
const maxPooled = 64 << 10

// write appends d's rendering by appendTo to a pooled buffer and writes
// it to w with one Write.
func (d *Description) write(w io.Writer, appendTo func([]byte, *Description) []byte) error {
	bp, _ := bufPool.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	b := appendTo((*bp)[:0], d)
	_, err := w.Write(b)
	if cap(b) <= maxPooled {
		*bp = b
		bufPool.Put(bp)
	}
	return err
}

// An appender appends a text to b: as it is (appendRaw), or escaped for
// a format (appendMDEscaped). The words every format shares are written
// through one, so that each format escapes them its own way.
type appender func(b []byte, s string) []byte

func appendRaw(b []byte, s string) []byte { return append(b, s...) }

// Heading returns the section's heading as every format writes it: the
// skill's name, its code and the level, in the section's language
// ("Supporto di assistenza ai clienti (CSMG) — Livello 4"). Text and
// Markdown follow it with the guiding words in parentheses.
func (s *Section) Heading() string {
	b := make([]byte, 0, len(s.Name)+len(s.Code)+len(s.LevelWord)+16)
	return string(s.appendHeading(b, appendRaw))
}

func (s *Section) appendHeading(b []byte, text appender) []byte {
	b = text(b, s.Name)
	b = append(b, " ("...)
	b = text(b, s.Code)
	b = append(b, ") — "...)
	b = text(b, s.LevelWord)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(s.Level), 10)
}

// LevelHeading returns the English words that introduce the section's
// level information in every format: "Level of responsibility 4".
func (s *Section) LevelHeading() string {
	var b [32]byte
	return string(s.appendLevelHeading(b[:0]))
}

func (s *Section) appendLevelHeading(b []byte) []byte {
	b = append(b, "Level of responsibility "...)
	return strconv.AppendInt(b, int64(s.Level), 10)
}

// SourceLine returns where the section's texts come from, as every
// format but JSON and CSV writes it after "Source: ": the SFIA version,
// language and input of the section's texts ("SFIA 9, it,
// seeds/000_f93c0a31eadc8278.txt"), and, where the section has
// LevelInfo, "; level information: " and the files its texts come from,
// each once, without the place in the file (JSON and CSV give each
// text's Source whole).
func (s *Section) SourceLine() string {
	n := len(s.Source) + 32
	if li := s.LevelInfo; li != nil {
		n += len(li.Source) + 32
		for _, a := range li.Attributes {
			n += len(a.Source) + 2
		}
	}
	return string(s.appendSourceLine(make([]byte, 0, n), appendRaw))
}

func (s *Section) appendSourceLine(b []byte, text appender) []byte {
	if s.Version > 0 {
		// s.Version.String(), without its allocation.
		b = append(b, "SFIA "...)
		b = strconv.AppendInt(b, int64(s.Version), 10)
	} else {
		b = text(b, s.Version.String())
	}
	b = append(b, ", "...)
	b = text(b, s.Language.String())
	b = append(b, ", "...)
	b = text(b, s.Source)
	li := s.LevelInfo
	if li == nil {
		return b
	}
	b = append(b, "; level information: "...)
	// The files of li.Source and of each attribute's Source, in that
	// order, each once.
	var seen [8]string
	files := seen[:0]
	add := func(source string) {
		f := fileOf(source)
		if f == "" || slices.Contains(files, f) {
			return
		}
		if len(files) > 0 {
			b = append(b, ", "...)
		}
		b = text(b, f)
		files = append(files, f)
	}
	add(li.Source)
	for _, a := range li.Attributes {
		add(a.Source)
	}
	return b
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

// A LevelPart is one text of a section's LevelInfo, as the formats show
// it (LevelInfo.Parts).
type LevelPart struct {
	// Part names the text as CSV's part column and HTML's data-part
	// attribute do: guiding_phrase, essence, autonomy, influence,
	// complexity, business_skills, knowledge, or attribute:CODE
	// ("attribute:AUTO").
	Part string
	// Label is the English name of the text ("Essence"), or, where
	// Attribute, the attribute's name in the section's language (its
	// code where the input gives no name).
	Label     string
	Attribute bool
	Text      string
	Source    string // where the text comes from, as in LevelInfo
}

// levelLabels are the parts of a LevelInfo other than its attributes, in
// the order every format shows them, with their English labels.
var levelLabels = [...]struct{ part, label string }{
	{"guiding_phrase", "Guiding phrase"},
	{"essence", "Essence"},
	{"autonomy", "Autonomy"},
	{"influence", "Influence"},
	{"complexity", "Complexity"},
	{"business_skills", "Business skills"},
	{"knowledge", "Knowledge"},
}

// Parts returns li's texts in the order every format shows them, those
// that are not "" only: the guiding phrase where withGuidingPhrase (CSV
// has it; the other formats show it as the section's GuidingWords), the
// essence, SFIA 8's five generic attributes, then SFIA 9's attributes.
// A nil li has none. The slice is new on every call.
func (li *LevelInfo) Parts(withGuidingPhrase bool) []LevelPart {
	return li.appendParts(nil, withGuidingPhrase)
}

func (li *LevelInfo) appendParts(out []LevelPart, withPhrase bool) []LevelPart {
	if li == nil {
		return out
	}
	texts := [len(levelLabels)]string{li.GuidingPhrase, li.Essence, li.Autonomy, li.Influence, li.Complexity, li.BusinessSkills, li.Knowledge}
	for i, text := range texts {
		if text == "" || (i == 0 && !withPhrase) {
			continue
		}
		out = append(out, LevelPart{Part: levelLabels[i].part, Label: levelLabels[i].label, Text: text, Source: li.Source})
	}
	for _, a := range li.Attributes {
		name := a.Name
		if name == "" {
			name = a.Code
		}
		out = append(out, LevelPart{Part: "attribute:" + a.Code, Label: name, Attribute: true, Text: a.Description, Source: a.Source})
	}
	return out
}

// appendTextParts appends a line for each of li's texts but the guiding
// phrase, as Parts(false) lists them, written by line, without making
// the slice of parts.
func (li *LevelInfo) appendTextParts(b []byte, line func(b []byte, label, text string) []byte) []byte {
	if li == nil {
		return b
	}
	texts := [len(levelLabels)]string{"", li.Essence, li.Autonomy, li.Influence, li.Complexity, li.BusinessSkills, li.Knowledge}
	for i, text := range texts {
		if text != "" {
			b = line(b, levelLabels[i].label, text)
		}
	}
	for _, a := range li.Attributes {
		name := a.Name
		if name == "" {
			name = a.Code
		}
		b = line(b, name, a.Description)
	}
	return b
}

// WriteText writes d as plain text: for each section a heading with the
// guiding words, the description, its statements as "- " lines, its
// level information where it has any ("Level of responsibility 4:", then
// a "Label: text" line for each text) and the source line; then the
// notices and the acknowledgement. It makes one Write.
func (d *Description) WriteText(w io.Writer) error { return d.write(w, appendText) }

func appendText(b []byte, d *Description) []byte {
	for i := range d.Sections {
		s := &d.Sections[i]
		b = s.appendHeading(b, appendRaw)
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
		if s.LevelInfo.hasTextParts() {
			b = append(b, '\n')
			b = s.appendLevelHeading(b)
			b = append(b, ":\n"...)
			b = s.LevelInfo.appendTextParts(b, textLine)
		}
		b = append(b, "\nSource: "...)
		b = s.appendSourceLine(b, appendRaw)
		b = append(b, "\n\n"...)
	}
	for _, n := range d.Notices {
		b = append(b, "Note: "...)
		b = append(b, n.Message...)
		b = append(b, "\n\n"...)
	}
	b = append(b, Acknowledgement...)
	return append(b, '\n')
}

func textLine(b []byte, label, text string) []byte {
	b = append(b, label...)
	b = append(b, ": "...)
	b = append(b, text...)
	return append(b, '\n')
}

// hasTextParts reports whether Parts(false) would return any part.
func (li *LevelInfo) hasTextParts() bool {
	return li != nil && (li.Essence != "" || li.Autonomy != "" || li.Influence != "" || li.Complexity != "" ||
		li.BusinessSkills != "" || li.Knowledge != "" || len(li.Attributes) > 0)
}

// mdSpecial holds the characters that CommonMark gives a meaning inline
// or at the start of a line, and "&", which would start an entity
// reference ("&copy;"): appendMDEscaped writes each after a backslash.
var mdSpecial = [256]bool{
	'\\': true, '`': true, '*': true, '_': true, '[': true, ']': true,
	'<': true, '>': true, '#': true, '|': true, '!': true, '&': true,
}

// appendMDEscaped appends s with a backslash before each mdSpecial
// character.
func appendMDEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; mdSpecial[c] {
			b = append(b, s[start:i]...)
			b = append(b, '\\', c)
			start = i + 1
		}
	}
	return append(b, s[start:]...)
}

// mdLead escapes the start of the text written from b[start:], which
// would otherwise become a list item: a text that starts with "-" or
// "+", or with digits and a dot or parenthesis. (None of these is an
// mdSpecial character, so the escaped text starts as the text did.)
func mdLead(b []byte, start int) []byte {
	s := b[start:]
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		return insertByte(b, start, '\\')
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return insertByte(b, start+i, '\\')
	}
	return b
}

func insertByte(b []byte, at int, c byte) []byte {
	b = append(b, 0)
	copy(b[at+1:], b[at:])
	b[at] = c
	return b
}

// appendMD appends s escaped for Markdown: nothing in it may become
// markup, a link, a heading, a list item or an entity reference.
func appendMD(b []byte, s string) []byte {
	start := len(b)
	return mdLead(appendMDEscaped(b, s), start)
}

// WriteMarkdown writes d as CommonMark: a level-2 heading per section,
// the description, a bullet list of statements, the level information
// where the section has any (a bold line, then a bullet per text with its
// label in bold) and the source in italics; then the notices as block
// quotes and the acknowledgement. All SFIA text is escaped. It makes one
// Write.
func (d *Description) WriteMarkdown(w io.Writer) error { return d.write(w, appendMarkdown) }

func appendMarkdown(b []byte, d *Description) []byte {
	for i := range d.Sections {
		s := &d.Sections[i]
		b = append(b, "## "...)
		start := len(b)
		b = mdLead(s.appendHeading(b, appendMDEscaped), start)
		b = append(b, " ("...)
		b = appendMD(b, s.GuidingWords)
		b = append(b, ")\n\n"...)
		b = appendMD(b, s.Description)
		b = append(b, "\n\n"...)
		for _, st := range s.Statements {
			b = append(b, "- "...)
			b = appendMD(b, st)
			b = append(b, '\n')
		}
		if s.LevelInfo.hasTextParts() {
			b = append(b, "\n**"...)
			b = s.appendLevelHeading(b) // nothing to escape
			b = append(b, "**\n\n"...)
			b = s.LevelInfo.appendTextParts(b, mdLine)
		}
		b = append(b, "\n*Source: "...)
		start = len(b)
		b = mdLead(s.appendSourceLine(b, appendMDEscaped), start)
		b = append(b, "*\n\n"...)
	}
	for _, n := range d.Notices {
		b = append(b, "> **Note:** "...)
		b = appendMD(b, n.Message)
		b = append(b, "\n\n"...)
	}
	b = append(b, '*')
	b = appendMD(b, Acknowledgement)
	return append(b, "*\n"...)
}

func mdLine(b []byte, label, text string) []byte {
	b = append(b, "- **"...)
	b = appendMD(b, label)
	b = append(b, ":** "...)
	b = appendMD(b, text)
	return append(b, '\n')
}
