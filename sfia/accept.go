package sfia

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"golang.org/x/text/language"
)

// Limits of AcceptLanguageCache.Parse. A header beyond either limit is
// refused with ErrAcceptLanguageTooLarge before it is parsed; browsers
// send a few dozen bytes and a handful of languages.
const (
	// MaxAcceptLanguageLen is the longest header Parse takes, in bytes.
	MaxAcceptLanguageLen = 4096
	// MaxAcceptLanguageEntries is the most comma-separated entries
	// (language ranges, empty ones included) Parse takes in a header.
	MaxAcceptLanguageEntries = 64
	// MaxPreferences is the most languages a Preferences holds: the
	// first MaxPreferences of a header's languages, most preferred first.
	MaxPreferences = 8
)

// defaultAcceptLanguageCacheSize is the number of headers a zero
// AcceptLanguageCache holds at most.
const defaultAcceptLanguageCacheSize = 1024

// maxAcceptLanguageCacheSize bounds the size NewAcceptLanguageCache takes.
const maxAcceptLanguageCacheSize = 1 << 20

// maxCachedLen is the longest header an AcceptLanguageCache keeps, in
// bytes: a longer one (up to MaxAcceptLanguageLen) is parsed on every
// call, so that the cache's memory is bounded by its size times about
// this much.
const maxCachedLen = 512

// ErrAcceptLanguageTooLarge is the error AcceptLanguageCache.Parse
// returns, or one that errors.Is reports as it, for a header longer than
// MaxAcceptLanguageLen bytes or with more than MaxAcceptLanguageEntries
// entries.
var ErrAcceptLanguageTooLarge error = acceptLimitError("sfia: Accept-Language header too large")

// The errors Parse returns for headers beyond its limits. Their values
// are constants, so that refusing a header allocates nothing and the
// package has no init.
var (
	errAcceptLanguageTooLong error = acceptLimitError("sfia: Accept-Language header longer than 4096 bytes")
	errAcceptLanguageTooMany error = acceptLimitError("sfia: Accept-Language header with more than 64 entries")
)

// An acceptLimitError is the error for a header beyond a limit of Parse.
type acceptLimitError string

// Error returns the limit's message.
func (e acceptLimitError) Error() string { return string(e) }

// Is reports whether target is ErrAcceptLanguageTooLarge, as every
// acceptLimitError is.
func (e acceptLimitError) Is(target error) bool { return target == ErrAcceptLanguageTooLarge }

// An acceptError is an error of Parse that wraps another.
type acceptError struct {
	msg string
	err error
}

// Error returns the message, which includes x/text's.
func (e *acceptError) Error() string { return e.msg }

// Unwrap returns x/text's error.
func (e *acceptError) Unwrap() error { return e.err }

// Preferences is the list of languages of an Accept-Language header, most
// preferred first, as language.ParseAcceptLanguage orders them: by
// quality, in header order among equal qualities, without those of
// quality 0. It holds at most MaxPreferences languages, the first ones;
// a header's further languages are dropped.
//
// A Preferences is a value: its languages are the holder's own copy, and
// changing them changes nothing in the AcceptLanguageCache it came from.
// Its zero value holds no language (no preference).
type Preferences struct {
	n    uint8
	tags [MaxPreferences]language.Tag
}

// Tags returns the languages, most preferred first, for the variadic
// lookups of the generated packages:
//
//	prefs, err := cache.Parse(header)
//	t, ok := csmg.Level(4).Text(prefs.Tags()...)
//
// The slice shares p's memory (no allocation): it is valid as long as p
// is, and writing to it changes p and nothing else.
func (p *Preferences) Tags() []language.Tag { return p.tags[:p.n:p.n] }

// An AcceptLanguageCache parses Accept-Language headers and remembers the
// answers, so that a server that sees the same headers again (a few
// browsers' defaults make most requests) parses each once: a header it
// holds is answered in a few tens of nanoseconds without allocating,
// where language.ParseAcceptLanguage takes microseconds and about 20
// allocations.
//
// It holds at most its size in headers (1024 for the zero value; see
// NewAcceptLanguageCache), each in one of the two slots its hash picks
// (hash/maphash, with a random seed of its own): a new header takes an
// empty one of the two, or replaces the header in one of them. Two
// headers that hash to one pair of slots both stay, so that two popular
// headers do not evict each other on every request. It keeps the answer for a header of up
// to 512 bytes, an error included, and none for a header it refuses for
// its size; a longer header is parsed on every call. So its memory stays
// bounded whatever headers clients send: at most about 2 KB a slot (2 MB
// at the default size), a few hundred bytes a slot for browsers' headers.
// It holds immutable answers and hands out copies, so that nothing a
// caller does with an answer changes the cache.
//
// An AcceptLanguageCache is safe for concurrent use, without locks. Its
// zero value is ready to use and builds its table on first use. It must
// not be copied after first use.
type AcceptLanguageCache struct {
	size  int
	table atomic.Pointer[acceptTable]
}

// acceptTable is a two-way set-associative table: a header's hash picks
// a pair of slots, i and i^1.
type acceptTable struct {
	seed  maphash.Seed
	mask  uint64
	slots []atomic.Pointer[acceptEntry]
}

// An acceptEntry is a header with its answer. It is never changed once
// stored in a slot.
type acceptEntry struct {
	header string
	prefs  Preferences
	err    error
}

// NewAcceptLanguageCache returns a cache that holds at most size headers,
// size rounded up to a power of two and at most 1<<20; size < 1 gives
// the zero value's size, 1024.
func NewAcceptLanguageCache(size int) *AcceptLanguageCache {
	c := &AcceptLanguageCache{size: size}
	c.load()
	return c
}

// load returns the cache's table, making it on first use.
func (c *AcceptLanguageCache) load() *acceptTable {
	if t := c.table.Load(); t != nil {
		return t
	}
	n := c.size
	if n < 1 {
		n = defaultAcceptLanguageCacheSize
	}
	n = min(n, maxAcceptLanguageCacheSize)
	size := 1
	for size < n {
		size <<= 1
	}
	t := &acceptTable{
		seed:  maphash.MakeSeed(),
		mask:  uint64(size - 1),
		slots: make([]atomic.Pointer[acceptEntry], size),
	}
	if c.table.CompareAndSwap(nil, t) {
		return t
	}
	return c.table.Load()
}

// Parse returns the languages of an Accept-Language header, most
// preferred first, as language.ParseAcceptLanguage gives them (up to
// MaxPreferences of them), and remembers the answer.
//
// An empty header is no preference: no languages and no error. A header
// longer than MaxAcceptLanguageLen bytes or with more than
// MaxAcceptLanguageEntries entries gives no languages and an error that
// errors.Is reports as ErrAcceptLanguageTooLarge; one that
// language.ParseAcceptLanguage rejects gives no languages and an error
// that wraps its error. Parse never panics.
func (c *AcceptLanguageCache) Parse(header string) (prefs Preferences, err error) {
	// Small enough to inline, so that the answer is copied once, from
	// the cache into the caller's variable.
	err = c.parse(&prefs, header)
	return prefs, err
}

// parse is Parse, writing the languages to p, which is zero.
func (c *AcceptLanguageCache) parse(p *Preferences, header string) error {
	if header == "" {
		return nil
	}
	if len(header) > MaxAcceptLanguageLen {
		return errAcceptLanguageTooLong
	}
	t := c.table.Load()
	if t == nil {
		t = c.load()
	}
	h := maphash.String(t.seed, header)
	i := h & t.mask
	slot, other := &t.slots[i], &t.slots[i^(t.mask&1)]
	if e := slot.Load(); e != nil && e.header == header {
		*p = e.prefs
		return e.err
	}
	if e := other.Load(); e != nil && e.header == header {
		*p = e.prefs
		return e.err
	}
	e := parseMiss(header)
	if e == nil {
		return errAcceptLanguageTooMany
	}
	if len(header) <= maxCachedLen {
		// A copy: header may share the memory of a larger string.
		e.header = strings.Clone(header)
		// An empty slot of the pair if there is one, else one of the two
		// by a bit of the hash the slot index does not use.
		switch {
		case slot.Load() == nil:
		case other.Load() == nil, h>>63 == 1:
			slot = other
		}
		slot.Store(e)
	}
	*p = e.prefs
	return e.err
}

// parseMiss parses a header that is not in the cache, or returns nil for
// one with too many entries.
func parseMiss(header string) *acceptEntry {
	if strings.Count(header, ",") >= MaxAcceptLanguageEntries {
		return nil
	}
	e := &acceptEntry{}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		e.err = &acceptError{msg: "sfia: invalid Accept-Language header: " + err.Error(), err: err}
	} else {
		e.prefs.n = uint8(copy(e.prefs.tags[:], tags))
	}
	return e
}
