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
// text: a category, guidance in two paragraphs, activities, revision
// notes (two, the first of two sentences), a level of one statement, a
// level of three and a note for an undefined level.
//
// The rest comes from the official downloads' layouts, as
// internal/official reads them: BLIP is row 3 of a skills table saved as
// CSV, with its URL and each level's cell (defined at levels 1 and 2;
// the other levels name their empty cells, which gives no Source); the
// levels of responsibility in French come from an SFIA 9 levels table
// (guiding phrase and essence, Where the guiding-phrase cell) and an
// SFIA 8 workbook's levels-of-responsibility sheet (the five generic
// attributes, Where the Autonomy cell); and two French SFIA 9
// attributes from an attributes table, one with guidance in two
// paragraphs, each with levels it does not describe.
func exampleCorpus() *model.Corpus {
	level := func(n int, statements ...string) model.Level {
		return model.Level{Level: n, Defined: true, Paragraph: strings.Join(statements, " "), Statements: statements}
	}
	cell := func(l model.Level, where string) model.Level {
		l.Where = where
		return l
	}
	blipCSV := "seeds/sfia-9_fr_skills.csv"
	return &model.Corpus{
		Source: "seeds",
		Skills: []model.Skill{
			{Code: "BLIP", Translations: []model.Translation{{
				Source:      blipCSV,
				Where:       "3",
				URL:         "https://example.org/fr/skillcode/9/BLIP",
				Language:    "fr",
				Version:     9,
				Name:        "Blipage",
				Description: "Bliper les zorps.",
				Category:    "Gizmos et zorps",
				Subcategory: "Blip",
				Levels: []model.Level{
					cell(level(1, "Blipe un zorp."), "3:141"),
					cell(level(2, "Blipe les zorps d'autrui.", "Compte les blips."), "3:157"),
					{Level: 3, Where: "4:19"},
					{Level: 4, Where: "4:20"},
					{Level: 5, Where: "4:21"},
					{Level: 6, Where: "4:22"},
					{Level: 7, Where: "4:23"},
				},
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
					RevisionNotes:   []string{"Le zorp des widgets est nouveau. Il remplace le blip.", "Le palier 5 n'est plus décrit."},
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
			{Tag: "ar", Name: "Arabic", Script: "Arab", Direction: "rtl", LevelWord: "طبقر", Source: "seeds/languages/ar.txt"},
			{Tag: "fr", Name: "French", Script: "Latn", Direction: "ltr", LevelWord: "Palier", Source: "seeds/languages/fr.txt"},
		},
		LevelSets: []model.LevelSet{
			{
				Language: "fr",
				Version:  9,
				Source:   "seeds/sfia-9_fr_levels.csv",
				Levels: [7]model.LevelInfo{
					{GuidingPhrase: "Zorper", Essence: "Zorpe sous contrôle. Apprend le frob.", Where: "2:7"},
					{GuidingPhrase: "Frobber", Essence: "Frobe avec aide.", Where: "2:14"},
					{GuidingPhrase: "Bliper", Essence: "Blipe seul.", Where: "2:22"},
					{GuidingPhrase: "Gizmer", Essence: "Gizme les zorps des autres.", Where: "2:29"},
					{GuidingPhrase: "Gizmer, zorpiller", Essence: "Répond des gizmos d'une équipe.", Where: "2:36"},
					{GuidingPhrase: "Blipiller, frobir", Essence: "Lance les frobs.", Where: "2:55"},
					{GuidingPhrase: "Zorbiller, frober, gizmir", Essence: "Zorbille les zorps. Frobe pour tous.", Where: "2:72"},
				},
			},
			{
				Language: "fr",
				Version:  8,
				Source:   "seeds/sfia-8_fr.xlsx",
				Levels: [7]model.LevelInfo{
					{Autonomy: "Zorpe sous contrôle.", Influence: "Voit peu de gizmos.", Complexity: "Frobs simples.", BusinessSkills: "Lit les zorps.", Knowledge: "Sait le frob de base.", Where: "Levels of responsibility!B2"},
					{Autonomy: "Frobe avec aide.", Influence: "Voit son équipe.", Complexity: "Frobs variés.", BusinessSkills: "Écrit des zorps.", Knowledge: "Sait son gizmo.", Where: "Levels of responsibility!B3"},
					{Autonomy: "Blipe seul.", Influence: "Voit d'autres équipes.", Complexity: "Frobs rares.", BusinessSkills: "Choisit les zorps.", Knowledge: "Sait les gizmos voisins.", Where: "Levels of responsibility!B4"},
					{Autonomy: "Gizme sans guide.", Influence: "Fait bouger les autres.", Complexity: "Frobs profonds. Zorps mêlés.", BusinessSkills: "Enseigne les zorps.", Knowledge: "Sait beaucoup.", Where: "Levels of responsibility!B5"},
					{Autonomy: "Répond de ses gizmos.", Influence: "Fait bouger la maison.", Complexity: "Frobs de tous.", BusinessSkills: "Crée des zorps.", Knowledge: "Sait tout le frob.", Where: "Levels of responsibility!B6"},
					{Autonomy: "Lance sans frein.", Influence: "Fait bouger le quartier.", Complexity: "Frobs nouveaux.", BusinessSkills: "Change les zorps.", Knowledge: "Sait ce qui vient.", Where: "Levels of responsibility!B7"},
					{Autonomy: "Zorpe tout.", Influence: "Fait bouger le monde.", Complexity: "Frobs sans nom.", BusinessSkills: "Donne les zorps.", Knowledge: "Sait pourquoi.", Where: "Levels of responsibility!B8"},
				},
			},
		},
		AttributeSets: []model.AttributeSet{{
			Language: "fr",
			Version:  9,
			Source:   "seeds/sfia-9_fr_attributes.csv",
			Attributes: []model.Attribute{
				{
					Code:        "ZAUT",
					URL:         "https://example.org/fr/attribute/9/ZAUT",
					Name:        "Zorpitude",
					Type:        "Attributs",
					Description: "Le degré de zorp. Il croît avec le palier.",
					Guidance:    []string{"Le zorp se mesure en gizmos. Un gizmo vaut deux frobs.", "Un zorp n'est pas un widget."},
					Levels:      [7]string{"Zorpe sous contrôle.", "Zorpe avec aide.", "Zorpe seul. Aide les autres.", "Zorpe pour l'équipe.", "Zorpe pour la maison."},
					Where:       "2",
				},
				{
					Code:        "FROB",
					URL:         "https://example.org/fr/attribute/9/FROB",
					Name:        "Frobitude",
					Type:        "Facteurs de frob",
					Description: "Comment on frobe.",
					Levels:      [7]string{1: "Frobe peu.", 3: "Frobe souvent.", 6: "Frobe pour tous."},
					Where:       "6",
				},
			},
		}},
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
	fmt.Printf("fr revision notes %q\n", tr.RevisionNotes)
	tr.RevisionNotes[0] = "changed"
	tr, _ = zorp.Skill.Translation(0, fr)
	fmt.Printf("fr revision notes again %q\n", tr.RevisionNotes)
	tr, _ = zorp.Skill.Translation(8, fr)
	fmt.Printf("fr 8 revision notes %v\n", tr.RevisionNotes == nil)
	gw, ok := skills.Framework.GuidingWords(2, fr)
	e, _ := skills.Framework.Essence(1, fr)
	fmt.Printf("framework fr %q %v %q %v %q\n", gw.Value, gw.Version, e.Value, ok, gw.Source)
	lo, hi, ok := skills.Framework.UndefinedLevelsHelp(ar)
	fmt.Printf("framework ar %q %q %v %v\n", lo.Value, hi.Value, lo.Version, ok)
	_, ok = skills.Framework.GuidingWords(2, ar)
	fmt.Println("framework ar guiding words", ok, skills.Framework.Languages())

	// From the official downloads' layouts: a skill's row, URL and
	// cells; the levels of responsibility and the attributes.
	btr, ok := blip.Skill.Translation(0, fr)
	fmt.Printf("blip fr %v %q %q %q %q\n", ok, btr.Source, btr.Where, btr.URL, btr.Category)
	for _, lt := range btr.Levels {
		fmt.Printf("blip fr level %d %v %q %q\n", lt.Level, lt.Defined, lt.Statements, lt.Source)
	}
	bt, ok := blip.Level(2).Text(language.CanadianFrench)
	fmt.Printf("blip fr 2 text %v %v %q\n", ok, bt.Version, bt.Source)
	li, ok := skills.Framework.LevelInfo(4, 0, language.CanadianFrench)
	fmt.Printf("levelinfo fr 4 %v %v %v %v %q %q %q\n", ok, li.Level, li.Language, li.Version, li.Source, li.GuidingPhrase, li.Essence)
	for _, a := range li.Attributes {
		fmt.Printf("levelinfo fr 4 attribute %s %q %q %q\n", a.Code, a.Name, a.Type, a.Description)
	}
	li, ok = skills.Framework.LevelInfo(3, 9, fr)
	fmt.Printf("levelinfo fr 3 %v %q %d\n", ok, li.GuidingPhrase, len(li.Attributes))
	li, ok = skills.Framework.LevelInfo(4, sfia.SFIA8, fr)
	fmt.Printf("levelinfo fr 4 SFIA 8 %v %q %q %q %q %q %q %q %d\n", ok, li.Source, li.GuidingPhrase, li.Autonomy, li.Influence, li.Complexity, li.BusinessSkills, li.Knowledge, len(li.Attributes))
	_, ok = skills.Framework.LevelInfo(4, sfia.SFIA7, fr)
	_, ok2 := skills.Framework.LevelInfo(4, 0, ar)
	_, ok3 := skills.Framework.LevelInfo(0, 0, fr)
	fmt.Println("levelinfo fr SFIA 7, ar, level 0", ok, ok2, ok3)
	as, ok := skills.Framework.Attributes(0, language.CanadianFrench)
	fmt.Println("attributes fr", ok, len(as))
	for _, a := range as {
		fmt.Printf("attribute %s %q %q %q %q %q %v %v %q\n", a.Code, a.Name, a.Type, a.Description, a.Guidance, a.URL, a.Language, a.Version, a.Source)
		fmt.Printf("attribute %s levels %q\n", a.Code, a.Levels)
	}
	_, ok = skills.Framework.Attributes(sfia.SFIA8, fr)
	_, ok2 = skills.Framework.Attributes(0, ar)
	fmt.Println("attributes fr SFIA 8, ar", ok, ok2)
	// The page texts give level 3's essence; the levels table level 4's.
	for _, l := range []sfia.Level{3, 4} {
		e, ok := skills.Framework.Essence(l, fr)
		gw, _ := skills.Framework.GuidingWords(l, fr)
		fmt.Printf("essence fr %d %v %q %q %v %q\n", l, ok, gw.Value, e.Value, e.Version, e.Source)
	}
}
`

// exampleAnswers is what exampleCheck must print.
const exampleAnswers = `codes [BLIP ZORP] 2
lookup ZORP true [Level 2 Level 3] [ar fr] [SFIA 9 SFIA 8] [SFIA 8]
levels [ZORP Level 2 ZORP Level 3] [ar fr] [BLIP Level 1 BLIP Level 2]
fr-CA 3 ["Frobe les gizmos sans aide." "Zorpe les widgets d'une équipe." "Signale les gizmos rétifs."]
ar 3 "يزلق البنتر. يسمد القرطم؟" ["يزلق البنتر." "يسمد القرطم؟"]
fr 5 false "" "Ce savoir n'est pas zorpé à ce palier."
ar 4 "لا يزلق هنا."
fr 8 true "Frobnication" "seeds/zorp_fr_8.txt"
fr 8 level 3 true "Frobe un vieux gizmo." ["Frobe un vieux gizmo."] ""
ar true SFIA 8 "rtl" "طبقر" "إدارة\u200f البنتر والقرطم."
fr "Gizmos et zorps" "Frob" ["Le frob se fait en équipe. Il se fait aussi seul, sans gizmo." "Un zorp n'est pas un widget."] "Les activités peuvent inclure :" ["frobber les gizmos" "zorper les widgets"]
fr revision notes ["Le zorp des widgets est nouveau. Il remplace le blip." "Le palier 5 n'est plus décrit."]
fr revision notes again ["Le zorp des widgets est nouveau. Il remplace le blip." "Le palier 5 n'est plus décrit."]
fr 8 revision notes true
framework fr "Frobber" SFIA 9 "Zorpe sous contrôle. Apprend le frob." true "seeds/zorp_fr_9.txt"
framework ar "الزلق أعلى. انظر القرطم." "الزلق أدنى." SFIA 8 true
framework ar guiding words false [ar fr]
blip fr true "seeds/sfia-9_fr_skills.csv" "3" "https://example.org/fr/skillcode/9/BLIP" "Gizmos et zorps"
blip fr level 1 true ["Blipe un zorp."] "seeds/sfia-9_fr_skills.csv:3:141"
blip fr level 2 true ["Blipe les zorps d'autrui." "Compte les blips."] "seeds/sfia-9_fr_skills.csv:3:157"
blip fr 2 text true SFIA 9 "seeds/sfia-9_fr_skills.csv:3:157"
levelinfo fr 4 true Level 4 fr SFIA 9 "seeds/sfia-9_fr_levels.csv:2:29" "Gizmer" "Gizme les zorps des autres."
levelinfo fr 4 attribute ZAUT "Zorpitude" "Attributs" "Zorpe pour l'équipe."
levelinfo fr 4 attribute FROB "Frobitude" "Facteurs de frob" "Frobe souvent."
levelinfo fr 3 true "Bliper" 1
levelinfo fr 4 SFIA 8 true "seeds/sfia-8_fr.xlsx:Levels of responsibility!B5" "" "Gizme sans guide." "Fait bouger les autres." "Frobs profonds. Zorps mêlés." "Enseigne les zorps." "Sait beaucoup." 0
levelinfo fr SFIA 7, ar, level 0 false false false
attributes fr true 2
attribute ZAUT "Zorpitude" "Attributs" "Le degré de zorp. Il croît avec le palier." ["Le zorp se mesure en gizmos. Un gizmo vaut deux frobs." "Un zorp n'est pas un widget."] "https://example.org/fr/attribute/9/ZAUT" fr SFIA 9 "seeds/sfia-9_fr_attributes.csv:2"
attribute ZAUT levels ["Zorpe sous contrôle." "Zorpe avec aide." "Zorpe seul. Aide les autres." "Zorpe pour l'équipe." "Zorpe pour la maison." "" ""]
attribute FROB "Frobitude" "Facteurs de frob" "Comment on frobe." [] "https://example.org/fr/attribute/9/FROB" fr SFIA 9 "seeds/sfia-9_fr_attributes.csv:6"
attribute FROB levels ["" "Frobe peu." "" "Frobe souvent." "" "" "Frobe pour tous."]
attributes fr SFIA 8, ar false false
essence fr 3 true "Bliper" "Blipe seul." SFIA 9 "seeds/zorp_fr_9.txt"
essence fr 4 true "Gizmer" "Gizme les zorps des autres." SFIA 9 "seeds/sfia-9_fr_levels.csv:2:29"
`

// TestExampleBuildsAndAnswers writes the example corpus's packages into
// the folder sfia of a user's module, example.com/hr, that requires a copy
// of sfiakit's runtime; vets the module, and runs a program that prints
// what the packages answer through their API, the registry and
// skills.Framework: page texts, and the level sets and attributes of the
// official layouts through LevelInfo, Attributes, and Essence and
// GuidingWords where the page texts stop.
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

// TestPredeclaredCodesBuild generates skills whose package names are
// predeclared Go identifiers (bool, true: an import of that name would
// hide the one the registry uses) and checks that the registry imports
// them under another name and that everything builds and vets.
func TestPredeclaredCodesBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module; skipped with -short")
	}
	c := exampleCorpus()
	c.Skills[0].Code, c.Skills[1].Code = "BOOL", "TRUE"
	files, err := Generate(c, examplePrefix)
	if err != nil {
		t.Fatal(err)
	}
	reg := string(files["skills/skills_gen.go"])
	for _, want := range []string{`boolskill "example.com/hr/sfia/bool"`, `trueskill "example.com/hr/sfia/true"`, "return boolskill.Skill, true"} {
		if !strings.Contains(reg, want) {
			t.Errorf("skills/skills_gen.go has no %q:\n%s", want, reg)
		}
	}
	sdk := copyModuleFor(t, "./sfia/sfiaimpl")
	user := t.TempDir()
	gosum, err := os.ReadFile(filepath.Join(sdk, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, user, "go.sum", string(gosum))
	writeFile(t, user, "go.mod", "module example.com/hr\n\ngo 1.26.0\n\nrequire "+modPath+" v0.0.0\n\nreplace "+modPath+" => "+filepath.ToSlash(sdk)+"\n")
	if err := writeAll(filepath.Join(user, "sfia"), files, nil); err != nil {
		t.Fatal(err)
	}
	goIn(t, user, "vet", "./...")
}

// TestSourcesNameRealFiles checks that a translation's file names its
// language profile among its sources only where the language has one: a
// language that only tables give (no profile, model.Language.Source "")
// has one source line, its input.
func TestSourcesNameRealFiles(t *testing.T) {
	c := exampleCorpus()
	c.Languages[1].Source = "" // fr, as if read from spreadsheets alone
	files, err := Generate(c, examplePrefix)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for name, data := range files {
		if !strings.Contains(name, "/fr_sfia") {
			continue
		}
		n++
		var sources []string
		for _, l := range strings.Split(string(data), "\n") {
			if s, ok := strings.CutPrefix(l, "// source: "); ok {
				sources = append(sources, s)
			}
		}
		if len(sources) != 1 || strings.Contains(sources[0], "languages/") {
			t.Errorf("%s: sources %q, want only the translation's input", name, sources)
		}
	}
	if n == 0 {
		t.Error("the example corpus gave no fr translation file")
	}
}
