package sfia_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// tagCmp compares language tags, whose fields are unexported.
var tagCmp = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

// tr is a translation in made-up words, with a defined level and a note
// at a level it does not define.
var tr = sfia.Translation{
	Code: "FIXT", Language: language.Italian, Version: sfia.SFIA9, Source: "testdata/fixt.txt",
	Levels: []sfia.LevelText{
		{Level: 2, Defined: true, Description: "Frulla. Conta.", Statements: []string{"Frulla.", "Conta."}},
		{Level: 7, Note: "Non qui."},
	},
}

func TestTranslationLevel(t *testing.T) {
	tests := []struct {
		l    sfia.Level
		want sfia.LevelText
		ok   bool
	}{
		{2, tr.Levels[0], true},
		{7, sfia.LevelText{Level: 7, Note: "Non qui."}, true}, // a note counts as text
		{3, sfia.LevelText{}, false},
		{1, sfia.LevelText{}, false},
		{0, sfia.LevelText{}, false},
		{8, sfia.LevelText{}, false},
		{-1, sfia.LevelText{}, false},
	}
	for _, tt := range tests {
		got, ok := tr.Level(tt.l)
		if ok != tt.ok {
			t.Errorf("Level(%d) ok = %v, want %v", int(tt.l), ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Level(%d) (-want +got):\n%s", int(tt.l), diff)
		}
	}
	if _, ok := (sfia.Translation{}).Level(2); ok {
		t.Error("the zero Translation reports text at level 2")
	}
}

func TestTranslationText(t *testing.T) {
	tests := []struct {
		tr   sfia.Translation
		v    string
		want sfia.Text
	}{
		{tr, "Frullatura", sfia.Text{Value: "Frullatura", Language: language.Italian, Version: sfia.SFIA9, Source: "testdata/fixt.txt"}},
		{tr, "", sfia.Text{Language: language.Italian, Version: sfia.SFIA9, Source: "testdata/fixt.txt"}},
		{sfia.Translation{}, "x", sfia.Text{Value: "x"}},
	}
	for _, tt := range tests {
		got := tt.tr.Text(tt.v)
		if diff := cmp.Diff(tt.want, got, tagCmp); diff != "" {
			t.Errorf("Text(%q) (-want +got):\n%s", tt.v, diff)
		}
		if got.String() != tt.v {
			t.Errorf("Text(%q).String() = %q", tt.v, got.String())
		}
	}
}

func ExampleTranslation_Level() {
	for _, l := range []sfia.Level{2, 7, 3} {
		lt, ok := tr.Level(l)
		fmt.Printf("%v %v defined=%v %q %q\n", l, ok, lt.Defined, lt.Statements, lt.Note)
	}
	// Output:
	// Level 2 true defined=true ["Frulla." "Conta."] ""
	// Level 7 true defined=false [] "Non qui."
	// Level 3 false defined=false [] ""
}
