package sfiaimpl_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// The engine's benchmarks, on the fixture tables. Run them with
//
//	go test -run '^$' -bench . -count 10 ./sfia/sfiaimpl/
//
// and compare runs with benchstat. csmg/bench_test.go keeps the
// benchmarks of BENCHMARKS.md on a generated table.

// benchOther are tags that are not one of the table's languages: regional
// variants that reach one, languages with none, and a tag without a
// compact index. Once asked, each must cost at most 25 ns and no
// allocation; the table's own languages at most 5 ns.
var benchOther = []string{"pt-BR", "it-CH", "ru-UA", "en", "uk", "und", "es-u-co-trad"}

func BenchmarkDescriptionSeed(b *testing.B) {
	for _, tag := range fixture.Languages() {
		b.Run(tag.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = fixture.Level(4).Description(tag)
			}
		})
	}
}

func BenchmarkDescriptionOther(b *testing.B) {
	for _, name := range benchOther {
		tag := language.MustParse(name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = fixture.Level(4).Description(tag)
			}
		})
	}
}

func BenchmarkText(b *testing.B) {
	b.Run("prefs=de,uk,pt-BR", func(b *testing.B) {
		p := []language.Tag{tagDe, tagUk, tagPtBR}
		b.ReportAllocs()
		for b.Loop() {
			sinkText, sinkOK = fixture.Level(4).Text(p...)
		}
	})
	b.Run("prefs=it", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkText, sinkOK = fixture.Level(4).Text(tagIt)
		}
	})
}

// BenchmarkStatements measures Statements, which allocates the slice of
// statements and nothing else.
func BenchmarkStatements(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkStrings = fixture.Level(4).Statements(tagIt)
	}
}

func BenchmarkNote(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = fixture.Level(7).Note(tagRu)
	}
}

func BenchmarkEssence(b *testing.B) {
	for _, name := range []string{"ru", "ru-UA", "uk"} {
		tag := language.MustParse(name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkText, sinkOK = framework.Essence(sfia.Level4, tag)
			}
		})
	}
}

func BenchmarkUndefinedLevelsHelp(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkText, _, sinkOK = framework.UndefinedLevelsHelp(tagIt)
	}
}

// BenchmarkTranslation measures the export of a whole translation, which
// copies its slices for the caller.
func BenchmarkTranslation(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		tr, ok := fixture.Translation(0, tagIt)
		sinkString, sinkOK = tr.Name, ok
	}
}

func BenchmarkUpperCode(b *testing.B) {
	for _, code := range []string{"CSMG", "csmg"} {
		b.Run(code, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = sfiaimpl.UpperCode(code)
			}
		})
	}
}
