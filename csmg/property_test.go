package csmg_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

// This file holds the property tests of issue 4, "an API that never
// breaks": every exported function and method of csmg and sfia, called
// with every level from -1000 to 1000 and with unusual tags, answers
// without panicking; a csmg lookup gives the text of the seed language
// that matches, or nothing; and the answers are the same from many
// goroutines, which `go test -race` checks for data races.
//
// The functions are called through reflection, with arguments chosen by
// type, so that a new method of a covered type is covered as soon as it
// exists. TestPropertyCoverage fails when csmg or sfia gains a function
// or a type with methods that this file does not call.

// csmgFuncs and sfiaFuncs are the packages' exported functions.
var (
	csmgFuncs = map[string]any{
		"Levels": csmg.Levels, "Languages": csmg.Languages,
		"Name": csmg.Name, "NameText": csmg.NameText,
		"Description": csmg.Description, "DescriptionText": csmg.DescriptionText,
		"ActivitiesIntro": csmg.ActivitiesIntro, "ActivitiesIntroText": csmg.ActivitiesIntroText,
		"Category": csmg.Category, "CategoryText": csmg.CategoryText,
		"Subcategory": csmg.Subcategory, "SubcategoryText": csmg.SubcategoryText,
		"Guidance": csmg.Guidance, "Activities": csmg.Activities,
		"Version": csmg.Version, "Source": csmg.Source,
	}
	sfiaFuncs = map[string]any{
		"Levels": sfia.Levels, "ParseLevel": sfia.ParseLevel, "ParseVersion": sfia.ParseVersion,
		"UndefinedLevelsHelp": sfia.UndefinedLevelsHelp,
		"Direction":           sfia.Direction, "LevelWord": sfia.LevelWord, "LanguageName": sfia.LanguageName,
	}
	// receiverTypes are the exported types with methods (and the
	// interfaces) that everyCall covers: it calls every method of values
	// of them, found by reflection.
	receiverTypes = map[string]bool{
		"csmg.Level": true, "sfia.Level": true, "sfia.Version": true,
		"sfia.Text": true, "sfia.Translation": true, "sfia.Skill": true,
	}
)

// unusualTagStrings are tags no caller should send and some will: und,
// private use, extensions, scripts, grandfathered and very long tags, and
// the seed languages and their regional variants for contrast.
var unusualTagStrings = []string{
	"ar", "es", "it", "pt", "ru", "pt-BR", "es-419", "ar-EG", "it-CH", "ru-UA",
	"und", "und-BR", "und-IT", "und-Cyrl", "und-Arab", "und-Latn", "und-419",
	"x-private", "qaa", "qaa-Qaaa-QM", "en-x-sfia", "it-x-csmg",
	"it-u-co-phonebk", "pt-BR-u-nu-arab-ca-islamic", "ar-u-nu-latn", "es-t-en-h0-hybrid", "ru-t-it",
	"sr-Cyrl", "sr-Latn", "ru-Latn", "ar-Latn", "it-Cyrl", "zh-Hant-TW", "pt-Arab",
	"i-klingon", "zh-min-nan", "sgn-BE-FR", "art-lojban", "de-CH-1901", "sl-rozaj-biske-1994",
	"uk", "be", "gl", "fa", "arb", "kk", "tt", "en", "de",
	"en-" + strings.Repeat("abcdefgh-", 30) + "x-" + strings.Repeat("a-", 40) + "a",
}

// acceptLanguages are Accept-Language headers, good and bad.
var acceptLanguages = []string{
	"de;q=0.x, pt-BR;q=0.8", "it;q=2, ru;q=-1", "*;q=0.5", ",,,", "pt;q=0.5;q=0.2", "q=1",
	"uk, ru;q=0.9, en;q=0.8", "da, en-gb;q=0.8, en;q=0.7", "",
	strings.Repeat("xx-XX;q=0.1, ", 500) + "ar",
}

func unusualTags(tb testing.TB) []language.Tag {
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
		prefs, _, _ := language.ParseAcceptLanguage(h)
		tags = append(tags, prefs...)
	}
	return tags
}

// prefLists are preference lists for variadic ...language.Tag parameters.
func prefLists(tags []language.Tag) [][]language.Tag {
	lists := [][]language.Tag{nil, {}, {language.Und}, tags}
	for _, h := range acceptLanguages {
		prefs, _, _ := language.ParseAcceptLanguage(h)
		lists = append(lists, prefs)
	}
	for _, t := range tags {
		lists = append(lists, []language.Tag{language.German, t})
	}
	return lists
}

// smallLevels are the levels used where a call also takes tags; the
// sweep over -1000 to 1000 uses few tags.
var smallLevels = []int{math.MinInt, -1000, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 1000, math.MaxInt}

var strs = []string{"", "4", "Level 4", " 7 ", "0", "8", "-1", "+4", "04", "٤", "SFIA 9", "sfia9", "SFIA", "9", "0x9",
	"99999999999999999999", "null", `"4"`, `"Level 4"`, "{}", "[]", "\x00", "\xff", "Level\u00a04"}

// caller builds argument lists for a function type.
type caller struct {
	tags   []language.Tag
	prefs  [][]language.Tag
	levels []int
}

// args returns the values to try for one parameter type.
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
	case reflect.TypeFor[csmg.Level](), reflect.TypeFor[sfia.Level]():
		for _, l := range c.levels {
			out = append(out, reflect.ValueOf(l).Convert(t))
		}
	case reflect.TypeFor[sfia.Version]():
		for _, v := range []int{math.MinInt, -1, 0, 1, 5, 6, 7, 8, 9, 10, math.MaxInt} {
			out = append(out, reflect.ValueOf(sfia.Version(v)))
		}
	case reflect.TypeFor[string]():
		for _, s := range strs {
			out = append(out, reflect.ValueOf(s))
		}
	case reflect.TypeFor[[]byte]():
		out = append(out, reflect.ValueOf([]byte(nil)))
		for _, s := range strs {
			out = append(out, reflect.ValueOf([]byte(s)))
		}
	default:
		tb.Fatalf("no test values for a parameter of type %v: add some to caller.args", t)
	}
	return out
}

// call calls fn with every combination of test arguments and returns one
// line per call: the arguments and the results, formatted.
func (c *caller) call(tb testing.TB, name string, fn reflect.Value, check func(args, results []reflect.Value)) []string {
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
			var res []reflect.Value
			func() {
				defer func() {
					if r := recover(); r != nil {
						tb.Fatalf("%s%v panicked: %v", name, fmtValues(args), r)
					}
				}()
				if ft.IsVariadic() {
					res = fn.CallSlice(args)
				} else {
					res = fn.Call(args)
				}
			}()
			if check != nil {
				check(args, res)
			}
			out = append(out, name+fmtValues(args)+" = "+fmtValues(res))
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

func fmtValues(vs []reflect.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		if v.IsValid() && v.CanInterface() {
			parts[i] = fmt.Sprintf("%#v", v.Interface())
			if t, ok := v.Interface().(language.Tag); ok {
				parts[i] = t.String()
			}
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// seedOf returns the seed language whose text csmg returns for tag, or
// false: the seed language with the same source file.
func seedOf(tag language.Tag) (language.Tag, bool) {
	src := csmg.Source(tag)
	if src == "" {
		return language.Tag{}, false
	}
	for _, s := range csmg.Languages() {
		if csmg.Source(s) == src {
			return s, true
		}
	}
	return language.Tag{}, false
}

// checkCSMG checks a csmg answer: with no seed language matching, or a
// level outside 1-7, every result is the zero value; otherwise the answer
// is the one for the matching seed language itself.
func checkCSMG(tb testing.TB, name string, fn reflect.Value, recv *reflect.Value) func(args, results []reflect.Value) {
	return func(args, results []reflect.Value) {
		tb.Helper()
		lookup := false
		matched := true
		seedArgs := slices.Clone(args)
		for i, a := range args {
			switch v := a.Interface().(type) {
			case language.Tag:
				lookup = true
				s, ok := seedOf(v)
				matched = matched && ok
				seedArgs[i] = reflect.ValueOf(s)
			case []language.Tag:
				lookup = true
				var s language.Tag
				ok := false
				for _, p := range v {
					if s, ok = seedOf(p); ok {
						break
					}
				}
				matched = matched && ok
				if ok {
					seedArgs[i] = reflect.ValueOf([]language.Tag{s})
				}
			}
		}
		if !lookup {
			return
		}
		invalid := recv != nil && recv.Kind() == reflect.Int && (recv.Int() < 1 || recv.Int() > 7)
		if !matched || invalid {
			for _, r := range results {
				if !r.IsZero() && !(r.Kind() == reflect.Slice && r.Len() == 0) {
					tb.Fatalf("%s%v = %v: want nothing (no seed language matches, or not a level)", name, fmtValues(args), fmtValues(results))
				}
			}
			return
		}
		var want []reflect.Value
		if fn.Type().IsVariadic() {
			want = fn.CallSlice(seedArgs)
		} else {
			want = fn.Call(seedArgs)
		}
		if got, w := fmtValues(results), fmtValues(want); got != w {
			tb.Fatalf("%s%v = %s, but for the matching seed language %s%v = %s", name, fmtValues(args), got, name, fmtValues(seedArgs), w)
		}
	}
}

// everyCall calls every function and method this file covers, with the
// levels given for receivers and level arguments, and returns the
// answers in order.
func everyCall(tb testing.TB, c *caller, receiverLevels []int, check bool) []string {
	var out []string
	names := func(m map[string]any) []string {
		ks := make([]string, 0, len(m))
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	for _, name := range names(csmgFuncs) {
		fn := reflect.ValueOf(csmgFuncs[name])
		var chk func(args, results []reflect.Value)
		if check {
			chk = checkCSMG(tb, "csmg."+name, fn, nil)
		}
		out = append(out, c.call(tb, "csmg."+name, fn, chk)...)
	}
	for _, name := range names(sfiaFuncs) {
		out = append(out, c.call(tb, "sfia."+name, reflect.ValueOf(sfiaFuncs[name]), nil)...)
	}
	// methods calls every method of recv, labelled label. A pointer
	// receiver is copied for each method, so that an Unmarshal method
	// does not change what the next method sees.
	methods := func(pkg, label string, recv reflect.Value) {
		for i := 0; i < recv.NumMethod(); i++ {
			r := recv
			if r.Kind() == reflect.Pointer {
				r = reflect.New(recv.Type().Elem())
				r.Elem().Set(recv.Elem())
			}
			m := r.Method(i)
			name := fmt.Sprintf("%s.%s.%s", pkg, label, recv.Type().Method(i).Name)
			var chk func(args, results []reflect.Value)
			if check && pkg == "csmg" {
				chk = checkCSMG(tb, name, m, &r)
			}
			out = append(out, c.call(tb, name, m, chk)...)
		}
	}
	for _, l := range receiverLevels {
		methods("csmg", fmt.Sprintf("Level(%d)", l), reflect.ValueOf(csmg.Level(l)))
		sl := sfia.Level(l)
		methods("sfia", fmt.Sprintf("Level(%d)", l), reflect.ValueOf(&sl))
	}
	for _, v := range []sfia.Version{math.MinInt, -1, 0, 6, 8, 9, 10} {
		methods("sfia", fmt.Sprintf("Version(%d)", v), reflect.ValueOf(v))
	}
	// The interface's methods, not those of the type behind it.
	methods("csmg", "Skill", reflect.ValueOf(&csmg.Skill).Elem())
	texts := []sfia.Text{{}}
	trs := []sfia.Translation{{}}
	for _, tag := range csmg.Languages() {
		if tx, ok := csmg.Level(4).Text(tag); ok {
			texts = append(texts, tx)
		}
		for _, v := range csmg.Skill.Versions(tag) {
			if tr, ok := csmg.Skill.Translation(v, tag); ok {
				trs = append(trs, tr)
			}
		}
	}
	for i, tx := range texts {
		methods("sfia", fmt.Sprintf("texts[%d]", i), reflect.ValueOf(tx))
	}
	for i, tr := range trs {
		methods("sfia", fmt.Sprintf("translations[%d]", i), reflect.ValueOf(tr))
	}
	return out
}

// TestEveryCallAnswers sweeps every level from -1000 to 1000 as receiver
// with a few tags, then a few levels with every unusual tag, preference
// list, version and string; every call must answer, and csmg answers
// must be those of the matching seed language or nothing.
func TestEveryCallAnswers(t *testing.T) {
	tags := unusualTags(t)
	few := []language.Tag{language.Und, language.Italian, language.MustParse("pt-BR"), language.MustParse("x-private"), language.Ukrainian}
	var sweep []int
	for l := -1000; l <= 1000; l++ {
		sweep = append(sweep, l)
	}
	sweep = append(sweep, math.MinInt, math.MaxInt)
	n := len(everyCall(t, &caller{tags: few, prefs: [][]language.Tag{nil, few}, levels: []int{-1, 4, 7, 8}}, sweep, true))
	n += len(everyCall(t, &caller{tags: tags, prefs: prefLists(tags), levels: smallLevels}, smallLevels, true))
	if n < 100000 {
		t.Errorf("only %d calls made", n)
	}
	t.Logf("%d calls", n)
}

// TestSameAnswersConcurrently makes every call from many goroutines at
// once and expects each goroutine to get the answers of a sequential run.
// Run with -race.
func TestSameAnswersConcurrently(t *testing.T) {
	sameAnswersConcurrently(t)
}

func sameAnswersConcurrently(t *testing.T) {
	tags := unusualTags(t)
	// More distinct tags than a language set remembers answers for, so
	// that caches fill and start again while goroutines read them.
	for i := 0; i < 200; i++ {
		tags = append(tags, language.Make(fmt.Sprintf("pt-%03d", i)), language.Make(fmt.Sprintf("en-x-t%d", i)))
	}
	c := &caller{tags: tags, prefs: prefLists(tags[:20]), levels: []int{0, 4, 7}}
	levels := []int{0, 4, 7}
	const goroutines = 8
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make([][]string, goroutines)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results[g] = everyCall(t, c, levels, false)
		}()
	}
	close(start) // every goroutine makes its first call at once
	wg.Wait()
	want := everyCall(t, c, levels, false)
	for g, got := range results {
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("goroutine %d: %s\nsequential: %s", g, got[i], want[i])
				}
			}
			t.Fatalf("goroutine %d made %d calls, the sequential run %d", g, len(got), len(want))
		}
	}
}

// TestFirstUseConcurrently runs TestSameAnswersConcurrently in a fresh
// process, so that the goroutines' first calls are the first calls of the
// program: the language sets are parsed and their matchers built while
// they race.
func TestFirstUseConcurrently(t *testing.T) {
	if os.Getenv("SFIAKIT_FIRST_USE") == "1" {
		sameAnswersConcurrently(t)
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestFirstUseConcurrently$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SFIAKIT_FIRST_USE=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "PASS") {
		t.Fatalf("fresh process: %v\n%s", err, out)
	}
}

// TestPropertyCoverage lists the exported functions and the exported
// types with methods in csmg and sfia, from their source, and fails for
// any this file does not call.
func TestPropertyCoverage(t *testing.T) {
	for pkg, funcs := range map[string]map[string]any{"csmg": csmgFuncs, "sfia": sfiaFuncs} {
		dir := "."
		if pkg == "sfia" {
			dir = "../sfia"
		}
		fset := token.NewFileSet()
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, dir+"/"+e.Name(), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if !d.Name.IsExported() {
						continue
					}
					if d.Recv == nil {
						if _, ok := funcs[d.Name.Name]; !ok {
							t.Errorf("%s.%s is not called by the property tests: add it to %sFuncs", pkg, d.Name.Name, pkg)
						}
						continue
					}
					recv := d.Recv.List[0].Type
					if s, ok := recv.(*ast.StarExpr); ok {
						recv = s.X
					}
					if id, ok := recv.(*ast.Ident); ok && id.IsExported() {
						if _, ok := receiverTypes[pkg+"."+id.Name]; !ok {
							t.Errorf("the methods of %s.%s are not called by the property tests: add the type to receiverTypes and values of it to everyCall", pkg, id.Name)
						}
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						ts, ok := s.(*ast.TypeSpec)
						if !ok || !ts.Name.IsExported() {
							continue
						}
						if _, ok := ts.Type.(*ast.InterfaceType); ok {
							if _, ok := receiverTypes[pkg+"."+ts.Name.Name]; !ok {
								t.Errorf("the interface %s.%s is not called by the property tests: add it to receiverTypes and values of it to everyCall", pkg, ts.Name.Name)
							}
						}
					}
				}
			}
		}
	}
}
