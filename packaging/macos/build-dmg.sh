#!/usr/bin/env bash
# Builds Keyway.app and a disk image on macOS with Homebrew's Qt 6, QtKeychain and OpenSSL 3:
#   brew install cmake ninja qt qtkeychain openssl@3
#   bash packaging/macos/build-dmg.sh            # gives build/macos/Keyway-<version>.dmg
# Set CODESIGN_IDENTITY="Developer ID Application: ..." to sign the bundle (needed for notarization).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$root/build/macos}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKEYWAY_BUILD_TESTS=OFF \
    -DCMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix qtkeychain)" \
    -DOPENSSL_ROOT_DIR="$(brew --prefix openssl@3)"
cmake --build "$build"
rm -rf "$build/stage"
cmake --install "$build" --prefix "$build/stage"

app=$build/stage/Keyway.app
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
# macdeployqt copies Qt, its plugins (platform, SQLite driver, SVG, TLS) and the other non-system
# libraries keyway links (QtKeychain, OpenSSL) into the bundle and rewrites their load paths.
sign=()
[ -n "${CODESIGN_IDENTITY:-}" ] && sign=(-codesign="$CODESIGN_IDENTITY" -hardened-runtime -timestamp)
"$(brew --prefix qt)/bin/macdeployqt" "$app" -dmg -always-overwrite ${sign[@]+"${sign[@]}"}
mv -f "$build/stage/Keyway.dmg" "$build/Keyway-$version.dmg"
echo "Built $build/Keyway-$version.dmg (the command line: Keyway.app/Contents/MacOS/Keyway --help)"
