package skills_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/skills"
)

func TestRegistry(t *testing.T) {
	if diff := cmp.Diff([]string{"CSMG"}, skills.Codes()); diff != "" {
		t.Errorf("Codes (-want +got):\n%s", diff)
	}
	all := skills.All()
	if len(all) != 1 || all[0] != csmg.Skill {
		t.Errorf("All = %v", all)
	}
	for _, code := range []string{"CSMG", "csmg", "CsMg"} {
		if s, ok := skills.Lookup(code); !ok || s != csmg.Skill {
			t.Errorf("Lookup(%q) = %v, %v", code, s, ok)
		}
	}
	for _, code := range []string{"", "CSM", "CSMGX", "XXXX", "ＣＳＭＧ"} {
		if s, ok := skills.Lookup(code); ok || s != nil {
			t.Errorf("Lookup(%q) = %v, %v; want nil, false", code, s, ok)
		}
	}
}

func ExampleLookup() {
	s, ok := skills.Lookup("csmg")
	fmt.Println(ok, s.Code(), s.Levels())
	// Output:
	// true CSMG [Level 1 Level 2 Level 3 Level 4 Level 5 Level 6]
}
