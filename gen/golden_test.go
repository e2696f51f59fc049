package main

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/model"
)

// update rewrites the golden files. After a deliberate change to the
// output format, or to the model, run from the module root
//
//	go test ./gen -run Golden -update
//
// and read the diff of gen/testdata/golden before committing it.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// examplePrefix is the import prefix the example corpus is generated
// with: a folder sfia in a user's module example.com/hr.
const examplePrefix = "example.com/hr/sfia"

// exampleCorpus is a tiny corpus in made-up words (none of it SFIA text):
// a skill ZORP in French, SFIA 9 and 8, and in Arabic (right to left),
// SFIA 8, and a skill BLIP in French only, with the framework texts of
// both languages. ZORP's French SFIA 9 translation has every kind of
// text: a category, guidance in two paragraphs, activities, a level of
// one statement, a level of three and a note for an undefined level.
func exampleCorpus() *model.Corpus {
	level := func(n int, statements ...string) model.Level {
		return model.Level{Level: n, Defined: true, Paragraph: strings.Join(statements, " "), Statements: statements}
	}
	return &model.Corpus{
		Source: "seeds",
		Skills: []model.Skill{
			{Code: "BLIP", Translations: []model.Translation{{
				Source:      "seeds/blip_fr_9.txt",
				Language:    "fr",
				Version:     9,
				Name:        "Blipage",
				Description: "Bliper les zorps.",
				Levels:      []model.Level{level(1, "Blipe un zorp.")},
			}}},
			{Code: "ZORP", Translations: []model.Translation{
				{
					Source:      "seeds/zorp_ar_8.txt",
					Language:    "ar",
					Version:     8,
					Name:        "زلقم البنتر",
					Description: "إدارة\u200f البنتر والقرطم.",
					Levels: []model.Level{
						level(3, "يزلق البنتر.", "يسمد القرطم؟"),
						{Level: 4, Note: "لا يزلق هنا."},
					},
				},
				{
					Source:          "seeds/zorp_fr_9.txt",
					Language:        "fr",
					Version:         9,
					Name:            "Frobnication des gizmos",
					Description:     `Gérer le "frob" des gizmos. Tenir les zorps à jour.`,
					Guidance:        []string{"Le frob se fait en équipe. Il se fait aussi seul, sans gizmo.", "Un zorp n'est pas un widget."},
					ActivitiesIntro: "Les activités peuvent inclure :",
					Activities:      []string{"frobber les gizmos", "zorper les widgets"},
					Category:        "Gizmos et zorps",
					Subcategory:     "Frob",
					Levels: []model.Level{
						level(2, "Frobe un gizmo sous contrôle."),
						level(3, "Frobe les gizmos sans aide.", "Zorpe les widgets d'une équipe.", "Signale les gizmos rétifs."),
						{Level: 5, Note: "Ce savoir n'est pas zorpé à ce palier."},
					},
				},
				{
					Source:      "seeds/zorp_fr_8.txt",
					Language:    "fr",
					Version:     8,
					Name:        "Frobnication",
					Description: "Frober.",
					Levels:      []model.Level{level(3, "Frobe un vieux gizmo.")},
				},
			}},
		},
		Framework: []model.Framework{
			{
				Language:   "ar",
				LowerHelp:  "الزلق أعلى. انظر القرطم.",
				HigherHelp: "الزلق أدنى.",
				HelpVer:    8,
				HelpSrc:    "seeds/zorp_ar_8.txt",
			},
			{
				Language:     "fr",
				GuidingWords: [7]string{"Zorper", "Frobber", "Bliper"},
				Essences:     [7]string{"Zorpe sous contrôle. Apprend le frob.", "Frobe avec aide.", "Blipe seul."},
				EssenceVer:   9,
				EssenceSrc:   "seeds/zorp_fr_9.txt",
				LowerHelp:    "Le frob demande plus.",
				HigherHelp:   "Le frob demande moins. Voir les essences.",
				HelpVer:      9,
				HelpSrc:      "seeds/zorp_fr_9.txt",
			},
		},
		Languages: []model.Language{
			{Tag: "ar", Name: "Arabic", Script: "Arab", Direction: "rtl", LevelWord: "طبقر"},
			{Tag: "fr", Name: "French", Script: "Latn", Direction: "ltr", LevelWord: "Palier"},
		},
	}
}

// generateExample generates the example corpus with examplePrefix.
func generateExample(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := Generate(exampleCorpus(), examplePrefix)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// goldenDir holds one golden file per generated file of the example
// corpus: the generated file's path under the output folder, plus
// ".golden".
var goldenDir = filepath.Join("testdata", "golden")

// TestGolden generates the example corpus and compares every file with
// its golden copy in testdata/golden, and the list of files with the
// list of goldens. The goldens are the readable specification of the
// output: the header and source lines, the package documentation, the
// version guard, the tables, one literal per text and one sentence per
// line. Rewrite them with -update (see update).
func TestGolden(t *testing.T) {
	files := generateExample(t)
	if *update {
		if err := os.RemoveAll(goldenDir); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			writeFile(t, goldenDir, name+".golden", string(data))
		}
	}
	var want, got []string
	for name := range files {
		want = append(want, name)
	}
	sort.Strings(want)
	err := filepath.WalkDir(goldenDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(goldenDir, p)
		if err != nil {
			return err
		}
		got = append(got, strings.TrimSuffix(filepath.ToSlash(rel), ".golden"))
		return nil
	})
	if err != nil {
		t.Fatalf("%v (run go test ./gen -run TestGolden -update to create the goldens)", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("generated files (-generated +golden); run go test ./gen -run TestGolden -update, and read the diff:\n%s", diff)
	}
	for _, name := range want {
		golden, err := os.ReadFile(filepath.Join(goldenDir, filepath.FromSlash(name)+".golden"))
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(golden, files[name]) {
			t.Errorf("%s differs from its golden (-golden +generated); run go test ./gen -run TestGolden -update, and read the diff:\n%s",
				name, cmp.Diff(string(golden), string(files[name])))
		}
	}
}

// exampleCheck is a program, in the user's module, that prints what the
// generated example packages answer.
const exampleCheck = `package main

import (
	"fmt"

	"example.com/hr/sfia/blip"
	"example.com/hr/sfia/skills"
	"example.com/hr/sfia/zorp"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

func main() {
	fr, ar := language.French, language.Arabic
	var _ sfia.Skill = blip.Skill
	fmt.Println("codes", skills.Codes(), len(skills.All()))
	s, ok := skills.Lookup("zorp")
	fmt.Println("lookup", s.Code(), ok, s.Levels(), s.Languages(), s.Versions(fr), s.Versions(ar))
	fmt.Println("levels", zorp.Levels(), zorp.Languages(), blip.Levels())
	fmt.Printf("fr-CA 3 %q\n", zorp.Level(3).Statements(language.CanadianFrench))
	fmt.Printf("ar 3 %q %q\n", zorp.Level(3).Description(ar), zorp.Level(3).Statements(ar))
	fmt.Printf("fr 5 %v %q %q\n", zorp.Level(5).Defined(), zorp.Level(5).Description(fr), zorp.Level(5).Note(fr))
	fmt.Printf("ar 4 %q\n", zorp.Level(4).Note(ar))
	tr, ok := zorp.Skill.Translation(8, fr)
	fmt.Printf("fr 8 %v %q %q\n", ok, tr.Name, tr.Source)
	for _, lt := range tr.Levels {
		fmt.Printf("fr 8 level %d %v %q %q %q\n", lt.Level, lt.Defined, lt.Description, lt.Statements, lt.Note)
	}
	tr, ok = zorp.Skill.Translation(0, ar)
	fmt.Printf("ar %v %v %q %q %q\n", ok, tr.Version, tr.Direction, tr.LevelWord, tr.Description)
	tr, _ = zorp.Skill.Translation(0, fr)
	fmt.Printf("fr %q %q %q %q %q\n", tr.Category, tr.Subcategory, tr.Guidance, tr.ActivitiesIntro, tr.Activities)
	gw, ok := skills.Framework.GuidingWords(2, fr)
	e, _ := skills.Framework.Essence(1, fr)
	fmt.Printf("framework fr %q %v %q %v %q\n", gw.Value, gw.Version, e.Value, ok, gw.Source)
	lo, hi, ok := skills.Framework.UndefinedLevelsHelp(ar)
	fmt.Printf("framework ar %q %q %v %v\n", lo.Value, hi.Value, lo.Version, ok)
	_, ok = skills.Framework.GuidingWords(2, ar)
	fmt.Println("framework ar guiding words", ok, skills.Framework.Languages())
}
`

// exampleAnswers is what exampleCheck must print.
const exampleAnswers = `codes [BLIP ZORP] 2
lookup ZORP true [Level 2 Level 3] [ar fr] [SFIA 9 SFIA 8] [SFIA 8]
levels [ZORP Level 2 ZORP Level 3] [ar fr] [BLIP Level 1]
fr-CA 3 ["Frobe les gizmos sans aide." "Zorpe les widgets d'une équipe." "Signale les gizmos rétifs."]
ar 3 "يزلق البنتر. يسمد القرطم؟" ["يزلق البنتر." "يسمد القرطم؟"]
fr 5 false "" "Ce savoir n'est pas zorpé à ce palier."
ar 4 "لا يزلق هنا."
fr 8 true "Frobnication" "seeds/zorp_fr_8.txt"
fr 8 level 3 true "Frobe un vieux gizmo." ["Frobe un vieux gizmo."] ""
ar true SFIA 8 "rtl" "طبقر" "إدارة\u200f البنتر والقرطم."
fr "Gizmos et zorps" "Frob" ["Le frob se fait en équipe. Il se fait aussi seul, sans gizmo." "Un zorp n'est pas un widget."] "Les activités peuvent inclure :" ["frobber les gizmos" "zorper les widgets"]
framework fr "Frobber" SFIA 9 "Zorpe sous contrôle. Apprend le frob." true "seeds/zorp_fr_9.txt"
framework ar "الزلق أعلى. انظر القرطم." "الزلق أدنى." SFIA 8 true
framework ar guiding words false [ar fr]
`

// TestExampleBuildsAndAnswers writes the example corpus's packages into
// the folder sfia of a user's module, example.com/hr, that requires a copy
// of sfiakit's runtime; vets the module, and runs a program that prints
// what the packages answer through their API, the registry and
// skills.Framework.
func TestExampleBuildsAndAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module; skipped with -short")
	}
	sdk := copyModuleFor(t, "./sfia/sfiaimpl")
	user := t.TempDir()
	gosum, err := os.ReadFile(filepath.Join(sdk, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, user, "go.sum", string(gosum))
	writeFile(t, user, "go.mod", "module example.com/hr\n\ngo 1.26.0\n\nrequire "+modPath+" v0.0.0\n\nreplace "+modPath+" => "+filepath.ToSlash(sdk)+"\n")
	writeFile(t, user, "check/main.go", exampleCheck)
	out := filepath.Join(user, "sfia")
	root, prefix, err := importPrefix(out, "")
	if err != nil {
		t.Fatal(err)
	}
	if root != user || prefix != examplePrefix {
		t.Fatalf("importPrefix(%s) = %s, %s; want %s, %s", out, root, prefix, user, examplePrefix)
	}
	if err := writeAll(out, generateExample(t), nil); err != nil {
		t.Fatal(err)
	}
	goIn(t, user, "vet", "./...")
	if diff := cmp.Diff(exampleAnswers, string(goIn(t, user, "run", "./check"))); diff != "" {
		t.Errorf("the example packages answer (-want +got):\n%s", diff)
	}
}
