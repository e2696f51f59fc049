package parse

import (
	"regexp"
	"strings"

	"golang.org/x/text/language"
)

// A Profile is what the parser knows of pages in one language: the words
// of their headings and the site furniture to skip. The generator ships a
// profile for each language the project knows (package profiles); a seeds
// folder may add or replace one in languages/TAG.txt (see the profiles'
// README.md).
type Profile struct {
	Tag       string // canonical BCP 47 tag
	Name      string // English name of the language
	Script    string // ISO 15924 code: Latn, Cyrl, Arab...
	Direction string // "ltr" or "rtl"

	Level      string   // word in a level heading
	Heading    string   // shape of a level heading: {name}, {level} and {n}; DefaultHeading if not given
	Guidance   string   // guidance notes heading
	Activities string   // line introducing the activities
	Help       []string // headings starting the levels-not-defined help
	Lower      string   // help heading for undefined lower levels
	Higher     string   // help heading for undefined higher levels
	Sections   []string // headings starting site furniture
	Essence    string   // marker before a level essence
	Undefined  string   // prefix of the note for an undefined level
	Revision   string   // heading of the revision notes
	Furniture  []string // lines skipped wherever they stand
	End        []string // headings that end the levels: the rest is furniture
	Footer     []string // prefixes of footer lines, which end the levels too

	// File is how errors name the profile ("seeds/languages/it.txt"), and
	// Source how the model names it, "" where it has no file a user can
	// open.
	File, Source string

	lines map[string]int      // "key" and "key\x00value" to the line giving it
	byKey map[string][]string // every key's values, in the profile's order
}

// profileKeys lists the keys of a profile, in the order README.md gives.
var profileKeys = []string{"tag", "name", "script", "direction", "level", "heading", "guidance", "activities", "help",
	"lower", "higher", "section", "essence", "undefined", "revision", "furniture", "end", "footer"}

// line returns the line of the profile that gives key (with value, for a
// key that may be given more than once), or 0.
func (p *Profile) line(key, value string) int {
	if n, ok := p.lines[key+"\x00"+value]; ok {
		return n
	}
	return p.lines[key]
}

// ParseProfile parses a language profile. file names it in errors.
func ParseProfile(file string, data []byte) (*Profile, error) {
	lines, err := cleanLines(file, data)
	if err != nil {
		return nil, err
	}
	p := &Profile{File: file, lines: map[string]int{}, byKey: map[string][]string{}}
	single := map[string]*string{
		"tag": &p.Tag, "name": &p.Name, "script": &p.Script, "direction": &p.Direction,
		"level": &p.Level, "heading": &p.Heading, "guidance": &p.Guidance, "activities": &p.Activities,
		"lower": &p.Lower, "higher": &p.Higher, "essence": &p.Essence, "undefined": &p.Undefined,
		"revision": &p.Revision,
	}
	multi := map[string]*[]string{
		"help": &p.Help, "section": &p.Sections, "furniture": &p.Furniture, "end": &p.End, "footer": &p.Footer,
	}
	// values finds a heading given under two keys, which would make the
	// page reader's choice between them arbitrary.
	values := map[string]string{}
	for _, l := range lines {
		if l.text == "" || strings.HasPrefix(l.text, "#") {
			continue
		}
		k, v, ok := strings.Cut(l.text, ":")
		v = strings.TrimSpace(v)
		if !ok || v == "" {
			return nil, errorf(file, l.n, "expected key: value, found %q", l.text)
		}
		if k != strings.TrimSpace(k) {
			return nil, errorf(file, l.n, "expected the key %q right before its colon, found a space (%q)", strings.TrimSpace(k), l.text)
		}
		switch k {
		case "tag", "name", "script", "direction", "level", "heading":
		default:
			key := k
			if key == "help" || key == "lower" || key == "higher" || key == "section" {
				key = "heading" // the same line may not be two of these
			}
			if prev, dup := values[v]; dup && prev != k {
				return nil, errorf(file, l.n, "expected %q under one key, found it as %s: (line %d) and as %s:", v, prev, p.line(prev, v), k)
			}
			values[v] = k
		}
		if _, known := single[k]; known || multi[k] != nil {
			p.byKey[k] = append(p.byKey[k], v)
		}
		if dst, ok := multi[k]; ok {
			if prev, dup := p.lines[k+"\x00"+v]; dup {
				return nil, errorf(file, l.n, "expected each %s once, found %q again (first on line %d)", k, v, prev)
			}
			*dst = append(*dst, v)
			p.lines[k+"\x00"+v] = l.n
			if _, ok := p.lines[k]; !ok {
				p.lines[k] = l.n
			}
			continue
		}
		dst, ok := single[k]
		if !ok {
			return nil, errorf(file, l.n, "expected a key of the profiles' README.md (%s), found %q", strings.Join(profileKeys, ", "), k)
		}
		if prev, dup := p.lines[k]; dup {
			return nil, errorf(file, l.n, "expected %s once, found it again (first on line %d)", k, prev)
		}
		p.lines[k] = l.n
		*dst = v
	}
	for _, k := range []string{"tag", "name", "script", "direction", "level"} {
		if *single[k] == "" {
			return nil, errorf(file, 0, "expected a line %q, found none", k+": ...")
		}
	}
	tag, err := language.Parse(p.Tag)
	if err != nil {
		return nil, errorf(file, p.lines["tag"], "expected a BCP 47 tag, found %q", p.Tag)
	}
	p.Tag = tag.String()
	if _, ok := scripts[p.Script]; !ok {
		return nil, errorf(file, p.lines["script"], "expected a script the parser can check (Latn, Cyrl, Arab, Grek, Hebr, Hani, Deva), found %q", p.Script)
	}
	if p.Direction != "ltr" && p.Direction != "rtl" {
		return nil, errorf(file, p.lines["direction"], "expected direction ltr or rtl, found %q", p.Direction)
	}
	if strings.ContainsAny(p.Level, ":0123456789") {
		return nil, errorf(file, p.lines["level"], "expected the word for level alone, found %q", p.Level)
	}
	if p.Heading == "" {
		p.Heading = DefaultHeading
	}
	for _, ph := range []string{"{name}", "{level}", "{n}"} {
		if c := strings.Count(p.Heading, ph); c != 1 {
			return nil, errorf(file, p.lines["heading"], "expected %s once in heading: %s, found it %d times", ph, p.Heading, c)
		}
	}
	if strings.Index(p.Heading, "{level}") > strings.Index(p.Heading, "{n}") {
		return nil, errorf(file, p.lines["heading"], "expected {level} before {n} in heading: %s", p.Heading)
	}
	if (p.Lower != "" || p.Higher != "") && len(p.Help) == 0 {
		n := p.lines["lower"]
		if n == 0 {
			n = p.lines["higher"]
		}
		return nil, errorf(file, n, "expected a help: heading for lower: and higher: to stand under, found none")
	}
	return p, nil
}

// values returns the values the profile gives for key, in its order.
func (p *Profile) values(key string) []string { return p.byKey[key] }

// DefaultHeading is the shape of a level heading on the SFIA site's pages
// in every language the project knows: "Supporto di assistenza ai
// clienti: Livello 4". A profile's heading: key gives another.
const DefaultHeading = "{name}: {level} {n}"

// headingRE returns a regular expression for the profile's level
// headings, and the indexes of its submatches for the skill's name and
// the level's number. A colon may have a space before it, as French
// typography writes it ("Test d'accessibilité : Niveau 2"), and a space
// of the shape may be missing ("المستوى1").
func (p *Profile) headingRE() (re *regexp.Regexp, name, num int) {
	var b strings.Builder
	b.WriteString("^")
	rest := p.Heading
	group := 0
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		j := -1
		var ph string
		if i >= 0 {
			for _, cand := range []string{"{name}", "{level}", "{n}"} {
				if strings.HasPrefix(rest[i:], cand) {
					ph, j = cand, i
					break
				}
			}
		}
		if j < 0 {
			b.WriteString(loosePattern(rest))
			break
		}
		b.WriteString(loosePattern(rest[:j]))
		switch ph {
		case "{name}":
			group++
			name = group
			b.WriteString("(.+?)")
		case "{level}":
			b.WriteString(regexp.QuoteMeta(p.Level))
		case "{n}":
			group++
			num = group
			b.WriteString("([0-9]+)")
		}
		rest = rest[j+len(ph):]
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String()), name, num
}

// loosePattern quotes a literal part of a heading's shape, letting each
// space be missing and a colon have a space before it.
func loosePattern(s string) string {
	q := regexp.QuoteMeta(s)
	q = strings.ReplaceAll(q, " ", " ?")
	q = strings.ReplaceAll(q, " ?:", ":")
	return strings.ReplaceAll(q, ":", " ?:")
}

// headingText returns the level heading of the skill name at level n
// ("N" for any level), for messages.
func (p *Profile) headingText(name, n string) string {
	r := strings.NewReplacer("{name}", name, "{level}", p.Level, "{n}", n)
	return r.Replace(p.Heading)
}
