package parse

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenModel parses the real seeds and compares the model, one golden
// JSON file per seed plus one for the framework texts, with testdata.
// Run with -update to rewrite them after a deliberate change, and read the
// diff.
func TestGoldenModel(t *testing.T) {
	c, err := Dir(os.DirFS("../../seeds"), "seeds", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	golden := map[string]any{"framework.golden.json": c.Framework, "languages.golden.json": c.Languages}
	for _, s := range c.Skills {
		for _, tr := range s.Translations {
			golden[s.Code+"_"+tr.Language+"_"+strconv.Itoa(tr.Version)+".golden.json"] = tr
		}
	}
	for name, v := range golden {
		got, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
		}
	}
}
