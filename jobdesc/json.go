package jobdesc

import (
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

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

// Document is the JSON form of a Description (schema/v1.json), for
// programs that put it into documents of their own or read it back
// with encoding/json. WriteJSON writes the same document as
// encoding/json's Encoder with SetIndent("", "  ") writes Document,
// byte for byte, without linking encoding/json.
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
// schema/v1.json (the Document of d), and a newline. It writes the
// document directly, members in Document's order, and makes one Write.
func (d *Description) WriteJSON(w io.Writer) error { return d.write(w, appendJSON) }

// appendJSON appends the document encoding/json would write for
// d.Document() with an Encoder whose indent is two spaces: the same
// members in the same order, omitempty where Document says so, strings
// escaped as encoding/json escapes them (HTML characters included).
// TestJSONIsEncodingJSON checks that it is byte for byte the same.
func appendJSON(b []byte, d *Description) []byte {
	w := jsonWriter{b: b}
	w.open('{')
	w.key("schema")
	w.str(SchemaID)
	w.key("schema_version")
	w.num(SchemaVersion)
	w.key("acknowledgement")
	w.str(Acknowledgement)
	w.key("notices")
	w.open('[')
	for _, n := range d.Notices {
		w.next()
		w.open('{')
		w.key("kind")
		w.str(n.Kind)
		w.key("message")
		w.str(n.Message)
		w.close('}')
	}
	w.close(']')
	w.key("requirements")
	w.open('[')
	for i := range d.Sections {
		s := &d.Sections[i]
		w.next()
		w.open('{')
		w.key("code")
		w.str(s.Code)
		w.key("name")
		w.str(s.Name)
		w.optString("category", s.Category)
		w.optString("subcategory", s.Subcategory)
		w.key("level")
		w.num(int(s.Level))
		w.key("level_word")
		w.str(s.LevelWord)
		w.key("guiding_words")
		w.open('{')
		w.key("text")
		w.str(s.GuidingWords)
		w.key("language")
		w.str(s.GuidingLang.String())
		w.close('}')
		w.key("paragraph")
		w.str(s.Description)
		w.key("statements")
		w.open('[')
		for _, st := range s.Statements {
			w.next()
			w.str(st)
		}
		w.close(']')
		w.key("language")
		w.str(s.Language.String())
		w.key("direction")
		w.str(s.Direction)
		w.key("sfia_version")
		w.num(int(s.Version))
		w.key("source")
		w.str(s.Source)
		w.key("group")
		w.num(s.Group)
		if li := s.LevelInfo; li != nil {
			w.key("level_info")
			w.open('{')
			w.optString("source", li.Source)
			w.optString("guiding_phrase", li.GuidingPhrase)
			w.optString("essence", li.Essence)
			w.optString("autonomy", li.Autonomy)
			w.optString("influence", li.Influence)
			w.optString("complexity", li.Complexity)
			w.optString("business_skills", li.BusinessSkills)
			w.optString("knowledge", li.Knowledge)
			if len(li.Attributes) > 0 {
				w.key("attributes")
				w.open('[')
				for _, a := range li.Attributes {
					w.next()
					w.open('{')
					w.key("code")
					w.str(a.Code)
					w.key("name")
					w.str(a.Name)
					w.optString("type", a.Type)
					w.key("description")
					w.str(a.Description)
					w.key("source")
					w.str(a.Source)
					w.close('}')
				}
				w.close(']')
			}
			w.close('}')
		}
		w.close('}')
	}
	w.close(']')
	w.close('}')
	return append(w.b, '\n')
}

// A jsonWriter appends indented JSON (two spaces a level, as
// encoding/json's Indent writes it) to b: an object or array with no
// member is "{}" or "[]", every other member is on a line of its own.
type jsonWriter struct {
	b     []byte
	depth int
	empty bool // the innermost object or array has no member yet
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.empty = true
}

func (w *jsonWriter) close(c byte) {
	w.depth--
	if !w.empty {
		w.newline()
	}
	w.b = append(w.b, c)
	w.empty = false
}

// next starts a member of the innermost object or array.
func (w *jsonWriter) next() {
	if !w.empty {
		w.b = append(w.b, ',')
	}
	w.empty = false
	w.newline()
}

func (w *jsonWriter) newline() {
	w.b = append(w.b, '\n')
	for range w.depth {
		w.b = append(w.b, "  "...)
	}
}

// key starts an object's member named k, which needs no escaping.
func (w *jsonWriter) key(k string) {
	w.next()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, `": `...)
}

// optString writes the member k: s, unless s is "" (omitempty).
func (w *jsonWriter) optString(k, s string) {
	if s != "" {
		w.key(k)
		w.str(s)
	}
}

func (w *jsonWriter) str(s string) { w.b = appendJSONString(w.b, s) }

func (w *jsonWriter) num(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

// jsonSafe holds the ASCII characters that appendJSONString writes as
// they are: encoding/json's htmlSafeSet, every printable character and
// DEL but the quote, the backslash, and <, > and &, which it escapes so
// that a document is safe inside HTML.
var jsonSafe = [utf8.RuneSelf]bool{
	' ': true, '!': true, '#': true, '$': true, '%': true, '\'': true, '(': true, ')': true,
	'*': true, '+': true, ',': true, '-': true, '.': true, '/': true,
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	':': true, ';': true, '=': true, '?': true, '@': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true,
	'J': true, 'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true,
	'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'[': true, ']': true, '^': true, '_': true, '`': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
	'{': true, '|': true, '}': true, '~': true, '\u007f': true,
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it by default: \" \\ \b \f \n \r \t, \u00XX for the other
// control characters and for <, > and &, \ufffd for each byte that is
// not UTF-8, and \u2028 and \u2029 (which JavaScript reads as line
// ends).
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
