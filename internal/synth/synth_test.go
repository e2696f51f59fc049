package synth

import (
	"os"
	"testing"

	"github.com/sfiakit/sfiakit/internal/parse"
)

// TestCorpusParses writes small corpora in every layout and version mix
// and parses them: the synthetic pages must read as the real ones do.
func TestCorpusParses(t *testing.T) {
	for _, c := range []Corpus{
		{Skills: 3, Languages: 6},
		{Skills: 2, Languages: 20, Versions: []int{6, 9}},
	} {
		dir := t.TempDir()
		if err := Write(dir, c); err != nil {
			t.Fatal(err)
		}
		corpus, err := parse.Dir(os.DirFS(dir), dir, "seeds")
		if err != nil {
			t.Fatal(err)
		}
		if len(corpus.Skills) != c.Skills {
			t.Fatalf("%d skills, want %d", len(corpus.Skills), c.Skills)
		}
		nv := len(c.Versions)
		if nv == 0 {
			nv = 1
		}
		for i, s := range corpus.Skills {
			if s.Code != Code(i) || len(s.Translations) != c.Languages*nv {
				t.Errorf("skill %s: %d translations, want %d", s.Code, len(s.Translations), c.Languages*nv)
			}
			for _, tr := range s.Translations {
				var defined []int
				for _, l := range tr.Levels {
					if l.Defined {
						defined = append(defined, l.Level)
						if len(l.Statements) < 2 {
							t.Errorf("%s %s level %d: %d statements", s.Code, tr.Language, l.Level, len(l.Statements))
						}
					}
				}
				lo := 1 + i%3
				if len(defined) != 4 || defined[0] != lo {
					t.Errorf("%s %s v%d: defined %v", s.Code, tr.Language, tr.Version, defined)
				}
				lay := layoutOf(tr.Language, tr.Version)
				if lay == SFIA6 && tr.Category == "" {
					t.Errorf("%s %s: the SFIA 6 breadcrumb gave no category", s.Code, tr.Language)
				}
				if lay != SFIA6 && len(tr.Activities) < 3 {
					t.Errorf("%s %s: %d activities", s.Code, tr.Language, len(tr.Activities))
				}
			}
		}
	}
}

func layoutOf(tag string, v int) Layout {
	for j, l := range Languages {
		if l.Tag == tag {
			if v < 8 {
				return SFIA6
			}
			return Layout(j % 3)
		}
	}
	panic(tag)
}
