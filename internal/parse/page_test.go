package parse

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/model"
)

// wholePageEN is a select-all copy of a made-up skill's page in the SFIA 9
// English layout that ../shared/FORMATS.md describes: navigation and the
// language list, a breadcrumb, the name and code, the description, the
// levels bar, revision notes, guidance, activities, the help on undefined
// levels, then each level with its essence (a level the skill does not
// define shows its bare heading and its essence only), and after the
// levels keywords, links, related skills, short links and the footer.
var wholePageEN = numbered(`
 1| Skip to main content
 2| SFIA
 3| The global skills and competency framework for the digital world
 4| Home
 5| SFIA 9
 6| SFIA 8
 7| Previous versions
 8| Log in
 9| English
10| Deutsch
11| Español
12| Italiano
13| العربية
14| Home / SFIA 9 / Skills / Making things / Widgetry / Widget frobbing
15| Widget frobbing WFRB
16| Frobbing widgets and gizmos to agreed standards.
17| Levels of responsibility for this skill
18| 2 | 3 | 4 |
19| Revision notes
20| - Level 2 is new.
21| - Guidance reworded
22| Guidance notes
23| Frobbing happens in workshops and online.
24| It covers widgets of every size, from small
25| to very large.
26| Activities may include, but are not limited to:
27| - frobbing widgets
28| - checking gizmos.
29| Understanding the levels of responsibility for this skill
30| Where lower levels are not defined...
31| - Lower levels need more autonomy than frobbing asks.
32| Where higher levels are not defined...
33| - Higher levels lead beyond frobbing.
34| Developing skills and demonstrating responsibilities related to this skill
35| The defined levels show the progression.
36| Click to find out why SFIA skills are not defined at all 7 levels.
37| Show/hide extra descriptions and levels.
38| Level 1
39| Level 1 - Follow: Essence of the level: Performs routine tasks under close supervision.
40| Widget frobbing: Level 2
41| Level 2 - Assist: Essence of the level: Assists others under routine direction.
42| —
43| Frobs small widgets under guidance.
44| Checks gizmos against a list.
45| Widget frobbing: Level 3
46| Level 3 - Apply: Essence of the level: Performs varied tasks, e.g. frobbing, with some discretion.
47|
48| Frobs widgets of every size.
49| Keeps the frobbing log. Reports faults.
50| Widget frobbing: Level 4
51| Level 4 - Enable: Essence of the level: Enables others and takes responsibility.
52| —
53| Plans the frobbing of a workshop
54| and checks its quality.
55| Level 5
56| Level 5 - Ensure, advise: Essence of the level: Ensures and advises across the organisation.
57| Level 6
58| Level 6 - Initiate, influence: Essence of the level: Initiates and influences at senior level.
59| Level 7
60| Level 7 - Set strategy, inspire, mobilise: Essence of the level: Sets strategy at the highest level.
61| Keywords
62| widgets, gizmos, frobbing
63| Related SFIA skills
64| Gizmo testing
65| Widget design
66| Short links to this skill
67| https://sfia-online.org/en/skillcode/10/WFRB
68| https://sfia-online.org/en/skillcode/8/WFRB
69| About SFIA
70| Contact us
71| Copyright © 2025 SFIA Foundation. All rights reserved.
`)

func TestWholePageEnglish(t *testing.T) {
	e := Entry{Line: 1, File: "wfrb_en_9.txt", Skill: "WFRB", Language: "en", Version: 9, EssenceVersion: 9}
	p := ShippedProfile("en")
	got, fw, err := Seed("seeds/wfrb_en_9.txt", "seeds/wfrb_en_9.txt", []byte(wholePageEN), e, p)
	if err != nil {
		t.Fatal(err)
	}
	want := model.Translation{
		Source:          "seeds/wfrb_en_9.txt",
		Language:        "en",
		Version:         9,
		Name:            "Widget frobbing",
		Description:     "Frobbing widgets and gizmos to agreed standards.",
		Guidance:        []string{"Frobbing happens in workshops and online.", "It covers widgets of every size, from small to very large."},
		ActivitiesIntro: "Activities may include, but are not limited to:",
		Activities:      []string{"frobbing widgets", "checking gizmos."},
		RevisionNotes:   []string{"Level 2 is new.", "Guidance reworded"},
		Category:        "Making things",
		Subcategory:     "Widgetry",
		Levels: []model.Level{
			level(2, "Frobs small widgets under guidance.", "Checks gizmos against a list."),
			level(3, "Frobs widgets of every size.", "Keeps the frobbing log.", "Reports faults."),
			level(4, "Plans the frobbing of a workshop and checks its quality."),
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("translation (-want +got):\n%s", diff)
	}
	wantFW := model.Framework{
		Language:     "en",
		GuidingWords: [7]string{"Follow", "Assist", "Apply", "Enable", "Ensure, advise", "Initiate, influence", "Set strategy, inspire, mobilise"},
		Essences: [7]string{
			"Performs routine tasks under close supervision.",
			"Assists others under routine direction.",
			"Performs varied tasks, e.g. frobbing, with some discretion.",
			"Enables others and takes responsibility.",
			"Ensures and advises across the organisation.",
			"Initiates and influences at senior level.",
			"Sets strategy at the highest level.",
		},
		EssenceVer: 9, EssenceSrc: "seeds/wfrb_en_9.txt",
		LowerHelp:  "Lower levels need more autonomy than frobbing asks.",
		HigherHelp: "Higher levels lead beyond frobbing.",
		HelpVer:    9, HelpSrc: "seeds/wfrb_en_9.txt",
	}
	if diff := cmp.Diff(wantFW, fw); diff != "" {
		t.Errorf("framework texts (-want +got):\n%s", diff)
	}

	// Every line is used, skipped as furniture the reader knows, or
	// blank: none is left unexplained.
	ex, err := Explain("wfrb_en_9.txt", []byte(wholePageEN), e, p)
	if err != nil {
		t.Fatal(err)
	}
	classes := map[int]string{}
	for _, l := range ex {
		classes[l.Line] = l.Class
		if strings.HasPrefix(l.Class, "not read") {
			t.Errorf("line %d %q: %s", l.Line, l.Text, l.Class)
		}
	}
	for n, want := range map[int]string{
		9:  "furniture: before the skill's name",
		14: "breadcrumb: category and subcategory",
		15: "name and code",
		18: "furniture: levels bar",
		20: "revision notes: note",
		25: "guidance: continued",
		38: "level 1: heading of a level shown for its essence",
		42: "furniture: separator",
		54: "level 4: continues the line before",
		61: "end of the levels",
		65: "furniture: after the levels",
		71: "furniture: after the levels",
	} {
		if classes[n] != want {
			t.Errorf("line %d: class %q, want %q", n, classes[n], want)
		}
	}
}

// pageIT is a made-up skill in the layout of the Italian SFIA 9 pages,
// copied from the skill's heading down; the variants below change it as
// browsers and people do.
var pageIT = `Frobbatura dei widget WFRB
Frobbare widget e gizmo secondo gli standard.
Note di orientamento
La frobbatura avviene in officina.
Le attività possono includere, a titolo esemplificativo ma non esaustivo:
- frobbare widget
- controllare gizmo.
Mostra/nascondi descrizioni e livelli extra.
Livelli di responsabilità per questa abilità
2 | 3 |
Frobbatura dei widget: Livello 2
Frobba piccoli widget. Controlla i gizmo.
Frobbatura dei widget: Livello 3
Frobba widget di ogni misura. Tiene il registro.
`

var pageITWant = model.Translation{
	Source:          "seeds/wfrb_it_9.txt",
	Language:        "it",
	Version:         9,
	Name:            "Frobbatura dei widget",
	Description:     "Frobbare widget e gizmo secondo gli standard.",
	Guidance:        []string{"La frobbatura avviene in officina."},
	ActivitiesIntro: "Le attività possono includere, a titolo esemplificativo ma non esaustivo:",
	Activities:      []string{"frobbare widget", "controllare gizmo."},
	Levels: []model.Level{
		level(2, "Frobba piccoli widget.", "Controlla i gizmo."),
		level(3, "Frobba widget di ogni misura.", "Tiene il registro."),
	},
}

// TestPageVariants feeds the reader variants of one page as browsers,
// sites and people give them. Each reads as the plain page does, or
// stops with an error that names the line to look at.
func TestPageVariants(t *testing.T) {
	ed := func(old, new string) string {
		if !strings.Contains(pageIT, old) {
			t.Fatalf("pageIT has no %q", old)
		}
		return strings.Replace(pageIT, old, new, 1)
	}
	same := pageITWant
	const hintIT = " (the generator ships this profile: to change it, save the output of `gen -profile it` as languages/it.txt in the seeds folder and edit that)"
	tests := []struct {
		name string
		seed string
		want *model.Translation // nil: an error
		err  string
	}{
		{"plain", pageIT, &same, ""},
		{"copyright line after the levels", pageIT + "Copyright © 2025 SFIA Foundation. Tutti i diritti riservati.\n", &same, ""},
		{"copyright line and more after the levels", pageIT + "\nChi siamo\nCopyright © 2025 SFIA Foundation. Tutti i diritti riservati.\nPrivacy.\n", nil,
			"seeds/wfrb_it_9.txt:16: expected the text of level 3 to end with a full stop, found \"Chi siamo\" at the end of the levels (is the file cut off?)"},
		{"show/hide after the levels", pageIT + "Mostra/nascondi descrizioni e livelli extra.\n", &same, ""},
		{"the skill's name after the levels", pageIT + "Frobbatura dei widget\nAltre cose.\n", &same, ""},
		{"name and code after the levels", pageIT + "Frobbatura dei widget WFRB\n", &same, ""},
		{"a link after the levels", pageIT + "https://sfia-online.org/it/skillcode/9/WFRB\nAltro.\n", &same, ""},
		{"a level after the end", pageIT + "Copyright © 2025 SFIA Foundation.\nFrobbatura dei widget: Livello 4\nFrobba tutto.\n", nil,
			"seeds/wfrb_it_9.txt:16: expected no level after the end of the levels on line 15 (\"Copyright © 2025 SFIA Foundation.\"), found \"Frobbatura dei widget: Livello 4\""},
		{"a heading line repeated inside a level", pageIT + "Note di orientamento\n", nil,
			"seeds/wfrb_it_9.txt:15: expected the text of level 3, found \"Note di orientamento\", which line 3 has before the levels as a heading or furniture: if it is the site's, add it to the profile " + ShippedSource + "it.txt as end: or furniture:" + hintIT},
		{"separators between levels", ed("Frobbatura dei widget: Livello 3\n", "—\n* * *\nFrobbatura dei widget: Livello 3\n———\n"), &same, ""},
		{"levels bar moved after the description", ed("Frobbare widget e gizmo secondo gli standard.\n", "Frobbare widget e gizmo secondo gli standard.\nLivelli di responsabilità per questa abilità\n2 | 3 |\n"), &same, ""},
		{"levels bar without pipes", ed("2 | 3 |", "2 3"), &same, ""},
		{"a level as a list", ed("Frobba piccoli widget. Controlla i gizmo.\n", "- Frobba piccoli widget.\n- Controlla i gizmo.\n"), &same, ""},
		{"a level as a bulleted list", ed("Frobba piccoli widget. Controlla i gizmo.\n", "• Frobba piccoli widget.\n• Controlla i gizmo.\n"), &same, ""},
		{"a sentence wrapped over two lines", ed("Frobba piccoli widget. Controlla i gizmo.\n", "Frobba piccoli\nwidget. Controlla\ni gizmo.\n"), &same, ""},
		{"one statement per line", ed("Frobba piccoli widget. Controlla i gizmo.\n", "Frobba piccoli widget.\nControlla i gizmo.\n"), &same, ""},
		{"a guidance line wrapped", ed("La frobbatura avviene in officina.\n", "La frobbatura avviene\nin officina.\n"), &same, ""},
		{"levels bar disagrees with the levels", ed("2 | 3 |", "2 | 3 | 4 |"), nil,
			"seeds/wfrb_it_9.txt:10: expected the levels the seed defines, [2 3], in the levels bar, found [2 3 4]: is a level's text the note for an undefined level (undefined: in " + ShippedSource + "it.txt), or is a level missing?" + hintIT},
		{"one text at two levels", ed("Frobba widget di ogni misura. Tiene il registro.", "Frobba piccoli widget. Controlla i gizmo."), nil,
			"seeds/wfrb_it_9.txt:13: expected a different text at each level, found level 3 saying what level 2 says: if it is the note for a level the skill does not define, give its first words as undefined: in " + ShippedSource + "it.txt" + hintIT},
		{"guidance heading with a colon the profile lacks", ed("Note di orientamento\n", "Note di orientamento:\n"), nil,
			ShippedSource + "it.txt:7: expected guidance: to match seeds/wfrb_it_9.txt line 3, which it does but for punctuation, spaces or case: the profile has \"Note di orientamento\", the seed \"Note di orientamento:\"" + hintIT},
		{"show/hide in other case", ed("Mostra/nascondi descrizioni e livelli extra.", "MOSTRA/NASCONDI descrizioni e livelli extra"), nil,
			ShippedSource + "it.txt:14: expected furniture: to match seeds/wfrb_it_9.txt line 8, which it does but for punctuation, spaces or case: the profile has \"Mostra/nascondi descrizioni e livelli extra.\", the seed \"MOSTRA/NASCONDI descrizioni e livelli extra\"" + hintIT},
	}
	e := Entry{Line: 1, File: "wfrb_it_9.txt", Skill: "WFRB", Language: "it", Version: 9, EssenceVersion: 9}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Seed("seeds/wfrb_it_9.txt", "seeds/wfrb_it_9.txt", []byte(tt.seed), e, ShippedProfile("it"))
			if tt.want == nil {
				if err == nil {
					t.Fatalf("expected an error, got %+v", got)
				}
				if err.Error() != tt.err {
					t.Fatalf("error:\n got %s\nwant %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(*tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// profileQAB is a made-up profile for pages laid out as the Russian
// SFIA 8 pages are: level essences, and a note for undefined levels.
var profileQAB = `tag: qab
name: Zorpic
script: Latn
direction: ltr
level: Tirk
essence: Core of the tirk:
undefined: This knack is not seen
guidance: Hints:
furniture: Tirks of this knack
`

var pageQAB = `Frobbing knack FRBK
Frobbing the widgets.
Tirks of this knack
2 3
Hints:
Frob with care.
Frobbing knack: Tirk 2
Tirk 2 - Aid: Core of the tirk: Aids others.
Frobs small widgets.
Frobbing knack: Tirk 3
Tirk 3 - Apply: Core of the tirk: Applies the knack.
Frobs every widget.
Frobbing knack: Tirk 7
This knack is not seen at this tirk.
`

// TestProfileSlips gives the reader profiles with the slips people make
// when they write one. Each stops with an error naming the profile line
// (or the profile, for a missing key) rather than reading the page into
// different data.
func TestProfileSlips(t *testing.T) {
	edit := func(s, old, new string) string {
		if !strings.Contains(s, old) {
			t.Fatalf("no %q in %q", old, s)
		}
		return strings.Replace(s, old, new, 1)
	}
	noEssences := edit(edit(pageQAB, "Tirk 2 - Aid: Core of the tirk: Aids others.\n", ""), "Tirk 3 - Apply: Core of the tirk: Applies the knack.\n", "")
	tests := []struct {
		name          string
		profile, seed string
		err           string // "" for none
	}{
		{"as written", profileQAB, pageQAB, ""},
		{"guidance without its colon", edit(profileQAB, "guidance: Hints:", "guidance: Hints"), pageQAB,
			"languages/qab.txt:8: expected guidance: to match seeds/frbk.txt line 5, which it does but for punctuation, spaces or case: the profile has \"Hints\", the seed \"Hints:\""},
		{"guidance with a space before its colon", edit(profileQAB, "guidance: Hints:", "guidance: Hints :"), pageQAB,
			"languages/qab.txt:8: expected guidance: to match seeds/frbk.txt line 5, which it does but for punctuation, spaces or case: the profile has \"Hints :\", the seed \"Hints:\""},
		{"essence marker without its colon", edit(profileQAB, "essence: Core of the tirk:", "essence: Core of the tirk"), pageQAB,
			"languages/qab.txt:6: expected the essence marker essence: Core of the tirk to match seeds/frbk.txt line 8 (\"Tirk 2 - Aid: Core of the tirk: Aids others.\"), found it does not: is a colon missing or extra?"},
		{"essence marker misspelt", edit(profileQAB, "essence: Core of the tirk:", "essence: Core of tirk:"), pageQAB,
			"languages/qab.txt:6: expected the essence marker essence: Core of tirk: to match seeds/frbk.txt line 8 (\"Tirk 2 - Aid: Core of the tirk: Aids others.\"), found it does not: is a colon missing or extra?"},
		{"no essence key", edit(profileQAB, "essence: Core of the tirk:\n", ""), pageQAB,
			"languages/qab.txt: expected an essence: key, as seeds/frbk.txt line 8 is a level's essence line (\"Tirk 2 - Aid: Core of the tirk: Aids others.\"): give the words before the essence, \"Core of the\", as essence:"},
		{"no undefined key", edit(profileQAB, "undefined: This knack is not seen\n", ""), pageQAB,
			"seeds/frbk.txt:13: expected level 7, which has text, to show its essence as levels 2 and 3 do: if its text is the note for a level the skill does not define, give its first words as undefined: in languages/qab.txt"},
		{"no undefined key, no essences", edit(profileQAB, "undefined: This knack is not seen\n", ""), noEssences,
			"seeds/frbk.txt:4: expected the levels the seed defines, [2 3 7], in the levels bar, found [2 3]: is a level's text the note for an undefined level (undefined: in languages/qab.txt), or is a level missing?"},
		{"no undefined key, no bar", edit(profileQAB, "undefined: This knack is not seen\n", ""), edit(pageQAB, "2 3\n", ""),
			"seeds/frbk.txt:12: expected level 7, which has text, to show its essence as levels 2 and 3 do: if its text is the note for a level the skill does not define, give its first words as undefined: in languages/qab.txt"},
		{"undefined key with a typo", edit(profileQAB, "undefined: This knack is not seen", "undefined: This knack is not sen"), pageQAB,
			"seeds/frbk.txt:13: expected level 7, which has text, to show its essence as levels 2 and 3 do: if its text is the note for a level the skill does not define, give its first words as undefined: in languages/qab.txt"},
		{"a key with a space before its colon", edit(profileQAB, "guidance: Hints:", "guidance : Hints:"), pageQAB,
			"languages/qab.txt:8: expected the key \"guidance\" right before its colon, found a space (\"guidance : Hints:\")"},
		{"one heading under two keys", profileQAB + "section: Hints:\n", pageQAB,
			"languages/qab.txt:10: expected \"Hints:\" under one key, found it as guidance: (line 8) and as section:"},
		{"the level word with a colon", edit(profileQAB, "level: Tirk", "level: Tirk:"), pageQAB,
			"languages/qab.txt:5: expected the word for level alone, found \"Tirk:\""},
	}
	e := Entry{Line: 1, File: "frbk.txt", Skill: "FRBK", Language: "qab", Version: 8, EssenceVersion: 9}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseProfile("languages/qab.txt", []byte(tt.profile))
			if err == nil {
				_, _, err = Seed("seeds/frbk.txt", "seeds/frbk.txt", []byte(tt.seed), e, p)
			}
			switch {
			case tt.err == "" && err != nil:
				t.Fatal(err)
			case tt.err != "" && err == nil:
				t.Fatal("expected an error, got none")
			case tt.err != "" && err.Error() != tt.err:
				t.Fatalf("error:\n got %s\nwant %s", err, tt.err)
			}
		})
	}
}

// TestFrenchTypography reads a page that puts a space before its colons,
// as French typography does, in headings and essence lines; the profile
// gives the words without that space, and the texts come out without it.
func TestFrenchTypography(t *testing.T) {
	profile := `tag: fr
name: French
script: Latn
direction: ltr
level: Niveau
essence: Essence du niveau :
guidance: Notes d'orientation
`
	seed := "Test d'accessibilité TEST\nTester l'accessibilité des widgets.\nNotes d'orientation\nOn teste tout.\n" +
		"Test d'accessibilité : Niveau 2\n" +
		"Niveau 2 - Appliquer\u00a0: Essence du niveau\u00a0: Applique la méthode.\n" +
		"Teste les widgets. Note les écarts.\n"
	p, err := ParseProfile("languages/fr.txt", []byte(profile))
	if err != nil {
		t.Fatal(err)
	}
	e := Entry{Line: 1, File: "test.txt", Skill: "TEST", Language: "fr", Version: 9, EssenceVersion: 9}
	got, fw, err := Seed("seeds/test.txt", "seeds/test.txt", []byte(seed), e, p)
	if err != nil {
		t.Fatal(err)
	}
	want := model.Translation{
		Source: "seeds/test.txt", Language: "fr", Version: 9,
		Name:        "Test d'accessibilité",
		Description: "Tester l'accessibilité des widgets.",
		Guidance:    []string{"On teste tout."},
		Levels:      []model.Level{level(2, "Teste les widgets.", "Note les écarts.")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if fw.GuidingWords[1] != "Appliquer" || fw.Essences[1] != "Applique la méthode." {
		t.Errorf("guiding words %q, essence %q; want \"Appliquer\", \"Applique la méthode.\"", fw.GuidingWords[1], fw.Essences[1])
	}
}

// TestProfileLookup checks where a page copy's profile comes from: the
// seeds folder's languages/TAG.txt replaces the shipped one, a language
// without one uses the shipped profile, and a tag without either uses
// the profile of the language it falls back to (en-GB: en).
func TestProfileLookup(t *testing.T) {
	mine := string(mustShipped(t, "it")) + "end: Parole chiave\n"
	fsys := fstest.MapFS{
		ManifestName:       {Data: []byte("wfrb_en.txt WFRB en-GB 9\nwfrb_it.txt WFRB it 9\n")},
		"wfrb_en.txt":      {Data: []byte(wholePageEN)},
		"wfrb_it.txt":      {Data: []byte(pageIT + "Parole chiave\nwidget, gizmo\n")},
		"languages/it.txt": {Data: []byte(mine)},
	}
	c, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Language{
		{Tag: "en-GB", Name: "English", Script: "Latn", Direction: "ltr", LevelWord: "Level", Source: ShippedSource + "en.txt"},
		{Tag: "it", Name: "Italian", Script: "Latn", Direction: "ltr", LevelWord: "Livello", Source: "seeds/languages/it.txt"},
	}
	if diff := cmp.Diff(want, c.Languages); diff != "" {
		t.Errorf("languages (-want +got):\n%s", diff)
	}
	// Without the seeds folder's profile, the shipped one does not know
	// "Parole chiave", and the keywords would join level 3: an error.
	delete(fsys, "languages/it.txt")
	if _, err := Dir(fsys, "seeds", "seeds"); err == nil || !strings.Contains(err.Error(), `seeds/wfrb_it.txt:16: expected the text of level 3 to end with a full stop, found "widget, gizmo"`) {
		t.Errorf("without languages/it.txt: got %v, want the keywords line named", err)
	}
}

func mustShipped(t *testing.T, tag string) []byte {
	t.Helper()
	data, err := shipped.ReadFile("profiles/" + tag + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestHeadingShapes reads pages whose level headings take other shapes
// than "<name>: <level> N", as a profile's heading: key describes them.
func TestHeadingShapes(t *testing.T) {
	base := "tag: qaa\nname: Frobian\nscript: Latn\ndirection: ltr\nlevel: Tier\n"
	tests := []struct {
		name, heading string // heading: "" for none (the default shape)
		lines         [2]string
		err           string
	}{
		{"default", "", [2]string{"Frobbing: Tier 2", "Frobbing: Tier 3"}, ""},
		{"default, French colon, no space before the number", "", [2]string{"Frobbing : Tier2", "Frobbing : Tier 3"}, ""},
		{"number first, then the name", "{level} {n} – {name}", [2]string{"Tier 2 – Frobbing", "Tier 3 – Frobbing"}, ""},
		{"name, then the level in brackets", "{name} ({level} {n})", [2]string{"Frobbing (Tier 2)", "Frobbing (Tier 3)"}, ""},
		{"a heading of another shape than the profile's", "{name} ({level} {n})", [2]string{"Frobbing (Tier 2)", "Frobbing: Tier 3"},
			`seeds/frob.txt:5: expected a level heading "Frobbing (Tier N)", found "Frobbing: Tier 3" (is the file cut off, or does the profile's heading: give another shape?)`},
		{"a shape without the number", "{name} ({level})", [2]string{"Frobbing (Tier 2)", "Frobbing (Tier 3)"},
			`languages/qaa.txt:6: expected {n} once in heading: {name} ({level}), found it 0 times`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			profile := base
			if tt.heading != "" {
				profile += "heading: " + tt.heading + "\n"
			}
			seed := "Frobbing FROB\nFrobbing the widgets.\n" + tt.lines[0] + "\nFrobs small widgets.\n" + tt.lines[1] + "\nFrobs every widget. Logs it.\n"
			p, err := ParseProfile("languages/qaa.txt", []byte(profile))
			var got model.Translation
			if err == nil {
				e := Entry{Line: 1, File: "frob.txt", Skill: "FROB", Language: "qaa", Version: 9, EssenceVersion: 9}
				got, _, err = Seed("seeds/frob.txt", "seeds/frob.txt", []byte(seed), e, p)
			}
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error:\n got %v\nwant %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := []model.Level{level(2, "Frobs small widgets."), level(3, "Frobs every widget.", "Logs it.")}
			if diff := cmp.Diff(want, got.Levels); diff != "" {
				t.Errorf("levels (-want +got):\n%s", diff)
			}
		})
	}
}

// TestProfileFallbackStopsBeforeUnd checks that a language falls back to
// its parent's profile but not to und, which names no language: a
// languages/und.txt does not serve every language.
func TestProfileFallbackStopsBeforeUnd(t *testing.T) {
	und := strings.Replace(string(mustShipped(t, "en")), "tag: en", "tag: und", 1)
	fsys := fstest.MapFS{
		ManifestName:        {Data: []byte("wfrb.txt WFRB qaa 9\n")},
		"wfrb.txt":          {Data: []byte(wholePageEN)},
		"languages/und.txt": {Data: []byte(und)},
	}
	_, err := Dir(fsys, "seeds", "seeds")
	if err == nil || !strings.Contains(err.Error(), `seeds/MANIFEST:1: expected a language profile for "qaa", found none`) {
		t.Errorf("got %v, want no profile for qaa", err)
	}
}
