package main

import (
	"bufio"
	"bytes"
	"context"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

// response is what the tests compare of an answer.
type response struct {
	Status          int
	ContentType     string
	ContentLanguage string
	Vary            string
	Body            string
}

// get sends GET target to h, with Accept-Language acceptLanguage where
// it is not "", and returns the answer.
func get(t *testing.T, h http.Handler, target, acceptLanguage string) response {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, target, nil)
	if acceptLanguage != "" {
		r.Header.Set("Accept-Language", acceptLanguage)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	res := w.Result()
	return response{
		Status:          res.StatusCode,
		ContentType:     res.Header.Get("Content-Type"),
		ContentLanguage: res.Header.Get("Content-Language"),
		Vary:            res.Header.Get("Vary"),
		Body:            w.Body.String(),
	}
}

// registry is the handler main serves: every skill of the registry.
func registry() http.Handler { return newServer(skills.All(), skills.Framework) }

// build returns the description the library makes of CSMG at levels in
// lang, with the registry's framework texts.
func build(t *testing.T, lang string, levels ...sfia.Level) *jobdesc.Description {
	t.Helper()
	var reqs []jobdesc.Requirement
	for _, l := range levels {
		reqs = append(reqs, jobdesc.Requirement{Skill: csmg.Skill, Level: l})
	}
	d, err := jobdesc.Build(reqs, jobdesc.Options{Languages: []language.Tag{language.MustParse(lang)}, Framework: skills.Framework})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Patterns for what the tests read from a page.
var (
	htmlTagRE = regexp.MustCompile(`<html lang="([^"]*)" dir="([^"]*)">`)
	sectionRE = regexp.MustCompile(`<section class="sfia-section" lang="([^"]*)" dir="([^"]*)">`)
	noteRE    = regexp.MustCompile(`<p class="note"[^>]*>([^<]*)</p>`)
	hrefRE    = regexp.MustCompile(`<a href="([^"]*)"[^>]*>(Markdown|JSON|CSV)</a>`)
)

// TestLanguage checks the language of the page: the lang parameter
// wins, else the browser's Accept-Language as the skill matches it
// (pt-BR gives pt), else Italian, the fallback, with a note; and that
// Content-Language, Vary and the lang and dir of the html element and of
// each section say so, over the texts the library gives in that
// language.
func TestLanguage(t *testing.T) {
	h := registry()
	tests := []struct {
		name, query, accept string
		lang, dir           string
		note                string // "" for none
	}{
		{"it", "", "it", "it", "ltr", ""},
		{"ar", "", "ar", "ar", "rtl", ""},
		{"ar-EG", "", "ar-EG,ar;q=0.9", "ar", "rtl", ""},
		{"pt-BR", "", "pt-BR", "pt", "ltr", ""},
		{"ru", "", "ru-RU, ru;q=0.9, en;q=0.8", "ru", "ltr", ""},
		{"quality", "", "ru;q=0.2, es;q=0.9", "es", "ltr", ""},
		{"first one the skill has", "", "de-DE, uk;q=0.9, es;q=0.5", "es", "ltr", ""},
		{"unsupported", "", "de", "it", "ltr",
			"Your browser&#39;s languages (de) have no text of CSMG: the texts are in Italian (it), the fallback. Choose a language above for another."},
		{"uk is not ru", "", "uk", "it", "ltr",
			"Your browser&#39;s languages (uk) have no text of CSMG: the texts are in Italian (it), the fallback. Choose a language above for another."},
		{"no header", "", "", "it", "ltr",
			"Your browser asks for no language: the texts are in Italian (it), the fallback. Choose a language above for another."},
		{"lang wins", "&lang=ar", "it", "ar", "rtl", ""},
		{"lang pt-BR", "&lang=pt-BR", "ar", "pt", "ltr", ""},
		{"lang list", "&lang=de,ru%3Bq%3D0.8", "", "ru", "ltr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := get(t, h, "/?skill=CSMG&level=3&level=4"+tt.query, tt.accept)
			if got.Status != http.StatusOK {
				t.Fatalf("status %d: %s", got.Status, got.Body)
			}
			want := response{Status: 200, ContentType: "text/html; charset=utf-8", ContentLanguage: tt.lang, Vary: "Accept-Language"}
			if diff := cmp.Diff(want, got, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Body" }, cmp.Ignore())); diff != "" {
				t.Errorf("headers (-want +got):\n%s", diff)
			}
			var attrs [][2]string
			for _, m := range append(htmlTagRE.FindAllStringSubmatch(got.Body, -1), sectionRE.FindAllStringSubmatch(got.Body, -1)...) {
				attrs = append(attrs, [2]string{m[1], m[2]})
			}
			wantAttrs := [][2]string{{tt.lang, tt.dir}, {tt.lang, tt.dir}, {tt.lang, tt.dir}} // html, level 3, level 4
			if diff := cmp.Diff(wantAttrs, attrs); diff != "" {
				t.Errorf("lang and dir of <html> and the sections (-want +got):\n%s", diff)
			}
			for _, s := range build(t, tt.lang, 3, 4).Sections {
				if !strings.Contains(got.Body, `<p class="sfia-description" lang="`+tt.lang+`" dir="`+tt.dir+`">`+html.EscapeString(s.Description)+`</p>`) {
					t.Errorf("the page lacks the level %d description in %s: %q", s.Level, tt.lang, s.Description)
				}
			}
			var note string
			if m := noteRE.FindStringSubmatch(got.Body); m != nil {
				note = m[1]
			}
			if note != tt.note {
				t.Errorf("note %q, want %q", note, tt.note)
			}
		})
	}
}

// TestForm checks the page without a description: a form offering
// every skill of the registry by its name in the browser's language,
// the levels they define and every language they have, in the
// browser's language (or the fallback).
func TestForm(t *testing.T) {
	h := registry()
	for _, tt := range []struct{ accept, lang, dir string }{{"ar", "ar", "rtl"}, {"pt-BR", "pt", "ltr"}, {"de", "it", "ltr"}} {
		got := get(t, h, "/", tt.accept)
		if got.Status != 200 || got.ContentLanguage != tt.lang || got.Vary != "Accept-Language" {
			t.Errorf("%s: status %d, Content-Language %q, Vary %q; want 200, %s, Accept-Language", tt.accept, got.Status, got.ContentLanguage, got.Vary, tt.lang)
		}
		if m := htmlTagRE.FindStringSubmatch(got.Body); m == nil || m[1] != tt.lang || m[2] != tt.dir {
			t.Errorf("%s: %v, want <html lang=%q dir=%q>", tt.accept, m, tt.lang, tt.dir)
		}
		for _, sk := range skills.All() {
			tr, _ := sk.Translation(0, language.MustParse(tt.lang))
			option := `<option value="` + sk.Code() + `" lang="` + tt.lang + `" dir="` + tt.dir + `">` + sk.Code() + ` — ` + html.EscapeString(tr.Name) + `</option>`
			if !strings.Contains(got.Body, option) {
				t.Errorf("%s: no %s", tt.accept, option)
			}
		}
		for _, l := range csmg.Skill.Levels() {
			if !strings.Contains(got.Body, `<input type="checkbox" name="level" value="`+strconv.Itoa(int(l))+`">`) {
				t.Errorf("%s: no checkbox for level %d", tt.accept, l)
			}
		}
		if strings.Contains(got.Body, `value="7"`) {
			t.Errorf("%s: the form offers level 7, which no skill defines", tt.accept)
		}
		for _, tag := range csmg.Languages() {
			if !strings.Contains(got.Body, `<option value="`+tag.String()+`" lang="`+tag.String()+`"`) {
				t.Errorf("%s: the form does not offer %s", tt.accept, tag)
			}
		}
		if strings.Contains(got.Body, "<main>") {
			t.Errorf("%s: a description without a request", tt.accept)
		}
	}
}

// TestBadInput checks that each bad request gets its 4xx status and a
// plain-text message naming the parameter and what is wrong.
func TestBadInput(t *testing.T) {
	h := registry()
	const plain = "text/plain; charset=utf-8"
	tenThousandLevels := strings.Repeat("&level=4", 10000)
	tests := []struct {
		name, target, accept string
		status               int
		msg                  string
	}{
		{"unknown skill", "/?skill=XYZW&level=3", "", 404, `skill: no skill "XYZW"; skills: CSMG`},
		{"level 7", "/?skill=CSMG&level=7", "", 422, "level: CSMG is not defined at level 7; it is defined at levels 1–6"},
		{"level 8", "/?skill=CSMG&level=8", "", 400, `level: "8" is not a level; want a number from 1 to 7`},
		{"level 0", "/?skill=CSMG&level=0", "", 400, `level: "0" is not a level; want a number from 1 to 7`},
		{"level word", "/?skill=CSMG&level=four", "", 400, `level: "four" is not a level; want a number from 1 to 7`},
		{"long value", "/?skill=CSMG&level=" + strings.Repeat("4", 100), "", 400,
			`level: "4444444444444444444444444444444444444444"… (100 bytes) is not a level; want a number from 1 to 7`},
		{"level twice", "/?skill=CSMG&level=3&level=3", "", 400, "level: level 3 is chosen twice; choose each level once"},
		{"8 levels", "/?skill=CSMG&level=1&level=2&level=3&level=4&level=5&level=6&level=7&level=1", "", 400, "level: 8 levels; at most 7, each level once"},
		{"10,000 levels", "/?skill=CSMG" + tenThousandLevels, "", 414,
			"query: 80010 bytes; at most 2048 (up to 16 skills and 7 levels, each once)"},
		{"skill twice", "/?skill=CSMG&skill=csmg&level=3", "", 400, "skill: CSMG is chosen twice; choose each skill once"},
		{"17 skills", "/?level=3" + strings.Repeat("&skill=CSMG", 17), "", 400, "skill: 17 skills; at most 16"},
		{"no level", "/?skill=CSMG", "", 400, "level: no level chosen; choose at least one (levels 1, 2, 3, 4, 5, 6)"},
		{"no skill", "/?level=4", "", 400, "skill: no skill chosen; choose at least one (skills: CSMG)"},
		{"format without description", "/?format=json", "", 400, "format: json needs a description; choose a skill and a level"},
		{"unknown format", "/?skill=CSMG&level=4&format=pdf", "", 400, `format: "pdf" is not a format; formats: html, md, json, csv, text`},
		{"format twice", "/?skill=CSMG&level=4&format=md&format=csv", "", 400, "format: given 2 times; give it once"},
		{"unknown parameter", "/?skill=CSMG&level=4&levels=5", "", 400, `unknown parameter "levels"; parameters: skill, level, lang, format`},
		{"bad escape", "/?skill=CSMG&level=%zz", "", 400, `query: invalid URL escape "%zz"`},
		{"semicolon", "/?skill=CSMG&level=4&lang=de,ru;q=0.8", "", 400, "query: contains a semicolon; separate parameters with & and write a semicolon in a value as %3B"},
		{"bad lang", "/?skill=CSMG&level=4&lang=not_a_tag!", "", 400,
			`lang: "not_a_tag!" is not a language; want a BCP 47 tag such as it or pt-BR, or a list such as de,pt-BR;q=0.8`},
		{"lang no skill has", "/?skill=CSMG&level=4&lang=de", "it", 422, `lang: no CSMG text in "de"; languages: ar, es, it, pt, ru`},
		{"lang no skill has, form", "/?lang=uk", "it", 422, `lang: no skill has a text in "uk"; languages: ar, es, it, pt, ru`},
		{"two problems", "/?skill=CSMG&level=3&level=7&lang=de", "", 422,
			"lang: no CSMG text in \"de\"; languages: ar, es, it, pt, ru\nlevel: CSMG is not defined at level 7; it is defined at levels 1–6"},
		{"100 KB Accept-Language", "/?skill=CSMG&level=4", strings.Repeat("it,", 100<<10/3), 431,
			"Accept-Language: too large (102399 bytes); at most 4096 bytes and 64 languages; or choose a language with lang=it"},
		{"100 KB Accept-Language, form", "/", "ar-" + strings.Repeat("x", 100<<10), 431,
			"Accept-Language: too large (102403 bytes); at most 4096 bytes and 64 languages; or choose a language with lang=it"},
		{"65 languages", "/?skill=CSMG&level=4", strings.Repeat("it,", 64) + "ar", 431,
			"Accept-Language: too large (194 bytes); at most 4096 bytes and 64 languages; or choose a language with lang=it"},
		{"bad Accept-Language", "/?skill=CSMG&level=4", "it;q=abc", 400,
			`Accept-Language: "it;q=abc" is not a language list; want one such as it, pt-BR;q=0.8, or choose a language with lang=it`},
		{"other path", "/jobdesc", "", 404, "404 page not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := get(t, h, tt.target, tt.accept)
			want := response{Status: tt.status, ContentType: plain, Body: tt.msg + "\n"}
			if tt.status != 404 || tt.msg != "404 page not found" {
				want.Vary = "Accept-Language"
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("GET %.80s (-want +got):\n%s", tt.target, diff)
			}
		})
	}
	t.Run("POST", func(t *testing.T) {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/?skill=CSMG&level=4", nil))
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("POST: status %d, Allow %q; want 405, GET, HEAD", w.Code, w.Header().Get("Allow"))
		}
	})
}

// TestFormats checks the description as Markdown, JSON, CSV and text:
// the library's rendering in the language asked for, with its content
// type, and a file name for CSV; and that the page's links give the
// description of the page, whatever the Accept-Language of whoever
// follows them.
func TestFormats(t *testing.T) {
	h := registry()
	d := build(t, "pt", 2, 5)
	render := func(write func(io.Writer) error) string {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	wants := map[string]response{
		"md":       {200, "text/markdown; charset=utf-8", "pt", "Accept-Language", render(d.WriteMarkdown)},
		"markdown": {200, "text/markdown; charset=utf-8", "pt", "Accept-Language", render(d.WriteMarkdown)},
		"json":     {200, "application/json", "pt", "Accept-Language", render(d.WriteJSON)},
		"csv":      {200, "text/csv; charset=utf-8", "pt", "Accept-Language", render(d.WriteCSV)},
		"text":     {200, "text/plain; charset=utf-8", "pt", "Accept-Language", render(d.WriteText)},
	}
	for f, want := range wants {
		got := get(t, h, "/?skill=CSMG&level=2&level=5&format="+f, "pt-BR,pt;q=0.9")
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("format %s (-want +got):\n%s", f, diff)
		}
	}
	r := httptest.NewRequest(http.MethodGet, "/?skill=CSMG&level=2&level=5&format=csv&lang=pt", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if got, want := w.Header().Get("Content-Disposition"), `attachment; filename="jobdesc-CSMG-2-5.csv"`; got != want {
		t.Errorf("CSV: Content-Disposition %q, want %q", got, want)
	}

	// The page's links, followed by a browser that asks for Russian,
	// give the Portuguese description of the page.
	page := get(t, h, "/?skill=CSMG&level=2&level=5", "pt-BR")
	links := map[string]string{}
	for _, m := range hrefRE.FindAllStringSubmatch(page.Body, -1) {
		links[m[2]] = html.UnescapeString(m[1])
	}
	wantLinks := map[string]string{
		"Markdown": "?skill=CSMG&level=2&level=5&lang=pt-BR&format=md",
		"JSON":     "?skill=CSMG&level=2&level=5&lang=pt-BR&format=json",
		"CSV":      "?skill=CSMG&level=2&level=5&lang=pt-BR&format=csv",
	}
	if diff := cmp.Diff(wantLinks, links); diff != "" {
		t.Fatalf("links (-want +got):\n%s", diff)
	}
	for name, f := range map[string]string{"Markdown": "md", "JSON": "json", "CSV": "csv"} {
		if diff := cmp.Diff(wants[f], get(t, h, "/"+links[name], "ru")); diff != "" {
			t.Errorf("%s link (-want +got):\n%s", name, diff)
		}
	}
	// A page in the fallback language links to that language.
	page = get(t, h, "/?skill=CSMG&level=4", "de")
	if m := hrefRE.FindStringSubmatch(page.Body); m == nil || html.UnescapeString(m[1]) != "?skill=CSMG&level=4&lang=it&format=md" {
		t.Errorf("fallback page: link %v, want ?skill=CSMG&level=4&lang=it&format=md", m)
	}
}

// TestHead checks that HEAD gets the headers of GET and no body.
func TestHead(t *testing.T) {
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodHead, "/?skill=CSMG&level=4", nil)
	r.Header.Set("Accept-Language", "ar")
	registry().ServeHTTP(w, r)
	if w.Code != 200 || w.Header().Get("Content-Language") != "ar" || w.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD: status %d, headers %v", w.Code, w.Header())
	}
}

// TestServer checks the limits of the server main runs: a 100 KB header
// and a 10,000-level address are refused with 431 before the handler,
// and the timeouts are set.
func TestServer(t *testing.T) {
	srv := newHTTPServer(registry())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 || srv.MaxHeaderBytes != maxHeaderBytes {
		t.Errorf("server limits: %+v", srv)
	}
	ts := httptest.NewUnstartedServer(srv.Handler)
	ts.Config.ReadHeaderTimeout, ts.Config.ReadTimeout = srv.ReadHeaderTimeout, srv.ReadTimeout
	ts.Config.WriteTimeout, ts.Config.IdleTimeout, ts.Config.MaxHeaderBytes = srv.WriteTimeout, srv.IdleTimeout, srv.MaxHeaderBytes
	ts.Start()
	defer ts.Close()
	do := func(target, accept string) (int, string) {
		req, err := http.NewRequest(http.MethodGet, ts.URL+target, nil)
		if err != nil {
			t.Fatal(err)
		}
		if accept != "" {
			req.Header.Set("Accept-Language", accept)
		}
		res, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, body := do("/?skill=CSMG&level=4", "it"); code != 200 || !strings.Contains(body, `<html lang="it" dir="ltr">`) {
		t.Errorf("a page: status %d", code)
	}
	if code, body := do("/?skill=CSMG&level=4", strings.Repeat("it,", 100<<10/3)); code != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("100 KB Accept-Language: status %d, %q; want 431", code, body)
	}
	if code, body := do("/?skill=CSMG&level=4", strings.Repeat("it,", 2000)); code != http.StatusRequestHeaderFieldsTooLarge || !strings.HasPrefix(body, "Accept-Language: too large") {
		t.Errorf("6 KB Accept-Language (the handler's limit): status %d, %q; want 431 from the handler", code, body)
	}
	if code, body := do("/?skill=CSMG"+strings.Repeat("&level=4", 10000), ""); code != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("10,000 levels: status %d, %q; want 431", code, body)
	}
}

// TestRun starts the command on a free port, gets the page and stops it.
func TestRun(t *testing.T) {
	if code := run(t.Context(), []string{"-addr"}, io.Discard); code != 2 {
		t.Errorf("-addr without a value: exit status %d, want 2", code)
	}
	if code := run(t.Context(), []string{"extra"}, io.Discard); code != 2 {
		t.Errorf("an argument: exit status %d, want 2", code)
	}
	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan int)
	go func() {
		code := run(ctx, []string{"-addr", "127.0.0.1:0"}, pw)
		pw.Close()
		done <- code
	}()
	sc := bufio.NewScanner(pr)
	if !sc.Scan() {
		t.Fatal("the command wrote nothing")
	}
	go io.Copy(io.Discard, pr)
	addr, ok := strings.CutPrefix(sc.Text(), "jobdesc-web: serving on ")
	if !ok {
		t.Fatalf("first line %q", sc.Text())
	}
	req, _ := http.NewRequest(http.MethodGet, addr+"?skill=CSMG&level=4", nil)
	req.Header.Set("Accept-Language", "ru")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Content-Language") != "ru" {
		t.Errorf("GET %s: status %d, Content-Language %q", addr, res.StatusCode, res.Header.Get("Content-Language"))
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit status %d after the context ended, want 0", code)
	}
}

// faux is a skill of one's own with a French text only, defined at
// levels 2 and 3, to check a description of skills that have different
// languages.
type faux struct{}

// Code, Levels, Defined, Languages and Versions implement sfia.Skill.
func (faux) Code() string              { return "FAUX" }
func (faux) Levels() []sfia.Level      { return []sfia.Level{2, 3} }
func (faux) Defined(l sfia.Level) bool { return l == 2 || l == 3 }
func (faux) Languages() []language.Tag { return []language.Tag{language.French} }
func (faux) Versions(tag language.Tag) []sfia.Version {
	if b, _ := tag.Base(); b.String() == "fr" {
		return []sfia.Version{9}
	}
	return nil
}

// Translation implements sfia.Skill: French (any fr tag) of SFIA 9.
func (f faux) Translation(v sfia.Version, prefs ...language.Tag) (sfia.Translation, bool) {
	for _, p := range prefs {
		if f.Versions(p) != nil && (v == 0 || v == 9) {
			return sfia.Translation{
				Code: "FAUX", Language: language.French, Version: 9, Source: "test", Direction: "ltr",
				Name: "Faux métier", LevelWord: "Niveau",
				Levels: []sfia.LevelText{
					{Level: 2, Defined: true, Description: "Aide.", Statements: []string{"Aide."}},
					{Level: 3, Defined: true, Description: "Applique.", Statements: []string{"Applique."}},
				},
			}, true
		}
	}
	return sfia.Translation{}, false
}

// TestSkillsOfDifferentLanguages checks a description of two skills
// where the browser's language is one skill's only: the other is in its
// own language, Content-Language names both, and the note says which
// skill is in the fallback.
func TestSkillsOfDifferentLanguages(t *testing.T) {
	h := newServer([]sfia.Skill{faux{}, csmg.Skill}, skills.Framework)
	got := get(t, h, "/?skill=CSMG&skill=FAUX&level=2&level=3", "it")
	if got.Status != 200 || got.ContentLanguage != "it, fr" {
		t.Fatalf("status %d, Content-Language %q: %s", got.Status, got.ContentLanguage, got.Body)
	}
	var langs []string
	for _, m := range sectionRE.FindAllStringSubmatch(got.Body, -1) {
		langs = append(langs, m[1])
	}
	if diff := cmp.Diff([]string{"it", "it", "fr", "fr"}, langs); diff != "" {
		t.Errorf("sections' languages (-want +got):\n%s", diff)
	}
	want := "Your browser&#39;s languages (it) have no text of FAUX: the texts are in French (fr), the fallback. Choose a language above for another."
	if m := noteRE.FindStringSubmatch(got.Body); m == nil || m[1] != want {
		t.Errorf("note %v, want %q", m, want)
	}
	if m := hrefRE.FindStringSubmatch(got.Body); m == nil || html.UnescapeString(m[1]) != "?skill=CSMG&skill=FAUX&level=2&level=3&lang=it,fr&format=md" {
		t.Errorf("link %v", m)
	}
	got = get(t, h, "/?skill=FAUX&skill=CSMG&level=1", "fr")
	if diff := cmp.Diff(response{422, "text/plain; charset=utf-8", "", "Accept-Language",
		"level: FAUX is not defined at level 1; it is defined at levels 2–3\n"}, got); diff != "" {
		t.Errorf("FAUX level 1 (-want +got):\n%s", diff)
	}
}

// FuzzServe checks that no query and no Accept-Language header makes
// the handler panic or answer other than 200 or a 4xx with a message.
func FuzzServe(f *testing.F) {
	f.Add("skill=CSMG&level=4", "it")
	f.Add("skill=CSMG&level=7&lang=ar", "")
	f.Add("skill=csmg&level=1&level=6&format=csv", "pt-BR,pt;q=0.9")
	f.Add("lang=de,ru;q=0.8", "*")
	f.Add("level=Level 4&skill=CSMG&format=json", "ar-EG;q=0.5,x-klingon")
	h := registry()
	f.Fuzz(func(t *testing.T, query, accept string) {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.URL.RawQuery = query
		r.Header.Set("Accept-Language", accept)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		switch {
		case w.Code == 200:
		case w.Code >= 400 && w.Code < 500 && w.Body.Len() > 1:
		default:
			t.Fatalf("query %q, Accept-Language %q: status %d, %q", query, accept, w.Code, w.Body.String())
		}
	})
}

// TestLanguageOptions checks the form's list of languages: each named
// in itself with its direction, the lang parameter's selected, and no
// request's choice left selected for the next (the options are built
// once, in newServer, and copied for each page).
func TestLanguageOptions(t *testing.T) {
	h := registry()
	arabic := `<option value="ar" lang="ar" dir="rtl"`
	if got := get(t, h, "/?lang=ar", ""); !strings.Contains(got.Body, arabic+` selected>`) {
		t.Errorf("/?lang=ar: no %s selected>", arabic)
	}
	got := get(t, h, "/", "ar")
	if !strings.Contains(got.Body, arabic+`>`) {
		t.Errorf("/ after /?lang=ar: no %s>", arabic)
	}
	if strings.Contains(got.Body, " selected>") {
		t.Errorf("/ after /?lang=ar: an option is selected without a choice")
	}
}
