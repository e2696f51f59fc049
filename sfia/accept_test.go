package sfia_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// tagStrings returns tags as BCP 47 strings, nil for none.
func tagStrings(tags []language.Tag) []string {
	var out []string
	for _, t := range tags {
		out = append(out, t.String())
	}
	return out
}

// xtextPrefs is what AcceptLanguageCache.Parse promises for a header within
// its limits: the first MaxPreferences languages that
// language.ParseAcceptLanguage gives, and its error.
func xtextPrefs(header string) ([]string, error) {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return nil, err
	}
	return tagStrings(tags[:min(len(tags), sfia.MaxPreferences)]), nil
}

// entries returns a header of n entries.
func entries(n int) string {
	es := make([]string, n)
	for i := range es {
		es[i] = "it;q=0." + strconv.Itoa(i%9+1)
	}
	return strings.Join(es, ",")
}

// errKind says which error a case wants.
type errKind int

const (
	noErr    errKind = iota
	tooLarge         // wraps sfia.ErrAcceptLanguageTooLarge
	xtextErr         // wraps language.ParseAcceptLanguage's error
)

func TestAcceptLanguageCacheParse(t *testing.T) {
	long := "it-x-" + strings.Repeat("abcdefgh-", 60) + "abcdefgh" // 548 bytes: answered, not kept
	tests := []struct {
		name   string
		header string
		want   []string
		err    errKind
	}{
		{name: "empty: no preference", header: "", want: nil},
		{name: "one", header: "it", want: []string{"it"}},
		{name: "browser", header: "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7", want: []string{"de-CH", "de", "es-419", "pt"}},
		{name: "by quality, stable", header: "pt;q=0.5, ru, es;q=0.5, ar;q=0.9", want: []string{"ru", "ar", "pt", "es"}},
		{name: "quality 0 dropped", header: "it;q=0, pt", want: []string{"pt"}},
		{name: "spaces and empty entries", header: " , it , ,pt-BR ;q=0.8,", want: []string{"it", "pt-BR"}},
		{name: "wildcard", header: "it, *;q=0.1", want: []string{"it", "mul"}},
		{name: "canonical form", header: "IT-ch, i-klingon", want: []string{"it-CH", "tlh"}},
		{name: "extensions", header: "es-u-co-trad, x-private", want: []string{"es-u-co-trad", "x-private"}},
		{
			name:   "more than MaxPreferences: the first ones kept",
			header: "ar;q=0.1,es,it,pt,ru,de,fr,nl,sv;q=0.5,da,fi",
			want:   []string{"es", "it", "pt", "ru", "de", "fr", "nl", "da"},
		},
		{name: "only spaces", header: "   ", want: nil},
		{name: "bad tag", header: "it, ?!", err: xtextErr},
		{name: "bad weight", header: "de;q=high", err: xtextErr},
		{name: "weight without q", header: "de;0.5", err: xtextErr},
		{name: "unknown subtag", header: "it, en-Xxxx", err: xtextErr},
		{name: "incomplete extension", header: "en-u", err: xtextErr},
		{name: "longer than kept", header: long, want: []string{long}},
		{name: "MaxAcceptLanguageEntries entries", header: entries(sfia.MaxAcceptLanguageEntries), want: []string{"it", "it", "it", "it", "it", "it", "it", "it"}},
		{name: "one entry too many", header: entries(sfia.MaxAcceptLanguageEntries + 1), err: tooLarge},
		{name: "empty entries count", header: "it" + strings.Repeat(",", sfia.MaxAcceptLanguageEntries), err: tooLarge},
		{name: "MaxAcceptLanguageLen bytes", header: "it;q=0.5" + strings.Repeat("0", sfia.MaxAcceptLanguageLen-8), want: []string{"it"}},
		{name: "one byte too long", header: "it;q=0.5" + strings.Repeat("0", sfia.MaxAcceptLanguageLen-7), err: tooLarge},
		{name: "hostile: 100 KB, 1000 entries", header: strings.Repeat("it-IT;q=0.9,", 100<<10/12), err: tooLarge},
		{name: "hostile: 1000 entries", header: entries(1000), err: tooLarge},
		{name: "hostile: 100 KB in one tag", header: "it-" + strings.Repeat("x", 100<<10), err: tooLarge},
		{name: "hostile: dashes within the limits", header: strings.Repeat("a-", 1100), err: xtextErr},
		{name: "not UTF-8", header: "it, \xff\xfe", err: xtextErr},
	}
	c := sfia.NewAcceptLanguageCache(0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Twice: the first parse, then the cache's answer (or the
			// parse again, for headers it does not keep).
			for round := range 2 {
				prefs, err := c.Parse(tt.header)
				got := tagStrings(prefs.Tags())
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("round %d: Parse(%.60q) tags (-want +got):\n%s", round, tt.header, diff)
				}
				switch tt.err {
				case noErr:
					if err != nil {
						t.Errorf("round %d: Parse(%.60q) error %v, want none", round, tt.header, err)
					}
				case tooLarge:
					if !errors.Is(err, sfia.ErrAcceptLanguageTooLarge) {
						t.Errorf("round %d: Parse(%.60q) error %v, want ErrAcceptLanguageTooLarge", round, tt.header, err)
					}
				case xtextErr:
					_, _, xerr := language.ParseAcceptLanguage(tt.header)
					if err == nil || xerr == nil || !errors.Is(err, xerr) || !strings.HasPrefix(err.Error(), "sfia: invalid Accept-Language header: ") {
						t.Errorf("round %d: Parse(%.60q) error %v, want one that wraps x/text's %v", round, tt.header, err, xerr)
					}
				}
				if tt.err == tooLarge || len(tt.header) > sfia.MaxAcceptLanguageLen {
					continue
				}
				// Within the limits, the answer is x/text's.
				xwant, xerr := xtextPrefs(tt.header)
				if diff := cmp.Diff(xwant, got); diff != "" || (xerr == nil) != (err == nil) {
					t.Errorf("round %d: Parse(%.60q) = %q, %v; x/text gives %q, %v", round, tt.header, got, err, xwant, xerr)
				}
			}
		})
	}
}

// TestAcceptLanguageErrors checks the messages of the errors for headers
// beyond the limits, which name the limits.
func TestAcceptLanguageErrors(t *testing.T) {
	var c sfia.AcceptLanguageCache
	_, errLen := c.Parse(strings.Repeat("a", sfia.MaxAcceptLanguageLen+1))
	_, errEntries := c.Parse(entries(sfia.MaxAcceptLanguageEntries + 1))
	got := []string{errLen.Error(), errEntries.Error(), sfia.ErrAcceptLanguageTooLarge.Error()}
	want := []string{
		fmt.Sprintf("sfia: Accept-Language header longer than %d bytes", sfia.MaxAcceptLanguageLen),
		fmt.Sprintf("sfia: Accept-Language header with more than %d entries", sfia.MaxAcceptLanguageEntries),
		"sfia: Accept-Language header too large",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestAcceptLanguageText is the path: a header to a level's text,
// through the cache, against x/text's parse and the same lookup.
func TestAcceptLanguageText(t *testing.T) {
	headers := []string{
		"pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
		"de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7",
		"it-IT,it;q=0.9",
		"ru",
		"ar-EG;q=0.5,uk",
		"uk,be,gl",
		"en-US,en;q=0.9",
		"",
		"*",
	}
	var c sfia.AcceptLanguageCache
	for _, h := range headers {
		tags, _, err := language.ParseAcceptLanguage(h)
		if err != nil {
			t.Fatal(err)
		}
		want, wantOK := csmg.Level(4).Text(tags...)
		for range 2 {
			prefs, err := c.Parse(h)
			if err != nil {
				t.Fatalf("Parse(%q): %v", h, err)
			}
			got, ok := csmg.Level(4).Text(prefs.Tags()...)
			if got != want || ok != wantOK {
				t.Errorf("header %q: Text = %v %v, %v; want %v %v, %v", h, got.Language, got.Version, ok, want.Language, want.Version, wantOK)
			}
		}
	}
}

// TestAcceptLanguageAllocs pins the target: once the cache holds a
// header, the header to the level's text allocates nothing, and so do the
// empty header and one refused for its length.
func TestAcceptLanguageAllocs(t *testing.T) {
	c := sfia.NewAcceptLanguageCache(0)
	for _, h := range []string{
		"de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7",
		"it",
		"en-US,en;q=0.9",
		"de;q=high", // an error is kept too
		"",
		strings.Repeat("it,", 2000),
	} {
		// AllocsPerRun calls the function once before it counts: the
		// first parse.
		n := testing.AllocsPerRun(100, func() {
			prefs, err := c.Parse(h)
			sinkText, sinkOK = csmg.Level(4).Text(prefs.Tags()...)
			sinkErr = err
		})
		if n != 0 {
			t.Errorf("header %.40q: Parse and Text allocate %v times, want 0", h, n)
		}
	}
}

// TestAcceptLanguageCopies checks that what Parse returns is the caller's
// own: changing it changes nothing in the cache.
func TestAcceptLanguageCopies(t *testing.T) {
	var c sfia.AcceptLanguageCache
	h := "it,pt;q=0.5"
	p1, _ := c.Parse(h)
	tags := p1.Tags()
	tags[0] = language.Russian
	if len(tags) != cap(tags) {
		t.Errorf("Tags: len %d, cap %d; want equal, so that append copies", len(tags), cap(tags))
	}
	p2, _ := c.Parse(h)
	if diff := cmp.Diff([]string{"it", "pt"}, tagStrings(p2.Tags())); diff != "" {
		t.Errorf("after changing a returned slice, Parse(%q) (-want +got):\n%s", h, diff)
	}
	if diff := cmp.Diff([]string{"ru", "pt"}, tagStrings(p1.Tags())); diff != "" {
		t.Errorf("the changed Preferences (-want +got):\n%s", diff)
	}
}

// TestAcceptLanguageConcurrent runs Parse from many goroutines on a small
// cache, so that they replace each other's entries in the same slots, and
// checks every answer against x/text. Run it with -race.
func TestAcceptLanguageConcurrent(t *testing.T) {
	headers := []string{"", "it", "pt-BR,pt;q=0.9", "de-CH,de;q=0.9,es-419;q=0.8,pt;q=0.7", "ru;q=0.5,ar", "de;q=high", "uk,be", "x-private, es-u-co-trad"}
	for i := range 24 {
		headers = append(headers, "en-US,en;q=0."+strconv.Itoa(i+1)+",it-CH")
	}
	headers = append(headers, strings.Repeat("it,", 100))
	want := make([][]string, len(headers))
	wantErr := make([]bool, len(headers))
	for i, h := range headers {
		w, err := xtextPrefs(h)
		want[i], wantErr[i] = w, err != nil
	}
	want[len(headers)-1], wantErr[len(headers)-1] = nil, true // too many entries

	for _, size := range []int{1, 4, 1024} {
		c := sfia.NewAcceptLanguageCache(size)
		var wg sync.WaitGroup
		errs := make(chan string, 16)
		for g := range 8 {
			wg.Go(func() {
				r := rand.New(rand.NewPCG(uint64(g), uint64(size)))
				for range 2000 {
					i := r.IntN(len(headers))
					prefs, err := c.Parse(headers[i])
					got := tagStrings(prefs.Tags())
					if (err != nil) != wantErr[i] || !cmp.Equal(got, want[i]) {
						select {
						case errs <- fmt.Sprintf("size %d: Parse(%.40q) = %q, %v; want %q, error %v", size, headers[i], got, err, want[i], wantErr[i]):
						default:
						}
						return
					}
					// Callers may change their copy.
					if tags := prefs.Tags(); len(tags) > 0 {
						tags[0] = language.Und
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	}
}

// floodHeader returns the i-th distinct header of a flood: most like a
// browser's, one in 50 as long as a cache keeps, with eight languages
// that x/text keeps as strings (the costliest kind to keep), one in 50
// longer than a cache keeps, and some invalid or refused for their size.
func floodHeader(r *rand.Rand, i int) string {
	n := strconv.Itoa(i)
	switch i % 50 {
	case 0:
		var b strings.Builder
		for j := range 8 {
			if j > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "x-%08x-%s", r.Uint32(), n)
		}
		for b.Len()+3 <= sfia.MaxCachedAcceptLanguageLen {
			b.WriteString("-ab")
		}
		return b.String()
	case 1:
		return "it-x-" + n + strings.Repeat("-abcdefgh", 80) // kept by no cache
	case 2, 3, 4:
		return "de;q=bad" + n
	case 5, 6, 7:
		return strings.Repeat("it,", 100) + n
	default:
		return fmt.Sprintf("pt-BR,pt;q=0.%d,x-%x", r.IntN(9)+1, i)
	}
}

// perSlot is the bound on a cache's memory that AcceptLanguageCache
// documents: 2 KB a slot.
const perSlot = 2 << 10

// TestAcceptLanguageFlood sends a million distinct headers (100 000 with
// -race) through a cache of the default size, then ten times its size in
// headers of the kind that costs a slot most (as long as a cache keeps,
// eight languages that x/text keeps as strings). After each, the cache
// must hold no more than its size in headers, none longer than it keeps,
// and the heap, after a GC, must have grown by no more than the
// documented bound: bytes counted by the runtime, not time.
func TestAcceptLanguageFlood(t *testing.T) {
	n := 1_000_000
	if raceEnabled {
		n = 100_000
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	c := sfia.NewAcceptLanguageCache(0)
	r := rand.New(rand.NewPCG(1, 2))
	check := func(what string) {
		t.Helper()
		slots, entries, headerBytes := sfia.AcceptLanguageCacheStats(c)
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
		t.Logf("%s: %d slots, %d entries, %d header bytes; heap %+d B, %.0f B a slot",
			what, slots, entries, headerBytes, grew, float64(grew)/float64(slots))
		if slots != 1024 {
			t.Errorf("slots = %d, want 1024", slots)
		}
		if entries > slots {
			t.Errorf("entries = %d, more than the %d slots", entries, slots)
		}
		if max := slots * sfia.MaxCachedAcceptLanguageLen; headerBytes > max {
			t.Errorf("header bytes = %d, more than %d", headerBytes, max)
		}
		if max := int64(slots * perSlot); grew > max {
			t.Errorf("heap grew by %d B, more than %d B (%d B a slot)", grew, max, perSlot)
		}
	}

	for i := range n {
		if _, err := c.Parse(floodHeader(r, i)); err != nil && (i%50 < 2 || i%50 > 7) {
			t.Fatalf("header %d: %v", i, err)
		}
	}
	check(strconv.Itoa(n) + " distinct headers")
	for i := range 10 * 1024 {
		if _, err := c.Parse(floodHeader(r, 50*(n+i))); err != nil {
			t.Fatalf("header %d: %v", n+i, err)
		}
	}
	check("10240 of the costliest headers")
	runtime.KeepAlive(c)

	// The cache still answers, and keeps a header again.
	h := "it-CH,it;q=0.9"
	for range 2 {
		prefs, err := c.Parse(h)
		if diff := cmp.Diff([]string{"it-CH", "it"}, tagStrings(prefs.Tags())); diff != "" || err != nil {
			t.Errorf("after the flood, Parse(%q): %v (-want +got):\n%s", h, err, diff)
		}
	}
}

// TestAcceptLanguageTwoWay checks that two headers that hash to one pair
// of slots both stay: in a cache of two slots (one pair), two headers
// asked in turn are parsed once each and then answered without
// allocating, whatever the seed; a third one evicts one of them.
func TestAcceptLanguageTwoWay(t *testing.T) {
	for range 20 { // 20 random seeds
		c := sfia.NewAcceptLanguageCache(2)
		a, b := "it-IT,it;q=0.9", "ar-EG,ar;q=0.8"
		c.Parse(a)
		c.Parse(b)
		if n := testing.AllocsPerRun(100, func() {
			c.Parse(a)
			c.Parse(b)
		}); n != 0 {
			t.Fatalf("two headers in one pair: %v allocations a round, want 0 (one evicts the other)", n)
		}
		if _, entries, _ := sfia.AcceptLanguageCacheStats(c); entries != 2 {
			t.Fatalf("entries = %d, want 2", entries)
		}
		c.Parse("pt-BR")
		if _, entries, _ := sfia.AcceptLanguageCacheStats(c); entries != 2 {
			t.Fatalf("after a third header: entries = %d, want 2", entries)
		}
	}
}
