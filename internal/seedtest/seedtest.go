// Package seedtest gives tests what the real seeds say, read straight
// from the seed files by line number and from seeds/MANIFEST,
// independently of internal/parse:
// a test that compares the SDK's answers with these values checks the
// whole pipeline (parser, generator, tables, lookups) against the seeds
// themselves.
//
// The line numbers below were read off the seed files with cat -n. They
// are the only place that knows them.
package seedtest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// A Seed is one seed file and where its level texts stand.
type Seed struct {
	Lang    string // BCP 47 tag
	Version int    // SFIA version
	File    string // under seeds/
	// Levels maps a defined level to the lines of its text. Where a level
	// has several lines (the Portuguese seed puts each sentence on its
	// own line) the SDK joins them with single spaces.
	Levels map[int][]int
	// NoteLine is the line of the note for an undefined level, and
	// NoteLevel that level; 0 where the seed has none.
	NoteLevel, NoteLine int
	// NameLine holds "<name> CSMG".
	NameLine int
	// HelpLines are the lines of the site's help on undefined lower and
	// higher levels, each after the list marker HelpMarker; zero where the
	// seed has none.
	HelpLines  [2]int
	HelpMarker string
	// EssenceLines maps a level to its line "<level word> N - <guiding
	// words>: <EssenceMarker> <essence>"; nil where the seed has none.
	EssenceLines  map[int]int
	EssenceMarker string
}

// Seeds are the five CSMG seeds.
var Seeds = []Seed{
	{Lang: "ar", Version: 8, File: "004_07a011a12c9ebc15.txt", NameLine: 3,
		Levels:    map[int][]int{1: {26}, 2: {30}, 3: {34}, 4: {38}, 5: {42}, 6: {46}},
		NoteLevel: 7, NoteLine: 50},
	{Lang: "es", Version: 6, File: "003_c74615f3b514106e.txt", NameLine: 3,
		Levels: map[int][]int{6: {9}, 5: {13}, 4: {17}, 3: {21}, 2: {25}, 1: {29}}},
	{Lang: "it", Version: 9, File: "000_f93c0a31eadc8278.txt", NameLine: 1,
		Levels:    map[int][]int{1: {32}, 2: {34}, 3: {36}, 4: {38}, 5: {40}, 6: {42}},
		HelpLines: [2]int{15, 17}, HelpMarker: "- "},
	{Lang: "pt", Version: 9, File: "002_c8d2389445e5e1c8.txt", NameLine: 1,
		Levels: map[int][]int{
			1: {32, 33, 34}, 2: {36, 37, 38, 39}, 3: {41, 42, 43, 44},
			4: {46, 47, 48, 49}, 5: {51, 52, 53, 54}, 6: {56, 57, 58, 59}},
		HelpLines: [2]int{15, 17}, HelpMarker: "- "},
	{Lang: "ru", Version: 8, File: "001_205a89c5e035fa5d.txt", NameLine: 3,
		Levels:    map[int][]int{1: {51}, 2: {57}, 3: {63}, 4: {69}, 5: {75}, 6: {81}},
		HelpLines: [2]int{27, 29}, HelpMarker: "  • ",
		EssenceLines: map[int]int{1: 49, 2: 55, 3: 61, 4: 67, 5: 73, 6: 79}, EssenceMarker: "Суть уровня:"},
}

// Root returns the module root, found from this source file.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Lines returns the lines of seed file name under root/seeds, 1-based:
// Lines(...)[n] is line n.
func Lines(root, name string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(root, "seeds", name))
	if err != nil {
		return nil, err
	}
	return append([]string{""}, strings.Split(string(data), "\n")...), nil
}

// Texts returns, for each seed language, the text of every level the seed
// defines, the lines joined with single spaces. It checks each line number
// it uses: the nearest non-blank line above a level's text must be the
// level's heading (ending in its number) or, in the Russian seed, the
// level's essence line ("Уровень N - ...: Суть уровня: ..."), itself
// under the heading; so a wrong number fails loudly rather than reading
// the wrong text.
func Texts(root string) (map[string]map[int]string, error) {
	out := map[string]map[int]string{}
	for _, s := range Seeds {
		lines, err := Lines(root, s.File)
		if err != nil {
			return nil, err
		}
		m := map[int]string{}
		for lv, ns := range s.Levels {
			if err := checkHeading(s.File, lines, ns[0], lv); err != nil {
				return nil, err
			}
			var parts []string
			for _, n := range ns {
				if n >= len(lines) || lines[n] == "" {
					return nil, fmt.Errorf("seedtest: %s line %d: expected level %d text, found none", s.File, n, lv)
				}
				parts = append(parts, lines[n])
			}
			m[lv] = strings.Join(parts, " ")
		}
		out[s.Lang] = m
	}
	return out, nil
}

func checkHeading(file string, lines []string, first, level int) error {
	above := func(n int) int {
		for n--; n > 0 && lines[n] == ""; n-- {
		}
		return n
	}
	h := above(first)
	if h > 0 && strings.HasPrefix(lines[h], fmt.Sprintf("Уровень %d - ", level)) && strings.Contains(lines[h], "Суть уровня:") {
		h = above(h)
	}
	if h < 1 || !strings.HasSuffix(lines[h], fmt.Sprint(level)) {
		return fmt.Errorf("seedtest: %s line %d: expected the heading of level %d above line %d", file, h, level, first)
	}
	return nil
}

// An Entry is one line of seeds/MANIFEST: a seed file, the skill and
// language it is in, its SFIA version, and its options.
type Entry struct {
	File    string // under seeds/
	Skill   string // the skill code, "CSMG"
	Lang    string // BCP 47 tag
	Version int    // SFIA version
	// Options holds the OPTION=VALUE fields (essences=9).
	Options map[string]string
}

// EssenceVersion returns the SFIA version of the level essences the
// seed shows: its essences= option, or else its own version.
func (e Entry) EssenceVersion() int {
	if v, err := strconv.Atoi(e.Options["essences"]); err == nil {
		return v
	}
	return e.Version
}

// Manifest reads root/seeds/MANIFEST: one entry per line that is neither
// blank nor a comment, in the file's order. It reads the format the
// MANIFEST's own comment describes, on its own, so that tests do not take
// the parser's word for what the manifest says.
func Manifest(root string) ([]Entry, error) {
	data, err := os.ReadFile(filepath.Join(root, "seeds", "MANIFEST"))
	if err != nil {
		return nil, err
	}
	return ParseManifest(string(data))
}

// ParseManifest reads a manifest's text; see Manifest.
func ParseManifest(text string) ([]Entry, error) {
	var out []Entry
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("seedtest: MANIFEST line %d: want FILE SKILL LANGUAGE VERSION, got %q", i+1, line)
		}
		v, err := strconv.Atoi(f[3])
		if err != nil || v < 1 {
			return nil, fmt.Errorf("seedtest: MANIFEST line %d: version %q is not a number from 1", i+1, f[3])
		}
		e := Entry{File: f[0], Skill: f[1], Lang: f[2], Version: v, Options: map[string]string{}}
		for _, o := range f[4:] {
			k, val, ok := strings.Cut(o, "=")
			if !ok || k == "" {
				return nil, fmt.Errorf("seedtest: MANIFEST line %d: option %q is not OPTION=VALUE", i+1, o)
			}
			e.Options[k] = val
		}
		out = append(out, e)
	}
	return out, nil
}

// Help returns the seed's help on undefined lower and higher levels,
// read from its HelpLines without the list marker, or "" for both where
// the seed has none. It checks that the nearest non-blank line above each
// is a heading ending in "..." ("Dove i livelli inferiori non sono
// definiti..."), so that a wrong number fails loudly.
func (s Seed) Help(root string) (lower, higher string, err error) {
	if s.HelpLines == [2]int{} {
		return "", "", nil
	}
	lines, err := Lines(root, s.File)
	if err != nil {
		return "", "", err
	}
	var out [2]string
	for i, n := range s.HelpLines {
		if n < 2 || n >= len(lines) {
			return "", "", fmt.Errorf("seedtest: %s has no line %d", s.File, n)
		}
		h := n - 1
		for h > 0 && lines[h] == "" {
			h--
		}
		if !strings.HasSuffix(lines[h], "...") {
			return "", "", fmt.Errorf("seedtest: %s line %d: expected a help heading ending in \"...\" above line %d, found %q", s.File, h, n, lines[h])
		}
		text, ok := strings.CutPrefix(lines[n], s.HelpMarker)
		if !ok || strings.TrimSpace(text) == "" {
			return "", "", fmt.Errorf("seedtest: %s line %d: expected help text after %q, found %q", s.File, n, s.HelpMarker, lines[n])
		}
		out[i] = strings.TrimSpace(text)
	}
	return out[0], out[1], nil
}

// Essences returns the seed's guiding words and essences by level, read
// from its EssenceLines, or nil maps where the seed has none. It checks
// that each line starts with its level's number ("Уровень 4 - ").
func (s Seed) Essences(root string) (words, essences map[int]string, err error) {
	if s.EssenceLines == nil {
		return nil, nil, nil
	}
	lines, err := Lines(root, s.File)
	if err != nil {
		return nil, nil, err
	}
	words, essences = map[int]string{}, map[int]string{}
	for lv, n := range s.EssenceLines {
		if n < 1 || n >= len(lines) {
			return nil, nil, fmt.Errorf("seedtest: %s has no line %d", s.File, n)
		}
		head, rest, ok := strings.Cut(lines[n], " - ")
		if !ok || !strings.HasSuffix(head, " "+strconv.Itoa(lv)) {
			return nil, nil, fmt.Errorf("seedtest: %s line %d: expected \"<level word> %d - \", found %q", s.File, n, lv, lines[n])
		}
		w, e, ok := strings.Cut(rest, ": "+s.EssenceMarker)
		w, e = strings.TrimSpace(w), strings.TrimSpace(e)
		if !ok || w == "" || e == "" {
			return nil, nil, fmt.Errorf("seedtest: %s line %d: expected \"<guiding words>: %s <essence>\", found %q", s.File, n, s.EssenceMarker, lines[n])
		}
		words[lv], essences[lv] = w, e
	}
	return words, essences, nil
}

// Profile reads the language profile of tag as the generator finds it:
// root/seeds/languages/<tag>.txt where the seeds folder has one, else the
// one the generator ships, root/internal/parse/profiles/<tag>.txt. It
// returns its "key: value" lines, by key, in order (a key such as "help"
// may come more than once).
func Profile(root, tag string) (map[string][]string, error) {
	data, err := os.ReadFile(filepath.Join(root, "seeds", "languages", tag+".txt"))
	if errors.Is(err, fs.ErrNotExist) {
		data, err = os.ReadFile(filepath.Join(root, "internal", "parse", "profiles", tag+".txt"))
	}
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("seedtest: languages/%s.txt line %d: want key: value, got %q", tag, i+1, line)
		}
		out[strings.TrimSpace(k)] = append(out[strings.TrimSpace(k)], strings.TrimSpace(v))
	}
	return out, nil
}
