#pragma once

#include <QString>

namespace keyway {

// Where Keyway keeps its non-secret files. Everything follows QStandardPaths, so XDG_DATA_HOME and
// XDG_CONFIG_HOME (or HOME) isolate an instance completely, which the tests rely on. The folders are the
// owner's alone: what they hold (history, account names, endpoints) is nobody else's business.
namespace AppPaths {
QString dataDir(); // ~/.local/share/keyway: the SQLite database
QString configDir(); // ~/.config/keyway: settings, custom integrations
QString databaseFile(); // dataDir()/keyway.sqlite
// Creates both folders owner-only (0700) and takes group and other access away from everything already in them
// (files 0600), once per process; dataDir() and configDir() do the same for their own folder.
void makePrivate();
} // namespace AppPaths

} // namespace keyway
