package skills_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

var tagCmp = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

func manifest(t *testing.T) []seedtest.Entry {
	t.Helper()
	entries, err := seedtest.Manifest(seedtest.Root())
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("seeds/MANIFEST lists no seed")
	}
	return entries
}

// TestRegistry checks the registry against seeds/MANIFEST: Codes names
// every skill the manifest lists, sorted, each once; All holds the same
// skills in the same order; Lookup finds each by its code in any case.
func TestRegistry(t *testing.T) {
	var want []string
	for _, e := range manifest(t) {
		if !slices.Contains(want, e.Skill) {
			want = append(want, e.Skill)
		}
	}
	slices.Sort(want)
	if diff := cmp.Diff(want, skills.Codes()); diff != "" {
		t.Errorf("Codes() (-MANIFEST +got):\n%s", diff)
	}
	var allCodes []string
	for _, s := range skills.All() {
		allCodes = append(allCodes, s.Code())
	}
	if diff := cmp.Diff(skills.Codes(), allCodes); diff != "" {
		t.Errorf("codes of All() (-Codes() +got):\n%s", diff)
	}
	for i, code := range want {
		for _, c := range []string{code, strings.ToLower(code), strings.ToLower(code[:1]) + code[1:]} {
			s, ok := skills.Lookup(c)
			if !ok || s == nil || s.Code() != code {
				t.Errorf("Lookup(%q) = %v, %v; want %s", c, s, ok, code)
				continue
			}
			if i < len(skills.All()) && s != skills.All()[i] {
				t.Errorf("Lookup(%q) is not All()[%d]", c, i)
			}
		}
	}
	// Each call returns a fresh slice.
	codes := skills.Codes()
	if len(codes) > 0 {
		codes[0] = "XXXX"
		if diff := cmp.Diff(want, skills.Codes()); diff != "" {
			t.Errorf("Codes() after changing an earlier result (-want +got):\n%s", diff)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	codes := skills.Codes()
	unknown := []string{"", " ", "CSM", "CSMGX", "XXXX", "ＣＳＭＧ", "CSMG ", " CSMG", "CS\u00adMG", "\xff"}
	for _, c := range codes {
		unknown = append(unknown, c+c, c[:len(c)-1], " "+c)
	}
	for _, code := range unknown {
		if slices.Contains(codes, strings.ToUpper(code)) {
			continue
		}
		if s, ok := skills.Lookup(code); ok || s != nil {
			t.Errorf("Lookup(%q) = %v, %v; want nil, false", code, s, ok)
		}
	}
}

// frameworkSeed is what one seed with framework texts says, read by line
// number.
type frameworkSeed struct {
	seed            seedtest.Seed
	entry           seedtest.Entry
	words, essences map[int]string
	lower, higher   string
}

func frameworkSeeds(t *testing.T) []frameworkSeed {
	t.Helper()
	root := seedtest.Root()
	byFile := map[string]seedtest.Entry{}
	for _, e := range manifest(t) {
		byFile[e.File] = e
	}
	var out []frameworkSeed
	for _, sd := range seedtest.Seeds {
		fs := frameworkSeed{seed: sd, entry: byFile[sd.File]}
		var err error
		if fs.words, fs.essences, err = sd.Essences(root); err != nil {
			t.Fatal(err)
		}
		if fs.lower, fs.higher, err = sd.Help(root); err != nil {
			t.Fatal(err)
		}
		if fs.words != nil || fs.lower != "" {
			out = append(out, fs)
		}
	}
	if len(out) == 0 {
		t.Fatal("seedtest knows no seed with framework texts")
	}
	return out
}

// supersedes reports whether src, a framework text's source, is a seed
// in lang that the generator rightly prefers to the seed e: a file the
// manifest lists in the same language, with a version (of its essences
// for essences, of itself for help) at least e's.
func supersedes(t *testing.T, src, lang string, version func(seedtest.Entry) int, e seedtest.Entry) bool {
	for _, o := range manifest(t) {
		if "seeds/"+o.File == src && o.Lang == lang && version(o) >= version(e) {
			return true
		}
	}
	return false
}

// TestFrameworkAgainstSeeds checks skills.Framework against the seeds'
// lines: the guiding words and essences, and the help on undefined
// levels, of every seed seedtest knows them of, with their language,
// version and source. Where another seed in the same language gives them
// too, the generator picks the newer; the test then checks that the
// answer comes from such a seed.
func TestFrameworkAgainstSeeds(t *testing.T) {
	fw := skills.Framework
	checked := 0
	for _, fs := range frameworkSeeds(t) {
		lang := fs.seed.Lang
		tag := language.MustParse(lang)
		src := "seeds/" + fs.seed.File
		if fs.words != nil {
			for l := sfia.Level1; l <= sfia.Level7; l++ {
				words, wok := fw.GuidingWords(l, tag)
				essence, eok := fw.Essence(l, tag)
				if eok && essence.Source != src {
					if !supersedes(t, essence.Source, lang, seedtest.Entry.EssenceVersion, fs.entry) {
						t.Errorf("Essence(%v, %s) comes from %s, not %s nor a newer seed in %s", l, lang, essence.Source, src, lang)
					}
					continue
				}
				var wantWords, wantEssence sfia.Text
				if w, ok := fs.words[int(l)]; ok {
					v := sfia.Version(fs.entry.EssenceVersion())
					wantWords = sfia.Text{Value: w, Language: tag, Version: v, Source: src}
					wantEssence = sfia.Text{Value: fs.essences[int(l)], Language: tag, Version: v, Source: src}
				}
				if diff := cmp.Diff([]any{wantWords, wantWords.Value != "", wantEssence, wantEssence.Value != ""}, []any{words, wok, essence, eok}, tagCmp); diff != "" {
					t.Errorf("GuidingWords and Essence(%v, %s) (-seed +got):\n%s", l, lang, diff)
				}
				checked++
			}
		}
		if fs.lower != "" || fs.higher != "" {
			lower, higher, ok := fw.UndefinedLevelsHelp(tag)
			got := higher.Source
			if got == "" {
				got = lower.Source
			}
			if ok && got != src {
				if !supersedes(t, got, lang, func(e seedtest.Entry) int { return e.Version }, fs.entry) {
					t.Errorf("UndefinedLevelsHelp(%s) comes from %s, not %s nor a newer seed in %s", lang, got, src, lang)
				}
				continue
			}
			v := sfia.Version(fs.entry.Version)
			want := []any{sfia.Text{Value: fs.lower, Language: tag, Version: v, Source: src}, sfia.Text{Value: fs.higher, Language: tag, Version: v, Source: src}, true}
			if diff := cmp.Diff(want, []any{lower, higher, ok}, tagCmp); diff != "" {
				t.Errorf("UndefinedLevelsHelp(%s) (-seed +got):\n%s", lang, diff)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no framework text checked against a seed")
	}
	t.Logf("%d framework texts checked against the seeds", checked)
}

// TestFrameworkLanguages checks that the framework's languages are seed
// languages, that each gives some text, and that a tag reaching none of
// them gets nothing.
func TestFrameworkLanguages(t *testing.T) {
	fw := skills.Framework
	var seedLangs []string
	for _, e := range manifest(t) {
		seedLangs = append(seedLangs, e.Lang)
	}
	var langs []string
	for _, tag := range fw.Languages() {
		langs = append(langs, tag.String())
		if !slices.Contains(seedLangs, tag.String()) {
			t.Errorf("Framework has texts in %v, which no seed is in", tag)
		}
		some := false
		for _, l := range sfia.Levels() {
			_, w := fw.GuidingWords(l, tag)
			_, e := fw.Essence(l, tag)
			some = some || w || e
		}
		_, _, h := fw.UndefinedLevelsHelp(tag)
		if !some && !h {
			t.Errorf("Framework lists %v but gives no text in it", tag)
		}
		for _, l := range []sfia.Level{-1, 0, 8, 100} {
			if _, ok := fw.GuidingWords(l, tag); ok {
				t.Errorf("GuidingWords(%d, %v) reports text", int(l), tag)
			}
			if _, ok := fw.Essence(l, tag); ok {
				t.Errorf("Essence(%d, %v) reports text", int(l), tag)
			}
		}
	}
	if !slices.IsSorted(langs) {
		t.Errorf("Languages() = %q, not sorted", langs)
	}
	// Tags whose base language is in no framework language get nothing:
	// not Russian texts for Ukrainian or Belarusian, nor any for und.
	for _, name := range []string{"uk", "be", "kk", "und", "en", "de", "zh", "ja", "gl", "fa"} {
		tag := language.MustParse(name)
		base, _ := tag.Base()
		if slices.ContainsFunc(fw.Languages(), func(l language.Tag) bool { b, _ := l.Base(); return b == base }) {
			continue // a seed in that language has been added
		}
		for _, l := range sfia.Levels() {
			if tx, ok := fw.GuidingWords(l, tag); ok {
				t.Errorf("GuidingWords(%v, %s) = %+v", l, name, tx)
			}
			if tx, ok := fw.Essence(l, tag); ok {
				t.Errorf("Essence(%v, %s) = %+v", l, name, tx)
			}
		}
		if _, _, ok := fw.UndefinedLevelsHelp(tag); ok {
			t.Errorf("UndefinedLevelsHelp(%s) reports text", name)
		}
	}
}

func ExampleLookup() {
	s, ok := skills.Lookup("csmg")
	fmt.Println(ok, s.Code(), s.Levels())
	// Output:
	// true CSMG [Level 1 Level 2 Level 3 Level 4 Level 5 Level 6]
}

func ExampleFramework() {
	// The framework texts the seeds give: here the Russian guiding words
	// of level 4, beside the English ones every level has.
	w, ok := skills.Framework.GuidingWords(sfia.Level4, language.Russian)
	fmt.Println(ok, w.Value, "/", sfia.Level4.GuidingWords())
	// Output:
	// true Выполнять / Enable
}
