package parse

import (
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// shipped holds the language profiles the generator ships, one per
// language the project knows. A seeds folder needs a profile of its own
// only for another language, or to replace one of these.
//
//go:embed profiles/*.txt
var shipped embed.FS

// ShippedSource is how the model's Source fields name a profile the
// generator ships: this prefix, then TAG.txt. It names the file in this
// module, where a reader can open it.
const ShippedSource = "github.com/sfiakit/sfiakit/internal/parse/profiles/"

// ShippedProfiles returns the tags of the language profiles the generator
// ships, sorted.
func ShippedProfiles() []string {
	entries, _ := fs.ReadDir(shipped, "profiles")
	var tags []string
	for _, e := range entries {
		if tag, ok := strings.CutSuffix(e.Name(), ".txt"); ok {
			tags = append(tags, tag)
		}
	}
	slices.Sort(tags)
	return tags
}

// ShippedProfileText returns the text of the language profile the
// generator ships for tag, as the file holds it (gen -profile prints it,
// for a user to copy into a seeds folder's languages/TAG.txt and adapt),
// and whether it ships one. tag must be one of ShippedProfiles exactly.
func ShippedProfileText(tag string) ([]byte, bool) {
	if !slices.Contains(ShippedProfiles(), tag) {
		return nil, false // and no path: "../x", "profiles/it"
	}
	data, err := fs.ReadFile(shipped, path.Join("profiles", tag+".txt"))
	return data, err == nil
}

// ShippedProfile returns the profile the generator ships for tag, or
// nil where it ships none.
func ShippedProfile(tag string) *Profile {
	data, ok := ShippedProfileText(tag)
	if !ok {
		return nil
	}
	p, err := ParseProfile(ShippedSource+tag+".txt", data)
	if err != nil {
		panic("parse: a shipped profile does not parse: " + err.Error()) // TestShippedProfileText
	}
	p.Source = ShippedSource + tag + ".txt"
	return p
}
