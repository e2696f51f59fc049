package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestShippedProfileText checks that the text of each shipped profile
// reads as the profile ShippedProfile gives, and that a tag the generator
// ships no profile for, or a path, gives nothing.
func TestShippedProfileText(t *testing.T) {
	tags := ShippedProfiles()
	if len(tags) == 0 {
		t.Fatal("no shipped profiles")
	}
	for _, tag := range tags {
		data, ok := ShippedProfileText(tag)
		if !ok || len(data) == 0 {
			t.Fatalf("ShippedProfileText(%q) = %d bytes, %v", tag, len(data), ok)
		}
		p, err := ParseProfile(ShippedSource+tag+".txt", data)
		if err != nil {
			t.Fatalf("%s: %v", tag, err)
		}
		p.Source = ShippedSource + tag + ".txt"
		if diff := cmp.Diff(ShippedProfile(tag), p, cmp.AllowUnexported(Profile{})); diff != "" {
			t.Errorf("%s: the text reads otherwise than ShippedProfile (-shipped +text):\n%s", tag, diff)
		}
	}
	for _, tag := range []string{"", "xx", "README", "IT", "../profiles/" + tags[0], "profiles/" + tags[0], tags[0] + ".txt"} {
		if data, ok := ShippedProfileText(tag); ok || data != nil {
			t.Errorf("ShippedProfileText(%q) = %q, %v; want nothing", tag, data, ok)
		}
	}
}
