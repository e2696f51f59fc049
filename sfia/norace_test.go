//go:build !race

package sfia_test

// raceEnabled is true under the race detector, which makes tests with
// many iterations ten times slower.
const raceEnabled = false
