package jobdesc

import (
	"encoding/json"
	"testing"
)

// FuzzJSONString checks that appendJSONString writes every string as
// encoding/json's Marshal does (which escapes <, > and & as WriteJSON
// did when it used encoding/json's Encoder).
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{
		"", "plain", `"quoted" \back\slash/`, "\b\f\n\r\t\x00\x01\x1f\x7f", "<script>&amp;</script>",
		"é ü 😀 العربية русский", "\u2028\u2029", "\xff\xfe bad \xc3", "\xe2\x80", "\xed\xa0\x80 surrogate",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
