package official_test

import (
	"fmt"

	"github.com/sfiakit/sfiakit/internal/official"
	"github.com/sfiakit/sfiakit/internal/sheet"
)

// A skills table is recognised by its header row; the guidance cell splits
// into guidance, the activities intro and the activities, and a level's
// cell gives one statement per line, even where a line holds two
// sentences.
func ExampleRead() {
	header := []string{"#", "Levels", "", "", "", "", "", "", "Code", "URL", "Skill", "Category", "Subcategory",
		"Overall description", "Guidance notes", "Level 1 description", "Level 2 description", "Level 3 description",
		"Level 4 description", "Level 5 description", "Level 6 description", "Level 7 description"}
	row := []string{"1", "", "2", "", "", "", "", "", "FLOB", "https://example.org/FLOB", "Flobbing", "Grunts", "Zorps",
		"Flobs\u00a0grunts.", "Flobbing is “tidy”. \nFlobbing may include:\n\nzorping\nwibbling\n",
		"", "Flobs e.g. 2.5 grunts. Zorps them. \nWibbles.", "", "", "", "", ""}
	tables := []*sheet.Table{{File: "seeds/sfia-9.xlsx", Sheet: "Skills", Rows: []sheet.Row{
		{Cells: header, N: 1},
		{Cells: row, N: 2},
	}}}
	res, err := official.Read(tables, official.Options{Language: "en", Version: 9, Source: "seeds/sfia-9.xlsx", Skill: "*"})
	if err != nil {
		fmt.Println(err)
		return
	}
	tr := res.Skills[0].Translation
	fmt.Printf("%s %q at %s\n", res.Skills[0].Code, tr.Description, tr.Where)
	fmt.Printf("guidance %q\nintro %q\nactivities %q\n", tr.Guidance, tr.ActivitiesIntro, tr.Activities)
	for _, l := range tr.Levels {
		if l.Defined {
			fmt.Printf("level %d at %s: %q\n", l.Level, l.Where, l.Statements)
		}
	}

	// The indicator of level 2 (C2) and its description must agree.
	row[2] = ""
	_, err = official.Read(tables, official.Options{Language: "en", Version: 9, Source: "seeds/sfia-9.xlsx", Skill: "*"})
	fmt.Println(err)
	// Output:
	// FLOB "Flobs grunts." at Skills!2
	// guidance ["Flobbing is “tidy”."]
	// intro "Flobbing may include:"
	// activities ["zorping" "wibbling"]
	// level 2 at Skills!Q2: ["Flobs e.g. 2.5 grunts. Zorps them." "Wibbles."]
	// seeds/sfia-9.xlsx:Skills!C2: expected level 2 to be marked as defined (its description in Q2 is not empty), found an empty cell
}
