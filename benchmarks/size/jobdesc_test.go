package size

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// jobdescBudget is what package jobdesc may add to a program that
// renders text or Markdown, over withcsmg, which imports csmg only: 300 KB.
const jobdescBudget = 300_000

// The programs TestJobdescSize builds, beside withcsmg: each builds the
// same description (CSMG level 4 in Italian) with jobdesc and writes it
// in one format, or, withjobdescall, in the format its argument names
// (anyformat.Render, as the example command does). Only those that can
// write HTML may link html/template, and only the others have a budget.
var jobdescPrograms = []struct {
	dir, format string
	html        bool // can render HTML: may link html/template
}{
	{"withjobdesctext", "text", false},
	{"withjobdescmd", "Markdown", false},
	{"withjobdeschtml", "HTML", true},
	{"withjobdescall", "any format", true},
}

// heavyPackages are packages that a program rendering text or Markdown
// must not link: the HTML templates and the reflection-based encoders
// and regular expressions they bring.
var heavyPackages = []string{"html/template", "text/template", "text/template/parse", "encoding/json", "regexp"}

// TestJobdescSize checks what package jobdesc costs a program: a program
// that renders a description as text or Markdown is at most 300 KB
// larger than withcsmg (file with default flags and with -s -w, and the
// loaded sections), and links none of heavyPackages (go tool nm: no
// symbol of theirs); only the programs that can render HTML link
// html/template. It logs each program's sizes, what each adds, and the
// bytes of package jobdesc's own symbols. BENCHMARKS.md quotes it:
//
//	cd benchmarks && go test -count=1 -v -run TestJobdescSize ./size/
func TestJobdescSize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds ten programs")
	}
	// sizes[program]: the file with default flags, with -s -w, and the
	// loaded sections (0 for a binary that is not ELF).
	sizes := map[string][3]int64{}
	bins := map[string]string{}
	dirs := []string{"withcsmg"}
	for _, p := range jobdescPrograms {
		dirs = append(dirs, p.dir)
	}
	for _, dir := range dirs {
		var sz [3]int64
		bin, n := build(t, dir)
		bins[dir] = bin
		sz[0] = n
		sz[2], _ = loadedBytes(t, bin)
		_, sz[1] = build(t, dir, "-ldflags=-s -w")
		sizes[dir] = sz
		t.Logf("%s: file %d B, with -s -w %d B, loaded %d B", dir, sz[0], sz[1], sz[2])
	}
	base := sizes["withcsmg"]
	what := []string{"file", "file with -s -w", "loaded sections"}
	for _, p := range jobdescPrograms {
		sz := sizes[p.dir]
		var adds []string
		for i := range sz {
			if i == 2 && (sz[i] == 0 || base[i] == 0) {
				continue
			}
			d := sz[i] - base[i]
			adds = append(adds, fmt.Sprintf("%s %+d B", what[i], d))
			if !p.html && d > jobdescBudget {
				t.Errorf("%s (jobdesc, %s): %s is %d B over withcsmg's, over the budget of %d B", p.dir, p.format, what[i], d, jobdescBudget)
			}
		}
		syms := packageSymbols(t, bins[p.dir])
		var heavy []string
		for _, pkg := range heavyPackages {
			if syms[pkg] > 0 {
				heavy = append(heavy, fmt.Sprintf("%s %d B", pkg, syms[pkg]))
			}
		}
		t.Logf("%s - withcsmg (jobdesc, rendering %s): %s; symbols of jobdesc: %d B; of %s: %s",
			p.dir, p.format, strings.Join(adds, ", "), syms["github.com/sfiakit/sfiakit/jobdesc"], strings.Join(heavyPackages, ", "), orNone(heavy))
		if !p.html && len(heavy) > 0 {
			t.Errorf("%s renders %s and links %s; find who imports them with go list -deps", p.dir, p.format, strings.Join(heavy, ", "))
		}
		if p.html && syms["html/template"] == 0 {
			t.Errorf("%s can render HTML but no html/template symbol is in its binary: is the check of the others still looking at the right symbols?", p.dir)
		}
	}
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}
