package csmg_test

// The tests of this package are the seed cross-check: they compare what
// the generated package answers with the seed files themselves, read by
// line number (internal/seedtest) and from seeds/MANIFEST, independently
// of the parser and the generator. The lookup engine's behaviour on
// every kind of argument is tested in package sfiaimpl, on fixtures.
//
// Expectations about "every translation" come from seeds/MANIFEST, so
// that adding a language or a version to the seeds (and regenerating)
// breaks no test here; the line-number checks cover the seeds seedtest
// knows.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// code is the skill this package is generated for.
const code = "CSMG"

var tagCmp = gocmp.Comparer(func(a, b language.Tag) bool { return a == b })

// seeds is what the seed files say of CSMG.
type seeds struct {
	root    string
	entries []seedtest.Entry            // the MANIFEST lines of CSMG, in order
	langs   []string                    // their languages, sorted, each once
	newest  map[string]seedtest.Entry   // by language, the newest version
	known   map[string]seedtest.Seed    // by file, the seeds seedtest has line numbers for
	texts   map[string]map[int]string   // by file, the level texts read by line number
	byLang  map[string][]seedtest.Entry // by language, newest version first
}

func readSeeds(t *testing.T) *seeds {
	t.Helper()
	root := seedtest.Root()
	all, err := seedtest.Manifest(root)
	if err != nil {
		t.Fatal(err)
	}
	texts, err := seedtest.Texts(root)
	if err != nil {
		t.Fatal(err)
	}
	s := &seeds{root: root, newest: map[string]seedtest.Entry{}, known: map[string]seedtest.Seed{},
		texts: map[string]map[int]string{}, byLang: map[string][]seedtest.Entry{}}
	for _, e := range all {
		if e.Skill != code {
			continue
		}
		s.entries = append(s.entries, e)
		if _, ok := s.byLang[e.Lang]; !ok {
			s.langs = append(s.langs, e.Lang)
		}
		s.byLang[e.Lang] = append(s.byLang[e.Lang], e)
		if n, ok := s.newest[e.Lang]; !ok || e.Version > n.Version {
			s.newest[e.Lang] = e
		}
	}
	if len(s.entries) == 0 {
		t.Fatalf("seeds/MANIFEST lists no %s seed", code)
	}
	slices.Sort(s.langs)
	for _, es := range s.byLang {
		slices.SortStableFunc(es, func(a, b seedtest.Entry) int { return cmp.Compare(b.Version, a.Version) })
	}
	for _, sd := range seedtest.Seeds {
		s.known[sd.File] = sd
		s.texts[sd.File] = texts[sd.Lang]
	}
	return s
}

// levelText returns what the newest translation in lang says at level l:
// read from the seed file by line number where seedtest knows the seed,
// else from the generated translation itself (a seed added since, whose
// own text TestLevelTexts cannot check).
func (s *seeds) levelText(t *testing.T, lang string, l int) string {
	t.Helper()
	n := s.newest[lang]
	if texts, ok := s.texts[n.File]; ok {
		return texts[l]
	}
	tr, ok := csmg.Skill.Translation(sfia.Version(n.Version), language.MustParse(lang))
	if !ok {
		t.Fatalf("no translation of %s in %s, SFIA %d, which MANIFEST lists", code, lang, n.Version)
	}
	lt, _ := tr.Level(sfia.Level(l))
	return lt.Description
}

// macroBase is a tag's base language with individual languages folded
// into their macrolanguage (arb counts as ar).
func macroBase(t language.Tag) language.Base {
	if c, err := language.Macro.Canonicalize(t); err == nil {
		t = c
	}
	b, _ := t.Base()
	return b
}

// reach returns the seed language tag must reach, by the rule the
// package documents: the seed language with the same base language; ""
// where none has it. It reports false where several seed languages share
// tag's base (pt and pt-PT, say), where this simple rule cannot say.
func (s *seeds) reach(tag language.Tag) (string, bool) {
	var found []string
	for _, l := range s.langs {
		if macroBase(language.MustParse(l)) == macroBase(tag) {
			found = append(found, l)
		}
	}
	switch len(found) {
	case 0:
		return "", true
	case 1:
		return found[0], true
	}
	return "", false
}

// variants are regional and script variants of the seed languages, and
// noSeed languages no seed is in today, among them two that x/text's
// matcher points at a seed language with confidence No (uk at ru, fa at
// ar) and two it points at one with confidence High (be at ru, gl at
// es). Which language each must reach is reach's to say, from MANIFEST.
var (
	variants = []string{"pt-BR", "pt-PT", "pt-AO", "es-MX", "es-419", "es-ES", "ar-EG", "ar-SA", "ar-MA",
		"it-CH", "it-IT", "ru-RU", "ru-UA", "ru-Cyrl-RU"}
	noSeed = []string{"en", "en-US", "de", "fr", "zh", "ja", "uk", "fa", "be", "gl", "kk", "und"}
)

func (s *seeds) askTags() []string {
	return slices.Concat(s.langs, variants, noSeed)
}

// TestLanguagesVersionsSources checks the languages, versions and
// sources of the translations against seeds/MANIFEST, and each
// translation's level word and direction against its language profile.
func TestLanguagesVersionsSources(t *testing.T) {
	s := readSeeds(t)
	var got []string
	for _, tag := range csmg.Languages() {
		got = append(got, tag.String())
	}
	if diff := gocmp.Diff(s.langs, got); diff != "" {
		t.Errorf("Languages() (-MANIFEST +got):\n%s", diff)
	}
	if diff := gocmp.Diff(csmg.Languages(), csmg.Skill.Languages(), tagCmp); diff != "" {
		t.Errorf("Skill.Languages() (-Languages() +got):\n%s", diff)
	}
	for _, lang := range s.langs {
		tag := language.MustParse(lang)
		var want []sfia.Version
		for _, e := range s.byLang[lang] {
			want = append(want, sfia.Version(e.Version))
		}
		if diff := gocmp.Diff(want, csmg.Skill.Versions(tag)); diff != "" {
			t.Errorf("Versions(%s) (-MANIFEST +got):\n%s", lang, diff)
		}
		// Any other version, pinned, gives nothing.
		for v := sfia.Version(-1); v <= 12; v++ {
			if v != 0 && !slices.Contains(want, v) {
				if tr, ok := csmg.Skill.Translation(v, tag); ok {
					t.Errorf("Translation(%d, %s) = SFIA %d from %s, which MANIFEST does not list", v, lang, tr.Version, tr.Source)
				}
			}
		}
		p, err := seedtest.Profile(s.root, lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range s.byLang[lang] {
			tr, ok := csmg.Skill.Translation(sfia.Version(e.Version), tag)
			type meta struct {
				OK                     bool
				Code, Language, Source string
				Version                sfia.Version
				LevelWord, Direction   string
			}
			wantMeta := meta{true, code, lang, "seeds/" + e.File, sfia.Version(e.Version), first(p["level"]), first(p["direction"])}
			gotMeta := meta{ok, tr.Code, tr.Language.String(), tr.Source, tr.Version, tr.LevelWord, tr.Direction}
			if diff := gocmp.Diff(wantMeta, gotMeta); diff != "" {
				t.Errorf("Translation(%d, %s) (-MANIFEST and profile +got):\n%s", e.Version, lang, diff)
			}
		}
		// Version 0 is the newest.
		tr, ok := csmg.Skill.Translation(0, tag)
		if n := s.newest[lang]; !ok || tr.Version != sfia.Version(n.Version) || tr.Source != "seeds/"+n.File {
			t.Errorf("Translation(0, %s) = SFIA %d from %s, %v; want the newest, SFIA %d from seeds/%s", lang, tr.Version, tr.Source, ok, n.Version, n.File)
		}
	}
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// TestLevelTexts checks each seed's translation, pinned to the seed's
// version, level by level against the seed's lines: the descriptions,
// their statements, and the note at an undefined level.
func TestLevelTexts(t *testing.T) {
	s := readSeeds(t)
	for _, sd := range seedtest.Seeds {
		tr, ok := csmg.Skill.Translation(sfia.Version(sd.Version), language.MustParse(sd.Lang))
		if !ok {
			t.Errorf("no translation in %s, SFIA %d (seeds/%s)", sd.Lang, sd.Version, sd.File)
			continue
		}
		lines, err := seedtest.Lines(s.root, sd.File)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int]string{}
		notes := map[int]string{}
		for _, lt := range tr.Levels {
			if lt.Defined {
				got[int(lt.Level)] = lt.Description
			}
			if lt.Note != "" {
				notes[int(lt.Level)] = lt.Note
			}
			if j := strings.Join(lt.Statements, " "); j != lt.Description {
				t.Errorf("%s level %d: statements joined = %q, want the description %q", sd.Lang, lt.Level, j, lt.Description)
			}
			for _, st := range lt.Statements {
				if st == "" || strings.TrimSpace(st) != st {
					t.Errorf("%s level %d: statement %q is empty or has outer spaces", sd.Lang, lt.Level, st)
				}
			}
		}
		if diff := gocmp.Diff(s.texts[sd.File], got); diff != "" {
			t.Errorf("seeds/%s level texts (-seed +got):\n%s", sd.File, diff)
		}
		wantNotes := map[int]string{}
		if sd.NoteLevel != 0 {
			wantNotes[sd.NoteLevel] = lines[sd.NoteLine]
		}
		if diff := gocmp.Diff(wantNotes, notes); diff != "" {
			t.Errorf("seeds/%s notes (-seed +got):\n%s", sd.File, diff)
		}
	}
}

// TestStatementCounts checks how the seeds' level texts split into
// statements: the counts were taken from the seeds by hand.
func TestStatementCounts(t *testing.T) {
	want := map[string][]int{ // sentences at levels 1-6
		"004_07a011a12c9ebc15.txt": {3, 3, 5, 3, 5, 5}, // ar
		"003_c74615f3b514106e.txt": {3, 3, 5, 3, 5, 3}, // es
		"000_f93c0a31eadc8278.txt": {3, 4, 4, 5, 5, 5}, // it
		"002_c8d2389445e5e1c8.txt": {3, 4, 4, 5, 5, 5}, // pt
		"001_205a89c5e035fa5d.txt": {3, 3, 5, 3, 5, 5}, // ru
	}
	got := map[string][]int{}
	for _, sd := range seedtest.Seeds {
		tr, _ := csmg.Skill.Translation(sfia.Version(sd.Version), language.MustParse(sd.Lang))
		for l := sfia.Level1; l <= sfia.Level6; l++ {
			lt, _ := tr.Level(l)
			got[sd.File] = append(got[sd.File], len(lt.Statements))
		}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("statements per level (-want +got):\n%s", diff)
	}
	// The Portuguese seed has a sentence per line (46 to 49), but line 47
	// holds two.
	lines, err := seedtest.Lines(seedtest.Root(), "002_c8d2389445e5e1c8.txt")
	if err != nil {
		t.Fatal(err)
	}
	two := strings.SplitAfter(lines[47], ". ")
	wantPt := []string{lines[46], strings.TrimSpace(two[0]), two[1], lines[48], lines[49]}
	tr, _ := csmg.Skill.Translation(sfia.SFIA9, language.Portuguese)
	lt, _ := tr.Level(4)
	if diff := gocmp.Diff(wantPt, lt.Statements); diff != "" {
		t.Errorf("pt level 4 statements (-seed +got):\n%s", diff)
	}
}

// TestEveryPair asks every level from -1 to 9 in every seed language,
// regional variant and language with no seed, and checks Description,
// Statements, Text and Note against the newest seed in the language the
// tag must reach.
func TestEveryPair(t *testing.T) {
	s := readSeeds(t)
	type answer struct {
		Description string
		Statements  string
		Text        string
		Note        string
	}
	want := map[string]answer{}
	got := map[string]answer{}
	withText := 0
	for _, name := range s.askTags() {
		lang, ok := s.reach(language.MustParse(name))
		if !ok {
			t.Logf("%s: several seed languages share its base language; left to the langmatch tests", name)
			continue
		}
		tag := language.MustParse(name)
		for l := -1; l <= 9; l++ {
			key := fmt.Sprintf("%s/%d", name, l)
			sl := csmg.Level(l)
			tx, ok := sl.Text(tag)
			got[key] = answer{sl.Description(tag), strings.Join(sl.Statements(tag), " "), fmtText(tx, ok), sl.Note(tag)}
			var w answer
			if lang != "" && l >= 1 && l <= 7 {
				d := s.levelText(t, lang, l)
				n := s.newest[lang]
				w = answer{Description: d, Statements: d, Text: fmtText(sfia.Text{}, false)}
				if d != "" {
					withText++
					w.Text = fmtText(sfia.Text{Value: d, Language: language.MustParse(lang), Version: sfia.Version(n.Version), Source: "seeds/" + n.File}, true)
				}
				w.Note = s.note(t, lang, l)
			} else {
				w.Text = fmtText(sfia.Text{}, false)
			}
			want[key] = w
		}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("answers (-seeds +got):\n%s", diff)
	}
	// The table must not pass by being empty: every seed seedtest knows
	// defines six levels, and its own tag at least asks them.
	if withText < 6*len(seedtest.Seeds) {
		t.Errorf("only %d (tag, level) pairs with text", withText)
	}
}

// note returns the note the newest translation in lang gives at level
// l: read from the seed where seedtest knows it.
func (s *seeds) note(t *testing.T, lang string, l int) string {
	t.Helper()
	n := s.newest[lang]
	if sd, ok := s.known[n.File]; ok {
		if sd.NoteLevel != l {
			return ""
		}
		lines, err := seedtest.Lines(s.root, sd.File)
		if err != nil {
			t.Fatal(err)
		}
		return lines[sd.NoteLine]
	}
	tr, _ := csmg.Skill.Translation(sfia.Version(n.Version), language.MustParse(lang))
	lt, _ := tr.Level(sfia.Level(l))
	return lt.Note
}

func fmtText(tx sfia.Text, ok bool) string {
	return fmt.Sprintf("%v %q %v %v %s", ok, tx.Value, tx.Language, tx.Version, tx.Source)
}

// TestTextPreferences checks Text with preference lists whose first
// tags reach no seed, against the first tag that reaches one.
func TestTextPreferences(t *testing.T) {
	s := readSeeds(t)
	lists := []string{"uk,ru", "de,es-419,pt", "fa,ar-EG", "be,en,es", "zh,ru-Cyrl-RU", "en,de,zh", "gl,it-CH", ""}
	for _, list := range lists {
		var prefs []language.Tag
		if list != "" {
			for _, p := range strings.Split(list, ",") {
				prefs = append(prefs, language.MustParse(p))
			}
		}
		want := ""
		decided := true
		for _, p := range prefs {
			l, ok := s.reach(p)
			if !ok {
				decided = false
				break
			}
			if l != "" {
				want = l
				break
			}
		}
		if !decided {
			t.Logf("%s: several seed languages share a base language; left to the langmatch tests", list)
			continue
		}
		for l := 1; l <= 7; l++ {
			tx, ok := csmg.Level(l).Text(prefs...)
			w := fmtText(sfia.Text{}, false)
			if want != "" {
				if d := s.levelText(t, want, l); d != "" {
					n := s.newest[want]
					w = fmtText(sfia.Text{Value: d, Language: language.MustParse(want), Version: sfia.Version(n.Version), Source: "seeds/" + n.File}, true)
				}
			}
			if diff := gocmp.Diff(w, fmtText(tx, ok)); diff != "" {
				t.Errorf("Level(%d).Text(%s) (-seeds +got):\n%s", l, list, diff)
			}
		}
	}
}

// TestNoSiteFurniture checks that no level text or note of any
// translation holds page furniture: the level bar, show/hide and
// click-to links, the help on undefined levels, the Russian essences,
// headings, bullets.
func TestNoSiteFurniture(t *testing.T) {
	furniture := []string{"|", "1 2 3", "Mostra/nascondi", "Fai clic", "Clique", "Mostrar/ocultar", "Показать/скрыть",
		"Суть уровня", "Уровень", "Dove i livelli", "Onde níveis", "Там, где", "Livello", "Nível", ": المستوى", "SFIA", "•", "\n", "\t", "  ", "\u00a0"}
	n := 0
	for _, tag := range csmg.Languages() {
		for _, v := range csmg.Skill.Versions(tag) {
			tr, _ := csmg.Skill.Translation(v, tag)
			for _, lt := range tr.Levels {
				n++
				text := lt.Description + lt.Note
				for _, f := range furniture {
					if strings.Contains(text, f) {
						t.Errorf("%v %v level %d holds site furniture %q: %q", tag, v, lt.Level, f, text)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Error("no level text checked")
	}
}
