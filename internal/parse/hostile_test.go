package parse

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/sfiakit/sfiakit/internal/clean"
)

// rejectedRunes are the characters a seed may not hold anywhere (but a
// byte order mark at the very start): each stops the generator with an
// error naming its line and column. See clean.Forbidden.
var rejectedRunes = []rune{
	0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, // C0 controls and DEL (not tab, LF, CR)
	0x80, 0x85, 0x9B, 0x9F, // C1 controls
	0x202A, 0x202B, 0x202C, 0x202D, 0x202E, // bidi embeddings and overrides
	0x2066, 0x2067, 0x2068, 0x2069, // bidi isolates
	0x200B, 0x2060, 0xFEFF, // zero-width space, word joiner, BOM inside text
	0x2028, 0x2029, // line and paragraph separators
}

// keptTexts are hostile to generated Go code but are text: each is kept
// in the model exactly, and the generator writes it inside a string
// literal (gen/hostile_test.go checks that side).
var keptTexts = []string{
	"*/", "/*", "`raw`", `"quoted"`, `'single'`, `back\slash`, `\u0041 \x00 \n`,
	"//go:generate rm -rf /", "//go:build ignore", "// +build ignore", "package main",
	"import \"os\"", "}; func init() { panic(1) }; var _ = {",
	"\u200C", "\u200D", "\u200E", "\u200F", "\u061C", // joiners and direction marks real text needs
	"\u00AD", "\uFFFD", "\uE000", "\U0010FFFD", "\U0001F600", // soft hyphen, replacement, private use, emoji
}

// TestRejectedRunes puts each of rejectedRunes in a level text of the
// inline SFIA 9 seed (line 27), and in a comment of the manifest and of a
// language profile, and expects the one error naming its line and column.
func TestRejectedRunes(t *testing.T) {
	for _, r := range rejectedRunes {
		t.Run(fmt.Sprintf("%U", r), func(t *testing.T) {
			if !clean.Forbidden(r) {
				t.Errorf("clean.Forbidden(%U) = false", r)
			}
			fsys := inlineSeeds()
			edit(qaa9, "Frobs gizmos", "Frobs"+string(r)+" gizmos")(t, fsys)
			_, err := Dir(fsys, "seeds", "seeds")
			if err == nil {
				t.Fatal("expected an error")
			}
			checkOneError(t, err, fmt.Sprintf("seeds/zorp_qaa_9.txt:27: expected text, found the control or invisible character %U at column 6", r))
		})
	}
	// In the manifest and a language profile too.
	for _, file := range []string{ManifestName, "languages/qaa.txt"} {
		fsys := inlineSeeds()
		fsys[file] = &fstest.MapFile{Data: append([]byte("# \u202E\n"), fsys[file].Data...)}
		_, err := Dir(fsys, "seeds", "seeds")
		if err == nil {
			t.Fatalf("%s: expected an error", file)
		}
		checkOneError(t, err, "seeds/"+file+":1: expected text, found the control or invisible character U+202E at column 3")
	}
}

// TestKeptTexts puts each of keptTexts in the inline SFIA 9 seed's name
// (in its name line and every level heading) and its level 3 text, and
// expects the model to hold it exactly.
func TestKeptTexts(t *testing.T) {
	for _, k := range keptTexts {
		if strings.IndexFunc(k, clean.Forbidden) >= 0 {
			t.Fatalf("%q holds a forbidden rune", k)
		}
		t.Run(fmt.Sprintf("%+q", k), func(t *testing.T) {
			fsys := inlineSeeds()
			edit(qaa9, "Frobs gizmos without help.", "Frobs "+k+" gizmos without help.")(t, fsys)
			for range 4 { // the name line and three headings
				edit(qaa9, "Gizmo frobbing", "Gizmo "+k+" frobbing")(t, fsys)
			}
			c, err := Dir(fsys, "seeds", "seeds")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tr := range c.Skills[1].Translations {
				if tr.Source == "seeds/"+qaa9 {
					got = []string{tr.Name, tr.Levels[1].Paragraph}
				}
			}
			want := []string{"Gizmo " + k + " frobbing", "Frobs " + k + " gizmos without help. Zorps the widgets of a crew! Flags stubborn gizmos?"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("name and level 3 text (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLeadingBOMOnly checks that a byte order mark is dropped at the
// start of a file and only there.
func TestLeadingBOMOnly(t *testing.T) {
	fsys := inlineSeeds()
	fsys[qaa9] = &fstest.MapFile{Data: append([]byte("\uFEFF"), fsys[qaa9].Data...)}
	c, err := Dir(fsys, "seeds", "seeds")
	if err != nil {
		t.Fatalf("a leading BOM: %v", err)
	}
	if diff := cmp.Diff(wantCorpus(), c); diff != "" {
		t.Errorf("a leading BOM changed the model (-want +got):\n%s", diff)
	}
	fsys[qaa9] = &fstest.MapFile{Data: append([]byte("\uFEFF"), fsys[qaa9].Data...)}
	_, err = Dir(fsys, "seeds", "seeds")
	if err == nil {
		t.Fatal("two BOMs: expected an error")
	}
	checkOneError(t, err, "seeds/zorp_qaa_9.txt:1: expected text, found the control or invisible character U+FEFF at column 1")
}
