#!/bin/sh
# After yibao is installed or upgraded (deb: configure; rpm: %post).
# Creates the service's user and tells systemd about the unit. A first
# install leaves the kiosk stopped: the admin starts it with
# `systemctl enable --now yibao` after reading /etc/default/yibao; an
# upgrade restarts a kiosk that runs.
set -e
if command -v systemd-sysusers >/dev/null 2>&1; then
	systemd-sysusers yibao.conf
elif ! getent passwd yibao >/dev/null 2>&1; then
	useradd --system --user-group --home-dir /var/lib/yibao --no-create-home \
		--shell /usr/sbin/nologin --comment "yibao SSH kiosk" yibao
fi
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload >/dev/null 2>&1 || true
	systemctl try-restart yibao.service >/dev/null 2>&1 || true
fi
exit 0
