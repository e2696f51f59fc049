package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/sfiakit/sfiakit/internal/model"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
)

// The tests in this file check the targets of issue 9 §4, "tables a
// reviewer can read": one literal per text, a paragraph one statement
// per line, a one-sentence edit of a seed changing one generated file by
// at most 6 lines, and no generated line longer than 500 characters.

// maxLineRunes is the longest a generated line may be, in characters.
const maxLineRunes = 500

// decode sets v, a value of a table type of sfiaimpl, from e, the
// composite literal the generator wrote for it. Strings must be string
// constants (a literal, or literals joined with +), numbers integer
// literals, structs keyed composite literals, slices and arrays composite
// literals; anything else is an error. It is how the tests read a
// generated table back without compiling it.
func decode(e ast.Expr, v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		s, ok, err := constString(e)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("expected a string constant, found a %T", e)
		}
		v.SetString(s)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.INT {
			return fmt.Errorf("expected an integer literal, found a %T", e)
		}
		n, err := strconv.ParseInt(lit.Value, 0, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.INT {
			return fmt.Errorf("expected an integer literal, found a %T", e)
		}
		n, err := strconv.ParseUint(lit.Value, 0, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetUint(n)
	case reflect.Struct:
		cl, ok := e.(*ast.CompositeLit)
		if !ok {
			return fmt.Errorf("expected a composite literal of %s, found a %T", v.Type(), e)
		}
		for _, elt := range cl.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return fmt.Errorf("expected keyed fields of %s, found a %T", v.Type(), elt)
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				return fmt.Errorf("expected a field name of %s, found a %T", v.Type(), kv.Key)
			}
			f := v.FieldByName(key.Name)
			if !f.IsValid() || !f.CanSet() {
				return fmt.Errorf("%s has no field %s", v.Type(), key.Name)
			}
			if err := decode(kv.Value, f); err != nil {
				return fmt.Errorf("%s: %w", key.Name, err)
			}
		}
	case reflect.Slice, reflect.Array:
		cl, ok := e.(*ast.CompositeLit)
		if !ok {
			return fmt.Errorf("expected a composite literal of %s, found a %T", v.Type(), e)
		}
		if v.Kind() == reflect.Slice {
			v.Set(reflect.MakeSlice(v.Type(), len(cl.Elts), len(cl.Elts)))
		} else if len(cl.Elts) != v.Len() {
			return fmt.Errorf("expected %d elements of %s, found %d", v.Len(), v.Type(), len(cl.Elts))
		}
		for i, elt := range cl.Elts {
			if _, ok := elt.(*ast.KeyValueExpr); ok {
				return fmt.Errorf("expected the elements of %s in order, found a keyed one", v.Type())
			}
			if err := decode(elt, v.Index(i)); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
		}
	default:
		return fmt.Errorf("cannot decode a %s", v.Type())
	}
	return nil
}

// varValue returns the value of the package-level variable name in f.
func varValue(f *ast.File, name string) (ast.Expr, error) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if n.Name == name && i < len(vs.Values) {
					return vs.Values[i], nil
				}
			}
		}
	}
	return nil, fmt.Errorf("expected a variable %s, found none", name)
}

// keyed returns the value of the field key of the keyed composite literal
// e, or nil.
func keyed(e ast.Expr, key string) ast.Expr {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	for _, elt := range cl.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == key {
				return kv.Value
			}
		}
	}
	return nil
}

// pieces returns the string literals that e, a sum of literals, is made
// of, in order.
func pieces(e ast.Expr) []*ast.BasicLit {
	switch e := e.(type) {
	case *ast.BasicLit:
		return []*ast.BasicLit{e}
	case *ast.ParenExpr:
		return pieces(e.X)
	case *ast.BinaryExpr:
		return append(pieces(e.X), pieces(e.Y)...)
	}
	return nil
}

// wantTranslation is the table the generator must write for tr, as
// package sfiaimpl documents it: each text as the model holds it, for
// each level of more than one statement the byte offset in its
// paragraph where each statement after the first starts, and for each
// level that has a text (a description or a note) and whose cell the
// model names, the input and that cell as its Source.
func wantTranslation(tr *model.Translation, lang model.Language) sfiaimpl.Translation {
	w := sfiaimpl.Translation{
		Version:         sfia.Version(tr.Version),
		Source:          tr.Source,
		Where:           tr.Where,
		URL:             tr.URL,
		LevelWord:       lang.LevelWord,
		Direction:       lang.Direction,
		Name:            tr.Name,
		Description:     tr.Description,
		ActivitiesIntro: tr.ActivitiesIntro,
		Category:        tr.Category,
		Subcategory:     tr.Subcategory,
		Guidance:        tr.Guidance,
		Activities:      tr.Activities,
		RevisionNotes:   tr.RevisionNotes,
	}
	for _, l := range tr.Levels {
		lt := &w.Levels[l.Level-1]
		lt.Note = l.Note
		if l.Where != "" && (l.Defined || l.Note != "") {
			lt.Source = tr.Source + ":" + l.Where
		}
		if !l.Defined {
			continue
		}
		lt.Description = l.Paragraph
		off := 0
		for i, st := range l.Statements {
			if i > 0 {
				lt.Breaks = append(lt.Breaks, uint16(off))
			}
			off += len(st) + 1
		}
	}
	return w
}

// splitStatements splits a level's description at its breaks by the rule
// sfiaimpl.LevelText documents: statement i runs from Breaks[i-1] (0 for
// the first) to one byte (the separating space) before Breaks[i], the
// last to the end.
func splitStatements(lt sfiaimpl.LevelText) ([]string, error) {
	if lt.Description == "" {
		return nil, nil
	}
	var out []string
	start := 0
	for _, b := range lt.Breaks {
		end := int(b) - 1
		if end < start || end >= len(lt.Description) || lt.Description[end] != ' ' {
			return nil, fmt.Errorf("break %d does not follow a space of %q", b, lt.Description)
		}
		out = append(out, lt.Description[start:end])
		start = int(b)
	}
	return append(out, lt.Description[start:]), nil
}

// checkTables parses each generated translation file of c, and the
// level set, attribute set and framework files (see checkSets), and
// reports every way they differ from what the model says, as errors:
//   - the file declares the translation's table, whose every text is one
//     string constant (a literal, or literals joined with +) equal to the
//     model's text, and whose breaks split each level's description into
//     the model's statements;
//   - each level's description is laid out one statement per line: each
//     literal on a line of its own, a new literal at each statement's
//     start, and a statement spread over several literals only where its
//     quoted form is longer than maxChunk (wrapped at spaces).
func checkTables(c *model.Corpus, files map[string][]byte) []error {
	var errs []error
	langs := map[string]model.Language{}
	for _, l := range c.Languages {
		langs[l.Tag] = l
	}
	for i := range c.Skills {
		s := &c.Skills[i]
		for j := range s.Translations {
			tr := &s.Translations[j]
			name := strings.ToLower(s.Code) + "/" + translationFileName(tr)
			fail := func(format string, args ...any) {
				errs = append(errs, fmt.Errorf("%s: "+format, append([]any{name}, args...)...))
			}
			src, ok := files[name]
			if !ok {
				fail("expected the file of %s %s SFIA %d, found none", s.Code, tr.Language, tr.Version)
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, name, src, 0)
			if err != nil {
				fail("%v", err)
				continue
			}
			e, err := varValue(f, transIdent(tr))
			if err != nil {
				fail("%v", err)
				continue
			}
			var got sfiaimpl.Translation
			if err := decode(e, reflect.ValueOf(&got).Elem()); err != nil {
				fail("%v", err)
				continue
			}
			if diff := cmp.Diff(wantTranslation(tr, langs[tr.Language]), got, cmpopts.EquateEmpty()); diff != "" {
				fail("the table differs from the model (-model +table):\n%s", diff)
			}
			levels := keyed(e, "Levels")
			for _, l := range tr.Levels {
				if !l.Defined {
					continue
				}
				if stmts, err := splitStatements(got.Levels[l.Level-1]); err != nil {
					fail("level %d: %v", l.Level, err)
				} else if diff := cmp.Diff(l.Statements, stmts, cmpopts.EquateEmpty()); diff != "" && len(l.Statements) > 0 {
					fail("level %d: the breaks give other statements (-model +table):\n%s", l.Level, diff)
				}
				cl, _ := levels.(*ast.CompositeLit)
				if cl == nil || len(cl.Elts) != 7 {
					fail("expected Levels as a literal of 7 elements")
					break
				}
				lits := pieces(keyed(cl.Elts[l.Level-1], "Description"))
				var starts []int
				off, line := 0, 0
				for k, lit := range lits {
					v, _ := strconv.Unquote(lit.Value)
					starts = append(starts, off)
					off += len(v)
					if ln := fset.Position(lit.Pos()).Line; k > 0 && ln != line+1 {
						fail("level %d: literal %d of the description is on line %d, the one before on line %d; want one per line", l.Level, k+1, ln, line)
					} else {
						line = ln
					}
				}
				// starts is increasing: walk it once beside the statements.
				stmtStart, next := 0, 0
				for k, st := range l.Statements {
					end := stmtStart + len(st) + 1 // with its separating space
					if k == len(l.Statements)-1 {
						end = len(l.Paragraph)
					}
					for next < len(starts) && starts[next] < stmtStart {
						next++
					}
					in := 0 // literals that start inside the statement
					for next+in < len(starts) && starts[next+in] < end {
						in++
					}
					switch {
					case next >= len(starts) || starts[next] != stmtStart:
						fail("level %d: statement %d (%q) does not start a literal", l.Level, k+1, st)
					case in > 1 && quotedLen(l.Paragraph[stmtStart:end]) <= maxChunk:
						fail("level %d: statement %d (%q) is spread over %d literals but is short enough for one", l.Level, k+1, st, in)
					}
					stmtStart = end
				}
			}
		}
	}
	return append(errs, checkSets(c, files)...)
}

// wantLevelSet and wantAttributeSet are the tables the generator must
// write for a level set and an attribute set, as package sfiaimpl
// documents them: each text as the model holds it, and as Source the
// input and, where the model names it, the cell or row ("FILE:WHERE").
func wantLevelSet(ls *model.LevelSet) sfiaimpl.LevelSet {
	w := sfiaimpl.LevelSet{Version: sfia.Version(ls.Version)}
	for i, li := range ls.Levels {
		src := ls.Source
		if li.Where != "" {
			src += ":" + li.Where
		}
		w.Levels[i] = sfiaimpl.LevelInfo{
			Source: src, GuidingPhrase: li.GuidingPhrase, Essence: li.Essence,
			Autonomy: li.Autonomy, Influence: li.Influence, Complexity: li.Complexity,
			BusinessSkills: li.BusinessSkills, Knowledge: li.Knowledge,
		}
	}
	return w
}

func wantAttributeSet(as *model.AttributeSet) sfiaimpl.AttributeSet {
	w := sfiaimpl.AttributeSet{Version: sfia.Version(as.Version)}
	for _, a := range as.Attributes {
		src := as.Source
		if a.Where != "" {
			src += ":" + a.Where
		}
		w.Attributes = append(w.Attributes, sfiaimpl.Attribute{
			Source: src, Code: a.Code, URL: a.URL, Name: a.Name, Type: a.Type,
			Description: a.Description, Guidance: a.Guidance, Levels: a.Levels,
		})
	}
	return w
}

// checkSets checks the files of c's level sets and attribute sets, and
// the framework file that lists them:
//   - skills/levels_<lang>_sfia<v>_gen.go and
//     skills/attributes_<lang>_sfia<v>_gen.go declare the set's table,
//     equal to the model's (wantLevelSet, wantAttributeSet), every text
//     one string constant laid out one literal per line;
//   - the framework table lists the sets' languages sorted and each once
//     (LevelLangs, AttributeLangs) and, for each, its sets newest version
//     first (LevelSets, AttributeSets), every set of the model once;
//     without sets, it has none of these fields.
func checkSets(c *model.Corpus, files map[string][]byte) []error {
	var errs []error
	// parseVar decodes the variable ident of file name into v, and
	// checks its literals' layout.
	parseVar := func(name, ident string, v any) bool {
		fail := func(err error) { errs = append(errs, fmt.Errorf("%s: %w", name, err)) }
		src, ok := files[name]
		if !ok {
			fail(fmt.Errorf("expected the file of %s, found none", ident))
			return false
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			fail(err)
			return false
		}
		e, err := varValue(f, ident)
		if err != nil {
			fail(err)
			return false
		}
		if err := decode(e, reflect.ValueOf(v).Elem()); err != nil {
			fail(err)
			return false
		}
		for _, err := range literalsOnePerLine(fset, e) {
			fail(err)
		}
		return true
	}
	type group struct {
		lang   string
		idents []string
	}
	var levelGroups, attrGroups []group
	add := func(gs []group, lang, ident string) []group {
		if len(gs) == 0 || gs[len(gs)-1].lang != lang {
			gs = append(gs, group{lang: lang})
		}
		gs[len(gs)-1].idents = append(gs[len(gs)-1].idents, ident)
		return gs
	}
	for i := range c.LevelSets {
		ls := &c.LevelSets[i]
		name := fmt.Sprintf("%s/levels_%s_sfia%d_gen.go", RegistryDir, strings.ToLower(ls.Language), ls.Version)
		var got sfiaimpl.LevelSet
		if parseVar(name, levelSetIdent(ls), &got) {
			if diff := cmp.Diff(wantLevelSet(ls), got); diff != "" {
				errs = append(errs, fmt.Errorf("%s: the table differs from the model (-model +table):\n%s", name, diff))
			}
		}
		levelGroups = add(levelGroups, ls.Language, levelSetIdent(ls))
	}
	for i := range c.AttributeSets {
		as := &c.AttributeSets[i]
		name := fmt.Sprintf("%s/attributes_%s_sfia%d_gen.go", RegistryDir, strings.ToLower(as.Language), as.Version)
		var got sfiaimpl.AttributeSet
		if parseVar(name, attributeSetIdent(as), &got) {
			if diff := cmp.Diff(wantAttributeSet(as), got, cmpopts.EquateEmpty()); diff != "" {
				errs = append(errs, fmt.Errorf("%s: the table differs from the model (-model +table):\n%s", name, diff))
			}
		}
		attrGroups = add(attrGroups, as.Language, attributeSetIdent(as))
	}

	// The framework table.
	name := RegistryDir + "/framework_gen.go"
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{name}, args...)...))
	}
	f, err := parser.ParseFile(token.NewFileSet(), name, files[name], 0)
	if err != nil {
		fail("%v", err)
		return errs
	}
	fw, err := varValue(f, "framework")
	if err != nil {
		fail("%v", err)
		return errs
	}
	versions := map[string]int{}
	for _, ls := range c.LevelSets {
		versions[levelSetIdent(&ls)] = ls.Version
	}
	for _, as := range c.AttributeSets {
		versions[attributeSetIdent(&as)] = as.Version
	}
	for _, k := range []struct {
		langs, sets string
		want        []group
	}{
		{"LevelLangs", "LevelSets", levelGroups},
		{"AttributeLangs", "AttributeSets", attrGroups},
	} {
		le, se := keyed(fw, k.langs), keyed(fw, k.sets)
		if len(k.want) == 0 {
			if le != nil || se != nil {
				fail("expected no %s and no %s without sets, found them", k.langs, k.sets)
			}
			continue
		}
		if le == nil || se == nil {
			fail("expected %s and %s, found none", k.langs, k.sets)
			continue
		}
		var langs struct{ Tags []string }
		if err := decode(le, reflect.ValueOf(&langs).Elem()); err != nil {
			fail("%s: %v", k.langs, err)
			continue
		}
		refs, err := addressLists(se)
		if err != nil {
			fail("%s: %v", k.sets, err)
			continue
		}
		var wantTags []string
		var wantRefs [][]string
		for _, g := range k.want {
			wantTags = append(wantTags, g.lang)
			wantRefs = append(wantRefs, g.idents)
		}
		if diff := cmp.Diff(wantTags, langs.Tags); diff != "" {
			fail("%s differs from the sets' languages (-model +table):\n%s", k.langs, diff)
		}
		if diff := cmp.Diff(wantRefs, refs); diff != "" {
			fail("%s differs from the sets (-model +table):\n%s", k.sets, diff)
		}
		// What the runtime relies on, whatever the model's order.
		for i := 1; i < len(langs.Tags); i++ {
			if langs.Tags[i-1] >= langs.Tags[i] {
				fail("%s %q: expected sorted, each once", k.langs, langs.Tags)
			}
		}
		for _, list := range refs {
			for i := 1; i < len(list); i++ {
				if versions[list[i-1]] <= versions[list[i]] {
					fail("%s: %s before %s; expected the newest version first", k.sets, list[i-1], list[i])
				}
			}
		}
	}
	return errs
}

// addressLists reads a composite literal of composite literals of &ident
// (the framework's LevelSets, AttributeSets) as the identifiers' names.
func addressLists(e ast.Expr) ([][]string, error) {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("expected a composite literal, found a %T", e)
	}
	var out [][]string
	for _, elt := range cl.Elts {
		inner, ok := elt.(*ast.CompositeLit)
		if !ok {
			return nil, fmt.Errorf("expected a composite literal per language, found a %T", elt)
		}
		var names []string
		for _, x := range inner.Elts {
			u, ok := x.(*ast.UnaryExpr)
			if !ok || u.Op != token.AND {
				return nil, fmt.Errorf("expected &name, found a %T", x)
			}
			id, ok := u.X.(*ast.Ident)
			if !ok {
				return nil, fmt.Errorf("expected &name, found &%T", u.X)
			}
			names = append(names, id.Name)
		}
		out = append(out, names)
	}
	return out, nil
}

// literalsOnePerLine reports every sum of string literals under e whose
// literals are not each on the line after the one before: a text laid
// out for a reviewer has one literal per line.
func literalsOnePerLine(fset *token.FileSet, e ast.Expr) []error {
	var errs []error
	ast.Inspect(e, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			return true
		}
		lits := pieces(b)
		for k := 1; k < len(lits); k++ {
			prev, cur := fset.Position(lits[k-1].Pos()).Line, fset.Position(lits[k].Pos()).Line
			if cur != prev+1 {
				errs = append(errs, fmt.Errorf("literal %d of a text is on line %d, the one before on line %d; want one per line", k+1, cur, prev))
			}
		}
		return false // pieces read the whole sum
	})
	return errs
}

// synthCorpus parses a synthetic seeds folder written by internal/synth.
func synthCorpus(t testing.TB, c synth.Corpus) *model.Corpus {
	t.Helper()
	dir := t.TempDir()
	if err := synth.Write(dir, c); err != nil {
		t.Fatal(err)
	}
	corpus, err := parse.Dir(os.DirFS(dir), dir, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	return corpus
}

// longCorpus is the example corpus with texts far longer than a line:
// a one-sentence guidance paragraph of about 2,000 characters, a level
// statement of about 1,200 between two short ones, an essence of 700
// characters of Arabic script, and an activity that is one 700-letter
// word, which can only be cut between two letters; and in the official
// layouts' sets, an essence of about 1,200 characters between two short
// sentences, an attribute's guidance paragraph of about 2,000, and an
// attribute's level text that is one 700-letter word.
func longCorpus() *model.Corpus {
	c := exampleCorpus()
	fr := &c.Skills[1].Translations[1]
	fr.Guidance = []string{strings.Repeat("Le frob des gizmos rétifs ", 80) + "se fait seul."}
	long := strings.Repeat("zorpe les widgets ", 66) + "sans aide."
	fr.Levels[1] = model.Level{Level: 3, Defined: true, Paragraph: "Court. " + long + " Court.", Statements: []string{"Court.", long, "Court."}}
	c.Framework[0].Essences[0] = strings.Repeat("يزلق البنتر ", 58) + "هنا."
	fr.Activities = append(fr.Activities, strings.Repeat("é", 700))
	c.LevelSets[0].Levels[3].Essence = "Court. " + long + " Court."
	c.AttributeSets[0].Attributes[0].Guidance[1] = strings.Repeat("Le zorp des gizmos rétifs ", 80) + "se mesure seul."
	c.AttributeSets[0].Attributes[1].Levels[6] = strings.Repeat("ç", 700)
	return c
}

// officialCorpus is the example corpus with level and attribute sets in
// three languages, as a MANIFEST of official downloads gives them: ar
// SFIA 9 (levels and attributes), es-419 SFIA 8 (levels), and the
// example's French sets; a tag with a region, whose file and identifier
// names fold it.
func officialCorpus() *model.Corpus {
	c := exampleCorpus()
	ar9 := c.LevelSets[0]
	ar9.Language, ar9.Source = "ar", "seeds/sfia-9_ar_levels.csv"
	ar9.Levels[0].Essence = "يزلق البنتر. يسمد القرطم؟"
	es8 := c.LevelSets[1]
	es8.Language, es8.Source = "es-419", "seeds/sfia-8_es-419.xlsx"
	c.LevelSets = append([]model.LevelSet{ar9, es8}, c.LevelSets...)
	arA := c.AttributeSets[0]
	arA.Language, arA.Source = "ar", "seeds/sfia-9_ar_attributes.csv"
	c.AttributeSets = append([]model.AttributeSet{arA}, c.AttributeSets...)
	return c
}

// TestOneLiteralPerText reads the generated translation tables back with
// go/ast (see checkTables) for the example corpus, a corpus of texts
// longer than a line, a synthetic corpus and the real seeds, and checks
// that each holds every text of the model as one string constant, with
// level paragraphs one statement per line.
func TestOneLiteralPerText(t *testing.T) {
	real, err := parse.Dir(os.DirFS("../seeds"), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		corpus *model.Corpus
	}{
		{"example", exampleCorpus()},
		{"long texts", longCorpus()},
		{"official layouts", officialCorpus()},
		{"synthetic", synthCorpus(t, synth.Corpus{Skills: 3, Languages: 6, Versions: []int{6, 9}})},
		{"real seeds", real},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files, err := Generate(tt.corpus, examplePrefix)
			if err != nil {
				t.Fatal(err)
			}
			for _, err := range checkTables(tt.corpus, files) {
				t.Error(err)
			}
		})
	}
}

// TestCheckTablesFails makes sure checkTables is no test that cannot
// fail: it must report a changed text, a text split into two constants,
// a wrong break, two statements on one line, a translation's row or a
// level's cell lost, a level or attribute set that differs from the
// model, a set's file missing, and a framework table that lists the sets
// out of order or not at all.
func TestCheckTablesFails(t *testing.T) {
	const (
		zorp   = "zorp/fr_sfia9_gen.go"
		blip   = "blip/fr_sfia9_gen.go"
		lv9    = "skills/levels_fr_sfia9_gen.go"
		lv8    = "skills/levels_fr_sfia8_gen.go"
		attrs  = "skills/attributes_fr_sfia9_gen.go"
		fwFile = "skills/framework_gen.go"
	)
	edits := []struct {
		name, file, old, new, want string
	}{
		{"changed text", zorp, `"Frob"`, `"Frobs"`, "the table differs from the model"},
		{"revision note changed", zorp, `"Le palier 5 n'est plus décrit."`, `"Le palier 5 est décrit."`, "the table differs from the model"},
		{"text not one constant", zorp, `Name:        "Frobnication des gizmos",`, `Name:        "Frobnication des " + gizmos,`, "Name: expected a string constant"},
		{"wrong break", zorp, "Breaks: []uint16{28, 61}", "Breaks: []uint16{28, 60}", "the table differs from the model"},
		{"two statements on a line", zorp, "\"Frobe les gizmos sans aide. \" +\n\t\t\t\t\"Zorpe", "\"Frobe les gizmos sans aide. \" + \"Zorpe", "literal 2 of the description is on line"},
		{"statement inside a literal", zorp, "\"Frobe les gizmos sans aide. \" +\n\t\t\t\t\"Zorpe les widgets d'une équipe. \" +", "\"Frobe les gizmos sans aide. Zorpe les widgets d'une équipe. \" +", "statement 2 (\"Zorpe les widgets d'une équipe.\") does not start a literal"},
		{"translation row lost", blip, "\tWhere:       \"3\",\n", "", "blip/fr_sfia9_gen.go: the table differs from the model"},
		{"level cell lost", blip, "\t\t\tSource:      \"seeds/sfia-9_fr_skills.csv:3:141\",\n", "", "blip/fr_sfia9_gen.go: the table differs from the model"},
		{"essence changed", lv9, `"Frobe avec aide."`, `"Frobe sans aide."`, lv9 + ": the table differs from the model"},
		{"level set cell wrong", lv9, `"seeds/sfia-9_fr_levels.csv:2:14"`, `"seeds/sfia-9_fr_levels.csv:2:15"`, lv9 + ": the table differs from the model"},
		{"level set text on one line", lv9, "\"Zorpe sous contrôle. \" +\n\t\t\t\t\"Apprend", "\"Zorpe sous contrôle. \" + \"Apprend", lv9 + ": literal 2 of a text is on line 16, the one before on line 16"},
		{"SFIA 8 text lost", lv8, "\t\t\tKnowledge:      \"Sait beaucoup.\",\n", "", lv8 + ": the table differs from the model"},
		{"attribute text not one constant", attrs, `Name:   "Zorpitude",`, `Name:   "Zorp" + itude,`, "Name: expected a string constant"},
		{"attribute row lost", attrs, `"seeds/sfia-9_fr_attributes.csv:6"`, `"seeds/sfia-9_fr_attributes.csv"`, attrs + ": the table differs from the model"},
		{"attribute level moved", attrs, "\t\t\t\t// level 1\n\t\t\t\t\"\",\n\t\t\t\t// level 2\n\t\t\t\t\"Frobe peu.\",\n", "\t\t\t\t// level 1\n\t\t\t\t\"Frobe peu.\",\n\t\t\t\t// level 2\n\t\t\t\t\"\",\n", attrs + ": the table differs from the model"},
		{"attribute set file missing", attrs, "", "", attrs + ": expected the file of attributesFrSFIA9, found none"},
		{"level sets out of order", fwFile, "{&levelsFrSFIA9, &levelsFrSFIA8}", "{&levelsFrSFIA8, &levelsFrSFIA9}", "levelsFrSFIA8 before levelsFrSFIA9; expected the newest version first"},
		{"level language missing", fwFile, `LevelLangs: sfiaimpl.Languages{Tags: []string{"fr"}},`, `LevelLangs: sfiaimpl.Languages{Tags: []string{}},`, "LevelLangs differs from the sets' languages"},
		{"attribute sets not listed", fwFile, "\tAttributeSets: [][]*sfiaimpl.AttributeSet{\n\t\t{&attributesFrSFIA9},\n\t},\n", "", "expected AttributeLangs and AttributeSets, found none"},
	}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			files := generateExample(t)
			switch {
			case e.old == "":
				delete(files, e.file)
			case !bytes.Contains(files[e.file], []byte(e.old)):
				t.Fatalf("%s does not hold %q:\n%s", e.file, e.old, files[e.file])
			default:
				files[e.file] = bytes.Replace(files[e.file], []byte(e.old), []byte(e.new), 1)
			}
			errs := checkTables(exampleCorpus(), files)
			if len(errs) == 0 || !strings.Contains(fmt.Sprint(errs), e.want) {
				t.Errorf("checkTables reported %v, want an error containing %q", errs, e.want)
			}
		})
	}
	// Without sets, the framework lists none, and checkSets says so when
	// it does.
	c := exampleCorpus()
	c.LevelSets, c.AttributeSets = nil, nil
	files, err := Generate(c, examplePrefix)
	if err != nil {
		t.Fatal(err)
	}
	if errs := checkTables(c, files); len(errs) != 0 {
		t.Errorf("no sets: checkTables reported %v", errs)
	}
	files[fwFile] = generateExample(t)[fwFile]
	if errs := checkTables(c, files); !strings.Contains(fmt.Sprint(errs), "expected no LevelLangs and no LevelSets without sets, found them") {
		t.Errorf("no sets, a framework that lists some: checkTables reported %v", errs)
	}
}

// longestLine returns the longest line, in characters, of the files, and
// where it is.
func longestLine(files map[string][]byte) (n int, where string) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for i, l := range strings.Split(string(files[name]), "\n") {
			if c := utf8.RuneCountInString(l); c > n {
				n, where = c, fmt.Sprintf("%s:%d", name, i+1)
			}
		}
	}
	return n, where
}

// TestLineLength checks that no generated line is longer than 500
// characters, for the real seeds, a synthetic corpus of twenty languages
// and a corpus of texts far longer than a line.
func TestLineLength(t *testing.T) {
	real, err := parse.Dir(os.DirFS("../seeds"), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		corpus *model.Corpus
	}{
		{"real seeds", real},
		{"synthetic", synthCorpus(t, synth.Corpus{Skills: 3, Languages: 20, Versions: []int{6, 8, 9}})},
		{"long texts", longCorpus()},
		{"official layouts", officialCorpus()},
	} {
		files, err := Generate(tt.corpus, examplePrefix)
		if err != nil {
			t.Fatal(err)
		}
		if n, where := longestLine(files); n > maxLineRunes {
			t.Errorf("%s: line %s is %d characters long; want at most %d", tt.name, where, n, maxLineRunes)
		}
	}
}

// changedLines returns how many lines a minimal line diff of a and b
// shows: the lines of a it removes plus the lines of b it adds, where
// the lines kept are a longest common subsequence of the two. A line
// changed in place counts twice (removed and added).
func changedLines(a, b string) int {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// lcs[i][j] is the length of a longest common subsequence of x[i:]
	// and y[j:].
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	return len(x) + len(y) - 2*lcs[0][0]
}

func TestChangedLines(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"a\nb\nc", "a\nb\nc", 0},
		{"a\nb\nc", "a\nB\nc", 2},
		{"a\nb\nc", "a\nc", 1},
		{"a\nc", "a\nb\nc", 1},
		{"a\nb\nc\nd", "b\na\nc\nD", 4},
	}
	for _, tt := range tests {
		if got := changedLines(tt.a, tt.b); got != tt.want {
			t.Errorf("changedLines(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// maxEditLines is the most lines a one-sentence edit of one seed may
// change in the generated code (issue 9 §4), counted by changedLines.
const maxEditLines = 6

// TestOneSentenceEdit copies the real seeds, changes one word of one
// statement of a level-4 text (preferably the Italian seed's), doubling
// the word so that the statement's length and so the later statements'
// offsets change, and generates before and after. Exactly one generated
// file, the translation's own, must change, by at most 6 lines as
// changedLines counts them (removed plus added), and by at least one.
func TestOneSentenceEdit(t *testing.T) {
	seeds := t.TempDir()
	copyDir(t, "../seeds", seeds)
	before, c := generateSeeds(t, seeds, "seeds", modPath)

	// Pick the statement: the second (the first if there is one) of
	// level 4 of the first Italian translation that defines level 4, or
	// of any translation if none does.
	var tr *model.Translation
	var code, stmt string
	for _, s := range c.Skills {
		for j := range s.Translations {
			cand := &s.Translations[j]
			if tr != nil && (tr.Language == "it" || cand.Language != "it") {
				continue // keep the first Italian one, or the first one
			}
			for _, l := range cand.Levels {
				if l.Level == 4 && l.Defined && len(l.Statements) > 0 {
					tr, code, stmt = cand, s.Code, l.Statements[min(1, len(l.Statements)-1)]
				}
			}
		}
	}
	if tr == nil {
		t.Fatal("no seed defines level 4")
	}
	words := strings.Fields(stmt)
	if len(words) < 3 {
		t.Fatalf("%s: level 4 statement %q is too short to edit inside", tr.Source, stmt)
	}
	edited := strings.Replace(stmt, " "+words[1]+" ", " "+words[1]+words[1]+" ", 1)
	file := filepath.Join(seeds, filepath.FromSlash(strings.TrimPrefix(tr.Source, "seeds/")))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte(stmt)); n != 1 {
		t.Fatalf("%s holds the statement %q %d times; want once", tr.Source, stmt, n)
	}
	if err := os.WriteFile(file, bytes.Replace(data, []byte(stmt), []byte(edited), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	after, _ := generateSeeds(t, seeds, "seeds", modPath)

	var changed []string
	for name := range after {
		if !bytes.Equal(before[name], after[name]) {
			changed = append(changed, name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			changed = append(changed, name)
		}
	}
	want := []string{strings.ToLower(code) + "/" + translationFileName(tr)}
	if diff := cmp.Diff(want, changed); diff != "" {
		t.Fatalf("editing %q to %q in %s changed other files than its translation's (-want +got):\n%s", stmt, edited, tr.Source, diff)
	}
	n := changedLines(string(before[want[0]]), string(after[want[0]]))
	if n == 0 || n > maxEditLines {
		t.Errorf("editing %q to %q in %s changed %d lines of %s; want 1 to %d:\n%s", stmt, edited, tr.Source, n, want[0], maxEditLines,
			cmp.Diff(string(before[want[0]]), string(after[want[0]])))
	}
	t.Logf("editing one word of %s level 4 changed %d lines of %s", tr.Source, n, want[0])
}
