// Package sfiaimpl is the runtime of the packages that sfiakit's
// generator (github.com/sfiakit/sfiakit/gen) writes: the table types they
// declare their texts in, the lookup engine that reads those tables, and
// the language matching behind every lookup.
//
// This package is for generated code only. Programs use the generated
// packages (csmg.Level(4).Description(tag), skills.Lookup("CSMG")) and
// the types of package sfia; they need not import this one, though they
// may name the types the generated functions return (SkillLevel).
//
// # Compatibility
//
// Compatibility here covers what keeps generated code working: a table
// written by a generator that this runtime supports (MinVersion to
// MaxVersion) keeps compiling and answering the same way. Names and
// fields that generated code does not use may change between releases.
// Generated code checks the fit at compile time, as protobuf's generated
// code does with protoimpl.EnforceVersion: each generated package
// declares
//
//	const (
//		_ = sfiaimpl.GeneratedCodeIsTooOld_RegenerateIt(3 - sfiaimpl.MinVersion)
//		_ = sfiaimpl.SfiakitIsTooOld_UpgradeIt(sfiaimpl.MaxVersion - 3)
//	)
//
// where 3 is the version its generator wrote (GenVersion). When the two
// do not fit, one of these constants is negative and the build fails
// with a message that names the type, and so says what to do: regenerate
// the packages with the gen of the sfiakit version in go.mod, or upgrade
// sfiakit in go.mod to the version whose gen wrote them.
//
// # Tables
//
// A generated skill package declares one Skill as a composite literal of
// constants: each text is its own string literal, statements are byte
// offsets into their paragraph, and translations are addressed by
// pointer. The compiler lays such a literal out as static data, so
// importing a generated package runs nothing at init and allocates
// nothing; language tags are parsed and the x/text matcher is built on
// the first lookup, once per table.
//
// Lookups answer for every argument without panicking (a level outside
// 1 to 7, a language no translation matches) and are safe for concurrent
// use.
package sfiaimpl

// GenVersion is the version of the generated code that the generator of
// this sfiakit writes. It changes when the table types change in a way
// that older runtimes cannot read. Version 1 had no level sets, attribute
// sets, per-level sources or rows (the fields marked GenVersion 2), and
// version 2 no revision notes (GenVersion 3); code of versions 1 and 2
// still compiles and answers the same, so MinVersion stays 1.
const GenVersion = 3

// MinVersion and MaxVersion are the oldest and the newest versions of
// generated code this runtime supports.
const (
	MinVersion = 1
	MaxVersion = GenVersion
)

// GeneratedCodeIsTooOld_RegenerateIt is the type through which generated
// code checks that it is not older than MinVersion: it converts its
// version minus MinVersion, which fails to compile when negative. Run the
// generator of the sfiakit version in go.mod again (go generate ./...).
type GeneratedCodeIsTooOld_RegenerateIt uint

// SfiakitIsTooOld_UpgradeIt is the type through which generated code
// checks that it is not newer than MaxVersion: it converts MaxVersion
// minus its version, which fails to compile when negative. Upgrade
// github.com/sfiakit/sfiakit in go.mod to the version whose generator
// wrote the code (go get github.com/sfiakit/sfiakit@latest).
type SfiakitIsTooOld_UpgradeIt uint
