// Command matcheronly builds an x/text Matcher for the languages of the
// seeds and matches one tag, as csmg does on its first lookup. It is the
// baseline withcsmg is compared with: the Matcher's code and tables are in
// both binaries, so the difference in size is what csmg adds.
package main

import (
	"fmt"

	"golang.org/x/text/language"
)

func main() {
	m := language.NewMatcher([]language.Tag{language.Arabic, language.Spanish, language.Italian, language.Portuguese, language.Russian})
	_, i, c := m.Match(language.MustParse("pt-BR"))
	fmt.Println(i, c)
}
