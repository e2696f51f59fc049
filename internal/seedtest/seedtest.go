// Package seedtest gives tests what the real seeds say, read straight
// from the seed files by line number, independently of internal/parse:
// a test that compares the SDK's answers with these values checks the
// whole pipeline (parser, generator, tables, lookups) against the seeds
// themselves.
//
// The line numbers below were read off the seed files with cat -n. They
// are the only place that knows them.
package seedtest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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
}

// Seeds are the five CSMG seeds.
var Seeds = []Seed{
	{Lang: "ar", Version: 8, File: "004_07a011a12c9ebc15.txt", NameLine: 3,
		Levels:    map[int][]int{1: {26}, 2: {30}, 3: {34}, 4: {38}, 5: {42}, 6: {46}},
		NoteLevel: 7, NoteLine: 50},
	{Lang: "es", Version: 6, File: "003_c74615f3b514106e.txt", NameLine: 3,
		Levels: map[int][]int{6: {9}, 5: {13}, 4: {17}, 3: {21}, 2: {25}, 1: {29}}},
	{Lang: "it", Version: 9, File: "000_f93c0a31eadc8278.txt", NameLine: 1,
		Levels: map[int][]int{1: {32}, 2: {34}, 3: {36}, 4: {38}, 5: {40}, 6: {42}}},
	{Lang: "pt", Version: 9, File: "002_c8d2389445e5e1c8.txt", NameLine: 1,
		Levels: map[int][]int{
			1: {32, 33, 34}, 2: {36, 37, 38, 39}, 3: {41, 42, 43, 44},
			4: {46, 47, 48, 49}, 5: {51, 52, 53, 54}, 6: {56, 57, 58, 59}}},
	{Lang: "ru", Version: 8, File: "001_205a89c5e035fa5d.txt", NameLine: 3,
		Levels: map[int][]int{1: {51}, 2: {57}, 3: {63}, 4: {69}, 5: {75}, 6: {81}}},
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
