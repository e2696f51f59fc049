package csmg_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// The benchmarks of BENCHMARKS.md, on the generated table. Run them with
//
//	go test -run '^$' -bench . -count 10 ./csmg/ ./internal/langmatch/
//
// and compare runs with benchstat. The engine's own benchmarks, on
// fixture tables, are in sfia/sfiaimpl; the side-by-side benchmarks with
// go-i18n and x/text/message are in the benchmarks module.

// Sinks keep the compiler from dropping the calls measured.
var (
	sinkString  string
	sinkStrings []string
	sinkText    sfia.Text
	sinkOK      bool
)

// otherTags are tags that are not a seed language today: regional
// variants that reach one, and languages with none. Once asked, each must
// cost at most 25 ns and no allocation; the seed languages at most 5 ns.
var otherTags = []string{"pt-BR", "es-419", "ar-EG", "it-CH", "en", "uk", "und"}

// acceptLanguage is a browser's header whose first language has no seed.
const acceptLanguage = "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7"

func BenchmarkDescriptionSeed(b *testing.B) {
	for _, tag := range csmg.Languages() {
		b.Run(tag.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = csmg.Level(4).Description(tag)
			}
		})
	}
}

func BenchmarkDescriptionOther(b *testing.B) {
	for _, name := range otherTags {
		tag := language.MustParse(name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = csmg.Level(4).Description(tag)
			}
		})
	}
}

func BenchmarkText(b *testing.B) {
	b.Run("prefs=de,es-419,pt", func(b *testing.B) {
		prefs := []language.Tag{language.German, language.MustParse("es-419"), language.Portuguese}
		b.ReportAllocs()
		for b.Loop() {
			sinkText, sinkOK = csmg.Level(4).Text(prefs...)
		}
	})
	// What a handler does with a request: parse the header, then look up.
	// The parse allocates the tag slice (and more); the lookup does not.
	b.Run("accept-language", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			prefs, _, _ := language.ParseAcceptLanguage(acceptLanguage)
			sinkText, sinkOK = csmg.Level(4).Text(prefs...)
		}
	})
	b.Run("parse-only", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			prefs, _, _ := language.ParseAcceptLanguage(acceptLanguage)
			sinkOK = len(prefs) > 0
		}
	})
}

// BenchmarkStatements measures Statements, which allocates the slice of
// sentences and nothing else: the strings share the generated table.
func BenchmarkStatements(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkStrings = csmg.Level(4).Statements(language.Italian)
	}
}
