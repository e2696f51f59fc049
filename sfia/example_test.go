package sfia_test

import (
	"encoding/json"
	"fmt"

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
