package sfia_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// The expected texts below are read from the seed files by line number,
// not copied from framework_gen.go, so that these tests check the parser,
// the generator and the lookups together against the seeds. The line
// numbers were read off the seed files with cat -n.
const (
	seedIt = "seeds/000_f93c0a31eadc8278.txt" // it, SFIA 9
	seedRu = "seeds/001_205a89c5e035fa5d.txt" // ru, SFIA 8 skill text, SFIA 9 essences
	seedPt = "seeds/002_c8d2389445e5e1c8.txt" // pt, SFIA 9
)

// ruLevelLines are the lines of the Russian seed that read
// "Уровень N - <guiding words>: Суть уровня: <essence>", for levels 1 to 6.
// The seed gives nothing for level 7.
var ruLevelLines = map[sfia.Level]int{1: 49, 2: 55, 3: 61, 4: 67, 5: 73, 6: 79}

// tagCmp compares language tags, whose fields are unexported.
var tagCmp = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

// seedLine returns line n (1-based) of a seed file, given by its path
// relative to the module root ("seeds/001_...txt").
func seedLine(t *testing.T, file string, n int) string {
	t.Helper()
	lines, err := seedtest.Lines(seedtest.Root(), strings.TrimPrefix(file, "seeds/"))
	if err != nil {
		t.Fatal(err)
	}
	if n < 1 || n >= len(lines) {
		t.Fatalf("%s has %d lines, no line %d", file, len(lines)-1, n)
	}
	return lines[n]
}

// ruLevel splits the Russian seed's line for level l into its guiding
// words and its essence.
func ruLevel(t *testing.T, l sfia.Level) (words, essence string) {
	t.Helper()
	line := seedLine(t, seedRu, ruLevelLines[l])
	prefix := "Уровень " + string(rune('0'+l)) + " - "
	const sep = ": Суть уровня: "
	rest, ok := strings.CutPrefix(line, prefix)
	if !ok {
		t.Fatalf("%s:%d = %q, expected it to start with %q", seedRu, ruLevelLines[l], line, prefix)
	}
	words, essence, ok = strings.Cut(rest, sep)
	if !ok || words == "" || essence == "" {
		t.Fatalf("%s:%d = %q, expected %q between the guiding words and the essence", seedRu, ruLevelLines[l], line, sep)
	}
	return words, strings.TrimSpace(essence)
}

// helpLine returns the help text on line n of a seed, without the list
// marker before it.
func helpLine(t *testing.T, file string, n int, marker string) string {
	t.Helper()
	line := seedLine(t, file, n)
	rest, ok := strings.CutPrefix(line, marker)
	if !ok {
		t.Fatalf("%s:%d = %q, expected it to start with %q", file, n, line, marker)
	}
	return strings.TrimSpace(rest)
}

var invalidLevels = []sfia.Level{-1, 0, 8, 9}

func TestGuidingWordsInRussian(t *testing.T) {
	for _, tag := range []language.Tag{language.Russian, language.MustParse("ru-RU"), language.MustParse("ru-UA"), language.MustParse("ru-Cyrl")} {
		for l := sfia.Level1; l <= sfia.Level6; l++ {
			want, _ := ruLevel(t, l)
			if got := l.GuidingWordsIn(tag); got != want {
				t.Errorf("%v.GuidingWordsIn(%v) = %q, want %q", l, tag, got, want)
			}
		}
		// The Russian seed shows no level 7: no guiding words, and no
		// falling back to English either.
		if got := sfia.Level7.GuidingWordsIn(tag); got != "" {
			t.Errorf("Level 7.GuidingWordsIn(%v) = %q, want \"\"", tag, got)
		}
	}
	// Spot-check the reading of the seed itself.
	if w, _ := ruLevel(t, sfia.Level4); w != "Выполнять" {
		t.Errorf("guiding words read from %s:%d = %q, want %q", seedRu, ruLevelLines[4], w, "Выполнять")
	}
}

func TestGuidingWordsInEnglish(t *testing.T) {
	tags := []language.Tag{language.English, language.AmericanEnglish, language.BritishEnglish, language.MustParse("en-GB"), language.MustParse("en-AU"), language.MustParse("en-u-rg-ruzzzz")}
	for _, tag := range tags {
		for _, l := range sfia.Levels() {
			if got, want := l.GuidingWordsIn(tag), l.GuidingWords(); got != want {
				t.Errorf("%v.GuidingWordsIn(%v) = %q, want %q", l, tag, got, want)
			}
		}
		if got := sfia.Level4.GuidingWordsIn(tag); got != "Enable" {
			t.Errorf("Level 4.GuidingWordsIn(%v) = %q, want \"Enable\"", tag, got)
		}
		if got := sfia.Level7.GuidingWordsIn(tag); got != "Set strategy, inspire, mobilise" {
			t.Errorf("Level 7.GuidingWordsIn(%v) = %q, want \"Set strategy, inspire, mobilise\"", tag, got)
		}
	}
}

func TestGuidingWordsInNone(t *testing.T) {
	// Languages no source gives guiding words in: de, fr and ja have no
	// seed, uk has none, be has none (x/text points it at ru with
	// confidence High), ur is pointed at en with confidence High, and the
	// it, pt, es and ar seeds do not give guiding words.
	none := []string{"de", "fr", "ja", "uk", "be", "kk", "ur", "und", "it", "pt", "pt-BR", "es", "ar"}
	for _, s := range none {
		tag := language.MustParse(s)
		for _, l := range sfia.Levels() {
			if got := l.GuidingWordsIn(tag); got != "" {
				t.Errorf("%v.GuidingWordsIn(%s) = %q, want \"\"", l, s, got)
			}
		}
	}
	// Invalid levels give nothing in any language.
	for _, s := range []string{"en", "en-GB", "ru", "de"} {
		tag := language.MustParse(s)
		for _, l := range invalidLevels {
			if got := l.GuidingWordsIn(tag); got != "" {
				t.Errorf("Level(%d).GuidingWordsIn(%s) = %q, want \"\"", int(l), s, got)
			}
		}
	}
}

func TestEssenceRussian(t *testing.T) {
	for _, s := range []string{"ru", "ru-RU", "ru-UA", "ru-KZ"} {
		tag := language.MustParse(s)
		for l := sfia.Level1; l <= sfia.Level6; l++ {
			_, essence := ruLevel(t, l)
			want := sfia.Text{Value: essence, Language: language.Russian, Version: sfia.Version(9), Source: seedRu}
			got, ok := l.Essence(tag)
			if !ok {
				t.Errorf("%v.Essence(%s) reported false, want true", l, s)
				continue
			}
			// Language is the seed's language, ru, whatever variant was
			// asked for.
			if diff := cmp.Diff(want, got, tagCmp); diff != "" {
				t.Errorf("%v.Essence(%s) (-want +got):\n%s", l, s, diff)
			}
			if got.String() != essence {
				t.Errorf("%v.Essence(%s).String() = %q, want the Value", l, s, got.String())
			}
		}
		// The Russian seed gives no level 7.
		if got, ok := sfia.Level7.Essence(tag); ok || !cmp.Equal(got, sfia.Text{}, tagCmp) {
			t.Errorf("Level 7.Essence(%s) = %+v, %v; want the zero Text, false", s, got, ok)
		}
	}
}

func TestEssenceNone(t *testing.T) {
	// No seed gives essences in these languages: it and pt have
	// framework help but no essences, es and ar seeds have neither, and
	// the rest have no seed at all (en included: the English essences are
	// not in any seed).
	none := []string{"it", "it-CH", "pt", "pt-BR", "es", "ar", "en", "en-GB", "de", "uk", "be", "kk", "und"}
	for _, s := range none {
		tag := language.MustParse(s)
		for l := sfia.Level(-1); l <= 9; l++ {
			if got, ok := l.Essence(tag); ok || !cmp.Equal(got, sfia.Text{}, tagCmp) {
				t.Errorf("Level(%d).Essence(%s) = %+v, %v; want the zero Text, false", int(l), s, got, ok)
			}
		}
	}
	for _, l := range invalidLevels {
		if got, ok := l.Essence(language.Russian); ok || !cmp.Equal(got, sfia.Text{}, tagCmp) {
			t.Errorf("Level(%d).Essence(ru) = %+v, %v; want the zero Text, false", int(l), got, ok)
		}
	}
}

func TestUndefinedLevelsHelp(t *testing.T) {
	tests := []struct {
		tags                  []string // the tags that must reach this seed
		lang                  language.Tag
		version               sfia.Version
		file                  string
		lowerLine, higherLine int
		marker                string // the list marker before the text
	}{
		// The Italian seed's help stands on lines 15 and 17; lines 14 and
		// 16 are the headings "Dove i livelli inferiori/più alti non sono
		// definiti...".
		{[]string{"it", "it-IT", "it-CH"}, language.Italian, 9, seedIt, 15, 17, "- "},
		{[]string{"pt", "pt-BR", "pt-PT", "pt-AO"}, language.Portuguese, 9, seedPt, 15, 17, "- "},
		// The Russian seed is SFIA 8: its help is SFIA 8 text, although
		// its essences are SFIA 9.
		{[]string{"ru", "ru-RU", "ru-UA"}, language.Russian, 8, seedRu, 27, 29, "  • "},
	}
	for _, tt := range tests {
		wantLower := sfia.Text{Value: helpLine(t, tt.file, tt.lowerLine, tt.marker), Language: tt.lang, Version: tt.version, Source: tt.file}
		wantHigher := sfia.Text{Value: helpLine(t, tt.file, tt.higherLine, tt.marker), Language: tt.lang, Version: tt.version, Source: tt.file}
		for _, s := range tt.tags {
			lower, higher, ok := sfia.UndefinedLevelsHelp(language.MustParse(s))
			if !ok {
				t.Errorf("UndefinedLevelsHelp(%s) reported false, want true", s)
				continue
			}
			if diff := cmp.Diff(wantLower, lower, tagCmp); diff != "" {
				t.Errorf("UndefinedLevelsHelp(%s) lower (-want +got):\n%s", s, diff)
			}
			if diff := cmp.Diff(wantHigher, higher, tagCmp); diff != "" {
				t.Errorf("UndefinedLevelsHelp(%s) higher (-want +got):\n%s", s, diff)
			}
		}
	}

	// The seeds in ar and es give no help, and no seed is in en or uk;
	// be and gl must not reach ru and es.
	for _, s := range []string{"ar", "ar-EG", "es", "es-419", "en", "en-GB", "uk", "be", "gl", "de", "und"} {
		lower, higher, ok := sfia.UndefinedLevelsHelp(language.MustParse(s))
		if ok || !cmp.Equal(lower, sfia.Text{}, tagCmp) || !cmp.Equal(higher, sfia.Text{}, tagCmp) {
			t.Errorf("UndefinedLevelsHelp(%s) = %+v, %+v, %v; want zero Texts, false", s, lower, higher, ok)
		}
	}
}
