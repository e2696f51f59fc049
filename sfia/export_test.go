package sfia

// AcceptLanguageCacheStats reports how many slots c has, how many of them
// hold a header, and the bytes of the headers they hold, for the tests of
// its bound.
func AcceptLanguageCacheStats(c *AcceptLanguageCache) (slots, entries, headerBytes int) {
	t := c.load()
	for i := range t.slots {
		if e := t.slots[i].Load(); e != nil {
			entries++
			headerBytes += len(e.header)
		}
	}
	return len(t.slots), entries, headerBytes
}

// MaxCachedAcceptLanguageLen is the longest header a cache keeps.
const MaxCachedAcceptLanguageLen = maxCachedLen
