// Package sfia holds what the Skills Framework for the Information Age
// says of every skill alike: the seven levels of responsibility, the
// framework's versions, and the Text value in which every skill package
// returns its texts together with their language, SFIA version and source.
//
// Package sfia knows no skill. Skill packages such as
// github.com/sfiakit/sfiakit/csmg are generated from seed texts and stand
// on it.
//
// The framework texts that the seed pages show beside skill text (the
// levels' guiding words and essences in the seeds' languages, and the
// site's note on why a skill is not defined at every level) are read from
// framework_gen.go, which the generator writes from the same seeds. Every
// other file here is hand-written.
//
// SFIA content is copyright of the SFIA Foundation. This package contains
// information from the Skills Framework for the Information Age with the
// permission of the SFIA Foundation; it is not a definitive or
// authoritative version of SFIA.
package sfia
