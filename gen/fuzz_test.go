package main

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/parse"
)

// A fuzzConfig is one real seed's manifest line and language profile: a
// fuzz input is parsed as that seed.
type fuzzConfig struct {
	file, line, lang string
	profile, seed    []byte
	// comments are the comments of the files generated from the real
	// seed, joined: text the generator writes in comments of its own.
	comments string
}

func loadFuzzConfigs(tb testing.TB) []fuzzConfig {
	tb.Helper()
	manifest, err := os.ReadFile("../seeds/MANIFEST")
	if err != nil {
		tb.Fatal(err)
	}
	var out []fuzzConfig
	for _, l := range strings.Split(string(manifest), "\n") {
		f := strings.Fields(l)
		if len(f) < 4 || strings.HasPrefix(l, "#") {
			continue
		}
		c := fuzzConfig{file: f[0], line: l, lang: f[2]}
		if c.profile, err = os.ReadFile("../seeds/languages/" + c.lang + ".txt"); err != nil {
			tb.Fatal(err)
		}
		if c.seed, err = os.ReadFile("../seeds/" + c.file); err != nil {
			tb.Fatal(err)
		}
		files, corpus, err := c.generate(c.seed)
		if err != nil {
			tb.Fatalf("%s: %v", c.file, err)
		}
		var all []string
		for name, data := range files {
			f, _, _, err := parseGo(name, data)
			if err != nil {
				tb.Fatal(err)
			}
			all = append(all, f...)
		}
		if corpus == nil {
			tb.Fatalf("%s: no corpus", c.file)
		}
		c.comments = strings.Join(all, "\n")
		out = append(out, c)
	}
	if len(out) == 0 {
		tb.Fatal("no seeds in ../seeds/MANIFEST")
	}
	return out
}

// generate parses seed as the config's seed file, alone in a seeds
// folder, and generates the module's files from it.
func (c fuzzConfig) generate(seed []byte) (map[string][]byte, *model.Corpus, error) {
	fsys := fstest.MapFS{
		"MANIFEST":                     {Data: []byte(c.line + "\n")},
		"languages/" + c.lang + ".txt": {Data: c.profile},
		c.file:                         {Data: seed},
	}
	corpus, err := parse.Dir(fsys, "seeds", "seeds")
	if err != nil {
		return nil, nil, err
	}
	files, err := Generate(corpus, modPath)
	return files, corpus, err
}

// parseGo parses a generated file and returns the text of its comments
// and of its string literals, unquoted.
func parseGo(name string, data []byte) (comments, literals []string, f *ast.File, err error) {
	fset := token.NewFileSet()
	f, err = parser.ParseFile(fset, name, data, parser.ParseComments)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			comments = append(comments, c.Text)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
			s, uerr := strconv.Unquote(bl.Value)
			if uerr != nil && err == nil {
				err = uerr
			}
			literals = append(literals, s)
		}
		return true
	})
	return comments, literals, f, err
}

// modelTexts returns every text of c that came from a seed.
func modelTexts(c *model.Corpus) []string {
	var out []string
	for _, s := range c.Skills {
		for _, t := range s.Translations {
			out = append(out, t.Name, t.Description, t.ActivitiesIntro, t.Category, t.Subcategory)
			out = append(out, t.Guidance...)
			out = append(out, t.Activities...)
			for _, l := range t.Levels {
				out = append(out, l.Paragraph, l.Note)
				out = append(out, l.Statements...)
			}
		}
	}
	for _, fw := range c.Framework {
		out = append(out, fw.LowerHelp, fw.HigherHelp)
		out = append(out, fw.GuidingWords[:]...)
		out = append(out, fw.Essences[:]...)
	}
	return out
}

// FuzzGenerate parses any bytes as one of the real seeds (sel picks
// which) and generates the module's files from what parses. Every file
// must parse with go/parser and be gofmt-clean; no line may be a //go:
// directive; every character outside the ASCII printable range must be
// printable (invisible and bidi characters only as escapes); every seed
// text must be in a string literal, and none in a comment unless the
// generator writes that text in its comments anyway.
func FuzzGenerate(f *testing.F) {
	configs := loadFuzzConfigs(f)
	for i, c := range configs {
		f.Add(byte(i), c.seed)
	}
	f.Fuzz(func(t *testing.T, sel byte, data []byte) {
		c := configs[int(sel)%len(configs)]
		files, corpus, err := c.generate(data)
		if corpus == nil {
			return // a parse error: FuzzSeed checks those
		}
		if err != nil {
			t.Fatalf("the seed parses but does not generate: %v", err)
		}
		texts := modelTexts(corpus)
		var comments, literals []string
		for name, src := range files {
			cs, ls, file, err := parseGo(name, src)
			if err != nil {
				t.Fatalf("%s does not parse: %v\n%s", name, err, src)
			}
			if !ast.IsGenerated(file) {
				t.Fatalf("%s is not marked as generated", name)
			}
			comments = append(comments, cs...)
			literals = append(literals, ls...)
			formatted, err := format.Source(src)
			if err != nil || !bytes.Equal(formatted, src) {
				t.Fatalf("%s is not gofmt-clean (%v)", name, err)
			}
			for _, line := range strings.Split(string(src), "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "//go:") || strings.HasPrefix(strings.TrimSpace(line), "// +build") {
					t.Fatalf("%s: a directive line %q", name, line)
				}
			}
			for _, r := range string(src) {
				if r != '\n' && r != '\t' && !strconv.IsPrint(r) {
					t.Fatalf("%s holds the character %U raw", name, r)
				}
			}
		}
		lits := strings.Join(literals, "\x00")
		for _, text := range texts {
			if !strings.Contains(lits, text) {
				t.Fatalf("seed text %q is in no string literal", text)
			}
			if text == "" || strings.Contains(c.comments, text) {
				continue
			}
			for _, cm := range comments {
				if strings.Contains(cm, text) {
					t.Fatalf("seed text %q reached the comment %q", text, cm)
				}
			}
		}
	})
}
