#!/bin/sh
# Writes the man page and the shell completions into packaging/generated/
# from the commands' own declarations (`yibao man`, `yibao completion
# SHELL`), so the packages never carry stale ones. GoReleaser runs it as a
# before-hook; it fails when a command fails or prints nothing.
#
# YIBAO_DOCS_PLACEHOLDER=1 writes a marked placeholder instead where the
# binary lacks those commands, for trying the packaging on a tree that has
# none yet. Release builds and CI never set it.
set -eu
cd "$(dirname "$0")/.."
out=packaging/generated
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf "$out"
mkdir -p "$out/completions"
go build -o "$tmp/yibao" .

# gen FILE ARGS...: yibao ARGS > FILE, or the placeholder.
gen() {
	file=$1
	shift
	if "$tmp/yibao" "$@" </dev/null >"$tmp/out" 2>"$tmp/err" && [ -s "$tmp/out" ]; then
		mv "$tmp/out" "$file"
		return
	fi
	if [ "${YIBAO_DOCS_PLACEHOLDER:-}" != 1 ]; then
		echo "packaging/generate.sh: yibao $* failed:" >&2
		cat "$tmp/err" >&2
		exit 1
	fi
	echo "packaging/generate.sh: yibao $* failed; writing a placeholder (YIBAO_DOCS_PLACEHOLDER=1)" >&2
	case $1 in
	man) printf '.TH YIBAO 1\n.SH NAME\nyibao \\- placeholder: this build has no man command\n' >"$file" ;;
	*) printf '# placeholder: this build has no completion command\n' >"$file" ;;
	esac
}

gen "$out/yibao.1" man
gzip -n -9 "$out/yibao.1"
gen "$out/completions/yibao.bash" completion bash
gen "$out/completions/_yibao" completion zsh
gen "$out/completions/yibao.fish" completion fish
