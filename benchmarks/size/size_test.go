// Package size measures what importing generated packages and jobdesc
// costs a program: bytes of binary, what it links, and work at init. It
// holds the programs withcsmg, withregistry and matcheronly; the
// jobdesc programs withjobdesctext, withjobdescmd, withjobdeschtml and
// withjobdescall (TestJobdescSize, jobdesc_test.go); and the tests that
// build and run them. TestLinking (linking_test.go) generates a
// synthetic 20-skill corpus into a user module and builds three more:
//
//	go test -v ./size/
package size

import (
	"bufio"
	"bytes"
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// build builds the program in dir with go build -trimpath and the given
// flags, and returns the binary's path and size.
func build(t *testing.T, dir string, flags ...string) (string, int64) {
	t.Helper()
	out := filepath.Join(t.TempDir(), dir)
	args := append([]string{"build", "-trimpath", "-o", out}, flags...)
	cmd := exec.Command("go", append(args, "./"+dir)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(cmd.Args[1:], " "), err, b)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	return out, fi.Size()
}

// seedBytes returns the size of the seed texts, seeds/*.txt.
func seedBytes(t *testing.T) int64 {
	t.Helper()
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed texts in ../../seeds: %v", err)
	}
	var n int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		n += fi.Size()
	}
	return n
}

// loadedBytes returns the bytes of the sections of an ELF binary that are
// loaded into memory from the file (code, read-only data, data, symbol
// tables of the runtime), and false for a binary in another format. Unlike
// the file's size, it does not move in steps of a page as sections grow,
// and does not count debug information.
func loadedBytes(t *testing.T, path string) (int64, bool) {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var n int64
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_ALLOC != 0 && s.Type != elf.SHT_NOBITS {
			n += int64(s.Size)
		}
	}
	return n, true
}

// TestBinarySize checks the size budget of BENCHMARKS.md: withcsmg, which
// prints one description through csmg, is at most 1.5 times the bytes of
// the seed texts larger than matcheronly, which builds the same x/text
// Matcher and matches the same tag, with the same build flags. It checks
// the files' sizes, with and without symbols and debug information, and
// the bytes loaded into memory.
func TestBinarySize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds four programs")
	}
	seeds := seedBytes(t)
	budget := seeds * 3 / 2
	check := func(what string, with, base int64) {
		diff := with - base
		t.Logf("%s: withcsmg %d bytes, matcheronly %d bytes: csmg adds %d bytes, %.2f× the %d bytes of the seed texts (budget %d)",
			what, with, base, diff, float64(diff)/float64(seeds), seeds, budget)
		if diff > budget {
			t.Errorf("%s: csmg adds %d bytes, over the budget of %d (1.5 × %d bytes of seed texts); BENCHMARKS.md says what to look at",
				what, diff, budget, seeds)
		}
	}
	for _, flags := range [][]string{nil, {"-ldflags=-s -w"}} {
		withPath, with := build(t, "withcsmg", flags...)
		basePath, base := build(t, "matcheronly", flags...)
		check(fmt.Sprintf("file, flags %q", flags), with, base)
		if flags == nil {
			w, ok1 := loadedBytes(t, withPath)
			b, ok2 := loadedBytes(t, basePath)
			if ok1 && ok2 {
				check("loaded sections", w, b)
			}
		}
	}
}

// An initLine is one line of GODEBUG=inittrace=1 output:
// "init PKG @T ms, D ms clock, B bytes, A allocs".
type initLine struct {
	pkg           string
	bytes, allocs int
	text          string
}

var initRE = regexp.MustCompile(`^init (\S+) @.* ms clock, (\d+) bytes, (\d+) allocs$`)

// initTrace runs the binary with GODEBUG=inittrace=1 and returns its init
// lines by package.
func initTrace(t *testing.T, bin string) map[string]initLine {
	t.Helper()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.Bytes())
	}
	lines := map[string]initLine{}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		m := initRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		b, _ := strconv.Atoi(m[2])
		a, _ := strconv.Atoi(m[3])
		lines[m[1]] = initLine{pkg: m[1], bytes: b, allocs: a, text: sc.Text()}
	}
	if len(lines) == 0 {
		t.Fatalf("%s printed no init trace", bin)
	}
	return lines
}

// TestInitTrace checks that importing csmg, the registry skills (and
// with it every skill package and the framework texts), or jobdesc to
// write text or Markdown costs nothing at init: no package of this
// module has an init at all (GODEBUG=inittrace=1 lists none of them),
// and none brings in another package whose init allocates (matcheronly
// shows what x/text costs by itself). The x/text Matcher is built on the
// first lookup, not at init. A program that writes HTML (withjobdeschtml)
// brings in html/template, whose packages allocate at init: for it, only
// this module's packages are checked.
func TestInitTrace(t *testing.T) {
	if testing.Short() {
		t.Skip("builds six programs")
	}
	base, _ := build(t, "matcheronly")
	baseTrace := initTrace(t, base)
	total := func(trace map[string]initLine) (allocs, bytes int) {
		for _, l := range trace {
			allocs += l.allocs
			bytes += l.bytes
		}
		return allocs, bytes
	}
	a, b := total(baseTrace)
	t.Logf("matcheronly: %d inits, %d allocs, %d bytes", len(baseTrace), a, b)
	for _, p := range []struct {
		dir       string
		otherInit bool // may bring in packages that allocate at init
	}{
		{"withcsmg", false},
		{"withregistry", false},
		{"withjobdesctext", false},
		{"withjobdescmd", false},
		{"withjobdeschtml", true},
	} {
		with, _ := build(t, p.dir)
		trace := initTrace(t, with)
		a, b := total(trace)
		t.Logf("%s: %d inits, %d allocs, %d bytes", p.dir, len(trace), a, b)
		for pkg, l := range trace {
			if strings.HasPrefix(pkg, "github.com/sfiakit/sfiakit") {
				t.Errorf("%s: package %s has an init: %s", p.dir, pkg, l.text)
				continue
			}
			if _, ok := baseTrace[pkg]; ok || p.otherInit {
				continue
			}
			t.Logf("%s: %s", p.dir, l.text)
			if l.allocs != 0 || l.bytes != 0 {
				t.Errorf("%s: importing the SDK brings in %s, whose init allocates (%d allocs, %d bytes); find the importer with go list -deps", p.dir, pkg, l.allocs, l.bytes)
			}
		}
	}
}
