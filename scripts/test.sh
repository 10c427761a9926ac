#!/usr/bin/env bash
# Installs what is missing, builds Postier and runs every test (unit, scripted and integration
# against a real dovecot started by the tests themselves), then prints the result.
#   scripts/test.sh            # Debug build in build/dev
#   PRESET=asan scripts/test.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# ccache: paths relative to the checkout, so clones elsewhere reuse the same cache entries.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
preset="${PRESET:-dev}"

bash scripts/install-deps.sh

jobs="$(nproc 2>/dev/null || echo 2)"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

# QtKeychain needs a Secret Service. Without a desktop session, run the tests inside a private
# D-Bus session with an unlocked gnome-keyring (TESTING.md: an empty password or no --daemonize
# hangs). Everything lives in a temporary HOME so the user's own keyring is never touched.
export QT_QPA_PLATFORM=offscreen
tmp="$(mktemp -d /tmp/postier-test.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/xdg"
chmod 700 "$tmp/xdg"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/xdg" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"

ctest_args=(--preset "$preset" --output-on-failure -j "$jobs" --timeout 600)
dbus-run-session -- bash -c '
  printf "postier-test-keyring" | gnome-keyring-daemon --unlock --daemonize --components=secrets >/dev/null
  ctest "$@"
' bash "${ctest_args[@]}"
