#include "settings/UiSettings.h"

#include "core/ConnectionService.h"
#include "core/Translations.h"
#include "http/TlsConfig.h"

#include <QDir>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>

namespace keyway {

namespace {
QString proxyModeName(UiSettings::ProxyMode mode)
{
    switch (mode) {
    case UiSettings::ProxyMode::None:
        return QStringLiteral("none");
    case UiSettings::ProxyMode::Manual:
        return QStringLiteral("manual");
    case UiSettings::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

UiSettings UiSettings::load()
{
    QSettings s;
    UiSettings u;
    u.browserCommand = s.value(QStringLiteral("browser/command")).toString();
    u.refreshLeadSeconds = std::clamp(s.value(QStringLiteral("refresh/leadSeconds"), 120).toInt(), 0, 3600);
    const QString mode = s.value(QStringLiteral("proxy/mode"), QStringLiteral("system")).toString();
    u.proxyMode = mode == QLatin1String("none") ? ProxyMode::None
        : mode == QLatin1String("manual")       ? ProxyMode::Manual
                                                : ProxyMode::System;
    u.proxyHost = s.value(QStringLiteral("proxy/host")).toString();
    u.proxyPort = std::clamp(s.value(QStringLiteral("proxy/port"), 8080).toInt(), 1, 65535);
    u.caFiles = s.value(QStringLiteral("tls/extraCaFiles")).toStringList();
    u.language = Translations::savedChoice();
    return u;
}

void UiSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("browser/command"), browserCommand);
    s.setValue(QStringLiteral("refresh/leadSeconds"), refreshLeadSeconds);
    s.setValue(QStringLiteral("proxy/mode"), proxyModeName(proxyMode));
    s.setValue(QStringLiteral("proxy/host"), proxyHost);
    s.setValue(QStringLiteral("proxy/port"), proxyPort);
    s.setValue(QStringLiteral("tls/extraCaFiles"), caFiles);
    Translations::saveChoice(language);
}

QStringList UiSettings::apply(ConnectionService &service) const
{
    ConnectionService::Settings settings = service.settings();
    settings.browserCommand = browserCommand;
    settings.refreshLeadSeconds = refreshLeadSeconds;
    settings.autoRefresh = true; // the window keeps the tokens it uses fresh and sees other processes' changes
    service.setSettings(settings);

    switch (proxyMode) {
    case ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, quint16(proxyPort)));
        break;
    }

    // Extra CAs go through TlsConfig, which adds them to what is trusted already (the system's roots, the files
    // of KEYWAY_CA_CERTIFICATES and those CoreContext applied at start), never instead of it. A file the user
    // took out of the list stops being trusted at once: the list is rebuilt from the system's roots, the
    // environment's files and the files still chosen. Reading the system's roots is slow (tens of
    // milliseconds), so that happens only when something was taken out.
    static std::optional<QStringList> applied; // the settings' files trusted now
    if (!applied)
        applied = QSettings().value(QStringLiteral("tls/extraCaFiles")).toStringList();
    bool removed = false;
    for (const QString &file : std::as_const(*applied))
        removed = removed || !caFiles.contains(file);
    if (removed) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates());
        QSslConfiguration::setDefaultConfiguration(tls);
        TlsConfig::addCaCertificates(
            qEnvironmentVariable("KEYWAY_CA_CERTIFICATES").split(QDir::listSeparator(), Qt::SkipEmptyParts));
    }
    applied = caFiles;
    return TlsConfig::addCaCertificates(caFiles);
}

bool UiSettings::operator==(const UiSettings &o) const
{
    return browserCommand == o.browserCommand && refreshLeadSeconds == o.refreshLeadSeconds && proxyMode == o.proxyMode
        && proxyHost == o.proxyHost && proxyPort == o.proxyPort && caFiles == o.caFiles && language == o.language;
}

} // namespace keyway
