package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
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
		if c.profile, err = os.ReadFile("../internal/parse/profiles/" + c.lang + ".txt"); err != nil {
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
			cs, _, _, err := parseGo(name, data)
			if err != nil {
				tb.Fatal(err)
			}
			all = append(all, cs...)
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
// and the values of its string constants: each string literal, or
// literals joined with +, that is not part of a larger one (see
// stringConstants).
func parseGo(name string, data []byte) (comments, strs []string, f *ast.File, err error) {
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
	strs, err = stringConstants(f)
	return comments, strs, f, err
}

// stringConstants returns the value of every string constant expression
// of f that is not part of a larger one: a string literal, or string
// literals joined with + (which the compiler folds into one constant).
func stringConstants(f ast.Node) ([]string, error) {
	var out []string
	var err error
	ast.Inspect(f, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if s, ok, serr := constString(e); serr != nil {
			err = cmpOr(err, serr)
			return false
		} else if ok {
			out = append(out, s)
			return false
		}
		return true
	})
	return out, err
}

// constString returns the value of e if it is a string constant
// expression made of literals: a literal, a parenthesised one, or a sum
// of them.
func constString(e ast.Expr) (string, bool, error) {
	v, ok, err := constValue(e)
	if !ok || err != nil {
		return "", ok, err
	}
	return constant.StringVal(v), true, nil
}

func constValue(e ast.Expr) (constant.Value, bool, error) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return nil, false, nil
		}
		v := constant.MakeFromLiteral(e.Value, token.STRING, 0)
		if v.Kind() == constant.Unknown {
			return nil, false, fmt.Errorf("the literal %s is not a valid string", e.Value)
		}
		return v, true, nil
	case *ast.ParenExpr:
		return constValue(e.X)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return nil, false, nil
		}
		x, xok, err := constValue(e.X)
		if err != nil || !xok {
			return nil, false, err
		}
		y, yok, err := constValue(e.Y)
		if err != nil || !yok {
			return nil, false, err
		}
		return constant.BinaryOp(x, token.ADD, y), true, nil
	}
	return nil, false, nil
}

// cmpOr returns the first non-nil error.
func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// modelTexts returns every text of c that came from a seed: texts, each
// of which the generator writes as one string constant, and statements,
// which are parts of their level's paragraph.
func modelTexts(c *model.Corpus) (texts, statements []string) {
	for _, s := range c.Skills {
		for _, t := range s.Translations {
			texts = append(texts, t.Name, t.Description, t.ActivitiesIntro, t.Category, t.Subcategory)
			texts = append(texts, t.Guidance...)
			texts = append(texts, t.Activities...)
			texts = append(texts, t.RevisionNotes...)
			for _, l := range t.Levels {
				texts = append(texts, l.Paragraph, l.Note)
				statements = append(statements, l.Statements...)
			}
		}
	}
	for _, fw := range c.Framework {
		texts = append(texts, fw.LowerHelp, fw.HigherHelp)
		texts = append(texts, fw.GuidingWords[:]...)
		texts = append(texts, fw.Essences[:]...)
	}
	return texts, statements
}

// FuzzGenerate parses any bytes as one of the real seeds (sel picks
// which) and generates the module's files from what parses. Every file
// must parse with go/parser, be marked as generated and be gofmt-clean;
// no line may be a //go: or +build directive; every character outside
// the ASCII printable range must be printable (invisible and bidi
// characters only as escapes); every seed text must be the value of a
// string constant (a literal, or literals joined with +), and none may
// stand in a comment unless the generator writes that text in its
// comments anyway; and the translation tables must read back as the
// model (checkTables).
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
		texts, statements := modelTexts(corpus)
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
		consts := map[string]bool{}
		for _, l := range literals {
			consts[l] = true
		}
		for _, text := range texts {
			if text != "" && !consts[text] {
				t.Fatalf("seed text %q is the value of no string constant", text)
			}
		}
		for _, err := range checkTables(corpus, files) {
			t.Fatal(err)
		}
		for _, text := range append(texts, statements...) {
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
