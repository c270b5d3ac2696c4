# Builds Keyway's Windows installer: configure, build, stage with `cmake --install`, add Qt with windeployqt,
# then compile the Inno Setup script CMake configured (packaging/windows/keyway.iss.in). See packaging/README.md.
#   powershell -File packaging\windows\build.ps1 -QtDir C:\Qt\6.8.0\msvc2022_64 `
#       -QtKeychainDir C:\qtkeychain -OpenSslDir "C:\Program Files\OpenSSL-Win64"
# Run it from a "x64 Native Tools Command Prompt for VS 2022" (MSVC on PATH), with CMake, Ninja and
# Inno Setup 6.3+ (iscc) on PATH.
param(
    [Parameter(Mandatory = $true)] [string] $QtDir,
    [Parameter(Mandatory = $true)] [string] $QtKeychainDir,
    [Parameter(Mandatory = $true)] [string] $OpenSslDir,
    [string] $BuildDir = "build\windows"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

function Invoke-Checked {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "$($args[0]) failed with exit code $LASTEXITCODE" }
}

# The install step copies the non-Qt DLLs keyway links (QtKeychain, OpenSSL), found on PATH.
$env:PATH = "$QtDir\bin;$QtKeychainDir\bin;$OpenSslDir\bin;$env:PATH"
Invoke-Checked cmake -S . -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release -DKEYWAY_BUILD_TESTS=OFF `
    "-DCMAKE_PREFIX_PATH=$QtDir;$QtKeychainDir" "-DOPENSSL_ROOT_DIR=$OpenSslDir"
Invoke-Checked cmake --build $BuildDir
$stage = Join-Path $BuildDir "stage"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
Invoke-Checked cmake --install $BuildDir --prefix $stage

# Qt's DLLs and the plugins keyway needs at run time (platforms, sqldrivers, imageformats, iconengines, tls).
Invoke-Checked windeployqt --release --no-translations --no-system-d3d-compiler --no-opengl-sw `
    (Join-Path $stage "bin\keyway.exe")

Invoke-Checked iscc "/DStageDir=$(Resolve-Path $stage)" (Join-Path $BuildDir "keyway.iss")
Write-Host "Built $(Join-Path $BuildDir 'keyway-*-setup.exe')"
