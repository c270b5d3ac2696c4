#pragma once

// Custom integration files the tests import, as a user would write them.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace keyway::test {

// A custom integration whose API (at `baseUrl`, a loopback test peer) takes an API key in X-Api-Key.
inline QJsonObject apiKeyIntegration(const QString &id, const QString &name, const QString &description, const QString &baseUrl)
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("category"), QStringLiteral("developer-tools")}, {QStringLiteral("description"), description},
        {QStringLiteral("icon"), QStringLiteral("test.svg")},
        {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
        {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
        {QStringLiteral("api_key"),
            QJsonObject {{QStringLiteral("in"), QStringLiteral("header")}, {QStringLiteral("name"), QStringLiteral("X-Api-Key")},
                {QStringLiteral("scheme"), QString()}, {QStringLiteral("label"), QStringLiteral("API key")}}},
        {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), baseUrl}}}};
}

// Writes `document` as <its id>.json into the test's home folder (KEYWAY_TEST_HOME); the file's path, or an
// empty string when it could not be written.
inline QString writeIntegrationFile(const QJsonObject &document)
{
    const QString home = qEnvironmentVariable("KEYWAY_TEST_HOME");
    if (home.isEmpty() || !QDir().mkpath(home))
        return {};
    const QString path = home + QLatin1Char('/') + document.value(QStringLiteral("id")).toString() + QStringLiteral(".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(document).toJson()) < 0)
        return {};
    return path;
}

} // namespace keyway::test
