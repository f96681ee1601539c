package main

import (
	"errors"
	"syscall"
)

// isFull reports whether a write failed for want of disk space.
func isFull(err error) bool { return errors.Is(err, syscall.ENOSPC) }
