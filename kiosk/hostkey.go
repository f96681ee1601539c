package kiosk

import (
	"fmt"
	"os"

	"github.com/charmbracelet/keygen"
	gossh "golang.org/x/crypto/ssh"
)

// hostKey loads the ed25519 host key at path, creating it (mode 0600, its
// folder 0700) when missing, and returns its private key PEM and SHA256
// fingerprint.
func hostKey(path string) (pem []byte, fingerprint string, created bool, err error) {
	_, statErr := os.Stat(path)
	created = os.IsNotExist(statErr)
	kp, err := keygen.New(path, keygen.WithKeyType(keygen.Ed25519), keygen.WithWrite())
	if err != nil {
		return nil, "", false, fmt.Errorf("主机密钥 %s / host key %s: %w", path, path, err)
	}
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
		return nil, "", false, fmt.Errorf("主机密钥 %s 的权限太宽（%v），请改为 0600 / host key %s is readable by others (%v); chmod 600 it",
			path, st.Mode().Perm(), path, st.Mode().Perm())
	}
	return kp.RawPrivateKey(), gossh.FingerprintSHA256(kp.PublicKey()), created, nil
}
