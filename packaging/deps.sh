#!/usr/bin/env bash
# Installs Keyway's build and test dependencies from Debian 12 packages. Idempotent and quiet when everything
# is already there; uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite
    qtkeychain-qt6-dev libssl-dev libgl-dev
    # translations (issue 24): qt6-tools-dev has CMake's Qt6LinguistTools (qt_add_lupdate, qt_add_lrelease),
    # qt6-l10n-tools the lupdate and lrelease it runs; qt6-translations-l10n is Qt's own strings (dialog buttons,
    # text fields' menus) in each language, loaded by the window
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # a Japanese font for the Japanese screenshots (TestTranslatedScreenshots); VL Gothic is 8 MB against the 90 MB of
    # fonts-noto-cjk, and nothing else on a minimal Debian draws kana or kanji
    fonts-vlgothic
    # run and test: a private D-Bus session with a real Secret Service, a virtual display
    dbus dbus-x11 gnome-keyring libsecret-1-0 xvfb xauth
    # benchmarks: curl is the protocol floor the flows are compared with; secret-tool (libsecret-tools) the keychain
    # floor: one lookup of the same item for a cached token, one item written per refresh (tests/bench/refresh-curl.sh)
    curl libsecret-tools
    # fuzzing and sanitizers (clang's libFuzzer and runtimes)
    clang libclang-rt-14-dev
    # the format check of the test command (packaging/format.sh)
    clang-format
    # the mutual TLS test (TestMutualTls) makes its CA, server and client certificates with the openssl command
    openssl
    # packaging checks
    dpkg-dev file desktop-file-utils appstream
)
# Node.js runs the test peers (oidc-provider). Any Node >= 20.19 already on the machine is used as it is.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
