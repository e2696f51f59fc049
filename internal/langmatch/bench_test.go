package langmatch

import (
	"testing"

	"golang.org/x/text/language"
)

// The benchmarks of BENCHMARKS.md for the matching alone. Run them with
//
//	go test -run '^$' -bench . -count 10 ./csmg/ ./internal/langmatch/

var sinkInt int

// BenchmarkIndex asks seed tags, tags with a compact index that are not
// (answered from the array), and two without (es-u-co-trad, ru-Latn:
// answered from the list).
func BenchmarkIndex(b *testing.B) {
	s := &Set{Tags: seedLangs}
	for _, name := range []string{"ar", "es", "it", "pt", "ru", "pt-BR", "es-419", "ar-EG", "it-CH", "en", "uk", "und", "es-u-co-trad", "ru-Latn"} {
		tag := language.MustParse(name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkInt = s.Index(tag)
			}
		})
	}
}

func BenchmarkBest(b *testing.B) {
	s := &Set{Tags: seedLangs}
	prefs := []language.Tag{language.German, language.MustParse("es-419"), language.Portuguese}
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = s.Best(prefs...)
	}
}

// BenchmarkIndexMiss asks more distinct tags without a compact index, in
// turn, than their list holds, so that every lookup misses: the cost of
// a tag not seen before (the Matcher, and a copy of the list), and the
// worst case. A tag with a compact index misses once in the life of a Set.
func BenchmarkIndexMiss(b *testing.B) {
	var tags []language.Tag
	for _, l := range []string{"ar", "es", "it", "pt", "ru", "en", "de", "fr"} {
		for _, x := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"} {
			tags = append(tags, language.MustParse(l+"-x-"+x))
		}
	}
	if len(tags) <= maxOthers {
		b.Fatalf("%d tags do not overflow a list of %d", len(tags), maxOthers)
	}
	s := freshSet(seedLangs)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkInt = s.Index(tags[i])
		if i++; i == len(tags) {
			i = 0
		}
	}
}

// BenchmarkMatcher is what every lookup of a tag other than a seed tag
// cost before the cache: the x/text Matcher and the base-language rule.
func BenchmarkMatcher(b *testing.B) {
	st := &Set{Tags: seedLangs}
	st.init()
	tag := language.MustParse("pt-BR")
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = st.match(tag)
	}
}

// BenchmarkFirstUse is the one-time cost of a Set: parsing its tags,
// building the Matcher and the caches.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s := &Set{Tags: seedLangs}
		s.init()
		sinkInt = len(s.parsed)
	}
}
