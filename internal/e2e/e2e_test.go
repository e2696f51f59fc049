package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/seedtest"
)

// modulePath is the module under test.
const modulePath = "github.com/sfiakit/sfiakit"

// tags are the languages the consumer asks for: the five seed languages
// and five that no seed is in (Ukrainian is one x/text matches to Russian
// with confidence No; it must get nothing).
var tags = []string{"it", "ru", "pt", "es", "ar", "en", "de", "zh", "uk", "fa"}

// A row is one line of the consumer's output.
type row struct {
	Level       int
	Tag         string
	Version     string
	Description string
}

// consumerMain is the consumer's program; %s is the tags as a Go slice.
const consumerMain = `package main

import (
	"fmt"

	"github.com/sfiakit/sfiakit/csmg"
	"golang.org/x/text/language"
)

func main() {
	tags := %s
	for l := 1; l <= 7; l++ {
		for _, s := range tags {
			tag := language.MustParse(s)
			fmt.Printf("%%d\t%%s\t%%s\t%%q\n", l, s, csmg.Version(tag).String(), csmg.Level(l).Description(tag))
		}
	}
}
`

func TestConsumerModule(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the end-to-end test in -short mode: it builds and runs a consumer module with the go command")
	}
	root := moduleRoot(t)
	want := expectedRows(t, root)

	dir := t.TempDir()
	writeConsumer(t, root, dir)

	goBin := goCommand(t)
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goBin, "run", ".")
	cmd.Dir = dir
	// Later entries win over the inherited ones. GOPROXY, GOMODCACHE,
	// GOCACHE and GOTOOLCHAIN are kept from the environment.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("%s run . in the consumer module took %v", goBin, time.Since(start).Round(time.Millisecond))
	if err != nil {
		t.Fatalf("%s run . in %s: %v\nstderr:\n%s", goBin, dir, err, stderr.String())
	}

	got := parseRows(t, stdout.String())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("consumer output mismatch (-want +got):\n%s", diff)
	}
}

// moduleRoot walks up from the test's working directory to the folder
// whose go.mod declares modulePath, and returns it as an absolute path.
func moduleRoot(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := filepath.Abs(wd)
	if err != nil {
		t.Fatal(err)
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && goModDirective(data, "module") == modulePath {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("no go.mod declaring module %s in %s or any folder above it", modulePath, wd)
		}
		dir = parent
	}
}

// goModDirective returns the argument of the first single-line directive
// verb ("module", "go") in a go.mod file, or "".
func goModDirective(data []byte, verb string) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == verb {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// requiredVersion returns the version go.mod requires of module path, in
// a require block or on a require line, or "".
func requiredVersion(data []byte, path string) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) > 0 && f[0] == "require" {
			f = f[1:]
		}
		if len(f) >= 2 && f[0] == path {
			return f[1]
		}
	}
	return ""
}

// writeConsumer writes the consumer module into dir: a go.mod that
// requires the module under test and replaces it with root, root's go.sum
// (which holds the sums of golang.org/x/text), and main.go.
func writeConsumer(t *testing.T, root, dir string) {
	t.Helper()
	mainMod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	goVersion := goModDirective(mainMod, "go")
	textVersion := requiredVersion(mainMod, "golang.org/x/text")
	if goVersion == "" || textVersion == "" {
		t.Fatalf("%s: no go directive or no requirement of golang.org/x/text", filepath.Join(root, "go.mod"))
	}
	goMod := fmt.Sprintf(`module example.com/consumer

go %s

require (
	%s v0.0.0
	golang.org/x/text %s
)

replace %s => %s
`, goVersion, modulePath, textVersion, modulePath, strconv.Quote(root))

	goSum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	quoted := make([]string, len(tags))
	for i, s := range tags {
		quoted[i] = strconv.Quote(s)
	}
	main := fmt.Sprintf(consumerMain, "[]string{"+strings.Join(quoted, ", ")+"}")

	for name, data := range map[string][]byte{
		"go.mod":  []byte(goMod),
		"go.sum":  goSum,
		"main.go": []byte(main),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// goCommand returns the go command: the one on PATH (go test puts the
// running toolchain's bin folder first there), else the one in GOROOT.
func goCommand(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("no go command on PATH: %v", err)
	}
	return p
}

// expectedRows returns the rows the consumer must print, in its order,
// with each description read from the seed files by line number
// (internal/seedtest), independently of the SDK's parser.
func expectedRows(t *testing.T, root string) []row {
	t.Helper()
	texts, err := seedtest.Texts(root)
	if err != nil {
		t.Fatal(err)
	}
	versions := map[string]string{}
	for _, s := range seedtest.Seeds {
		versions[s.Lang] = fmt.Sprintf("SFIA %d", s.Version)
	}
	var rows []row
	for l := 1; l <= 7; l++ {
		for _, tag := range tags {
			// A language with no seed gets no version and no text; level
			// 7 has no text in any language.
			rows = append(rows, row{
				Level:       l,
				Tag:         tag,
				Version:     versions[tag],
				Description: texts[tag][l],
			})
		}
	}
	return rows
}

// parseRows reads the consumer's output: level, tag, version and quoted
// description, separated by tabs.
func parseRows(t *testing.T, out string) []row {
	t.Helper()
	var rows []row
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 {
			t.Fatalf("output line %d: want 4 tab-separated fields, got %q", i+1, line)
		}
		l, err := strconv.Atoi(f[0])
		if err != nil {
			t.Fatalf("output line %d: level %q: %v", i+1, f[0], err)
		}
		desc, err := strconv.Unquote(f[3])
		if err != nil {
			t.Fatalf("output line %d: description %s: %v", i+1, f[3], err)
		}
		rows = append(rows, row{Level: l, Tag: f[1], Version: f[2], Description: desc})
	}
	return rows
}
