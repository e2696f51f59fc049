package jobdesc

import "testing"

// TestFileOf checks fileOf, which gives the human formats the file of a
// level text's source: it drops the place in the file in each form the
// generator writes, and leaves any other source whole.
func TestFileOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"seeds/levels_fr.csv:3:5", "seeds/levels_fr.csv"},                           // CSV line:column
		{"seeds/attributes_fr.csv:12", "seeds/attributes_fr.csv"},                    // CSV row
		{"seeds/sfia-8_en.xlsx:Levels of responsibility!B3", "seeds/sfia-8_en.xlsx"}, // workbook cell
		{"seeds/sfia-9_en.xlsx:Attributes!5", "seeds/sfia-9_en.xlsx"},                // workbook row
		{"seeds/001_205a89c5e035fa5d.txt", "seeds/001_205a89c5e035fa5d.txt"},         // a page copy
		{"seeds/odd:name.txt", "seeds/odd:name.txt"},                                 // not a place
		{"seeds/a:b/c!d.csv", "seeds/a:b/c!d.csv"},                                   // a folder, not a sheet
		{"seeds/x.csv:", "seeds/x.csv:"},                                             // nothing after the colon
		{"", ""},
	}
	for _, tt := range tests {
		if got := fileOf(tt.in); got != tt.want {
			t.Errorf("fileOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
