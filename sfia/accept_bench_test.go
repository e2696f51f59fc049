package sfia_test

import (
	"strconv"
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// The benchmarks of BENCHMARKS.md section 9: an Accept-Language header to
// a level's text, through an AcceptLanguageCache. Run them with
//
//	go test -run '^$' -bench Accept -benchmem -count 10 ./sfia/
//
// The side-by-side comparison with go-i18n on the same headers is in the
// benchmarks module (BenchmarkAcceptLanguage).

// Sinks keep the compiler from dropping the calls measured.
var (
	sinkText  sfia.Text
	sinkOK    bool
	sinkPrefs sfia.Preferences
	sinkErr   error
)

// benchHeaders are headers as browsers send them.
var benchHeaders = []string{
	"de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7",
	"it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7",
	"pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
	"en-US,en;q=0.9",
}

// BenchmarkAcceptLanguage is a handler's work for a header the cache
// holds: Parse, then the level's text in the best language.
func BenchmarkAcceptLanguage(b *testing.B) {
	for _, h := range benchHeaders {
		b.Run("header="+h, func(b *testing.B) {
			c := sfia.NewAcceptLanguageCache(0)
			c.Parse(h)
			b.ReportAllocs()
			for b.Loop() {
				prefs, err := c.Parse(h)
				if err != nil {
					b.Fatal(err)
				}
				sinkText, sinkOK = csmg.Level(4).Text(prefs.Tags()...)
			}
		})
	}
	// Parse alone, on the first header.
	b.Run("parse-only", func(b *testing.B) {
		c := sfia.NewAcceptLanguageCache(0)
		h := benchHeaders[0]
		c.Parse(h)
		b.ReportAllocs()
		for b.Loop() {
			sinkPrefs, sinkErr = c.Parse(h)
		}
	})
	// Today's path, for comparison: x/text parses the header every time.
	b.Run("uncached", func(b *testing.B) {
		h := benchHeaders[0]
		b.ReportAllocs()
		for b.Loop() {
			prefs, _, _ := language.ParseAcceptLanguage(h)
			sinkText, sinkOK = csmg.Level(4).Text(prefs...)
		}
	})
	// A header the cache does not hold: more distinct headers than slots,
	// asked in turn, so that every call misses (parse, copy, store).
	b.Run("miss", func(b *testing.B) {
		c := sfia.NewAcceptLanguageCache(16)
		hs := make([]string, 4096)
		for i := range hs {
			hs[i] = "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0." + strconv.Itoa(i+1000)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			prefs, _ := c.Parse(hs[i%len(hs)])
			sinkText, sinkOK = csmg.Level(4).Text(prefs.Tags()...)
			i++
		}
	})
}
