package kiosk

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// hostKey loads the ed25519 host key at path, or creates it: the file with
// mode 0600, its folder (only when missing) with 0700. An existing folder is
// left as it is. It returns the private key PEM and the SHA256 fingerprint.
func hostKey(path string) (pemBytes []byte, fingerprint string, created bool, err error) {
	pemBytes, err = os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		pemBytes, err = newHostKey(path)
		created = true
	}
	if err != nil {
		return nil, "", false, fmt.Errorf("主机密钥 %s / host key %s: %w", path, path, err)
	}
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
		return nil, "", false, fmt.Errorf("主机密钥 %s 的权限太宽（%v），请改为 0600 / host key %s is readable by others (%v); chmod 600 it",
			path, st.Mode().Perm(), path, st.Mode().Perm())
	}
	signer, err := gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return nil, "", false, fmt.Errorf("主机密钥 %s 无法读取 / host key %s cannot be read: %w", path, path, err)
	}
	return pemBytes, gossh.FingerprintSHA256(signer.PublicKey()), created, nil
}

// newHostKey writes a fresh ed25519 key to path, refusing to overwrite.
func newHostKey(path string) ([]byte, error) {
	if dir := filepath.Dir(path); dir != "" {
		if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return nil, err
			}
		}
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "yibao host key")
	if err != nil {
		return nil, err
	}
	b := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, err
	}
	return b, f.Close()
}
