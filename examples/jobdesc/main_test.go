package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
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

// section is what run must print for level n in the language matching
// tag, built from csmg's own answers, with the version and seed file the
// test expects rather than the ones csmg reports.
func section(n int, tag language.Tag, guidingWords, source string) string {
	l := csmg.Level(n)
	var b strings.Builder
	b.WriteString(csmg.Name(tag) + " (CSMG)\n")
	b.WriteString("Level " + strconv.Itoa(n) + " — " + guidingWords + "\n\n")
	b.WriteString(l.Description(tag) + "\n\n")
	for _, s := range l.Statements(tag) {
		b.WriteString("- " + s + "\n")
	}
	b.WriteString("\n" + source + "\n")
	b.WriteString("This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.\n")
	return b.String()
}

func TestRunLevel4(t *testing.T) {
	tests := []struct {
		lang    string
		version string // "SFIA N"
		seed    string
		name    string // the skill's name in the seed
	}{
		{"it", "SFIA 9", "seeds/000_f93c0a31eadc8278.txt", "Supporto di assistenza ai clienti"},
		{"ru", "SFIA 8", "seeds/001_205a89c5e035fa5d.txt", "Служба поддержки клиентов"},
		{"pt", "SFIA 9", "seeds/002_c8d2389445e5e1c8.txt", "Serviços de atendimento ao cliente"},
		{"es", "SFIA 6", "seeds/003_c74615f3b514106e.txt", "Asistencia del servicio de atención al cliente"},
		{"ar", "SFIA 8", "seeds/004_07a011a12c9ebc15.txt", "دعم خدمة العملاء"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			code, stdout, stderr := runArgs(t, "-level", "4", "-lang", tt.lang)
			if code != 0 || stderr != "" {
				t.Fatalf("run(-level 4 -lang %s) = %d, stderr %q; want 0 and no stderr", tt.lang, code, stderr)
			}
			tag := language.MustParse(tt.lang)
			desc := csmg.Level(4).Description(tag)
			if desc == "" {
				t.Fatalf("csmg.Level(4).Description(%s) = \"\"", tt.lang)
			}
			source := "Source: " + tt.version + ", " + tt.lang + ", " + tt.seed
			want := section(4, tag, "Enable", source)
			if diff := cmp.Diff(want, stdout); diff != "" {
				t.Errorf("run(-level 4 -lang %s) stdout mismatch (-want +got):\n%s", tt.lang, diff)
			}
			lines := strings.Split(stdout, "\n")
			if got := lines[0]; got != tt.name+" (CSMG)" {
				t.Errorf("first line = %q, want %q", got, tt.name+" (CSMG)")
			}
			if got := lines[1]; got != "Level 4 — Enable" {
				t.Errorf("second line = %q, want %q", got, "Level 4 — Enable")
			}
			if got := lines[3]; got != desc {
				t.Errorf("description line = %q, want csmg's %q", got, desc)
			}
			if !strings.Contains(stdout, "\n"+source+"\n") {
				t.Errorf("stdout has no line %q:\n%s", source, stdout)
			}
		})
	}
}

func TestRunDefaults(t *testing.T) {
	code, stdout, stderr := runArgs(t)
	if code != 0 || stderr != "" {
		t.Fatalf("run() = %d, stderr %q; want 0 and no stderr", code, stderr)
	}
	want := section(4, language.Italian, "Enable", "Source: SFIA 9, it, seeds/000_f93c0a31eadc8278.txt")
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("run() stdout mismatch (-want +got):\n%s", diff)
	}
}

func TestRunEveryDefinedLevel(t *testing.T) {
	guiding := map[int]string{1: "Follow", 2: "Assist", 3: "Apply", 4: "Enable", 5: "Ensure, advise", 6: "Initiate, influence"}
	for n := 1; n <= 6; n++ {
		code, stdout, stderr := runArgs(t, "-level", strconv.Itoa(n), "-lang", "es")
		if code != 0 || stderr != "" {
			t.Fatalf("run(-level %d -lang es) = %d, stderr %q", n, code, stderr)
		}
		want := section(n, language.Spanish, guiding[n], "Source: SFIA 6, es, seeds/003_c74615f3b514106e.txt")
		if diff := cmp.Diff(want, stdout); diff != "" {
			t.Errorf("run(-level %d -lang es) stdout mismatch (-want +got):\n%s", n, diff)
		}
	}
}

func TestRunRegionalVariant(t *testing.T) {
	code, stdout, stderr := runArgs(t, "-level", "4", "-lang", "pt-BR")
	if code != 0 || stderr != "" {
		t.Fatalf("run(-lang pt-BR) = %d, stderr %q; want 0 and no stderr", code, stderr)
	}
	// pt-BR reaches the Portuguese text, and the source line names the
	// language of the text, not the tag asked for.
	want := section(4, language.Portuguese, "Enable", "Source: SFIA 9, pt, seeds/002_c8d2389445e5e1c8.txt")
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("run(-lang pt-BR) stdout mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(stdout, "Serviços de atendimento ao cliente (CSMG)\n") {
		t.Errorf("run(-lang pt-BR) does not start with the Portuguese name:\n%s", stdout)
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // the whole of stderr
	}{
		{"level 7", []string{"-level", "7"},
			"jobdesc: CSMG is not defined at level 7; it is defined at levels 1–6\n"},
		{"level 7 in Arabic", []string{"-level", "7", "-lang", "ar"},
			"jobdesc: CSMG is not defined at level 7; it is defined at levels 1–6\n"},
		{"level 0", []string{"-level", "0"},
			"jobdesc: invalid value \"0\" for flag -level: want an integer from 1 to 7\n"},
		{"level 8", []string{"-level", "8"},
			"jobdesc: invalid value \"8\" for flag -level: want an integer from 1 to 7\n"},
		{"level -1", []string{"-level", "-1"},
			"jobdesc: invalid value \"-1\" for flag -level: want an integer from 1 to 7\n"},
		{"level abc", []string{"-level", "abc"},
			"jobdesc: invalid value \"abc\" for flag -level: want an integer from 1 to 7\n"},
		{"level empty", []string{"-level="},
			"jobdesc: invalid value \"\" for flag -level: want an integer from 1 to 7\n"},
		{"lang de", []string{"-lang", "de"},
			"jobdesc: no CSMG text in \"de\"; languages: ar, es, it, pt, ru\n"},
		{"lang uk", []string{"-lang", "uk"},
			"jobdesc: no CSMG text in \"uk\"; languages: ar, es, it, pt, ru\n"},
		{"lang be", []string{"-lang", "be"},
			"jobdesc: no CSMG text in \"be\"; languages: ar, es, it, pt, ru\n"},
		{"lang en", []string{"-lang", "en"},
			"jobdesc: no CSMG text in \"en\"; languages: ar, es, it, pt, ru\n"},
		{"lang abc", []string{"-lang", "abc"}, // well-formed, but no seed is in it
			"jobdesc: no CSMG text in \"abc\"; languages: ar, es, it, pt, ru\n"},
		{"lang malformed", []string{"-lang", "not a tag"},
			"jobdesc: invalid -lang \"not a tag\": want a BCP 47 language tag such as it or pt-BR\n"},
		{"unknown flag", []string{"-bogus"},
			"jobdesc: flag provided but not defined: -bogus\n"},
		{"missing value", []string{"-lang"},
			"jobdesc: flag needs an argument: -lang\n"},
		{"extra argument", []string{"-level", "4", "extra"},
			"jobdesc: unexpected argument \"extra\"; usage: jobdesc [-level N] [-lang TAG]\n"},
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
			if n := strings.Count(stderr, "\n"); n != 1 || !strings.HasSuffix(stderr, "\n") {
				t.Errorf("run(%q) stderr has %d lines, want one:\n%s", tt.args, n, stderr)
			}
			if stderr != tt.want {
				t.Errorf("run(%q) stderr = %q, want %q", tt.args, stderr, tt.want)
			}
		})
	}
}

func TestRunHelp(t *testing.T) {
	code, stdout, stderr := runArgs(t, "-h")
	if code != 0 || stdout != "" {
		t.Errorf("run(-h) = %d, stdout %q; want 0 and no stdout", code, stdout)
	}
	for _, s := range []string{"usage: jobdesc", "-level N", "-lang TAG"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("run(-h) stderr does not mention %q:\n%s", s, stderr)
		}
	}
}

func Example() {
	run([]string{"-level", "1", "-lang", "it"}, os.Stdout, os.Stderr)
	// Output:
	// Supporto di assistenza ai clienti (CSMG)
	// Level 1 — Follow
	//
	// Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite. Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti. Trasmette i problemi complessi ai membri del team o ai reparti appropriati.
	//
	// - Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite.
	// - Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti.
	// - Trasmette i problemi complessi ai membri del team o ai reparti appropriati.
	//
	// Source: SFIA 9, it, seeds/000_f93c0a31eadc8278.txt
	// This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
}
