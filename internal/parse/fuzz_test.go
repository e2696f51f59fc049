package parse

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/model"
	"golang.org/x/text/language"
)

// A fuzzSeed is a seed of the inline seeds folder (golden_test.go) with
// its manifest entry and language profile; a fuzz input picks one with
// its first byte, in manifest order: 0 the SFIA 9 layout (Latin), 1 SFIA 8
// with essences (Cyrillic), 2 SFIA 8 without, 3 SFIA 6 (Latin), 4 SFIA 8
// with a note for an undefined level (Arabic).
type fuzzSeed struct {
	entry   Entry
	profile *Profile
	data    []byte // the inline seed
}

func loadFuzzSeeds(f *testing.F) []fuzzSeed {
	f.Helper()
	fsys := inlineSeeds()
	entries, err := Manifest("seeds/MANIFEST", fsys[ManifestName].Data)
	if err != nil {
		f.Fatal(err)
	}
	var out []fuzzSeed
	for _, e := range entries {
		name := LanguagesDir + "/" + e.Language + ".txt"
		p, err := ParseProfile("seeds/"+name, fsys[name].Data)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, fuzzSeed{entry: e, profile: p, data: fsys[e.File].Data})
	}
	return out
}

// FuzzSeed parses any bytes as a seed file, under the manifest entry and
// language profile of the inline seed that sel picks. The parser must
// return a clean model or one *Error naming the file, never panic; a model
// must be what a messy copy of the same bytes (CRLF, BOM, trailing blanks,
// non-breaking spaces, extra blank lines) reads as.
func FuzzSeed(f *testing.F) {
	seeds := loadFuzzSeeds(f)
	for i, s := range seeds {
		f.Add(byte(i), s.data)
	}
	f.Add(byte(0), []byte("x ZORP\nd.\nx: Tier 1\nt.\n"))
	f.Fuzz(func(t *testing.T, sel byte, data []byte) {
		s := seeds[int(sel)%len(seeds)]
		const file = "seeds/fuzz.txt"
		tr, fw, err := Seed(file, "seeds/fuzz.txt", data, s.entry, s.profile)
		if err != nil {
			checkFuzzError(t, err, file, data)
			// A messy copy of bad input is bad input too.
			if _, _, err := Seed(file, "seeds/fuzz.txt", messyCopy(data), s.entry, s.profile); err == nil {
				t.Fatalf("the input fails, but a messy copy of it parses")
			}
			return
		}
		checkTranslation(t, tr, s.entry)
		checkFramework(t, fw)
		tr2, fw2, err := Seed(file, "seeds/fuzz.txt", messyCopy(data), s.entry, s.profile)
		if err != nil {
			t.Fatalf("the input parses, but a messy copy of it fails: %v", err)
		}
		if diff := cmp.Diff(tr, tr2); diff != "" {
			t.Fatalf("a messy copy reads differently (-clean +messy):\n%s", diff)
		}
		if diff := cmp.Diff(fw, fw2); diff != "" {
			t.Fatalf("a messy copy's framework texts read differently (-clean +messy):\n%s", diff)
		}
	})
}

// FuzzMetadata parses any bytes as a manifest and as a language profile,
// and a profile it accepts is used to parse the inline SFIA 9 seed: a
// value or one *Error, never a panic.
func FuzzMetadata(f *testing.F) {
	fsys := inlineSeeds()
	for _, name := range slices.Sorted(maps.Keys(fsys)) {
		if name == ManifestName || strings.HasPrefix(name, LanguagesDir+"/") {
			f.Add(fsys[name].Data)
		}
	}
	seed := fsys[qaa9].Data
	f.Fuzz(func(t *testing.T, data []byte) {
		const mf = "seeds/MANIFEST"
		entries, err := Manifest(mf, data)
		if err != nil {
			checkFuzzError(t, err, mf, data)
		} else {
			checkEntries(t, entries)
		}

		const pf = "seeds/languages/xx.txt"
		p, err := ParseProfile(pf, data)
		if err != nil {
			checkFuzzError(t, err, pf, data)
			return
		}
		checkProfile(t, p)
		e := Entry{Line: 1, File: qaa9, Skill: "ZORP", Language: p.Tag, Version: 9, EssenceVersion: 9}
		const sf = "seeds/zorp_qaa_9.txt"
		if _, _, err := Seed(sf, sf, seed, e, p); err != nil {
			checkFuzzError(t, err, sf, seed)
		}
	})
}

// messyCopy is messy(data) without a second byte order mark.
func messyCopy(data []byte) []byte {
	return messy(bytes.TrimPrefix(data, []byte("\uFEFF")))
}

// checkFuzzError checks that err is one *Error for file, with a line
// within data, and a message safe to print: one line, no control or
// invisible characters.
func checkFuzzError(t *testing.T, err error, file string, data []byte) {
	t.Helper()
	var pe *Error
	if !errors.As(err, &pe) || pe != err {
		t.Fatalf("error is a %T, want a *parse.Error: %v", err, err)
	}
	switch {
	case pe.File == file:
	case strings.Contains(pe.File, "languages/") || strings.HasPrefix(pe.File, ShippedSource):
		// A slip the profile can fix is reported at the profile's line,
		// and names the seed's line in its message.
		if !strings.Contains(pe.Msg, file+" line ") {
			t.Fatalf("error names the profile but not the seed's line: %v", err)
		}
		return
	default:
		t.Fatalf("error names %q, want %q: %v", pe.File, file, err)
	}
	if lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1; pe.Line < 0 || pe.Line > lines {
		t.Fatalf("error names line %d of a file of at most %d lines: %v", pe.Line, lines, err)
	}
	if !strings.HasPrefix(pe.Msg, "expected ") {
		t.Fatalf("message does not say what was expected: %v", err)
	}
	if i := strings.IndexFunc(err.Error(), clean.Forbidden); i >= 0 {
		t.Fatalf("message holds a control or invisible character: %q", err)
	}
}

// checkClean fails unless s is clean text: NFC, single spaces, no blank at
// either end, no forbidden character.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if clean.Text(s) != s {
		t.Fatalf("%s %q is not clean: cleaning it gives %q", what, s, clean.Text(s))
	}
	if strings.IndexFunc(s, clean.Forbidden) >= 0 {
		t.Fatalf("%s %q holds a forbidden character", what, s)
	}
}

func checkTranslation(t *testing.T, tr model.Translation, e Entry) {
	t.Helper()
	if tr.Language != e.Language || tr.Version != e.Version {
		t.Fatalf("translation is %s SFIA %d, want %s SFIA %d", tr.Language, tr.Version, e.Language, e.Version)
	}
	if tr.Name == "" || tr.Description == "" {
		t.Fatalf("translation has no name (%q) or no description (%q)", tr.Name, tr.Description)
	}
	checkClean(t, "name", tr.Name)
	checkClean(t, "description", tr.Description)
	checkClean(t, "activities intro", tr.ActivitiesIntro)
	checkClean(t, "category", tr.Category)
	checkClean(t, "subcategory", tr.Subcategory)
	for _, s := range append(append([]string{}, tr.Guidance...), tr.Activities...) {
		if s == "" {
			t.Fatal("an empty guidance paragraph or activity")
		}
		checkClean(t, "guidance or activity", s)
	}
	if len(tr.Levels) == 0 {
		t.Fatal("translation has no levels")
	}
	prev := 0
	for _, l := range tr.Levels {
		if l.Level <= prev || l.Level > 7 {
			t.Fatalf("levels out of order or range: %d after %d", l.Level, prev)
		}
		prev = l.Level
		checkClean(t, "level text", l.Paragraph)
		checkClean(t, "level note", l.Note)
		if l.Defined != (l.Paragraph != "") || l.Defined == (l.Note != "") {
			t.Fatalf("level %d: defined %v with paragraph %q and note %q", l.Level, l.Defined, l.Paragraph, l.Note)
		}
		if got := strings.Join(l.Statements, " "); got != l.Paragraph {
			t.Fatalf("level %d: statements joined give %q, want the paragraph %q", l.Level, got, l.Paragraph)
		}
		for _, st := range l.Statements {
			if st == "" || strings.TrimSpace(st) != st {
				t.Fatalf("level %d: statement %q", l.Level, st)
			}
		}
	}
}

func checkFramework(t *testing.T, fw model.Framework) {
	t.Helper()
	for i := range fw.Essences {
		checkClean(t, "guiding words", fw.GuidingWords[i])
		checkClean(t, "essence", fw.Essences[i])
	}
	checkClean(t, "lower help", fw.LowerHelp)
	checkClean(t, "higher help", fw.HigherHelp)
}

func checkEntries(t *testing.T, entries []Entry) {
	t.Helper()
	if len(entries) == 0 {
		t.Fatal("a manifest with no entries was accepted")
	}
	files := map[string]bool{}
	prev := 0
	for _, e := range entries {
		if e.Line <= prev {
			t.Fatalf("entry lines out of order: %d after %d", e.Line, prev)
		}
		prev = e.Line
		if !fileRE.MatchString(e.File) || files[e.File] {
			t.Fatalf("file name %q is invalid or repeated", e.File)
		}
		files[e.File] = true
		if !codeRE.MatchString(e.Skill) || ReservedCode(e.Skill) != "" {
			t.Fatalf("skill code %q accepted", e.Skill)
		}
		if tag, err := language.Parse(e.Language); err != nil || tag.String() != e.Language || tag == language.Und {
			t.Fatalf("language %q is not a canonical tag", e.Language)
		}
		if e.Version < 1 || e.Version > 99 || e.EssenceVersion < 1 || e.EssenceVersion > 99 {
			t.Fatalf("versions %d, %d accepted", e.Version, e.EssenceVersion)
		}
	}
}

func checkProfile(t *testing.T, p *Profile) {
	t.Helper()
	for what, v := range map[string]string{"tag": p.Tag, "name": p.Name, "script": p.Script, "direction": p.Direction, "level": p.Level} {
		if v == "" {
			t.Fatalf("profile accepted without %s", what)
		}
	}
	if tag, err := language.Parse(p.Tag); err != nil || tag.String() != p.Tag {
		t.Fatalf("profile tag %q is not a canonical tag", p.Tag)
	}
	if _, ok := scripts[p.Script]; !ok {
		t.Fatalf("profile script %q accepted", p.Script)
	}
	if p.Direction != "ltr" && p.Direction != "rtl" {
		t.Fatalf("profile direction %q accepted", p.Direction)
	}
	for _, v := range append([]string{p.Name, p.Level, p.Guidance, p.Activities, p.Lower, p.Higher, p.Essence, p.Undefined}, append(p.Help, p.Sections...)...) {
		checkClean(t, "profile value", v)
	}
}
