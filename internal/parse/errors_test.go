package parse

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// The seed files and manifest lines the cases below change.
const (
	itSeed = "000_f93c0a31eadc8278.txt"
	ruSeed = "001_205a89c5e035fa5d.txt"
	ptSeed = "002_c8d2389445e5e1c8.txt"
	esSeed = "003_c74615f3b514106e.txt"
	arSeed = "004_07a011a12c9ebc15.txt"

	itLine = "000_f93c0a31eadc8278.txt  CSMG  it  9"
	ruLine = "001_205a89c5e035fa5d.txt  CSMG  ru  8  essences=9"
	ptLine = "002_c8d2389445e5e1c8.txt  CSMG  pt  9"
	esLine = "003_c74615f3b514106e.txt  CSMG  es  6"
	arLine = "004_07a011a12c9ebc15.txt  CSMG  ar  8"
)

// edit returns a change that replaces the first old in file with new; the
// test fails when file does not hold old, so that a change to the seeds
// cannot make a case pass by no longer applying.
func edit(file, old, new string) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, fsys fstest.MapFS) {
		t.Helper()
		s := string(fsys[file].Data)
		if !strings.Contains(s, old) {
			t.Fatalf("%s does not hold %q", file, old)
		}
		fsys[file] = &fstest.MapFile{Data: []byte(strings.Replace(s, old, new, 1))}
	}
}

// cut returns a change that cuts file off just before the first before.
// With within > 0 it cuts within bytes into before instead.
func cut(file, before string, within int) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, fsys fstest.MapFS) {
		t.Helper()
		s := string(fsys[file].Data)
		i := strings.Index(s, before)
		if i < 0 {
			t.Fatalf("%s does not hold %q", file, before)
		}
		fsys[file] = &fstest.MapFile{Data: []byte(s[:i+within])}
	}
}

// TestRejects is the list of issue 4, "clear errors": every kind of bad
// seed or metadata it names gets exactly one *Error whose message is
// "seeds/FILE:LINE: expected ..., found ...", with LINE left out only
// where the problem is the file as a whole. Messages are compared whole.
func TestRejects(t *testing.T) {
	const it = "seeds/" + itSeed
	tests := []struct {
		name   string
		change func(*testing.T, fstest.MapFS)
		want   string
	}{
		// An empty file.
		{"empty file", func(_ *testing.T, fsys fstest.MapFS) { fsys[itSeed] = &fstest.MapFile{} },
			it + ": expected a seed text, found an empty file"},
		{"only white space", func(_ *testing.T, fsys fstest.MapFS) {
			fsys[itSeed] = &fstest.MapFile{Data: []byte("\uFEFF \r\n\t\n\u00A0\n")}
		},
			it + ": expected a seed text, found an empty file"},

		// Bytes that are not UTF-8.
		{"not UTF-8", edit(itSeed, "Monitora", "Moni\xc0tora"),
			it + ":38: expected UTF-8 text, found the byte 0xc0 at column 5"},
		{"Latin-1 text", edit(itSeed, "attività", "attivit\xe0"),
			it + ":5: expected UTF-8 text, found the byte 0xe0 at column 11"},

		// No name-and-code line.
		{"no name line", edit(itSeed, "Supporto di assistenza ai clienti CSMG\n", ""),
			it + ":1: expected a line \"<skill name> CSMG\" naming the skill and its code, found none"},
		{"name line with another code", edit(itSeed, "clienti CSMG\n", "clienti ITSP\n"),
			it + ":1: expected a line \"<skill name> CSMG\" naming the skill and its code, found none"},

		// A level heading with no text under it.
		{"heading without text", edit(itSeed, "Supporto di assistenza ai clienti: Livello 4\nMonitora", "Supporto di assistenza ai clienti: Livello 4\n\nSupporto di assistenza ai clienti: Livello 7\nMonitora"),
			it + ":37: expected the text of level 4 under its heading, found none"},

		// The same level twice.
		{"level twice", edit(itSeed, "clienti: Livello 5", "clienti: Livello 3"),
			it + ":39: expected each level once, found level 3 again (first on line 35)"},

		// A level outside 1-7.
		{"level 8", edit(itSeed, "clienti: Livello 6", "clienti: Livello 8"),
			it + ":41: expected a level from 1 to 7, found level 8"},
		{"level 0", edit(itSeed, "clienti: Livello 1", "clienti: Livello 0"),
			it + ":31: expected a level from 1 to 7, found level 0"},
		{"level too big for an int", edit(itSeed, "clienti: Livello 6", "clienti: Livello 99999999999999999999"),
			it + ":41: expected a level from 1 to 7, found level 99999999999999999999"},

		// A file cut off: before its levels, inside a heading, inside the
		// last level's text, inside a character.
		{"cut off before the levels", cut(itSeed, "Livelli di responsabilità per questa abilità", 0),
			it + ":29: expected level headings \"Supporto di assistenza ai clienti: Livello N\", found none (is the file cut off before its levels?)"},
		{"cut off inside a heading", cut(itSeed, "Supporto di assistenza ai clienti: Livello 6", len("Supporto di assistenza ai clienti: Liv")),
			it + ":41: expected a level heading \"Supporto di assistenza ai clienti: Livello N\", found \"Supporto di assistenza ai clienti: Liv\" (is the file cut off?)"},
		{"cut off inside the last level", cut(itSeed, "i canali di servizio", 0),
			it + ":42: expected the text of level 6 to end with a full stop, found \"...ta l'organizzazione. Definisce\" at the end of the file (is the file cut off?)"},
		{"cut off after the last heading", cut(itSeed, "Definisce la direzione strategica", 0),
			it + ":41: expected the text of level 6 under its heading, found none"},
		{"cut off inside a character", cut(itSeed, "à della continuità", 1),
			it + ":42: expected UTF-8 text, found the byte 0xc3 at column 464"},
		{"cut off inside a character of a Spanish seed", cut(esSeed, "á aquí", 1),
			"seeds/" + esSeed + ":1: expected UTF-8 text, found the byte 0xc3 at column 10"},

		// A declared version that contradicts the one the text states.
		{"text states another version", edit(esSeed, "SFIA 6", "SFIA 8"),
			"seeds/" + esSeed + ":1: expected SFIA 6 as declared in MANIFEST line 24, found the text stating \"SFIA 8\""},
		{"manifest declares another version", edit(ManifestName, esLine, "003_c74615f3b514106e.txt  CSMG  es  9"),
			"seeds/" + esSeed + ":1: expected SFIA 9 as declared in MANIFEST line 24, found the text stating \"SFIA 6\""},

		// A declared language whose script does not match the text.
		{"Cyrillic declared as Italian", edit(ManifestName, ruLine, "001_205a89c5e035fa5d.txt  CSMG  it  8"),
			"seeds/" + ruSeed + ": expected text in the Latn script of Italian (it, declared in MANIFEST line 22), found 8 of 5473 letters in it"},
		{"Arabic declared as Spanish", edit(ManifestName, arLine, "004_07a011a12c9ebc15.txt  CSMG  es  8"),
			"seeds/" + arSeed + ": expected text in the Latn script of Spanish (es, declared in MANIFEST line 25), found 4 of 2202 letters in it"},
		{"Italian declared as Russian", edit(ManifestName, itLine, "000_f93c0a31eadc8278.txt  CSMG  ru  9"),
			it + ": expected text in the Cyrl script of Russian (ru, declared in MANIFEST line 21), found 0 of 4572 letters in it"},
		{"Latin level text in the Russian seed", func(_ *testing.T, fsys fstest.MapFS) {
			// The Russian headings and structure are right, but every
			// level text is the Italian one.
			ru := string(fsys[ruSeed].Data)
			lines := strings.Split(ru, "\n")
			for _, n := range []int{51, 57, 63, 69, 75, 81} {
				lines[n-1] = strings.Repeat("Monitora l'erogazione del servizio su più canali e analizza i dati. ", 20)
			}
			fsys[ruSeed] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n"))}
		}, "seeds/" + ruSeed + ": expected text in the Cyrl script of Russian (ru, declared in MANIFEST line 22), found 113 of 6713 letters in it"},

		// Two seeds for the same skill, language and version.
		{"same skill, language and version twice", edit(ManifestName, ptLine, "002_c8d2389445e5e1c8.txt  CSMG  it  9"),
			"seeds/MANIFEST:23: expected one seed per skill, language and version, found CSMG it SFIA 9 again (000_f93c0a31eadc8278.txt, line 21, has it)"},
		{"same seed file twice", edit(ManifestName, ptLine, itLine),
			"seeds/MANIFEST:23: expected each seed file once, found 000_f93c0a31eadc8278.txt again (first on line 21)"},

		// Metadata that names a missing file.
		{"manifest names a missing seed", edit(ManifestName, arLine, arLine+"\n005_missing.txt  CSMG  it  8"),
			"seeds/MANIFEST:26: expected the seed file seeds/005_missing.txt, found none"},
		{"manifest names a missing profile", edit(ManifestName, ptLine, "002_c8d2389445e5e1c8.txt  CSMG  de  9"),
			"seeds/MANIFEST:23: expected the language profile seeds/languages/de.txt for \"de\", found none"},

		{"profile for another language", edit("languages/it.txt", "tag: it", "tag: pt"),
			"seeds/languages/it.txt:2: expected tag: it as the file name says, found tag: pt"},

		// A seed file with no metadata.
		{"seed with no manifest line", edit(ManifestName, arLine+"\n", ""),
			"seeds/" + arSeed + ": expected a line for this seed in seeds/MANIFEST, found none"},
		{"extra seed file", func(_ *testing.T, fsys fstest.MapFS) { fsys["005_new.txt"] = &fstest.MapFile{Data: fsys[itSeed].Data} },
			"seeds/005_new.txt: expected a line for this seed in seeds/MANIFEST, found none"},
		{"empty manifest", func(_ *testing.T, fsys fstest.MapFS) {
			fsys[ManifestName] = &fstest.MapFile{Data: []byte("# nothing\n")}
		},
			"seeds/MANIFEST: expected at least one seed line FILE SKILL LANGUAGE VERSION, found none"},

		// Skill codes the generator cannot turn into a package.
		{"skill code is a Go keyword", edit(ManifestName, itLine, "000_f93c0a31eadc8278.txt  FUNC  it  9"),
			"seeds/MANIFEST:21: expected a skill code that can name a Go package, found \"FUNC\" (func is a Go keyword)"},
		{"skill code main", edit(ManifestName, itLine, "000_f93c0a31eadc8278.txt  MAIN  it  9"),
			"seeds/MANIFEST:21: expected a skill code that can name a Go package, found \"MAIN\" (package main is a command, not a library)"},
		{"skill code sfia", edit(ManifestName, itLine, "000_f93c0a31eadc8278.txt  SFIA  it  9"),
			"seeds/MANIFEST:21: expected a skill code that can name a Go package, found \"SFIA\" (sfia is the framework package)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := realSeeds(t)
			tt.change(t, fsys)
			c, err := Dir(fsys, "seeds", "seeds")
			if err == nil {
				t.Fatalf("expected an error, got a corpus of %d skills", len(c.Skills))
			}
			checkOneError(t, err, tt.want)
		})
	}
}

// lineRE matches an error message that names a line.
var lineRE = regexp.MustCompile(`^seeds/[^:]+:[0-9]+: `)

// checkOneError checks that err is one *Error with the message want, on
// one line, and that its Line is 0 exactly when want names no line.
func checkOneError(t *testing.T, err error, want string) {
	t.Helper()
	if got := err.Error(); got != want {
		t.Errorf("error:\n got %s\nwant %s", got, want)
	}
	var pe *Error
	if !errors.As(err, &pe) || pe != err {
		t.Fatalf("error is a %T, want a *parse.Error", err)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("error spans several lines: %q", err)
	}
	if !strings.HasPrefix(pe.Msg, "expected ") || !strings.Contains(pe.Msg, "found") {
		t.Errorf("message %q does not say what was expected and what was found", pe.Msg)
	}
	if hasLine := lineRE.MatchString(want); hasLine != (pe.Line > 0) {
		t.Errorf("Line = %d, but the message is %q", pe.Line, want)
	}
}

// TestRejectsSourceName checks that a seeds folder whose name holds a
// line break (which would end a comment in the generated code, where the
// name appears) is refused.
func TestRejectsSourceName(t *testing.T) {
	_, err := Dir(realSeeds(t), "x", "a\n*/ func init() {}\n/*")
	if err == nil {
		t.Fatal("expected an error")
	}
	checkOneError(t, err, `x: expected a seeds folder name without control or invisible characters, found "a\n*/ func init() {}\n/*"`)
}
