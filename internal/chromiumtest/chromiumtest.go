// Package chromiumtest holds what the browser tests of package jobdesc
// and of examples/jobdesc-web share about running headless Chromium:
// finding it (Path), the flags of a quiet headless run (Args), and
// starting it again when it crashes (Retry, CrashError).
package chromiumtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Path returns the path of Chromium: $CHROMIUM where set, else the first
// of chromium, chromium-browser and google-chrome on $PATH. Where there
// is none it skips t, but fails it in CI ($CI set), which always has it
// (.ci/run installs Debian's chromium package).
func Path(t testing.TB) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI must have Chromium (Debian's chromium package, which .ci/run installs)")
	}
	t.Skip("skipped: no Chromium on this machine (apt-get install chromium); CI always runs it")
	return ""
}

// Args returns the flags of a headless run of Chromium with profile
// folder profile and no network traffic of its own, followed by extra.
func Args(profile string, extra ...string) []string {
	return append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + profile}, extra...)
}

// A CrashError says that Chromium ended on a signal.
type CrashError struct{ Err error }

// Error says Chromium crashed, and how it ended.
func (e *CrashError) Error() string { return "chromium crashed: " + e.Err.Error() }

// Unwrap returns how Chromium ended.
func (e *CrashError) Unwrap() error { return e.Err }

// Crash returns a *CrashError for err, what waiting for Chromium
// returned, where Chromium ended on a signal and ctx, the context it ran
// under, is not done (a kill at a deadline is no crash); nil otherwise.
func Crash(ctx context.Context, err error) error {
	var exit *exec.ExitError
	if errors.As(err, &exit) && !exit.Exited() && ctx.Err() == nil {
		return &CrashError{err}
	}
	return nil
}

// Tries is how many times Retry runs Chromium at most.
const Tries = 3

// Retry calls run with a new profile folder under dir until it returns
// nil. A run that fails with a *CrashError (a segmentation fault was seen
// once in some dozens of runs, on a loaded machine) is tried again, up
// to Tries times in all; any other failure fails t at once.
func Retry(t testing.TB, dir string, run func(profile string) error) {
	t.Helper()
	for try := 1; ; try++ {
		err := run(filepath.Join(dir, fmt.Sprintf("profile%d", try)))
		if err == nil {
			return
		}
		var crash *CrashError
		if !errors.As(err, &crash) || try == Tries {
			t.Fatalf("chromium (try %d): %v", try, err)
		}
		t.Logf("chromium crashed (try %d): %v; starting it again", try, err)
	}
}
