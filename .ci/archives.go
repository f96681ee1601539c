// Command archives lists the entries of .tar.gz and .zip files for
// .ci/package, one line each: the archive's base name, a tab, the entry's
// mode, a tab, its time (UTC), a tab, its name. It uses only the standard
// library, so the names come out as UTF-8 whatever the locale.
//
//	go run .ci/archives.go dist/*.tar.gz dist/*.zip
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	for _, path := range os.Args[1:] {
		if err := list(path, os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "archives: %s: %v\n", path, err)
			os.Exit(1)
		}
	}
}

func list(path string, w io.Writer) error {
	base := filepath.Base(path)
	line := func(mode os.FileMode, t time.Time, name string) {
		fmt.Fprintf(w, "%s\t%v\t%s\t%s\n", base, mode, t.UTC().Format(time.RFC3339), name)
	}
	if strings.HasSuffix(path, ".zip") {
		r, err := zip.OpenReader(path)
		if err != nil {
			return err
		}
		defer r.Close()
		for _, f := range r.File {
			line(f.Mode(), f.Modified, f.Name)
		}
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		line(h.FileInfo().Mode(), h.ModTime, h.Name)
	}
}
