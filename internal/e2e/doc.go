// Package e2e holds the module's end-to-end tests: they do what a user
// of github.com/sfiakit/sfiakit does in a module of their own, with the
// go command, as README's "Generate skills in your own module" says.
//
// Each test makes a temporary module, example.com/hr, that requires this
// checkout through a replace directive and adds the generator as a tool
// (go mod edit -tool and go mod tidy, standing in for go get -tool). It
// copies the repository's seeds/ into internal/sfiadata/seeds and
// generates them with go generate, go tool gen and go run; builds and
// vets the module; and runs programs that use the generated skills,
// their registry and jobdesc.
//
//   - TestGenerateInUserModule: the user's generated csmg answers exactly
//     as this repository's does, for every level, language, note and
//     version (sources aside, which name each module's seeds folder);
//     this repository's answers are the seed files' texts, read by line
//     number (internal/seedtest); the generated code imports only public
//     sfiakit packages and x/text; a program that uses it does not link
//     the generator's dependencies.
//
//   - TestGoRunGen: go run of the generator writes the same bytes as go
//     tool gen.
//
//   - TestAddSkillAndLanguage: a made-up skill in two made-up languages
//     (internal/synth), with a code, languages and file names the seeds
//     do not use, whatever skills and languages they hold, added to the
//     user's seeds, generated, built, vetted and used, then removed
//     again; what the registry must list follows from the manifest.
//
//   - TestAddSkillToThisRepository: the same skill added to this
//     repository's own seeds, in a copy of the files that generating and
//     building need, generated with the root's go:generate line.
//
//   - TestChooseMadeUp and TestMadeUpAdd: the made-up skill avoids the
//     codes, languages, profiles and files a seeds folder already has,
//     and adding it overwrites no file but the manifest.
//
//   - TestOfficialDownloadsInUserModule: a seeds folder of made-up official
//     downloads only (an SFIA 8 workbook, SFIA 9 skills, attributes and
//     levels CSVs in en, SFIA 9 skills in en-US), generated, built,
//     vetted and asked everything: every skill's levels, texts, flags and
//     cells, both versions pinned, en and en-US apart, the essences and
//     attributes, jobdesc with level information; a level indicator that
//     disagrees with its cell stops go generate, naming the cell.
//
// The package has no API; this file exists so that it has a non-test
// file. The tests that run the go command are skipped under go test
// -short.
package e2e
