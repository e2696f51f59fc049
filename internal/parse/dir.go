// Package parse reads a seeds folder (a manifest, language profiles and
// seed texts) into the typed model the generator writes out.
//
// Every error names the file and, where there is one, the line, says what
// was expected and what was found.
package parse

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/sfiakit/sfiakit/internal/clean"
	"github.com/sfiakit/sfiakit/internal/model"
)

// LanguagesDir is the folder of language profiles inside a seeds folder.
const LanguagesDir = "languages"

// Dir reads the seeds folder fsys. name is how errors name the folder
// (the path the user gave, "seeds" or "../seeds"): a seed file f is
// reported as name/f. src is how the model's Source fields name it: its
// slash path from the module root, "seeds" in this module.
func Dir(fsys fs.FS, name, src string) (*model.Corpus, error) {
	return DirOptions(fsys, name, src, Options{})
}

// DirOptions is Dir with options.
func DirOptions(fsys fs.FS, name, src string, opt Options) (*model.Corpus, error) {
	display := func(f string) string { return path.Join(name, f) }
	limit := opt.maxInputSize()
	// read reads one input; an input that exists but may not be read is
	// an error of its own, a missing one an error the caller words.
	read := func(f string) ([]byte, error) { return readInput(fsys, f, display(f), limit) }
	// src reaches the generated code's comments: a line break would end a
	// comment there.
	if strings.IndexFunc(src, clean.Forbidden) >= 0 {
		return nil, errorf(name, 0, "expected a seeds folder name without control or invisible characters, found %q", src)
	}
	manifest, err := read(ManifestName)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		return nil, errorf(display(ManifestName), 0, "expected the manifest of the seeds folder, found none: %v", unwrapPath(err))
	}
	entries, err := Manifest(display(ManifestName), manifest)
	if err != nil {
		return nil, err
	}

	// Every input file (.txt, .csv, .xlsx) in the folder must be listed,
	// and every listed file must exist.
	listed := map[string]bool{}
	for _, e := range entries {
		listed[e.File] = true
	}
	dirents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, errorf(name, 0, "expected a readable seeds folder: %v", unwrapPath(err))
	}
	for _, d := range dirents {
		if !d.IsDir() && fileRE.MatchString(d.Name()) && !listed[d.Name()] {
			return nil, errorf(display(d.Name()), 0, "expected a line for this input in %s, found none", display(ManifestName))
		}
	}

	profiles := map[string]*Profile{}
	// load returns the profile for exactly tag: the seeds folder's
	// languages/TAG.txt where there is one, else the one the generator
	// ships, else nil.
	load := func(tag string) (*Profile, error) {
		pf := path.Join(LanguagesDir, tag+".txt")
		data, err := read(pf)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
			return ShippedProfile(tag), nil
		}
		p, err := ParseProfile(display(pf), data)
		if err != nil {
			return nil, err
		}
		if p.Tag != tag {
			return nil, errorf(display(pf), p.lines["tag"], "expected tag: %s as the file name says, found tag: %s", tag, p.Tag)
		}
		p.Source = path.Join(src, pf)
		return p, nil
	}
	// profile returns the language profile of e's language, found on
	// first use: its own, else that of the language it falls back to (en
	// for en-US, zh-Hant for zh-Hant-TW). required says whether a missing
	// profile is an error (page copies need one; spreadsheets use it
	// where there is one).
	profile := func(e Entry, required bool) (*Profile, error) {
		if p, ok := profiles[e.Language]; ok {
			return p, nil
		}
		// The fallbacks stop before und, which names no language.
		for tag := language.Make(e.Language); !tag.IsRoot(); tag = tag.Parent() {
			p, err := load(tag.String())
			if err != nil {
				return nil, err
			}
			if p != nil {
				if p.Tag != e.Language {
					own := *p
					own.Tag = e.Language
					p = &own
				}
				profiles[e.Language] = p
				return p, nil
			}
		}
		if !required {
			return nil, nil
		}
		return nil, errorf(display(ManifestName), e.Line, "expected a language profile for %q, found none: the generator ships profiles for %s; write %s for another language",
			e.Language, strings.Join(ShippedProfiles(), ", "), display(path.Join(LanguagesDir, e.Language+".txt")))
	}
	m := newMerger()
	frameworks := map[string]*model.Framework{}
	for _, e := range entries {
		data, err := read(e.File)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
			return nil, errorf(display(ManifestName), e.Line, "expected the input file %s, found none", display(e.File))
		}
		if e.Kind() == "page" {
			p, err := profile(e, true)
			if err != nil {
				return nil, err
			}
			t, fw, ex, err := seed(display(e.File), path.Join(src, e.File), data, e, p)
			if opt.Explain != nil {
				opt.Explain(display(e.File), ex)
			}
			if err != nil {
				return nil, err
			}
			if err := m.addSkill(e.Skill, t, display(e.File)); err != nil {
				return nil, err
			}
			mergeFramework(frameworks, fw)
			continue
		}
		if _, err := profile(e, false); err != nil {
			return nil, err
		}
		if opt.Table != nil {
			opt.Table(display(e.File), e.Kind())
		}
		if err := m.addTables(display(e.File), path.Join(src, e.File), data, e); err != nil {
			return nil, err
		}
	}

	c := &model.Corpus{Source: src, LevelSets: m.levelSets(), AttributeSets: m.attributeSets()}
	for _, s := range m.skills {
		slices.SortFunc(s.Translations, func(a, b model.Translation) int {
			return byLanguageNewest(a.Language, a.Version, b.Language, b.Version)
		})
		c.Skills = append(c.Skills, *s)
	}
	slices.SortFunc(c.Skills, func(a, b model.Skill) int { return strings.Compare(a.Code, b.Code) })
	for _, f := range frameworks {
		if f.EssenceSrc != "" || f.HelpSrc != "" {
			c.Framework = append(c.Framework, *f)
		}
	}
	slices.SortFunc(c.Framework, func(a, b model.Framework) int { return strings.Compare(a.Language, b.Language) })
	for _, p := range profiles {
		c.Languages = append(c.Languages, model.Language{Tag: p.Tag, Name: p.Name, Script: p.Script, Direction: p.Direction, LevelWord: p.Level,
			Source: p.Source})
	}
	// A language only spreadsheets give, without a profile: its direction
	// from its script, as x/text's likely-subtags data has it.
	for _, tag := range m.languages {
		if _, ok := profiles[tag]; !ok {
			c.Languages = append(c.Languages, defaultLanguage(tag))
		}
	}
	slices.SortFunc(c.Languages, func(a, b model.Language) int { return strings.Compare(a.Tag, b.Tag) })
	return c, nil
}

// mergeFramework adds what one seed shows of the framework texts to the
// texts already gathered for its language. Where two seeds of one
// language give them, the newer SFIA version wins, then the file listed
// first in the manifest.
func mergeFramework(all map[string]*model.Framework, fw model.Framework) {
	cur := all[fw.Language]
	if cur == nil {
		cur = &model.Framework{Language: fw.Language}
		all[fw.Language] = cur
	}
	if fw.EssenceSrc != "" && (cur.EssenceSrc == "" || fw.EssenceVer > cur.EssenceVer) {
		cur.GuidingWords, cur.Essences = fw.GuidingWords, fw.Essences
		cur.EssenceVer, cur.EssenceSrc = fw.EssenceVer, fw.EssenceSrc
	}
	if fw.HelpSrc != "" && (cur.HelpSrc == "" || fw.HelpVer > cur.HelpVer) {
		cur.LowerHelp, cur.HigherHelp = fw.LowerHelp, fw.HigherHelp
		cur.HelpVer, cur.HelpSrc = fw.HelpVer, fw.HelpSrc
	}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
