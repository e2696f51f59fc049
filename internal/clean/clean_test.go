package clean_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/internal/clean"
)

func TestText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"  Flobs\tthe\u00a0gizmo  ", "Flobs the gizmo"},
		{"a\u2007b\u202fc", "a b c"},
		{"Cafe\u0301 zorps.", "Café zorps."}, // NFC
		{"‘Curly’ “quotes” stay.", "‘Curly’ “quotes” stay."},
		{"a  \n  b", "a b"},
	} {
		if got := clean.Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestForbidden(t *testing.T) {
	for r, want := range map[rune]bool{
		'a': false, '\t': false, ' ': false, '\u200c': false, '\u200f': false, '\u061c': false, '’': false,
		0: true, '\n': true, 0x7f: true, 0x85: true, '\u202e': true, '\u2066': true, '\u200b': true,
		'\u2060': true, '\ufeff': true, '\u2028': true, '\u2029': true,
	} {
		if got := clean.Forbidden(r); got != want {
			t.Errorf("Forbidden(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"Zorps.": true, "Zorps!": true, "Zorps?": true, "يزلق؟": true, "Zorps…": true, "止。": true, "हिन्दी।": true,
		`He said "zorp."`: true, "(Zorps.)": true, "« Zorps. »": true, "« Zorps »": false, "Zorps.»": true, "Zorps’.": true,
		"Zorps": false, "Zorps,": false, "Zorps:": false, "": false, "2.5": false,
	} {
		if got := clean.EndsSentence(s); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTail(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"frobs the gizmo", 5, "...gizmo"},
		{"يزلق البنتر", 5, "...لبنتر"},
	} {
		if got := clean.Tail(tt.s, tt.n); got != tt.want {
			t.Errorf("Tail(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestFirstFault(t *testing.T) {
	tests := []struct {
		in   string
		want clean.Fault
		ok   bool
	}{
		{"plain text, é and ش", clean.Fault{}, false},
		{"", clean.Fault{}, false},
		{"ab\x00c", clean.Fault{Column: 3, Char: 0}, true},
		{"éé\u202Ex", clean.Fault{Column: 3, Char: '\u202E'}, true},
		{"ab\xffc\x00", clean.Fault{Column: 3, Byte: 0xff, Invalid: true}, true},
		{"\u200cjoiner kept", clean.Fault{}, false},
	}
	for _, tt := range tests {
		got, ok := clean.FirstFault(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("FirstFault(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
