package sfia_test

import (
	"testing"

	"github.com/sfiakit/sfiakit/sfia"
)

func TestVersionConstants(t *testing.T) {
	tests := []struct {
		v    sfia.Version
		want int
	}{
		{sfia.SFIA6, 6},
		{sfia.SFIA7, 7},
		{sfia.SFIA8, 8},
		{sfia.SFIA9, 9},
	}
	for _, tt := range tests {
		if int(tt.v) != tt.want {
			t.Errorf("%v = %d, want %d", tt.v, int(tt.v), tt.want)
		}
	}
}

func TestVersionString(t *testing.T) {
	tests := []struct {
		v    sfia.Version
		want string
	}{
		{0, ""},
		{sfia.Version(9), "SFIA 9"},
		{sfia.SFIA6, "SFIA 6"},
		{sfia.SFIA7, "SFIA 7"},
		{sfia.SFIA8, "SFIA 8"},
		{sfia.SFIA9, "SFIA 9"},
		{1, "SFIA 1"},
		{10, "SFIA 10"},
		{-1, "Version(-1)"},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("Version(%d).String() = %q, want %q", int(tt.v), got, tt.want)
		}
	}
}

func TestParseVersion(t *testing.T) {
	tests := []struct {
		in      string
		want    sfia.Version
		wantErr bool
	}{
		{in: "SFIA 9", want: 9},
		{in: "SFIA9", want: 9},
		{in: "sfia9", want: 9},
		{in: "sfia 9", want: 9},
		{in: "Sfia 8", want: 8},
		{in: "9", want: 9},
		{in: " 9 ", want: 9},
		{in: "\tSFIA 6\n", want: 6},
		{in: "SFIA  7", want: 7},
		{in: "1", want: 1},
		{in: "SFIA 10", want: 10},
		{in: "", wantErr: true},
		{in: " ", wantErr: true},
		{in: "0", wantErr: true},
		{in: "SFIA 0", wantErr: true},
		{in: "-1", wantErr: true},
		{in: "SFIA -1", wantErr: true},
		{in: "SFIA", wantErr: true},
		{in: "sfia", wantErr: true},
		{in: "nine", wantErr: true},
		{in: "+9", wantErr: true},
		{in: "SFIA -9", wantErr: true},
		{in: "SFIA nine", wantErr: true},
		{in: "9.0", wantErr: true},
		{in: "SFIA 9 ", want: 9},
		{in: "SFIA-9", wantErr: true},
		{in: "v9", wantErr: true},
		{in: "SFI 9", wantErr: true},
	}
	for _, tt := range tests {
		got, err := sfia.ParseVersion(tt.in)
		if tt.wantErr {
			if err == nil {
				t.Errorf("ParseVersion(%q) = %v, nil; want an error", tt.in, int(got))
			} else if got != 0 {
				t.Errorf("ParseVersion(%q) = %d, %v; want the zero Version with the error", tt.in, int(got), err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseVersion(%q) = %d, %v; want %d, nil", tt.in, int(got), err, int(tt.want))
		}
	}
}

// TestParseVersionString checks that ParseVersion reads back what String
// writes.
func TestParseVersionString(t *testing.T) {
	for v := sfia.Version(1); v <= 12; v++ {
		got, err := sfia.ParseVersion(v.String())
		if err != nil || got != v {
			t.Errorf("ParseVersion(%q) = %d, %v; want %d, nil", v.String(), int(got), err, int(v))
		}
	}
}
