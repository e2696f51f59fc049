module github.com/sfiakit/sfiakit

go 1.26.8

require (
	github.com/dave/jennifer v1.7.1
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.43.0
)
