package benchmarks

import (
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// acceptHeaders are the headers of the end-to-end comparison, as browsers
// send them: header → level 4's text, the same headers for every
// implementation.
var acceptHeaders = []struct{ name, header string }{
	{"de-CH", "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7"}, // the peers' accept-language case: Spanish
	{"it-IT", "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7"},
	{"pt-BR", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"},
	{"ru-RU", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"},
	{"ar-EG", "ar-EG,ar;q=0.9,en;q=0.8"},
	{"uk-UA", "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7"}, // no seed: no text
	{"en-US", "en-US,en;q=0.9"},                      // no seed: no text
}

// acceptCache is the server's cache of the sfiakit-cached implementation,
// one for the whole run, as a server keeps one.
var acceptCache = sfia.NewAcceptLanguageCache(0)

// The implementations of the end-to-end comparison: an Accept-Language
// header to level 4's text, all work per request included.
var acceptImpls = []struct {
	name string
	text func(header string) string
}{
	// sfiakit with the cache: a header seen before is not parsed again.
	{"sfiakit-cached", func(header string) string {
		prefs, err := acceptCache.Parse(header)
		if err != nil {
			return ""
		}
		t, _ := level.Text(prefs.Tags()...)
		return t.Value
	}},
	// sfiakit without it: x/text parses the header on every request.
	{"sfiakit-uncached", func(header string) string {
		prefs, _, err := language.ParseAcceptLanguage(header)
		if err != nil {
			return ""
		}
		t, _ := level.Text(prefs...)
		return t.Value
	}},
	// go-i18n: a Localizer for the request's header (which parses it),
	// then Localize, as its documentation shows for a handler.
	{"go-i18n", func(header string) string {
		s, _ := i18n.NewLocalizer(bundle, header).Localize(&i18n.LocalizeConfig{MessageID: key(level)})
		return s
	}},
}

// BenchmarkAcceptLanguage compares, in one run, header → level text
// through sfiakit's AcceptLanguageCache, through x/text's parse without
// it, and through go-i18n, on the same headers; "mix" takes the headers
// in turn:
//
//	go test -run '^$' -bench Accept -benchmem -count 10 | benchstat -col /impl -row /header -
func BenchmarkAcceptLanguage(b *testing.B) {
	peers()
	for _, h := range acceptHeaders {
		for _, impl := range acceptImpls {
			impl.text(h.header) // the first call parses, builds matchers and caches
			b.Run("header="+h.name+"/impl="+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sink = impl.text(h.header)
				}
			})
		}
	}
	for _, impl := range acceptImpls {
		b.Run("header=mix/impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sink = impl.text(acceptHeaders[i].header)
				if i++; i == len(acceptHeaders) {
					i = 0
				}
			}
		})
	}
}

// TestAcceptAnswers checks that the implementations of
// BenchmarkAcceptLanguage answer each header with the same text, so that
// they compare the same work. They all do: for the Ukrainian header
// go-i18n too gives no text (it picks its default language, English,
// from en-US), where for the tag uk alone it gives Russian
// (TestPeersAnswers).
func TestAcceptAnswers(t *testing.T) {
	peers()
	want := map[string]string{
		"de-CH": level.Description(language.Spanish),
		"it-IT": level.Description(language.Italian),
		"pt-BR": level.Description(language.Portuguese),
		"ru-RU": level.Description(language.Russian),
		"ar-EG": level.Description(language.Arabic),
		"uk-UA": "",
		"en-US": "",
	}
	for _, h := range acceptHeaders {
		for _, impl := range acceptImpls {
			w := want[h.name]
			for range 2 { // the second time from the cache
				if got := impl.text(h.header); got != w {
					t.Errorf("%s, %s: got %.40q…, want %.40q…", h.name, impl.name, got, w)
				}
			}
		}
	}
}
