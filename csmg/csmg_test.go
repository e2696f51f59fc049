package csmg_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/internal/seedtest"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// noSeed are languages no seed is in, among them two that x/text's
// matcher points at a seed language with confidence No (uk at ru, fa at
// ar) and two it points at one with confidence High (be at ru, gl at es).
var noSeed = []string{"en", "en-US", "de", "fr", "zh", "zh-Hant", "ja", "uk", "fa", "be", "gl", "kk", "und"}

// variants maps regional and script variants to the seed language they
// must reach.
var variants = map[string]string{
	"pt-BR": "pt", "pt-PT": "pt", "pt-AO": "pt",
	"es-MX": "es", "es-419": "es", "es-ES": "es",
	"ar-EG": "ar", "ar-SA": "ar", "ar-MA": "ar",
	"it-CH": "it", "it-IT": "it",
	"ru-RU": "ru", "ru-UA": "ru",
}

func seedTexts(t *testing.T) map[string]map[int]string {
	t.Helper()
	texts, err := seedtest.Texts(seedtest.Root())
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestDescriptionEveryPair checks Description for every level from -1 to
// 9 in every seed language, regional variant and unseeded language
// against the text read from the seed files by line number.
func TestDescriptionEveryPair(t *testing.T) {
	texts := seedTexts(t)
	want := map[string]string{}
	got := map[string]string{}
	tags := append([]string{}, noSeed...)
	for _, s := range seedtest.Seeds {
		tags = append(tags, s.Lang)
	}
	for v := range variants {
		tags = append(tags, v)
	}
	for _, tg := range tags {
		tag := language.MustParse(tg)
		base := tg
		if b, ok := variants[tg]; ok {
			base = b
		}
		for l := -1; l <= 9; l++ {
			key := fmt.Sprintf("%s/%d", tg, l)
			got[key] = csmg.Level(l).Description(tag)
			want[key] = texts[base][l] // "" for unseeded languages and undefined levels
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Description (-want +got):\n%s", diff)
	}
	// The table must not pass by being empty.
	n := 0
	for _, v := range want {
		if v != "" {
			n++
		}
	}
	if n != 6*(5+len(variants)) {
		t.Errorf("expected %d defined (level, language) pairs with text, found %d", 6*(5+len(variants)), n)
	}
}

func TestStatements(t *testing.T) {
	wantCounts := map[string][]int{ // sentences per level 1-6, counted in the seeds
		"ar": {3, 3, 5, 3, 5, 5},
		"es": {3, 3, 5, 3, 5, 3},
		"it": {3, 4, 4, 5, 5, 5},
		"pt": {3, 4, 4, 5, 5, 5},
		"ru": {3, 3, 5, 3, 5, 5},
	}
	got := map[string][]int{}
	for _, tag := range csmg.Languages() {
		for _, l := range csmg.Levels() {
			st := l.Statements(tag)
			got[tag.String()] = append(got[tag.String()], len(st))
			if j := strings.Join(st, " "); j != l.Description(tag) {
				t.Errorf("%v %v: statements joined = %q, want the description %q", l, tag, j, l.Description(tag))
			}
			for _, s := range st {
				if s == "" || strings.TrimSpace(s) != s {
					t.Errorf("%v %v: statement %q is empty or has outer spaces", l, tag, s)
				}
			}
		}
	}
	if diff := cmp.Diff(wantCounts, got); diff != "" {
		t.Errorf("statements per level (-want +got):\n%s", diff)
	}
	// The Portuguese seed has a sentence per line but one line with two.
	pt := csmg.Level(4).Statements(language.Portuguese)
	if diff := cmp.Diff([]string{
		"Monitora a entrega de serviços através de vários canais e analisa dados de desempenho.",
		"Contribui para o desenvolvimento e implementação de padrões e procedimentos de serviço.",
		"Fornece orientação técnica e processual aos membros da equipe.",
		"Identifica tendências nas consultas de clientes e questões de serviço, recomenda melhorias de processos.",
		"Colabora com outros departamentos para melhorar a experiência global do cliente.",
	}, pt); diff != "" {
		t.Errorf("pt level 4 statements (-want +got):\n%s", diff)
	}
	for _, l := range []csmg.Level{-1, 0, 7, 8} {
		if st := l.Statements(language.Italian); st != nil {
			t.Errorf("%v.Statements(it) = %q, want nil", l, st)
		}
	}
	if st := csmg.Level(4).Statements(language.German); st != nil {
		t.Errorf("Statements(de) = %q, want nil", st)
	}
}

func TestVersionAndSource(t *testing.T) {
	type vs struct {
		Version sfia.Version
		Source  string
	}
	want := map[string]vs{}
	got := map[string]vs{}
	for _, s := range seedtest.Seeds {
		want[s.Lang] = vs{sfia.Version(s.Version), "seeds/" + s.File}
	}
	for v, base := range variants {
		want[v] = want[base]
	}
	for _, tg := range noSeed {
		want[tg] = vs{}
	}
	for tg := range want {
		tag := language.MustParse(tg)
		got[tg] = vs{csmg.Version(tag), csmg.Source(tag)}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Version and Source (-want +got):\n%s", diff)
	}
}

var tagComparer = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

func TestText(t *testing.T) {
	texts := seedTexts(t)
	mk := func(lang string, level int) sfia.Text {
		for _, s := range seedtest.Seeds {
			if s.Lang == lang {
				return sfia.Text{Value: texts[lang][level], Language: language.MustParse(lang), Version: sfia.Version(s.Version), Source: "seeds/" + s.File}
			}
		}
		panic(lang)
	}
	tests := []struct {
		level  int
		prefs  string
		want   sfia.Text
		wantOK bool
	}{
		{4, "it", mk("it", 4), true},
		{4, "pt-BR", mk("pt", 4), true},
		{4, "uk,ru", mk("ru", 4), true},         // Ukrainian has no seed: the next preference wins
		{4, "de,es-419,pt", mk("es", 4), true},  // the first preference a seed matches
		{1, "fa,ar-EG", mk("ar", 1), true},      // Persian does not get Arabic
		{6, "be,en,es", mk("es", 6), true},      // nor Belarusian Russian
		{4, "en,de,zh", sfia.Text{}, false},     // no seed language
		{4, "uk", sfia.Text{}, false},           // matcher says ru with confidence No
		{4, "", sfia.Text{}, false},             // no preference at all
		{7, "ar", sfia.Text{}, false},           // the Arabic level 7 is a note, not a description
		{0, "it", sfia.Text{}, false},           // not a level
		{-5, "it", sfia.Text{}, false},          // not a level
		{8, "it", sfia.Text{}, false},           // not a level
		{5, "zh,ru-Cyrl-RU", mk("ru", 5), true}, // script and region given
	}
	for _, tt := range tests {
		var prefs []language.Tag
		if tt.prefs != "" {
			for _, p := range strings.Split(tt.prefs, ",") {
				prefs = append(prefs, language.MustParse(p))
			}
		}
		got, ok := csmg.Level(tt.level).Text(prefs...)
		if ok != tt.wantOK {
			t.Errorf("Level(%d).Text(%s) ok = %v, want %v", tt.level, tt.prefs, ok, tt.wantOK)
		}
		if diff := cmp.Diff(tt.want, got, tagComparer); diff != "" {
			t.Errorf("Level(%d).Text(%s) (-want +got):\n%s", tt.level, tt.prefs, diff)
		}
	}
}

func TestLevelsAndLanguages(t *testing.T) {
	if diff := cmp.Diff([]csmg.Level{1, 2, 3, 4, 5, 6}, csmg.Levels()); diff != "" {
		t.Errorf("Levels (-want +got):\n%s", diff)
	}
	var defined []int
	for l := -3; l <= 10; l++ {
		if csmg.Level(l).Defined() {
			defined = append(defined, l)
		}
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 5, 6}, defined); diff != "" {
		t.Errorf("Defined (-want +got):\n%s", diff)
	}
	want := []language.Tag{language.Arabic, language.Spanish, language.Italian, language.Portuguese, language.Russian}
	if diff := cmp.Diff(want, csmg.Languages(), tagComparer); diff != "" {
		t.Errorf("Languages (-want +got):\n%s", diff)
	}
	if got := csmg.Level(4).String(); got != "CSMG Level 4" {
		t.Errorf("String = %q", got)
	}
	if got := csmg.Level(4).SFIALevel(); got != sfia.Level4 {
		t.Errorf("SFIALevel = %v", got)
	}
}

func TestNote(t *testing.T) {
	want := map[string]string{}
	got := map[string]string{}
	for _, s := range seedtest.Seeds {
		lines, err := seedtest.Lines(seedtest.Root(), s.File)
		if err != nil {
			t.Fatal(err)
		}
		for l := 1; l <= 7; l++ {
			key := fmt.Sprintf("%s/%d", s.Lang, l)
			got[key] = csmg.Level(l).Note(language.MustParse(s.Lang))
			if l == s.NoteLevel {
				want[key] = lines[s.NoteLine]
			} else {
				want[key] = ""
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Note (-want +got):\n%s", diff)
	}
	if want["ar/7"] == "" {
		t.Error("expected the Arabic seed to give a note for level 7")
	}
}

// TestSkillTexts checks the skill's name, description, guidance notes,
// activities and category against the seed files.
func TestSkillTexts(t *testing.T) {
	for _, s := range seedtest.Seeds {
		lines, err := seedtest.Lines(seedtest.Root(), s.File)
		if err != nil {
			t.Fatal(err)
		}
		tag := language.MustParse(s.Lang)
		name := strings.TrimSuffix(lines[s.NameLine], " CSMG")
		if got := csmg.Name(tag); got != name {
			t.Errorf("Name(%s) = %q, want %q", s.Lang, got, name)
		}
		// The description is the first non-blank line after the name.
		desc := ""
		for _, l := range lines[s.NameLine+1:] {
			if l != "" {
				desc = l
				break
			}
		}
		if got := csmg.Description(tag); got != desc {
			t.Errorf("Description(%s) = %q, want %q", s.Lang, got, desc)
		}
		nt, ok := csmg.NameText(language.MustParse(s.Lang + "-u-nu-latn"))
		if !ok || nt.Value != name || nt.Version != sfia.Version(s.Version) || nt.Source != "seeds/"+s.File {
			t.Errorf("NameText(%s) = %+v, %v", s.Lang, nt, ok)
		}
	}
	type counts struct{ Guidance, Activities int }
	want := map[string]counts{"ar": {1, 6}, "es": {0, 0}, "it": {1, 7}, "pt": {1, 7}, "ru": {1, 6}}
	got := map[string]counts{}
	for _, tag := range csmg.Languages() {
		got[tag.String()] = counts{len(csmg.Guidance(tag)), len(csmg.Activities(tag))}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("guidance and activities per language (-want +got):\n%s", diff)
	}
	if got, want := csmg.Activities(language.Italian)[6], "mantenere la soddisfazione del cliente."; got != want {
		t.Errorf("last Italian activity = %q, want %q", got, want)
	}
	if got, want := csmg.ActivitiesIntro(language.Russian), "Деятельность может включать, но не ограничиваться:"; got != want {
		t.Errorf("ActivitiesIntro(ru) = %q, want %q", got, want)
	}
	// Only the Spanish (SFIA 6) page names the category, in its breadcrumb.
	cat := map[string][2]string{}
	for _, tag := range csmg.Languages() {
		cat[tag.String()] = [2]string{csmg.Category(tag), csmg.Subcategory(tag)}
	}
	if diff := cmp.Diff(map[string][2]string{
		"ar": {}, "it": {}, "pt": {}, "ru": {},
		"es": {"Relaciones y compromiso", "Gestión de la parte interesada"},
	}, cat); diff != "" {
		t.Errorf("category (-want +got):\n%s", diff)
	}
	if _, ok := csmg.CategoryText(language.Italian); ok {
		t.Error("CategoryText(it) reports a category the Italian seed does not give")
	}
	for _, tag := range []language.Tag{language.German, language.Ukrainian, language.Und} {
		if csmg.Name(tag) != "" || csmg.Description(tag) != "" || csmg.Guidance(tag) != nil || csmg.Activities(tag) != nil {
			t.Errorf("%v: expected no text for a language with no seed", tag)
		}
	}
}

// TestNoSiteFurniture checks that no level text holds page furniture: the
// level bar, show/hide and click-to links, the help on undefined levels,
// or the Russian essences.
func TestNoSiteFurniture(t *testing.T) {
	furniture := []string{"|", "1 2 3", "Mostra/nascondi", "Fai clic", "Clique", "Mostrar/ocultar", "Показать/скрыть",
		"Суть уровня", "Уровень", "Dove i livelli", "Onde níveis", "Там, где", "Livello", "Nível", ": المستوى", "SFIA", "•", "\n", "  "}
	for _, tag := range csmg.Languages() {
		for l := csmg.Level(1); l <= 7; l++ {
			text := l.Description(tag) + l.Note(tag)
			for _, f := range furniture {
				if strings.Contains(text, f) {
					t.Errorf("%v %v holds site furniture %q: %q", l, tag, f, text)
				}
			}
		}
	}
}

func TestConcurrentLookups(t *testing.T) {
	tags := []language.Tag{language.Italian, language.MustParse("pt-BR"), language.Ukrainian, language.Arabic, language.English}
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				for _, tag := range tags {
					for l := csmg.Level(0); l <= 8; l++ {
						if i == 0 {
							results[g] = append(results[g], l.Description(tag))
						} else {
							l.Description(tag)
						}
						l.Text(tag, language.Spanish)
					}
				}
			}
		}()
	}
	wg.Wait()
	for g := 1; g < len(results); g++ {
		if diff := cmp.Diff(results[0], results[g]); diff != "" {
			t.Fatalf("goroutine %d saw other answers (-first +this):\n%s", g, diff)
		}
	}
}

// TestExactLookupAllocs pins that a lookup with one of the seed tags
// allocates nothing.
func TestExactLookupAllocs(t *testing.T) {
	csmg.Level(4).Description(language.Italian) // the first call builds the matcher
	for _, tag := range csmg.Languages() {
		if n := testing.AllocsPerRun(100, func() { csmg.Level(4).Description(tag) }); n != 0 {
			t.Errorf("Level(4).Description(%v) allocates %v times, want 0", tag, n)
		}
		if n := testing.AllocsPerRun(100, func() { csmg.Version(tag) }); n != 0 {
			t.Errorf("Version(%v) allocates %v times, want 0", tag, n)
		}
	}
}

// TestNoPanic asks every level from -1000 to 1000 in unusual languages:
// every call must answer, and only levels 1-6 in seed languages may give
// text.
func TestNoPanic(t *testing.T) {
	var tags []language.Tag
	for _, s := range []string{"und", "x-private", "it-u-co-phonebk", "en-Latn-US-u-ca-gregory-x-foo", "sr-Cyrl", "zh-Hans-CN", "ar-Latn", "ru-Latn"} {
		tags = append(tags, language.MustParse(s))
	}
	tags = append(tags, language.Tag{}, language.Make("this is not a tag"))
	if prefs, _, err := language.ParseAcceptLanguage("de;q=0.x, pt-BR;q=0.8"); err == nil {
		tags = append(tags, prefs...)
	}
	for l := -1000; l <= 1000; l++ {
		lv := csmg.Level(l)
		for _, tag := range tags {
			d := lv.Description(tag)
			st := lv.Statements(tag)
			tx, ok := lv.Text(tag)
			n := lv.Note(tag)
			if (l < 1 || l > 6) && (d != "" || st != nil || ok || tx.Value != "") {
				t.Errorf("Level(%d) in %v gave text", l, tag)
			}
			if (l < 1 || l > 7) && n != "" {
				t.Errorf("Level(%d).Note(%v) = %q", l, tag, n)
			}
		}
		_ = lv.Defined()
		_ = lv.String()
		_, _ = lv.Text()
	}
}
