package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/modcopy"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
)

// tryProgram uses the made-up skill ABCD of a user module through the
// public API only, and prints what it sees as JSON.
const tryProgram = `package main

import (
	"bytes"
	"encoding/json"
	"os"

	"example.com/hr/internal/sfiadata/abcd"
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
	nl, fa := language.Dutch, language.Persian
	s, found := skills.Lookup("abcd")
	trNL, _ := abcd.Skill.Translation(0, nl)
	trFA, _ := abcd.Skill.Translation(0, fa)
	var levels []int
	for _, l := range abcd.Levels() {
		levels = append(levels, int(l.Level()))
	}
	out := map[string]any{
		"codes":      skills.Codes(),
		"found":      found && s == abcd.Skill,
		"levels":     levels,
		"languages":  abcd.Languages(),
		"versionsNL": abcd.Skill.Versions(nl),
		"versionsFA": abcd.Skill.Versions(fa),
		"dirNL":      trNL.Direction,
		"dirFA":      trFA.Direction,
		"nameNL":     trNL.Name,
		"versionNL":  trNL.Version,
	}
	newest := map[int]string{}
	for l := 1; l <= 7; l++ {
		newest[l] = abcd.Level(l).Description(nl)
	}
	out["newestNL"] = newest
	pins := map[int]pinned{}
	for _, v := range []sfia.Version{6, 7, 8, 9} {
		p := pinned{Levels: map[int]string{}}
		if tr, ok := abcd.Skill.Translation(v, nl); ok {
			p.Version, p.OK = tr.Version, true
			for _, lt := range tr.Levels {
				if lt.Defined {
					p.Levels[int(lt.Level)] = lt.Description
				}
			}
		}
		pins[int(v)] = p
	}
	out["pinnedNL"] = pins

	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: abcd.Skill, Level: 3}},
		jobdesc.Options{Languages: []language.Tag{nl}, Framework: skills.Framework})
	if err != nil {
		panic(err)
	}
	var md bytes.Buffer
	if err := d.Render(&md, jobdesc.Markdown); err != nil {
		panic(err)
	}
	out["jobdescNL"] = md.String()
	json.NewEncoder(os.Stdout).Encode(out)
}
`

// addABCD writes into the seeds folder seeds a made-up skill ABCD in two
// made-up languages, synthetic nl and fa (internal/synth: not SFIA
// text), the Dutch one in all three page layouts as SFIA 9, 8 and 6: the
// seed files, a profile for each language, and the manifest, which is
// manifest0 followed by ABCD's lines. It returns what it wrote, keyed by
// slash path in seeds.
func addABCD(seeds, manifest0 string) (map[string]string, error) {
	nl := synth.Language{Tag: "nl", Script: "Latn", Direction: "ltr"}
	fa := synth.Language{Tag: "fa", Script: "Arab", Direction: "rtl"}
	skill := synth.Skill{Code: "ABCD", Levels: []int{2, 3, 4, 5}}
	files := map[string]string{}
	var lines strings.Builder
	for _, s := range []struct {
		lang    synth.Language
		version int
		layout  synth.Layout
	}{
		{nl, 9, synth.SFIA9}, {nl, 8, synth.SFIA8}, {nl, 6, synth.SFIA6}, {fa, 8, synth.SFIA8},
	} {
		file := fmt.Sprintf("abcd_%s_%d.txt", s.lang.Tag, s.version)
		files[file] = synth.Seed(skill, s.lang, s.version, s.layout)
		fmt.Fprintf(&lines, "%s ABCD %s %d\n", file, s.lang.Tag, s.version)
	}
	for _, l := range []synth.Language{nl, fa} {
		files["languages/"+l.Tag+".txt"] = synth.Profile(l)
	}
	files["MANIFEST"] = manifest0 + lines.String()
	return files, writeFiles(seeds, files)
}

// TestAddSkillAndLanguage follows README's "Generate skills in your own
// module" in a user module that already generates CSMG: it adds a
// made-up skill ABCD in two made-up languages (synthetic nl and fa
// profiles and seeds from internal/synth, not SFIA text), the Dutch one
// in all three page layouts as SFIA 9, 8 and 6, generates, builds, vets
// and uses it, then removes it again: its manifest lines and seed files.
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
	manifest0, err := os.ReadFile(filepath.Join(seeds, "MANIFEST"))
	if err != nil {
		t.Fatal(err)
	}

	// Step 2 of the README: the seed texts, their lines in the manifest,
	// and a profile for each new language.
	files, err := addABCD(seeds, string(manifest0))
	if err != nil {
		t.Fatal(err)
	}

	// Step 3: go generate ./... writes the new package beside csmg and
	// leaves csmg as it was.
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
		t.Errorf("files generated after adding ABCD (-want +got):\n%s", diff)
	}
	for name, data := range before {
		if strings.HasPrefix(name, "csmg/") && added[name] != data {
			t.Errorf("adding ABCD changed %s", name)
		}
	}

	// Step 4: build, vet and use it.
	if err := writeFiles(dir, map[string]string{"cmd/try/main.go": tryProgram}); err != nil {
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
	texts := map[int]map[int]string{} // version -> level -> text, Dutch
	name9 := ""
	for _, s := range c.Skills {
		if s.Code != "ABCD" {
			continue
		}
		for _, tr := range s.Translations {
			if tr.Language != "nl" {
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
			m := map[string]any{}
			for l, s := range lv {
				m[fmt.Sprint(l)] = s
			}
			p["Levels"] = m
		}
		pinned[fmt.Sprint(v)] = p
	}
	jobdescNL, _ := got["jobdescNL"].(string)
	delete(got, "jobdescNL")
	want := map[string]any{
		"codes":      []any{"ABCD", "CSMG"},
		"found":      true,
		"levels":     []any{float64(2), float64(3), float64(4), float64(5)},
		"languages":  []any{"fa", "nl"},
		"versionsNL": []any{float64(9), float64(8), float64(6)},
		"versionsFA": []any{float64(8)},
		"dirNL":      "ltr",
		"dirFA":      "rtl",
		"nameNL":     name9,
		"versionNL":  float64(9),
		"newestNL":   newest,
		"pinnedNL":   pinned,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the new skill through the API (-want +got):\n%s", diff)
	}
	// The texts of the three versions differ, so the pins are telling.
	if texts[9][3] == "" || texts[9][3] == texts[8][3] || texts[8][3] == texts[6][3] {
		t.Errorf("expected three different level 3 texts, got %v", texts)
	}
	// jobdesc takes the user's skill: the Dutch SFIA 9 text at level 3,
	// with its source in the user's seeds folder.
	for _, s := range []string{name9, texts[9][3], "*Source: SFIA 9, nl, " + seedsRel + "/abcd\\_nl\\_9.txt*"} {
		if s == "" || !strings.Contains(jobdescNL, s) {
			t.Errorf("jobdesc Markdown of ABCD level 3 in nl has no %q:\n%s", s, jobdescNL)
		}
	}

	// Removing the skill: its lines in the manifest alone is not enough,
	// as a seed file with no line stops the generator, which then
	// changes nothing.
	if err := writeFiles(seeds, map[string]string{"MANIFEST": string(manifest0)}); err != nil {
		t.Fatal(err)
	}
	if _, err := goRun(t.Context(), t.Logf, dir, "generate", "./..."); err == nil || !strings.Contains(err.Error(), "abcd_") {
		t.Errorf("go generate ./... with ABCD's seeds but not their manifest lines: %v, want an error naming a seed of ABCD", err)
	}
	if now, err := generatedFiles(out); err != nil || !cmp.Equal(now, added) {
		t.Errorf("a failed go generate changed the generated files (error %v)", err)
	}
	// With its seed files gone too, generating again removes its package
	// and leaves the output as it was before; the module builds and vets
	// once the program that used it is gone. The profiles of the two
	// languages stay: a profile no seed uses is harmless.
	for file := range files {
		if strings.HasPrefix(file, "abcd_") {
			if err := os.Remove(filepath.Join(seeds, file)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.RemoveAll(filepath.Join(dir, "cmd")); err != nil {
		t.Fatal(err)
	}
	// Not go generate ./...: it lists the packages, abcd among them,
	// before the generator removes abcd, then fails to read abcd's files
	// (though the output is right, and a second run passes).
	goIn(t, dir, "generate", "./"+outRel)
	after, err := generatedFiles(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("generated files after removing ABCD, against before adding it (-before +after):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(out, "abcd")); !os.IsNotExist(err) {
		t.Errorf("%s/abcd after removing ABCD from the manifest: %v, want it gone", outRel, err)
	}
	goIn(t, dir, "build", "./...")
	goIn(t, dir, "vet", "./...")
}

// tryRepoProgram uses ABCD in a copy of this repository.
const tryRepoProgram = `package main

import (
	"fmt"

	"github.com/sfiakit/sfiakit/abcd"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

func main() {
	s, ok := skills.Lookup("ABCD")
	fmt.Println(skills.Codes(), ok && s == abcd.Skill, abcd.Skill.Versions(language.Dutch), abcd.Skill.Versions(language.Persian))
}
`

// TestAddSkillToThisRepository adds ABCD to this repository's own seeds,
// in a copy of the files that generating and building need
// (internal/modcopy), and runs go generate ./... from the root, as
// README says for this repository: the copy builds and vets, and its
// registry has the new skill in its languages and versions.
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
	if err := copyDir(filepath.Join(root, "seeds"), seeds); err != nil {
		t.Fatal(err)
	}
	manifest0, err := os.ReadFile(filepath.Join(seeds, "MANIFEST"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := addABCD(seeds, string(manifest0)); err != nil {
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
		t.Errorf("files generated after adding ABCD (-want +got):\n%s", diff)
	}
	if err := writeFiles(dir, map[string]string{"cmd/try/main.go": tryRepoProgram}); err != nil {
		t.Fatal(err)
	}
	goInTrim(t, dir, "build", "./...")
	goInTrim(t, dir, "vet", "./...")
	got := goInTrim(t, dir, "run", "./cmd/try")
	if want := "[ABCD CSMG] true [SFIA 9 SFIA 8 SFIA 6] [SFIA 8]\n"; got != want {
		t.Errorf("the new skill in the copy of this repository: got %q, want %q", got, want)
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
