//go:build !windows

package main

// utf8Console is needed on Windows only; terminals elsewhere take UTF-8
// from the locale.
func utf8Console() (restore func()) { return func() {} }
