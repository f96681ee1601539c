#!/bin/sh
# Before yibao is removed (deb: remove; rpm: %preun with 0 when the last
# version goes; an upgrade passes upgrade or 1 and keeps the kiosk running).
set -e
case "$1" in
remove | 0)
	if [ -d /run/systemd/system ]; then
		systemctl disable --now yibao.service >/dev/null 2>&1 || true
	fi
	;;
esac
exit 0
