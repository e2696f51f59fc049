// Package sfiakit is a Go SDK for SFIA, the Skills Framework for the
// Information Age: SFIA skill texts as typed, tested, offline Go values.
//
// The module is laid out in one direction:
//
//	seeds/            seed texts as received, a MANIFEST (skill, language,
//	                  SFIA version of each) and language profiles
//	internal/parse    reads them into one typed model (internal/model)
//	gen/              the generator command: writes that model out as
//	                  data-only Go packages, here or in your own module
//	sfia/             levels, versions, texts, Skill and Framework; knows
//	                  no skill and holds no input text
//	sfia/sfiaimpl     the runtime the generated packages stand on
//	csmg/             a generated skill package
//	skills/           the generated registry and framework texts
//
// Most programs import a skill package and package sfia:
//
//	import (
//		"github.com/sfiakit/sfiakit/csmg"
//		"golang.org/x/text/language"
//	)
//
//	csmg.Level(4).Description(language.Italian)
//
// Regenerate everything after changing the seeds with
//
//	go generate ./...
//
// A module of your own generates its skills with the same command,
// github.com/sfiakit/sfiakit/gen, as a go tool; see README.md, "Generate
// skills in your own module".
//
// SFIA content is copyright of the SFIA Foundation, and the trade mark SFIA
// is protected. This module contains information from the Skills Framework
// for the Information Age with the permission of the SFIA Foundation; it is
// not a definitive or authoritative version of SFIA. See README.md for the
// licence terms of the SFIA content and of the code.
package sfiakit

//go:generate go run ./gen -seeds seeds -out .
