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
	bulletRE  = regexp.MustCompile(`^(?:[-•·*▪◦]) ?`)
)

// Seed parses one seed file into a translation and the framework texts
// it shows. file names the seed in errors and src in the model's Source
// fields. e is the seed's manifest entry and p the profile of its
// language.
func Seed(file, src string, data []byte, e Entry, p *Profile) (model.Translation, model.Framework, error) {
	t := model.Translation{Source: src, Language: e.Language, Version: e.Version}
	fw := model.Framework{Language: e.Language}
	lines, err := cleanLines(file, data)
	if err != nil {
		return t, fw, err
	}
	if !slices.ContainsFunc(lines, func(l line) bool { return l.text != "" }) {
		return t, fw, errorf(file, 0, "expected a seed text, found an empty file")
	}
	ps := &seedParser{file: file, src: src, e: e, p: p, lines: lines, t: &t, fw: &fw}
	if err := ps.parse(); err != nil {
		return t, fw, err
	}
	return t, fw, nil
}

type seedParser struct {
	file  string // for errors
	src   string // for the model
	e     Entry
	p     *Profile
	lines []line
	t     *model.Translation
	fw    *model.Framework

	heading *regexp.Regexp // "<name>: <level> N"
	essence *regexp.Regexp // "<level> N - <words>: <marker> <essence>"
}

func (ps *seedParser) errorf(n int, format string, args ...any) error {
	return errorf(ps.file, n, format, args...)
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
	ps.heading = regexp.MustCompile(`^(.+?) ?: ` + lv + ` ?([0-9]+)$`)
	if ps.p.Essence != "" {
		ps.essence = regexp.MustCompile(`^` + lv + ` ?([0-9]+) - (.+?) ?: ` + regexp.QuoteMeta(ps.p.Essence) + ` (.+)$`)
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
// a framework tagline, or a breadcrumb that states the SFIA version and
// the skill's category. It returns the index of the line after the name.
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
	for _, l := range ps.lines[:at] {
		m := versionRE.FindStringSubmatch(l.text)
		if m == nil {
			continue // a tagline: site furniture
		}
		stated, _ := strconv.Atoi(m[1])
		if stated != ps.e.Version {
			return 0, ps.errorf(l.n, "expected SFIA %d as declared in %s line %d, found the text stating %q", ps.e.Version, ManifestName, ps.e.Line, m[0])
		}
		// A breadcrumb: ... / SFIA 6 / Skills / Category / Subcategory / Name.
		parts := strings.Split(l.text, " / ")
		for j, part := range parts {
			if versionRE.MatchString(part) && len(parts)-j == 5 && parts[len(parts)-1] == ps.t.Name {
				ps.t.Category, ps.t.Subcategory = parts[j+2], parts[j+3]
			}
		}
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
)

// header reads what stands between the name line and the first level
// heading: the description, guidance notes, activities, the help on
// undefined levels, and site furniture. It returns the index of the first
// level heading.
func (ps *seedParser) header(i int) (int, error) {
	p := ps.p
	sec := inDescription
	var desc []string
	helpTarget := (*string)(nil)
	for ; i < len(ps.lines); i++ {
		l := ps.lines[i]
		switch {
		case l.text == "":
			continue
		case ps.heading.MatchString(l.text):
			if len(desc) == 0 {
				return 0, ps.errorf(l.n, "expected the skill's description after its name, found the level heading %q", l.text)
			}
			ps.t.Description = strings.Join(desc, " ")
			return i, nil
		case p.Guidance != "" && l.text == p.Guidance:
			sec = inGuidance
			continue
		case p.Activities != "" && l.text == p.Activities:
			sec = inActivities
			ps.t.ActivitiesIntro = l.text
			continue
		case slices.Contains(p.Help, l.text):
			sec, helpTarget = inHelp, nil
			continue
		case slices.Contains(p.Sections, l.text):
			sec = inFurniture
			continue
		}
		switch sec {
		case inDescription:
			desc = append(desc, l.text)
		case inGuidance:
			ps.t.Guidance = append(ps.t.Guidance, l.text)
		case inActivities:
			item, ok := bullet(l.text)
			if !ok {
				return 0, ps.errorf(l.n, "expected an activity as a bulleted line (\"- ...\" or \"• ...\"), found %q", l.text)
			}
			ps.t.Activities = append(ps.t.Activities, item)
		case inHelp:
			switch {
			case p.Lower != "" && l.text == p.Lower:
				helpTarget = &ps.fw.LowerHelp
			case p.Higher != "" && l.text == p.Higher:
				helpTarget = &ps.fw.HigherHelp
			default:
				if item, ok := bullet(l.text); ok && helpTarget != nil && *helpTarget == "" {
					*helpTarget = item
				}
			}
		case inFurniture:
			// Site furniture: skipped.
		}
	}
	last := ps.lines[len(ps.lines)-1].n
	return 0, ps.errorf(last, "expected level headings %q, found none (is the file cut off before its levels?)", ps.t.Name+": "+ps.p.Level+" N")
}

func bullet(s string) (string, bool) {
	loc := bulletRE.FindStringIndex(s)
	if loc == nil || loc[1] == len(s) {
		return "", false
	}
	return s[loc[1]:], true
}

// levels reads the level headings from ps.lines[i] on, and what stands
// under each.
func (ps *seedParser) levels(i int) error {
	type block struct {
		heading int // line number of the heading
		level   int
		text    []line
	}
	var blocks []*block
	seen := map[int]int{}
	for ; i < len(ps.lines); i++ {
		l := ps.lines[i]
		if l.text == "" {
			continue
		}
		if m := ps.heading.FindStringSubmatch(l.text); m != nil {
			if m[1] != ps.t.Name {
				return ps.errorf(l.n, "expected a level heading for %q, found one for %q", ps.t.Name, m[1])
			}
			n, err := strconv.Atoi(m[2])
			if err != nil || n < 1 || n > 7 {
				return ps.errorf(l.n, "expected a level from 1 to 7, found level %s", m[2])
			}
			lv := n
			if prev, dup := seen[lv]; dup {
				return ps.errorf(l.n, "expected each level once, found level %d again (first on line %d)", n, prev)
			}
			seen[lv] = l.n
			blocks = append(blocks, &block{heading: l.n, level: lv})
			continue
		}
		if strings.HasPrefix(l.text, ps.t.Name+": ") || strings.HasPrefix(l.text, ps.t.Name+" : ") {
			return ps.errorf(l.n, "expected a level heading %q, found %q (is the file cut off?)", ps.t.Name+": "+ps.p.Level+" N", l.text)
		}
		b := blocks[len(blocks)-1]
		b.text = append(b.text, l)
	}
	// A file cut off inside its last level would lose the end of that
	// level's text without a word: the text must end a sentence.
	if last := blocks[len(blocks)-1]; len(last.text) > 0 {
		end := last.text[len(last.text)-1]
		if !clean.EndsSentence(end.text) {
			return ps.errorf(end.n, "expected the text of level %d to end with a full stop, found %q at the end of the file (is the file cut off?)", last.level, clean.Tail(end.text, 30))
		}
	}
	slices.SortFunc(blocks, func(a, b *block) int { return int(a.level - b.level) })
	for _, b := range blocks {
		lv := model.Level{Level: b.level}
		var para, note []string
		for _, l := range b.text {
			switch {
			case ps.essence != nil && ps.essence.MatchString(l.text):
				m := ps.essence.FindStringSubmatch(l.text)
				if m[1] != strconv.Itoa(int(b.level)) {
					return ps.errorf(l.n, "expected the essence of level %d, found one for level %s", b.level, m[1])
				}
				ps.fw.GuidingWords[b.level-1] = m[2]
				ps.fw.Essences[b.level-1] = m[3]
				ps.fw.EssenceVer, ps.fw.EssenceSrc = ps.e.EssenceVersion, ps.src
			case ps.p.Undefined != "" && strings.HasPrefix(l.text, ps.p.Undefined):
				note = append(note, l.text)
			default:
				if len(note) > 0 {
					return ps.errorf(l.n, "expected nothing after the note for an undefined level, found %q", l.text)
				}
				para = append(para, l.text)
			}
		}
		switch {
		case len(para) == 0 && len(note) == 0:
			return ps.errorf(b.heading, "expected the text of level %d under its heading, found none", b.level)
		case len(para) > 0 && len(note) > 0:
			return ps.errorf(b.heading, "expected level %d to have either a description or the note for an undefined level, found both", b.level)
		case len(note) > 0:
			lv.Note = strings.Join(note, " ")
		default:
			lv.Defined = true
			lv.Paragraph = strings.Join(para, " ")
			for _, l := range para {
				lv.Statements = append(lv.Statements, Sentences(l)...)
			}
		}
		ps.t.Levels = append(ps.t.Levels, lv)
	}
	return nil
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
