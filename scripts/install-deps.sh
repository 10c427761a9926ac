#!/bin/sh
# Installs everything Postier needs to build, test and demo on Debian 12 / Ubuntu.
# Idempotent: when every package is present it only checks (dpkg-query) and exits. It runs
# `apt-get update` only when something is missing. As root it calls apt-get directly, otherwise
# through sudo.
#
#   scripts/install-deps.sh            install what is missing
#   scripts/install-deps.sh --check    list what is missing; exit 1 if anything is
set -eu

PACKAGES="
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
libvmime-dev qtkeychain-qt6-dev
dovecot-imapd dovecot-pop3d dovecot-lmtpd dovecot-managesieved dovecot-sieve dovecot-submissiond
python3 python3-aiosmtpd
dbus gnome-keyring xvfb xauth imagemagick fonts-noto-color-emoji
isync
ccache ninja-build cmake g++ pkg-config libgl-dev openssl
"

# One dpkg-query for all: "<name> <status>" for the known ones; unknown names go to stderr.
# shellcheck disable=SC2086
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $PACKAGES 2>/dev/null |
            awk '$2 ~ /^ii/ { print $1 }' || true)
missing=""
count=0
for p in $PACKAGES; do
    count=$((count + 1))
    if ! printf '%s\n' "$installed" | grep -qx "$p"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all $count packages are installed."
    exit 0
fi

echo "install-deps: missing:$missing"
if [ "${1:-}" = "--check" ]; then
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: not root and no sudo: install the packages above as root." >&2
    exit 1
fi

# Debian's policy-rc.d keeps the system dovecot from starting in containers; on a desktop the
# packages start a system dovecot, which the tests never use (they run their own instances).
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
echo "install-deps: done."
