// Package e2e holds the module's end-to-end test: it proves that another
// module can depend on github.com/sfiakit/sfiakit. The test writes a
// consumer module (example.com/consumer) in a temporary folder that
// requires this module through a replace directive, runs it with the go
// command, and checks what it prints against the seed files, read by line
// number without the SDK's parser.
//
// The package has no API; this file exists so that it has a non-test
// file. The test is skipped under go test -short.
package e2e
