// Command withcsmg prints one level description through package csmg. It
// is one of the two programs whose sizes BENCHMARKS.md compares: beside
// matcheronly, which builds the same x/text Matcher and matches the same
// tag, what it adds is what the generated tables and the lookup code cost.
//
// Build it with GODEBUG=inittrace=1 in the environment of the run to see
// that importing csmg runs no init and allocates nothing.
package main

import (
	"fmt"

	"github.com/sfiakit/sfiakit/csmg"
	"golang.org/x/text/language"
)

func main() {
	fmt.Println(csmg.Level(4).Description(language.MustParse("pt-BR")))
}
