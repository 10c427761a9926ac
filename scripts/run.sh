#!/usr/bin/env bash
# Installs what is missing, builds Postier and runs it. When no account is configured yet (or only
# the demo accounts), it starts a local demo mail server with two demo accounts first, so there is
# something to read right away. Nothing leaves this computer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# ccache: paths relative to the checkout, so clones elsewhere reuse the same cache entries.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc 2>/dev/null || echo 2)" --target postier postier-cli

cli="$here/build/dev/app/postier-cli"
gui="$here/build/dev/app/postier"

accounts="$("$cli" accounts list --json)"
if ! grep -q '"name"' <<<"$accounts" || grep -q '"Demo Anna"' <<<"$accounts"; then
  echo "Starting the local demo server (demo accounts: anna / anna-demo, ben / ben-demo)..."
  "$cli" demo
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && "$gui" --version >/dev/null 2>&1 && "$gui"; then
  exit 0
fi

# No window available (no display, or this build has none yet): a tour of the demo account on the
# command line, with the engines the window uses.
export POSTIER_PASSWORD="${POSTIER_PASSWORD:-anna-demo}"
echo
echo "== postier-cli folders \"Demo Anna\""
"$cli" folders "Demo Anna"
echo
echo "== postier-cli sync \"Demo Anna\" --folder INBOX"
"$cli" sync "Demo Anna" --folder INBOX
echo
echo "== postier-cli fetch \"Demo Anna\" --folder INBOX --uid 1 (first 20 lines)"
"$cli" fetch "Demo Anna" --folder INBOX --uid 1 | head -n 20
echo
echo "Try also: $cli send \"Demo Anna\" --from anna@demo.postier --to ben@demo.postier --subject Hi --body-file - <<<'Hello Ben'"
