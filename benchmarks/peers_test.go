package benchmarks

import (
	"fmt"
	"sync"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The peers hold the same texts as csmg: each level's description in each
// seed language, under the key "CSMG.<level>". They are built once, from
// csmg itself, before any benchmark runs its loop.
var (
	peersOnce sync.Once
	bundle    *i18n.Bundle     // go-i18n
	cat       *catalog.Builder // x/text/message
)

func key(l sfiaimpl.SkillLevel) string { return fmt.Sprintf("CSMG.%d", int(l.Level())) }

func peers() {
	peersOnce.Do(func() {
		// English is the default language of both, as in most programs;
		// it holds no text.
		bundle = i18n.NewBundle(language.English)
		cat = catalog.NewBuilder(catalog.Fallback(language.English))
		for _, tag := range csmg.Languages() {
			for _, l := range csmg.Levels() {
				text := l.Description(tag)
				bundle.MustAddMessages(tag, &i18n.Message{ID: key(l), Other: text})
				if err := cat.SetString(tag, key(l), text); err != nil {
					panic(err)
				}
			}
		}
	})
}

// A lookup is one case of the side-by-side benchmarks: a level and the
// languages a request asks for, as tags and as an Accept-Language header.
type lookup struct {
	name   string
	prefs  []string
	header string // "" except for the accept-language case
}

// level is the level every case asks for.
var level = csmg.Level(4)

var lookups = []lookup{
	{name: "seed=it", prefs: []string{"it"}},
	{name: "regional=pt-BR", prefs: []string{"pt-BR"}},
	{name: "noseed=uk", prefs: []string{"uk"}},
	{name: "prefs=de,es-419,pt", prefs: []string{"de", "es-419", "pt"}},
	{name: "accept-language", header: "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7"},
}

func (lk lookup) tags() []language.Tag {
	var tags []language.Tag
	for _, p := range lk.prefs {
		tags = append(tags, language.MustParse(p))
	}
	return tags
}

var sink string

// The three ways of getting a text, each as a program would write it, in
// two forms: set up per request (parse the languages when the request
// comes as a header) and look up once.
//
// sfiakit: csmg.Level(n).Text(prefs...), or Description(tag) for one tag.
func sfiakitLookup(lk lookup) func() string {
	l := level
	if lk.header != "" {
		return func() string {
			prefs, _, _ := language.ParseAcceptLanguage(lk.header)
			t, _ := l.Text(prefs...)
			return t.Value
		}
	}
	tags := lk.tags()
	if len(tags) == 1 {
		tag := tags[0]
		return func() string { return l.Description(tag) }
	}
	return func() string {
		t, _ := l.Text(tags...)
		return t.Value
	}
}

// go-i18n: a Localizer per request (it keeps the preference list), then
// Localize, which runs the x/text Matcher on every call. For a list of
// tags the Localizer is made once and only Localize is measured.
func i18nLookup(lk lookup) func() string {
	cfg := &i18n.LocalizeConfig{MessageID: key(level)}
	if lk.header != "" {
		return func() string {
			s, _ := i18n.NewLocalizer(bundle, lk.header).Localize(cfg)
			return s
		}
	}
	loc := i18n.NewLocalizer(bundle, lk.prefs...)
	return func() string {
		s, _ := loc.Localize(cfg)
		return s
	}
}

// x/text/message: the catalog's Matcher picks the language, then a
// Printer for it formats the message. Both are needed per request: a
// Printer is for one language.
func xtextLookup(lk lookup) func() string {
	m := cat.Matcher()
	k := key(level)
	if lk.header != "" {
		return func() string {
			prefs, _, _ := language.ParseAcceptLanguage(lk.header)
			tag, _, _ := m.Match(prefs...)
			return message.NewPrinter(tag, message.Catalog(cat)).Sprintf(k)
		}
	}
	tags := lk.tags()
	return func() string {
		tag, _, _ := m.Match(tags...)
		return message.NewPrinter(tag, message.Catalog(cat)).Sprintf(k)
	}
}

// xtextPrinterLookup is x/text/message with the Printer made in advance:
// what a lookup costs once the language has been chosen, without any
// matching. csmg and go-i18n match on every call.
func xtextPrinterLookup(lk lookup) func() string {
	tags := lk.tags()
	if lk.header != "" {
		tags, _, _ = language.ParseAcceptLanguage(lk.header)
	}
	tag, _, _ := cat.Matcher().Match(tags...)
	p := message.NewPrinter(tag, message.Catalog(cat))
	k := key(level)
	return func() string { return p.Sprintf(k) }
}

var impls = []struct {
	name string
	make func(lookup) func() string
}{
	{"sfiakit", sfiakitLookup},
	{"go-i18n", i18nLookup},
	{"x-text-message", xtextLookup},
	{"x-text-printer", xtextPrinterLookup},
}

// BenchmarkPeers runs every lookup with every implementation, in one run:
//
//	go test -run '^$' -bench Peers -count 10 | benchstat -col /impl -
func BenchmarkPeers(b *testing.B) {
	peers()
	for _, lk := range lookups {
		for _, impl := range impls {
			if lk.header != "" && impl.name == "x-text-printer" {
				// Its header is parsed in advance: not the same work.
				continue
			}
			f := impl.make(lk)
			f() // the first call builds matchers and caches
			b.Run("case="+lk.name+"/impl="+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sink = f()
				}
			})
		}
	}
}

// TestPeersAnswers checks that the implementations answer each case with
// the text this SDK promises, so that the benchmarks compare the same
// work, and records where a peer answers otherwise: go-i18n and
// x/text/message do not check the Matcher's confidence, so a Ukrainian
// request gets Russian text (the same script) from them, nothing from
// csmg.
func TestPeersAnswers(t *testing.T) {
	peers()
	it, pt, es := level.Description(language.Italian), level.Description(language.Portuguese), level.Description(language.Spanish)
	want := map[string]string{
		"seed=it":            it,
		"regional=pt-BR":     pt,
		"noseed=uk":          "",
		"prefs=de,es-419,pt": es,
		"accept-language":    es,
	}
	// What each peer answers where it differs from the SDK.
	differs := map[string]map[string]string{
		"noseed=uk": {
			"go-i18n":        level.Description(language.Russian),
			"x-text-message": level.Description(language.Russian),
			"x-text-printer": level.Description(language.Russian),
		},
	}
	for _, lk := range lookups {
		for _, impl := range impls {
			w := want[lk.name]
			if d, ok := differs[lk.name][impl.name]; ok {
				w = d
			}
			if got := impl.make(lk)(); got != w {
				t.Errorf("%s, %s: got %.40q…, want %.40q…", lk.name, impl.name, got, w)
			}
		}
	}
	// The SDK also says what it gave.
	got, ok := level.Text(language.Ukrainian)
	if ok || got != (sfia.Text{}) {
		t.Errorf("csmg: Text(uk) = %v, %v; want nothing", got, ok)
	}
}
