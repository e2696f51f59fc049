package jobdesc

import "testing"

// TestMarkdownEscape checks appendMD, which every SFIA text goes through in
// WriteMarkdown: nothing in a text may become markup, a link, a heading,
// a list item or an entity reference.
func TestMarkdownEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text.", "plain text."},
		{"*b* _i_ `c`", `\*b\* \_i\_ \` + "`" + `c\` + "`"},
		{"[l](u) ![i](u)", `\[l\](u) \!\[i\](u)`},
		{"<script>", `\<script\>`},
		{"# heading", `\# heading`},
		{"a | b", `a \| b`},
		{"R&D &copy; &#35;", `R\&D \&copy; \&\#35;`},
		{`back\slash`, `back\\slash`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"1. item", `1\. item`},
		{"12) item", `12\) item`},
		{"2024 was a year. 3. not a list", "2024 was a year. 3. not a list"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(appendMD(nil, tt.in)); got != tt.want {
			t.Errorf("appendMD(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDefuseCell is the table of CSV cells a spreadsheet would take for
// a formula (OWASP: CSV injection), which WriteCSV writes after an
// apostrophe, and of cells it leaves as they are.
func TestDefuseCell(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1:A9)":      "'=SUM(A1:A9)",
		"+1":               "'+1",
		"-2+3":             "'-2+3",
		"@cmd":             "'@cmd",
		"\t=1":             "'\t=1",
		"\r=1":             "'\r=1",
		"":                 "",
		"Flobs the gizmo.": "Flobs the gizmo.",
		"a=b":              "a=b",
		"'quoted":          "'quoted",
		"« Zorp »":         "« Zorp »",
	} {
		if got := defuseCell(in); got != want {
			t.Errorf("defuseCell(%q) = %q, want %q", in, got, want)
		}
	}
}
