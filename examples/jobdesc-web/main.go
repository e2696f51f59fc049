// Command jobdesc-web serves SFIA job descriptions over HTTP: a page with
// a form that picks skills (every skill of the registry
// github.com/sfiakit/sfiakit/skills), levels and a language, and shows
// the job description those make, with links to the same description as
// Markdown, JSON and CSV:
//
//	go run ./examples/jobdesc-web                # then open http://localhost:8080
//	go run ./examples/jobdesc-web -addr :9000
//
// The page and the links take the same query parameters (the form sends
// them with GET, so that a description has an address to share):
//
//	skill   a skill code, once per skill (CSMG; case does not matter)
//	level   a level from 1 to 7, once per level; each skill is shown at
//	        each level, which each skill must define
//	lang    a BCP 47 tag (it, pt-BR) or an Accept-Language list
//	        (de,pt-BR;q=0.8); empty or absent: the browser's languages
//	format  html (the page; the default), md, json, csv or text
//
// such as /?skill=CSMG&level=3&level=4&lang=it&format=md.
//
// The language: lang, where given, wins, and a skill with no text in it
// is an error. Otherwise the browser's Accept-Language header picks it,
// as the skills match languages (pt-BR reaches Portuguese, ar-EG
// Arabic); a skill with no text in any of the browser's languages (de,
// uk, or no header at all) is shown in Italian, the fallback, or where it
// has no Italian text in the first of its languages, and the page says
// so. The response names the languages of its texts in Content-Language,
// carries Vary: Accept-Language, and the page has lang and dir on its
// html element and on every element that holds text (dir="rtl" for
// Arabic). The form's own words are English and marked so.
//
// Bad input gets a 4xx status and one plain-text line per problem,
// naming the parameter: an unknown skill 404; a level a skill does not
// define, or a lang no skill has a text in, 422; a query longer than 2048
// bytes 414; an Accept-Language header beyond the limits of
// sfia.AcceptLanguageCache 431; anything else malformed (a level that is
// not 1 to 7, a level or skill twice, more than 7 levels or 16 skills, an
// unknown parameter or format) 400. The server refuses request headers
// over 16 KB itself (431), and bounds the time to read a request and
// write a response.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Limits of a request.
const (
	// maxQueryBytes is the longest query string the page takes; a
	// description of every parameter at its limit needs a few hundred.
	maxQueryBytes = 2048
	// maxSkills is the most skills one description takes.
	maxSkills = 16
	// maxLevels is the most levels one description takes: each level
	// once.
	maxLevels = int(sfia.MaxLevel)
	// maxHeaderBytes is the most bytes of request headers the server
	// reads (http.Server.MaxHeaderBytes); it answers a request with more
	// with 431 before the handler sees it.
	maxHeaderBytes = 16 << 10
)

// fallbackLanguage is the language a skill is shown in when none of the
// browser's languages has its text: Italian, the CLI's default and
// CSMG's SFIA 9 text.
var fallbackLanguage = language.Italian

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr))
}

// run reads the flags in args, serves the page until ctx is done, and
// returns the exit status: 0 after ctx is done, 2 for a bad flag, 1 if
// the address cannot be listened on or serving fails. It writes the
// address it serves on, and errors, to stderr.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("jobdesc-web", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "localhost:8080", "the `address` to listen on, host:port")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "jobdesc-web: unexpected argument %q; usage: jobdesc-web [-addr host:port]\n", fs.Arg(0))
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "jobdesc-web: %v\n", err)
		return 1
	}
	srv := newHTTPServer(newServer(skills.All(), skills.Framework))
	srv.ErrorLog = log.New(stderr, "jobdesc-web: ", 0)
	fmt.Fprintf(stderr, "jobdesc-web: serving on http://%s/\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "jobdesc-web: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "jobdesc-web: %v\n", err)
		return 1
	}
	return 0
}

// newHTTPServer returns the server main runs h with: request headers of
// at most maxHeaderBytes, and bounded times to read a request, write a
// response and keep an idle connection.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    maxHeaderBytes,
	}
}

// A server serves the page of a set of skills. It is safe for concurrent
// use.
type server struct {
	skills    []sfia.Skill   // sorted by code
	framework sfia.Framework // may be nil
	levels    []sfia.Level   // the levels any skill defines, in order
	langs     []language.Tag // the languages any skill has, sorted
	// langOptions are the form's languages, one per langs, none
	// Selected: the same for every request.
	langOptions []languageOption
	accept      sfia.AcceptLanguageCache
	page        *template.Template
}

// newServer returns the handler of the page for the skills all (a
// registry's skills.All()), with the guiding words of fw where it has
// them in a section's language (fw may be nil). It serves GET and HEAD
// of / only.
func newServer(all []sfia.Skill, fw sfia.Framework) http.Handler {
	s := &server{framework: fw, page: template.Must(template.New("page").Parse(pageTemplate))}
	for _, sk := range all {
		if sk != nil {
			s.skills = append(s.skills, sk)
		}
	}
	slices.SortFunc(s.skills, func(a, b sfia.Skill) int { return strings.Compare(a.Code(), b.Code()) })
	seen := map[string]bool{}
	for _, sk := range s.skills {
		for _, l := range sk.Levels() {
			if !slices.Contains(s.levels, l) {
				s.levels = append(s.levels, l)
			}
		}
		for _, t := range sk.Languages() {
			if !seen[t.String()] {
				seen[t.String()] = true
				s.langs = append(s.langs, t)
			}
		}
	}
	slices.Sort(s.levels)
	slices.SortFunc(s.langs, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	for _, t := range s.langs {
		dir := "ltr"
		for _, sk := range s.skills {
			if tr, ok := sk.Translation(0, t); ok && tr.Language == t {
				dir = dirOf(tr.Direction)
				break
			}
		}
		s.langOptions = append(s.langOptions, languageOption{Tag: t.String(), Name: display.Self.Name(t), Dir: dir})
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.serve)
	return mux
}

// A requestError is a bad request: the status to answer with and what
// to tell the client, a line per problem.
type requestError struct {
	status int
	msg    string
}

// Error returns the message for the client.
func (e *requestError) Error() string { return e.msg }

// badRequest returns a requestError of status 400 with the message
// format and args make.
func badRequest(format string, args ...any) error {
	return &requestError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// A query is what the query string asks for.
type query struct {
	skills []sfia.Skill
	levels []sfia.Level
	lang   string // as given; "" for the browser's languages
	format jobdesc.Format
}

// has reports whether q has skill sk, by its code (a Skill of one's own
// need not be comparable).
func (q *query) has(sk sfia.Skill) bool {
	return slices.ContainsFunc(q.skills, func(x sfia.Skill) bool { return x.Code() == sk.Code() })
}

// The parameters the page takes, in the order error messages list them.
var params = []string{"skill", "level", "lang", "format"}

// formats maps the format parameter's values to formats; "" and "html"
// are the page.
var formats = map[string]jobdesc.Format{
	"": jobdesc.HTMLPage, "html": jobdesc.HTMLPage,
	"md": jobdesc.Markdown, "markdown": jobdesc.Markdown,
	"json": jobdesc.JSON, "csv": jobdesc.CSV, "text": jobdesc.Text,
}

// parseQuery reads a query string, within the limits of a request.
func (s *server) parseQuery(raw string) (*query, error) {
	if len(raw) > maxQueryBytes {
		return nil, &requestError{http.StatusRequestURITooLong,
			fmt.Sprintf("query: %d bytes; at most %d (up to %d skills and %d levels, each once)", len(raw), maxQueryBytes, maxSkills, maxLevels)}
	}
	vals, err := url.ParseQuery(raw)
	if err != nil {
		if strings.Contains(err.Error(), "semicolon") {
			return nil, badRequest("query: contains a semicolon; separate parameters with & and write a semicolon in a value as %%3B")
		}
		return nil, badRequest("query: %v", err)
	}
	var unknown []string
	for k := range vals {
		if !slices.Contains(params, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, badRequest("unknown parameter %s; parameters: %s", quote(unknown[0]), strings.Join(params, ", "))
	}
	q := &query{}
	if n := len(vals["skill"]); n > maxSkills {
		return nil, badRequest("skill: %d skills; at most %d", n, maxSkills)
	}
	for _, v := range vals["skill"] {
		sk := s.lookup(strings.TrimSpace(v))
		if sk == nil {
			return nil, &requestError{http.StatusNotFound, fmt.Sprintf("skill: no skill %s; skills: %s", quote(v), s.codeList())}
		}
		if q.has(sk) {
			return nil, badRequest("skill: %s is chosen twice; choose each skill once", sk.Code())
		}
		q.skills = append(q.skills, sk)
	}
	if n := len(vals["level"]); n > maxLevels {
		return nil, badRequest("level: %d levels; at most %d, each level once", n, maxLevels)
	}
	for _, v := range vals["level"] {
		l, err := sfia.ParseLevel(v)
		if err != nil {
			return nil, badRequest("level: %s is not a level; want a number from 1 to 7", quote(v))
		}
		if slices.Contains(q.levels, l) {
			return nil, badRequest("level: level %d is chosen twice; choose each level once", l)
		}
		q.levels = append(q.levels, l)
	}
	for _, name := range []string{"lang", "format"} {
		if n := len(vals[name]); n > 1 {
			return nil, badRequest("%s: given %d times; give it once", name, n)
		}
	}
	q.lang = strings.TrimSpace(vals.Get("lang"))
	f, ok := formats[vals.Get("format")]
	if !ok {
		return nil, badRequest("format: %s is not a format; formats: html, md, json, csv, text", quote(vals.Get("format")))
	}
	q.format = f
	switch {
	case len(q.skills) > 0 && len(q.levels) == 0:
		return nil, badRequest("level: no level chosen; choose at least one (%s)", levelList(s.levels))
	case len(q.skills) == 0 && len(q.levels) > 0:
		return nil, badRequest("skill: no skill chosen; choose at least one (skills: %s)", s.codeList())
	case len(q.skills) == 0 && q.format != jobdesc.HTMLPage:
		return nil, badRequest("format: %s needs a description; choose a skill and a level", vals.Get("format"))
	}
	return q, nil
}

// lookup returns the skill with code, compared without regard to case,
// or nil.
func (s *server) lookup(code string) sfia.Skill {
	for _, sk := range s.skills {
		if strings.EqualFold(sk.Code(), code) {
			return sk
		}
	}
	return nil
}

// codeList lists the skill codes for an error message: the first ten
// and how many more.
func (s *server) codeList() string {
	var codes []string
	for i, sk := range s.skills {
		if i == 10 {
			codes = append(codes, fmt.Sprintf("and %d more", len(s.skills)-10))
			break
		}
		codes = append(codes, sk.Code())
	}
	return strings.Join(codes, ", ")
}

// A langChoice is the languages a request's texts are chosen by.
type langChoice struct {
	// prefs is the preference list for jobdesc.Options.Languages.
	prefs []language.Tag
	// explicit reports whether prefs is the lang parameter's.
	explicit bool
	// asked is the browser's list, where prefs is not explicit.
	asked []language.Tag
	// fallback lists the languages added to the browser's for the skills
	// in fallbackFor, which have none of them.
	fallback    []language.Tag
	fallbackFor []string
}

// languages chooses the languages for the skills chosen (all skills
// for the form alone): the lang parameter's, or the browser's
// Accept-Language, of which it keeps those some skill has, with the
// fallback language, or a skill's first language, for a skill that has
// none of them.
func (s *server) languages(r *http.Request, q *query) (langChoice, error) {
	chosen := q.skills
	if len(chosen) == 0 {
		chosen = s.skills
	}
	if q.lang != "" {
		prefs, err := s.accept.Parse(q.lang)
		if err != nil || len(prefs.Tags()) == 0 {
			return langChoice{}, badRequest("lang: %s is not a language; want a BCP 47 tag such as it or pt-BR, or a list such as de,pt-BR;q=0.8", quote(q.lang))
		}
		c := langChoice{prefs: slices.Clone(prefs.Tags()), explicit: true}
		if len(q.skills) == 0 && !anyHas(chosen, c.prefs...) {
			return langChoice{}, &requestError{http.StatusUnprocessableEntity,
				fmt.Sprintf("lang: no skill has a text in %s; languages: %s", quote(q.lang), tagList(s.langs, ", "))}
		}
		return c, nil
	}
	header := strings.Join(r.Header.Values("Accept-Language"), ",")
	prefs, err := s.accept.Parse(header)
	if errors.Is(err, sfia.ErrAcceptLanguageTooLarge) {
		return langChoice{}, &requestError{http.StatusRequestHeaderFieldsTooLarge,
			fmt.Sprintf("Accept-Language: too large (%d bytes); at most %d bytes and %d languages; or choose a language with lang=it",
				len(header), sfia.MaxAcceptLanguageLen, sfia.MaxAcceptLanguageEntries)}
	}
	if err != nil {
		return langChoice{}, badRequest("Accept-Language: %s is not a language list; want one such as it, pt-BR;q=0.8, or choose a language with lang=it", quote(header))
	}
	c := langChoice{asked: slices.Clone(prefs.Tags())}
	for _, t := range c.asked {
		if !slices.Contains(c.prefs, t) && anyHas(chosen, t) {
			c.prefs = append(c.prefs, t)
		}
	}
	browser := c.prefs[:len(c.prefs):len(c.prefs)]
	for _, sk := range chosen {
		if _, ok := sk.Translation(0, browser...); ok {
			continue
		}
		t := fallbackLanguage
		if _, ok := sk.Translation(0, t); !ok {
			langs := sk.Languages()
			if len(langs) == 0 {
				continue // jobdesc.Build says it has none
			}
			t = langs[0]
		}
		c.fallbackFor = append(c.fallbackFor, sk.Code())
		if !slices.Contains(c.prefs, t) {
			c.prefs = append(c.prefs, t)
			c.fallback = append(c.fallback, t)
		}
	}
	return c, nil
}

// anyHas reports whether any of skills has a text in one of tags.
func anyHas(skills []sfia.Skill, tags ...language.Tag) bool {
	for _, sk := range skills {
		if _, ok := sk.Translation(0, tags...); ok {
			return true
		}
	}
	return false
}

// serve answers GET / with the page, or with the description in another
// format.
func (s *server) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Vary", "Accept-Language")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	q, err := s.parseQuery(r.URL.RawQuery)
	if err != nil {
		fail(w, err)
		return
	}
	lc, err := s.languages(r, q)
	if err != nil {
		fail(w, err)
		return
	}
	var d *jobdesc.Description
	if len(q.skills) > 0 {
		var reqs []jobdesc.Requirement
		for _, sk := range q.skills {
			for _, l := range q.levels {
				reqs = append(reqs, jobdesc.Requirement{Skill: sk, Level: l})
			}
		}
		d, err = jobdesc.Build(reqs, jobdesc.Options{Languages: lc.prefs, Framework: s.framework})
		if err != nil {
			fail(w, buildError(err))
			return
		}
	}
	var b bytes.Buffer
	contentType := "text/html; charset=utf-8"
	switch q.format {
	case jobdesc.HTMLPage:
		err = s.writePage(&b, q, lc, d)
	case jobdesc.Markdown:
		contentType, err = "text/markdown; charset=utf-8", d.WriteMarkdown(&b)
	case jobdesc.JSON:
		contentType, err = "application/json", d.WriteJSON(&b)
	case jobdesc.CSV:
		contentType, err = "text/csv; charset=utf-8", d.WriteCSV(&b)
		w.Header().Set("Content-Disposition", `attachment; filename="`+fileName(q)+`.csv"`)
	case jobdesc.Text:
		contentType, err = "text/plain; charset=utf-8", d.WriteText(&b)
	}
	if err != nil {
		w.Header().Del("Content-Disposition")
		http.Error(w, "rendering the description failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Language", strings.Join(contentLanguages(s, lc, d), ", "))
	if q.format == jobdesc.HTMLPage {
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	}
	h.Set("Content-Length", strconv.Itoa(b.Len()))
	w.Write(b.Bytes())
}

// fail answers with err's status and message, as plain text.
func fail(w http.ResponseWriter, err error) {
	var re *requestError
	if !errors.As(err, &re) {
		re = &requestError{http.StatusInternalServerError, err.Error()}
	}
	http.Error(w, re.msg, re.status)
}

// buildError turns what jobdesc.Build rejects into a 422, a line per
// problem, each naming the parameter to change.
func buildError(err error) error {
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	lines := make([]string, len(errs))
	for i, e := range errs {
		var le *jobdesc.LevelError
		var lang *jobdesc.LanguageError
		switch {
		case errors.As(e, &le):
			lines[i] = "level: " + e.Error()
		case errors.As(e, &lang):
			lines[i] = "lang: " + e.Error()
		default:
			lines[i] = e.Error()
		}
	}
	return &requestError{http.StatusUnprocessableEntity, strings.Join(lines, "\n")}
}

// contentLanguages returns the languages of the response's texts: the
// sections' languages in order of first appearance, or for the form
// alone, the page's language.
func contentLanguages(s *server, lc langChoice, d *jobdesc.Description) []string {
	if d == nil {
		return []string{s.formLanguage(lc).String()}
	}
	var out []string
	for _, sec := range d.Sections {
		if t := sec.Language.String(); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// formLanguage returns the language of the form alone: the first
// skill's match for lc.
func (s *server) formLanguage(lc langChoice) language.Tag {
	for _, sk := range s.skills {
		if tr, ok := sk.Translation(0, lc.prefs...); ok {
			return tr.Language
		}
	}
	return language.English // no skills: only the form's English words
}

// fileName returns the base name of a download: "jobdesc-CSMG-3-4".
func fileName(q *query) string {
	parts := []string{"jobdesc"}
	for _, sk := range q.skills {
		parts = append(parts, sk.Code())
	}
	for _, l := range q.levels {
		parts = append(parts, strconv.Itoa(int(l)))
	}
	name := strings.Join(parts, "-")
	// Codes are letters in generated packages; keep a header safe
	// whatever a skill of one's own says.
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return r
		}
		return '_'
	}, name)
}

// quote quotes a value for an error message, cut to 40 bytes.
func quote(s string) string {
	const limit = 40
	if len(s) <= limit {
		return strconv.Quote(s)
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + fmt.Sprintf("… (%d bytes)", len(s))
}

// levelList writes levels as "levels 1, 2, 3".
func levelList(levels []sfia.Level) string {
	s := make([]string, len(levels))
	for i, l := range levels {
		s[i] = strconv.Itoa(int(l))
	}
	return "levels " + strings.Join(s, ", ")
}

// tagList joins tags with sep.
func tagList(tags []language.Tag, sep string) string {
	s := make([]string, len(tags))
	for i, t := range tags {
		s[i] = t.String()
	}
	return strings.Join(s, sep)
}

// pageTemplate is the page: the form, a note where the browser's
// languages have no text, the links to the other formats and the
// description (jobdeschtml's fragment). Every element that holds text
// has lang and dir; the form's words are English.
const pageTemplate = `<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title lang="en" dir="ltr">{{.Title}}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2em auto; max-width: 72em; padding: 0 1em; }
form { display: flex; flex-wrap: wrap; gap: 1em 2em; align-items: flex-start; padding: 1em; background: #f4f4f4; }
fieldset { border: 1px solid #ccc; }
.levels label { display: block; }
.note { background: #fff4d6; padding: 0.5em 1em; }
.sfia-side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); gap: 1.5em; }
.sfia-source, .sfia-notice, .sfia-acknowledgement { color: #555; font-size: 0.9em; }
</style>
</head>
<body>
<h1 lang="en" dir="ltr">SFIA job description</h1>
<form method="get" id="jobdesc-form" lang="en" dir="ltr">
<fieldset class="skills" lang="en" dir="ltr"><legend lang="en" dir="ltr">Skills</legend>
<select id="skill" name="skill" multiple size="{{.SkillRows}}" aria-label="Skills">
{{- range .Skills}}
<option value="{{.Code}}" lang="{{.Lang}}" dir="{{.Dir}}"{{if .Selected}} selected{{end}}>{{.Code}} — {{.Name}}</option>
{{- end}}
</select>
<p lang="en" dir="ltr"><small>Ctrl- or ⌘-click for more than one.</small></p>
</fieldset>
<fieldset class="levels" lang="en" dir="ltr"><legend lang="en" dir="ltr">Levels</legend>
{{- range .Levels}}
<label lang="en" dir="ltr"><input type="checkbox" name="level" value="{{.Number}}"{{if .Selected}} checked{{end}}> <span lang="{{.Lang}}" dir="{{.Dir}}">{{.Word}} {{.Number}}</span> <span class="guiding-words" lang="{{.GuidingLang}}" dir="{{.GuidingDir}}">({{.GuidingWords}})</span></label>
{{- end}}
</fieldset>
<fieldset class="language" lang="en" dir="ltr"><legend lang="en" dir="ltr">Language</legend>
<select id="lang" name="lang" aria-label="Language">
<option value="" lang="en" dir="ltr">Your browser's languages</option>
{{- range .Languages}}
<option value="{{.Tag}}" lang="{{.Tag}}" dir="{{.Dir}}"{{if .Selected}} selected{{end}}>{{.Name}} ({{.Tag}})</option>
{{- end}}
</select>
</fieldset>
<p lang="en" dir="ltr"><button type="submit" id="show">Show the job description</button></p>
</form>
{{- with .Note}}
<p class="note" role="status" lang="en" dir="ltr">{{.}}</p>
{{- end}}
{{- if .Description}}
<nav class="formats" lang="en" dir="ltr">The same description as <a href="{{.Markdown}}" type="text/markdown">Markdown</a>, <a href="{{.JSON}}" type="application/json">JSON</a> or <a href="{{.CSV}}" type="text/csv" download>CSV</a>.</nav>
<main>
{{.Description}}
</main>
{{- end}}
</body>
</html>
`

// pageData is what pageTemplate shows.
type pageData struct {
	Lang, Dir, Title string
	SkillRows        int
	Skills           []skillOption
	Levels           []levelOption
	Languages        []languageOption
	Note             string
	// Description is jobdeschtml's fragment; Markdown, JSON and CSV link
	// to the same description in those formats.
	Description         template.HTML
	Markdown, JSON, CSV string
}

// A skillOption is a skill of the form's list, named in the page's
// language where it has a text in it.
type skillOption struct {
	Code, Name, Lang, Dir string
	Selected              bool
}

// A levelOption is a level of the form's checkboxes, with the word for
// "level" and the guiding words in the page's language where the texts
// give them, in English otherwise.
type levelOption struct {
	Number                                int
	Word, Lang, Dir                       string
	GuidingWords, GuidingLang, GuidingDir string
	Selected                              bool
}

// A languageOption is a language of the form's list, named in itself.
type languageOption struct {
	Tag, Name, Dir string
	Selected       bool
}

// writePage writes the page: the form, chosen as q says, and d, where
// there is one.
func (s *server) writePage(w io.Writer, q *query, lc langChoice, d *jobdesc.Description) error {
	data := pageData{Title: "SFIA job description", SkillRows: min(max(len(s.skills), 2), 8)}
	pageLang, pageDir := s.formLanguage(lc), "ltr"
	for _, sk := range s.skills {
		tr, ok := sk.Translation(0, lc.prefs...)
		if !ok {
			tr, _ = sk.Translation(0, sk.Languages()...)
		}
		if tr.Language == pageLang && tr.Direction == "rtl" {
			pageDir = "rtl"
		}
		data.Skills = append(data.Skills, skillOption{
			Code: sk.Code(), Name: tr.Name, Lang: tr.Language.String(), Dir: dirOf(tr.Direction),
			Selected: q.has(sk),
		})
	}
	if d != nil && len(d.Sections) > 0 {
		pageLang, pageDir = d.Sections[0].Language, d.Sections[0].Direction
		var titles []string
		for i, sec := range d.Sections {
			if i == 0 || sec.Group != d.Sections[i-1].Group {
				titles = append(titles, sec.Code+" level "+strconv.Itoa(int(sec.Level)))
			}
		}
		data.Title += ": " + strings.Join(titles, ", ")
	}
	data.Lang, data.Dir = pageLang.String(), pageDir
	// The word for "level" in the page's language, where a skill's text
	// in it says.
	word, wordLang, wordDir := "Level", language.English, "ltr"
	for _, sk := range s.skills {
		if tr, ok := sk.Translation(0, pageLang); ok && tr.Language == pageLang && tr.LevelWord != "" {
			word, wordLang, wordDir = tr.LevelWord, pageLang, dirOf(tr.Direction)
			break
		}
	}
	for _, l := range s.levels {
		o := levelOption{
			Number: int(l), Word: word, Lang: wordLang.String(), Dir: wordDir,
			GuidingWords: l.GuidingWords(), GuidingLang: "en", GuidingDir: "ltr",
			Selected: slices.Contains(q.levels, l),
		}
		if s.framework != nil {
			if g, ok := s.framework.GuidingWords(l, pageLang); ok && g.Language == pageLang && g.Value != "" {
				o.GuidingWords, o.GuidingLang, o.GuidingDir = g.Value, pageLang.String(), wordDir
			}
		}
		data.Levels = append(data.Levels, o)
	}
	data.Languages = slices.Clone(s.langOptions)
	for i, t := range s.langs {
		data.Languages[i].Selected = lc.explicit && t == pageLang
	}
	if len(lc.fallbackFor) > 0 {
		note := "Your browser asks for no language"
		if len(lc.asked) > 0 {
			note = "Your browser's languages (" + tagList(lc.asked, ", ") + ") have no text"
			if len(q.skills) > 0 {
				note += " of " + strings.Join(lc.fallbackFor, ", ")
			} else {
				note += " here"
			}
		}
		names := make([]string, len(lc.fallback))
		for i, t := range lc.fallback {
			names[i] = display.English.Languages().Name(t) + " (" + t.String() + ")"
		}
		data.Note = note + ": the texts are in " + strings.Join(names, ", ") + ", the fallback. Choose a language above for another."
	}
	if d != nil {
		var frag bytes.Buffer
		if err := jobdeschtml.Write(&frag, d); err != nil {
			return err
		}
		// jobdeschtml escapes every value with html/template.
		data.Description = template.HTML(frag.String())
		lang := q.lang
		if !lc.explicit {
			lang = tagList(lc.prefs, ",")
		}
		data.Markdown, data.JSON, data.CSV = link(q, lang, "md"), link(q, lang, "json"), link(q, lang, "csv")
	}
	return s.page.Execute(w, data)
}

// link returns the relative address of the description of q in format,
// with lang, so that it gives the texts of the page whatever the
// client's Accept-Language.
func link(q *query, lang, format string) string {
	var b strings.Builder
	b.WriteByte('?')
	for _, sk := range q.skills {
		b.WriteString("skill=" + url.QueryEscape(sk.Code()) + "&")
	}
	for _, l := range q.levels {
		b.WriteString("level=" + strconv.Itoa(int(l)) + "&")
	}
	// A comma needs no escape in a query: lang=it,fr.
	b.WriteString("lang=" + strings.ReplaceAll(url.QueryEscape(lang), "%2C", ",") + "&format=" + format)
	return b.String()
}

// dirOf returns a Translation.Direction as an HTML dir value: rtl, or
// ltr for anything else.
func dirOf(direction string) string {
	if direction == "rtl" {
		return "rtl"
	}
	return "ltr"
}
