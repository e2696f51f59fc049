package parse

import (
	"io/fs"
	"slices"
)

// ShippedProfileText returns the text of the language profile the
// generator ships for tag, as the file holds it (gen -profile prints it,
// for a user to copy into a seeds folder's languages/TAG.txt and adapt),
// and whether it ships one. tag must be one of ShippedProfiles exactly.
func ShippedProfileText(tag string) ([]byte, bool) {
	if !slices.Contains(ShippedProfiles(), tag) {
		return nil, false
	}
	data, err := fs.ReadFile(shipped, "profiles/"+tag+".txt")
	if err != nil {
		return nil, false
	}
	return data, true
}
