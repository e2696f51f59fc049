package csmg_test

import (
	"fmt"

	"github.com/sfiakit/sfiakit/csmg"
	"golang.org/x/text/language"
)

// The examples show the generated package on its real texts; what a
// level answers for every kind of argument is shown on made-up tables in
// the examples of package sfiaimpl (SkillLevel).

func ExampleLevel() {
	fmt.Println(csmg.Level(4).Description(language.Italian))
	// A regional variant reaches its language.
	fmt.Println(csmg.Level(1).Statements(language.MustParse("pt-BR"))[0])
	// With a preference list, the text says which language and SFIA
	// version it is in, and where it comes from.
	t, ok := csmg.Level(2).Text(language.Ukrainian, language.MustParse("pt-BR"))
	fmt.Println(ok, t.Language, t.Version, t.Source)
	// Output:
	// Monitora l'erogazione del servizio su più canali e analizza i dati sulle prestazioni. Contribuisce allo sviluppo e all'implementazione di standard e procedure di servizio. Fornisce indicazioni tecniche e procedurali ai membri del team. Identifica le tendenze nelle richieste dei clienti e nei problemi di servizio, raccomandando miglioramenti dei processi. Collabora con altri reparti per migliorare l'esperienza complessiva del cliente.
	// Recebe e trata consultas e solicitações de clientes de rotina, seguindo procedimentos estabelecidos.
	// true pt SFIA 9 seeds/002_c8d2389445e5e1c8.txt
}

func ExampleLevels() {
	for _, l := range csmg.Levels() {
		fmt.Println(l, l.Level().GuidingWords())
	}
	// Output:
	// CSMG Level 1 Follow
	// CSMG Level 2 Assist
	// CSMG Level 3 Apply
	// CSMG Level 4 Enable
	// CSMG Level 5 Ensure, advise
	// CSMG Level 6 Initiate, influence
}
