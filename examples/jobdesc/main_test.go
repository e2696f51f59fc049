package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

// runArgs runs the command with args and returns its exit status, stdout
// and stderr.
func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// want renders what the library makes of the same request, with the
// registry's framework texts, as the command does, and returns it with
// what the command writes on stderr: for CSV, a line per notice.
func want(t *testing.T, levels []sfia.Level, opts jobdesc.Options, f jobdesc.Format) (stdout, stderr string) {
	t.Helper()
	opts.Framework = skills.Framework
	var reqs []jobdesc.Requirement
	for _, l := range levels {
		reqs = append(reqs, jobdesc.Requirement{Skill: csmg.Skill, Level: l})
	}
	d, err := jobdesc.Build(reqs, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := anyformat.Render(&b, d, f); err != nil {
		t.Fatal(err)
	}
	if f == jobdesc.CSV {
		for _, n := range d.Notices {
			stderr += "jobdesc: note: " + n.Message + "\n"
		}
	}
	return b.String(), stderr
}

func tags(s ...string) []language.Tag {
	var out []language.Tag
	for _, x := range s {
		out = append(out, language.MustParse(x))
	}
	return out
}

// TestRun checks that the command hands its flags to jobdesc: its output
// is what the library renders for the same request.
func TestRun(t *testing.T) {
	tests := []struct {
		args   []string
		levels []sfia.Level
		opts   jobdesc.Options
		format jobdesc.Format
	}{
		{nil, []sfia.Level{4}, jobdesc.Options{Languages: tags("it")}, jobdesc.Text},
		{[]string{"-level", "4", "-lang", "it"}, []sfia.Level{4}, jobdesc.Options{Languages: tags("it")}, jobdesc.Text},
		{[]string{"-level", "2", "-lang", "ru"}, []sfia.Level{2}, jobdesc.Options{Languages: tags("ru")}, jobdesc.Text},
		{[]string{"-level", "1,3", "-lang", "es", "-format", "md"}, []sfia.Level{1, 3}, jobdesc.Options{Languages: tags("es")}, jobdesc.Markdown},
		{[]string{"-level", "3-5", "-lang", "ar", "-format", "html"}, []sfia.Level{3, 4, 5}, jobdesc.Options{Languages: tags("ar")}, jobdesc.HTML},
		{[]string{"-level", "6", "-lang", "de,pt-BR;q=0.8", "-format", "json"}, []sfia.Level{6}, jobdesc.Options{Languages: tags("de", "pt-BR")}, jobdesc.JSON},
		{[]string{"-level", "1-2,6", "-all", "-format", "csv"}, []sfia.Level{1, 2, 6}, jobdesc.Options{AllLanguages: true}, jobdesc.CSV},
		{[]string{"-level", "4", "-all", "-format", "page"}, []sfia.Level{4}, jobdesc.Options{AllLanguages: true}, jobdesc.HTMLPage},
		{[]string{"-level", "4", "-lang", "it", "-version", "9"}, []sfia.Level{4}, jobdesc.Options{Languages: tags("it"), Version: 9}, jobdesc.Text},
		{[]string{"-level", "4", "-lang", "ru", "-levelinfo"}, []sfia.Level{4}, jobdesc.Options{Languages: tags("ru"), LevelInfo: true}, jobdesc.Text},
		{[]string{"-level", "3-4", "-all", "-levelinfo", "-format", "json"}, []sfia.Level{3, 4}, jobdesc.Options{AllLanguages: true, LevelInfo: true}, jobdesc.JSON},
		{[]string{"-level", "4", "-lang", "it", "-levelinfo", "-format", "csv"}, []sfia.Level{4}, jobdesc.Options{Languages: tags("it"), LevelInfo: true}, jobdesc.CSV},
	}
	for _, tt := range tests {
		code, stdout, stderr := runArgs(t, tt.args...)
		wantOut, wantErr := want(t, tt.levels, tt.opts, tt.format)
		if code != 0 || stderr != wantErr {
			t.Errorf("run(%q) = %d, stderr %q, want 0, %q", tt.args, code, stderr, wantErr)
			continue
		}
		if diff := cmp.Diff(wantOut, stdout); diff != "" {
			t.Errorf("run(%q) (-want +got):\n%s", tt.args, diff)
		}
	}
	// The main command of the README prints the exact seed text, and
	// where it comes from.
	_, stdout, _ := runArgs(t, "-level", "4", "-lang", "it")
	it, ok := csmg.Skill.Translation(0, language.Italian)
	if !ok {
		t.Fatal("no Italian CSMG")
	}
	source := fmt.Sprintf("Source: %v, it, %s\n", it.Version, it.Source)
	if !strings.Contains(stdout, csmg.Level(4).Description(language.Italian)+"\n") || !strings.Contains(stdout, source) {
		t.Errorf("main command output does not hold the level 4 text and %q:\n%s", source, stdout)
	}
}

// absentLanguages returns n languages CSMG has no text in: German,
// Ukrainian and Belarusian (which Russian must not answer) while seeds/
// has none of them, then private-use tags, which no seed language is.
func absentLanguages(t *testing.T, n int) []string {
	t.Helper()
	var out []string
	for _, s := range []string{"de", "uk", "be", "qaa", "qab", "qac"} {
		if _, ok := csmg.Skill.Translation(0, language.MustParse(s)); !ok {
			out = append(out, s)
		}
	}
	if len(out) < n {
		t.Fatalf("CSMG has text in all but %q", out)
	}
	return out[:n]
}

// TestRunErrors checks that every problem gives one line on stderr,
// nothing on stdout and status 2. The messages of jobdesc's rules are
// jobdesc's; the test takes them from the library and from CSMG's own
// levels and languages, so that adding a skill or a language to seeds/
// does not break it.
func TestRunErrors(t *testing.T) {
	const badLevel = "want a level from 1 to 7, a list such as 2,4 or a range such as 3-5"
	absent := absentLanguages(t, 2)
	notDefined := func(l sfia.Level) string {
		err := &jobdesc.LevelError{Code: csmg.Skill.Code(), Level: l, Defined: csmg.Skill.Levels()}
		return "jobdesc: " + err.Error() + "\n"
	}
	noText := func(asked ...string) string {
		err := &jobdesc.LanguageError{Code: csmg.Skill.Code(), Asked: tags(asked...), Have: csmg.Skill.Languages()}
		return "jobdesc: " + err.Error() + "\n"
	}
	noVersion := func(lang language.Tag, v sfia.Version) string {
		err := &jobdesc.VersionError{Code: csmg.Skill.Code(), Language: lang, Version: v, Have: csmg.Skill.Versions(lang)}
		return "jobdesc: " + err.Error() + "\n"
	}
	tests := []struct {
		name string
		args []string
		want string // the whole of stderr
	}{
		{"level 7", []string{"-level", "7"}, notDefined(7)},
		{"level 7 in Arabic", []string{"-level", "7", "-lang", "ar"}, notDefined(7)},
		{"range up to 7", []string{"-level", "5-7"}, notDefined(7)},
		{"level 0", []string{"-level", "0"}, "jobdesc: invalid value \"0\" for flag -level: " + badLevel + "\n"},
		{"level 8", []string{"-level", "8"}, "jobdesc: invalid value \"8\" for flag -level: " + badLevel + "\n"},
		{"level abc", []string{"-level", "abc"}, "jobdesc: invalid value \"abc\" for flag -level: " + badLevel + "\n"},
		{"level empty", []string{"-level="}, "jobdesc: invalid value \"\" for flag -level: " + badLevel + "\n"},
		{"a level twice", []string{"-level", "2,2"},
			"jobdesc: invalid value \"2,2\" for flag -level: want each level once, found level 2 again\n"},
		{"a range and a level in it", []string{"-level", "1-3,2"},
			"jobdesc: invalid value \"1-3,2\" for flag -level: want each level once, found level 2 again\n"},
		{"a 128 KB list", []string{"-level", strings.Repeat("4,", 64<<10) + "4"},
			"jobdesc: invalid value \"" + strings.Repeat("4,", 64<<10) + "4\" for flag -level: want each level once, found level 4 again\n"},
		{"backwards range", []string{"-level", "5-3"},
			"jobdesc: invalid value \"5-3\" for flag -level: want a range of levels such as 3-5, low to high, each from 1 to 7\n"},
		{"lang " + absent[0], []string{"-lang", absent[0]}, noText(absent[0])},
		{"no language of a list", []string{"-lang", absent[0] + "," + absent[1] + ";q=0.5"}, noText(absent[0], absent[1])},
		{"two problems, the first one said", []string{"-level", "4,7", "-lang", absent[0]}, noText(absent[0])},
		{"lang malformed", []string{"-lang", "not a tag"},
			"jobdesc: invalid -lang \"not a tag\": want a BCP 47 tag such as it or pt-BR, or a list such as de,pt-BR;q=0.8\n"},
		{"format", []string{"-format", "pdf"}, "jobdesc: unknown format \"pdf\"; formats: text, md, html, page, json, csv\n"},
		{"version absent", []string{"-lang", "it", "-version", "1"}, noVersion(language.Italian, 1)},
		{"version negative", []string{"-version", "-1"}, "jobdesc: invalid -version -1: want an SFIA version such as 9\n"},
		{"unknown flag", []string{"-bogus"}, "jobdesc: flag provided but not defined: -bogus\n"},
		{"missing value", []string{"-lang"}, "jobdesc: flag needs an argument: -lang\n"},
		{"extra argument", []string{"-level", "4", "extra"}, "jobdesc: unexpected argument \"extra\"; " + usage + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(t, tt.args...)
			if code != 2 {
				t.Errorf("run(%q) = %d, want 2", tt.args, code)
			}
			if stdout != "" {
				t.Errorf("run(%q) printed on stdout:\n%s", tt.args, stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
				t.Errorf("run(%q) stderr is not one line: %q", tt.args, stderr)
			}
			if stderr != tt.want {
				t.Errorf("run(%q) stderr = %q, want %q", tt.args, stderr, tt.want)
			}
		})
	}
}

// TestRunLevelInfo checks that -levelinfo asks for the levels'
// information: every section has it, or the output says why not. The
// seeds' Russian page copy gives SFIA 9 essences, and CSMG in Russian is
// SFIA 8, so that today the note is what it shows.
func TestRunLevelInfo(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: 4}},
		jobdesc.Options{Languages: tags("ru"), Framework: skills.Framework, LevelInfo: true})
	if err != nil {
		t.Fatal(err)
	}
	s := d.Sections[0]
	_, stdout, _ := runArgs(t, "-level", "4", "-lang", "ru", "-levelinfo")
	_, without, _ := runArgs(t, "-level", "4", "-lang", "ru")
	switch {
	case s.LevelInfo != nil:
		if !strings.Contains(stdout, "Level of responsibility 4:\n") {
			t.Errorf("the level information is not shown:\n%s", stdout)
		}
	default:
		note := fmt.Sprintf("Note: No level information for ru %v at level 4: ", s.Version)
		if !strings.Contains(stdout, note) || strings.Contains(without, note) {
			t.Errorf("with -levelinfo the output does not say %q, or without it it does:\n%s", note, stdout)
		}
	}
	if stdout == without {
		t.Error("-levelinfo changes nothing")
	}
	// In CSV, the note goes to stderr.
	code, _, stderr := runArgs(t, "-level", "4", "-lang", "ru", "-levelinfo", "-format", "csv")
	if code != 0 || (s.LevelInfo == nil) != strings.Contains(stderr, "jobdesc: note: No level information for ru") {
		t.Errorf("CSV: status %d, stderr %q", code, stderr)
	}
}

func TestRunHelp(t *testing.T) {
	code, stdout, stderr := runArgs(t, "-h")
	if code != 0 || stdout != "" {
		t.Errorf("run(-h) = %d, stdout %q; want 0 and no stdout", code, stdout)
	}
	for _, s := range []string{"usage: jobdesc", "-level LEVELS", "-lang LANGS", "-format", "-all", "-levelinfo"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("run(-h) stderr does not mention %q:\n%s", s, stderr)
		}
	}
}

func Example() {
	run([]string{"-level", "1", "-lang", "it"}, os.Stdout, os.Stderr)
	// Output:
	// Supporto di assistenza ai clienti (CSMG) — Livello 1 (Follow)
	//
	// Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite. Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti. Trasmette i problemi complessi ai membri del team o ai reparti appropriati.
	//
	// - Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite.
	// - Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti.
	// - Trasmette i problemi complessi ai membri del team o ai reparti appropriati.
	//
	// Source: SFIA 9, it, seeds/000_f93c0a31eadc8278.txt
	//
	// This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
}
