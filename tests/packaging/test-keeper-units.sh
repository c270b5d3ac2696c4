#!/usr/bin/env bash
# Issue 23: `keyway keep-alive --install` / `--uninstall` on a machine with no systemd user manager, as in CI: the
# service and timer are written owner-only under $XDG_CONFIG_HOME/systemd/user, systemd-analyze verify accepts them
# (when it is installed), systemctl is told exactly what the README says (a stand-in records the calls), a missing
# or refusing systemctl is reported without failing the install, and uninstall removes both files.
# Usage: test-keeper-units.sh KEYWAY_BINARY
set -uo pipefail
keyway=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

export HOME=$work/home XDG_CONFIG_HOME=$work/config
mkdir -p "$HOME"
units=$XDG_CONFIG_HOME/systemd/user
service=$units/keyway-keep-alive.service
timer=$units/keyway-keep-alive.timer

# A systemctl that records its arguments, one call per line.
cat >"$work/systemctl" <<'SH'
#!/bin/sh
echo "$*" >>"$SYSTEMCTL_CALLS"
SH
chmod +x "$work/systemctl"
export SYSTEMCTL_CALLS=$work/calls

KEYWAY_SYSTEMCTL=$work/systemctl "$keyway" keep-alive --install >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && pass "install exits 0" || fail "install failed: $(cat "$work/err")"
for f in "$service" "$timer"; do
    [ -f "$f" ] || { fail "$f not written"; continue; }
    mode=$(stat -c %a "$f")
    [ "$mode" = 600 ] && pass "$(basename "$f") is owner-only" || fail "$(basename "$f") has mode $mode"
done
grep -qx "ExecStart=$(readlink -f "$keyway") keep-alive" "$service" && pass "ExecStart runs this keyway" \
    || fail "ExecStart: $(grep ExecStart "$service")"
expected=$'--user daemon-reload\n--user enable --now keyway-keep-alive.timer'
[ "$(cat "$work/calls")" = "$expected" ] && pass "systemctl reloads and enables the timer" \
    || fail "systemctl calls: $(cat "$work/calls")"
grep -q "The timer is enabled" "$work/out" && pass "install says the timer is enabled" || fail "install said: $(cat "$work/out")"

if command -v systemd-analyze >/dev/null 2>&1; then
    # --man=no: the man page is installed by the package, not in a build tree.
    if out=$(systemd-analyze verify --man=no "$service" "$timer" 2>&1); then
        pass "systemd-analyze verify accepts the service and the timer"
    else
        fail "systemd-analyze verify: $out"
    fi
else
    echo "skip: systemd-analyze is not installed"
fi

# No systemctl at all, and one that refuses (no user manager): the files are written, the command says what to run.
KEYWAY_SYSTEMCTL= "$keyway" keep-alive --install >/dev/null 2>"$work/err"
[ $? -eq 0 ] && grep -q "systemctl --user enable --now keyway-keep-alive.timer" "$work/err" \
    && pass "without systemctl it says what to run" || fail "without systemctl: $(cat "$work/err")"
printf '#!/bin/sh\necho "Failed to connect to bus: No medium found" >&2\nexit 1\n' >"$work/refusing"
chmod +x "$work/refusing"
KEYWAY_SYSTEMCTL=$work/refusing "$keyway" keep-alive --install >/dev/null 2>"$work/err"
[ $? -eq 0 ] && grep -q "No medium found" "$work/err" && [ -f "$timer" ] \
    && pass "a refusing user manager is reported, the files kept" || fail "refusing systemctl: $(cat "$work/err")"

: >"$work/calls"
KEYWAY_SYSTEMCTL=$work/systemctl "$keyway" keep-alive --uninstall >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && [ ! -e "$service" ] && [ ! -e "$timer" ] && pass "uninstall removes both files" \
    || fail "uninstall: $(cat "$work/err")"
expected=$'--user disable --now keyway-keep-alive.timer\n--user daemon-reload'
[ "$(cat "$work/calls")" = "$expected" ] && pass "systemctl disables the timer, then reloads" \
    || fail "systemctl calls on uninstall: $(cat "$work/calls")"
KEYWAY_SYSTEMCTL=$work/systemctl "$keyway" keep-alive --uninstall >/dev/null 2>"$work/err"
[ $? -eq 0 ] && grep -q "no timer was installed" "$work/err" && pass "a second uninstall says there was none" \
    || fail "second uninstall: $(cat "$work/err")"
[ ! -e "$HOME/.local/share/keyway/keyway.sqlite" ] && pass "setting up the timer opened no database" \
    || fail "the timer commands created $HOME/.local/share/keyway/keyway.sqlite"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "keeper units: all checks passed"
