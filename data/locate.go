package data

import (
	"strconv"
	"strings"
)

// locate finds the line a problem's key path points at, following TOML
// table headers: "rule[4](id).band[2].max_age" is the max_age key inside
// the second [[rule.band]] of the fourth [[rule]]. Indexes count from 1.
// It returns the deepest line it could find, or 0.
func locate(content []byte, keyPath string) int {
	lines := strings.Split(string(content), "\n")
	start, end := 0, len(lines)
	prefix, found := "", 0
	for _, seg := range strings.Split(keyPath, ".") {
		name, idx := splitSegment(seg)
		if name == "" {
			return found
		}
		full := prefix + name
		if idx > 0 {
			hit, n := -1, 0
			for i := start; i < end; i++ {
				if strings.TrimSpace(lines[i]) == "[["+full+"]]" {
					if n++; n == idx {
						hit = i
						break
					}
				}
			}
			if hit < 0 {
				return found
			}
			found, start = hit+1, hit+1
			for j := start; j < end; j++ {
				t := strings.TrimSpace(lines[j])
				if strings.HasPrefix(t, "[") && !strings.HasPrefix(strings.TrimLeft(t, "["), full+".") {
					end = j
					break
				}
			}
		} else {
			hit := -1
			for i := start; i < end; i++ {
				t := strings.TrimSpace(lines[i])
				if rest, ok := strings.CutPrefix(t, name); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
					hit = i
					break
				}
				if t == "["+full+"]" {
					hit = i
					break
				}
			}
			if hit < 0 {
				return found
			}
			found, start = hit+1, hit+1
			if !strings.HasPrefix(strings.TrimSpace(lines[hit]), "[") {
				return found
			}
		}
		prefix = full + "."
	}
	return found
}

// splitSegment splits "band[2](id)" into "band" and 2.
func splitSegment(seg string) (string, int) {
	if i := strings.IndexByte(seg, '('); i >= 0 {
		seg = seg[:i]
	}
	open := strings.IndexByte(seg, '[')
	if open < 0 {
		return seg, 0
	}
	n, err := strconv.Atoi(strings.TrimSuffix(seg[open+1:], "]"))
	if err != nil {
		return seg[:open], 0
	}
	return seg[:open], n
}
