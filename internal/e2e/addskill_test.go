package e2e

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
)

// copyModule copies the module at root into dir, leaving out .git and
// nested modules.
func copyModule(t *testing.T, root, dir string) {
	t.Helper()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			if rel != "." && (d.Name() == ".git" || fileExists(filepath.Join(p, "go.mod"))) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// goIn runs the go command with args in dir and returns its output.
func goIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command(goCommand(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s: %v\n%s%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// tryProgram uses the new skill through the public API only and prints
// what it sees as JSON.
const tryProgram = `package main

import (
	"encoding/json"
	"os"

	"github.com/sfiakit/sfiakit/abcd"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
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
	out := map[string]any{
		"codes":     skills.Codes(),
		"found":     found && s == abcd.Skill,
		"levels":    abcd.Levels(),
		"versionsNL": abcd.Skill.Versions(nl),
		"versionsFA": abcd.Skill.Versions(fa),
		"dirFA":     sfia.Direction(fa),
		"nameNL":    abcd.Name(nl),
		"versionNL": abcd.Version(nl),
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
	json.NewEncoder(os.Stdout).Encode(out)
}
`

// TestAddSkillAndLanguage follows README's "Add a skill or a language"
// step by step in a copy of the module: a made-up skill ABCD in two
// made-up languages (synthetic nl and fa profiles, not SFIA text), the
// Dutch one in all three page layouts as SFIA 9, 8 and 6.
func TestAddSkillAndLanguage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module copy; skipped with -short")
	}
	root := moduleRoot(t)
	dir := t.TempDir()
	copyModule(t, root, dir)
	seeds := filepath.Join(dir, "seeds")

	nl := synth.Language{Tag: "nl", Script: "Latn", Direction: "ltr"}
	fa := synth.Language{Tag: "fa", Script: "Arab", Direction: "rtl"}
	skill := synth.Skill{Code: "ABCD", Levels: []int{2, 3, 4, 5}}
	var manifest strings.Builder
	for _, s := range []struct {
		lang    synth.Language
		version int
		layout  synth.Layout
	}{
		{nl, 9, synth.SFIA9}, {nl, 8, synth.SFIA8}, {nl, 6, synth.SFIA6}, {fa, 8, synth.SFIA8},
	} {
		// Step 1: the seed text in seeds/.
		file := "abcd_" + s.lang.Tag + "_" + string(rune('0'+s.version)) + ".txt"
		if err := os.WriteFile(filepath.Join(seeds, file), []byte(synth.Seed(skill, s.lang, s.version, s.layout)), 0o644); err != nil {
			t.Fatal(err)
		}
		// Step 3: its line in the manifest.
		manifest.WriteString(file + " ABCD " + s.lang.Tag + " " + string(rune('0'+s.version)) + "\n")
	}
	// Step 2: a profile for each new language.
	for _, l := range []synth.Language{nl, fa} {
		if err := os.WriteFile(filepath.Join(seeds, "languages", l.Tag+".txt"), []byte(synth.Profile(l)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.OpenFile(filepath.Join(seeds, "MANIFEST"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(manifest.String())
	f.Close()

	// Step 4: go generate ./...
	goIn(t, dir, "generate", "./...")
	for _, p := range []string{"abcd/skill_gen.go", "abcd/tables_gen.go", "csmg/tables_gen.go", "skills/skills_gen.go"} {
		if !fileExists(filepath.Join(dir, p)) {
			t.Errorf("go generate did not write %s", p)
		}
	}
	// Step 5: go build, go vet, and use it.
	goIn(t, dir, "build", "./...")
	goIn(t, dir, "vet", "./abcd/", "./skills/", "./csmg/", "./sfia/")
	os.MkdirAll(filepath.Join(dir, "cmd", "try"), 0o755)
	os.WriteFile(filepath.Join(dir, "cmd", "try", "main.go"), []byte(tryProgram), 0o644)
	var got map[string]any
	if err := json.Unmarshal([]byte(goIn(t, dir, "run", "./cmd/try")), &got); err != nil {
		t.Fatal(err)
	}

	// What the seeds say, read by the parser from the copy.
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
		newest[string(rune('0'+l))] = texts[9][l]
	}
	pinned := map[string]any{}
	for _, v := range []int{6, 7, 8, 9} {
		p := map[string]any{"Version": float64(0), "OK": false, "Levels": map[string]any{}}
		if lv, ok := texts[v]; ok {
			p["Version"], p["OK"] = float64(v), true
			m := map[string]any{}
			for l, s := range lv {
				m[string(rune('0'+l))] = s
			}
			p["Levels"] = m
		}
		pinned[string(rune('0'+v))] = p
	}
	want := map[string]any{
		"codes":      []any{"ABCD", "CSMG"},
		"found":      true,
		"levels":     []any{float64(2), float64(3), float64(4), float64(5)},
		"versionsNL": []any{float64(9), float64(8), float64(6)},
		"versionsFA": []any{float64(8)},
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
}
