package parse

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/model"
)

// TestMergeRevisionNotes checks that a page copy's revision notes are
// kept whichever input the manifest lists first: a spreadsheet, which
// gives none, listed before the page must not drop them.
func TestMergeRevisionNotes(t *testing.T) {
	page := model.Translation{Source: "seeds/page.txt", Language: "en", Version: 9, Name: "Frobbing",
		RevisionNotes: []string{"Zorping is new."}}
	sheet := model.Translation{Source: "seeds/skills.csv", Where: "12", Language: "en", Version: 9, Name: "Frobbing"}
	for _, tt := range []struct {
		name string
		a, b model.Translation
	}{
		{"page first", page, sheet},
		{"spreadsheet first", sheet, page},
	} {
		got, diff := mergeTranslation(tt.a, tt.b)
		if diff != "" {
			t.Fatalf("%s: merge: %s", tt.name, diff)
		}
		if d := cmp.Diff(page.RevisionNotes, got.RevisionNotes); d != "" {
			t.Errorf("%s: revision notes (-want +got):\n%s", tt.name, d)
		}
		if got.Source != tt.a.Source {
			t.Errorf("%s: source %q, want the first input's %q", tt.name, got.Source, tt.a.Source)
		}
	}
}

// levels9CSV returns a CSV save of SFIA 9's levels table whose essence
// of level n is essence(n).
func levels9CSV(essence func(n int) string) []byte {
	rows := [][]string{{"Level"}, {"Guiding phrase"}, {"Essence of the level"}}
	for n := 1; n <= 7; n++ {
		rows[0] = append(rows[0], strconv.Itoa(n))
		rows[1] = append(rows[1], "Phrase "+strconv.Itoa(n))
		rows[2] = append(rows[2], "Essence of the level: "+essence(n))
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	return []byte(b.String())
}

// TestCrossCheckLevelSets checks that two levels tables of one language
// and version count once when they agree, and that one that differs
// stops the reader, naming both inputs as errors name files and the
// differing cell of the second.
func TestCrossCheckLevelSets(t *testing.T) {
	same := func(n int) string { return "Flobs at " + strconv.Itoa(n) + "." }
	for _, tt := range []struct {
		name   string
		second func(n int) string
		want   string
	}{
		{"same", same, ""},
		{"level 3 differs", func(n int) string {
			if n == 3 {
				return "Zorps."
			}
			return same(n)
		}, "../seeds/b.csv: expected the same levels of responsibility in en SFIA 9 as ../seeds/a.csv gives, found another at level 3 (3:" + strconv.Itoa(len("Essence of the level,")+2*len("Essence of the level: Flobs at 1.,")+1) + ")"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				ManifestName: {Data: []byte("a.csv  *  en  9\nb.csv  *  en  9\n")},
				"a.csv":      {Data: levels9CSV(same)},
				"b.csv":      {Data: levels9CSV(tt.second)},
			}
			c, err := Dir(fsys, "../seeds", "seeds")
			if tt.want != "" {
				if err == nil || err.Error() != tt.want {
					t.Errorf("error:\n got %v\nwant %s", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(c.LevelSets) != 1 || c.LevelSets[0].Source != "seeds/a.csv" {
				t.Errorf("level sets %+v, want one, from seeds/a.csv", c.LevelSets)
			}
		})
	}
}

// TestDiffAttributeSets checks how two attribute sets of one language and
// version differ: in their number, or in the first attribute whose texts
// differ, named by its row in the second; where alone does not count.
func TestDiffAttributeSets(t *testing.T) {
	a := &model.AttributeSet{Language: "en", Version: 9, Source: "seeds/a.csv", Attributes: []model.Attribute{
		{Code: "AUTO", Name: "Autonomy", Type: "Attributes", Description: "Zorps.", Where: "2"},
		{Code: "COLL", Name: "Collaboration", Type: "Attributes", Description: "Blips.", Where: "3"},
	}}
	b := &model.AttributeSet{Language: "en", Version: 9, Source: "seeds/b.xlsx", Attributes: []model.Attribute{
		{Code: "AUTO", Name: "Autonomy", Type: "Attributes", Description: "Zorps.", Where: "Attributes!2"},
		{Code: "COLL", Name: "Collaboration", Type: "Attributes", Description: "Blips.", Where: "Attributes!3"},
	}}
	if d := diffAttributeSets(a, b); d != "" {
		t.Errorf("same texts: difference %q", d)
	}
	b.Attributes[1].Guidance = []string{"Frobs."}
	if d, want := diffAttributeSets(a, b), "for COLL (Attributes!3)"; d != want {
		t.Errorf("guidance: difference %q, want %q", d, want)
	}
	b.Attributes = b.Attributes[:1]
	if d, want := diffAttributeSets(a, b), "with 1 attributes, not 2"; d != want {
		t.Errorf("fewer: difference %q, want %q", d, want)
	}
}
