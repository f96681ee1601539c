//go:build !unix

package observe

import "os"

// lock is a no-op where flock is missing (Windows): the sessions of one
// kiosk still take turns inside File, and each record is one append.
func lock(*os.File) error { return nil }

func unlock(*os.File) {}
