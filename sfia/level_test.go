package sfia_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/sfia"
)

func TestLevelValid(t *testing.T) {
	tests := []struct {
		l    sfia.Level
		want bool
	}{
		{-8, false},
		{-1, false},
		{0, false},
		{1, true},
		{2, true},
		{3, true},
		{4, true},
		{5, true},
		{6, true},
		{7, true},
		{8, false},
		{9, false},
		{100, false},
		{sfia.MinLevel, true},
		{sfia.MaxLevel, true},
		{sfia.MinLevel - 1, false},
		{sfia.MaxLevel + 1, false},
	}
	for _, tt := range tests {
		if got := tt.l.Valid(); got != tt.want {
			t.Errorf("Level(%d).Valid() = %v, want %v", int(tt.l), got, tt.want)
		}
	}
}

func TestLevelConstants(t *testing.T) {
	got := []int{int(sfia.Level1), int(sfia.Level2), int(sfia.Level3), int(sfia.Level4), int(sfia.Level5), int(sfia.Level6), int(sfia.Level7)}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 5, 6, 7}, got); diff != "" {
		t.Errorf("Level1..Level7 (-want +got):\n%s", diff)
	}
	if sfia.MinLevel != sfia.Level1 || sfia.MaxLevel != sfia.Level7 {
		t.Errorf("MinLevel, MaxLevel = %d, %d; want 1, 7", int(sfia.MinLevel), int(sfia.MaxLevel))
	}
}

func TestLevelString(t *testing.T) {
	tests := []struct {
		l    sfia.Level
		want string
	}{
		{1, "Level 1"},
		{4, "Level 4"},
		{7, "Level 7"},
		{sfia.Level5, "Level 5"},
		{0, "Level(0)"},
		{8, "Level(8)"},
		{9, "Level(9)"},
		{-1, "Level(-1)"},
		{-100, "Level(-100)"},
	}
	for _, tt := range tests {
		if got := tt.l.String(); got != tt.want {
			t.Errorf("Level(%d).String() = %q, want %q", int(tt.l), got, tt.want)
		}
	}
}

func TestLevelGuidingWords(t *testing.T) {
	tests := []struct {
		l    sfia.Level
		want string
	}{
		{1, "Follow"},
		{2, "Assist"},
		{3, "Apply"},
		{4, "Enable"},
		{5, "Ensure, advise"},
		{6, "Initiate, influence"},
		{7, "Set strategy, inspire, mobilise"},
		{0, ""},
		{8, ""},
		{-1, ""},
		{100, ""},
	}
	for _, tt := range tests {
		if got := tt.l.GuidingWords(); got != tt.want {
			t.Errorf("%v.GuidingWords() = %q, want %q", tt.l, got, tt.want)
		}
	}
}

func TestLevels(t *testing.T) {
	want := []sfia.Level{1, 2, 3, 4, 5, 6, 7}
	got := sfia.Levels()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Levels() (-want +got):\n%s", diff)
	}
	for _, l := range got {
		if !l.Valid() {
			t.Errorf("Levels() holds %v, which is not Valid", l)
		}
	}
	// Each call returns a fresh slice: changing one must not change the
	// next.
	got[0] = 99
	if diff := cmp.Diff(want, sfia.Levels()); diff != "" {
		t.Errorf("Levels() after changing an earlier result (-want +got):\n%s", diff)
	}
}

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in      string
		want    sfia.Level
		wantErr bool
	}{
		{in: "1", want: 1},
		{in: "4", want: 4},
		{in: "7", want: 7},
		{in: "Level 1", want: 1},
		{in: "Level 4", want: 4},
		{in: "Level 7", want: 7},
		{in: " 4 ", want: 4},
		{in: "\tLevel 4\n", want: 4},
		{in: "", wantErr: true},
		{in: "0", wantErr: true},
		{in: "8", wantErr: true},
		{in: "9", wantErr: true},
		{in: "-1", wantErr: true},
		{in: "x", wantErr: true},
		{in: "+4", wantErr: true},
		{in: "007", wantErr: true},
		{in: "Level +4", wantErr: true},
		{in: "4.5", wantErr: true},
		{in: "four", wantErr: true},
		{in: "Level", wantErr: true},
		{in: "Level ", wantErr: true},
		{in: "Level 0", wantErr: true},
		{in: "Level 8", wantErr: true},
		{in: "Level(4)", wantErr: true},
		{in: "Level(9)", wantErr: true},
		{in: "Level4", wantErr: true},
		{in: "level 4", wantErr: true},
		{in: "L4", wantErr: true},
		{in: "4 4", wantErr: true},
	}
	for _, tt := range tests {
		got, err := sfia.ParseLevel(tt.in)
		if tt.wantErr {
			if err == nil {
				t.Errorf("ParseLevel(%q) = %v, nil; want an error", tt.in, got)
			} else if got != 0 {
				t.Errorf("ParseLevel(%q) = %v, %v; want the zero Level with the error", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
		}
	}
}

// TestParseLevelString checks that ParseLevel reads back what String
// writes, for every valid level.
func TestParseLevelString(t *testing.T) {
	for _, l := range sfia.Levels() {
		got, err := sfia.ParseLevel(l.String())
		if err != nil || got != l {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, nil", l.String(), got, err, l)
		}
	}
}

func TestLevelMarshalText(t *testing.T) {
	for _, l := range sfia.Levels() {
		b, err := l.MarshalText()
		if err != nil {
			t.Errorf("%v.MarshalText(): %v", l, err)
			continue
		}
		if want := string(rune('0' + l)); string(b) != want {
			t.Errorf("%v.MarshalText() = %q, want %q", l, b, want)
		}
		var back sfia.Level
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, nil", b, back, err, l)
		}
	}
	for _, l := range []sfia.Level{0, 8, -1} {
		if b, err := l.MarshalText(); err == nil {
			t.Errorf("Level(%d).MarshalText() = %q, nil; want an error", int(l), b)
		}
	}
}

func TestLevelUnmarshalText(t *testing.T) {
	tests := []struct {
		in      string
		want    sfia.Level
		wantErr bool
	}{
		{in: "4", want: 4},
		{in: "Level 4", want: 4},
		{in: "1", want: 1},
		{in: "Level 7", want: 7},
		{in: "0", wantErr: true},
		{in: "8", wantErr: true},
		{in: "-1", wantErr: true},
		{in: "x", wantErr: true},
		{in: "4.5", wantErr: true},
		{in: "", wantErr: true},
	}
	for _, tt := range tests {
		l := sfia.Level(3) // must be left alone on error
		err := l.UnmarshalText([]byte(tt.in))
		if tt.wantErr {
			if err == nil {
				t.Errorf("UnmarshalText(%q) = nil, level %v; want an error", tt.in, l)
			}
			if l != 3 {
				t.Errorf("UnmarshalText(%q) changed the level to %v on error", tt.in, l)
			}
			continue
		}
		if err != nil || l != tt.want {
			t.Errorf("UnmarshalText(%q): level %v, %v; want %v, nil", tt.in, l, err, tt.want)
		}
	}
}

type withLevel struct {
	Skill string     `json:"skill"`
	Level sfia.Level `json:"level"`
}

func TestLevelMarshalJSON(t *testing.T) {
	for _, l := range sfia.Levels() {
		b, err := json.Marshal(withLevel{Skill: "CSMG", Level: l})
		if err != nil {
			t.Errorf("json.Marshal(level %v): %v", l, err)
			continue
		}
		want := `{"skill":"CSMG","level":` + string(rune('0'+l)) + `}`
		if string(b) != want {
			t.Errorf("json.Marshal(level %v) = %s, want %s", l, b, want)
		}
		var back withLevel
		if err := json.Unmarshal(b, &back); err != nil {
			t.Errorf("json.Unmarshal(%s): %v", b, err)
			continue
		}
		if diff := cmp.Diff(withLevel{Skill: "CSMG", Level: l}, back); diff != "" {
			t.Errorf("round trip of %s (-want +got):\n%s", b, diff)
		}
	}

	// A level on its own is a JSON number.
	b, err := json.Marshal(sfia.Level4)
	if err != nil || string(b) != "4" {
		t.Errorf("json.Marshal(Level4) = %s, %v; want 4, nil", b, err)
	}

	// Invalid levels do not marshal.
	for _, l := range []sfia.Level{0, 8, -1} {
		if b, err := json.Marshal(withLevel{Level: l}); err == nil {
			t.Errorf("json.Marshal(level %d) = %s, nil; want an error", int(l), b)
		}
	}

	// The zero Level is empty for omitempty, so a struct that may not
	// hold a level can still marshal.
	type optional struct {
		Level sfia.Level `json:"level,omitempty"`
	}
	if b, err := json.Marshal(optional{}); err != nil || string(b) != "{}" {
		t.Errorf("json.Marshal(optional{}) = %s, %v; want {}, nil", b, err)
	}
}

func TestLevelUnmarshalJSON(t *testing.T) {
	tests := []struct {
		in      string
		want    sfia.Level
		wantErr bool
	}{
		{in: `{"level":4}`, want: 4},
		{in: `{"level":1}`, want: 1},
		{in: `{"level":7}`, want: 7},
		{in: `{"level":"4"}`, want: 4},
		{in: `{"level":"Level 4"}`, want: 4},
		{in: `{"level":"Level 7"}`, want: 7},
		{in: `{"level":0}`, wantErr: true},
		{in: `{"level":8}`, wantErr: true},
		{in: `{"level":-1}`, wantErr: true},
		{in: `{"level":"x"}`, wantErr: true},
		{in: `{"level":4.5}`, wantErr: true},
		{in: `{"level":"4.5"}`, wantErr: true},
		{in: `{"level":null}`, want: 0},     // null leaves the field as it was
		{in: `{"level":"\u0034"}`, want: 4}, // a JSON escape
		{in: `{"level":"Level\u00204"}`, want: 4},
		{in: `{"level":"+4"}`, wantErr: true},
		{in: `{"level":"04"}`, wantErr: true},
		{in: `{"level":"0"}`, wantErr: true},
		{in: `{"level":"Level 8"}`, wantErr: true},
		{in: `{"level":""}`, wantErr: true},
		{in: `{"level":true}`, wantErr: true},
		{in: `{"level":[4]}`, wantErr: true},
	}
	for _, tt := range tests {
		var got withLevel
		err := json.Unmarshal([]byte(tt.in), &got)
		if tt.wantErr {
			if err == nil {
				t.Errorf("json.Unmarshal(%s) = nil, level %v; want an error", tt.in, got.Level)
			}
			continue
		}
		if err != nil || got.Level != tt.want {
			t.Errorf("json.Unmarshal(%s): level %v, %v; want %v, nil", tt.in, got.Level, err, tt.want)
		}
	}

	// UnmarshalJSON on its own.
	for _, in := range []string{`4`, `"4"`, `"Level 4"`} {
		var l sfia.Level
		if err := l.UnmarshalJSON([]byte(in)); err != nil || l != 4 {
			t.Errorf("UnmarshalJSON(%s): level %v, %v; want Level 4, nil", in, l, err)
		}
	}
	for _, in := range []string{`0`, `8`, `-1`, `"x"`, `4.5`, `"4`, ``} {
		var l sfia.Level
		if err := l.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) = nil, level %v; want an error", in, l)
		}
	}
}

// TestLevelErrors checks that the error messages say what went wrong.
func TestLevelErrors(t *testing.T) {
	if _, err := sfia.ParseLevel("Level 9"); err == nil || !strings.Contains(err.Error(), `"Level 9"`) || !strings.Contains(err.Error(), "1 to 7") {
		t.Errorf(`ParseLevel("Level 9") error = %v; want one that quotes the input and says 1 to 7`, err)
	}
	if _, err := sfia.Level(9).MarshalText(); err == nil || !strings.Contains(err.Error(), "Level(9)") {
		t.Errorf("Level(9).MarshalText() error = %v; want one that names Level(9)", err)
	}
}

// TestLevelJSONMapKey checks that levels work as JSON object keys, which
// encoding/json writes and reads with MarshalText and UnmarshalText.
func TestLevelJSONMapKey(t *testing.T) {
	in := map[sfia.Level]string{1: "Follow", 4: "Enable", 7: "Set strategy, inspire, mobilise"}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"1":"Follow","4":"Enable","7":"Set strategy, inspire, mobilise"}`; string(b) != want {
		t.Errorf("json.Marshal(map) = %s, want %s", b, want)
	}
	var back map[sfia.Level]string
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, back); diff != "" {
		t.Errorf("map round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"Level 4":"Enable"}`), &back); err != nil || back[4] != "Enable" {
		t.Errorf(`json.Unmarshal({"Level 4":...}) = %v, map %v; want key Level 4`, err, back)
	}
	if err := json.Unmarshal([]byte(`{"8":"x"}`), &back); err == nil {
		t.Errorf(`json.Unmarshal({"8":"x"}) = nil; want an error`)
	}
}
