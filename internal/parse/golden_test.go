package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/model"
)

// The parser's tests run on the small seeds folder below, written in
// made-up words (none of it is SFIA text) in four made-up languages with
// private-use tags: qaa (Frobian, Latin script), qab (Zorpic, Cyrillic),
// qac (Blipese, Latin) and qad (Gleebish, Arabic script, right to left).
// It has one seed for each page layout the parser knows, and beside each
// seed the model it must read as, in the manner of stringer's golden
// tests: input and expected output side by side. The error tests break
// copies of these files, so their messages name lines shown here. Only
// TestRealSeedsParse reads the project's seeds folder, so adding a skill
// or a language there breaks no test of this package.
//
// Each file is written numbered, one "N| text" per line (see numbered),
// so that the line an error names can be read off.

// numbered returns the text of a file written one line per source line as
// "N| text": the number (1, 2, ...; right-aligned spaces before it are
// allowed) and "|", then one optional space, then the line. The literal's
// first and last lines, blank, are dropped; the file ends with a line
// break. It panics when the numbers do not count 1, 2, 3...
func numbered(s string) string {
	lines := strings.Split(strings.TrimSuffix(strings.TrimPrefix(s, "\n"), "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		m := numberedRE.FindStringSubmatch(l)
		if m == nil || m[1] != strconv.Itoa(i+1) {
			panic(fmt.Sprintf("numbered: line %d is %q, want it to start %q", i+1, l, strconv.Itoa(i+1)+"|"))
		}
		b.WriteString(m[2])
		b.WriteByte('\n')
	}
	return b.String()
}

var numberedRE = regexp.MustCompile(`^ *([0-9]+)\|(?: ?)(.*)$`)

// The manifest of the inline seeds folder.
var inlineManifest = numbered(`
 1| # A made-up seeds folder: one seed for each page layout the parser knows.
 2| zorp_qaa_9.txt  ZORP  qaa  9
 3| zorp_qab_8.txt  ZORP  qab  8  essences=9
 4| blip_qab_8.txt  BLIP  qab  8
 5| zorp_qac_6.txt  ZORP  qac  6
 6| zorp_qad_8.txt  ZORP  qad  8
`)

// The language profiles of the inline seeds folder, by file name, with
// what the model says of each language.
var inlineProfiles = []struct {
	file string
	text string
	want model.Language
}{
	{
		"languages/qaa.txt",
		numbered(`
 1| # Frobian pages, laid out as SFIA 9 pages are: made up for the tests.
 2| tag: qaa
 3| name: Frobian
 4| script: Latn
 5| direction: ltr
 6| level: Tier
 7| guidance: Hints for use
 8| activities: Doings may include, among others:
 9| help: Grasping the tiers of this knack
10| lower: Where lower tiers are not set...
11| higher: Where higher tiers are not set...
12| section: Growing the knack and showing its duties
`),
		model.Language{Tag: "qaa", Name: "Frobian", Script: "Latn", Direction: "ltr", LevelWord: "Tier", Source: "seeds/languages/qaa.txt"},
	},
	{
		"languages/qab.txt",
		numbered(`
 1| # Zorpic pages, laid out as SFIA 8 pages with SFIA 9 level essences are: made up for the tests.
 2| tag: qab
 3| name: Zorpic
 4| script: Cyrl
 5| direction: ltr
 6| level: Тирк
 7| essence: Ядро тирка:
 8| section: Тирки этого зорпа
 9| guidance: Подсказки фробу:
10| activities: Дела зорпа бывают:
11| help: Понимание тирков
12| lower: Где нижние тирки не заданы...
13| higher: Где верхние тирки не заданы...
14| section: Рост и долг зорпа
`),
		model.Language{Tag: "qab", Name: "Zorpic", Script: "Cyrl", Direction: "ltr", LevelWord: "Тирк", Source: "seeds/languages/qab.txt"},
	},
	{
		"languages/qac.txt",
		numbered(`
 1| # Blipese pages, laid out as SFIA 6 pages are (breadcrumb, definition, levels): made up for the tests.
 2| tag: qac
 3| name: Blipese
 4| script: Latn
 5| direction: ltr
 6| level: Rung
`),
		model.Language{Tag: "qac", Name: "Blipese", Script: "Latn", Direction: "ltr", LevelWord: "Rung", Source: "seeds/languages/qac.txt"},
	},
	{
		"languages/qad.txt",
		numbered(`
 1| # Gleebish pages, laid out as SFIA 8 pages are: made up for the tests.
 2| tag: qad
 3| name: Gleebish
 4| script: Arab
 5| direction: rtl
 6| level: طبقر
 7| guidance: ملاحظات زلقية:
 8| activities: قد تتضمن الزلقات:
 9| section: طبقرات هذا البنتر
10| undefined: لا يزلق هذا البنتر
`),
		model.Language{Tag: "qad", Name: "Gleebish", Script: "Arab", Direction: "rtl", LevelWord: "طبقر", Source: "seeds/languages/qad.txt"},
	},
}

// A layout is one seed of the inline folder and what it reads as: its
// translation, and the framework texts it shows.
type layout struct {
	file      string
	text      string
	want      model.Translation
	framework model.Framework
}

// level is a defined level of the given statements.
func level(n int, statements ...string) model.Level {
	return model.Level{Level: n, Defined: true, Paragraph: strings.Join(statements, " "), Statements: statements}
}

// zorpQaa9 is laid out as SFIA 9 pages are: the name and code, the
// description, guidance notes, activities, the help on undefined levels,
// site furniture (which repeats the help's headings), then the levels.
var zorpQaa9 = layout{
	file: "zorp_qaa_9.txt",
	text: numbered(`
 1| Gizmo frobbing ZORP
 2| Frobbing and zorping of gizmos, à la carte.
 3| Hints for use
 4| Frobbing is done in crews. It is also done alone, without a gizmo.
 5| A zorp is not a widget.
 6| Doings may include, among others:
 7| - frobbing the gizmos
 8| - zorping the widgets
 9| - blipping the zorps.
10| Grasping the tiers of this knack
11| Where lower tiers are not set...
12| - Frobbing asks for more clout than the café has at these tiers. See the cores.
13| Where higher tiers are not set...
14| - Frobbing asks for less than these tiers bring.
15| Growing the knack and showing its duties
16| Set tiers show how the knack grows.
17| Where lower tiers are not set...
18| - Learn the frob.
19| Where higher tiers are not set...
20| - Grow into a wider knack.
21| Show/hide more tiers.
22| Tiers of this knack
23| 2 | 3 | 5 |
24| Gizmo frobbing: Tier 2
25| Frobs a gizmo under watch.
26| Gizmo frobbing: Tier 3
27| Frobs gizmos without help. Zorps the widgets of a crew! Flags stubborn gizmos?
28| Gizmo frobbing: Tier 5
29| Sets the frob for the whole guild. Keeps the zorps in line, même à distance.
`),
	want: model.Translation{
		Source:          "seeds/zorp_qaa_9.txt",
		Language:        "qaa",
		Version:         9,
		Name:            "Gizmo frobbing",
		Description:     "Frobbing and zorping of gizmos, à la carte.",
		Guidance:        []string{"Frobbing is done in crews. It is also done alone, without a gizmo.", "A zorp is not a widget."},
		ActivitiesIntro: "Doings may include, among others:",
		Activities:      []string{"frobbing the gizmos", "zorping the widgets", "blipping the zorps."},
		Levels: []model.Level{
			level(2, "Frobs a gizmo under watch."),
			level(3, "Frobs gizmos without help.", "Zorps the widgets of a crew!", "Flags stubborn gizmos?"),
			level(5, "Sets the frob for the whole guild.", "Keeps the zorps in line, même à distance."),
		},
	},
	framework: model.Framework{
		Language:   "qaa",
		LowerHelp:  "Frobbing asks for more clout than the café has at these tiers. See the cores.",
		HigherHelp: "Frobbing asks for less than these tiers bring.",
		HelpVer:    9,
		HelpSrc:    "seeds/zorp_qaa_9.txt",
	},
}

// zorpQab8 is laid out as SFIA 8 pages with the SFIA 9 level essences
// are: a tagline, the name and code, the description, site furniture,
// guidance, bulleted activities, the help, more furniture, then each level
// with its essence line before its text. The manifest line says
// essences=9.
var zorpQab8 = layout{
	file: "zorp_qab_8.txt",
	text: numbered(`
 1| Великая система зорпов и гизмо
 2|
 3| Фробинг гизмо ZORP
 4|
 5| Фробинг и зорпинг гизмо.
 6|
 7| Тирки этого зорпа
 8|
 9| 1 2 4
10|
11| Подсказки фробу:
12|
13| Фробинг идёт бригадами. Зорп не виджет.
14|
15| Дела зорпа бывают:
16|
17|   • фробить гизмо
18|   • зорпить виджеты.
19|
20| Понимание тирков
21|
22| Где нижние тирки не заданы...
23|   • Фробинг просит больше.
24| Где верхние тирки не заданы...
25|   • Фробинг просит меньше. Смотри ядра.
26|
27| Рост и долг зорпа
28|
29| Где нижние тирки не заданы...
30|
31|   • Учи фроб.
32|
33| Показать/скрыть тирки.
34|
35| Фробинг гизмо: Тирк 1
36|
37| Тирк 1 - Блипать: Ядро тирка: Блипает под надзором. Учится.
38|
39| Фробит один гизмо под надзором.
40|
41| Фробинг гизмо: Тирк 2
42|
43| Тирк 2 - Зорпать: Ядро тирка: Зорпает с помощью.
44|
45| Фробит гизмо. Зорпит виджет.
46|
47| Фробинг гизмо: Тирк 4
48|
49| Тирк 4 - Фробить: Ядро тирка: Фробит сам.
50|
51| Фробит все гизмо бригады.
`),
	want: model.Translation{
		Source:          "seeds/zorp_qab_8.txt",
		Language:        "qab",
		Version:         8,
		Name:            "Фробинг гизмо",
		Description:     "Фробинг и зорпинг гизмо.",
		Guidance:        []string{"Фробинг идёт бригадами. Зорп не виджет."},
		ActivitiesIntro: "Дела зорпа бывают:",
		Activities:      []string{"фробить гизмо", "зорпить виджеты."},
		Levels: []model.Level{
			level(1, "Фробит один гизмо под надзором."),
			level(2, "Фробит гизмо.", "Зорпит виджет."),
			level(4, "Фробит все гизмо бригады."),
		},
	},
	framework: model.Framework{
		Language:     "qab",
		GuidingWords: [7]string{"Блипать", "Зорпать", "", "Фробить"},
		Essences:     [7]string{"Блипает под надзором. Учится.", "Зорпает с помощью.", "", "Фробит сам."},
		EssenceVer:   9,
		EssenceSrc:   "seeds/zorp_qab_8.txt",
		LowerHelp:    "Фробинг просит больше.",
		HigherHelp:   "Фробинг просит меньше. Смотри ядра.",
		HelpVer:      8,
		HelpSrc:      "seeds/zorp_qab_8.txt",
	},
}

// blipQab8 is laid out as zorpQab8 is, but without essence lines,
// guidance or activities; its last level's text runs over two lines. It
// gives help for undefined lower levels too, which the corpus does not
// take: zorpQab8, of the same version, comes first in the manifest.
var blipQab8 = layout{
	file: "blip_qab_8.txt",
	text: numbered(`
 1| Великая система зорпов и гизмо
 2|
 3| Блипинг BLIP
 4|
 5| Блипинг зорпов.
 6|
 7| Понимание тирков
 8|
 9| Где нижние тирки не заданы...
10|   • Блип просит больше.
11|
12| Блипинг: Тирк 3
13|
14| Блипает зорп.
15|
16| Блипинг: Тирк 5
17|
18| Блипает зорпы бригады.
19| Учит блипу. Блипает сам!
`),
	want: model.Translation{
		Source:      "seeds/blip_qab_8.txt",
		Language:    "qab",
		Version:     8,
		Name:        "Блипинг",
		Description: "Блипинг зорпов.",
		Levels: []model.Level{
			level(3, "Блипает зорп."),
			level(5, "Блипает зорпы бригады.", "Учит блипу.", "Блипает сам!"),
		},
	},
	framework: model.Framework{
		Language:  "qab",
		LowerHelp: "Блип просит больше.",
		HelpVer:   8,
		HelpSrc:   "seeds/blip_qab_8.txt",
	},
}

// zorpQac6 is laid out as SFIA 6 pages are: a breadcrumb that states the
// version and names the category and subcategory, the name and code, the
// definition, then the levels from 6 down to 1.
var zorpQac6 = layout{
	file: "zorp_qac_6.txt",
	text: numbered(`
 1| Yü are hére: Home / SFIA 6 / Knacks / Gizmos and zorps / Frob / Gizmo blipping
 2|
 3| Gizmo blipping ZORP
 4|
 5| The blipping of gizmos. Zorps are blipped too.
 6|
 7| Gizmo blipping: Rung 6
 8|
 9| Blips for the guild.
10|
11| Gizmo blipping: Rung 5
12|
13| Blips for the crews. Sets the blip rules.
14|
15| Gizmo blipping: Rung 4
16|
17| Blips widgets.
18|
19| Gizmo blipping: Rung 3
20|
21| Blips gizmos alone.
22|
23| Gizmo blipping: Rung 2
24|
25| Blips with help.
26|
27| Gizmo blipping: Rung 1
28|
29| Blips under watch. Logs each blip.
`),
	want: model.Translation{
		Source:      "seeds/zorp_qac_6.txt",
		Language:    "qac",
		Version:     6,
		Name:        "Gizmo blipping",
		Description: "The blipping of gizmos. Zorps are blipped too.",
		Category:    "Gizmos and zorps",
		Subcategory: "Frob",
		Levels: []model.Level{
			level(1, "Blips under watch.", "Logs each blip."),
			level(2, "Blips with help."),
			level(3, "Blips gizmos alone."),
			level(4, "Blips widgets."),
			level(5, "Blips for the crews.", "Sets the blip rules."),
			level(6, "Blips for the guild."),
		},
	},
	framework: model.Framework{Language: "qac"},
}

// zorpQad8 is laid out as SFIA 8 pages in Arabic script are: a tagline,
// the name and code, the description, guidance, activities, furniture,
// then the levels, whose headings have no space before the number; level
// 7 has the note a page shows for a level the skill does not define.
var zorpQad8 = layout{
	file: "zorp_qad_8.txt",
	text: numbered(`
 1| إطار البنتر والقرطم
 2|
 3| زلقم البنتر ZORP
 4|
 5| إدارة البنتر والقرطم.
 6|
 7| ملاحظات زلقية:
 8|
 9| يزلق البنتر في فرق.
10|
11| قد تتضمن الزلقات:
12|
13|   • زلق البنتر
14|   • سمد القرطم.
15|
16| طبقرات هذا البنتر
17|
18| 3 4
19|
20| زلقم البنتر: طبقر3
21|
22| يزلق البنتر. يسمد القرطم؟
23|
24| زلقم البنتر: طبقر4
25|
26| يزلق كل البنتر.
27|
28| زلقم البنتر: طبقر7
29|
30| لا يزلق هذا البنتر عادة في هذا الطبقر.
`),
	want: model.Translation{
		Source:          "seeds/zorp_qad_8.txt",
		Language:        "qad",
		Version:         8,
		Name:            "زلقم البنتر",
		Description:     "إدارة البنتر والقرطم.",
		Guidance:        []string{"يزلق البنتر في فرق."},
		ActivitiesIntro: "قد تتضمن الزلقات:",
		Activities:      []string{"زلق البنتر", "سمد القرطم."},
		Levels: []model.Level{
			level(3, "يزلق البنتر.", "يسمد القرطم؟"),
			level(4, "يزلق كل البنتر."),
			{Level: 7, Note: "لا يزلق هذا البنتر عادة في هذا الطبقر."},
		},
	},
	framework: model.Framework{Language: "qad"},
}

// layouts are the seeds of the inline folder.
var layouts = []*layout{&zorpQaa9, &zorpQab8, &blipQab8, &zorpQac6, &zorpQad8}

// The inline seed files, by name, for the error tests.
var (
	qaa9 = zorpQaa9.file
	qab8 = zorpQab8.file
	qac6 = zorpQac6.file
	qad8 = zorpQad8.file
)

// inlineSeeds returns a fresh copy of the inline seeds folder, which a
// test may change.
func inlineSeeds() fstest.MapFS {
	fsys := fstest.MapFS{ManifestName: {Data: []byte(inlineManifest)}}
	for _, p := range inlineProfiles {
		fsys[p.file] = &fstest.MapFile{Data: []byte(p.text)}
	}
	for _, l := range layouts {
		fsys[l.file] = &fstest.MapFile{Data: []byte(l.text)}
	}
	return fsys
}

// wantCorpus is the model of the inline seeds folder read as "seeds":
// skills by code, translations by language then newest version first,
// and, where two seeds of one language show framework texts, those of
// the newer version, then of the seed listed first.
func wantCorpus() *model.Corpus {
	var langs []model.Language
	for _, p := range inlineProfiles {
		langs = append(langs, p.want)
	}
	return &model.Corpus{
		Source: "seeds",
		Skills: []model.Skill{
			{Code: "BLIP", Translations: []model.Translation{blipQab8.want}},
			{Code: "ZORP", Translations: []model.Translation{zorpQaa9.want, zorpQab8.want, zorpQac6.want, zorpQad8.want}},
		},
		// qac and qad show none; zorpQab8's beat blipQab8's.
		Framework: []model.Framework{zorpQaa9.framework, zorpQab8.framework},
		Languages: langs,
	}
}

// TestGoldenSeeds parses each inline seed alone, under its manifest line
// and its language's profile, and compares the translation and framework
// texts with those written beside it.
func TestGoldenSeeds(t *testing.T) {
	fsys := inlineSeeds()
	entries, err := Manifest(ManifestName, fsys[ManifestName].Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range layouts {
		t.Run(l.file, func(t *testing.T) {
			var e Entry
			for _, x := range entries {
				if x.File == l.file {
					e = x
				}
			}
			if e.File == "" {
				t.Fatalf("the inline manifest has no line for %s", l.file)
			}
			pf := LanguagesDir + "/" + e.Language + ".txt"
			p, err := ParseProfile(pf, fsys[pf].Data)
			if err != nil {
				t.Fatal(err)
			}
			tr, fw, err := Seed(l.file, "seeds/"+l.file, []byte(l.text), e, p)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(l.want, tr); diff != "" {
				t.Errorf("translation (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(l.framework, fw); diff != "" {
				t.Errorf("framework texts (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGoldenCorpus reads the whole inline seeds folder and compares the
// model with wantCorpus.
func TestGoldenCorpus(t *testing.T) {
	c, err := Dir(inlineSeeds(), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantCorpus(), c); diff != "" {
		t.Errorf("corpus (-want +got):\n%s", diff)
	}
}

// TestNumbered checks the helper the inline files are written with.
func TestNumbered(t *testing.T) {
	got := numbered(`
 1| one
 2|
 3|   • indented
 4|two
`)
	if want := "one\n\n  • indented\ntwo\n"; got != want {
		t.Errorf("numbered = %q, want %q", got, want)
	}
	for _, bad := range []string{"\n 1| one\n 3| three\n", "\n one\n", "\n 2| two\n"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("numbered(%q) did not panic", bad)
				}
			}()
			numbered(bad)
		}()
	}
}
