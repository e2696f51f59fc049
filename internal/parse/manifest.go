package parse

import (
	"go/token"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/sfiakit/sfiakit/internal/official"
)

// ManifestName is the name of the manifest file in a seeds folder.
const ManifestName = "MANIFEST"

// An Entry is one line of the manifest: a seed file and what the
// generator must know of it.
type Entry struct {
	Line     int    // line in the manifest
	File     string // seed file name, in the seeds folder
	Skill    string // skill code ("CSMG")
	Language string // canonical BCP 47 tag ("it")
	Version  int    // SFIA version of the text
	// EssenceVersion is the SFIA version of the level essences the page
	// shows; it defaults to Version.
	EssenceVersion int
	// Encoding is the encoding= option of a CSV file: "" to detect it,
	// "utf-8" or "windows-1252".
	Encoding string
}

// Kind returns what kind of input the entry's file is, from its name:
// "page" (.txt, a page copy), "csv" (a CSV save of one sheet) or "xlsx"
// (a workbook).
func (e Entry) Kind() string {
	switch {
	case strings.HasSuffix(e.File, ".csv"):
		return "csv"
	case strings.HasSuffix(e.File, ".xlsx"):
		return "xlsx"
	}
	return "page"
}

// AllSkills is the SKILL field of a manifest line that takes every skill,
// or every row, of a spreadsheet or CSV file (official.AllSkills, which
// the spreadsheet reader takes).
const AllSkills = official.AllSkills

var (
	fileRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*\.(txt|csv|xlsx)$`)
	codeRE = regexp.MustCompile(`^[A-Z]{4}$`)
)

// Manifest parses a manifest. file names it in errors.
func Manifest(file string, data []byte) ([]Entry, error) {
	lines, err := cleanLines(file, data)
	if err != nil {
		return nil, err
	}
	var entries []Entry
	seen := map[string]int{}
	for _, l := range lines {
		if l.text == "" || strings.HasPrefix(l.text, "#") {
			continue
		}
		f := strings.Fields(l.text)
		if len(f) < 4 {
			return nil, errorf(file, l.n, "expected FILE SKILL LANGUAGE VERSION, found %q", l.text)
		}
		e := Entry{Line: l.n, File: f[0], Skill: f[1]}
		if !fileRE.MatchString(e.File) {
			return nil, errorf(file, l.n, "expected an input file name ending in .txt, .csv or .xlsx (letters, digits, '_', '-', '.'), found %q", e.File)
		}
		if prev, ok := seen[e.File]; ok {
			return nil, errorf(file, l.n, "expected each seed file once, found %s again (first on line %d)", e.File, prev)
		}
		seen[e.File] = l.n
		switch {
		case e.Skill == AllSkills && e.Kind() == "page":
			return nil, errorf(file, l.n, "expected a skill code for a page copy (%s takes every row of a .csv or .xlsx file), found %s", AllSkills, AllSkills)
		case e.Skill == AllSkills:
		case !codeRE.MatchString(e.Skill):
			return nil, errorf(file, l.n, "expected a skill code of four capital letters, or %s, found %q", AllSkills, e.Skill)
		}
		if why := ReservedCode(e.Skill); e.Skill != AllSkills && why != "" {
			return nil, errorf(file, l.n, "expected a skill code that can name a Go package, found %q (%s)", e.Skill, why)
		}
		tag, err := language.Parse(f[2])
		if err != nil || tag == language.Und {
			return nil, errorf(file, l.n, "expected a BCP 47 language tag, found %q", f[2])
		}
		e.Language = tag.String()
		if e.Version, err = parseVersionField(f[3]); err != nil {
			return nil, errorf(file, l.n, "expected an SFIA version number, found %q", f[3])
		}
		e.EssenceVersion = e.Version
		for _, opt := range f[4:] {
			k, v, ok := strings.Cut(opt, "=")
			switch {
			case ok && k == "essences" && e.Kind() == "page":
				if e.EssenceVersion, err = parseVersionField(v); err != nil {
					return nil, errorf(file, l.n, "expected essences=N with N an SFIA version number, found %q", opt)
				}
			case ok && k == "encoding" && e.Kind() == "csv":
				switch strings.ToLower(v) {
				case "utf-8", "utf8":
					e.Encoding = "utf-8"
				case "windows-1252", "cp1252":
					e.Encoding = "windows-1252"
				default:
					return nil, errorf(file, l.n, "expected encoding=utf-8 or encoding=windows-1252, found %q", opt)
				}
			case e.Kind() == "page":
				return nil, errorf(file, l.n, "expected an option essences=N, found %q", opt)
			case e.Kind() == "csv":
				return nil, errorf(file, l.n, "expected an option encoding=utf-8 or encoding=windows-1252, found %q", opt)
			default:
				return nil, errorf(file, l.n, "expected no option for a workbook, found %q", opt)
			}
		}
		entries = append(entries, e)
	}
	if len(entries) == 0 {
		return nil, errorf(file, 0, "expected at least one seed line FILE SKILL LANGUAGE VERSION, found none")
	}
	return entries, nil
}

// ReservedCode says why the generator cannot write a package for skill
// code, named after the code in lower case, or returns "": a Go keyword
// (FUNC, TYPE) cannot name a package, main names a command, and sfia is
// the framework package the generator writes beside the skills. (The
// module's other folders have names of other lengths than a code's four
// letters.) The manifest check and the generator both use it.
func ReservedCode(code string) string {
	name := strings.ToLower(code)
	switch {
	case token.IsKeyword(name):
		return name + " is a Go keyword"
	case name == "main":
		return "package main is a command, not a library"
	case name == "init":
		return "a package named init cannot be imported"
	case name == "sfia":
		return "sfia is the framework package"
	}
	return ""
}

func parseVersionField(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 99 {
		return 0, strconv.ErrSyntax
	}
	return n, nil
}
