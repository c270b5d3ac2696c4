#pragma once

#include <QString>
#include <QStringList>

namespace keyway {

class ConnectionService;

// The window's preferences, kept with QSettings. Only non-secret values live here (no proxy password, no
// token); the keychain holds secrets. apply() hands them to the service and to Qt's network defaults.
struct UiSettings
{
    enum class ProxyMode { System, None, Manual };

    QString browserCommand; // empty: KEYWAY_BROWSER, then the system browser
    int refreshLeadSeconds = 120;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QStringList caFiles; // extra trusted CA certificates (PEM files)
    QString language; // empty: the system's; else a locale name ("de"), read at the next start (core/Translations)

    static UiSettings load();
    void save() const;
    // Returns the CA files that could not be read (so the dialog can say which).
    QStringList apply(ConnectionService &service) const;

    bool operator==(const UiSettings &other) const;
    bool operator!=(const UiSettings &other) const { return !(*this == other); }
};

} // namespace keyway
