package langmatch

import (
	"bufio"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// A matchCase is one line of testdata/match.txt.
type matchCase struct {
	line      int
	supported string   // the supported list as written, the key for sets
	tags      []string // the supported tags
	desired   []language.Tag
	want      string // a supported tag, or "-" for none
}

// splitList splits a comma-separated list, trimming each element; an
// empty or blank list gives nil.
func splitList(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	for _, f := range strings.Split(s, ",") {
		out = append(out, strings.TrimSpace(f))
	}
	return out
}

func readMatchCases(t *testing.T, path string) []matchCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []matchCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, ";")
		if len(fields) != 3 {
			t.Fatalf("%s:%d: expected 3 fields separated by ';', found %d", path, n, len(fields))
		}
		c := matchCase{
			line:      n,
			supported: strings.Join(splitList(fields[0]), ","),
			tags:      splitList(fields[0]),
			want:      strings.TrimSpace(fields[2]),
		}
		for _, s := range c.tags {
			if _, err := language.Parse(s); err != nil {
				t.Fatalf("%s:%d: supported tag %q: %v", path, n, s, err)
			}
		}
		for _, s := range splitList(fields[1]) {
			tag, err := language.Parse(s)
			if err != nil {
				t.Fatalf("%s:%d: desired tag %q: %v", path, n, s, err)
			}
			c.desired = append(c.desired, tag)
		}
		if c.want == "" {
			t.Fatalf("%s:%d: expected a supported tag or -, found nothing", path, n)
		}
		if c.want != "-" && !contains(c.tags, c.want) {
			t.Fatalf("%s:%d: expected tag %q is not in the supported list %q", path, n, c.want, c.tags)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestMatchFile runs the cases of testdata/match.txt. Cases with the same
// supported list share one Set, so that the Set is also exercised after
// its first use.
func TestMatchFile(t *testing.T) {
	const path = "testdata/match.txt"
	cases := readMatchCases(t, path)
	if len(cases) < 60 {
		t.Fatalf("%s: expected at least 60 cases, found %d", path, len(cases))
	}
	sets := map[string]*Set{}
	for _, c := range cases {
		s, ok := sets[c.supported]
		if !ok {
			s = &Set{Tags: c.tags}
			sets[c.supported] = s
		}
		i := s.Best(c.desired...)
		got := "-"
		if i >= len(c.tags) || i < -1 {
			t.Errorf("%s:%d: Best(%v) = %d, out of range for %q", path, c.line, c.desired, i, c.tags)
			continue
		}
		if i >= 0 {
			got = c.tags[i]
		}
		if got != c.want {
			t.Errorf("%s:%d: supported %q, desired %v: got %s, want %s", path, c.line, c.tags, c.desired, got, c.want)
		}
		if len(c.desired) == 1 {
			if j := s.Index(c.desired[0]); j != i {
				t.Errorf("%s:%d: Index(%v) = %d, but Best(%v) = %d", path, c.line, c.desired[0], j, c.desired[0], i)
			}
		}
	}
}

func TestZeroSet(t *testing.T) {
	var s Set
	if n := s.Len(); n != 0 {
		t.Errorf("Len() = %d, want 0", n)
	}
	for _, tag := range []language.Tag{language.Und, language.English, language.Russian, language.Make("pt-BR")} {
		if i := s.Index(tag); i != -1 {
			t.Errorf("Index(%v) = %d, want -1", tag, i)
		}
	}
	if i := s.Best(); i != -1 {
		t.Errorf("Best() = %d, want -1", i)
	}
	if i := s.Best(language.Russian, language.English); i != -1 {
		t.Errorf("Best(ru, en) = %d, want -1", i)
	}
}

func TestLenAndTag(t *testing.T) {
	s := &Set{Tags: []string{"ar", "es", "it", "pt", "ru", "pt-BR", "zh-Hant", "sh"}}
	if n := s.Len(); n != 8 {
		t.Errorf("Len() = %d, want 8", n)
	}
	var got []string
	for i := 0; i < s.Len(); i++ {
		got = append(got, s.Tag(i).String())
	}
	// The tags are parsed with language.Make, which canonicalises
	// deprecated codes: sh is read as sr-Latn.
	want := []string{"ar", "es", "it", "pt", "ru", "pt-BR", "zh-Hant", "sr-Latn"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tag(i) (-want +got):\n%s", diff)
	}
	if s.Tag(4) != language.Russian {
		t.Errorf("Tag(4) = %v, want language.Russian", s.Tag(4))
	}
}

// TestBestNoPrefs checks that an empty preference list matches nothing,
// even in a Set that holds und.
func TestBestNoPrefs(t *testing.T) {
	for _, tags := range [][]string{{"ar", "es", "it", "pt", "ru"}, {"und"}, {"en"}} {
		s := &Set{Tags: tags}
		if i := s.Best(); i != -1 {
			t.Errorf("%q: Best() = %d, want -1", tags, i)
		}
		if i := s.Best([]language.Tag{}...); i != -1 {
			t.Errorf("%q: Best([]language.Tag{}...) = %d, want -1", tags, i)
		}
	}
}

// TestIndexAllocs checks that looking up a supported tag exactly costs no
// allocation once the Set is initialised.
func TestIndexAllocs(t *testing.T) {
	s := &Set{Tags: []string{"ar", "es", "it", "pt", "ru"}}
	tag := language.Make("ru")
	if i := s.Index(tag); i != 4 { // warm-up: parses the tags and builds the matcher
		t.Fatalf("Index(ru) = %d, want 4", i)
	}
	got := -2
	allocs := testing.AllocsPerRun(1000, func() {
		got = s.Index(tag)
	})
	if allocs != 0 {
		t.Errorf("Index(ru) allocates %v times per call, want 0", allocs)
	}
	if got != 4 {
		t.Errorf("Index(ru) = %d during the run, want 4", got)
	}
}

// TestConcurrent calls Index, Best and Tag from several goroutines on a
// fresh Set, so that its first use happens concurrently. Run it with
// -race.
func TestConcurrent(t *testing.T) {
	s := &Set{Tags: []string{"ar", "es", "it", "pt", "ru"}}
	type query struct {
		tag  string
		want int
	}
	queries := []query{
		{"ru", 4}, {"pt-BR", 3}, {"es-419", 1}, {"ar-EG", 0}, {"it-CH", 2},
		{"be", -1}, {"gl", -1}, {"en", -1}, {"und", -1},
	}
	tags := make([]language.Tag, len(queries))
	for i, q := range queries {
		tags[i] = language.MustParse(q.tag)
	}
	wantTags := []language.Tag{language.Arabic, language.Spanish, language.Italian, language.Portuguese, language.Russian}

	const goroutines = 8
	start := make(chan struct{})
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			<-start
			for r := 0; r < 50; r++ {
				// Each goroutine starts with a different method, so that
				// the first use of the Set comes through all three.
				switch (g + r) % 3 {
				case 0:
					for i, q := range queries {
						if got := s.Index(tags[i]); got != q.want {
							t.Errorf("goroutine %d: Index(%s) = %d, want %d", g, q.tag, got, q.want)
						}
					}
				case 1:
					if got := s.Best(tags[5], tags[7], tags[1]); got != 3 {
						t.Errorf("goroutine %d: Best(be, en, pt-BR) = %d, want 3", g, got)
					}
					if got := s.Best(tags[5], tags[6]); got != -1 {
						t.Errorf("goroutine %d: Best(be, gl) = %d, want -1", g, got)
					}
				case 2:
					for i, want := range wantTags {
						if got := s.Tag(i); got != want {
							t.Errorf("goroutine %d: Tag(%d) = %v, want %v", g, i, got, want)
						}
					}
				}
			}
		}(g)
	}
	close(start)
	wg.Wait()
}
