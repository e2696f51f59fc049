package sheet_test

import (
	"fmt"
	"log"

	"github.com/sfiakit/sfiakit/internal/sheet"
)

// A Windows-1252 CSV save, as the SFIA 9 ones are: CRLF records, a cell
// that spans lines, a curly apostrophe (0x92) and a no-break space (0xA0).
func ExampleReadCSV() {
	data := []byte("Code,Skill,Level 1 description\r\n" +
		"FLOB,Flob\x92s grunt,\"Wib the wob. \r\nZap\xA0the zip.\"\r\n")
	t, err := sheet.ReadCSV("flob.csv", data, sheet.Detect)
	if err != nil {
		log.Fatal(err)
	}
	for r, row := range t.Rows {
		for c, cell := range row.Cells {
			fmt.Printf("%s %q\n", t.Pos(r, c), cell)
		}
	}
	// Output:
	// flob.csv:1:1 "Code"
	// flob.csv:1:6 "Skill"
	// flob.csv:1:12 "Level 1 description"
	// flob.csv:2:1 "FLOB"
	// flob.csv:2:6 "Flob’s grunt"
	// flob.csv:2:19 "Wib the wob. \nZap\u00a0the zip."
}
