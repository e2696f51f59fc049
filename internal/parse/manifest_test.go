package parse_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/parse"
)

// TestManifestKinds checks the manifest lines of the three kinds of
// input: page copies (.txt), CSV saves (.csv) and workbooks (.xlsx), with
// * for every row of a table and the options each kind takes.
func TestManifestKinds(t *testing.T) {
	got, err := parse.Manifest("MANIFEST", []byte(
		"zorp_qaa_9.txt  ZORP  qaa  9  essences=9\n"+
			"sfia-9_en_250129_skills.csv  *  en  9\n"+
			"sfia-9_en_US_levels.csv  *  en-US  9  encoding=windows-1252\n"+
			"skills-utf8.csv  *  en  8  encoding=UTF-8\n"+
			"sfia-8_en_220221.xlsx  *  en  8\n"+
			"one-skill.xlsx  ABCD  en  8\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []parse.Entry{
		{Line: 1, File: "zorp_qaa_9.txt", Skill: "ZORP", Language: "qaa", Version: 9, EssenceVersion: 9},
		{Line: 2, File: "sfia-9_en_250129_skills.csv", Skill: "*", Language: "en", Version: 9, EssenceVersion: 9},
		{Line: 3, File: "sfia-9_en_US_levels.csv", Skill: "*", Language: "en-US", Version: 9, EssenceVersion: 9, Encoding: "windows-1252"},
		{Line: 4, File: "skills-utf8.csv", Skill: "*", Language: "en", Version: 8, EssenceVersion: 8, Encoding: "utf-8"},
		{Line: 5, File: "sfia-8_en_220221.xlsx", Skill: "*", Language: "en", Version: 8, EssenceVersion: 8},
		{Line: 6, File: "one-skill.xlsx", Skill: "ABCD", Language: "en", Version: 8, EssenceVersion: 8},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	var kinds []string
	for _, e := range got {
		kinds = append(kinds, e.Kind())
	}
	if diff := cmp.Diff([]string{"page", "csv", "csv", "csv", "xlsx", "xlsx"}, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
}

// TestManifestKindErrors checks that each kind takes only its own
// options, and that * is for tables only.
func TestManifestKindErrors(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"page.txt * en 9", `MANIFEST:1: expected a skill code for a page copy (* takes every row of a .csv or .xlsx file), found *`},
		{"page.txt ZORP en 9 encoding=utf-8", `MANIFEST:1: expected an option essences=N, found "encoding=utf-8"`},
		{"t.csv * en 9 essences=9", `MANIFEST:1: expected an option encoding=utf-8 or encoding=windows-1252, found "essences=9"`},
		{"t.csv * en 9 encoding=latin-1", `MANIFEST:1: expected encoding=utf-8 or encoding=windows-1252, found "encoding=latin-1"`},
		{"t.xlsx * en 9 encoding=utf-8", `MANIFEST:1: expected no option for a workbook, found "encoding=utf-8"`},
		{"t.xls * en 9", `MANIFEST:1: expected an input file name ending in .txt, .csv or .xlsx (letters, digits, '_', '-', '.'), found "t.xls"`},
		{"t.csv ** en 9", `MANIFEST:1: expected a skill code of four capital letters, or *, found "**"`},
		{"t.csv FUNC en 9", `MANIFEST:1: expected a skill code that can name a Go package, found "FUNC" (func is a Go keyword)`},
	} {
		_, err := parse.Manifest("MANIFEST", []byte(tt.line+"\n"))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.line, err, tt.want)
		}
	}
}

// TestManifestInitCode checks that INIT, whose package init could not be
// imported, is refused as a skill code, in a page copy's line as in a
// table's.
func TestManifestInitCode(t *testing.T) {
	for _, line := range []string{"page.txt INIT en 9", "t.csv INIT en 9"} {
		_, err := parse.Manifest("MANIFEST", []byte(line+"\n"))
		want := `MANIFEST:1: expected a skill code that can name a Go package, found "INIT" (a package named init cannot be imported)`
		if err == nil || err.Error() != want {
			t.Errorf("%q:\n got %v\nwant %s", line, err, want)
		}
	}
}
