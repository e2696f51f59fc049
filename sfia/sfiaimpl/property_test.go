package sfiaimpl_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

// This file holds the property tests of the engine: every exported
// function and method of the package, called with every level from
// -1000 to 1000 and with unusual tags, answers without panicking; a
// lookup in a language the table does not match, or at a level outside 1
// to 7, answers nothing; a lookup in a language it matches answers what
// the lookup in that language's own tag answers; and the answers are the
// same from many goroutines at once, from the first lookup of a table on
// (go test -race checks for data races).
//
// A Framework matches tags against more than one list of languages: its
// page texts' (Langs), its level sets' (LevelLangs) and its attribute
// sets' (AttributeLangs). frameworkLangs says which lists each method
// reads, in the order it reads them; "the matched language" is the one
// the first list that matches gives.
//
// The methods are found by reflection and called with arguments chosen
// by type, so that a new method of a covered type is covered as soon as
// it exists; TestPropertyCoverage fails when the package gains an
// exported function, a type with methods, or a method, that this file
// does not call.

// propertyFuncs are the package's exported functions, and propertyTypes
// its exported types with methods.
var (
	propertyFuncs = map[string]any{"UpperCode": sfiaimpl.UpperCode}
	propertyTypes = map[string]bool{"SkillLevel": true, "Skill": true, "Framework": true}
)

// unusualTagStrings are tags no caller should send and some will: und,
// private use, extensions, scripts, grandfathered and very long tags, and
// the fixture's languages and their variants for contrast.
var unusualTagStrings = []string{
	"it", "pt", "ru", "es", "pt-BR", "it-CH", "ru-UA", "es-419", "ar", "ar-EG",
	"und", "und-BR", "und-IT", "und-Cyrl", "und-Latn", "und-419",
	"x-private", "qaa", "qaa-Qaaa-QM", "en-x-sfia", "it-x-fixt",
	"it-u-co-phonebk", "pt-BR-u-nu-arab-ca-islamic", "ru-u-nu-latn", "es-t-en-h0-hybrid", "ru-t-it",
	"sr-Cyrl", "sr-Latn", "ru-Latn", "it-Cyrl", "zh-Hant-TW", "pt-Arab",
	"i-klingon", "zh-min-nan", "sgn-BE-FR", "art-lojban", "de-CH-1901", "sl-rozaj-biske-1994",
	"uk", "be", "gl", "fa", "arb", "kk", "tt", "en", "de",
	"en-" + strings.Repeat("abcdefgh-", 30) + "x-" + strings.Repeat("a-", 40) + "a",
}

// acceptLanguages are Accept-Language headers, good and bad.
var acceptLanguages = []string{
	"de;q=0.x, pt-BR;q=0.8", "it;q=2, ru;q=-1", "*;q=0.5", ",,,", "pt;q=0.5;q=0.2", "q=1",
	"uk, ru;q=0.9, en;q=0.8", "da, en-gb;q=0.8, en;q=0.7", "",
	strings.Repeat("xx-XX;q=0.1, ", 500) + "ru",
}

func unusualTags() []language.Tag {
	var tags []language.Tag
	for _, s := range unusualTagStrings {
		tag, err := language.Parse(s)
		if err != nil {
			tag = language.Make(s) // what a caller who ignores the error gets
		}
		tags = append(tags, tag)
	}
	tags = append(tags, language.Tag{}, language.Make("this is not a tag"), language.Make(strings.Repeat("x", 10000)))
	for _, h := range acceptLanguages {
		p, _, _ := language.ParseAcceptLanguage(h)
		tags = append(tags, p...)
	}
	return tags
}

// prefLists are preference lists for variadic ...language.Tag parameters.
func prefLists(tags []language.Tag) [][]language.Tag {
	lists := [][]language.Tag{nil, {}, {language.Und}, tags}
	for _, h := range acceptLanguages {
		p, _, _ := language.ParseAcceptLanguage(h)
		lists = append(lists, p)
	}
	for _, t := range tags {
		lists = append(lists, []language.Tag{language.German, t})
	}
	return lists
}

// smallLevels are the levels used where a call also takes many tags.
var smallLevels = []int{math.MinInt, -1000, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 1000, math.MaxInt}

// sweepLevels are -1000 to 1000 and the ends of int.
func sweepLevels() []int {
	var out []int
	for l := -1000; l <= 1000; l++ {
		out = append(out, l)
	}
	return append(out, math.MinInt, math.MaxInt)
}

// caller gives the arguments to try, by parameter type.
type caller struct {
	tags   []language.Tag
	prefs  [][]language.Tag
	levels []int
	// called, where not nil, records each method everyCall calls, as
	// "Type.Method" (TestPropertyCoverage reads it).
	called map[string]bool
}

func (c *caller) args(tb testing.TB, t reflect.Type) []reflect.Value {
	var out []reflect.Value
	switch t {
	case reflect.TypeFor[language.Tag]():
		for _, tag := range c.tags {
			out = append(out, reflect.ValueOf(tag))
		}
	case reflect.TypeFor[[]language.Tag]():
		for _, p := range c.prefs {
			out = append(out, reflect.ValueOf(p))
		}
	case reflect.TypeFor[sfia.Level](), reflect.TypeFor[int]():
		for _, l := range c.levels {
			out = append(out, reflect.ValueOf(l).Convert(t))
		}
	case reflect.TypeFor[sfia.Version]():
		for _, v := range []int{math.MinInt, -1, 0, 1, 6, 7, 8, 9, 10, 99, math.MaxInt} {
			out = append(out, reflect.ValueOf(sfia.Version(v)))
		}
	case reflect.TypeFor[string]():
		for _, s := range []string{"", "FIXT", "fixt", "ＦＩＸＴ", "\xff", strings.Repeat("a", 1000)} {
			out = append(out, reflect.ValueOf(s))
		}
	default:
		tb.Fatalf("no test values for a parameter of type %v: add some to caller.args", t)
	}
	return out
}

// answerCmp compares results: tags by value, tables and levels by
// identity.
var answerCmp = cmp.Options{
	tagCmp,
	cmp.Comparer(func(a, b *sfiaimpl.Skill) bool { return a == b }),
	cmp.Comparer(func(a, b sfiaimpl.SkillLevel) bool { return a == b }),
}

// canon formats a result so that equal results, and only they, format
// the same: texts with their language, version and source, tables and
// levels with the table's address.
func canon(v any) string {
	switch x := v.(type) {
	case sfia.Text:
		return fmt.Sprintf("Text{%q %v %v %q}", x.Value, x.Language, x.Version, x.Source)
	case sfiaimpl.SkillLevel:
		return fmt.Sprintf("SkillLevel{%p %d}", x.Skill(), x.Level())
	case []sfiaimpl.SkillLevel:
		parts := make([]string, len(x))
		for i, sl := range x {
			parts[i] = canon(sl)
		}
		return fmt.Sprint(parts)
	case *sfiaimpl.Skill, sfia.Skill:
		return fmt.Sprintf("%p", x)
	}
	return fmt.Sprintf("%#v", v) // tags, strings, slices of them, translations
}

// A target is a value whose methods are called, with what a check needs
// to know of it: the languages it matches tags against (nil for none),
// the lists a method reads instead where they differ (byMethod), and,
// for a SkillLevel, its level.
type target struct {
	label    string
	recv     reflect.Value
	langs    *sfiaimpl.Languages
	byMethod map[string][]*sfiaimpl.Languages
	level    *int
}

// langsFor returns the lists of languages method matches tags against,
// in the order it reads them.
func (tg *target) langsFor(method string) []*sfiaimpl.Languages {
	if ls, ok := tg.byMethod[method]; ok {
		return ls
	}
	if tg.langs == nil {
		return nil
	}
	return []*sfiaimpl.Languages{tg.langs}
}

// frameworkLangs returns the lists of languages each method of fw reads
// where it is not fw.Langs alone: Essence and GuidingWords read the page
// texts, then the level sets; LevelInfo the level sets (and the
// attribute sets only in the language matched there); Attributes the
// attribute sets.
func frameworkLangs(fw *sfiaimpl.Framework) map[string][]*sfiaimpl.Languages {
	return map[string][]*sfiaimpl.Languages{
		"Essence":      {&fw.Langs, &fw.LevelLangs},
		"GuidingWords": {&fw.Langs, &fw.LevelLangs},
		"LevelInfo":    {&fw.LevelLangs},
		"Attributes":   {&fw.AttributeLangs},
	}
}

// call calls fn with every combination of arguments and returns the
// answers. With check, it checks each as the file comment says.
func (c *caller) call(tb testing.TB, name string, fn reflect.Value, tg *target, check bool) []string {
	ft := fn.Type()
	sets := make([][]reflect.Value, ft.NumIn())
	for i := range sets {
		sets[i] = c.args(tb, ft.In(i))
	}
	var out []string
	args := make([]reflect.Value, ft.NumIn())
	var rec func(i int)
	rec = func(i int) {
		if i == len(sets) {
			res := invoke(tb, name, fn, args)
			if check && tg != nil {
				checkAnswer(tb, name, fn, tg, args, res)
			}
			a := name + fmtArgs(args) + " ="
			for _, r := range res {
				a += " " + canon(r.Interface())
			}
			out = append(out, a)
			return
		}
		for _, v := range sets[i] {
			args[i] = v
			rec(i + 1)
		}
	}
	rec(0)
	return out
}

func invoke(tb testing.TB, name string, fn reflect.Value, args []reflect.Value) (res []reflect.Value) {
	defer func() {
		if r := recover(); r != nil {
			tb.Fatalf("%s%s panicked: %v", name, fmtArgs(args), r)
		}
	}()
	if fn.Type().IsVariadic() {
		return fn.CallSlice(args)
	}
	return fn.Call(args)
}

func fmtArgs(args []reflect.Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		switch v := a.Interface().(type) {
		case language.Tag:
			parts[i] = v.String()
		case []language.Tag:
			parts[i] = fmt.Sprint(v)
		default:
			parts[i] = fmt.Sprintf("%#v", v)
		}
		if len(parts[i]) > 60 {
			parts[i] = parts[i][:60] + "…"
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// checkAnswer checks one lookup's results: nothing for a language the
// target does not match or a level outside 1 to 7; otherwise what the
// same lookup in the matched language's own tag gives.
func checkAnswer(tb testing.TB, name string, fn reflect.Value, tg *target, args, res []reflect.Value) {
	tb.Helper()
	lookup, matched := false, true
	valid := tg.level == nil || sfia.Level(*tg.level).Valid()
	own := make([]reflect.Value, len(args))
	copy(own, args)
	sets := tg.langsFor(name[strings.LastIndex(name, ".")+1:])
	for i, a := range args {
		switch v := a.Interface().(type) {
		case language.Tag:
			lookup = true
			j := -1
			for _, ls := range sets {
				if j = ls.Index(v); j >= 0 {
					own[i] = reflect.ValueOf(ls.Tag(j))
					break
				}
			}
			matched = matched && j >= 0
		case []language.Tag:
			lookup = true
			j := -1
			for _, ls := range sets {
				if j = ls.Best(v...); j >= 0 {
					own[i] = reflect.ValueOf([]language.Tag{ls.Tag(j)})
					break
				}
			}
			matched = matched && j >= 0
		case sfia.Level:
			valid = valid && v.Valid()
		}
	}
	if !lookup {
		return
	}
	if !matched || !valid {
		for _, r := range res {
			if !r.IsZero() && !(r.Kind() == reflect.Slice && r.Len() == 0) {
				tb.Fatalf("%s%s = %v: want nothing (no language matches, or not a level)", name, fmtArgs(args), res)
			}
		}
		return
	}
	want := invoke(tb, name, fn, own)
	for i := range res {
		if !cmp.Equal(want[i].Interface(), res[i].Interface(), answerCmp) {
			tb.Fatalf("%s%s = %v, but in the matched language %s%s = %v", name, fmtArgs(args), res[i], name, fmtArgs(own), want[i])
		}
	}
}

// targets returns the values whose methods everyCall calls: the skill
// table at each level given, an empty table, the zero SkillLevel, and
// the framework tables.
func targets(skill *sfiaimpl.Skill, fw *sfiaimpl.Framework, levels []int) []*target {
	empty := &sfiaimpl.Skill{}
	emptyFW := &sfiaimpl.Framework{}
	var out []*target
	for _, l := range levels {
		out = append(out,
			&target{label: fmt.Sprintf("Level(%d)", l), recv: reflect.ValueOf(skill.Level(l)), langs: &skill.Langs, level: &l},
			&target{label: fmt.Sprintf("empty.Level(%d)", l), recv: reflect.ValueOf(empty.Level(l)), langs: &empty.Langs, level: &l})
	}
	zero := 0
	return append(out,
		&target{label: "SkillLevel{}", recv: reflect.ValueOf(sfiaimpl.SkillLevel{}), level: &zero},
		&target{label: "Skill", recv: reflect.ValueOf(skill), langs: &skill.Langs},
		&target{label: "empty", recv: reflect.ValueOf(empty), langs: &empty.Langs},
		&target{label: "Framework", recv: reflect.ValueOf(fw), langs: &fw.Langs, byMethod: frameworkLangs(fw)},
		&target{label: "emptyFramework", recv: reflect.ValueOf(emptyFW), langs: &emptyFW.Langs, byMethod: frameworkLangs(emptyFW)},
	)
}

// everyCall calls every function of propertyFuncs and every method of the
// targets, and returns the answers in order.
func everyCall(tb testing.TB, c *caller, tgs []*target, check bool) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(propertyFuncs)) {
		out = append(out, c.call(tb, name, reflect.ValueOf(propertyFuncs[name]), nil, check)...)
	}
	for _, tg := range tgs {
		for i := 0; i < tg.recv.NumMethod(); i++ {
			method := tg.recv.Type().Method(i).Name
			if c.called != nil {
				c.called[typeName(tg.recv.Type())+"."+method] = true
			}
			out = append(out, c.call(tb, tg.label+"."+method, tg.recv.Method(i), tg, check)...)
		}
	}
	return out
}

// TestEveryCallAnswers sweeps every level from -1000 to 1000 with a few
// tags, then a few levels with every unusual tag and preference list.
func TestEveryCallAnswers(t *testing.T) {
	s, fw := newFixture(), newFramework()
	few := []language.Tag{language.Und, tagIt, tagPtBR, language.MustParse("x-private"), tagUk}
	sweep := sweepLevels()
	n := len(everyCall(t, &caller{tags: few, prefs: [][]language.Tag{nil, few}, levels: sweep}, targets(s, fw, sweep), true))
	tags := unusualTags()
	n += len(everyCall(t, &caller{tags: tags, prefs: prefLists(tags), levels: smallLevels}, targets(s, fw, smallLevels), true))
	if n < 100000 {
		t.Errorf("only %d calls made", n)
	}
	t.Logf("%d calls", n)
}

// TestSameAnswersConcurrently makes every call from many goroutines at
// once, on tables no lookup has used yet, so that the goroutines' first
// calls race to parse the languages and build the matchers; each
// goroutine must get the answers of a sequential run after them. Run
// with -race.
func TestSameAnswersConcurrently(t *testing.T) {
	s, fw := newFixture(), newFramework()
	tags := unusualTags()
	// More distinct tags than a language set remembers answers for, so
	// that caches fill and start again while goroutines read them.
	for i := 0; i < 200; i++ {
		tags = append(tags, language.Make(fmt.Sprintf("pt-%03d", i)), language.Make(fmt.Sprintf("en-x-t%d", i)))
	}
	c := &caller{tags: tags, prefs: prefLists(tags[:20]), levels: []int{0, 4, 7}}
	tgs := targets(s, fw, []int{0, 4, 7})
	const goroutines = 8
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make([][]string, goroutines)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results[g] = everyCall(t, c, tgs, false)
		}()
	}
	close(start)
	wg.Wait()
	want := everyCall(t, c, tgs, false)
	for g, got := range results {
		if slices.Equal(got, want) {
			continue
		}
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("goroutine %d: %s\nsequential: %s", g, got[i], want[i])
			}
		}
		t.Fatalf("goroutine %d made %d calls, the sequential run %d", g, len(got), len(want))
	}
}

// typeName returns the name of t, or of the type t points to.
func typeName(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

// TestPropertyCoverage lists the package's exported functions, types
// with methods and methods, from its source, and fails for any this file
// does not call: a type missing from propertyTypes, or a method that
// everyCall does not reach on the targets (a method of a pointer
// receiver where targets holds a value, say).
func TestPropertyCoverage(t *testing.T) {
	c := &caller{tags: []language.Tag{tagIt}, prefs: [][]language.Tag{nil}, levels: []int{4}, called: map[string]bool{}}
	everyCall(t, c, targets(newFixture(), newFramework(), []int{4}), false)
	var methods []string
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			if fd.Recv == nil {
				if _, ok := propertyFuncs[fd.Name.Name]; !ok {
					t.Errorf("%s is not called by the property tests: add it to propertyFuncs and everyCall", fd.Name.Name)
				}
				continue
			}
			recv := fd.Recv.List[0].Type
			if s, ok := recv.(*ast.StarExpr); ok {
				recv = s.X
			}
			id, ok := recv.(*ast.Ident)
			if !ok {
				t.Errorf("%s: a method of an unexpected receiver %T", fd.Name.Name, recv)
				continue
			}
			if !propertyTypes[id.Name] {
				t.Errorf("the methods of %s are not called by the property tests: add it to propertyTypes and values of it to targets", id.Name)
				continue
			}
			m := id.Name + "." + fd.Name.Name
			methods = append(methods, m)
			if !c.called[m] {
				t.Errorf("%s is not called by everyCall: add a target that has it", m)
			}
		}
	}
	// The methods of issue 10 are among those found: the check reads
	// the source it should.
	for _, m := range []string{"Framework.LevelInfo", "Framework.Attributes", "Framework.Essence", "SkillLevel.Text", "Skill.Translation"} {
		if !slices.Contains(methods, m) {
			t.Errorf("%s not found in the package's source; found %q", m, methods)
		}
	}
}
