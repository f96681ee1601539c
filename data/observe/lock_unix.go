//go:build unix

package observe

import (
	"os"
	"syscall"
)

// lock takes the file's exclusive lock, waiting for another process that
// holds it.
func lock(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }

func unlock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
