package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/parse"
	"github.com/sfiakit/sfiakit/internal/synth"
)

// explainProfile is the profile of Frobian, a made-up language with a
// private-use tag, for the -explain tests.
const explainProfile = "tag: qaa\nname: Frobian\nscript: Latn\ndirection: ltr\nlevel: Tier\n"

// writeExplainSeeds writes a seeds folder under a temporary folder (no
// module): a made-up page copy zorp.txt in Frobian, listed between two
// made-up official tables, and returns the temporary folder.
func writeExplainSeeds(t *testing.T, seed string) string {
	t.Helper()
	dir := t.TempDir()
	en := synth.OfficialLanguages[0]
	writeFile(t, dir, "seeds/MANIFEST", "# Made-up seeds for -explain.\nlevels.csv  *  en  9\nzorp.txt  ZORP  qaa  9\nattributes.csv  *  en  9\n")
	writeFile(t, dir, "seeds/languages/qaa.txt", explainProfile)
	writeFile(t, dir, "seeds/zorp.txt", seed)
	writeFile(t, dir, "seeds/levels.csv", string(synth.OfficialSFIA9LevelsCSV(en, nil, synth.UTF8)))
	writeFile(t, dir, "seeds/attributes.csv", string(synth.OfficialSFIA9AttributesCSV(en, nil, synth.UTF8)))
	return dir
}

// runGen runs the built generator exe in dir with args, and returns its
// stdout, stderr and exit status.
func runGen(t *testing.T, exe, dir string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		status = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errb.String(), status
}

// TestExplainAndProfile runs the built generator with -explain on a
// seeds folder that reads and on one with an error, and with -profile.
// -explain prints one line per line of each page copy, in the manifest's
// order with one line for each table input, and writes nothing; on an
// error it prints the lines explained up to it, then the error on
// stderr, and exits with status 1. -profile prints the shipped profile
// as the file holds it.
func TestExplainAndProfile(t *testing.T) {
	exe := buildGen(t)
	const (
		levels = "seeds/levels.csv: table input (.csv): not explained line by line; -explain explains the page copies (.txt)\n"
		attrs  = "seeds/attributes.csv: table input (.csv): not explained line by line; -explain explains the page copies (.txt)\n"
	)
	tests := []struct {
		name, seed     string
		stdout, stderr string
		status         int
	}{
		{"good seeds",
			"Knack of zorping ZORP\nZorping things with care.\n\nKnack of zorping: Tier 1\nZorps a  little.\nKnack of zorping: Tier 2\nZorps more.\n",
			levels +
				"seeds/zorp.txt:1: name and code: Knack of zorping ZORP\n" +
				"seeds/zorp.txt:2: description: Zorping things with care.\n" +
				"seeds/zorp.txt:3: blank\n" +
				"seeds/zorp.txt:4: level 1: heading: Knack of zorping: Tier 1\n" +
				"seeds/zorp.txt:5: level 1: text: Zorps a little.\n" +
				"seeds/zorp.txt:6: level 2: heading: Knack of zorping: Tier 2\n" +
				"seeds/zorp.txt:7: level 2: text: Zorps more.\n" +
				"seeds/zorp.txt:8: blank\n" +
				attrs,
			"", 0},
		{"a level twice",
			"Knack of zorping ZORP\nZorping things with care.\nKnack of zorping: Tier 1\nZorps a little.\nKnack of zorping: Tier 1\nZorps more.",
			levels +
				"seeds/zorp.txt:1: name and code: Knack of zorping ZORP\n" +
				"seeds/zorp.txt:2: description: Zorping things with care.\n" +
				"seeds/zorp.txt:3: level 1: heading: Knack of zorping: Tier 1\n" +
				"seeds/zorp.txt:4: not read (after an error): Zorps a little.\n" +
				"seeds/zorp.txt:5: not read (after an error): Knack of zorping: Tier 1\n" +
				"seeds/zorp.txt:6: not read (after an error): Zorps more.\n",
			"gen: seeds/zorp.txt:5: expected each level once, found level 1 again (first on line 3)\n", 1},
		{"not UTF-8",
			"Knack of zorping ZORP\nZorping \xff things.\n",
			levels,
			"gen: seeds/zorp.txt:2: expected UTF-8 text, found the byte 0xff at column 9\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeExplainSeeds(t, tt.seed)
			before := snapshot(t, dir)
			stdout, stderr, status := runGen(t, exe, dir, "-seeds", "seeds", "-out", "out", "-explain")
			if status != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.status, stderr)
			}
			if diff := cmp.Diff(tt.stdout, stdout); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if stderr != tt.stderr {
				t.Errorf("stderr:\n got %q\nwant %q", stderr, tt.stderr)
			}
			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Errorf("-explain changed the folder (-before +after):\n%s", diff)
			}
		})
	}

	t.Run("-profile", func(t *testing.T) {
		dir := t.TempDir()
		for _, tag := range parse.ShippedProfiles() {
			want, err := os.ReadFile(filepath.Join("..", "internal", "parse", "profiles", tag+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			stdout, stderr, status := runGen(t, exe, dir, "-profile", tag)
			if status != 0 || stderr != "" || stdout != string(want) {
				t.Errorf("-profile %s: status %d, stderr %q, stdout is the shipped file: %v", tag, status, stderr, stdout == string(want))
			}
			if _, err := parse.ParseProfile("languages/"+tag+".txt", []byte(stdout)); err != nil {
				t.Errorf("-profile %s prints a profile that does not parse: %v", tag, err)
			}
		}
		for _, tag := range []string{"xx", "", "../profiles/it"} {
			stdout, stderr, status := runGen(t, exe, dir, "-profile", tag)
			want := "gen: -profile: expected the tag of a language profile the generator ships (" +
				strings.Join(parse.ShippedProfiles(), ", ") + "), found \"" + tag + "\"\n"
			if status != 1 || stdout != "" || stderr != want {
				t.Errorf("-profile %q: status %d, stdout %q, stderr:\n got %q\nwant %q", tag, status, stdout, stderr, want)
			}
		}
		if _, stderr, status := runGen(t, exe, dir, "-profile", "it", "-explain"); status != 2 {
			t.Errorf("-profile with -explain: status %d, want 2; stderr %q", status, stderr)
		}
		if got := snapshot(t, dir); len(got) != 1 {
			t.Errorf("-profile wrote into its folder: %v", got)
		}
	})
}
