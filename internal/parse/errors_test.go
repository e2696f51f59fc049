package parse

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// The cases below break copies of the inline seeds folder (golden_test.go),
// whose files are written with their line numbers.

// A change breaks a copy of the inline seeds folder.
type change func(*testing.T, fstest.MapFS)

// edit returns a change that replaces the first old in file with new; the
// test fails when file does not hold old, so that a change to the inline
// files cannot make a case pass by no longer applying.
func edit(file, old, new string) change {
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
func cut(file, before string, within int) change {
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

// set returns a change that makes data the whole of file.
func set(file, data string) change {
	return func(_ *testing.T, fsys fstest.MapFS) { fsys[file] = &fstest.MapFile{Data: []byte(data)} }
}

// remove returns a change that deletes file.
func remove(file string) change {
	return func(t *testing.T, fsys fstest.MapFS) {
		t.Helper()
		if fsys[file] == nil {
			t.Fatalf("no file %s to remove", file)
		}
		delete(fsys, file)
	}
}

// setLines returns a change that makes text each of the given lines
// (1-based) of file; the test fails where such a line is blank, so that
// the case cannot stop applying without a word.
func setLines(file, text string, ns ...int) change {
	return func(t *testing.T, fsys fstest.MapFS) {
		t.Helper()
		lines := strings.Split(string(fsys[file].Data), "\n")
		for _, n := range ns {
			if n > len(lines) || strings.TrimSpace(lines[n-1]) == "" {
				t.Fatalf("%s has no text on line %d", file, n)
			}
			lines[n-1] = text
		}
		fsys[file] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n"))}
	}
}

// A reject is a broken seeds folder and the one error it must get.
type reject struct {
	name   string
	change change
	want   string
}

// checkRejects applies each case to a copy of the inline seeds folder,
// read as "seeds", and expects exactly its error.
func checkRejects(t *testing.T, tests []reject) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := inlineSeeds()
			tt.change(t, fsys)
			c, err := Dir(fsys, "seeds", "seeds")
			if err == nil {
				t.Fatalf("expected an error, got a corpus of %d skills", len(c.Skills))
			}
			checkOneError(t, err, tt.want)
		})
	}
}

// TestRejects is the list of issue 4, "clear errors": every kind of bad
// seed or metadata it names gets exactly one *Error whose message is
// "seeds/FILE:LINE: expected ..., found ...", with LINE left out only
// where the problem is the file as a whole. Messages are compared whole.
func TestRejects(t *testing.T) {
	const (
		qaa = "seeds/zorp_qaa_9.txt"
		qab = "seeds/zorp_qab_8.txt"
		qac = "seeds/zorp_qac_6.txt"
		qad = "seeds/zorp_qad_8.txt"
	)
	checkRejects(t, []reject{
		// An empty file.
		{"empty file", set(qaa9, ""),
			qaa + ": expected a seed text, found an empty file"},
		{"only white space", set(qaa9, "\uFEFF \r\n\t\n\u00A0\n"),
			qaa + ": expected a seed text, found an empty file"},

		// Bytes that are not UTF-8.
		{"not UTF-8", edit(qaa9, "Frobs gizmos", "Frob\xc0s gizmos"),
			qaa + ":27: expected UTF-8 text, found the byte 0xc0 at column 5"},
		{"Latin-1 text", edit(qaa9, "à la carte", "\xe0 la carte"),
			qaa + ":2: expected UTF-8 text, found the byte 0xe0 at column 33"},

		// No name-and-code line.
		{"no name line", edit(qaa9, "Gizmo frobbing ZORP\n", ""),
			qaa + ":1: expected a line \"<skill name> ZORP\" naming the skill and its code, found none"},
		{"name line with another code", edit(qaa9, "frobbing ZORP\n", "frobbing BLIP\n"),
			qaa + ":1: expected a line \"<skill name> ZORP\" naming the skill and its code, found none"},

		// A level heading with no text under it.
		{"heading without text", edit(qaa9, "Gizmo frobbing: Tier 3\n", "Gizmo frobbing: Tier 3\n\nGizmo frobbing: Tier 7\n"),
			qaa + ":26: expected the text of level 3 under its heading, found none"},

		// The same level twice.
		{"level twice", edit(qaa9, "frobbing: Tier 5", "frobbing: Tier 3"),
			qaa + ":28: expected each level once, found level 3 again (first on line 26)"},

		// A level outside 1-7.
		{"level 8", edit(qaa9, "frobbing: Tier 5", "frobbing: Tier 8"),
			qaa + ":28: expected a level from 1 to 7, found level 8"},
		{"level 0", edit(qaa9, "frobbing: Tier 2", "frobbing: Tier 0"),
			qaa + ":24: expected a level from 1 to 7, found level 0"},
		{"level too big for an int", edit(qaa9, "frobbing: Tier 5", "frobbing: Tier 99999999999999999999"),
			qaa + ":28: expected a level from 1 to 7, found level 99999999999999999999"},

		// A file cut off: before its levels, inside a heading, inside the
		// last level's text, inside a character.
		{"cut off before the levels", cut(qaa9, "Tiers of this knack", 0),
			qaa + ":22: expected level headings \"Gizmo frobbing: Tier N\", found none (is the file cut off before its levels?)"},
		{"cut off inside a heading", cut(qaa9, "Gizmo frobbing: Tier 5", len("Gizmo frobbing: Ti")),
			qaa + ":28: expected a level heading \"Gizmo frobbing: Tier N\", found \"Gizmo frobbing: Ti\" (is the file cut off, or does the profile's heading: give another shape?)"},
		{"cut off inside the last level", cut(qaa9, "in line", 0),
			qaa + ":29: expected the text of level 5 to end with a full stop, found \"...e whole guild. Keeps the zorps\" at the end of the levels (is the file cut off?)"},
		{"cut off after the last heading", cut(qaa9, "Sets the frob", 0),
			qaa + ":28: expected the text of level 5 under its heading, found none"},
		{"cut off inside a character", cut(qaa9, "à distance", 1),
			qaa + ":29: expected UTF-8 text, found the byte 0xc3 at column 66"},
		{"cut off inside a character of an SFIA 6 seed", cut(qac6, "ü are", 1),
			qac + ":1: expected UTF-8 text, found the byte 0xc3 at column 2"},

		// A declared version that contradicts the one the text states.
		{"text states another version", edit(qac6, "SFIA 6", "SFIA 8"),
			qac + ":1: expected SFIA 6 as declared in MANIFEST line 5, found the breadcrumb stating \"SFIA 8\""},
		{"manifest declares another version", edit(ManifestName, "zorp_qac_6.txt  ZORP  qac  6", "zorp_qac_6.txt  ZORP  qac  9"),
			qac + ":1: expected SFIA 9 as declared in MANIFEST line 5, found the breadcrumb stating \"SFIA 6\""},

		// A declared language whose script does not match the text.
		{"Cyrillic declared as Latin", edit(ManifestName, "zorp_qab_8.txt  ZORP  qab  8  essences=9", "zorp_qab_8.txt  ZORP  qaa  8"),
			qab + ": expected text in the Latn script of Frobian (qaa, declared in MANIFEST line 3), found 4 of 560 letters in it"},
		{"Arabic declared as Latin", edit(ManifestName, "zorp_qad_8.txt  ZORP  qad  8", "zorp_qad_8.txt  ZORP  qac  8"),
			qad + ": expected text in the Latn script of Blipese (qac, declared in MANIFEST line 6), found 4 of 227 letters in it"},
		{"Latin declared as Cyrillic", edit(ManifestName, "zorp_qaa_9.txt  ZORP  qaa  9", "zorp_qaa_9.txt  ZORP  qab  9"),
			qaa + ": expected text in the Cyrl script of Zorpic (qab, declared in MANIFEST line 2), found 0 of 751 letters in it"},
		// The Cyrillic headings and structure are right, but every level
		// text is Latin.
		{"Latin level text in a Cyrillic seed", setLines(qab8, strings.Repeat("Frobs a gizmo under watch. ", 3), 39, 45, 51),
			qab + ": expected text in the Cyrl script of Zorpic (qab, declared in MANIFEST line 3), found 486 of 679 letters in it"},

		// Two seeds for the same skill, language and version.
		{"another skill's seed declared as a second ZORP qab 8", edit(ManifestName, "blip_qab_8.txt  BLIP  qab  8", "blip_qab_8.txt  ZORP  qab  8"),
			"seeds/blip_qab_8.txt:1: expected a line \"<skill name> ZORP\" naming the skill and its code, found none"},
		{"same seed file twice", edit(ManifestName, "blip_qab_8.txt  BLIP  qab  8", "zorp_qaa_9.txt  ZORP  qaa  9"),
			"seeds/MANIFEST:4: expected each seed file once, found zorp_qaa_9.txt again (first on line 2)"},

		// Metadata that names a missing file.
		{"manifest names a missing seed", edit(ManifestName, "zorp_qad_8.txt  ZORP  qad  8\n", "zorp_qad_8.txt  ZORP  qad  8\nzorp_missing.txt  ZORP  qaa  8\n"),
			"seeds/MANIFEST:7: expected the input file seeds/zorp_missing.txt, found none"},
		{"manifest names a missing profile", edit(ManifestName, "blip_qab_8.txt  BLIP  qab  8", "blip_qab_8.txt  BLIP  de  8"),
			"seeds/MANIFEST:4: expected a language profile for \"de\", found none: the generator ships profiles for " + strings.Join(ShippedProfiles(), ", ") + "; write seeds/languages/de.txt for another language"},

		{"profile for another language", edit("languages/qaa.txt", "tag: qaa", "tag: qab"),
			"seeds/languages/qaa.txt:2: expected tag: qaa as the file name says, found tag: qab"},

		// A seed file with no metadata.
		{"seed with no manifest line", edit(ManifestName, "zorp_qad_8.txt  ZORP  qad  8\n", ""),
			qad + ": expected a line for this input in seeds/MANIFEST, found none"},
		{"extra seed file", func(_ *testing.T, fsys fstest.MapFS) {
			fsys["zorp_new.txt"] = &fstest.MapFile{Data: fsys[qaa9].Data}
		},
			"seeds/zorp_new.txt: expected a line for this input in seeds/MANIFEST, found none"},
		{"empty manifest", set(ManifestName, "# nothing\n"),
			"seeds/MANIFEST: expected at least one seed line FILE SKILL LANGUAGE VERSION, found none"},

		// Skill codes the generator cannot turn into a package.
		{"skill code is a Go keyword", edit(ManifestName, "zorp_qaa_9.txt  ZORP", "zorp_qaa_9.txt  FUNC"),
			"seeds/MANIFEST:2: expected a skill code that can name a Go package, found \"FUNC\" (func is a Go keyword)"},
		{"skill code main", edit(ManifestName, "zorp_qaa_9.txt  ZORP", "zorp_qaa_9.txt  MAIN"),
			"seeds/MANIFEST:2: expected a skill code that can name a Go package, found \"MAIN\" (package main is a command, not a library)"},
		{"skill code sfia", edit(ManifestName, "zorp_qaa_9.txt  ZORP", "zorp_qaa_9.txt  SFIA"),
			"seeds/MANIFEST:2: expected a skill code that can name a Go package, found \"SFIA\" (sfia is the framework package)"},
	})
}

// TestErrors checks the other kinds of bad input, and the kinds above
// in the other layouts: each gets one error naming the file and line and
// saying what was expected and what was found.
func TestErrors(t *testing.T) {
	const (
		qaa = "seeds/zorp_qaa_9.txt"
		qab = "seeds/zorp_qab_8.txt"
		qac = "seeds/zorp_qac_6.txt"
		qad = "seeds/zorp_qad_8.txt"
		mf  = "seeds/MANIFEST"
		pf  = "seeds/languages/qaa.txt"
	)
	const manifestLine = "zorp_qaa_9.txt  ZORP  qaa  9"
	checkRejects(t, []reject{
		// Seeds.
		{"empty file", set(qac6, ""), qac + ": expected a seed text, found an empty file"},
		{"blank file", set(qad8, "\n \n"), qad + ": expected a seed text, found an empty file"},
		{"not UTF-8 in a heading", edit(qaa9, "frobbing: Tier 3", "frobbing: Tier \xff3"),
			qaa + ":26: expected UTF-8 text, found the byte 0xff at column 22"},
		{"name line without the code", edit(qaa9, "Gizmo frobbing ZORP", "Gizmo frobbing"),
			qaa + ":1: expected a line \"<skill name> ZORP\" naming the skill and its code, found none"},
		{"no description (guidance right after the name)", edit(qaa9, "Frobbing and zorping of gizmos, à la carte.\n", ""),
			qaa + ":23: expected the skill's description after its name, found the level heading \"Gizmo frobbing: Tier 2\""},
		{"first heading without text", edit(qaa9, "Frobs a gizmo under watch.\n", ""),
			qaa + ":24: expected the text of level 2 under its heading, found none"},
		{"level twice in an Arabic seed", edit(qad8, "طبقر4", "طبقر3"),
			qad + ":24: expected each level once, found level 3 again (first on line 20)"},
		{"level 8 in an Arabic seed", edit(qad8, "طبقر7", "طبقر8"),
			qad + ":28: expected a level from 1 to 7, found level 8"},
		{"level 0 in an SFIA 6 seed", edit(qac6, "Rung 6", "Rung 0"),
			qac + ":7: expected a level from 1 to 7, found level 0"},
		{"heading names another skill", edit(qaa9, "Gizmo frobbing: Tier 3", "Gizmo zorping: Tier 3"),
			qaa + ":26: expected a level heading for \"Gizmo frobbing\", found one for \"Gizmo zorping\""},
		{"cut off at the first heading", cut(qab8, "Фробинг гизмо: Тирк 1", 0),
			qab + ":35: expected level headings \"Фробинг гизмо: Тирк N\", found none (is the file cut off before its levels?)"},
		{"tagline states another version", edit(qab8, "Великая система зорпов и гизмо", "Великая система зорпов SFIA 9"),
			qab + ":1: expected SFIA 8 as declared in MANIFEST line 3, found the text stating \"SFIA 9\""},
		{"activity without bullet", edit(qaa9, "- zorping the widgets", "zorping the widgets"),
			qaa + ":8: expected an activity as a bulleted line (\"- ...\" or \"• ...\"), found \"zorping the widgets\""},
		{"essence of another level", edit(qab8, "Тирк 2 - Зорпать", "Тирк 3 - Зорпать"),
			qab + ":43: expected the essence of level 2, found one for level 3"},
		{"text after the note", edit(qad8, "عادة في هذا الطبقر.\n", "عادة في هذا الطبقر.\nيزلق.\n"),
			qad + ":31: expected nothing after the note for an undefined level, found \"يزلق.\""},
		{"text and note", edit(qad8, "يزلق كل البنتر.\n", "يزلق كل البنتر.\nلا يزلق هذا البنتر هنا.\n"),
			qad + ":24: expected level 4 to have either a description or the note for an undefined level, found both"},
		{"bidi control in text", edit(qaa9, "Frobs gizmos", "Frobs\u202E gizmos"),
			qaa + ":27: expected text, found the control or invisible character U+202E at column 6"},
		{"NUL in text", edit(qaa9, "Frobs gizmos", "Fro\x00bs gizmos"),
			qaa + ":27: expected text, found the control or invisible character U+0000 at column 4"},
		{"Arabic declared as Cyrillic", edit(ManifestName, "zorp_qad_8.txt  ZORP  qad  8", "zorp_qad_8.txt  ZORP  qab  7"),
			qad + ": expected text in the Cyrl script of Zorpic (qab, declared in MANIFEST line 6), found 0 of 227 letters in it"},

		// The manifest.
		{"no manifest", remove(ManifestName), mf + ": expected the manifest of the seeds folder, found none: file does not exist"},
		{"an SFIA 6 seed declared as a second ZORP qaa 9", edit(ManifestName, "zorp_qac_6.txt  ZORP  qac  6", "zorp_qac_6.txt  ZORP  qaa  9"),
			"seeds/zorp_qac_6.txt:1: expected SFIA 9 as declared in MANIFEST line 5, found the breadcrumb stating \"SFIA 6\""},
		{"manifest names a deleted seed", remove(qaa9), mf + ":2: expected the input file " + qaa + ", found none"},
		{"seed without metadata", edit(ManifestName, manifestLine+"\n", ""), qaa + ": expected a line for this input in seeds/MANIFEST, found none"},
		{"bad manifest line", edit(ManifestName, manifestLine, "zorp_qaa_9.txt ZORP"), mf + ":2: expected FILE SKILL LANGUAGE VERSION, found \"zorp_qaa_9.txt ZORP\""},
		{"bad skill code", edit(ManifestName, manifestLine, "zorp_qaa_9.txt zorp qaa 9"), mf + ":2: expected a skill code of four capital letters, or *, found \"zorp\""},
		{"bad language", edit(ManifestName, manifestLine, "zorp_qaa_9.txt ZORP frobian!! 9"), mf + ":2: expected a BCP 47 language tag, found \"frobian!!\""},
		{"bad version", edit(ManifestName, manifestLine, "zorp_qaa_9.txt ZORP qaa nine"), mf + ":2: expected an SFIA version number, found \"nine\""},
		{"bad option", edit(ManifestName, manifestLine, manifestLine+" beta=yes"), mf + ":2: expected an option essences=N, found \"beta=yes\""},
		{"bad essences option", edit(ManifestName, "essences=9", "essences=x"), mf + ":3: expected essences=N with N an SFIA version number, found \"essences=x\""},
		{"file name with a path", edit(ManifestName, manifestLine, "../x.txt ZORP qaa 9"), mf + ":2: expected an input file name ending in .txt, .csv or .xlsx (letters, digits, '_', '-', '.'), found \"../x.txt\""},

		// Language profiles.
		{"no language profile", remove("languages/qaa.txt"), mf + ":2: expected a language profile for \"qaa\", found none: the generator ships profiles for " + strings.Join(ShippedProfiles(), ", ") + "; write " + pf + " for another language"},
		{"profile for another tag", edit("languages/qab.txt", "tag: qab", "tag: qad"), "seeds/languages/qab.txt:2: expected tag: qab as the file name says, found tag: qad"},
		{"profile unknown key", edit("languages/qaa.txt", "level: Tier", "levels: Tier"),
			pf + ":6: expected a key of the profiles' README.md (tag, name, script, direction, level, heading, guidance, activities, help, lower, higher, section, essence, undefined, revision, furniture, end, footer), found \"levels\""},
		{"profile without level", edit("languages/qaa.txt", "level: Tier\n", ""), pf + ": expected a line \"level: ...\", found none"},
		{"profile key twice", edit("languages/qaa.txt", "guidance: Hints for use\n", "guidance: Hints for use\nguidance: Hints\n"),
			pf + ":8: expected guidance once, found it again (first on line 7)"},
		{"profile line without a value", edit("languages/qaa.txt", "guidance: Hints for use", "guidance:"), pf + ":7: expected key: value, found \"guidance:\""},
		{"profile with a bad tag", edit("languages/qaa.txt", "tag: qaa", "tag: frobian!!"), pf + ":2: expected a BCP 47 tag, found \"frobian!!\""},
		{"profile with an unknown script", edit("languages/qaa.txt", "script: Latn", "script: Zorp"),
			pf + ":4: expected a script the parser can check (Latn, Cyrl, Arab, Grek, Hebr, Hani, Deva), found \"Zorp\""},
		{"profile with a bad direction", edit("languages/qaa.txt", "direction: ltr", "direction: up"), pf + ":5: expected direction ltr or rtl, found \"up\""},
	})
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
	_, err := Dir(inlineSeeds(), "x", "a\n*/ func init() {}\n/*")
	if err == nil {
		t.Fatal("expected an error")
	}
	checkOneError(t, err, `x: expected a seeds folder name without control or invisible characters, found "a\n*/ func init() {}\n/*"`)
}
