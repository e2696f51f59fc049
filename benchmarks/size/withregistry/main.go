// Command withregistry finds a skill by its code through the registry
// package skills and prints its name and a framework text. TestInitTrace
// runs it with GODEBUG=inittrace=1, beside withcsmg, to see that
// importing the registry (and with it every skill package and the
// framework texts) runs no init and allocates nothing.
package main

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/sfia"
	"github.com/sfiakit/sfiakit/skills"
	"golang.org/x/text/language"
)

func main() {
	code := "csmg"
	if len(os.Args) > 1 {
		code = os.Args[1]
	}
	s, ok := skills.Lookup(code)
	if !ok {
		fmt.Fprintln(os.Stderr, "no skill", code)
		os.Exit(1)
	}
	t, _ := s.Translation(0, language.MustParse("pt-BR"))
	words, _ := skills.Framework.GuidingWords(sfia.Level4, language.Russian)
	fmt.Println(t.Name, words.Value)
}
