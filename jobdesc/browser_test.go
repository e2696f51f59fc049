package jobdesc_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sfiakit/sfiakit/internal/chromiumtest"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/jobdeschtml"
	"golang.org/x/text/language"
)

// probe is a script added to the page under test: for every element
// with a lang attribute that holds text of its own, it records the
// computed CSS direction and the text, and writes them as JSON into a
// <pre id="result">, which --dump-dom then prints.
const probe = `<script>
const out = [];
for (const el of document.body.querySelectorAll("[lang]")) {
  let text = "";
  for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
  text = text.trim();
  if (text) out.push({tag: el.tagName, lang: el.getAttribute("lang"), dir: getComputedStyle(el).direction, text});
}
const pre = document.createElement("pre");
pre.id = "result";
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>
`

var resultRE = regexp.MustCompile(`(?s)<pre id="result">(.*?)</pre>`)

// TestBrowserDirection opens the HTML page of the fixture skill ABCD at
// levels 3 and 4, in each of its languages (Arabic, French, Russian) and
// side by side, in headless Chromium, and checks, for every text block,
// the direction the browser computed (rtl for Arabic, ltr for the
// others, English guiding words in an Arabic heading included) and that
// the text reads back unchanged. The case levels-all adds the levels'
// information (Arabic SFIA 8 and French SFIA 9) with English labels.
func TestBrowserDirection(t *testing.T) {
	bin := chromiumtest.Path(t)
	cases := map[string]jobdesc.Options{
		"all":        {AllLanguages: true, Framework: framework},
		"levels-all": {AllLanguages: true, Framework: levelFramework, LevelInfo: true},
	}
	for _, tag := range abcd.Languages() {
		cases[tag.String()] = jobdesc.Options{Languages: []language.Tag{tag}, Framework: framework}
	}
	for name, opts := range cases {
		t.Run(name, func(t *testing.T) {
			d, err := jobdesc.Build([]jobdesc.Requirement{req(3), req(4)}, opts)
			if err != nil {
				t.Fatal(err)
			}
			var page bytes.Buffer
			if err := jobdeschtml.WritePage(&page, d); err != nil {
				t.Fatal(err)
			}
			doc := strings.Replace(page.String(), "</body>", probe+"</body>", 1)
			dir := t.TempDir()
			file := filepath.Join(dir, "page.html")
			if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			stdout, stderr := dumpDOM(t, bin, dir, file)
			m := resultRE.FindStringSubmatch(stdout.String())
			if m == nil {
				t.Fatalf("no result in the page Chromium rendered:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
			}
			var blocks []struct{ Tag, Lang, Dir, Text string }
			if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &blocks); err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, b := range blocks {
				want := "ltr"
				if b.Lang == "ar" {
					want = "rtl"
				}
				if b.Dir != want {
					t.Errorf("<%s lang=%s> %q: computed direction %s, want %s", b.Tag, b.Lang, b.Text, b.Dir, want)
				}
				got[b.Text] = true
			}
			n := 0
			for _, s := range d.Sections {
				texts := append([]string{s.Description, "(" + s.GuidingWords + ")"}, s.Statements...)
				for _, text := range append(texts, levelTexts(s.LevelInfo)...) {
					n++
					if !got[text] {
						t.Errorf("%q does not read back from the page", text)
					}
				}
			}
			if n == 0 || len(blocks) < n {
				t.Errorf("checked %d blocks for %d texts", len(blocks), n)
			}
			t.Logf("%s: %d text blocks, directions checked", name, len(blocks))
		})
	}
}

// dumpDOM runs headless Chromium on file and returns what it printed. A
// Chromium that crashes is started again (chromiumtest.Retry); any other
// failure fails the test at once.
func dumpDOM(t *testing.T, bin, dir, file string) (stdout, stderr bytes.Buffer) {
	t.Helper()
	chromiumtest.Retry(t, dir, func(profile string) error {
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, chromiumtest.Args(profile, "--dump-dom", "file://"+file)...)
		stdout.Reset()
		stderr.Reset()
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if err == nil {
			return nil
		}
		if crash := chromiumtest.Crash(ctx, err); crash != nil {
			err = crash
		}
		return fmt.Errorf("%s: %w\n%s", bin, err, stderr.String())
	})
	return stdout, stderr
}
