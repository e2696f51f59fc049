package sfia

import "golang.org/x/text/language"

// A Text is a piece of SFIA text together with where it comes from: its
// language, the SFIA version it belongs to, and the seed file it was
// generated from. Skill packages return Texts where a caller needs to know
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
	// Source is the seed file Value was generated from, relative to the
	// module root ("seeds/000_f93c0a31eadc8278.txt").
	Source string
}

// String returns t.Value.
func (t Text) String() string { return t.Value }
