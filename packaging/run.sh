#!/usr/bin/env bash
# Installs what is missing, builds Keyway and opens its window. On a machine without a display it starts
# a virtual one (Xvfb) so the app still runs. Extra arguments go to keyway.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/deps.sh"
cmake --preset release -S "$root" >/dev/null
cmake --build --preset release
binary="$root/build/release/bin/keyway"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running Keyway under Xvfb (display :${KEYWAY_XVFB_DISPLAY:-99})." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$binary" "$@"
fi
exec "$binary" "$@"
