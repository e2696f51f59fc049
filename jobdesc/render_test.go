package jobdesc_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/jobdesc/anyformat"
	"github.com/sfiakit/sfiakit/sfia/sfiaimpl"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var extensions = map[jobdesc.Format]string{
	jobdesc.Text: "txt", jobdesc.Markdown: "md", jobdesc.HTML: "html",
	jobdesc.HTMLPage: "page.html", jobdesc.JSON: "json", jobdesc.CSV: "csv",
}

// goldenCases are the descriptions every format is checked on, built
// from the fixtures with the framework fixture: ABCD at levels 3 and 4 in
// each of its languages, ABCD at level 4 side by side, and the skill
// whose texts are all markup, FAKE at level 3. The cases named levels.*
// ask for level information from the level framework fixture: ABCD at
// levels 3 and 4 in French (SFIA 9 levels and attributes) and Arabic
// (SFIA 8 levels), at levels 4 and 5 side by side (with none in Russian
// and none at Arabic level 5), and EFGH at level 1, whose attributes
// hold markup.
func goldenCases(t *testing.T) map[string]*jobdesc.Description {
	t.Helper()
	out := map[string]*jobdesc.Description{}
	for _, tag := range abcd.Languages() {
		d, err := jobdesc.Build([]jobdesc.Requirement{req(3), req(4)}, jobdesc.Options{Languages: []language.Tag{tag}, Framework: framework})
		if err != nil {
			t.Fatal(err)
		}
		out["abcd-3-4."+tag.String()] = d
	}
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{AllLanguages: true, Framework: framework})
	if err != nil {
		t.Fatal(err)
	}
	out["abcd-4.all"] = d
	d, err = jobdesc.Build([]jobdesc.Requirement{{Skill: fake, Level: 3}}, jobdesc.Options{Languages: tags("fr"), Framework: framework})
	if err != nil {
		t.Fatal(err)
	}
	out["fake-3.fr"] = d
	for name, c := range map[string]struct {
		reqs []jobdesc.Requirement
		opts jobdesc.Options
	}{
		"levels.abcd-3-4.fr":  {[]jobdesc.Requirement{req(3), req(4)}, jobdesc.Options{Languages: tags("fr")}},
		"levels.abcd-3-4.ar":  {[]jobdesc.Requirement{req(3), req(4)}, jobdesc.Options{Languages: tags("ar")}},
		"levels.abcd-4-5.all": {[]jobdesc.Requirement{req(4), req(5)}, jobdesc.Options{AllLanguages: true}},
		"levels.efgh-1.fr":    {[]jobdesc.Requirement{{Skill: oneLevel("EFGH", "Nivôle", "ltr"), Level: 1}}, jobdesc.Options{Languages: tags("fr")}},
	} {
		c.opts.Framework, c.opts.LevelInfo = levelFramework, true
		d, err := jobdesc.Build(c.reqs, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = d
	}
	return out
}

func render(t *testing.T, d *jobdesc.Description, f jobdesc.Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := anyformat.Render(&b, d, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden renders every case in every format and compares with the
// files in testdata/golden. After a deliberate change to a renderer or to
// the fixtures, rewrite them (and remove those no case renders) with
//
//	go test ./jobdesc/ -run TestGolden -update
//
// and read the diff. They depend on the fixtures only, not on seeds/.
func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	made := map[string]bool{}
	for name, d := range goldenCases(t) {
		for _, f := range jobdesc.Formats() {
			path := filepath.Join(dir, name+"."+extensions[f])
			made[path] = true
			got := render(t, d, f)
			if *update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./jobdesc/ -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
		}
	}
	// A golden file no case renders any more is stale: -update removes it.
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		if made[path] {
			continue
		}
		if *update {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s: no case renders it (run go test ./jobdesc/ -run TestGolden -update)", path)
	}
}

// TestEveryFormatCarriesSourceAndAcknowledgement checks that each format
// names the SFIA version and seed file of every section, and the files
// of its level information, and carries the acknowledgement.
func TestEveryFormatCarriesSourceAndAcknowledgement(t *testing.T) {
	for name, d := range goldenCases(t) {
		for _, f := range jobdesc.Formats() {
			out := string(render(t, d, f))
			if f == jobdesc.Markdown {
				out = strings.ReplaceAll(out, `\`, "")
			}
			if !strings.Contains(out, jobdesc.Acknowledgement) {
				t.Errorf("%s %s: no acknowledgement", name, f)
			}
			for _, s := range d.Sections {
				if !strings.Contains(out, s.Source) {
					t.Errorf("%s %s: no source %s", name, f, s.Source)
				}
				version := s.Version.String()
				if f == jobdesc.JSON {
					version = fmt.Sprintf(`"sfia_version": %d`, s.Version)
				} else if f == jobdesc.CSV {
					version = "," + strconv.Itoa(int(s.Version)) + "," + s.Source
				}
				if !strings.Contains(out, version) {
					t.Errorf("%s %s: no %q", name, f, version)
				}
				for _, file := range levelFiles(s.LevelInfo) {
					if !strings.Contains(out, file) {
						t.Errorf("%s %s: no level information source %s", name, f, file)
					}
				}
			}
		}
	}
}

// levelFiles returns the files li's texts come from, as the fixture
// writes its sources: "file:where".
func levelFiles(li *jobdesc.LevelInfo) []string {
	if li == nil {
		return nil
	}
	var out []string
	if li.Source != "" {
		out = append(out, strings.SplitN(li.Source, ":", 2)[0])
	}
	for _, a := range li.Attributes {
		out = append(out, strings.SplitN(a.Source, ":", 2)[0])
	}
	return out
}

// levelTexts returns li's texts in the order every format shows them,
// without the guiding phrase, which is the section's guiding words.
func levelTexts(li *jobdesc.LevelInfo) []string {
	if li == nil {
		return nil
	}
	var out []string
	for _, s := range []string{li.Essence, li.Autonomy, li.Influence, li.Complexity, li.BusinessSkills, li.Knowledge} {
		if s != "" {
			out = append(out, s)
		}
	}
	for _, a := range li.Attributes {
		out = append(out, a.Description)
	}
	return out
}

func TestJSONMatchesSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(jobdesc.JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(jobdesc.SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(jobdesc.SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range goldenCases(t) {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(render(t, d, jobdesc.JSON)))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// And it reads back to the same document.
		var back jobdesc.Document
		if err := json.Unmarshal(render(t, d, jobdesc.JSON), &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d.Document(), back); diff != "" {
			t.Errorf("%s read back (-want +got):\n%s", name, diff)
		}
	}
	// The schema rejects what it should: a level 8, a missing source, an
	// unknown notice, level information that says nothing or holds an
	// unknown member, an attribute without its source.
	levelInfo := func(m map[string]any) map[string]any {
		return m["requirements"].([]any)[0].(map[string]any)["level_info"].(map[string]any)
	}
	for _, bad := range []func(m map[string]any){
		func(m map[string]any) { m["requirements"].([]any)[0].(map[string]any)["level"] = 8 },
		func(m map[string]any) { delete(m["requirements"].([]any)[0].(map[string]any), "source") },
		func(m map[string]any) { m["acknowledgement"] = "" },
		func(m map[string]any) { m["notices"] = []any{map[string]any{"kind": "no-such-kind", "message": "x"}} },
		func(m map[string]any) { m["requirements"].([]any)[0].(map[string]any)["level_info"] = map[string]any{} },
		func(m map[string]any) { levelInfo(m)["gruntage"] = "x" },
		func(m map[string]any) { levelInfo(m)["essence"] = "" },
		func(m map[string]any) { delete(levelInfo(m)["attributes"].([]any)[0].(map[string]any), "source") },
	} {
		var m map[string]any
		json.Unmarshal(render(t, goldenCases(t)["levels.abcd-3-4.fr"], jobdesc.JSON), &m)
		bad(m)
		b, _ := json.Marshal(m)
		inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if schema.Validate(inst) == nil {
			t.Errorf("schema accepts %s", b)
		}
	}
}

// TestJSONIsEncodingJSON checks that WriteJSON writes what it wrote when
// it was encoding/json's Encoder with SetIndent("", "  ") on Document,
// byte for byte: for every golden case, and for descriptions that
// exercise the rest of the encoding (no section, omitted and empty
// members, an empty LevelInfo, and strings that need every escape).
func TestJSONIsEncodingJSON(t *testing.T) {
	cases := goldenCases(t)
	const nasty = "a\"b\\c/\b\f\n\r\t\x00\x1f\x7f <script>&amp;</script> \u2028\u2029 \xff\xfe é 😀"
	cases["no sections"] = &jobdesc.Description{}
	cases["nasty"] = &jobdesc.Description{
		Sections: []jobdesc.Section{
			{Code: nasty, Name: nasty, Subcategory: nasty, Level: 0, Version: -1, Group: 7, LevelInfo: &jobdesc.LevelInfo{}},
			{
				Code: "X", Name: "Y", Category: nasty, Level: 4, LevelWord: nasty, GuidingWords: nasty, GuidingLang: language.Arabic,
				Description: nasty, Statements: []string{nasty, "", nasty}, Language: language.MustParse("pt-BR"),
				Direction: "rtl", Version: 9, Source: nasty,
				LevelInfo: &jobdesc.LevelInfo{
					Source: nasty, GuidingPhrase: nasty, Essence: nasty, Autonomy: nasty, Influence: nasty,
					Complexity: nasty, BusinessSkills: nasty, Knowledge: nasty,
					Attributes: []jobdesc.AttributeLevel{{Code: nasty}, {Code: "A", Name: "B", Type: nasty, Description: nasty, Source: nasty}},
				},
			},
		},
		Notices: []jobdesc.Notice{{Kind: nasty, Message: nasty}, {}},
	}
	for name, d := range cases {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(d.Document()); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := d.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: WriteJSON differs from encoding/json (-want +got):\n%s", name, cmp.Diff(want.String(), got.String()))
		}
	}
}

// TestConcurrentRendering renders every golden case in text, Markdown
// and JSON from several goroutines at once, as a server would: the
// writers share a pool of buffers, and each must still write its own
// description (run with -race). A description too large for the pool
// to keep its buffer is among them.
func TestConcurrentRendering(t *testing.T) {
	cases := goldenCases(t)
	big := &jobdesc.Description{}
	for range 100 {
		big.Sections = append(big.Sections, cases["abcd-4.all"].Sections...)
	}
	cases["big"] = big
	formats := []jobdesc.Format{jobdesc.Text, jobdesc.Markdown, jobdesc.JSON}
	want := map[string]string{}
	for name, d := range cases {
		for _, f := range formats {
			want[name+"."+string(f)] = string(render(t, d, f))
		}
	}
	if n := len(want["big.md"]); n <= 64<<10 {
		t.Fatalf("the big case is %d B of Markdown, not more than the pool keeps", n)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 5 {
				for name, d := range cases {
					for _, f := range formats {
						var b bytes.Buffer
						if err := anyformat.Render(&b, d, f); err != nil {
							t.Error(err)
							return
						}
						if b.String() != want[name+"."+string(f)] {
							t.Errorf("%s %s: concurrent rendering differs", name, f)
							return
						}
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestCSVReadsBack checks that the CSV of every case reads back to its
// statements and, where it has level information, to the level texts
// under CSVLevelInfoHeader, each with its part and source.
func TestCSVReadsBack(t *testing.T) {
	for name, d := range goldenCases(t) {
		r := csv.NewReader(bytes.NewReader(render(t, d, jobdesc.CSV)))
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		levels := strings.HasPrefix(name, "levels.")
		header := jobdesc.CSVHeader()
		if levels {
			header = jobdesc.CSVLevelInfoHeader()
		}
		if diff := cmp.Diff(header, rows[0]); diff != "" {
			t.Errorf("%s header (-want +got):\n%s", name, diff)
		}
		var want [][]string
		for _, s := range d.Sections {
			row := func(number, text, source string, part ...string) []string {
				r := []string{s.Code, s.Name, strconv.Itoa(int(s.Level)), number, text,
					s.Language.String(), strconv.Itoa(int(s.Version)), source, jobdesc.Acknowledgement}
				if levels {
					r = append(r, part...)
				}
				return r
			}
			for i, st := range s.Statements {
				want = append(want, row(strconv.Itoa(i+1), st, s.Source, "statement", ""))
			}
			if li := s.LevelInfo; li != nil {
				for _, p := range []struct{ part, text string }{
					{"guiding_phrase", li.GuidingPhrase}, {"essence", li.Essence}, {"autonomy", li.Autonomy},
					{"influence", li.Influence}, {"complexity", li.Complexity},
					{"business_skills", li.BusinessSkills}, {"knowledge", li.Knowledge},
				} {
					if p.text != "" {
						want = append(want, row("", p.text, li.Source, p.part, ""))
					}
				}
				for _, a := range li.Attributes {
					want = append(want, row("", a.Description, a.Source, "attribute:"+a.Code, a.Name))
				}
			}
		}
		if diff := cmp.Diff(want, rows[1:]); diff != "" {
			t.Errorf("%s rows (-want +got):\n%s", name, diff)
		}
	}
}

// htmlNode is an element of a parsed HTML fragment.
type htmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []htmlNode `xml:",any"`
}

func (n *htmlNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// TestHTMLLangAndDir parses each fragment (our fragments are well-formed
// XML) and checks that every element holding text has lang and dir, that
// Arabic text is rtl and all else ltr, and that the text reads back
// unchanged.
func TestHTMLLangAndDir(t *testing.T) {
	for name, d := range goldenCases(t) {
		var root htmlNode
		if err := xml.Unmarshal(render(t, d, jobdesc.HTML), &root); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var texts []string
		var walk func(n *htmlNode)
		walk = func(n *htmlNode) {
			if strings.TrimSpace(n.Text) != "" {
				lang, dir := n.attr("lang"), n.attr("dir")
				if lang == "" || dir == "" {
					t.Errorf("%s: <%s> holds text %q without lang and dir", name, n.XMLName.Local, n.Text)
				}
				want := "ltr"
				if lang == "ar" {
					want = "rtl"
				}
				if dir != want {
					t.Errorf("%s: <%s lang=%q> has dir=%q", name, n.XMLName.Local, lang, dir)
				}
				texts = append(texts, strings.TrimSpace(n.Text))
			}
			for i := range n.Nodes {
				walk(&n.Nodes[i])
			}
		}
		walk(&root)
		all := strings.Join(texts, "\n")
		for _, s := range d.Sections {
			for _, st := range s.Statements {
				if !strings.Contains(all, st) {
					t.Errorf("%s: statement %q does not read back", name, st)
				}
			}
			if !strings.Contains(all, s.Description) {
				t.Errorf("%s: description does not read back", name)
			}
			for _, text := range levelTexts(s.LevelInfo) {
				if !slices.Contains(texts, text) {
					t.Errorf("%s: level text %q does not read back", name, text)
				}
			}
		}
	}
}

// TestEscaping renders a made-up skill full of markup in every format: no
// format lets it through unescaped, and JSON, CSV and the HTML text read
// back unchanged.
func TestEscaping(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: fake, Level: 3}}, jobdesc.Options{Languages: tags("fr")})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []jobdesc.Format{jobdesc.HTML, jobdesc.HTMLPage} {
		out := string(render(t, d, f))
		if strings.Contains(out, "<script>") || strings.Contains(out, `"x")`) {
			t.Errorf("%s lets markup through:\n%s", f, out)
		}
	}
	var root htmlNode
	if err := xml.Unmarshal(render(t, d, jobdesc.HTML), &root); err != nil {
		t.Fatal(err)
	}
	found := false
	var walk func(n *htmlNode)
	walk = func(n *htmlNode) {
		if strings.TrimSpace(n.Text) == "Un "+hostile+"." {
			found = true
		}
		for i := range n.Nodes {
			walk(&n.Nodes[i])
		}
	}
	walk(&root)
	if !found {
		t.Error("the HTML statement does not read back unchanged")
	}
	mdOut := string(render(t, d, jobdesc.Markdown))
	for _, raw := range []string{"<script>", "*b*", "_i_", "[l](u)", "`c`", " &copy;"} {
		if strings.Contains(mdOut, raw) {
			t.Errorf("Markdown lets %q through:\n%s", raw, mdOut)
		}
	}
	var doc jobdesc.Document
	if err := json.Unmarshal(render(t, d, jobdesc.JSON), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Requirements[0].Statements[0] != "Un "+hostile+"." {
		t.Errorf("JSON statement = %q", doc.Requirements[0].Statements[0])
	}
	rows, err := csv.NewReader(bytes.NewReader(render(t, d, jobdesc.CSV))).ReadAll()
	if err != nil || len(rows) < 2 || rows[1][4] != "Un "+hostile+"." {
		t.Errorf("CSV rows = %q, %v", rows, err)
	}
}

// TestLevelInfoEscaping renders the level information of a made-up
// attribute full of markup (ZORB at level 1) in every format: no format
// lets it through unescaped, and JSON, CSV and the HTML text read back
// unchanged.
func TestLevelInfoEscaping(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: oneLevel("EFGH", "Nivôle", "ltr"), Level: 1}},
		jobdesc.Options{Languages: tags("fr"), Framework: levelFramework, LevelInfo: true})
	if err != nil {
		t.Fatal(err)
	}
	const zorb = "Zorbe un peu, " + hostile + "."
	for _, f := range []jobdesc.Format{jobdesc.HTML, jobdesc.HTMLPage} {
		out := string(render(t, d, f))
		if strings.Contains(out, "<script>") || strings.Contains(out, `"x")`) || !strings.Contains(out, "Zorbe un peu, &lt;script&gt;") {
			t.Errorf("%s does not escape the attribute:\n%s", f, out)
		}
	}
	var root htmlNode
	if err := xml.Unmarshal(render(t, d, jobdesc.HTML), &root); err != nil {
		t.Fatal(err)
	}
	var found []string
	var walk func(n *htmlNode)
	walk = func(n *htmlNode) {
		if n.XMLName.Local == "dd" {
			found = append(found, n.attr("data-part")+" "+n.Text)
		}
		for i := range n.Nodes {
			walk(&n.Nodes[i])
		}
	}
	walk(&root)
	want := []string{"essence Flobe sous la zorbe d'autrui.", "attribute:ZORB " + zorb, "attribute:BRUX *Bruxe* au besoin."}
	if diff := cmp.Diff(want, found); diff != "" {
		t.Errorf("HTML level texts (-want +got):\n%s", diff)
	}
	mdOut := string(render(t, d, jobdesc.Markdown))
	for _, raw := range []string{"<script>", "*b*", "_i_", "[l](u)", "`c`", " &copy;", "*Bruxe*"} {
		if strings.Contains(mdOut, raw) {
			t.Errorf("Markdown lets %q through:\n%s", raw, mdOut)
		}
	}
	var doc jobdesc.Document
	if err := json.Unmarshal(render(t, d, jobdesc.JSON), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Requirements[0].LevelInfo.Attributes[0].Description; got != zorb {
		t.Errorf("JSON attribute = %q", got)
	}
	rows, err := csv.NewReader(bytes.NewReader(render(t, d, jobdesc.CSV))).ReadAll()
	if err != nil || len(rows) != 6 || rows[4][4] != zorb || rows[4][9] != "attribute:ZORB" {
		t.Errorf("CSV rows = %q, %v", rows, err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestWriteErrors(t *testing.T) {
	d, err := jobdesc.Build([]jobdesc.Requirement{req(4)}, jobdesc.Options{Languages: tags("fr")})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range jobdesc.Formats() {
		if err := anyformat.Render(failWriter{}, d, f); err == nil {
			t.Errorf("%s: a failing writer gives no error", f)
		}
	}
}

// TestCSVNoFormulas renders a skill whose name and statements start like
// spreadsheet formulas, and reads the CSV back: every such cell starts
// with an apostrophe, so that a spreadsheet shows it and runs nothing;
// the Description itself keeps the texts as they are.
func TestCSVNoFormulas(t *testing.T) {
	evil := &sfiaimpl.Skill{
		SkillCode:   "EVIL",
		DefinedMask: 1 << 2,
		Langs:       sfiaimpl.Languages{Tags: []string{"fr"}},
		Translations: [][]*sfiaimpl.Translation{{{
			Version: 9, Source: "fixture/evil.txt", Name: "=HYPERLINK(\"http://example.com\",\"Flob\")",
			Levels: [7]sfiaimpl.LevelText{2: statements("+Grunts the flobs.", "@SUM(1+1) zorps.", "Trims the flobs.")},
		}}},
	}
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: evil, Level: 3}}, jobdesc.Options{Languages: tags("fr")})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, r := range rows[1:] {
		got = append(got, []string{r[1], r[4]})
	}
	want := [][]string{
		{`'=HYPERLINK("http://example.com","Flob")`, "'+Grunts the flobs."},
		{`'=HYPERLINK("http://example.com","Flob")`, "'@SUM(1+1) zorps."},
		{`'=HYPERLINK("http://example.com","Flob")`, "Trims the flobs."},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("skill and statement cells (-want +got):\n%s", diff)
	}
	if d.Sections[0].Statements[0] != "+Grunts the flobs." {
		t.Errorf("the Description's statement changed: %q", d.Sections[0].Statements[0])
	}
}
