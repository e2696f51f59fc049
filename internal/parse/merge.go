package parse

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/official"
	"github.com/sfiakit/sfiakit/internal/sheet"
	"golang.org/x/text/language"
)

// A merger gathers what every input of a seeds folder gives into one
// corpus, and cross-checks inputs that give the same thing: two inputs
// of one skill, language and version (a page copy and a spreadsheet, say)
// must say the same, and then they count once.
type merger struct {
	skills map[string]*model.Skill
	// placed says where each translation, level set and attribute set
	// came from, as errors name it (a file, or a file and a row), for
	// the cross-check's messages.
	placed     map[mergeKey]string
	levels     map[mergeKey]*model.LevelSet
	attributes map[mergeKey]*model.AttributeSet
	// languages are the languages of table inputs, in the order met.
	languages []string
}

// A mergeKey names what two inputs may both give: kind is "skill" (of
// skill code skill), "levels" or "attributes".
type mergeKey struct {
	kind, skill, lang string
	version           int
}

func newMerger() *merger {
	return &merger{
		skills:     map[string]*model.Skill{},
		placed:     map[mergeKey]string{},
		levels:     map[mergeKey]*model.LevelSet{},
		attributes: map[mergeKey]*model.AttributeSet{},
	}
}

// addSkill adds translation t of skill code, read at place (a file, or
// a file and a row). A translation of the same skill, language and
// version that is already there must say the same; fields only one of
// them gives (a category, the note of an undefined level) are taken from
// it.
func (m *merger) addSkill(code string, t model.Translation, place string) error {
	k := mergeKey{"skill", code, t.Language, t.Version}
	s := m.skills[code]
	if s == nil {
		s = &model.Skill{Code: code}
		m.skills[code] = s
	}
	prev, dup := m.placed[k]
	if !dup {
		m.placed[k] = place
		s.Translations = append(s.Translations, t)
		return nil
	}
	i := slices.IndexFunc(s.Translations, func(o model.Translation) bool {
		return o.Language == t.Language && o.Version == t.Version
	})
	merged, diff := mergeTranslation(s.Translations[i], t)
	if diff != "" {
		return errorf(place, 0, "expected the same text of %s %s SFIA %d as %s gives, found another %s", code, t.Language, t.Version, prev, diff)
	}
	s.Translations[i] = merged
	return nil
}

// addTables reads a spreadsheet or CSV input and adds what it gives.
func (m *merger) addTables(display, src string, data []byte, e Entry) error {
	var tables []*sheet.Table
	switch e.Kind() {
	case "csv":
		enc := sheet.Detect
		switch e.Encoding {
		case "utf-8":
			enc = sheet.UTF8
		case "windows-1252":
			enc = sheet.Windows1252
		}
		t, err := sheet.ReadCSV(display, data, enc)
		if err != nil {
			return err
		}
		tables = []*sheet.Table{t}
	case "xlsx":
		ts, err := sheet.ReadXLSX(display, data)
		if err != nil {
			return err
		}
		tables = ts
	}
	res, err := official.Read(tables, official.Options{Language: e.Language, Version: e.Version, Source: src, Skill: e.Skill})
	if err != nil {
		return err
	}
	if !slices.Contains(m.languages, e.Language) {
		m.languages = append(m.languages, e.Language)
	}
	for _, sk := range res.Skills {
		place := display
		if sk.Translation.Where != "" {
			place += ":" + sk.Translation.Where
		}
		if err := m.addSkill(sk.Code, sk.Translation, place); err != nil {
			return err
		}
	}
	if ls := res.Levels; ls != nil {
		k := mergeKey{"levels", "", ls.Language, ls.Version}
		if prev, ok := m.levels[k]; ok {
			if diff := diffLevelSets(prev, ls); diff != "" {
				return errorf(display, 0, "expected the same levels of responsibility in %s SFIA %d as %s gives, found another %s", ls.Language, ls.Version, m.placed[k], diff)
			}
		} else {
			m.levels[k] = ls
			m.placed[k] = display
		}
	}
	if as := res.Attributes; as != nil {
		k := mergeKey{"attributes", "", as.Language, as.Version}
		if prev, ok := m.attributes[k]; ok {
			if diff := diffAttributeSets(prev, as); diff != "" {
				return errorf(display, 0, "expected the same attributes in %s SFIA %d as %s gives, found another %s", as.Language, as.Version, m.placed[k], diff)
			}
		} else {
			m.attributes[k] = as
			m.placed[k] = display
		}
	}
	return nil
}

// mergeTranslation merges two readings of one translation. It returns
// a description of the first difference between texts both give, or ""
// and the merge: a's texts, completed by b's where a has none. A level's
// text is compared as one paragraph: a page copy splits a line that
// holds two sentences into two statements, a spreadsheet keeps one
// statement per line of its cell, and the first input listed keeps its
// statements.
func mergeTranslation(a, b model.Translation) (model.Translation, string) {
	out := a
	text := func(name string, x, y *string) string {
		switch {
		case *x == "":
			*x = *y
		case *y != "" && *x != *y:
			return fmt.Sprintf("%s: %q, not %q", name, *y, *x)
		}
		return ""
	}
	texts := func(name string, x, y *[]string) string {
		switch {
		case len(*x) == 0:
			*x = *y
		case len(*y) != 0 && !slices.Equal(*x, *y):
			return fmt.Sprintf("%s: %q, not %q", name, *y, *x)
		}
		return ""
	}
	for _, d := range []string{
		text("name", &out.Name, &b.Name),
		text("description", &out.Description, &b.Description),
		text("category", &out.Category, &b.Category),
		text("subcategory", &out.Subcategory, &b.Subcategory),
		text("URL", &out.URL, &b.URL),
		texts("guidance", &out.Guidance, &b.Guidance),
		text("activities intro", &out.ActivitiesIntro, &b.ActivitiesIntro),
		texts("activities", &out.Activities, &b.Activities),
	} {
		if d != "" {
			return a, d
		}
	}
	// Only a page copy gives revision notes, and they are not the skill's
	// text: taken from b where a has none (a spreadsheet listed first).
	if len(out.RevisionNotes) == 0 {
		out.RevisionNotes = b.RevisionNotes
	}
	levels := map[int]model.Level{}
	for _, l := range a.Levels {
		levels[l.Level] = l
	}
	for _, l := range b.Levels {
		cur, ok := levels[l.Level]
		if !ok {
			if l.Defined {
				return a, fmt.Sprintf("level %d: defined, not undefined", l.Level)
			}
			levels[l.Level] = l
			continue
		}
		if cur.Defined != l.Defined {
			return a, fmt.Sprintf("level %d: defined %v, not %v", l.Level, l.Defined, cur.Defined)
		}
		if cur.Paragraph != l.Paragraph {
			return a, fmt.Sprintf("level %d: %q, not %q", l.Level, l.Paragraph, cur.Paragraph)
		}
		if d := text(fmt.Sprintf("level %d note", l.Level), &cur.Note, &l.Note); d != "" {
			return a, d
		}
		if cur.Where == "" {
			cur.Where = l.Where
		}
		levels[l.Level] = cur
	}
	// A level a defines that b, which gives levels, leaves out.
	if len(b.Levels) > 0 {
		for _, l := range a.Levels {
			if l.Defined && !slices.ContainsFunc(b.Levels, func(o model.Level) bool { return o.Level == l.Level }) {
				return a, fmt.Sprintf("level %d: undefined, not defined", l.Level)
			}
		}
	}
	out.Levels = out.Levels[:0:0]
	for n := 1; n <= 7; n++ {
		if l, ok := levels[n]; ok {
			out.Levels = append(out.Levels, l)
		}
	}
	return out, ""
}

// diffLevelSets describes the first difference between two level sets,
// naming where b has it, or returns "".
func diffLevelSets(a, b *model.LevelSet) string {
	for i := range a.Levels {
		x, y := a.Levels[i], b.Levels[i]
		where := y.Where
		x.Where, y.Where = "", ""
		if x != y {
			return fmt.Sprintf("at level %d%s", i+1, within(where))
		}
	}
	return ""
}

// within says where in its file a difference is, " (Levels!D3)", or ""
// where the input does not say.
func within(where string) string {
	if where == "" {
		return ""
	}
	return " (" + where + ")"
}

// diffAttributeSets describes the first difference between two attribute
// sets, naming where b has it, or returns "".
func diffAttributeSets(a, b *model.AttributeSet) string {
	if len(a.Attributes) != len(b.Attributes) {
		return fmt.Sprintf("with %d attributes, not %d", len(b.Attributes), len(a.Attributes))
	}
	for i := range a.Attributes {
		x, y := a.Attributes[i], b.Attributes[i]
		if x.Code != y.Code || x.URL != y.URL || x.Name != y.Name || x.Type != y.Type || x.Description != y.Description || x.Levels != y.Levels || !slices.Equal(x.Guidance, y.Guidance) {
			return fmt.Sprintf("for %s%s", y.Code, within(y.Where))
		}
	}
	return ""
}

func (m *merger) levelSets() []model.LevelSet {
	return sortedSets(m.levels, func(s *model.LevelSet) (string, int) { return s.Language, s.Version })
}

func (m *merger) attributeSets() []model.AttributeSet {
	return sortedSets(m.attributes, func(s *model.AttributeSet) (string, int) { return s.Language, s.Version })
}

// sortedSets returns the sets of m sorted as the model keeps them: by
// language, then newest version first (byLanguageNewest).
func sortedSets[T any](m map[mergeKey]*T, key func(*T) (string, int)) []T {
	var out []T // nil for none, as the model has it
	for _, s := range m {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b T) int {
		la, va := key(&a)
		lb, vb := key(&b)
		return byLanguageNewest(la, va, lb, vb)
	})
	return out
}

// byLanguageNewest orders by language tag, then newest SFIA version
// first: the order of a skill's translations and of the level and
// attribute sets in the model.
func byLanguageNewest(la string, va int, lb string, vb int) int {
	if c := strings.Compare(la, lb); c != 0 {
		return c
	}
	return vb - va
}

// rtlScripts are the scripts written right to left that SFIA's languages
// may use.
var rtlScripts = []string{"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"}

// defaultLanguage describes a language that has no profile: its script
// and direction come from x/text's likely subtags ("en" is Latn, ltr;
// "ar" is Arab, rtl); its name and level word are left empty, and
// renderers fall back to English ones.
func defaultLanguage(tag string) model.Language {
	script, _ := language.Make(tag).Script()
	dir := "ltr"
	if slices.Contains(rtlScripts, script.String()) {
		dir = "rtl"
	}
	return model.Language{Tag: tag, Script: script.String(), Direction: dir}
}
