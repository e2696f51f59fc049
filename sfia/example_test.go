package sfia_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/sfia"
)

func ExampleLevel_String() {
	fmt.Println(sfia.Level4)
	fmt.Println(sfia.Level(9))
	// Output:
	// Level 4
	// Level(9)
}

func ExampleLevel_GuidingWords() {
	for _, l := range sfia.Levels() {
		fmt.Printf("%d: %s\n", l, l.GuidingWords())
	}
	// Output:
	// 1: Follow
	// 2: Assist
	// 3: Apply
	// 4: Enable
	// 5: Ensure, advise
	// 6: Initiate, influence
	// 7: Set strategy, inspire, mobilise
}

func ExampleLevel_MarshalJSON() {
	type requirement struct {
		Skill string     `json:"skill"`
		Level sfia.Level `json:"level"`
	}
	b, err := json.Marshal(requirement{Skill: "CSMG", Level: sfia.Level4})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))

	var r requirement
	if err := json.Unmarshal([]byte(`{"skill":"CSMG","level":"Level 5"}`), &r); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Level)

	_, err = json.Marshal(requirement{Skill: "CSMG", Level: 8})
	fmt.Println(err != nil)
	// Output:
	// {"skill":"CSMG","level":4}
	// Level 5
	// true
}

func ExampleParseLevel() {
	for _, s := range []string{"4", "Level 6", "8"} {
		l, err := sfia.ParseLevel(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(l, l.GuidingWords())
	}
	// Output:
	// Level 4 Enable
	// Level 6 Initiate, influence
	// sfia: invalid level "8": want a number from 1 to 7
}

func ExampleVersion_String() {
	fmt.Println(sfia.SFIA9)
	v, err := sfia.ParseVersion("sfia8")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
	fmt.Printf("%q\n", sfia.Version(0).String())
	// Output:
	// SFIA 9
	// SFIA 8
	// ""
}

// A server keeps one AcceptLanguageCache and passes it each request's
// Accept-Language header (r.Header.Get("Accept-Language")): a header it
// has seen costs a few tens of nanoseconds and no allocation.
func ExampleAcceptLanguageCache() {
	var langs sfia.AcceptLanguageCache // the zero value is ready: 1024 headers

	for _, header := range []string{
		"pt-BR,pt;q=0.9,en;q=0.8",
		"de-CH,de;q=0.9,es-419;q=0.8",
		"en-US,en;q=0.9",
		"",
		"de;q=high",
		strings.Repeat("it,", 1000),
	} {
		prefs, err := langs.Parse(header)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		t, ok := csmg.Level(4).Text(prefs.Tags()...)
		if !ok {
			fmt.Printf("%q: no text\n", prefs.Tags())
			continue
		}
		fmt.Println(t.Language, t.Version, csmg.Level(4).Statements(t.Language)[0])
	}
	// Output:
	// pt SFIA 9 Monitora a entrega de serviços através de vários canais e analisa dados de desempenho.
	// es SFIA 6 Supervisa las funciones del servicio de atención al cliente o departamento de servicios y recopila datos sobre rendimiento.
	// ["en-US" "en"]: no text
	// []: no text
	// error: sfia: invalid Accept-Language header: ParseAcceptLanguage: invalid weight
	// error: sfia: Accept-Language header with more than 64 entries
}
