// Package fileerr says in plain words, in both languages, why a file could
// not be read or written: the operating system's English ("mkdir
// /proc/nope: no such file or directory") never reaches a person.
package fileerr

import (
	"errors"
	"io/fs"
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
	case errors.Is(err, fs.ErrNotExist):
		return lang.Errorf("找不到文件夹 %s", "the folder %s does not exist", lang.Clean(p))
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
	case errors.Is(err, fs.ErrNotExist):
		return lang.Errorf("找不到文件 %s", "the file %s does not exist", lang.Clean(p))
	case errors.Is(err, fs.ErrPermission):
		return lang.Errorf("没有权限读取 %s", "no permission to read %s", lang.Clean(p))
	}
	return lang.Errorf("无法读取 %s", "cannot read %s", lang.Clean(p))
}
