//go:build windows

package main

import "golang.org/x/sys/windows"

// cpUTF8 is the Windows code page number of UTF-8.
const cpUTF8 = 65001

// utf8Console switches the Windows console to UTF-8 for input and output:
// on Chinese Windows it starts in code page 936, and text typed with the
// input method would arrive as GBK bytes. It returns a function that puts
// the old code pages back.
func utf8Console() (restore func()) {
	in, errIn := windows.GetConsoleCP()
	out, errOut := windows.GetConsoleOutputCP()
	if errIn != nil || errOut != nil {
		return func() {}
	}
	_ = windows.SetConsoleCP(cpUTF8)
	_ = windows.SetConsoleOutputCP(cpUTF8)
	return func() {
		_ = windows.SetConsoleCP(in)
		_ = windows.SetConsoleOutputCP(out)
	}
}
