#pragma once

#include <QString>

namespace keyway {

// Where Keyway keeps its non-secret files. Everything follows QStandardPaths, so XDG_DATA_HOME and
// XDG_CONFIG_HOME (or HOME) isolate an instance completely, which the tests rely on.
namespace AppPaths {
QString dataDir();        // ~/.local/share/keyway: the SQLite database
QString configDir();      // ~/.config/keyway: settings, custom integrations
QString databaseFile();   // dataDir()/keyway.sqlite
} // namespace AppPaths

} // namespace keyway
