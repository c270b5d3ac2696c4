#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with gnome-keyring-daemon unlocked, so tests talk to a
# real Secret Service, and with a throw-away HOME so nothing touches the user's keyring or files.
#   tests/with-keyring.sh ctest --test-dir build/dev
set -euo pipefail

if [ -z "${KEYWAY_KEYRING_SESSION:-}" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/keyway-test-home.XXXXXX")
    export KEYWAY_KEYRING_SESSION=1 HOME="$home"
    export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
    export XDG_RUNTIME_DIR="$home/.run"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    rm -rf "$home"
    exit "$status"
fi

# Inside the private bus: create and unlock a login keyring with a throw-away password. The daemon claims
# org.freedesktop.secrets on this bus only.
eval "$(printf 'keyway-test' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
cleanup() { [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true; }
trap cleanup EXIT
"$@"
