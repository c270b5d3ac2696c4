#!/usr/bin/env bash
# TestDebPackage: builds Keyway's .deb with CPack and checks it.
#   usage: test-deb.sh BUILD_DIR VERSION
# Always: the package's control fields, that it holds exactly the files it should (no tests, no static
# libraries, no build tools), its desktop entry, AppStream metainfo, icons, man page and bash completion.
# As root, also: installs it with apt (all its dependencies already on the machine), runs the
# installed keyway, validates the installed files, then purges it. A trap purges it on any failure too.
# Exit 0 = passed, 1 = failed, 77 = skipped (a tool is missing).
set -euo pipefail

build=${1:?usage: test-deb.sh BUILD_DIR VERSION}
version=${2:?usage: test-deb.sh BUILD_DIR VERSION}
build=$(cd "$build" && pwd)
app_id=io.keyway.Keyway

failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb desktop-file-validate appstreamcli file gzip objdump; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (packaging/deps.sh installs it)"
        exit 77
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/keyway-deb-test.XXXXXX")
installed_by_us=0
cleanup() {
    local status=$?
    if [ "$installed_by_us" -eq 1 ] && dpkg-query -W -f='${Status}' keyway 2>/dev/null | grep -q installed; then
        echo "cleanup: purging the keyway package this test installed" >&2
        dpkg --purge keyway >/dev/null 2>&1 || echo "cleanup: dpkg --purge keyway failed" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Private home and XDG folders: nothing this test runs writes into the real ones.
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config \
    XDG_CACHE_HOME=$work/home/cache QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

# ---- build the package -----------------------------------------------------------------------------------
# The default target already built these; this is a no-op then, and makes a partial build whole.
cmake --build "$build" --target keyway keyway_desktop_data >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "building keyway and its desktop data failed"; }
(cd "$build" && cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; die "cpack -G DEB failed"; }
arch=$(dpkg --print-architecture)
deb=$work/out/keyway_${version}-1_${arch}.deb
[ -f "$deb" ] || { ls -l "$work/out" >&2; die "cpack did not make $(basename "$deb")"; }
pass "cpack made $(basename "$deb")"

# ---- control fields --------------------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = keyway ] && pass "Package: keyway" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] && pass "Version: ${version}-1" || fail "Version is '$(field Version)', want ${version}-1"
[ "$(field Section)" = net ] && pass "Section: net" || fail "Section is '$(field Section)'"
[ "$(field Architecture)" = "$arch" ] && pass "Architecture: $arch" || fail "Architecture is '$(field Architecture)'"
field Maintainer | grep -q '<.*@.*>' && pass "Maintainer has an address" || fail "Maintainer '$(field Maintainer)' has no <address>"
depends=$(field Depends)
echo "Depends: $depends"
# The package names in Depends, one a line, alternatives and version constraints dropped.
echo "$depends" | tr ',|' '\n\n' | sed 's/(.*)//; s/[[:space:]]//g' | sed '/^$/d' | sort -u >"$work/depends.txt"
depends_on() { grep -qxF "$1" "$work/depends.txt"; }
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
for dep in libqt6sql6-sqlite libqt6svg6; do
    depends_on "$dep" && pass "Depends on $dep (plugin)" || fail "Depends lacks $dep"
done
recommends=$(field Recommends)
echo "Recommends: $recommends"
echo "$recommends" | grep -q 'gnome-keyring | kwalletmanager | keepassxc' && pass "Recommends a Secret Service" \
    || fail "Recommends lacks 'gnome-keyring | kwalletmanager | keepassxc'"
echo "$recommends" | grep -q 'xdg-utils' && pass "Recommends xdg-utils" || fail "Recommends lacks xdg-utils"

# ---- contents: exactly these files, nothing else ---------------------------------------------------------
expected=(
    ./usr/bin/keyway
    ./usr/lib/keyway/libkeyway-window.so
    ./usr/share/applications/$app_id.desktop
    ./usr/share/applications/$app_id.RedirectHandler.desktop
    ./usr/share/metainfo/$app_id.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg
    ./usr/share/man/man1/keyway.1.gz
    ./usr/share/bash-completion/completions/keyway
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
dpkg-deb --contents "$deb" >"$work/contents.txt"
# Regular files (lines starting with '-') and links; directories are implied.
awk '$1 !~ /^d/ { print $6 }' "$work/contents.txt" | sort >"$work/files.txt"
printf '%s\n' "${expected[@]}" | sort >"$work/expected.txt"
if diff -u "$work/expected.txt" "$work/files.txt" >"$work/contents.diff"; then
    pass "package holds exactly the ${#expected[@]} expected files"
else
    cat "$work/contents.diff" >&2
    fail "package contents differ from the expected list (- missing, + unexpected)"
fi
if grep -Eq '/Test[A-Za-z]*$|\.a$|/include/|keyway-render-icon' "$work/files.txt"; then
    fail "package holds test binaries, static libraries, headers or build tools"
else
    pass "no test binaries, static libraries, headers or build tools"
fi
awk '$1 ~ /^-/ && $2 != "root/root" { bad = 1 } END { exit bad }' "$work/contents.txt" \
    && pass "every file is owned by root/root" || fail "files not owned by root/root"

# ---- the files themselves (extracted) --------------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
check_files() {
    local prefix=$1 where=$2
    desktop-file-validate "$prefix/usr/share/applications/$app_id.desktop" \
        && pass "desktop-file-validate ($where)" || fail "desktop-file-validate ($where)"
    desktop-file-validate "$prefix/usr/share/applications/$app_id.RedirectHandler.desktop" \
        && pass "desktop-file-validate of the redirect handler ($where)" \
        || fail "desktop-file-validate of the redirect handler ($where)"
    appstreamcli validate --no-net --strict "$prefix/usr/share/metainfo/$app_id.metainfo.xml" \
        && pass "appstreamcli validate --no-net --strict ($where)" || fail "appstreamcli validate ($where)"
}
check_files "$root" extracted

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo's release is $version" \
    || fail "metainfo has no <release version=\"$version\">"
for tag in '<screenshots>' '<content_rating type="oars-1.1"' '<launchable type="desktop-id">'"$app_id"'.desktop<' \
    '<binary>keyway</binary>'; do
    grep -q "$tag" "$metainfo" && pass "metainfo has $tag" || fail "metainfo lacks $tag"
done
grep -q "^Icon=$app_id\$" "$root/usr/share/applications/$app_id.desktop" && pass "desktop entry's icon is $app_id" \
    || fail "desktop entry's Icon is not $app_id"
# RFC 8252 §7.1: io.keyway.app: redirects reach `keyway handle-redirect` (tests/integration/TestPrivateUseRedirect
# runs that Exec line end to end).
handler=$root/usr/share/applications/$app_id.RedirectHandler.desktop
grep -q '^MimeType=x-scheme-handler/io.keyway.app;$' "$handler" && grep -q '^Exec=keyway handle-redirect %u$' "$handler" \
    && pass "redirect handler registers io.keyway.app: for keyway handle-redirect" \
    || fail "redirect handler does not register io.keyway.app: for keyway handle-redirect"

for size in "${sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if file "$png" | grep -q "PNG image data, $size x $size,"; then
        pass "icon ${size}x${size} is a ${size}x${size} PNG"
    else
        fail "icon ${size}x${size}: $(file -b "$png")"
    fi
done
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" && pass "scalable icon is an SVG" \
    || fail "scalable icon is not an SVG"

man_gz=$root/usr/share/man/man1/keyway.1.gz
if gzip -t "$man_gz" && zcat "$man_gz" | grep -q '^\.TH KEYWAY 1'; then
    pass "man page is gzip'd roff (.TH KEYWAY 1)"
else
    fail "man page is not gzip'd roff"
fi
zcat "$man_gz" | sed 's/\\-/-/g' >"$work/keyway.1.txt"
for word in integrations connect connections token inspect request disconnect sandbox --version --help \
    --issuer --client-id --client-secret-stdin --scope --name --browser --param --api-key-stdin \
    --password-stdin --key-file KEYWAY_BROWSER BROWSER keyway.sqlite 'EXIT STATUS'; do
    # roff writes a hyphen as \-, so the text is compared with the escapes removed.
    grep -q -- "$word" "$work/keyway.1.txt" || fail "man page does not mention $word"
done
pass "man page documents the subcommands, options, environment, files and exit status"
if command -v groff >/dev/null 2>&1; then
    warnings=$(zcat "$man_gz" | groff -man -ww -z 2>&1)
    [ -z "$warnings" ] && pass "groff reads the man page without warnings" || fail "groff warns: $warnings"
fi

completion=$root/usr/share/bash-completion/completions/keyway
if bash -n "$completion" && grep -q 'complete -F _keyway keyway' "$completion"; then
    pass "bash completion parses and registers for keyway"
else
    fail "bash completion does not parse or does not register"
fi

# The packaged binary and its window library (issue 27: the command line never loads Qt Gui or Widgets): stripped,
# no run path into the build tree, and every library they link comes from a package in Depends (dpkg-shlibdeps' job,
# checked here against what they really need). Only the window library links Qt Widgets.
for elf in usr/bin/keyway usr/lib/keyway/libkeyway-window.so; do
    binary=$root/$elf
    file "$binary" | grep -q 'ELF.*stripped' && ! file "$binary" | grep -q 'not stripped' \
        && pass "packaged $elf is stripped" || fail "packaged $elf is not stripped: $(file -b "$binary")"
    objdump -p "$binary" >"$work/objdump.txt"
    if grep -Eq '^[[:space:]]*(RPATH|RUNPATH)' "$work/objdump.txt"; then
        fail "packaged $elf has a run path: $(grep -E '(RPATH|RUNPATH)' "$work/objdump.txt")"
    else
        pass "packaged $elf has no RPATH/RUNPATH"
    fi
    needed=$(awk '$1 == "NEEDED" { print $2 }' "$work/objdump.txt")
    [ -n "$needed" ] || fail "objdump found no NEEDED libraries in the packaged $elf"
    for lib in $needed; do
        owners=$(dpkg -S "*/$lib" 2>/dev/null | cut -d: -f1 | tr ',' '\n' | sed 's/[[:space:]]//g' | sort -u)
        if [ -z "$owners" ]; then
            fail "no installed package provides $lib"
            continue
        fi
        found=""
        for owner in $owners; do depends_on "$owner" && found=$owner; done
        [ -n "$found" ] && pass "$elf links $lib, Depends on $found" || fail "$elf links $lib but Depends lacks $(echo $owners)"
    done
done
if objdump -p "$root/usr/bin/keyway" | grep -Eq 'NEEDED[[:space:]]+libQt6(Gui|Widgets|Svg)'; then
    fail "the packaged keyway links Qt Gui, Widgets or Svg (only its window library should)"
else
    pass "the packaged keyway links neither Qt Gui, Widgets nor Svg"
fi

# ---- install, run, remove (root only) --------------------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    echo "note: not root, so the package was built and inspected but not installed"
elif dpkg-query -W -f='${Status}' keyway 2>/dev/null | grep -q 'install ok installed'; then
    # Never replace a keyway someone installed on purpose.
    echo "note: a keyway package is already installed on this machine; not installing over it"
else
    export DEBIAN_FRONTEND=noninteractive
    installed_by_us=1
    # The dependencies are already on the machine (packaging/deps.sh installs what the build links), so apt
    # has nothing to download; a simulation first makes sure of that instead of reaching for the network.
    apt-get install -s --no-install-recommends "$deb" >"$work/apt-simulate.log" 2>&1 \
        || { cat "$work/apt-simulate.log" >&2; die "apt-get cannot install the package (simulation failed)"; }
    others=$(awk '$1 == "Inst" && $2 != "keyway" { print $2 }' "$work/apt-simulate.log")
    [ -z "$others" ] || die "installing the package would download: $(echo $others) (add them to packaging/deps.sh)"
    if apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=120 "$deb" >"$work/apt.log" 2>&1; then
        pass "apt-get installed the package, with no other package to download"
    else
        cat "$work/apt.log" >&2
        die "apt-get install of the package failed"
    fi

    if [ -x /usr/bin/keyway ]; then pass "/usr/bin/keyway installed"; else fail "/usr/bin/keyway missing"; fi
    got=$(/usr/bin/keyway --version 2>&1) || fail "/usr/bin/keyway --version exited $?"
    [ "$got" = "keyway $version" ] && pass "installed keyway --version prints 'keyway $version'" \
        || fail "installed keyway --version printed '$got', want 'keyway $version'"
    status=0
    /usr/bin/keyway integrations >"$work/integrations.txt" 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then
        pass "installed keyway integrations exits 0 ($(wc -l <"$work/integrations.txt") lines)"
    elif grep -q "unknown subcommand" "$work/integrations.txt"; then
        echo "note: this keyway has no 'integrations' subcommand yet; that check is skipped"
    else
        cat "$work/integrations.txt" >&2
        fail "installed keyway integrations exited $status"
    fi
    # The installed window: keyway opens /usr/lib/keyway/libkeyway-window.so and shows it (offscreen, in a folder
    # of this test's, quitting as soon as it is shown).
    window_home=$work/window-home
    mkdir -p "$window_home"
    if XDG_DATA_HOME=$window_home/data XDG_CONFIG_HOME=$window_home/config XDG_CACHE_HOME=$window_home/cache \
        QT_QPA_PLATFORM=offscreen KEYWAY_BENCH_EXIT_WHEN_SHOWN=0 timeout 60 /usr/bin/keyway >"$work/window.txt" 2>&1 \
        && grep -q 'keyway-bench shown' "$work/window.txt"; then
        pass "installed keyway opens its window from /usr/lib/keyway/libkeyway-window.so"
    else
        cat "$work/window.txt" >&2
        fail "installed keyway did not show its window"
    fi
    check_files "" installed
    [ -f /usr/share/man/man1/keyway.1.gz ] && pass "man page installed" || fail "man page not installed"

    if apt-get purge -y -o DPkg::Lock::Timeout=120 keyway >"$work/apt-remove.log" 2>&1; then
        pass "apt-get purge keyway"
    else
        cat "$work/apt-remove.log" >&2
        fail "apt-get purge keyway failed"
    fi
    if [ ! -e /usr/bin/keyway ] && ! dpkg-query -W -f='${Status}' keyway 2>/dev/null | grep -q 'ok installed'; then
        installed_by_us=0
        pass "package removed cleanly (/usr/bin/keyway gone)"
    else
        fail "keyway is still installed after purge"
    fi
    for path in /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
        /usr/share/icons/hicolor/48x48/apps/$app_id.png /usr/share/bash-completion/completions/keyway; do
        [ ! -e "$path" ] || fail "$path left behind after purge"
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "TestDebPackage: $failures check(s) failed" >&2
    exit 1
fi
echo "TestDebPackage: all checks passed"
