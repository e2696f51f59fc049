//go:build unix

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// lockOutput takes the lock of the output folder out, so that two
// generators never write one output tree at once, and returns the
// function that releases it. The lock is an flock(2) on a file in the
// system's temporary folder named after out's absolute path (nothing is
// left in the user's tree): the system releases it when the process
// ends, however it ends (kill -9 included), so no stale lock can stop a
// later run. A second generator on the same folder fails at once, naming
// the process that holds it.
func lockOutput(out string) (unlock func(), err error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(abs))
	name := filepath.Join(os.TempDir(), "sfiakit-gen-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("%s: expected to create the generator's lock file for %s: %w", name, out, errors.Unwrap(err))
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(name)
		f.Close()
		who := "another generator"
		if pid := strings.TrimSpace(string(holder)); pid != "" {
			who += " (process " + pid + ")"
		}
		return nil, fmt.Errorf("%s: expected no other generator writing this output folder, found %s (lock file %s); run one at a time", out, who, name)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() {
		// The file stays: removing it would let a third generator lock a
		// new file while a second one waits on the old one.
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
