package records

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"yibao/data/lang"
)

// EnvVar names the store in the environment, so that a PostgreSQL
// password never shows in a process list.
const EnvVar = "YIBAO_RECORDS"

// TargetFromEnv is the store named by YIBAO_RECORDS in env ("KEY=value"
// entries, as os.Environ gives them), or "".
func TargetFromEnv(env []string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], EnvVar+"="); ok {
			return v
		}
	}
	return ""
}

// IsPostgres reports whether a target is a PostgreSQL URL rather than a
// file path.
func IsPostgres(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// DefaultPath is the SQLite file the advisor and observe use when no
// store is named: records.db in yibao's folder of the user's data folder
// ($XDG_DATA_HOME or ~/.local/share on Linux and the BSDs,
// ~/Library/Application Support on macOS, %AppData% on Windows).
func DefaultPath(env []string) (string, error) {
	get := func(k string) string {
		for i := len(env) - 1; i >= 0; i-- {
			if v, ok := strings.CutPrefix(env[i], k+"="); ok {
				return v
			}
		}
		return ""
	}
	var dir string
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		dir = d
	default:
		if dir = get("XDG_DATA_HOME"); !filepath.IsAbs(dir) {
			home := get("HOME")
			if home == "" {
				return "", &Error{Kind: BadTarget, Msg: lang.T("找不到用户的数据文件夹（没有设置 HOME）", "the user's data folder is unknown (HOME is not set)")}
			}
			dir = filepath.Join(home, ".local", "share")
		}
	}
	return filepath.Join(dir, "yibao", "records.db"), nil
}
