// Package synth writes synthetic seed folders: made-up skills in made-up
// words, in the three page layouts the real seeds use, with a language
// profile for each language. None of it is SFIA text. Tests use it to
// prove that skills, languages and versions are data, internal/scale uses
// it to measure the generator at full-framework size, and the benchmarks
// module's size tests to measure what a program links.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A Layout is one of the page layouts of the real seeds.
type Layout int

const (
	// SFIA9 is the Italian and Portuguese layout: no blank lines, "- "
	// bullets, help sections, a "1 | 2 | ..." bar, one paragraph or one
	// sentence per line under each level heading.
	SFIA9 Layout = iota
	// SFIA8 is the Russian and Arabic layout: a tagline, blank lines, "  • "
	// bullets, a "1 2 3" bar, optional essence lines, and a note under a
	// level the skill does not define.
	SFIA8
	// SFIA6 is the Spanish layout: a breadcrumb naming the version and
	// category, a definition, and the levels from the highest down.
	SFIA6
)

// A Language is a language of a synthetic corpus.
type Language struct {
	Tag       string // a real BCP 47 tag
	Script    string // Latn, Cyrl or Arab
	Direction string // ltr or rtl
}

// Languages are twenty languages synthetic corpora may use, the first
// five of them the seeds' own.
var Languages = []Language{
	{"it", "Latn", "ltr"}, {"ru", "Cyrl", "ltr"}, {"pt", "Latn", "ltr"}, {"es", "Latn", "ltr"}, {"ar", "Arab", "rtl"},
	{"de", "Latn", "ltr"}, {"fr", "Latn", "ltr"}, {"nl", "Latn", "ltr"}, {"sv", "Latn", "ltr"}, {"pl", "Latn", "ltr"},
	{"cs", "Latn", "ltr"}, {"fi", "Latn", "ltr"}, {"tr", "Latn", "ltr"}, {"ro", "Latn", "ltr"}, {"hu", "Latn", "ltr"},
	{"bg", "Cyrl", "ltr"}, {"uk", "Cyrl", "ltr"}, {"sr-Cyrl", "Cyrl", "ltr"}, {"fa", "Arab", "rtl"}, {"ur", "Arab", "rtl"},
}

var alphabets = map[string][]rune{
	"Latn": []rune("abcdefghijklmnopqrstuvwxyz"),
	"Cyrl": []rune("абвгдежзиклмнопрстуфхцчшщыэюя"),
	"Arab": []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
}

// words makes deterministic pseudo-words in a script.
type words struct {
	r      *rand.Rand
	script string
}

func newWords(seed uint64, script string) *words {
	return &words{r: rand.New(rand.NewPCG(seed, 0x5f1a)), script: script}
}

func (w *words) word() string {
	a := alphabets[w.script]
	n := 2 + w.r.IntN(8)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteRune(a[w.r.IntN(len(a))])
	}
	return b.String()
}

func (w *words) phrase(n int) string {
	p := make([]string, n)
	for i := range p {
		p[i] = w.word()
	}
	s := strings.Join(p, " ")
	r := []rune(s)
	if w.script != "Arab" {
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	}
	return string(r)
}

func (w *words) sentence() string { return w.phrase(6+w.r.IntN(14)) + "." }

// Profile returns the language profile (languages/TAG.txt) of a synthetic
// language: made-up heading words for every key the parser reads.
func Profile(l Language) string {
	w := newWords(hash(l.Tag), l.Script)
	var b strings.Builder
	fmt.Fprintf(&b, "# Synthetic profile for %s: made-up words, not SFIA text.\n", l.Tag)
	fmt.Fprintf(&b, "tag: %s\nname: Synthetic %s\nscript: %s\ndirection: %s\n", l.Tag, l.Tag, l.Script, l.Direction)
	fmt.Fprintf(&b, "level: %s\n", w.phrase(1))
	fmt.Fprintf(&b, "guidance: %s\n", w.phrase(3))
	fmt.Fprintf(&b, "activities: %s:\n", w.phrase(5))
	fmt.Fprintf(&b, "help: %s\n", w.phrase(6))
	fmt.Fprintf(&b, "lower: %s...\n", w.phrase(5))
	fmt.Fprintf(&b, "higher: %s...\n", w.phrase(5))
	fmt.Fprintf(&b, "section: %s\n", w.phrase(7))
	fmt.Fprintf(&b, "section: %s\n", w.phrase(4))
	fmt.Fprintf(&b, "essence: %s:\n", w.phrase(2))
	fmt.Fprintf(&b, "undefined: %s\n", w.phrase(4))
	return b.String()
}

// profileWords reads back the values of a profile written by Profile.
func profileWords(profile string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(profile, "\n") {
		if k, v, ok := strings.Cut(line, ": "); ok && !strings.HasPrefix(line, "#") {
			m[k] = append(m[k], v)
		}
	}
	return m
}

// A Skill is a made-up skill to write.
type Skill struct {
	Code   string
	Levels []int // the levels it is defined at
}

// Code returns the made-up code of the i-th synthetic skill: "SAAA",
// "SAAB", ..., "SAAZ", "SABA", ...
func Code(i int) string {
	return fmt.Sprintf("S%c%c%c", 'A'+rune(i/676%26), 'A'+rune(i/26%26), 'A'+rune(i%26))
}

// Seed returns the text of a seed page for skill s in language l, SFIA
// version v, in layout lay. Its words depend only on the arguments.
func Seed(s Skill, l Language, v int, lay Layout) string {
	prof := profileWords(Profile(l))
	w := newWords(hash(fmt.Sprint(s.Code, l.Tag, v)), l.Script)
	name := w.phrase(3)
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	blank := func() {
		if lay == SFIA8 {
			b.WriteString("\n")
		}
	}
	bullet := "- "
	if lay == SFIA8 {
		bullet = "  • "
	}
	levelText := func(n int) []string {
		var out []string
		for i := 0; i < 2+w.r.IntN(4); i++ {
			out = append(out, w.sentence())
		}
		return out
	}
	defined := map[int]bool{}
	for _, n := range s.Levels {
		defined[n] = true
	}
	switch lay {
	case SFIA6:
		line("%s: %s / SFIA %d / %s / %s / %s / %s", w.phrase(2), w.phrase(1), v, w.phrase(1), w.phrase(3), w.phrase(3), name)
		b.WriteString("\n")
		line("%s %s", name, s.Code)
		b.WriteString("\n")
		line("%s %s", w.sentence(), w.sentence())
		for n := 7; n >= 1; n-- {
			if defined[n] {
				b.WriteString("\n")
				line("%s: %s %d", name, prof["level"][0], n)
				b.WriteString("\n")
				line("%s", strings.Join(levelText(n), " "))
			}
		}
		return b.String()
	case SFIA8:
		line("%s", w.phrase(7))
		blank()
	}
	line("%s %s", name, s.Code)
	blank()
	line("%s", w.sentence())
	blank()
	if lay == SFIA8 {
		line("%s", prof["section"][1])
		blank()
		// The bar shows the levels the skill defines, as the Arabic
		// SFIA 8 page does.
		var bar []string
		for n := 1; n <= 7; n++ {
			if defined[n] {
				bar = append(bar, strconv.Itoa(n))
			}
		}
		line("%s", strings.Join(bar, " "))
		blank()
	}
	line("%s", prof["guidance"][0])
	blank()
	line("%s %s", w.sentence(), w.sentence())
	blank()
	line("%s", prof["activities"][0])
	blank()
	for i := 0; i < 3+w.r.IntN(5); i++ {
		line("%s%s", bullet, w.phrase(4))
	}
	blank()
	line("%s", prof["help"][0])
	line("%s", prof["lower"][0])
	line("%s%s", bullet, w.sentence())
	line("%s", prof["higher"][0])
	line("%s%s", bullet, w.sentence())
	blank()
	line("%s", prof["section"][0])
	line("%s", w.sentence())
	line("%s%s", bullet, w.sentence())
	if lay == SFIA9 {
		// The bar shows the levels the skill defines.
		var bar strings.Builder
		for n := 1; n <= 7; n++ {
			if defined[n] {
				fmt.Fprintf(&bar, "%d | ", n)
			}
		}
		line("%s", strings.TrimSpace(bar.String()))
	}
	for n := 1; n <= 7; n++ {
		if !defined[n] && lay != SFIA8 {
			continue
		}
		blank()
		line("%s: %s %d", name, prof["level"][0], n)
		blank()
		if lay == SFIA8 {
			line("%s %d - %s: %s %s", prof["level"][0], n, w.phrase(1), prof["essence"][0], w.sentence())
			blank()
		}
		if !defined[n] {
			line("%s %s", prof["undefined"][0], w.sentence())
			continue
		}
		text := levelText(n)
		if lay == SFIA9 && n%2 == 0 {
			for _, t := range text { // a sentence per line, as in Portuguese
				line("%s", t)
			}
		} else {
			line("%s", strings.Join(text, " "))
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// A Corpus describes a synthetic seeds folder.
type Corpus struct {
	Skills    int // how many skills, coded by Code(i)
	Languages int // how many of Languages, from the first
	// Versions lists the SFIA versions each skill and language gets; the
	// default is {9}.
	Versions []int
}

// Write writes the corpus into dir (MANIFEST, languages/, seed files),
// which must not hold a seeds folder already. Layouts rotate with the
// language, so every layout is used; skills are defined at levels that
// rotate too.
func Write(dir string, c Corpus) error {
	if c.Languages > len(Languages) {
		return fmt.Errorf("synth: at most %d languages", len(Languages))
	}
	versions := c.Versions
	if len(versions) == 0 {
		versions = []int{9}
	}
	if err := os.MkdirAll(filepath.Join(dir, "languages"), 0o755); err != nil {
		return err
	}
	var manifest strings.Builder
	manifest.WriteString("# Synthetic seeds: made-up skills and words, not SFIA text.\n")
	for _, l := range Languages[:c.Languages] {
		if err := os.WriteFile(filepath.Join(dir, "languages", l.Tag+".txt"), []byte(Profile(l)), 0o644); err != nil {
			return err
		}
	}
	for i := 0; i < c.Skills; i++ {
		lo := 1 + i%3
		s := Skill{Code: Code(i)}
		for n := lo; n <= lo+3; n++ {
			s.Levels = append(s.Levels, n)
		}
		for j, l := range Languages[:c.Languages] {
			for _, v := range versions {
				lay := Layout(j % 3)
				if v < 8 {
					lay = SFIA6
				}
				file := fmt.Sprintf("%s_%s_%d.txt", s.Code, l.Tag, v)
				if err := os.WriteFile(filepath.Join(dir, file), []byte(Seed(s, l, v, lay)), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(&manifest, "%s %s %s %d\n", file, s.Code, l.Tag, v)
			}
		}
	}
	return os.WriteFile(filepath.Join(dir, "MANIFEST"), []byte(manifest.String()), 0o644)
}

func hash(s string) uint64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
