package e2e

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/modcopy"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
	"golang.org/x/text/language"
)

// A madeUp is the made-up skill the tests add to a seeds folder, in two
// made-up languages, one written left to right in Latin script and one
// right to left in Arabic script (internal/synth: not SFIA text). The
// left-to-right one comes in all three page layouts, as SFIA 9, 8 and 6;
// the right-to-left one as SFIA 8. Its code, languages and file names
// are chosen by chooseMadeUp so that they clash with nothing the seeds
// folder holds, whatever skills and languages it has.
type madeUp struct {
	Code     string         // the skill code, "ABCD"
	Pkg      string         // the folder and import path element of its package, "abcd"
	Levels   []int          // the levels it is defined at
	LTR, RTL synth.Language // its two languages
	Seeds    []madeUpSeed   // its seed files
}

// A madeUpSeed is one seed file of a made-up skill.
type madeUpSeed struct {
	File    string // the file name in the seeds folder
	Lang    synth.Language
	Version int
	Layout  synth.Layout
}

// Candidates for the made-up skill's code and languages: chooseMadeUp
// takes the first of each that the seeds folder does not use. Codes have
// four capital letters, as the manifest requires.
var (
	madeUpCodes = []string{"ABCD", "ABCE", "ABCF", "ABCG", "ABCH", "QQQA", "QQQB", "QQQC", "QQQD", "QQQE"}
	madeUpLTR   = []synth.Language{
		{Tag: "nl", Script: "Latn", Direction: "ltr"}, {Tag: "sv", Script: "Latn", Direction: "ltr"},
		{Tag: "da", Script: "Latn", Direction: "ltr"}, {Tag: "fi", Script: "Latn", Direction: "ltr"},
		{Tag: "nb", Script: "Latn", Direction: "ltr"}, {Tag: "et", Script: "Latn", Direction: "ltr"},
	}
	madeUpRTL = []synth.Language{
		{Tag: "fa", Script: "Arab", Direction: "rtl"}, {Tag: "ur", Script: "Arab", Direction: "rtl"},
		{Tag: "ps", Script: "Arab", Direction: "rtl"}, {Tag: "ckb", Script: "Arab", Direction: "rtl"},
	}
)

// madeUpFile returns the name of the made-up seed of code in lang and
// version: "e2e-abcd_nl_9.txt".
func madeUpFile(code, lang string, version int) string {
	return fmt.Sprintf("e2e-%s_%s_%d.txt", strings.ToLower(code), lang, version)
}

// chooseMadeUp chooses the made-up skill for the seeds folder seeds,
// whose manifest is manifest: the first candidate code that no manifest
// line names, whose seed files do not exist in seeds and whose package
// folder does not exist in any of outs (where it would be generated);
// and the first candidate languages that no manifest line uses and that
// have no profile in seeds/languages, so that no profile is overwritten.
func chooseMadeUp(seeds string, manifest []manifestLine, outs ...string) (madeUp, error) {
	codes := map[string]bool{}
	langs := map[string]bool{}
	for _, l := range manifest {
		codes[l.Skill] = true
		langs[l.Lang] = true
		if tag, err := language.Parse(l.Lang); err == nil {
			langs[tag.String()] = true // the tag as the parser writes it
		}
	}
	exists := func(p string) (bool, error) {
		_, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		return err == nil, err
	}
	pickLang := func(cands []synth.Language) (synth.Language, error) {
		for _, c := range cands {
			if langs[c.Tag] {
				continue
			}
			taken, err := exists(filepath.Join(seeds, parse.LanguagesDir, c.Tag+".txt"))
			if err != nil {
				return synth.Language{}, err
			}
			if !taken {
				return c, nil
			}
		}
		return synth.Language{}, fmt.Errorf("the seeds in %s use every candidate language of the made-up skill, %v", seeds, cands)
	}
	m := madeUp{Levels: []int{2, 3, 4, 5}}
	var err error
	if m.LTR, err = pickLang(madeUpLTR); err != nil {
		return madeUp{}, err
	}
	if m.RTL, err = pickLang(madeUpRTL); err != nil {
		return madeUp{}, err
	}
	seedsOf := func(code string) []madeUpSeed {
		var out []madeUpSeed
		for _, s := range []struct {
			lang    synth.Language
			version int
			layout  synth.Layout
		}{
			{m.LTR, 9, synth.SFIA9}, {m.LTR, 8, synth.SFIA8}, {m.LTR, 6, synth.SFIA6}, {m.RTL, 8, synth.SFIA8},
		} {
			out = append(out, madeUpSeed{File: madeUpFile(code, s.lang.Tag, s.version), Lang: s.lang, Version: s.version, Layout: s.layout})
		}
		return out
	}
next:
	for _, code := range madeUpCodes {
		if codes[code] {
			continue
		}
		pkg := strings.ToLower(code)
		var paths []string
		for _, s := range seedsOf(code) {
			paths = append(paths, filepath.Join(seeds, s.File))
		}
		for _, out := range outs {
			paths = append(paths, filepath.Join(out, pkg))
		}
		for _, p := range paths {
			taken, err := exists(p)
			if err != nil {
				return madeUp{}, err
			}
			if taken {
				continue next
			}
		}
		m.Code, m.Pkg, m.Seeds = code, pkg, seedsOf(code)
		return m, nil
	}
	return madeUp{}, fmt.Errorf("every candidate code of the made-up skill, %v, is taken in %s or %v", madeUpCodes, seeds, outs)
}

// files returns the seed files of m.
func (m madeUp) files() []string {
	var out []string
	for _, s := range m.Seeds {
		out = append(out, s.File)
	}
	return out
}

// tags returns the tags of m's languages, sorted, as the generated
// Languages() sorts them.
func (m madeUp) tags() []string {
	tags := []string{m.LTR.Tag, m.RTL.Tag}
	slices.Sort(tags)
	return tags
}

// add writes m into the seeds folder seeds: its seed files, a profile
// for each of its languages, and the manifest, which is manifest0
// followed by m's lines. It creates the seeds and profiles as new files
// and fails rather than overwrite one. It returns what it wrote, keyed
// by slash path in seeds.
func (m madeUp) add(seeds, manifest0 string) (map[string]string, error) {
	skill := synth.Skill{Code: m.Code, Levels: m.Levels}
	files := map[string]string{}
	var lines strings.Builder
	lines.WriteString(manifest0)
	if manifest0 != "" && !strings.HasSuffix(manifest0, "\n") {
		lines.WriteString("\n")
	}
	for _, s := range m.Seeds {
		files[s.File] = synth.Seed(skill, s.Lang, s.Version, s.Layout)
		fmt.Fprintf(&lines, "%s %s %s %d\n", s.File, m.Code, s.Lang.Tag, s.Version)
	}
	for _, l := range []synth.Language{m.LTR, m.RTL} {
		files[parse.LanguagesDir+"/"+l.Tag+".txt"] = synth.Profile(l)
	}
	if err := createFiles(seeds, files); err != nil {
		return nil, err
	}
	files[parse.ManifestName] = lines.String()
	return files, writeFiles(seeds, map[string]string{parse.ManifestName: files[parse.ManifestName]})
}

// createFiles writes files (contents keyed by slash path) under dir as
// new files: it fails on a file that exists.
func createFiles(dir string, files map[string]string) error {
	for _, name := range sortedKeys(files) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		_, err = f.WriteString(files[name])
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// codesWith returns the skill codes of manifest and code, sorted, each
// once: what the registry's Codes() must return once code is added.
func codesWith(manifest []manifestLine, code string) []string {
	codes := []string{code}
	for _, l := range manifest {
		codes = append(codes, l.Skill)
	}
	slices.Sort(codes)
	return slices.Compact(codes)
}

// program returns the Go source of a program that uses m: src with its
// placeholders replaced by Go string literals, as answersProgram does:
// MADE_PATH by the import path of m's package under importPrefix,
// MADE_CODE by its code, MADE_PKG by its code in lower case, LTR_TAG and
// RTL_TAG by the tags of its languages.
func (m madeUp) program(src, importPrefix string) string {
	return strings.NewReplacer(
		"MADE_PATH", strconv.Quote(importPrefix+"/"+m.Pkg),
		"MADE_CODE", strconv.Quote(m.Code),
		"MADE_PKG", strconv.Quote(m.Pkg),
		"LTR_TAG", strconv.Quote(m.LTR.Tag),
		"RTL_TAG", strconv.Quote(m.RTL.Tag),
	).Replace(src)
}

// tryProgram is the source (see madeUp.program) of a program that uses
// the made-up skill of a user module through the public API only, and
// prints what it sees as JSON.
const tryProgram = `package main

import (
	"bytes"
	"encoding/json"
	"os"

	made MADE_PATH
	"example.com/hr/internal/sfiadata/skills"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

type pinned struct {
	Version sfia.Version
	OK      bool
	Levels  map[int]string
}

func main() {
	ltr, rtl := language.MustParse(LTR_TAG), language.MustParse(RTL_TAG)
	s, found := skills.Lookup(MADE_PKG)
	trLTR, _ := made.Skill.Translation(0, ltr)
	trRTL, _ := made.Skill.Translation(0, rtl)
	var levels []int
	for _, l := range made.Levels() {
		levels = append(levels, int(l.Level()))
	}
	out := map[string]any{
		"codes":       skills.Codes(),
		"found":       found && s == made.Skill,
		"levels":      levels,
		"languages":   made.Languages(),
		"versionsLTR": made.Skill.Versions(ltr),
		"versionsRTL": made.Skill.Versions(rtl),
		"dirLTR":      trLTR.Direction,
		"dirRTL":      trRTL.Direction,
		"nameLTR":     trLTR.Name,
		"versionLTR":  trLTR.Version,
	}
	newest := map[int]string{}
	for l := 1; l <= 7; l++ {
		newest[l] = made.Level(l).Description(ltr)
	}
	out["newestLTR"] = newest
	pins := map[int]pinned{}
	for _, v := range []sfia.Version{6, 7, 8, 9} {
		p := pinned{Levels: map[int]string{}}
		if tr, ok := made.Skill.Translation(v, ltr); ok {
			p.Version, p.OK = tr.Version, true
			for _, lt := range tr.Levels {
				if lt.Defined {
					p.Levels[int(lt.Level)] = lt.Description
				}
			}
		}
		pins[int(v)] = p
	}
	out["pinnedLTR"] = pins

	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: made.Skill, Level: 3}},
		jobdesc.Options{Languages: []language.Tag{ltr}, Framework: skills.Framework})
	if err != nil {
		panic(err)
	}
	var md bytes.Buffer
	if err := d.WriteMarkdown(&md); err != nil {
		panic(err)
	}
	out["jobdescLTR"] = md.String()
	json.NewEncoder(os.Stdout).Encode(out)
}
`

// TestAddSkillAndLanguage follows README's "Generate skills in your own
// module" in a user module that already generates the skills of this
// repository's seeds: it adds a made-up skill in two made-up languages
// (synthetic profiles and seeds from internal/synth, not SFIA text), with
// a code and languages those seeds do not use (chooseMadeUp), the
// left-to-right one in all three page layouts as SFIA 9, 8 and 6;
// generates, builds, vets and uses it; then removes it again: its
// manifest lines and seed files.
func TestAddSkillAndLanguage(t *testing.T) {
	skipShort(t)
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := newUserModule(t.Context(), t.Logf, root, dir); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, filepath.FromSlash(outRel))
	seeds := filepath.Join(dir, filepath.FromSlash(seedsRel))
	before, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	manifest0, err := os.ReadFile(filepath.Join(seeds, parse.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	lines0, err := readManifest(seeds)
	if err != nil {
		t.Fatal(err)
	}
	m, err := chooseMadeUp(seeds, lines0, out)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("made-up skill %s in %s and %s", m.Code, m.LTR.Tag, m.RTL.Tag)

	// Step 2 of the README: the seed texts, their lines in the manifest,
	// and a profile for each new language.
	if _, err := m.add(seeds, string(manifest0)); err != nil {
		t.Fatal(err)
	}

	// Step 3: go generate ./... writes the new package beside the others
	// and leaves them as they were.
	goIn(t, dir, "generate", "./...")
	manifest, err := readManifest(seeds)
	if err != nil {
		t.Fatal(err)
	}
	added, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(expectedFiles(manifest), sortedKeys(added)); diff != "" {
		t.Errorf("files generated after adding %s (-want +got):\n%s", m.Code, diff)
	}
	unchanged := 0
	for name, data := range before {
		if strings.HasPrefix(name, "skills/") {
			continue // the registry lists the new skill
		}
		unchanged++
		if added[name] != data {
			t.Errorf("adding %s changed %s", m.Code, name)
		}
	}
	if unchanged == 0 {
		t.Errorf("no skill package was generated before adding %s: %v", m.Code, sortedKeys(before))
	}

	// Step 4: build, vet and use it.
	prog := m.program(tryProgram, userPath+"/"+outRel)
	if err := writeFiles(dir, map[string]string{"cmd/try/main.go": prog}); err != nil {
		t.Fatal(err)
	}
	goIn(t, dir, "build", "./...")
	goIn(t, dir, "vet", "./...")
	var got map[string]any
	if err := json.Unmarshal([]byte(goIn(t, dir, "run", "./cmd/try")), &got); err != nil {
		t.Fatal(err)
	}

	// What the seeds say, read by the parser from the user's seeds.
	c, err := parse.Dir(os.DirFS(seeds), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[int]map[int]string{} // version -> level -> text, in m.LTR
	name9 := ""
	for _, s := range c.Skills {
		if s.Code != m.Code {
			continue
		}
		for _, tr := range s.Translations {
			if tr.Language != m.LTR.Tag {
				continue
			}
			texts[tr.Version] = map[int]string{}
			for _, l := range tr.Levels {
				if l.Defined {
					texts[tr.Version][l.Level] = l.Paragraph
				}
			}
			if tr.Version == 9 {
				name9 = tr.Name
			}
		}
	}
	newest := map[string]any{}
	for l := 1; l <= 7; l++ {
		newest[fmt.Sprint(l)] = texts[9][l]
	}
	pinned := map[string]any{}
	for _, v := range []int{6, 7, 8, 9} {
		p := map[string]any{"Version": float64(0), "OK": false, "Levels": map[string]any{}}
		if lv, ok := texts[v]; ok {
			p["Version"], p["OK"] = float64(v), true
			byLevel := map[string]any{}
			for l, s := range lv {
				byLevel[fmt.Sprint(l)] = s
			}
			p["Levels"] = byLevel
		}
		pinned[fmt.Sprint(v)] = p
	}
	var codes, levels, languages []any
	for _, code := range codesWith(lines0, m.Code) {
		codes = append(codes, code)
	}
	for _, l := range m.Levels {
		levels = append(levels, float64(l))
	}
	for _, tag := range m.tags() {
		languages = append(languages, tag)
	}
	jobdescLTR, _ := got["jobdescLTR"].(string)
	delete(got, "jobdescLTR")
	want := map[string]any{
		"codes":       codes,
		"found":       true,
		"levels":      levels,
		"languages":   languages,
		"versionsLTR": []any{float64(9), float64(8), float64(6)},
		"versionsRTL": []any{float64(8)},
		"dirLTR":      "ltr",
		"dirRTL":      "rtl",
		"nameLTR":     name9,
		"versionLTR":  float64(9),
		"newestLTR":   newest,
		"pinnedLTR":   pinned,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the new skill %s through the API (-want +got):\n%s", m.Code, diff)
	}
	// The texts of the three versions differ, so the pins are telling.
	if texts[9][3] == "" || texts[9][3] == texts[8][3] || texts[8][3] == texts[6][3] {
		t.Errorf("expected three different level 3 texts, got %v", texts)
	}
	// jobdesc takes the user's skill: the SFIA 9 text at level 3 in the
	// left-to-right language, with its source in the user's seeds folder.
	// Of the characters in the source, Markdown escapes only "_".
	source := fmt.Sprintf("SFIA 9, %s, %s/%s", m.LTR.Tag, seedsRel, madeUpFile(m.Code, m.LTR.Tag, 9))
	for _, s := range []string{name9, texts[9][3], "*Source: " + strings.ReplaceAll(source, "_", `\_`) + "*"} {
		if s == "" || !strings.Contains(jobdescLTR, s) {
			t.Errorf("jobdesc Markdown of %s level 3 in %s has no %q:\n%s", m.Code, m.LTR.Tag, s, jobdescLTR)
		}
	}

	// Removing the skill: its lines in the manifest alone is not enough,
	// as a seed file with no line stops the generator, which then
	// changes nothing.
	if err := writeFiles(seeds, map[string]string{parse.ManifestName: string(manifest0)}); err != nil {
		t.Fatal(err)
	}
	if _, err := goRun(t.Context(), t.Logf, dir, "generate", "./..."); err == nil || !slices.ContainsFunc(m.files(), func(f string) bool { return strings.Contains(err.Error(), f) }) {
		t.Errorf("go generate ./... with %s's seeds but not their manifest lines: %v, want an error naming one of %v", m.Code, err, m.files())
	}
	if now, err := generatedFiles(out); err != nil || !cmp.Equal(now, added) {
		t.Errorf("a failed go generate changed the generated files (error %v)", err)
	}
	// With its seed files gone too, generating again removes its package
	// and leaves the output as it was before; the module builds and vets
	// once the program that used it is gone. The profiles of the two
	// languages stay: a profile no seed uses is harmless.
	for _, file := range m.files() {
		if err := os.Remove(filepath.Join(seeds, file)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.RemoveAll(filepath.Join(dir, "cmd")); err != nil {
		t.Fatal(err)
	}
	// Not go generate ./...: it lists the packages, the made-up one among
	// them, before the generator removes it, then fails to read its files
	// (though the output is right, and a second run passes).
	goIn(t, dir, "generate", "./"+outRel)
	after, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("generated files after removing %s, against before adding it (-before +after):\n%s", m.Code, diff)
	}
	if _, err := os.Stat(filepath.Join(out, m.Pkg)); !os.IsNotExist(err) {
		t.Errorf("%s/%s after removing %s from the manifest: %v, want it gone", outRel, m.Pkg, m.Code, err)
	}
	goIn(t, dir, "build", "./...")
	goIn(t, dir, "vet", "./...")
}

// tryRepoProgram is the source (see madeUp.program) of a program that
// uses the made-up skill in a copy of this repository.
const tryRepoProgram = `package main

import (
	"fmt"

	made MADE_PATH
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

func main() {
	s, ok := skills.Lookup(MADE_CODE)
	fmt.Println(skills.Codes(), ok && s == made.Skill, made.Skill.Versions(language.MustParse(LTR_TAG)), made.Skill.Versions(language.MustParse(RTL_TAG)))
}
`

// TestAddSkillToThisRepository adds the made-up skill to this
// repository's own seeds, in a copy of the files that generating and
// building need (internal/modcopy), and runs go generate ./... from the
// root, as README says for this repository: the copy builds and vets,
// and its registry has the new skill in its languages and versions.
func TestAddSkillToThisRepository(t *testing.T) {
	skipShort(t)
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := modcopy.HandWritten(root, dir, ".", "./gen", "./sfia/..."); err != nil {
		t.Fatal(err)
	}
	seeds := filepath.Join(dir, "seeds")
	if err := modcopy.CopyTree(filepath.Join(root, "seeds"), seeds); err != nil {
		t.Fatal(err)
	}
	manifest0, err := os.ReadFile(filepath.Join(seeds, parse.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	lines0, err := readManifest(seeds)
	if err != nil {
		t.Fatal(err)
	}
	// The package goes in the copy's root; a folder of that name in the
	// checkout's root would be a clash the copy does not show.
	m, err := chooseMadeUp(seeds, lines0, dir, root)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("made-up skill %s in %s and %s", m.Code, m.LTR.Tag, m.RTL.Tag)
	if _, err := m.add(seeds, string(manifest0)); err != nil {
		t.Fatal(err)
	}
	goInTrim(t, dir, "generate", "./...")
	manifest, err := readManifest(seeds)
	if err != nil {
		t.Fatal(err)
	}
	generated, err := generatedFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(expectedFiles(manifest), sortedKeys(generated)); diff != "" {
		t.Errorf("files generated after adding %s (-want +got):\n%s", m.Code, diff)
	}
	prog := m.program(tryRepoProgram, sdk)
	if err := writeFiles(dir, map[string]string{"cmd/try/main.go": prog}); err != nil {
		t.Fatal(err)
	}
	goInTrim(t, dir, "build", "./...")
	goInTrim(t, dir, "vet", "./...")
	got := goInTrim(t, dir, "run", "./cmd/try")
	if want := fmt.Sprintf("%v true [SFIA 9 SFIA 8 SFIA 6] [SFIA 8]\n", codesWith(lines0, m.Code)); got != want {
		t.Errorf("the new skill %s in the copy of this repository: got %q, want %q", m.Code, got, want)
	}
}

// goInTrim is goIn with -trimpath: the copy of this repository is in a
// new folder on each run, and without -trimpath the build cache, which
// keys on the folder, would compile all of it every time.
func goInTrim(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := goRunFlags(t.Context(), t.Logf, dir, "-mod=readonly -trimpath", args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestChooseMadeUp checks that the made-up skill of the tests above
// avoids what a seeds folder holds: the codes and languages of its
// manifest (tags compared as the parser writes them), the profiles in
// its languages folder, seed files of the candidate names, and package
// folders in the output.
func TestChooseMadeUp(t *testing.T) {
	type want struct {
		Code, LTR, RTL string
		Files          []string
	}
	for _, tc := range []struct {
		name     string
		manifest []manifestLine
		files    []string // made in the seeds folder
		outDirs  []string // made in the output folder
		want     want
	}{
		{"this repository's kind of seeds",
			[]manifestLine{{"000.txt", "CSMG", "it", 9}, {"001.txt", "CSMG", "ar", 8}}, nil, nil,
			want{"ABCD", "nl", "fa", []string{"e2e-abcd_nl_9.txt", "e2e-abcd_nl_8.txt", "e2e-abcd_nl_6.txt", "e2e-abcd_fa_8.txt"}}},
		{"the first candidates taken",
			[]manifestLine{{"a.txt", "ABCD", "nl", 9}, {"b.txt", "ABCD", "fa", 8}, {"c.txt", "CSMG", "nl", 9}}, nil, nil,
			want{"ABCE", "sv", "ur", []string{"e2e-abce_sv_9.txt", "e2e-abce_sv_8.txt", "e2e-abce_sv_6.txt", "e2e-abce_ur_8.txt"}}},
		{"tags as the parser writes them",
			[]manifestLine{{"a.txt", "CSMG", "NL", 9}, {"b.txt", "CSMG", "FA", 8}}, nil, nil,
			want{"ABCD", "sv", "ur", []string{"e2e-abcd_sv_9.txt", "e2e-abcd_sv_8.txt", "e2e-abcd_sv_6.txt", "e2e-abcd_ur_8.txt"}}},
		{"profiles no seed uses, a seed file and a package folder",
			[]manifestLine{{"a.txt", "CSMG", "it", 9}},
			[]string{"languages/nl.txt", "languages/sv.txt", "languages/fa.txt", "e2e-abcd_da_6.txt"}, []string{"abce"},
			want{"ABCF", "da", "ur", []string{"e2e-abcf_da_9.txt", "e2e-abcf_da_8.txt", "e2e-abcf_da_6.txt", "e2e-abcf_ur_8.txt"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seeds, out := t.TempDir(), t.TempDir()
			for _, f := range tc.files {
				if err := writeFiles(seeds, map[string]string{f: "x"}); err != nil {
					t.Fatal(err)
				}
			}
			for _, d := range tc.outDirs {
				if err := os.Mkdir(filepath.Join(out, d), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			m, err := chooseMadeUp(seeds, tc.manifest, out)
			if err != nil {
				t.Fatal(err)
			}
			got := want{m.Code, m.LTR.Tag, m.RTL.Tag, m.files()}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("chooseMadeUp (-want +got):\n%s", diff)
			}
			if m.Pkg != strings.ToLower(m.Code) || m.LTR.Direction != "ltr" || m.RTL.Direction != "rtl" || m.RTL.Script != "Arab" {
				t.Errorf("chooseMadeUp: package %q for %s, languages %+v and %+v", m.Pkg, m.Code, m.LTR, m.RTL)
			}
		})
	}
	// With every candidate taken, it fails rather than clash.
	var all []manifestLine
	for _, c := range madeUpCodes {
		all = append(all, manifestLine{"a.txt", c, "it", 9})
	}
	if m, err := chooseMadeUp(t.TempDir(), all); err == nil {
		t.Errorf("chooseMadeUp with every candidate code in the manifest: %+v, want an error", m)
	}
}

// TestMadeUpAdd checks that adding the made-up skill writes its seeds,
// its profiles and the manifest followed by its lines, and fails rather
// than overwrite a profile.
func TestMadeUpAdd(t *testing.T) {
	seeds := t.TempDir()
	m, err := chooseMadeUp(seeds, []manifestLine{{"a.txt", "CSMG", "it", 9}}, seeds)
	if err != nil {
		t.Fatal(err)
	}
	files, err := m.add(seeds, "a.txt CSMG it 9") // no final line break
	if err != nil {
		t.Fatal(err)
	}
	wantManifest := "a.txt CSMG it 9\n" +
		"e2e-abcd_nl_9.txt ABCD nl 9\ne2e-abcd_nl_8.txt ABCD nl 8\ne2e-abcd_nl_6.txt ABCD nl 6\ne2e-abcd_fa_8.txt ABCD fa 8\n"
	if got := files[parse.ManifestName]; got != wantManifest {
		t.Errorf("manifest %q, want %q", got, wantManifest)
	}
	wantFiles := []string{"MANIFEST", "e2e-abcd_fa_8.txt", "e2e-abcd_nl_6.txt", "e2e-abcd_nl_8.txt", "e2e-abcd_nl_9.txt", "languages/fa.txt", "languages/nl.txt"}
	if diff := cmp.Diff(wantFiles, sortedKeys(files)); diff != "" {
		t.Errorf("files written (-want +got):\n%s", diff)
	}
	for name, data := range files {
		got, err := os.ReadFile(filepath.Join(seeds, filepath.FromSlash(name)))
		if err != nil || string(got) != data {
			t.Errorf("%s: %v, or not what add returned", name, err)
		}
	}
	// A profile that appeared since the choice stays as it is.
	if err := os.Remove(filepath.Join(seeds, "e2e-abcd_nl_9.txt")); err != nil {
		t.Fatal(err)
	}
	if err := writeFiles(seeds, map[string]string{"languages/nl.txt": "mine"}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.add(seeds, "a.txt CSMG it 9\n"); !errors.Is(err, fs.ErrExist) {
		t.Errorf("add over an existing profile: %v, want an error for a file that exists", err)
	}
	if got, _ := os.ReadFile(filepath.Join(seeds, "languages", "nl.txt")); string(got) != "mine" {
		t.Errorf("add overwrote languages/nl.txt: %q", got)
	}
}
