package parse

import (
	"strings"
	"testing"

	"github.com/sfiakit/sfiakit/internal/clean"
)

// FuzzExplain explains any bytes as a seed file, under the manifest entry
// and language profile of the inline seed that sel picks (as FuzzSeed
// does), and checks what gen -explain prints: Explain never panics; it
// explains every line of the input exactly once, in order, numbered 1 to
// n, each as its clean text with a class ("blank" exactly for an empty
// line, none "not read" unless there is an error), or it explains none
// and returns the error of a file that is not text; and it fails exactly
// when Seed does, with the same error.
func FuzzExplain(f *testing.F) {
	seeds := loadFuzzSeeds(f)
	for i, s := range seeds {
		f.Add(byte(i), s.data)
	}
	f.Add(byte(0), []byte("x ZORP\r\nd.\rx: Tier 1\n\n t.\u00a0\n"))
	f.Add(byte(0), []byte("\uFEFFx ZORP\nd.\nx: Tier 1\nt.\nx: Tier 1\nu.\n"))
	f.Add(byte(0), []byte("x ZORP\nd\xff.\n"))
	f.Add(byte(0), []byte(""))
	f.Fuzz(func(t *testing.T, sel byte, data []byte) {
		s := seeds[int(sel)%len(seeds)]
		const file = "seeds/fuzz.txt"
		ex, err := Explain(file, data, s.entry, s.profile)
		_, _, serr := Seed(file, file, data, s.entry, s.profile)
		switch {
		case (err == nil) != (serr == nil):
			t.Fatalf("Explain returns %v, Seed %v", err, serr)
		case err != nil && err.Error() != serr.Error():
			t.Fatalf("Explain returns %v, Seed %v", err, serr)
		case err != nil:
			checkFuzzError(t, err, file, data)
		}

		// The lines as the reader splits them.
		text := strings.TrimPrefix(string(data), "\uFEFF")
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		raw := strings.Split(text, "\n")
		if ex == nil {
			if err == nil {
				t.Fatal("no line explained, and no error")
			}
			if !strings.Contains(err.Error(), "expected UTF-8 text") && !strings.Contains(err.Error(), "control or invisible character") {
				t.Fatalf("no line explained, with an error other than one of a file that is not text: %v", err)
			}
			return
		}
		if len(ex) != len(raw) {
			t.Fatalf("%d lines explained, want %d", len(ex), len(raw))
		}
		for i, l := range ex {
			if l.Line != i+1 {
				t.Fatalf("explained line %d is numbered %d", i+1, l.Line)
			}
			if want := clean.Text(raw[i]); l.Text != want {
				t.Fatalf("line %d: text %q, want %q", l.Line, l.Text, want)
			}
			if l.Class == "" || strings.Contains(l.Class, "\n") {
				t.Fatalf("line %d: class %q", l.Line, l.Class)
			}
			if (l.Class == "blank") != (l.Text == "") {
				t.Fatalf("line %d: class %q for text %q", l.Line, l.Class, l.Text)
			}
			if err == nil && strings.HasPrefix(l.Class, "not read") {
				t.Fatalf("line %d: class %q, and no error", l.Line, l.Class)
			}
		}
	})
}
