package langmatch

import (
	"slices"
	"sync"
	"testing"

	"golang.org/x/text/language"
)

// A reference answers like a Set, the slow way: an x/text Matcher, its
// confidence, and the base-language rule of the package documentation,
// with no exact-tag shortcut and no cache. It is written apart from the
// package code so that a change there cannot change the expectations.
type reference struct {
	supported []language.Tag
	matcher   language.Matcher
}

func newReference(tags []string) *reference {
	r := &reference{}
	for _, s := range tags {
		r.supported = append(r.supported, language.Make(s))
	}
	r.matcher = language.NewMatcher(r.supported)
	return r
}

func (r *reference) index(tag language.Tag) int {
	if len(r.supported) == 0 {
		return -1
	}
	_, i, conf := r.matcher.Match(tag)
	if conf == language.No {
		return -1
	}
	if macroBase(tag) != macroBase(r.supported[i]) {
		return -1
	}
	return i
}

func (r *reference) best(prefs ...language.Tag) int {
	for _, p := range prefs {
		if i := r.index(p); i >= 0 {
			return i
		}
	}
	return -1
}

// macroBase is the base language of t, an individual language counted as
// its macrolanguage.
func macroBase(t language.Tag) language.Base {
	if c, err := language.Macro.Canonicalize(t); err == nil {
		t = c
	}
	b, _ := t.Base()
	return b
}

// freshSet returns a new Set for tags: a test sees its first use.
func freshSet(tags []string) *Set { return &Set{Tags: tags} }

// seedLangs are the languages the seeds are in today.
var seedLangs = []string{"ar", "es", "it", "pt", "ru"}

// checkTags returns the tags the cache is checked on: every desired tag
// of testdata/match.txt, regional and script variants of the seed
// languages, unseeded languages, extensions, private use, und with a
// script or region, members of macrolanguages, deprecated codes and
// variants.
func checkTags(t *testing.T) []language.Tag {
	t.Helper()
	var names []string
	for _, lang := range seedLangs {
		for _, region := range []string{"BR", "PT", "AO", "ES", "MX", "419", "EG", "SA", "MA", "CH", "IT", "RU", "UA", "BY", "US", "DE", "CN", "001", "150", "ZZ"} {
			names = append(names, lang+"-"+region)
		}
		for _, script := range []string{"Latn", "Cyrl", "Arab", "Hant", "Grek"} {
			names = append(names, lang+"-"+script, lang+"-"+script+"-BR", lang+"-"+script+"-RU")
		}
		names = append(names,
			lang+"-u-nu-latn", lang+"-x-foo", lang+"-u-rg-chzzzz", lang+"-u-rg-brzzzz",
			lang+"-u-rg-uszzzz", lang+"-t-en", lang+"-u-co-trad-x-bar", "x-"+lang, "und-"+lang)
	}
	names = append(names,
		// unseeded languages, among them those x/text's data points at a
		// seed language with High confidence (be, kk, gl, la, ...)
		"en", "en-US", "en-GB", "en-AU", "de", "de-CH", "fr", "fr-CA", "zh", "zh-Hans", "zh-Hant", "zh-TW",
		"ja", "ko", "uk", "fa", "ur", "ca", "ca-ES-valencia", "sr", "sr-Latn", "sr-Cyrl", "he", "ro", "hi",
		"bn", "tr", "pl", "nl", "sv", "da", "nb", "nn", "no", "fi", "el", "cs", "sk", "sl", "hr", "bs",
		"mk", "bg", "be", "be-BY", "kk", "tg", "az", "tt", "ky", "uz", "hy", "tk", "ka", "mn", "gl", "eu",
		"gn", "qu", "ay", "la", "co", "sc", "fur", "lij", "vec", "nap", "oc", "ast", "an", "mt", "ms",
		"id", "th", "vi", "sw", "yo", "am", "ti", "so", "ku", "ps", "sd", "ug", "dv", "ha", "ber", "kab",
		"tzm", "rue", "os", "ce", "ba", "cv", "sah", "udm", "lez",
		// members of macrolanguages
		"arb", "arb-EG", "arz", "apc", "ajp", "acm", "ary", "aeb", "afb", "cmn", "yue", "wuu", "zsm",
		"ekk", "lvs", "pes", "prs", "swh", "khk", "uzn", "azj", "knc",
		// und with a script or region, and private use
		"und", "und-RU", "und-BR", "und-PT", "und-ES", "und-IT", "und-EG", "und-MX", "und-419",
		"und-Cyrl", "und-Arab", "und-Latn", "und-Hant", "und-BY", "und-UA", "und-Latn-RU",
		"und-Cyrl-BY", "und-Arab-IR", "und-u-rg-ruzzzz", "und-x-foo", "x-foo", "qaa", "qaa-RU",
		"ru-Qaaa", "pt-QM", "it-Qabc-IT",
		// deprecated and grandfathered codes
		"iw", "in", "ji", "mo", "sh", "tl", "no-bok", "zh-min-nan", "i-klingon",
		// variants
		"sl-rozaj", "de-1901", "pt-BR-abl1943", "ru-petr1708", "es-ES-x-foo", "it-IT-u-ca-gregory-x-foo",
	)
	var tags []language.Tag
	for _, n := range names {
		tag, err := language.Parse(n)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		tags = append(tags, tag)
	}
	for _, c := range readMatchCases(t, "testdata/match.txt") {
		tags = append(tags, c.desired...)
	}
	// The zero Tag and what Make gives for a string that is not a tag.
	tags = append(tags, language.Tag{}, language.Make("this is not a tag"))
	return tags
}

// checkSets returns the supported lists the cache is checked with: the
// seed languages in both orders, every supported list of match.txt, and
// some with several regions or scripts of one language.
func checkSets(t *testing.T) [][]string {
	t.Helper()
	sets := [][]string{
		seedLangs,
		{"ru", "pt", "it", "es", "ar"},
		{"pt-PT", "pt-BR"},
		{"pt", "pt-PT"},
		{"es", "es-419"},
		{"en-GB", "en-US"},
		{"zh-Hans", "zh-Hant"},
		{"sr", "sr-Latn"},
		{"ar", "en"},
		{"it-u-rg-chzzzz", "it"},
		{"no", "nb", "nn"},
		{"und"},
		{},
	}
	seen := map[string]bool{}
	for _, c := range readMatchCases(t, "testdata/match.txt") {
		if !seen[c.supported] {
			seen[c.supported] = true
			sets = append(sets, c.tags)
		}
	}
	return sets
}

// TestCacheAgainstMatcher checks every answer of Index and Best, from a
// fresh Set and from its caches, against the x/text Matcher and the base
// rule, for each supported list of checkSets and each tag of checkTags.
// There are more tags without a compact index than the list for them
// holds, so that list also starts again during the test.
func TestCacheAgainstMatcher(t *testing.T) {
	tags := checkTags(t)
	if len(tags) < 200 {
		t.Fatalf("expected at least 200 tags to check, found %d", len(tags))
	}
	others := 0
	for _, tag := range tags {
		if _, exact := language.CompactIndex(tag); !exact {
			others++
		}
	}
	if others <= maxOthers {
		t.Fatalf("expected more tags without a compact index (%d) than the list holds (%d)", others, maxOthers)
	}
	for _, supported := range checkSets(t) {
		ref := newReference(supported)
		s := freshSet(supported)
		// Three passes: the first asks each tag for the first time (or
		// after a reset); the second and third find most in the caches,
		// the third in the other order.
		for pass := range 3 {
			order := slices.Clone(tags)
			if pass == 2 {
				slices.Reverse(order)
			}
			for _, tag := range order {
				if got, want := s.Index(tag), ref.index(tag); got != want {
					t.Errorf("supported %q, pass %d: Index(%v) = %d, want %d (the Matcher's answer)", supported, pass, tag, got, want)
				}
				if got, ok := s.Lookup(tag); ok && got != ref.index(tag) {
					t.Errorf("supported %q, pass %d: Lookup(%v) = %d, want %d", supported, pass, tag, got, ref.index(tag))
				}
			}
		}
		for i := 1; i < len(tags); i++ {
			a, b := tags[i-1], tags[i]
			if got, want := s.Best(a, b), ref.best(a, b); got != want {
				t.Errorf("supported %q: Best(%v, %v) = %d, want %d", supported, a, b, got, want)
			}
		}
		if o := s.others.Load(); o != nil && len(*o) > maxOthers {
			t.Errorf("supported %q: the list holds %d answers, want at most %d", supported, len(*o), maxOthers)
		}
	}
}

// TestRegionOverride checks what the cache by compact index rests on: a
// regional override (-u-rg-) leaves a tag's compact index as it was, and
// the Matcher and the base rule answer the tag with it as without it.
func TestRegionOverride(t *testing.T) {
	var tags []language.Tag
	for _, tag := range checkTags(t) {
		if _, exact := language.CompactIndex(tag); exact && tag.TypeForKey("rg") == "" {
			tags = append(tags, tag)
		}
	}
	regions := []string{"ch", "br", "pt", "us", "ru", "eg", "mx", "by", "cn"}
	checked := 0
	for _, supported := range checkSets(t) {
		ref := newReference(supported)
		for _, tag := range tags {
			id, _ := language.CompactIndex(tag)
			for _, r := range regions {
				o, err := tag.SetTypeForKey("rg", r+"zzzz")
				if err != nil {
					t.Fatalf("%v with rg %s: %v", tag, r, err)
				}
				oid, exact := language.CompactIndex(o)
				if !exact {
					continue // not cached by compact index: nothing to check
				}
				checked++
				if oid != id {
					t.Errorf("%v: compact index %d, but %v has %d", o, oid, tag, id)
				}
				if got, want := ref.index(o), ref.index(tag); got != want {
					t.Errorf("supported %q: the Matcher answers %v with %d, but %v with %d", supported, o, got, tag, want)
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("checked %d tags with a regional override, expected at least 1000", checked)
	}
}

// TestLookup checks that Lookup reports an answer only once Index has
// found it, and only for a tag with a compact index.
func TestLookup(t *testing.T) {
	s := freshSet(seedLangs)
	for _, name := range []string{"pt-BR", "uk", "it", "und"} {
		tag := language.MustParse(name)
		if _, ok := s.Lookup(tag); ok {
			t.Errorf("Lookup(%s) reports an answer before it was asked", name)
		}
		want := s.Index(tag)
		if got, ok := s.Lookup(tag); !ok || got != want {
			t.Errorf("Lookup(%s) = %d, %v after Index gave %d; want %d, true", name, got, ok, want, want)
		}
	}
	tag := language.MustParse("es-u-co-trad")
	if i := s.Index(tag); i != 1 {
		t.Errorf("Index(es-u-co-trad) = %d, want 1", i)
	}
	if _, ok := s.Lookup(tag); ok {
		t.Error("Lookup(es-u-co-trad) reports an answer for a tag without a compact index")
	}
	var empty Set
	if i, ok := empty.Lookup(language.Italian); ok {
		t.Errorf("empty Set: Lookup(it) = %d, true", i)
	}
	if s := freshSet(seedLangs); s.Len() != 5 || s.byID.Load() != nil {
		t.Error("Len built the caches; it must not need to")
	}
}

// TestCacheReset checks that a full list of tags without a compact index
// starts again, stays within its bound, and answers right.
func TestCacheReset(t *testing.T) {
	s := freshSet(seedLangs)
	ref := newReference(seedLangs)
	var tags []language.Tag
	for _, l := range []string{"ar", "es", "it", "pt", "ru", "en", "de"} {
		for _, x := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
			tags = append(tags, language.MustParse(l+"-x-"+x))
		}
	}
	if len(tags) <= maxOthers {
		t.Fatalf("expected more than %d tags, found %d", maxOthers, len(tags))
	}
	resets, last := 0, 0
	for _, tag := range tags {
		if _, exact := language.CompactIndex(tag); exact {
			t.Fatalf("%v has a compact index; the test needs tags without", tag)
		}
		if got, want := s.Index(tag), ref.index(tag); got != want {
			t.Errorf("Index(%v) = %d, want %d", tag, got, want)
		}
		o := s.others.Load()
		if n := len(*o); n < last {
			resets++
			if n != 1 {
				t.Errorf("after a reset the list holds %d answers, want 1", n)
			}
		}
		last = len(*o)
		if last > maxOthers {
			t.Errorf("the list holds %d answers, more than %d", last, maxOthers)
		}
		if i, ok := lookupOther(o, tag); !ok || i != ref.index(tag) {
			t.Errorf("Index(%v) did not remember its answer", tag)
		}
	}
	if want := (len(tags) - 1) / maxOthers; resets != want {
		t.Errorf("the list started again %d times, want %d", resets, want)
	}
}

// TestCacheConcurrent asks the check tags from several goroutines at
// once, on a fresh Set, so that first use, misses, copies and resets
// race. Run it with -race.
func TestCacheConcurrent(t *testing.T) {
	tags := checkTags(t)
	ref := newReference(seedLangs)
	want := make([]int, len(tags))
	for i, tag := range tags {
		want[i] = ref.index(tag)
	}
	s := freshSet(seedLangs)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for r := range 3 {
				for k := range tags {
					i := (k*(g+1) + r) % len(tags)
					if got := s.Index(tags[i]); got != want[i] {
						t.Errorf("goroutine %d: Index(%v) = %d, want %d", g, tags[i], got, want[i])
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestLookupAllocs pins that a lookup allocates nothing once the answer is
// in the cache, and that a preference list of three tags does not either.
func TestLookupAllocs(t *testing.T) {
	s := &Set{Tags: seedLangs}
	ref := newReference(seedLangs)
	for _, name := range []string{"ar", "es", "it", "pt", "ru", "pt-BR", "es-419", "ar-EG", "it-CH", "en", "uk", "und", "be", "es-u-co-trad", "it-x-foo"} {
		tag := language.MustParse(name)
		got := -2
		// AllocsPerRun calls the function once before it counts: that call
		// asks the Matcher and fills the cache.
		if n := testing.AllocsPerRun(100, func() { got = s.Index(tag) }); n != 0 {
			t.Errorf("Index(%s) allocates %v times per call after the first, want 0", name, n)
		}
		if want := ref.index(tag); got != want {
			t.Errorf("Index(%s) = %d, want %d", name, got, want)
		}
	}
	prefs := []language.Tag{language.German, language.MustParse("es-419"), language.Portuguese}
	got := -2
	if n := testing.AllocsPerRun(100, func() { got = s.Best(prefs...) }); n != 0 {
		t.Errorf("Best(de, es-419, pt) allocates %v times per call after the first, want 0", n)
	}
	if got != 1 {
		t.Errorf("Best(de, es-419, pt) = %d, want 1", got)
	}
}
