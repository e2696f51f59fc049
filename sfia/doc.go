// Package sfia holds what the Skills Framework for the Information Age
// says of every skill alike, and the types in which every generated
// skill package answers: the seven levels of responsibility, the
// framework's versions, the Text value that carries a text with its
// language, SFIA version and source, and the Skill, Translation and
// Framework that tools handle skills through without naming each package.
//
// Package sfia knows no skill and holds no text from any input. Skill
// packages such as github.com/sfiakit/sfiakit/csmg, and the registry
// beside them, are generated from seed texts by the command
// github.com/sfiakit/sfiakit/gen, in this module or in yours; they
// stand on this package and on its runtime, package
// github.com/sfiakit/sfiakit/sfia/sfiaimpl.
//
// SFIA content is copyright of the SFIA Foundation. The English guiding
// words of the levels (Level.GuidingWords) are information from the
// Skills Framework for the Information Age, used with the permission of
// the SFIA Foundation; they are not a definitive or authoritative version
// of SFIA.
package sfia
