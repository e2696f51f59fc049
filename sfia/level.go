package sfia

import (
	"fmt"
	"strconv"
	"strings"
)

// A Level is one of SFIA's seven levels of responsibility, numbered from 1
// (Follow) to 7 (Set strategy, inspire, mobilise). Its zero value is not a
// valid level: levels count from 1, as SFIA counts them.
type Level int

// The seven levels of responsibility.
const (
	Level1 Level = 1 // Follow
	Level2 Level = 2 // Assist
	Level3 Level = 3 // Apply
	Level4 Level = 4 // Enable
	Level5 Level = 5 // Ensure, advise
	Level6 Level = 6 // Initiate, influence
	Level7 Level = 7 // Set strategy, inspire, mobilise
)

// MinLevel and MaxLevel bound the valid levels.
const (
	MinLevel = Level1
	MaxLevel = Level7
)

// Levels returns the seven levels in order, 1 to 7.
func Levels() []Level {
	return []Level{Level1, Level2, Level3, Level4, Level5, Level6, Level7}
}

// Valid reports whether l is one of the seven levels.
func (l Level) Valid() bool { return l >= MinLevel && l <= MaxLevel }

// String returns "Level 4" for a valid level and "Level(9)" for any other
// value.
func (l Level) String() string {
	if !l.Valid() {
		return "Level(" + strconv.Itoa(int(l)) + ")"
	}
	return "Level " + strconv.Itoa(int(l))
}

// guidingWords are the levels' guiding words in English, the same from
// SFIA 6 to SFIA 9.
var guidingWords = [...]string{
	"Follow",
	"Assist",
	"Apply",
	"Enable",
	"Ensure, advise",
	"Initiate, influence",
	"Set strategy, inspire, mobilise",
}

// GuidingWords returns the level's guiding words in English ("Enable" for
// level 4), the same from SFIA 6 to SFIA 9, or "" for an invalid level.
// A generated registry's Framework (skills.Framework) gives them in other
// languages where its inputs do.
func (l Level) GuidingWords() string {
	if !l.Valid() {
		return ""
	}
	return guidingWords[l-1]
}

// MarshalText encodes a valid level as its number ("4").
func (l Level) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, fmt.Errorf("sfia: cannot marshal %v: levels run from 1 to 7", l)
	}
	return strconv.AppendInt(nil, int64(l), 10), nil
}

// UnmarshalText decodes a level from its number ("4") or from its String
// form ("Level 4"). It rejects anything outside 1 to 7.
func (l *Level) UnmarshalText(text []byte) error {
	v, err := ParseLevel(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// MarshalJSON encodes a valid level as a JSON number.
func (l Level) MarshalJSON() ([]byte, error) { return l.MarshalText() }

// UnmarshalJSON decodes a level from a JSON number (4) or string ("4",
// "Level 4"). It rejects anything outside 1 to 7. As encoding/json
// expects, null leaves l unchanged.
func (l *Level) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) > 0 && data[0] == '"' {
		// A JSON string; its escapes are Go's but for \/. (No need for
		// encoding/json, whose init every importer of a skill would pay.)
		s, err := strconv.Unquote(strings.ReplaceAll(string(data), `\/`, "/"))
		if err != nil {
			return fmt.Errorf("sfia: invalid level %s: want a number from 1 to 7", data)
		}
		return l.UnmarshalText([]byte(s))
	}
	return l.UnmarshalText(data)
}

// ParseLevel reads a level from its number ("4") or its String form
// ("Level 4"), ignoring surrounding white space. It rejects anything
// else: a number outside 1 to 7, a sign, leading zeros.
func ParseLevel(s string) (Level, error) {
	t := strings.TrimPrefix(strings.TrimSpace(s), "Level ")
	if len(t) != 1 || t[0] < '1' || t[0] > '7' {
		return 0, fmt.Errorf("sfia: invalid level %q: want a number from 1 to 7", s)
	}
	return Level(t[0] - '0'), nil
}
