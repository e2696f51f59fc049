package csmg_test

import (
	"fmt"

	"github.com/sfiakit/sfiakit/csmg"
	"golang.org/x/text/language"
)

func ExampleLevel_Description() {
	fmt.Println(csmg.Level(4).Description(language.Italian))
	// A regional variant reaches its language.
	fmt.Println(csmg.Level(1).Statements(language.MustParse("pt-BR"))[0])
	// A level CSMG does not define, and a language no seed is in, give "".
	fmt.Printf("%q %q\n", csmg.Level(7).Description(language.Italian), csmg.Level(4).Description(language.German))
	// Output:
	// Monitora l'erogazione del servizio su più canali e analizza i dati sulle prestazioni. Contribuisce allo sviluppo e all'implementazione di standard e procedure di servizio. Fornisce indicazioni tecniche e procedurali ai membri del team. Identifica le tendenze nelle richieste dei clienti e nei problemi di servizio, raccomandando miglioramenti dei processi. Collabora con altri reparti per migliorare l'esperienza complessiva del cliente.
	// Recebe e trata consultas e solicitações de clientes de rotina, seguindo procedimentos estabelecidos.
	// "" ""
}

func ExampleLevel_Text() {
	// The first preference a seed language matches wins: Ukrainian has no
	// seed (and is not answered in Russian), Spanish has an SFIA 6 one.
	t, ok := csmg.Level(2).Text(language.Ukrainian, language.MustParse("es-MX"), language.Italian)
	fmt.Println(ok, t.Language, t.Version, t.Source)
	fmt.Println(t.Value)
	_, ok = csmg.Level(2).Text(language.English, language.German)
	fmt.Println(ok)
	// Output:
	// true es SFIA 6 seeds/003_c74615f3b514106e.txt
	// Responde a solicitudes de servicio habituales, ofreciendo información para permitir el cumplimiento. Distribuye llamadas sin resolver rápidamente según corresponda. Mantiene registros, informa a los usuarios sobre el proceso y asesora a las personas pertinentes sobre las medidas adoptadas.
	// false
}

func ExampleLevel_Statements() {
	for i, s := range csmg.Level(1).Statements(language.Russian) {
		fmt.Println(i+1, s)
	}
	// Output:
	// 1 Принимает и обрабатывает заявки на обслуживание, следуя согласованным процедурам.
	// 2 Оперативно распределяет вызовы по мере необходимости.
	// 3 Регистрирует инциденты и запросы на обслуживание и ведет соответствующие записи.
}

func ExampleLevel_Note() {
	// The Arabic page says why there is no level 7 description.
	fmt.Println(csmg.Level(7).Defined(), csmg.Level(7).Note(language.Arabic))
	// Output:
	// false لا يتم ملاحظة هذه المهارة أو ممارستها عادة على هذا المستوى من المسؤولية والمساءلة.
}

func ExampleLevels() {
	for _, l := range csmg.Levels() {
		fmt.Println(l, l.SFIALevel().GuidingWords())
	}
	// Output:
	// CSMG Level 1 Follow
	// CSMG Level 2 Assist
	// CSMG Level 3 Apply
	// CSMG Level 4 Enable
	// CSMG Level 5 Ensure, advise
	// CSMG Level 6 Initiate, influence
}

func ExampleLanguages() {
	for _, tag := range csmg.Languages() {
		fmt.Println(tag, csmg.Version(tag), csmg.Name(tag))
	}
	// Output:
	// ar SFIA 8 دعم خدمة العملاء
	// es SFIA 6 Asistencia del servicio de atención al cliente
	// it SFIA 9 Supporto di assistenza ai clienti
	// pt SFIA 9 Serviços de atendimento ao cliente
	// ru SFIA 8 Служба поддержки клиентов
}
