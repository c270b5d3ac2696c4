#!/usr/bin/env bash
# Issue 10's benchmarks in one command:   bash tests/bench/run.sh
# Builds Keyway and the bench executables with optimisation (the "ci" preset: RelWithDebInfo like the
# release preset, plus the test tree the bench targets live in), then, inside a private D-Bus session with an
# unlocked keyring (tests/with-keyring.sh), measures start-up, memory, the connect flow, a cached token, refresh and
# GUI responsiveness side by side with their references and prints one table (also written to
# <build>/bench/bench-results.md and .json). It reports; it never fails because a machine is slow.
#   KEYWAY_BENCH_BUILD_DIR=DIR   build there instead of build/ci (configured RelWithDebInfo)
#   KEYWAY_BENCH_RUNS=5 KEYWAY_BENCH_REFRESH_RUNS=3 ...   see tests/bench/bench.mjs
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

"$root/packaging/deps.sh"
missing=()
for tool in cmake ninja node npm curl perl openssl dbus-run-session gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: missing ${missing[*]} (Debian: apt-get install curl perl openssl ...)" >&2
    exit 1
fi
if [ ! -d tests/peers/node_modules ]; then
    (cd tests/peers && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

if [ -n "${KEYWAY_BENCH_BUILD_DIR:-}" ]; then
    build_dir=$KEYWAY_BENCH_BUILD_DIR
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYWAY_BUILD_TESTS=ON >/dev/null
else
    build_dir="$root/build/ci"
    cmake --preset ci >/dev/null
fi
echo "== build: $build_dir" >&2
cmake --build "$build_dir" --target keyway-bench -j "${KEYWAY_BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}" >&2

echo "== bench (a few minutes)" >&2
exec "$root/tests/with-keyring.sh" node "$root/tests/bench/bench.mjs" "$build_dir/bin" "$build_dir/bench"
