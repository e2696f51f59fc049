package sfia

import "golang.org/x/text/language"

// A Text is a piece of SFIA text together with where it comes from: its
// language, the SFIA version it belongs to, and the seed file it was
// generated from. Generated skill packages return Texts where a caller needs to know
// which language and version it got, for instance after a language
// fallback.
type Text struct {
	// Value is the text itself, NFC-normalised, as in the seed.
	Value string
	// Language is the language of Value: one of the languages the seeds
	// give, not the tag the caller asked for.
	Language language.Tag
	// Version is the SFIA version Value comes from.
	Version Version
	// Source is the input file Value was generated from, a slash path
	// from the root of the module the generated package is in
	// ("seeds/000_f93c0a31eadc8278.txt").
	Source string
}

// String returns t.Value.
func (t Text) String() string { return t.Value }
