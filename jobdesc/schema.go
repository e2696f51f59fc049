package jobdesc

import (
	"bytes"
	_ "embed"
)

// schemaV1 is schema/v1.json in this package's folder.
//
//go:embed schema/v1.json
var schemaV1 []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the documents
// WriteJSON writes: schema/v1.json in this package's folder. It returns a
// new copy on every call: a caller that changes it changes nothing else.
func JSONSchema() []byte { return bytes.Clone(schemaV1) }
