package jobdesc

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of the documents
// WriteJSON writes: schema/v1.json in this package's folder.
//
//go:embed schema/v1.json
var JSONSchema []byte
