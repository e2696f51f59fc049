package langmatch_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/internal/langmatch"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

// fuzzSets are the supported lists FuzzMatch checks: the seeds'
// languages in table order, the languages with framework texts, a set
// with regional and script variants, one language, and none.
var fuzzSets = [][]string{
	{"ar", "es", "it", "pt", "ru"},
	{"it", "pt", "ru"},
	{"en", "pt-BR", "pt-PT", "sr-Cyrl", "sr-Latn", "zh-Hant", "nb"},
	{"en"},
	{"it-u-rg-chzzzz", "it"}, // a supported tag the Matcher does not pick
	{},
}

// reference is the package rule written out with nothing but x/text, a
// fresh Matcher and no cache: tag matches supported[i] when the Matcher
// pairs them with a confidence other than No and both have the same base
// language, an individual language counting as its macrolanguage. Like
// the package, it has no shortcut for a tag that is itself supported: in
// a list such as "it-u-rg-chzzzz, it" the Matcher's answer stands.
// (cache_test.go has the same rule inside the package; this test is
// outside it because it imports csmg, which imports langmatch.)
func reference(supported []string, tag language.Tag) int {
	if len(supported) == 0 {
		return -1
	}
	tags := make([]language.Tag, len(supported))
	for i, s := range supported {
		tags[i] = language.Make(s)
	}
	_, i, conf := language.NewMatcher(tags).Match(tag)
	if conf == language.No || macroBase(tag) != macroBase(tags[i]) {
		return -1
	}
	return i
}

func macroBase(t language.Tag) language.Base {
	if c, err := language.Macro.Canonicalize(t); err == nil {
		t = c
	}
	b, _ := t.Base()
	return b
}

// FuzzMatch reads any string as a language tag (language.Parse and
// language.Make) and as an Accept-Language header, and checks that
// Set.Index and Set.Best answer a supported language or none, as the
// package rule says, never panicking; that the csmg lookups give the
// text of the seed language Index picks, or nothing; and that the
// registry's framework texts answer only in a language the tag reaches.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"it", "pt-BR", "es-419", "ar-EG", "ru-Cyrl-RU", "und", "und-BR", "und-Cyrl", "uk", "be", "gl", "fa", "arb",
		"x-private", "qaa-Qaaa-QM", "it-u-co-phonebk", "en-Latn-US-u-ca-gregory-x-foo", "es-t-en-h0-hybrid",
		"i-klingon", "zh-min-nan", "sgn-BE-FR", "de-CH-1901", "da, en-gb;q=0.8, en;q=0.7", "de;q=0.x, pt-BR;q=0.8",
		"*;q=0.5, ru;q=2", "", ",,,;;;", "pt;q=0.5;q=0.2",
	} {
		f.Add(s)
	}
	sets := make([]*langmatch.Set, len(fuzzSets))
	for i, tags := range fuzzSets {
		sets[i] = &langmatch.Set{Tags: tags}
	}
	seedLangs := csmg.Languages()
	seedTags := make([]string, len(seedLangs))
	for i, t := range seedLangs {
		seedTags[i] = t.String()
	}
	var fwTags []string
	for _, t := range skills.Framework.Languages() {
		fwTags = append(fwTags, t.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tags []language.Tag
		if tag, err := language.Parse(s); err == nil {
			tags = append(tags, tag)
		}
		tags = append(tags, language.Make(s))
		prefs, _, _ := language.ParseAcceptLanguage(s)
		tags = append(tags, prefs...)

		for k, set := range sets {
			for _, tag := range tags {
				want := reference(fuzzSets[k], tag)
				if got := set.Index(tag); got != want {
					t.Fatalf("Set%q.Index(%v) = %d, want %d", fuzzSets[k], tag, got, want)
				}
			}
			want := -1
			for _, p := range prefs {
				if want = reference(fuzzSets[k], p); want >= 0 {
					break
				}
			}
			if got := set.Best(prefs...); got != want {
				t.Fatalf("Set%q.Best(%v) = %d, want %d", fuzzSets[k], prefs, got, want)
			}
		}

		for _, tag := range tags {
			i := reference(seedTags, tag)
			var src, want string
			var lang language.Tag
			if i >= 0 {
				tr, _ := csmg.Skill.Translation(0, seedLangs[i])
				src, lang = tr.Source, tr.Language
				want = csmg.Level(4).Description(seedLangs[i])
			}
			tr, ok := csmg.Skill.Translation(0, tag)
			if ok != (i >= 0) || tr.Source != src || tr.Language != lang {
				t.Fatalf("csmg.Skill.Translation(0, %v) = %s from %q, %v; want %v from %q", tag, tr.Language, tr.Source, ok, lang, src)
			}
			if got := csmg.Level(4).Description(tag); got != want {
				t.Fatalf("csmg.Level(4).Description(%v) = %q, want %q", tag, got, want)
			}
			// The framework texts must answer without panicking, and
			// only in a language of the framework that the tag reaches.
			fi := reference(fwTags, tag)
			_, wok := skills.Framework.GuidingWords(sfia.Level4, tag)
			_, eok := skills.Framework.Essence(sfia.Level4, tag)
			_, _, hok := skills.Framework.UndefinedLevelsHelp(tag)
			if fi < 0 && (wok || eok || hok) {
				t.Fatalf("skills.Framework answers for %v, which reaches none of its languages %q", tag, fwTags)
			}
		}
		txt, ok := csmg.Level(4).Text(prefs...)
		j := -1
		for _, p := range prefs {
			if j = reference(seedTags, p); j >= 0 {
				break
			}
		}
		if ok != (j >= 0) || (ok && txt.Language != seedLangs[j]) {
			t.Fatalf("csmg.Level(4).Text(%v) = %v, %v; want the %v text", prefs, txt, ok, j)
		}
	})
}
