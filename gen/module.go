package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// importPrefix returns the root of the module that holds the output
// folder out and the import path of out: the module path joined with
// out's slash path in the module. With module set, that is the import
// path of out, and root is the module root if there is one ("" if not).
func importPrefix(out, module string) (root, prefix string, err error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", "", err
	}
	root, gomod, findErr := findModule(abs)
	if module != "" {
		if err := checkImportPath(module); err != nil {
			return "", "", fmt.Errorf("-module: %w", err)
		}
		if findErr != nil {
			root = ""
		}
		return root, module, nil
	}
	if findErr != nil {
		return "", "", findErr
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", "", err
	}
	modPath, line, err := modulePath(data)
	if err != nil {
		if line == 0 {
			return "", "", fmt.Errorf("%s: %w", gomod, err)
		}
		return "", "", fmt.Errorf("%s:%d: %w", gomod, line, err)
	}
	if err := checkImportPath(modPath); err != nil {
		return "", "", fmt.Errorf("%s:%d: %w", gomod, line, err)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return "", "", err
	}
	if rel == "." {
		return root, modPath, nil
	}
	rel = filepath.ToSlash(rel)
	for _, elem := range strings.Split(rel, "/") {
		if err := checkElem(elem); err != nil {
			return "", "", fmt.Errorf("%s: expected an output folder whose path in the module can be imported, found %q: %w", out, rel, err)
		}
	}
	return root, path.Join(modPath, rel), nil
}

// findModule returns the folder of the nearest go.mod at or above dir,
// and that file.
func findModule(dir string) (root, gomod string, err error) {
	for d := dir; ; d = filepath.Dir(d) {
		f := filepath.Join(d, "go.mod")
		if fi, err := os.Stat(f); err == nil && fi.Mode().IsRegular() {
			return d, f, nil
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", "", err
		}
		if filepath.Dir(d) == d {
			return "", "", fmt.Errorf("%s: expected a folder inside a Go module (a go.mod at or above it), found none; run go mod init, or set -module", dir)
		}
	}
}

// modulePath returns the path of the module line of a go.mod file and
// its line number: "module example.com/hr", with or without quotes, with
// a comment after it, or in block form ("module (" ... ")").
func modulePath(data []byte) (string, int, error) {
	lines := strings.Split(string(data), "\n")
	inBlock := false
	for i, l := range lines {
		l = strings.TrimSpace(stripComment(l))
		switch {
		case inBlock && l == ")":
			inBlock = false
		case inBlock && l != "":
			p, err := unquoteModule(l)
			return p, i + 1, err
		case l == "module (" || l == "module(":
			inBlock = true
		case strings.HasPrefix(l, "module") && len(l) > len("module") && unicode.IsSpace(rune(l[len("module")])) || strings.HasPrefix(l, `module"`):
			p, err := unquoteModule(strings.TrimSpace(l[len("module"):]))
			return p, i + 1, err
		}
	}
	return "", 0, errors.New("expected a module line, found none")
}

// stripComment removes a // comment that is not inside a quoted string.
func stripComment(l string) string {
	inQuote := false
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == '"' && (i == 0 || l[i-1] != '\\'):
			inQuote = !inQuote
		case !inQuote && strings.HasPrefix(l[i:], "//"):
			return l[:i]
		}
	}
	return l
}

func unquoteModule(s string) (string, error) {
	if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "`") {
		u, err := strconv.Unquote(s)
		if err != nil {
			return "", fmt.Errorf("expected a module path, found %s", s)
		}
		return u, nil
	}
	if strings.ContainsAny(s, " \t") {
		return "", fmt.Errorf("expected one module path, found %q", s)
	}
	return s, nil
}

// checkImportPath checks that p can be an import path: slash-separated
// elements of letters, digits and -._~, none empty, "." or "..", not
// starting with a dot, and no backslash or other punctuation (the rules
// of golang.org/x/mod/module.CheckImportPath, in short).
func checkImportPath(p string) error {
	if p == "" {
		return errors.New("expected an import path, found an empty one")
	}
	for _, elem := range strings.Split(p, "/") {
		if err := checkElem(elem); err != nil {
			return fmt.Errorf("expected an import path, found %q: %w", p, err)
		}
	}
	return nil
}

func checkElem(elem string) error {
	switch {
	case elem == "":
		return errors.New("an empty path element")
	case elem == "." || elem == "..":
		return fmt.Errorf("a path element %q", elem)
	case elem[0] == '.' || elem[len(elem)-1] == '.':
		return fmt.Errorf("a path element %q starting or ending with a dot", elem)
	}
	for _, r := range elem {
		if !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-._~+", r))) {
			return fmt.Errorf("a path element %q with the character %q", elem, r)
		}
	}
	return nil
}
