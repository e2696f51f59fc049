package parse

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/model"
)

// TestCrossCheckSameText reads the inline folder with a second copy of
// the qaa SFIA 9 seed listed after the first: two inputs of one skill,
// language and version that say the same count once, and the corpus is
// the one the folder gives without the copy.
func TestCrossCheckSameText(t *testing.T) {
	fsys := inlineSeeds()
	fsys["copy_qaa_9.txt"] = &fstest.MapFile{Data: fsys[qaa9].Data}
	fsys[ManifestName] = &fstest.MapFile{Data: []byte(inlineManifest + "copy_qaa_9.txt  ZORP  qaa  9\n")}
	got, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantCorpus(), got); diff != "" {
		t.Errorf("corpus with a copy of a seed (-want +got):\n%s", diff)
	}
}

// TestCrossCheckDifferentText checks that a second input of one skill,
// language and version that says something else stops the reader,
// naming both inputs and the first difference.
func TestCrossCheckDifferentText(t *testing.T) {
	for _, tt := range []struct {
		name, from, to, want string
	}{
		{"description", "Frobbing and zorping of gizmos", "Frobbing and blipping of gizmos",
			`seeds/copy_qaa_9.txt: expected the same text of ZORP qaa SFIA 9 as seeds/zorp_qaa_9.txt gives, found another description: "Frobbing and blipping of gizmos, à la carte.", not "Frobbing and zorping of gizmos, à la carte."`},
		{"a level's text", "Frobs a gizmo under watch.", "Frobs a gizmo under close watch.",
			`seeds/copy_qaa_9.txt: expected the same text of ZORP qaa SFIA 9 as seeds/zorp_qaa_9.txt gives, found another level 2: "Frobs a gizmo under close watch.", not "Frobs a gizmo under watch."`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := inlineSeeds()
			data := string(fsys[qaa9].Data)
			if !strings.Contains(data, tt.from) {
				t.Fatalf("%s has no %q", qaa9, tt.from)
			}
			fsys["copy_qaa_9.txt"] = &fstest.MapFile{Data: []byte(strings.Replace(data, tt.from, tt.to, 1))}
			fsys[ManifestName] = &fstest.MapFile{Data: []byte(inlineManifest + "copy_qaa_9.txt  ZORP  qaa  9\n")}
			_, err := Dir(fsys, "seeds", "seeds")
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestMergeTranslation checks how two readings of one translation merge:
// texts only one gives (a category, a URL, an undefined level's note)
// are taken from it, a level's text is compared as a paragraph (a page
// splits a two-sentence line into two statements, a spreadsheet does
// not), and the first difference is named.
func TestMergeTranslation(t *testing.T) {
	page := model.Translation{
		Source: "seeds/page.txt", Language: "en", Version: 9, Name: "Frobbing", Description: "Frobs.",
		Levels: []model.Level{
			{Level: 2, Defined: true, Paragraph: "Frobs. Zorps e.g. 2.5 gizmos.", Statements: []string{"Frobs.", "Zorps e.g.", "2.5 gizmos."}},
			{Level: 7, Note: "Not seen at this tier."},
		},
	}
	sheet := model.Translation{
		Source: "seeds/skills.csv", Where: "12", Language: "en", Version: 9, Name: "Frobbing", Description: "Frobs.",
		Category: "Gizmos", URL: "https://example.com/frob",
		Levels: []model.Level{
			{Level: 1, Where: "12:20"},
			{Level: 2, Defined: true, Paragraph: "Frobs. Zorps e.g. 2.5 gizmos.", Statements: []string{"Frobs. Zorps e.g. 2.5 gizmos."}, Where: "12:21"},
		},
	}
	got, diff := mergeTranslation(page, sheet)
	if diff != "" {
		t.Fatalf("merge: %s", diff)
	}
	want := page
	want.Category, want.URL = "Gizmos", "https://example.com/frob"
	want.Levels = []model.Level{
		{Level: 1, Where: "12:20"},
		{Level: 2, Defined: true, Paragraph: "Frobs. Zorps e.g. 2.5 gizmos.", Statements: []string{"Frobs.", "Zorps e.g.", "2.5 gizmos."}, Where: "12:21"},
		{Level: 7, Note: "Not seen at this tier."},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("merged (-want +got):\n%s", d)
	}

	for _, tt := range []struct {
		name string
		edit func(*model.Translation)
		want string
	}{
		{"description", func(t *model.Translation) { t.Description = "Zorps." }, `description: "Zorps.", not "Frobs."`},
		{"a level defined in one only", func(t *model.Translation) {
			t.Levels = append(t.Levels, model.Level{Level: 3, Defined: true, Paragraph: "Blips.", Statements: []string{"Blips."}})
		}, "level 3: defined, not undefined"},
		{"a level's paragraph", func(t *model.Translation) {
			t.Levels[1].Paragraph = "Frobs."
		}, `level 2: "Frobs.", not "Frobs. Zorps e.g. 2.5 gizmos."`},
	} {
		b := sheet
		b.Levels = append([]model.Level(nil), sheet.Levels...)
		tt.edit(&b)
		if _, d := mergeTranslation(page, b); d != tt.want {
			t.Errorf("%s: difference %q, want %q", tt.name, d, tt.want)
		}
	}
}

// TestFrenchColon reads the inline qaa seed with its level headings
// written as French typography writes a colon, after a space (a
// non-breaking one, as pages have it): "Gizmo frobbing : Tier 2". It
// reads the same as the seed with plain colons. (Issue 11: such a
// heading matched nothing.)
func TestFrenchColon(t *testing.T) {
	fsys := inlineSeeds()
	data := string(fsys[qaa9].Data)
	french := strings.ReplaceAll(data, "Gizmo frobbing: Tier", "Gizmo frobbing\u00a0: Tier")
	if french == data {
		t.Fatal("no level heading to change")
	}
	fsys[qaa9] = &fstest.MapFile{Data: []byte(french)}
	got, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantCorpus(), got); diff != "" {
		t.Errorf("corpus with French colons (-want +got):\n%s", diff)
	}
}
