package chromiumtest

import (
	"context"
	"errors"
	"os/exec"
	"slices"
	"testing"
)

func TestArgs(t *testing.T) {
	args := Args("/tmp/p", "--dump-dom", "file:///x")
	if !slices.Contains(args, "--headless") || !slices.Contains(args, "--user-data-dir=/tmp/p") {
		t.Errorf("Args = %q: want --headless and the profile", args)
	}
	if got := args[len(args)-2:]; !slices.Equal(got, []string{"--dump-dom", "file:///x"}) {
		t.Errorf("Args ends %q, want the extra flags last", got)
	}
}

func TestCrash(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	ctx := context.Background()
	exit1 := exec.Command("sh", "-c", "exit 1").Run()
	if err := Crash(ctx, exit1); err != nil {
		t.Errorf("Crash(exit 1) = %v, want nil", err)
	}
	signal := exec.Command("sh", "-c", "kill -SEGV $$").Run()
	var crash *CrashError
	if err := Crash(ctx, signal); !errors.As(err, &crash) {
		t.Errorf("Crash(SIGSEGV) = %v, want a *CrashError", err)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if err := Crash(done, signal); err != nil {
		t.Errorf("Crash(SIGSEGV, done context) = %v, want nil: a kill at a deadline is no crash", err)
	}
}

func TestRetry(t *testing.T) {
	var profiles []string
	Retry(t, "/d", func(profile string) error {
		profiles = append(profiles, profile)
		if len(profiles) < Tries {
			return &CrashError{errors.New("signal: segmentation fault")}
		}
		return nil
	})
	if want := []string{"/d/profile1", "/d/profile2", "/d/profile3"}; !slices.Equal(profiles, want) {
		t.Errorf("Retry ran with profiles %q, want %q", profiles, want)
	}
}
