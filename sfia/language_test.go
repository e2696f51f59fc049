package sfia_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

func TestLanguageInfo(t *testing.T) {
	type info struct{ Dir, Word, Name string }
	got := map[string]info{}
	for _, tg := range []string{"ar", "ar-EG", "es", "it", "pt-BR", "ru", "en", "de", "fa", "und"} {
		tag := language.MustParse(tg)
		got[tg] = info{sfia.Direction(tag), sfia.LevelWord(tag), sfia.LanguageName(tag)}
	}
	want := map[string]info{
		"ar":    {"rtl", "المستوى", "Arabic"},
		"ar-EG": {"rtl", "المستوى", "Arabic"},
		"es":    {"ltr", "Nivel", "Spanish"},
		"it":    {"ltr", "Livello", "Italian"},
		"pt-BR": {"ltr", "Nível", "Portuguese"},
		"ru":    {"ltr", "Уровень", "Russian"},
		// No seed: left to right, the English word, no name. Persian is
		// right to left, but no seed says so.
		"en":  {"ltr", "Level", ""},
		"de":  {"ltr", "Level", ""},
		"fa":  {"ltr", "Level", ""},
		"und": {"ltr", "Level", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("language info (-want +got):\n%s", diff)
	}
}

func TestTranslationLevel(t *testing.T) {
	tr := sfia.Translation{Levels: []sfia.LevelText{{Level: 2, Defined: true, Description: "x"}, {Level: 7, Note: "n"}}}
	if lt, ok := tr.Level(2); !ok || lt.Description != "x" {
		t.Errorf("Level(2) = %+v, %v", lt, ok)
	}
	if lt, ok := tr.Level(7); !ok || lt.Defined || lt.Note != "n" {
		t.Errorf("Level(7) = %+v, %v", lt, ok)
	}
	if _, ok := tr.Level(3); ok {
		t.Error("Level(3) reports text")
	}
	tx := sfia.Translation{Language: language.Italian, Version: 9, Source: "s"}.Text("v")
	if tx.Value != "v" || tx.Language != language.Italian || tx.Version != 9 || tx.Source != "s" {
		t.Errorf("Text = %+v", tx)
	}
}
