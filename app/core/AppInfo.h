#pragma once

#include <QString>

namespace keyway {

// Application identity, read from the one place the version is set (CMake's project version).
namespace AppInfo {
QString name(); // "Keyway"
QString version(); // "0.1.0"
// Sets the application and organisation names that QStandardPaths and QSettings derive paths from.
void apply();
} // namespace AppInfo

} // namespace keyway
