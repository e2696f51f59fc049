package e2e

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// extraTags are the languages the answers program asks for besides the
// seed languages: regional variants that must reach their language,
// languages no seed is in, Ukrainian and Belarusian (which x/text
// matches to Russian, with confidence No and to another base language:
// both must get nothing), and und.
var extraTags = []string{"pt-BR", "es-419", "ar-EG", "en", "de", "uk", "be", "und"}

// answersMain is the answers program. It imports a csmg package and its
// registry from CSMG_PATH and SKILLS_PATH, and takes the tags and the
// versions to ask for as its arguments: -tags it,ru,... -versions 9,8.
const answersMain = `// Command answers prints, as JSON, what a generated csmg package and
// its registry answer.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strconv"
	"strings"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"

	csmg "CSMG_PATH"
	skills "SKILLS_PATH"
)

TYPES
func main() {
	tagList := flag.String("tags", "", "comma-separated BCP 47 tags")
	versionList := flag.String("versions", "", "comma-separated SFIA versions")
	flag.Parse()
	tags := strings.Split(*tagList, ",")
	versions := []sfia.Version{0} // 0: the newest
	for _, s := range strings.Split(*versionList, ",") {
		v, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		versions = append(versions, sfia.Version(v))
	}

	a := answers{
		Code:           csmg.Skill.Code(),
		Levels:         csmg.Skill.Levels(),
		Languages:      csmg.Languages(),
		SkillLanguages: csmg.Skill.Languages(),
	}
	for _, l := range csmg.Levels() {
		a.PkgLevels = append(a.PkgLevels, l.String())
	}
	for n := -1; n <= 8; n++ {
		for _, s := range tags {
			tag := language.MustParse(s)
			l := csmg.Level(n)
			text, ok := l.Text(tag, language.English)
			a.AtLevel = append(a.AtLevel, levelAnswer{
				Level:       n,
				Tag:         s,
				String:      l.String(),
				SFIALevel:   int(l.Level()),
				Defined:     l.Defined(),
				Description: l.Description(tag),
				Statements:  l.Statements(tag),
				Note:        l.Note(tag),
				Text:        text,
				TextOK:      ok,
			})
		}
	}
	for _, s := range tags {
		tag := language.MustParse(s)
		la := languageAnswer{Tag: s, Versions: csmg.Skill.Versions(tag)}
		for _, v := range versions {
			tr, ok := csmg.Skill.Translation(v, tag)
			la.Translations = append(la.Translations, translationAnswer{Version: v, OK: ok, Translation: tr})
		}
		a.InLanguage = append(a.InLanguage, la)
	}

	a.Registry.Codes = skills.Codes()
	for _, s := range skills.All() {
		a.Registry.All = append(a.Registry.All, s.Code())
	}
	found, ok := skills.Lookup("csmg")
	a.Registry.LookupCSMG = ok && found == csmg.Skill
	_, a.Registry.LookupNone = skills.Lookup("NONE")

	a.Framework.Languages = skills.Framework.Languages()
	for _, s := range tags {
		tag := language.MustParse(s)
		ft := frameworkTag{Tag: s}
		for n := -1; n <= 8; n++ {
			g, gok := skills.Framework.GuidingWords(sfia.Level(n), tag)
			e, eok := skills.Framework.Essence(sfia.Level(n), tag)
			ft.GuidingWords = append(ft.GuidingWords, textAnswer{g, gok})
			ft.Essences = append(ft.Essences, textAnswer{e, eok})
		}
		ft.Lower, ft.Higher, ft.HelpOK = skills.Framework.UndefinedLevelsHelp(tag)
		a.Framework.ByTag = append(a.Framework.ByTag, ft)
	}

	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: 4}},
		jobdesc.Options{Languages: []language.Tag{language.Italian}, Framework: skills.Framework})
	if err != nil {
		panic(err)
	}
	var md bytes.Buffer
	if err := d.WriteMarkdown(&md); err != nil {
		panic(err)
	}
	a.JobDesc = md.String()

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "\t")
	if err := enc.Encode(a); err != nil {
		panic(err)
	}
}
`

// answersProgram returns the answers program for the csmg and registry
// packages under prefix, with the types of answers_test.go.
func answersProgram(prefix string) (string, error) {
	data, err := os.ReadFile("answers_test.go")
	if err != nil {
		return "", err
	}
	_, types, ok := strings.Cut(string(data), "\n)\n")
	if !ok {
		return "", errors.New("answers_test.go: no import block")
	}
	return strings.NewReplacer("CSMG_PATH", prefix+"/csmg", "SKILLS_PATH", prefix+"/skills", "TYPES", types).Replace(answersMain), nil
}

// cmpTags compares language tags, which have unexported fields.
var cmpTags = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

// TestGenerateInUserModule does what README's "Generate skills in your
// own module" says in a module of a user's (example.com/hr): generate
// a copy of this repository's seeds into internal/sfiadata, build and
// vet, and run a program that asks the generated csmg, its registry and
// jobdesc everything a user can. The same program, built against this
// repository's own csmg and skills, must print the same, up to where the
// seeds folder sits in each module; and this repository's answers must
// be the seeds' own texts, read by line number (internal/seedtest).
func TestGenerateInUserModule(t *testing.T) {
	skipShort(t)
	dir, root := sharedModule(t)
	out := filepath.Join(dir, filepath.FromSlash(outRel))
	manifest, err := readManifest(filepath.Join(root, "seeds"))
	if err != nil {
		t.Fatal(err)
	}

	// go generate ./... (from sharedModule) wrote what the manifest says,
	// and nothing else.
	generated, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(expectedFiles(manifest), sortedKeys(generated)); diff != "" {
		t.Errorf("files generated under %s (-want +got):\n%s", outRel, diff)
	}
	// This repository has the same files, generated the same way.
	repoFiles, err := generatedFiles(root)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sortedKeys(repoFiles), sortedKeys(generated)); diff != "" {
		t.Errorf("files generated in the user module, against this repository's (-repo +user):\n%s", diff)
	}

	t.Run("go tool gen from the module root", func(t *testing.T) {
		// The other form of the same step, from another folder, with
		// other relative paths: the same bytes.
		removeGenerated(t, out, generated)
		goIn(t, dir, "tool", "gen", "-seeds", seedsRel, "-out", outRel)
		again, err := generatedFiles(out)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(generated, again); diff != "" {
			t.Errorf("go tool gen -seeds %s -out %s, against go generate (-generate +tool):\n%s", seedsRel, outRel, diff)
		}
	})

	t.Run("imports", func(t *testing.T) {
		imports, err := importsOf(generated)
		if err != nil {
			t.Fatal(err)
		}
		allowed := map[string]bool{sdk + "/sfia": true, sdk + "/sfia/sfiaimpl": true, "golang.org/x/text/language": true}
		for p, files := range imports {
			// A package of the module's own, generated under -out.
			own := path.Dir(p) == userPath+"/"+outRel
			if !allowed[p] && !own {
				t.Errorf("generated code imports %s (in %s); want only %v and the module's own generated packages", p, strings.Join(files, ", "), sortedKeys(allowed))
			}
		}
		// The registry imports the skill package, so the check above had
		// an own package to allow.
		if got := imports[userPath+"/"+outRel+"/csmg"]; !slices.Equal(got, []string{"skills/skills_gen.go"}) {
			t.Errorf("%s/%s/csmg is imported by %v, want skills/skills_gen.go", userPath, outRel, got)
		}
	})

	// The answers program, once against the user's packages and once
	// against this repository's.
	progs := map[string]string{}
	for name, prefix := range map[string]string{"cmd/answers/main.go": userPath + "/" + outRel, "cmd/answers-sdk/main.go": sdk} {
		if progs[name], err = answersProgram(prefix); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeFiles(dir, progs); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(filepath.Join(dir, "cmd")) })
	goIn(t, dir, "build", "./...")
	goIn(t, dir, "vet", "./...")

	t.Run("deps", func(t *testing.T) {
		deps := strings.Fields(goIn(t, dir, "list", "-deps", "./cmd/answers"))
		for _, want := range []string{userPath + "/" + outRel + "/csmg", userPath + "/" + outRel + "/skills", sdk + "/sfia/sfiaimpl", sdk + "/jobdesc"} {
			if !slices.Contains(deps, want) {
				t.Errorf("go list -deps ./cmd/answers: no %s in %v", want, deps)
			}
		}
		for _, p := range deps {
			if strings.HasPrefix(p, "github.com/dave/jennifer") || strings.HasPrefix(p, "github.com/xuri/excelize") || p == sdk+"/gen" ||
				strings.HasPrefix(p, sdk+"/internal/parse") || strings.HasPrefix(p, sdk+"/internal/model") ||
				strings.HasPrefix(p, sdk+"/internal/sheet") || strings.HasPrefix(p, sdk+"/internal/official") {
				t.Errorf("go list -deps ./cmd/answers: %s, which only the generator needs", p)
			}
		}
	})

	var tags []string
	var versions []int
	for _, m := range manifest {
		tags = append(tags, m.Lang)
		versions = append(versions, m.Version)
	}
	slices.Sort(tags)
	tags = append(slices.Compact(tags), extraTags...)
	slices.Sort(versions)
	versions = slices.Compact(versions)
	vs := make([]string, len(versions))
	for i, v := range versions {
		vs[i] = strconv.Itoa(v)
	}
	bin := t.TempDir()
	goIn(t, dir, "build", "-o", bin+string(filepath.Separator), "./cmd/...")
	args := []string{"-tags", strings.Join(tags, ","), "-versions", strings.Join(vs, ",")}
	user := runAnswers(t, filepath.Join(bin, "answers"), args)
	repo := runAnswers(t, filepath.Join(bin, "answers-sdk"), args)

	// Every source names a seed in the seeds folder of its module.
	if n := checkSources(t, "user", &user, seedsRel+"/", manifest); n == 0 {
		t.Fatal("user: no sources in the answers")
	}
	checkSources(t, "repo", &repo, "seeds/", manifest)
	if diff := cmp.Diff(repo, user, cmpTags); diff != "" {
		t.Errorf("the user's csmg, against this repository's, sources relative to the seeds folder (-repo +user):\n%s", diff)
	}

	t.Run("seeds", func(t *testing.T) { checkSeedTexts(t, root, &repo) })

	t.Run("jobdesc", func(t *testing.T) {
		// A Markdown description of the user's CSMG at level 4, in
		// Italian, with the user's source. (Its equality with this
		// repository's was checked with the rest.)
		it, ok := textAt(&user, 4, "it")
		if !ok || it.Value == "" {
			t.Fatalf("no Italian text at level 4 in the answers: %+v", it)
		}
		for _, want := range []string{"## ", strings.Fields(it.Value)[0], "*Source: SFIA 9, it, "} {
			if !strings.Contains(user.JobDesc, want) {
				t.Errorf("jobdesc Markdown has no %q:\n%s", want, user.JobDesc)
			}
		}
	})
}

// removeGenerated removes the files of generated (paths under out).
func removeGenerated(t *testing.T, out string, generated map[string]string) {
	t.Helper()
	for name := range generated {
		if err := os.Remove(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
}

// runAnswers runs an answers program and reads what it prints.
func runAnswers(t *testing.T, prog string, args []string) answers {
	t.Helper()
	data, err := runBinary(t, prog, args...)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	var a answers
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("%s: %v", prog, err)
	}
	if len(a.AtLevel) == 0 || len(a.InLanguage) == 0 {
		t.Fatalf("%s printed no answers:\n%s", prog, data)
	}
	return a
}

// checkSources checks that every source in a starts with prefix and is
// the manifest's file for its language and version, and makes it
// relative to the seeds folder. It returns how many it saw.
func checkSources(t *testing.T, who string, a *answers, prefix string, manifest []manifestLine) int {
	t.Helper()
	n := 0
	check := func(where string, txt *sfia.Text) {
		if txt.Value == "" && txt.Source == "" {
			return
		}
		n++
		rel, ok := strings.CutPrefix(txt.Source, prefix)
		if !ok || !hasFile(manifest, rel) {
			t.Errorf("%s: %s: source %q, want %s followed by a seed of the manifest", who, where, txt.Source, prefix)
		}
		txt.Source = rel
	}
	for i := range a.AtLevel {
		la := &a.AtLevel[i]
		check(fmt.Sprintf("Level(%d).Text(%s, en)", la.Level, la.Tag), &la.Text)
	}
	for i := range a.InLanguage {
		la := &a.InLanguage[i]
		for j := range la.Translations {
			tr := &la.Translations[j].Translation
			if !la.Translations[j].OK {
				continue
			}
			n++
			want := prefix + fileOf(manifest, tr.Language.String(), int(tr.Version))
			if tr.Source != want {
				t.Errorf("%s: Skill.Translation(%d, %s): source %q, want %q", who, la.Translations[j].Version, la.Tag, tr.Source, want)
			}
			tr.Source = strings.TrimPrefix(tr.Source, prefix)
		}
	}
	for i := range a.Framework.ByTag {
		ft := &a.Framework.ByTag[i]
		for l := range ft.GuidingWords {
			check(fmt.Sprintf("Framework.GuidingWords(%d, %s)", l-1, ft.Tag), &ft.GuidingWords[l].Text)
			check(fmt.Sprintf("Framework.Essence(%d, %s)", l-1, ft.Tag), &ft.Essences[l].Text)
		}
		check("Framework.UndefinedLevelsHelp lower "+ft.Tag, &ft.Lower)
		check("Framework.UndefinedLevelsHelp higher "+ft.Tag, &ft.Higher)
	}
	// jobdesc's source lines read "SFIA 9, it, seeds/000_....txt".
	if !strings.Contains(a.JobDesc, ", "+prefix) {
		t.Errorf("%s: jobdesc Markdown names no source under %s:\n%s", who, prefix, a.JobDesc)
	}
	a.JobDesc = strings.ReplaceAll(a.JobDesc, ", "+prefix, ", ")
	return n
}

func hasFile(manifest []manifestLine, file string) bool {
	return slices.ContainsFunc(manifest, func(m manifestLine) bool { return m.File == file })
}

// fileOf returns the manifest's seed file for CSMG in lang and version.
func fileOf(manifest []manifestLine, lang string, version int) string {
	for _, m := range manifest {
		if m.Skill == "CSMG" && m.Lang == lang && m.Version == version {
			return m.File
		}
	}
	return "(none)"
}

// textAt returns Level(l).Text(tag, en) from a.
func textAt(a *answers, l int, tag string) (sfia.Text, bool) {
	for _, la := range a.AtLevel {
		if la.Level == l && la.Tag == tag {
			return la.Text, la.TextOK
		}
	}
	return sfia.Text{}, false
}

// checkSeedTexts checks a's CSMG against the seed files themselves, read
// by line number (internal/seedtest): each seed's level texts, name and
// note, pinned to its version, and the newest version's texts through
// Level(n).Description.
func checkSeedTexts(t *testing.T, root string, a *answers) {
	texts, err := seedtest.Texts(root)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		tag string
		v   sfia.Version
	}
	pinned := map[key]translationAnswer{}
	for _, la := range a.InLanguage {
		for _, tr := range la.Translations {
			pinned[key{la.Tag, tr.Version}] = tr
		}
	}
	newest := map[string]sfia.Version{}
	for _, la := range a.InLanguage {
		if len(la.Versions) > 0 {
			newest[la.Tag] = la.Versions[0]
		}
	}
	rows := 0
	for _, s := range seedtest.Seeds {
		tr, ok := pinned[key{s.Lang, sfia.Version(s.Version)}]
		if !ok || !tr.OK {
			t.Errorf("Skill.Translation(%d, %s): none", s.Version, s.Lang)
			continue
		}
		lines, err := seedtest.Lines(root, s.File)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSuffix(lines[s.NameLine], " CSMG"); tr.Translation.Name != want {
			t.Errorf("Skill.Translation(%d, %s).Name = %q, want line %d of %s, %q", s.Version, s.Lang, tr.Translation.Name, s.NameLine, s.File, want)
		}
		for l := sfia.Level(1); l <= 7; l++ {
			rows++
			got, _ := tr.Translation.Level(l)
			if want := texts[s.Lang][int(l)]; got.Description != want {
				t.Errorf("Skill.Translation(%d, %s) level %d = %q, want the seed's %q", s.Version, s.Lang, l, got.Description, want)
			}
			wantNote := ""
			if int(l) == s.NoteLevel {
				wantNote = lines[s.NoteLine]
			}
			if got.Note != wantNote {
				t.Errorf("Skill.Translation(%d, %s) level %d note = %q, want %q", s.Version, s.Lang, l, got.Note, wantNote)
			}
		}
		if newest[s.Lang] != sfia.Version(s.Version) {
			continue // a newer version of the language came since seedtest was written
		}
		for _, la := range a.AtLevel {
			if la.Tag == s.Lang && la.Level >= 1 && la.Level <= 7 && la.Description != texts[s.Lang][la.Level] {
				t.Errorf("Level(%d).Description(%s) = %q, want the seed's %q", la.Level, s.Lang, la.Description, texts[s.Lang][la.Level])
			}
		}
	}
	t.Logf("checked %d seed level texts (%d seeds × 7 levels)", rows, len(seedtest.Seeds))
}

// TestGoRunGen checks that go run github.com/sfiakit/sfiakit/gen, the
// form that needs no tool line, writes the same bytes as go tool gen
// (through go generate) in the same module.
func TestGoRunGen(t *testing.T) {
	skipShort(t)
	dir, _ := sharedModule(t)
	out := filepath.Join(dir, filepath.FromSlash(outRel))
	want, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatalf("no generated files under %s", outRel)
	}
	removeGenerated(t, out, want)
	goIn(t, dir, "run", sdk+"/gen", "-seeds", seedsRel, "-out", outRel)
	got, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("go run %s/gen, against go tool gen (-tool +run):\n%s", sdk, diff)
	}
}
