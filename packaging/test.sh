#!/usr/bin/env bash
# Installs what is missing, builds Keyway and runs the whole test suite: unit, integration (real Secret
# Service, real OpenID Provider), UI, then the same suite under AddressSanitizer + UBSan, after checking that
# the C++ is formatted (packaging/format.sh --check).
# Prints ctest's summary; exits non-zero if anything failed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
"$root/packaging/deps.sh"
if [ -f tests/peers/package-lock.json ]; then
    (cd tests/peers && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

jobs=$(nproc 2>/dev/null || echo 2)
status=0
echo "== format"
bash packaging/format.sh --check || status=1
for preset in ${KEYWAY_TEST_PRESETS:-ci asan fuzz}; do
    echo "== build: $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== test: $preset"
    tests/with-keyring.sh ctest --preset "$preset" -j "$jobs" || status=1
    # CI's clean clone has little disk to spare: .ci/run drops each preset's build once its tests ran.
    if [ "${KEYWAY_TEST_PRUNE:-0}" = 1 ]; then
        echo "disk: $(df -h . | awk 'NR == 2 {print $4}') free before removing build/$preset"
        rm -rf "build/$preset"
    fi
done
exit $status
