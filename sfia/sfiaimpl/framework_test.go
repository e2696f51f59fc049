package sfiaimpl_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

func TestFrameworkLanguages(t *testing.T) {
	want := []language.Tag{tagEs, tagIt, tagPt, tagRu}
	got := framework.Languages()
	if diff := cmp.Diff(want, got, tagCmp); diff != "" {
		t.Errorf("Languages() (-want +got):\n%s", diff)
	}
	got[0] = tagDe
	if diff := cmp.Diff(want, framework.Languages(), tagCmp); diff != "" {
		t.Errorf("Languages() after changing an earlier result (-want +got):\n%s", diff)
	}
	if got := (&sfiaimpl.Framework{}).Languages(); len(got) != 0 {
		t.Errorf("empty framework: Languages() = %v", got)
	}
}

// fwText is a Text of the framework fixture.
func fwText(v, lang string, ver sfia.Version, src string) sfia.Text {
	return sfia.Text{Value: v, Language: language.MustParse(lang), Version: ver, Source: src}
}

func TestFrameworkGuidingWordsAndEssence(t *testing.T) {
	const ru9, es9 = "testdata/fw_ru9.txt", "testdata/fw_es9.txt"
	tests := []struct {
		level     sfia.Level
		tag       string
		words     sfia.Text
		essence   sfia.Text
		wordsOK   bool
		essenceOK bool
	}{
		{4, "ru", fwText("Вести", "ru", 9, ru9), fwText("Ведёт зумбы.", "ru", 9, ru9), true, true},
		{4, "ru-UA", fwText("Вести", "ru", 9, ru9), fwText("Ведёт зумбы.", "ru", 9, ru9), true, true},
		{3, "ru", fwText("Жмыхать", "ru", 9, ru9), fwText("Жмыхает сам. Учится.", "ru", 9, ru9), true, true},
		{5, "ru", fwText("Решать, советовать", "ru", 9, ru9), fwText("Решает за других.", "ru", 9, ru9), true, true},
		{1, "es-419", fwText("Zumbar", "es", 9, es9), fwText("Zumba bajo guía.", "es", 9, es9), true, true},
		{2, "es", fwText("Brincar", "es", 9, es9), fwText("Brinca con otros.", "es", 9, es9), true, true},
		// Levels and languages no input gives them for.
		{7, "ru", sfia.Text{}, sfia.Text{}, false, false},
		{3, "es", sfia.Text{}, sfia.Text{}, false, false},
		{4, "it", sfia.Text{}, sfia.Text{}, false, false}, // it gives the help only
		{4, "pt-BR", sfia.Text{}, sfia.Text{}, false, false},
		{4, "uk", sfia.Text{}, sfia.Text{}, false, false},
		{4, "be", sfia.Text{}, sfia.Text{}, false, false},
		{1, "gl", sfia.Text{}, sfia.Text{}, false, false}, // x/text points gl at es
		{4, "en", sfia.Text{}, sfia.Text{}, false, false},
		{4, "und", sfia.Text{}, sfia.Text{}, false, false},
		// Invalid levels.
		{0, "ru", sfia.Text{}, sfia.Text{}, false, false},
		{8, "ru", sfia.Text{}, sfia.Text{}, false, false},
		{-1, "es", sfia.Text{}, sfia.Text{}, false, false},
	}
	for _, tt := range tests {
		tag := language.MustParse(tt.tag)
		words, wordsOK := framework.GuidingWords(tt.level, tag)
		essence, essenceOK := framework.Essence(tt.level, tag)
		if wordsOK != tt.wordsOK || essenceOK != tt.essenceOK {
			t.Errorf("%v in %s: GuidingWords ok = %v, Essence ok = %v; want %v, %v", tt.level, tt.tag, wordsOK, essenceOK, tt.wordsOK, tt.essenceOK)
		}
		if diff := cmp.Diff(tt.words, words, tagCmp); diff != "" {
			t.Errorf("GuidingWords(%v, %s) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
		if diff := cmp.Diff(tt.essence, essence, tagCmp); diff != "" {
			t.Errorf("Essence(%v, %s) (-want +got):\n%s", tt.level, tt.tag, diff)
		}
	}
}

func TestFrameworkUndefinedLevelsHelp(t *testing.T) {
	const it9, pt9, ru8 = "testdata/fw_it9.txt", "testdata/fw_pt9.txt", "testdata/fw_ru8.txt"
	tests := []struct {
		tag           string
		lower, higher sfia.Text
		ok            bool
	}{
		{"it", fwText("Sotto non si frulla.", "it", 9, it9), fwText("Sopra non si frulla.", "it", 9, it9), true},
		{"it-CH", fwText("Sotto non si frulla.", "it", 9, it9), fwText("Sopra non si frulla.", "it", 9, it9), true},
		// One-sided: the Portuguese input explains only higher levels.
		{"pt", sfia.Text{}, fwText("Acima não se zune.", "pt", 9, pt9), true},
		{"pt-BR", sfia.Text{}, fwText("Acima não se zune.", "pt", 9, pt9), true},
		// The help's version and input are its own, not the essences'.
		{"ru", fwText("Ниже зумбы не брякают.", "ru", 8, ru8), fwText("Выше зумбы не брякают.", "ru", 8, ru8), true},
		{"es", sfia.Text{}, sfia.Text{}, false}, // es gives essences, no help
		{"uk", sfia.Text{}, sfia.Text{}, false},
		{"be", sfia.Text{}, sfia.Text{}, false},
		{"en", sfia.Text{}, sfia.Text{}, false},
		{"de", sfia.Text{}, sfia.Text{}, false},
		{"und", sfia.Text{}, sfia.Text{}, false},
	}
	for _, tt := range tests {
		lower, higher, ok := framework.UndefinedLevelsHelp(language.MustParse(tt.tag))
		if ok != tt.ok {
			t.Errorf("UndefinedLevelsHelp(%s) ok = %v, want %v", tt.tag, ok, tt.ok)
		}
		if diff := cmp.Diff([]sfia.Text{tt.lower, tt.higher}, []sfia.Text{lower, higher}, tagCmp); diff != "" {
			t.Errorf("UndefinedLevelsHelp(%s) lower, higher (-want +got):\n%s", tt.tag, diff)
		}
	}
}

// TestEmptyFramework checks that a framework with no languages answers
// nothing.
func TestEmptyFramework(t *testing.T) {
	f := &sfiaimpl.Framework{}
	for _, tag := range []language.Tag{tagRu, tagEn, tagUnd} {
		w, wok := f.GuidingWords(4, tag)
		e, eok := f.Essence(4, tag)
		lo, hi, hok := f.UndefinedLevelsHelp(tag)
		if diff := cmp.Diff([]any{sfia.Text{}, false, sfia.Text{}, false, sfia.Text{}, sfia.Text{}, false},
			[]any{w, wok, e, eok, lo, hi, hok}, tagCmp); diff != "" {
			t.Errorf("empty framework, %v (-want +got):\n%s", tag, diff)
		}
	}
}
