package sfia_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// FuzzAcceptLanguage reads any string as an Accept-Language header and
// checks that AcceptLanguageCache.Parse never panics, answers the same
// from its cache as on the first parse, refuses a header beyond its
// limits with ErrAcceptLanguageTooLarge, and otherwise agrees with
// language.ParseAcceptLanguage: its first MaxPreferences languages and no
// error, or no languages and an error that wraps x/text's. The level's
// text found through it is the one found through x/text's languages.
func FuzzAcceptLanguage(f *testing.F) {
	for _, s := range []string{
		"", "it", "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7", "pt;q=0.5, ru, es;q=0.5, ar;q=0.9", "it;q=0, pt",
		" , it , ,pt-BR ;q=0.8,", "it, *;q=0.1", "IT-ch, i-klingon", "es-u-co-trad, x-private",
		"ar;q=0.1,es,it,pt,ru,de,fr,nl,sv;q=0.5,da,fi", "it, ?!", "de;q=high", "de;0.5", "it, en-Xxxx", "en-u",
		"uk,be,gl", "*", "it;q=1e309", "it;q=NaN", "it;q=-1", "it;q=+Inf", "it, \xff\xfe", "a-a-a-a-a-a-a-a",
		strings.Repeat("it,", 63) + "it", strings.Repeat("it,", 64) + "it", strings.Repeat("a-", 1100),
	} {
		f.Add(s)
	}
	// A small cache shared by every input, so that inputs replace each
	// other in its slots.
	c := sfia.NewAcceptLanguageCache(4)
	f.Fuzz(func(t *testing.T, header string) {
		prefs, err := c.Parse(header)
		again, err2 := c.Parse(header)
		got := tagStrings(prefs.Tags())
		if g2 := tagStrings(again.Tags()); !slices.Equal(got, g2) || (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("Parse(%q) = %q, %v, then %q, %v", header, got, err, g2, err2)
		}
		if err != nil && len(got) > 0 {
			t.Fatalf("Parse(%q) = %q with error %v", header, got, err)
		}
		if len(header) > sfia.MaxAcceptLanguageLen || strings.Count(header, ",") >= sfia.MaxAcceptLanguageEntries {
			if !errors.Is(err, sfia.ErrAcceptLanguageTooLarge) {
				t.Fatalf("Parse(%.80q) (%d bytes) error %v, want ErrAcceptLanguageTooLarge", header, len(header), err)
			}
			return
		}
		if errors.Is(err, sfia.ErrAcceptLanguageTooLarge) {
			t.Fatalf("Parse(%q) refused a header within the limits: %v", header, err)
		}
		tags, _, xerr := language.ParseAcceptLanguage(header)
		if xerr != nil {
			if err == nil || !errors.Is(err, xerr) {
				t.Fatalf("Parse(%q) error %v, want one that wraps x/text's %v", header, err, xerr)
			}
			return
		}
		tags = tags[:min(len(tags), sfia.MaxPreferences)]
		if want := tagStrings(tags); err != nil || !slices.Equal(got, want) {
			t.Fatalf("Parse(%q) = %q, %v; x/text gives %q", header, got, err, want)
		}
		gotText, gotOK := csmg.Level(4).Text(prefs.Tags()...)
		wantText, wantOK := csmg.Level(4).Text(tags...)
		if gotText != wantText || gotOK != wantOK {
			t.Fatalf("header %q: Text = %v, %v; with x/text's languages %v, %v", header, gotText.Language, gotOK, wantText.Language, wantOK)
		}
	})
}
