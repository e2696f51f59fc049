package parse

import (
	"strings"

	"golang.org/x/text/language"
)

// A Profile is what the parser knows of pages in one language: the words
// of their headings and the site furniture to skip. It is read from
// languages/TAG.txt in the seeds folder (see languages/README.md there).
type Profile struct {
	Tag       string // canonical BCP 47 tag
	Name      string // English name of the language
	Script    string // ISO 15924 code: Latn, Cyrl, Arab...
	Direction string // "ltr" or "rtl"

	Level      string   // word in a level heading
	Guidance   string   // guidance notes heading
	Activities string   // line introducing the activities
	Help       []string // headings starting the levels-not-defined help
	Lower      string   // help heading for undefined lower levels
	Higher     string   // help heading for undefined higher levels
	Sections   []string // headings starting site furniture
	Essence    string   // marker before a level essence
	Undefined  string   // prefix of the note for an undefined level

	tagLine int // the line of "tag: ...", for errors
}

// ParseProfile parses a language profile. file names it in errors.
func ParseProfile(file string, data []byte) (*Profile, error) {
	lines, err := cleanLines(file, data)
	if err != nil {
		return nil, err
	}
	p := &Profile{}
	single := map[string]*string{
		"tag": &p.Tag, "name": &p.Name, "script": &p.Script, "direction": &p.Direction,
		"level": &p.Level, "guidance": &p.Guidance, "activities": &p.Activities,
		"lower": &p.Lower, "higher": &p.Higher, "essence": &p.Essence, "undefined": &p.Undefined,
	}
	seen := map[string]int{}
	for _, l := range lines {
		if l.text == "" || strings.HasPrefix(l.text, "#") {
			continue
		}
		k, v, ok := strings.Cut(l.text, ":")
		v = strings.TrimSpace(v)
		if !ok || v == "" {
			return nil, errorf(file, l.n, "expected key: value, found %q", l.text)
		}
		switch k {
		case "help":
			p.Help = append(p.Help, v)
		case "section":
			p.Sections = append(p.Sections, v)
		default:
			dst, ok := single[k]
			if !ok {
				return nil, errorf(file, l.n, "expected a key of languages/README.md (tag, name, script, direction, level, guidance, activities, help, lower, higher, section, essence, undefined), found %q", k)
			}
			if prev, dup := seen[k]; dup {
				return nil, errorf(file, l.n, "expected %s once, found it again (first on line %d)", k, prev)
			}
			seen[k] = l.n
			*dst = v
		}
	}
	for _, k := range []string{"tag", "name", "script", "direction", "level"} {
		if *single[k] == "" {
			return nil, errorf(file, 0, "expected a line %q, found none", k+": ...")
		}
	}
	tag, err := language.Parse(p.Tag)
	if err != nil {
		return nil, errorf(file, seen["tag"], "expected a BCP 47 tag, found %q", p.Tag)
	}
	p.Tag = tag.String()
	p.tagLine = seen["tag"]
	if _, ok := scripts[p.Script]; !ok {
		return nil, errorf(file, seen["script"], "expected a script the parser can check (Latn, Cyrl, Arab, Grek, Hebr, Hani, Deva), found %q", p.Script)
	}
	if p.Direction != "ltr" && p.Direction != "rtl" {
		return nil, errorf(file, seen["direction"], "expected direction ltr or rtl, found %q", p.Direction)
	}
	return p, nil
}
