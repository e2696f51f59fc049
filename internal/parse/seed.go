package parse

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/model"
)

// scripts are the scripts a profile may declare, by ISO 15924 code.
var scripts = map[string]*unicode.RangeTable{
	"Latn": unicode.Latin,
	"Cyrl": unicode.Cyrillic,
	"Arab": unicode.Arabic,
	"Grek": unicode.Greek,
	"Hebr": unicode.Hebrew,
	"Hani": unicode.Han,
	"Deva": unicode.Devanagari,
}

var (
	versionRE = regexp.MustCompile(`\bSFIA ?([0-9]+)\b`)
	// bulletRE matches a list item's marker: a bullet character, or a
	// dash or asterisk followed by a space ("*/" is no bullet).
	bulletRE = regexp.MustCompile(`^(?:[•·▪◦] ?|[-–*] )`)
	// barRE matches the bar of level numbers a page shows before its
	// levels ("1 | 2 | 3 | 4 | 5 | 6 |", "1 2 3 4 5 6").
	barRE = regexp.MustCompile(`^[1-7](?: ?\|? ?[1-7])* ?\|?$`)
	// separatorRE matches a line that only separates blocks: rules,
	// asterisms, a lone bullet.
	separatorRE = regexp.MustCompile(`^[-–—_=*·•~#|]+(?: [-–—_=*·•~#|]+)*$`)
	// urlRE matches a line that is a link: the site's short links, say.
	urlRE = regexp.MustCompile(`^(?:https?://|www\.|sfia-online\.org)\S*$`)
)

// An Explained line is how the page reader used one line of a seed: as
// the content of a field, as furniture it skipped, or not at all.
type Explained struct {
	Line  int    // 1-based line number in the seed
	Class string // "name", "description", "level 3: statement", "furniture: ..."
	Text  string // the line after clean-up
}

// Seed parses one seed file into a translation and the framework texts
// it shows. file names the seed in errors and src in the model's Source
// fields. e is the seed's manifest entry and p the profile of its
// language.
func Seed(file, src string, data []byte, e Entry, p *Profile) (model.Translation, model.Framework, error) {
	t, fw, _, err := seed(file, src, data, e, p)
	return t, fw, err
}

// Explain parses one seed file as Seed does, and says how it used each of
// its lines. Where the seed has an error, the lines up to the error are
// explained and the error is returned too.
func Explain(file string, data []byte, e Entry, p *Profile) ([]Explained, error) {
	_, _, ex, err := seed(file, file, data, e, p)
	return ex, err
}

func seed(file, src string, data []byte, e Entry, p *Profile) (model.Translation, model.Framework, []Explained, error) {
	t := model.Translation{Source: src, Language: e.Language, Version: e.Version}
	fw := model.Framework{Language: e.Language}
	lines, err := cleanLines(file, data)
	if err != nil {
		return t, fw, nil, err
	}
	ps := &seedParser{file: file, src: src, e: e, p: p, lines: lines, t: &t, fw: &fw, class: make([]string, len(lines))}
	if !slices.ContainsFunc(lines, func(l line) bool { return l.text != "" }) {
		return t, fw, ps.explained(), errorf(file, 0, "expected a seed text, found an empty file")
	}
	err = ps.parse()
	return t, fw, ps.explained(), err
}

type seedParser struct {
	file  string // for errors
	src   string // for the model
	e     Entry
	p     *Profile
	lines []line
	t     *model.Translation
	fw    *model.Framework
	class []string // how each line was used, by index into lines

	heading *regexp.Regexp // "<name>: <level> N", or the profile's shape
	nameAt  int            // the submatch of heading that holds the name
	numAt   int            // and the one that holds the level's number
	// headPrefix is what a level heading of this skill starts with, up to
	// the level word ("<name>:"), or "" where its shape starts otherwise.
	headPrefix string
	bare       *regexp.Regexp // "<level> N", the heading of a level shown for its essence only
	essence    *regexp.Regexp // "<level> N - <words>: <marker> <essence>"
	shape      *regexp.Regexp // "<level> N - <words>: <rest>", any essence line

	bar     []int // the levels the bar before the levels shows, if any
	barLine int
	// before holds the lines that stand before the levels and are not
	// the skill's text (headings, furniture), by text: a level may not
	// repeat one.
	before map[string]int
}

func (ps *seedParser) errorf(n int, format string, args ...any) error {
	return errorf(ps.file, n, format, args...)
}

// profileErrorf reports a problem that the profile can fix, at the
// profile line that gives key (and value), or at the profile as a whole.
func (ps *seedParser) profileErrorf(key, value string, format string, args ...any) error {
	err := errorf(ps.p.File, ps.p.line(key, value), format, args...)
	err.Msg += ps.shippedHint()
	return err
}

// shippedHint says how to change a profile the generator ships, for an
// error that asks for a change: "" for a profile of the seeds folder.
func (ps *seedParser) shippedHint() string {
	if !strings.HasPrefix(ps.p.Source, ShippedSource) {
		return ""
	}
	return fmt.Sprintf(" (the generator ships this profile: to change it, save the output of `gen -profile %s` as %s/%s.txt in the seeds folder and edit that)", ps.p.Tag, LanguagesDir, ps.p.Tag)
}

func (ps *seedParser) explained() []Explained {
	out := make([]Explained, 0, len(ps.lines))
	for i, l := range ps.lines {
		c := ps.class[i]
		switch {
		case l.text == "":
			c = "blank"
		case c == "":
			c = "not read (after an error)"
		}
		out = append(out, Explained{Line: l.n, Class: c, Text: l.text})
	}
	return out
}

func (ps *seedParser) parse() error {
	if err := ps.structure(); err != nil {
		// A seed declared under the wrong language fails on headings its
		// profile does not know; say that its script is wrong rather than
		// blame its structure.
		all := make([]string, len(ps.lines))
		for i, l := range ps.lines {
			all[i] = l.text
		}
		if serr := ps.checkScript(all...); serr != nil {
			return serr
		}
		return err
	}
	texts := []string{ps.t.Name, ps.t.Description}
	for _, l := range ps.t.Levels {
		texts = append(texts, l.Paragraph, l.Note)
	}
	return ps.checkScript(texts...)
}

// structure reads the seed's parts: preamble, header and levels.
func (ps *seedParser) structure() error {
	i, err := ps.preamble()
	if err != nil {
		return err
	}
	lv := regexp.QuoteMeta(ps.p.Level)
	// A colon may have a space before it, as French typography writes
	// it ("Test d'accessibilité : Niveau 2"; a non-breaking space is a
	// space after clean-up).
	ps.heading, ps.nameAt, ps.numAt = ps.p.headingRE()
	if i := strings.Index(ps.p.Heading, "{level}"); strings.Index(ps.p.Heading, "{name}") < i {
		ps.headPrefix = strings.TrimSpace(strings.ReplaceAll(ps.p.Heading[:i], "{name}", ps.t.Name))
	}
	ps.bare = regexp.MustCompile(`^` + lv + ` ?([0-9]+)$`)
	ps.shape = regexp.MustCompile(`^` + lv + ` ?([0-9]+) ?[-–—] ?(.+?) ?: ?(.+)$`)
	if ps.p.Essence != "" {
		marker := regexp.QuoteMeta(strings.TrimSpace(strings.TrimSuffix(ps.p.Essence, ":")))
		if strings.HasSuffix(ps.p.Essence, ":") {
			marker += ` ?:`
		}
		ps.essence = regexp.MustCompile(`^` + lv + ` ?([0-9]+) ?[-–—] ?(.+?) ?: ` + marker + ` (.+)$`)
	}
	i, err = ps.header(i)
	if err != nil {
		return err
	}
	if err := ps.levels(i); err != nil {
		return err
	}
	if ps.fw.LowerHelp != "" || ps.fw.HigherHelp != "" {
		ps.fw.HelpVer, ps.fw.HelpSrc = ps.e.Version, ps.src
	}
	return nil
}

// preamble finds the name-and-code line and reads what stands before it:
// navigation and a framework tagline, which it skips, and a breadcrumb
// that states the SFIA version and the skill's category. It returns the
// index of the line after the name.
func (ps *seedParser) preamble() (int, error) {
	suffix := " " + ps.e.Skill
	at := -1
	for i, l := range ps.lines {
		if strings.HasSuffix(l.text, suffix) && len(l.text) > len(suffix) {
			at = i
			break
		}
	}
	if at < 0 {
		return 0, ps.errorf(firstText(ps.lines), "expected a line %q naming the skill and its code, found none", "<skill name> "+ps.e.Skill)
	}
	ps.t.Name = strings.TrimSuffix(ps.lines[at].text, suffix)
	ps.class[at] = "name and code"
	ps.before = map[string]int{}
	// stated is the first line outside a breadcrumb that states another
	// SFIA version than the manifest's, and states is whether one states
	// the manifest's: navigation may name several versions, a tagline
	// one.
	stated, states := line{}, false
	for i, l := range ps.lines[:at] {
		if l.text == "" {
			continue
		}
		ps.class[i] = "furniture: before the skill's name"
		ps.before[l.text] = l.n
		m := versionRE.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		v, _ := strconv.Atoi(m[1])
		// A breadcrumb: ... / SFIA 6 / Skills / Category / Subcategory / Name.
		parts := strings.Split(l.text, " / ")
		if len(parts) < 3 {
			parts = strings.Split(l.text, " > ")
		}
		if len(parts) < 3 {
			for _, m := range versionRE.FindAllStringSubmatch(l.text, -1) {
				if v, _ := strconv.Atoi(m[1]); v == ps.e.Version {
					states = true
				} else if stated.n == 0 {
					stated = line{n: l.n, text: m[0]}
				}
			}
			continue
		}
		if v != ps.e.Version {
			return 0, ps.errorf(l.n, "expected SFIA %d as declared in %s line %d, found the breadcrumb stating %q", ps.e.Version, ManifestName, ps.e.Line, m[0])
		}
		states = true
		ps.class[i] = "breadcrumb"
		for j, part := range parts {
			if versionRE.MatchString(part) && len(parts)-j == 5 && parts[len(parts)-1] == ps.t.Name {
				ps.t.Category, ps.t.Subcategory = parts[j+2], parts[j+3]
				ps.class[i] = "breadcrumb: category and subcategory"
			}
		}
	}
	if stated.n > 0 && !states {
		return 0, ps.errorf(stated.n, "expected SFIA %d as declared in %s line %d, found the text stating %q", ps.e.Version, ManifestName, ps.e.Line, stated.text)
	}
	return at + 1, nil
}

func firstText(lines []line) int {
	for _, l := range lines {
		if l.text != "" {
			return l.n
		}
	}
	return 1
}

type section int

const (
	inDescription section = iota
	inGuidance
	inActivities
	inHelp
	inFurniture
	inRevision
)

// furniture reports whether s is a line the reader skips wherever it
// stands, and what it is.
func (ps *seedParser) furniture(s string) (string, bool) {
	switch {
	case slices.Contains(ps.p.Furniture, s):
		return "furniture", true
	case barRE.MatchString(s):
		return "furniture: levels bar", true
	case separatorRE.MatchString(s):
		return "furniture: separator", true
	}
	return "", false
}

// ends reports whether s is a line that ends the levels, and what it is:
// everything from it to the end of the page is furniture.
func (ps *seedParser) ends(s string) (string, bool) {
	switch {
	case slices.Contains(ps.p.End, s):
		return "end of the levels", true
	case slices.ContainsFunc(ps.p.Footer, func(f string) bool { return strings.HasPrefix(s, f) }):
		return "end of the levels: footer", true
	case strings.Contains(s, "©") || strings.HasPrefix(strings.ToLower(s), "copyright") || strings.HasPrefix(s, "(c) ") || strings.HasPrefix(s, "(C) "):
		return "end of the levels: copyright", true
	case urlRE.MatchString(s):
		return "end of the levels: link", true
	case s == ps.t.Name || s == ps.t.Name+" "+ps.e.Skill:
		return "end of the levels: the skill's name again", true
	}
	return "", false
}

// headings are the profile's heading keys, for nearMiss.
var headingKeys = []string{"guidance", "activities", "help", "lower", "higher", "section", "revision", "furniture", "end"}

// nearMiss checks a line the profile did not recognise against the
// profile's headings: one that differs only in punctuation, spaces or
// case is a slip in the profile (or the page), which would otherwise
// turn a heading into text.
func (ps *seedParser) nearMiss(l line) error {
	got := loose(l.text)
	if got == "" {
		return nil
	}
	for _, k := range headingKeys {
		for _, v := range ps.p.values(k) {
			if v == l.text || loose(v) != got {
				continue
			}
			return ps.profileErrorf(k, v, "expected %s: to match %s line %d, which it does but for punctuation, spaces or case: the profile has %q, the seed %q", k, ps.file, l.n, v, l.text)
		}
	}
	return nil
}

// loose folds case and drops punctuation and spaces, so that two texts
// that differ only in those compare equal.
func loose(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// header reads what stands between the name line and the first level
// heading: the description, guidance notes, activities, the help on
// undefined levels, revision notes and site furniture. It returns the
// index of the first level heading.
func (ps *seedParser) header(i int) (int, error) {
	p := ps.p
	sec := inDescription
	var desc []string
	helpTarget := (*string)(nil)
	helpName := ""
	for ; i < len(ps.lines); i++ {
		l := ps.lines[i]
		if l.text == "" {
			continue
		}
		if ps.levelLine(l.text) {
			if len(desc) == 0 {
				return 0, ps.errorf(l.n, "expected the skill's description after its name, found the level heading %q", l.text)
			}
			ps.t.Description = strings.Join(desc, " ")
			return i, nil
		}
		heading := func(class string, s section) {
			sec = s
			ps.class[i] = class
			ps.before[l.text] = l.n
		}
		if kind, ok := ps.furniture(l.text); ok {
			ps.class[i] = kind
			ps.before[l.text] = l.n
			if kind == "furniture: levels bar" && ps.bar == nil {
				for _, f := range strings.FieldsFunc(l.text, func(r rune) bool { return r == ' ' || r == '|' }) {
					n, _ := strconv.Atoi(f)
					ps.bar = append(ps.bar, n)
				}
				ps.barLine = l.n
			}
			continue
		}
		if kind, ok := ps.ends(l.text); ok {
			return 0, ps.errorf(l.n, "expected the levels before the end of the page, found %q (%s) before any level heading", l.text, kind)
		}
		switch {
		case p.Guidance != "" && l.text == p.Guidance:
			heading("guidance: heading", inGuidance)
			continue
		case p.Activities != "" && l.text == p.Activities:
			heading("activities: introduction", inActivities)
			ps.t.ActivitiesIntro = l.text
			continue
		case p.Revision != "" && l.text == p.Revision:
			heading("revision notes: heading", inRevision)
			continue
		case slices.Contains(p.Help, l.text):
			heading("furniture: help heading", inHelp)
			helpTarget = nil
			continue
		case slices.Contains(p.Sections, l.text):
			heading("furniture: section heading", inFurniture)
			continue
		}
		if err := ps.nearMiss(l); err != nil {
			return 0, err
		}
		switch sec {
		case inDescription:
			desc = append(desc, l.text)
			ps.class[i] = "description"
		case inGuidance:
			// A line that does not end a sentence was wrapped: the next
			// line goes on with its paragraph.
			if n := len(ps.t.Guidance); n > 0 && !clean.EndsSentence(ps.t.Guidance[n-1]) && !strings.HasSuffix(ps.t.Guidance[n-1], ":") {
				ps.t.Guidance[n-1] += " " + l.text
				ps.class[i] = "guidance: continued"
			} else {
				ps.t.Guidance = append(ps.t.Guidance, l.text)
				ps.class[i] = "guidance: paragraph"
			}
			ps.before[l.text] = l.n
		case inActivities:
			item, ok := bullet(l.text)
			if !ok {
				return 0, ps.errorf(l.n, "expected an activity as a bulleted line (\"- ...\" or \"• ...\"), found %q", l.text)
			}
			ps.t.Activities = append(ps.t.Activities, item)
			ps.class[i] = "activity"
			ps.before[l.text] = l.n
		case inRevision:
			item, ok := bullet(l.text)
			if !ok {
				item = l.text
			}
			ps.t.RevisionNotes = append(ps.t.RevisionNotes, item)
			ps.class[i] = "revision notes: note"
			ps.before[l.text] = l.n
		case inHelp:
			ps.before[l.text] = l.n
			switch {
			case p.Lower != "" && l.text == p.Lower:
				helpTarget, helpName = &ps.fw.LowerHelp, "lower"
				ps.class[i] = "help: heading for lower levels"
			case p.Higher != "" && l.text == p.Higher:
				helpTarget, helpName = &ps.fw.HigherHelp, "higher"
				ps.class[i] = "help: heading for higher levels"
			default:
				if item, ok := bullet(l.text); ok && helpTarget != nil && *helpTarget == "" {
					*helpTarget = item
					ps.class[i] = "help: why " + helpName + " levels are not defined"
				} else {
					ps.class[i] = "furniture: help"
				}
			}
		case inFurniture:
			ps.class[i] = "furniture: section"
			ps.before[l.text] = l.n
		}
	}
	last := ps.lines[len(ps.lines)-1].n
	return 0, ps.errorf(last, "expected level headings %q, found none (is the file cut off before its levels?)", ps.p.headingText(ps.t.Name, "N"))
}

// cutHeading reports whether s starts as a level heading of the skill
// does, up to the level word, but is not one: a heading cut off, or one
// of another shape than the profile's (the skill's name, then the level
// word), which would otherwise join the level before it.
func (ps *seedParser) cutHeading(s string) bool {
	if rest, ok := strings.CutPrefix(s, ps.t.Name); ok && strings.Contains(rest, ps.p.Level) {
		return true
	}
	p := ps.headPrefix
	if len(p) <= len(ps.t.Name) {
		return false
	}
	if strings.HasPrefix(s, p) {
		return true
	}
	// "Name:" written "Name :", as French typography does.
	if c, ok := strings.CutSuffix(p, ":"); ok {
		return strings.HasPrefix(s, strings.TrimSpace(c)+" :")
	}
	return false
}

// levelLine reports whether s starts a level: a level heading, the bare
// heading of a level shown for its essence only, or an essence line.
func (ps *seedParser) levelLine(s string) bool {
	return ps.heading.MatchString(s) || ps.bare.MatchString(s) || ps.shape.MatchString(s)
}

func bullet(s string) (string, bool) {
	loc := bulletRE.FindStringIndex(s)
	if loc == nil || loc[1] == len(s) {
		return "", false
	}
	return s[loc[1]:], true
}

// A block is what stands under one level heading.
type block struct {
	heading int  // line number of the heading
	level   int  // 1 to 7
	bare    bool // a heading without the skill's name: the level is not defined
	essence bool // the level shows its essence
	text    []int
}

// levels reads the level headings from ps.lines[i] on, and what stands
// under each, up to the end of the levels: a line of the profile's end:
// or footer:, a copyright line, a link, or the skill's name again. What
// follows is furniture.
func (ps *seedParser) levels(i int) error {
	var blocks []*block
	seen := map[int]int{}
	end := 0 // the line that ended the levels
	for ; i < len(ps.lines); i++ {
		l := ps.lines[i]
		if l.text == "" {
			continue
		}
		m := ps.heading.FindStringSubmatch(l.text)
		bm := ps.bare.FindStringSubmatch(l.text)
		if end > 0 {
			if m != nil && m[ps.nameAt] == ps.t.Name || bm != nil {
				return ps.errorf(l.n, "expected no level after the end of the levels on line %d (%q), found %q", end, ps.line(end).text, l.text)
			}
			ps.class[i] = "furniture: after the levels"
			continue
		}
		if m != nil || bm != nil {
			num := ""
			if m != nil {
				if m[ps.nameAt] != ps.t.Name {
					return ps.errorf(l.n, "expected a level heading for %q, found one for %q", ps.t.Name, m[ps.nameAt])
				}
				num = m[ps.numAt]
			} else {
				num = bm[1]
			}
			n, err := strconv.Atoi(num)
			if err != nil || n < 1 || n > 7 {
				return ps.errorf(l.n, "expected a level from 1 to 7, found level %s", num)
			}
			if prev, dup := seen[n]; dup {
				return ps.errorf(l.n, "expected each level once, found level %d again (first on line %d)", n, prev)
			}
			seen[n] = l.n
			blocks = append(blocks, &block{heading: l.n, level: n, bare: m == nil})
			if m != nil {
				ps.class[i] = fmt.Sprintf("level %d: heading", n)
			} else {
				ps.class[i] = fmt.Sprintf("level %d: heading of a level shown for its essence", n)
			}
			continue
		}
		if kind, ok := ps.ends(l.text); ok {
			end = l.n
			ps.class[i] = kind
			continue
		}
		if kind, ok := ps.furniture(l.text); ok {
			ps.class[i] = kind
			continue
		}
		if ps.cutHeading(l.text) {
			return ps.errorf(l.n, "expected a level heading %q, found %q (is the file cut off, or does the profile's heading: give another shape?)", ps.p.headingText(ps.t.Name, "N"), l.text)
		}
		if err := ps.nearMiss(l); err != nil {
			return err
		}
		if len(blocks) == 0 {
			// An essence line before any heading.
			return ps.errorf(l.n, "expected a level heading %q before the level's essence, found %q", ps.p.headingText(ps.t.Name, "N"), l.text)
		}
		if prev, ok := ps.before[l.text]; ok {
			return ps.errorf(l.n, "expected the text of level %d, found %q, which line %d has before the levels as a heading or furniture: if it is the site's, add it to the profile %s as end: or furniture:%s",
				blocks[len(blocks)-1].level, l.text, prev, ps.p.File, ps.shippedHint())
		}
		b := blocks[len(blocks)-1]
		b.text = append(b.text, i)
	}
	// A file cut off inside its last level would lose the end of that
	// level's text without a word: the text must end a sentence.
	if last := blocks[len(blocks)-1]; len(last.text) > 0 && !last.bare {
		endl := ps.lines[last.text[len(last.text)-1]]
		if !clean.EndsSentence(endl.text) && !ps.essenceLine(endl.text) && !(ps.p.Undefined != "" && strings.HasPrefix(endl.text, ps.p.Undefined)) {
			return ps.errorf(endl.n, "expected the text of level %d to end with a full stop, found %q at the end of the levels (is the file cut off?)", last.level, clean.Tail(endl.text, 30))
		}
	}
	slices.SortFunc(blocks, func(a, b *block) int { return a.level - b.level })
	defined := map[string]int{} // paragraph to level, to catch one text at two levels
	var withEssence, without []*block
	for _, b := range blocks {
		lv, err := ps.level(b)
		if err != nil {
			return err
		}
		if b.bare {
			continue // shown for its essence only: not a level of the skill
		}
		if lv.Defined {
			if prev, dup := defined[lv.Paragraph]; dup {
				return ps.errorf(b.heading, "expected a different text at each level, found level %d saying what level %d says: if it is the note for a level the skill does not define, give its first words as undefined: in %s%s", b.level, prev, ps.p.File, ps.shippedHint())
			}
			defined[lv.Paragraph] = b.level
			if b.essence {
				withEssence = append(withEssence, b)
			} else {
				without = append(without, b)
			}
		}
		ps.t.Levels = append(ps.t.Levels, lv)
	}
	if len(ps.t.Levels) == 0 {
		return ps.errorf(blocks[0].heading, "expected a level heading %q with the skill's text, found only levels shown for their essence", ps.p.headingText(ps.t.Name, "N"))
	}
	// A page that shows the essence of its levels shows it for each level
	// the skill defines: a level without one holds another text, such as
	// the note for a level the skill does not define.
	if len(withEssence) > 0 && len(without) > 0 {
		b := without[0]
		return ps.errorf(b.heading, "expected level %d, which has text, to show its essence as levels %s do: if its text is the note for a level the skill does not define, give its first words as undefined: in %s%s",
			b.level, levelList(withEssence), ps.p.File, ps.shippedHint())
	}
	if ps.bar != nil {
		var got []int
		for _, lv := range ps.t.Levels {
			if lv.Defined {
				got = append(got, lv.Level)
			}
		}
		if !slices.Equal(got, ps.bar) {
			return ps.errorf(ps.barLine, "expected the levels the seed defines, %v, in the levels bar, found %v: is a level's text the note for an undefined level (undefined: in %s), or is a level missing?%s", got, ps.bar, ps.p.File, ps.shippedHint())
		}
	}
	return nil
}

// levelList lists the levels of blocks: "2", "2 and 3", "2, 3 and 4".
func levelList(blocks []*block) string {
	var s []string
	for _, b := range blocks {
		s = append(s, strconv.Itoa(b.level))
	}
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// line returns the seed's line number n (1-based: cleanLines keeps one
// line per line of the file, in order).
func (ps *seedParser) line(n int) line { return ps.lines[n-1] }

// essenceLine reports whether s is a level's essence line.
func (ps *seedParser) essenceLine(s string) bool {
	return ps.essence != nil && ps.essence.MatchString(s)
}

// level reads the lines under one level heading: the level's essence,
// then its text, or the note for a level the skill does not define.
func (ps *seedParser) level(b *block) (model.Level, error) {
	lv := model.Level{Level: b.level}
	var units []string // statements as the page breaks them, wrapped lines joined
	var note []string
	for _, i := range b.text {
		l := ps.lines[i]
		if m := ps.essenceMatch(l.text); m != nil {
			if m[1] != strconv.Itoa(b.level) {
				return lv, ps.errorf(l.n, "expected the essence of level %d, found one for level %s", b.level, m[1])
			}
			if ps.essence == nil {
				return lv, ps.profileErrorf("essence", "", "expected an essence: key, as %s line %d is a level's essence line (%q): give the words before the essence, %q, as essence:",
					ps.file, l.n, l.text, firstWords(m[3]))
			}
			em := ps.essence.FindStringSubmatch(l.text)
			if em == nil {
				return lv, ps.profileErrorf("essence", "", "expected the essence marker essence: %s to match %s line %d (%q), found it does not: is a colon missing or extra?", ps.p.Essence, ps.file, l.n, l.text)
			}
			if r, _ := utf8.DecodeRuneInString(em[3]); unicode.IsPunct(r) {
				return lv, ps.profileErrorf("essence", "", "expected the essence of level %d on %s line %d to start with a word, found %q: is a colon missing from essence: %s?", b.level, ps.file, l.n, firstWords(em[3]), ps.p.Essence)
			}
			b.essence = true
			ps.fw.GuidingWords[b.level-1] = em[2]
			ps.fw.Essences[b.level-1] = em[3]
			ps.fw.EssenceVer, ps.fw.EssenceSrc = ps.e.EssenceVersion, ps.src
			ps.class[i] = fmt.Sprintf("level %d: guiding words and essence", b.level)
			continue
		}
		if b.bare {
			return lv, ps.errorf(l.n, "expected only the essence under %q, the heading of a level the skill does not define, found %q", ps.line(b.heading).text, l.text)
		}
		if ps.p.Undefined != "" && strings.HasPrefix(l.text, ps.p.Undefined) {
			note = append(note, l.text)
			ps.class[i] = fmt.Sprintf("level %d: note for a level the skill does not define", b.level)
			continue
		}
		if len(note) > 0 {
			return lv, ps.errorf(l.n, "expected nothing after the note for an undefined level, found %q", l.text)
		}
		if item, ok := bullet(l.text); ok {
			units = append(units, item)
			ps.class[i] = fmt.Sprintf("level %d: list item", b.level)
			continue
		}
		if n := len(units); n > 0 && !clean.EndsSentence(units[n-1]) {
			units[n-1] += " " + l.text
			ps.class[i] = fmt.Sprintf("level %d: continues the line before", b.level)
			continue
		}
		units = append(units, l.text)
		ps.class[i] = fmt.Sprintf("level %d: text", b.level)
	}
	switch {
	case b.bare:
	case len(units) == 0 && len(note) == 0:
		return lv, ps.errorf(b.heading, "expected the text of level %d under its heading, found none", b.level)
	case len(units) > 0 && len(note) > 0:
		return lv, ps.errorf(b.heading, "expected level %d to have either a description or the note for an undefined level, found both", b.level)
	case len(note) > 0:
		lv.Note = strings.Join(note, " ")
	default:
		lv.Defined = true
		lv.Paragraph = strings.Join(units, " ")
		for _, u := range units {
			lv.Statements = append(lv.Statements, Sentences(u)...)
		}
	}
	return lv, nil
}

// essenceMatch matches s against the shape of an essence line, "<level>
// N - <words>: <rest>": with the profile's marker where it has one.
func (ps *seedParser) essenceMatch(s string) []string {
	if ps.essence != nil {
		if m := ps.essence.FindStringSubmatch(s); m != nil {
			return m
		}
	}
	return ps.shape.FindStringSubmatch(s)
}

// firstWords returns the first three words of s, for an error message.
func firstWords(s string) string {
	f := strings.Fields(s)
	if len(f) > 3 {
		f = f[:3]
	}
	return strings.Join(f, " ")
}

// Sentences splits s into its sentences: a sentence ends at '.', '!',
// '?', '؟' or '…' followed by a space. Joined with single spaces, the
// sentences give s back.
func Sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		switch r {
		case '.', '!', '?', '؟', '…':
			end := i + utf8.RuneLen(r)
			if end < len(s) && s[end] == ' ' {
				out = append(out, s[start:end])
				start = end + 1
			}
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// checkScript checks that texts (the skill's name, description and level
// texts, or every line of a seed that failed to parse) are written mostly
// in the profile's script, which catches a seed declared under the wrong
// language.
func (ps *seedParser) checkScript(texts ...string) error {
	table := scripts[ps.p.Script]
	var in, all int
	for _, s := range texts {
		for _, r := range s {
			if unicode.IsLetter(r) {
				all++
				if unicode.Is(table, r) {
					in++
				}
			}
		}
	}
	if all > 0 && in*10 < all*9 {
		return ps.errorf(0, "expected text in the %s script of %s (%s, declared in %s line %d), found %s",
			ps.p.Script, ps.p.Name, ps.e.Language, ManifestName, ps.e.Line, fmt.Sprintf("%d of %d letters in it", in, all))
	}
	return nil
}
