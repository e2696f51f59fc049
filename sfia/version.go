package sfia

import (
	"fmt"
	"strconv"
	"strings"
)

// A Version is a version of SFIA: Version(9) is SFIA 9. The zero value
// means no version.
type Version int

// The SFIA versions that texts in this module come from or that SFIA
// publishes in use today.
const (
	SFIA6 Version = 6 // SFIA 6, 2015
	SFIA7 Version = 7 // SFIA 7, 2018
	SFIA8 Version = 8 // SFIA 8, 2021
	SFIA9 Version = 9 // SFIA 9, 2024
)

// String returns "SFIA 9" for Version(9), "" for the zero Version and
// "Version(-1)" for a negative one, which is no version.
func (v Version) String() string {
	switch {
	case v == 0:
		return ""
	case v < 0:
		return "Version(" + strconv.Itoa(int(v)) + ")"
	}
	return "SFIA " + strconv.Itoa(int(v))
}

// ParseVersion reads a version from "SFIA 9", "SFIA9", "sfia 9" or "9".
// It rejects anything else: numbers below 1, signs, other words.
func ParseVersion(s string) (Version, error) {
	t := strings.TrimSpace(s)
	if len(t) >= 4 && strings.EqualFold(t[:4], "SFIA") {
		t = strings.TrimSpace(t[4:])
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 1 || t[0] < '0' || t[0] > '9' {
		return 0, fmt.Errorf("sfia: invalid version %q: want a number such as 9 or \"SFIA 9\"", s)
	}
	return Version(n), nil
}
