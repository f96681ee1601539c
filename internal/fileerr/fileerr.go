// Package fileerr says in plain words, in both languages, why a file could
// not be read or written: the operating system's English ("mkdir
// /proc/nope: no such file or directory") never reaches a person. Paths
// are escaped and a long one cut in the middle (lang.Clean).
package fileerr

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"yibao/data/lang"
)

// Full reports whether a write failed for want of disk space.
func Full(err error) bool { return errors.Is(err, syscall.ENOSPC) }

// Write explains why p could not be written; nil for nil.
func Write(p string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrPermission):
		return lang.Errorf("没有权限写入 %s", "no permission to write %s", lang.Clean(p))
	case errors.Is(err, syscall.EROFS):
		return lang.Errorf("%s 在只读的磁盘上，没有写入", "%s is on a read-only disk and was not written", lang.Clean(p))
	case errors.Is(err, syscall.EISDIR):
		return Folder(p)
	case errors.Is(err, fs.ErrNotExist):
		if dir, ok := MissingFolder(p); ok {
			return lang.Errorf("找不到文件夹 %s，%s 没有写入", "the folder %s does not exist; %s was not written", lang.Clean(dir), lang.Clean(filepath.Base(p)))
		}
	case Full(err):
		return lang.Errorf("磁盘已满，%s 没有写入", "the disk is full; %s was not written", lang.Clean(p))
	}
	return lang.Errorf("无法写入 %s", "cannot write %s", lang.Clean(p))
}

// Read explains why p could not be read; nil for nil.
func Read(p string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.EISDIR):
		return Folder(p)
	case errors.Is(err, fs.ErrNotExist):
		if dir, ok := MissingFolder(p); ok {
			return lang.Errorf("找不到文件夹 %s", "the folder %s does not exist", lang.Clean(dir))
		}
		return lang.Errorf("找不到文件 %s", "the file %s does not exist", lang.Clean(p))
	case errors.Is(err, fs.ErrPermission):
		return lang.Errorf("没有权限读取 %s", "no permission to read %s", lang.Clean(p))
	}
	return lang.Errorf("无法读取 %s", "cannot read %s", lang.Clean(p))
}

// Folder says that p, given where a file is wanted, is a folder.
func Folder(p string) error {
	return lang.Errorf("%s 是文件夹，这里要一个文件", "%s is a folder; a file is needed here", lang.Clean(p))
}

// NotRegular says that p is not a plain file: a folder, or a device, a
// pipe or the like, named as what it is.
func NotRegular(p string, mode fs.FileMode) error {
	if mode.IsDir() {
		return Folder(p)
	}
	return lang.Errorf("%s 不是普通文件（是设备、管道之类），这里要一个文件", "%s is not a regular file (a device, a pipe or the like); a file is needed here", lang.Clean(p))
}

// MissingFolder is the first folder on the way to p that does not exist
// (the one to create first); ok is false when p's own folder exists.
func MissingFolder(p string) (dir string, ok bool) {
	missing := p
	for dir := filepath.Dir(p); dir != missing; dir = filepath.Dir(dir) {
		if _, err := os.Stat(dir); err == nil {
			break
		}
		missing = dir
	}
	return missing, missing != p
}
