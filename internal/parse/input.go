package parse

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// DefaultMaxInputSize is the most bytes the reader takes of one input
// (the manifest, a profile, a page copy, a workbook or a CSV file) unless
// told otherwise: far above the official downloads (a few megabytes) and
// any page copy, and small enough that a wrong file (a disk image, a
// video, /dev/zero) stops the generator at once instead of filling the
// machine's memory.
const DefaultMaxInputSize = 64 << 20

// Options change how Dir reads a seeds folder.
type Options struct {
	// MaxInputSize is the most bytes one input may have; 0 means
	// DefaultMaxInputSize. It is checked before the file is read, and
	// the read stops there too (a file that grows meanwhile).
	MaxInputSize int64
	// Explain, if set, is called for each page copy with how the page
	// reader used each of its lines (see Explain), before the copy's
	// error if it has one.
	Explain func(file string, lines []Explained)
	// Table, if set, is called for each table input (kind "csv" or
	// "xlsx"), before it is parsed, in the manifest's order among the
	// calls of Explain.
	Table func(file, kind string)
}

func (o Options) maxInputSize() int64 {
	if o.MaxInputSize > 0 {
		return o.MaxInputSize
	}
	return DefaultMaxInputSize
}

// readInput reads the file name of fsys, an input of the seeds folder,
// as display names it in errors. Only a regular file is read: not a
// folder, a named pipe (whose read would block), a device or a socket.
// A file larger than limit is refused before it is read. Symbolic links
// are followed as fsys follows them: the generator hands Dir an os.Root's
// file system, which refuses a link that leads out of the seeds folder.
// A missing file gives an error that wraps fs.ErrNotExist.
func readInput(fsys fs.FS, name, display string, limit int64) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: expected a file inside the seeds folder, found one that cannot be read there: %w", display, unwrapPath(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: expected a regular file, found %s", display, modeName(fi.Mode()))
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%s: expected an input of at most %d bytes (gen -max-input-size), found %d bytes", display, limit, fi.Size())
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: expected a readable file: %w", display, unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading: %w", display, unwrapPath(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: expected an input of at most %d bytes (gen -max-input-size), found more (it grew while being read)", display, limit)
	}
	return data, nil
}

// modeName says what kind of file a mode is, for an error message.
func modeName(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file (" + m.Type().String() + ")"
}
