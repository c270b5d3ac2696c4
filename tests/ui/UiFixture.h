#pragma once

// Shared set-up for the widget tests: a real CoreContext over a temporary SQLite file and an in-memory
// secret store (or, given a keychain service name, the real Secret Service as tests/with-keyring.sh provides
// it), plus helpers to put connections and their secrets in place without any network.

#include "ResultChecks.h"
#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/StoredCredentials.h"
#include "store/ConnectionRecord.h"
#include "store/ConnectionRepository.h"
#include "store/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUuid>

#include <memory>

// The window's English as users read it: a %n plural takes its English forms ("1 connection", "3 connections") from
// keyway_en.qm, which Translations::install gives every English-speaking Keyway. Installed before each test starts.
inline void keywayTestEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/i18n/keyway_en.qm")))
        QCoreApplication::installTranslator(plurals);
}
Q_COREAPP_STARTUP_FUNCTION(keywayTestEnglishPlurals)

namespace keyway::test {

class UiFixture
{
public:
    UiFixture()
    {
        secrets = std::make_shared<MemorySecretStore>();
        CoreContext::Options options;
        options.databasePath = dir.filePath(QStringLiteral("keyway.sqlite"));
        options.secrets = secrets;
        auto opened = CoreContext::open(options);
        if (opened.ok())
            context = opened.value();
        else
            error = opened.error().toString();
    }

    // The real keychain under `keychainService` (make it unique per test run): for tests against real peers.
    explicit UiFixture(const QString &keychainService)
    {
        CoreContext::Options options;
        options.databasePath = dir.filePath(QStringLiteral("keyway.sqlite"));
        options.keychainService = keychainService;
        auto opened = CoreContext::open(options);
        if (opened.ok())
            context = opened.value();
        else
            error = opened.error().toString();
    }

    ~UiFixture()
    {
        for (const QString &path : std::as_const(m_customFiles))
            QFile::remove(path);
    }

    bool ok() const { return context != nullptr; }
    ConnectionService &service() const { return context->service(); }

    // Inserts a connection record directly (the service is told nothing; create views afterwards).
    QString addConnection(const QString &integrationId, const QString &account,
        ConnectionStatus status = ConnectionStatus::Connected,
        const QDateTime &expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600),
        const QString &authMode = QStringLiteral("oauth2_authorization_code"), const QJsonObject &settings = {})
    {
        ConnectionRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.integrationId = integrationId;
        r.name = account;
        r.authMode = authMode;
        r.accountLabel = account;
        r.accountSubject = QStringLiteral("sub-") + account;
        r.requestedScopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("read:user")};
        r.grantedScopes = {QStringLiteral("openid"), QStringLiteral("email")};
        r.status = status;
        r.expiresAt = expiresAt;
        r.settings = settings;
        r.tokenFingerprint = QStringLiteral("sha256:1f3a9c0b");
        r.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
        r.updatedAt = QDateTime::currentDateTimeUtc();
        ConnectionRepository repository(context->database());
        const Error e = repository.save(r);
        if (!e.isNull())
            qWarning() << "saving a test connection failed:" << e.toString();
        return r.id;
    }

    void addEvent(const QString &id, const QString &step, const QString &outcome, int http, const QString &detail, int secondsAgo)
    {
        ConnectionEvent e;
        e.connectionId = id;
        e.at = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
        e.step = step;
        e.outcome = outcome;
        e.httpStatus = http;
        e.detail = detail;
        ConnectionRepository repository(context->database());
        repository.addEvent(e);
    }

    void storeTokens(const QString &id, const QByteArray &access, const QByteArray &refresh, const QByteArray &idToken = {})
    {
        StoredCredentials c;
        c.tokens.accessToken = access;
        c.tokens.refreshToken = refresh;
        c.tokens.idToken = idToken;
        c.tokens.tokenType = QStringLiteral("Bearer");
        c.client.clientId = QStringLiteral("test-client");
        bool done = false;
        context->secrets().write(QStringLiteral("connection/") + id, c.toBytes(), [&done](const Error &) { done = true; });
        QTRY_VERIFY(done);
    }

    // Adds a custom integration file (as a user would import one) and reloads the catalogue.
    bool addCustomIntegration(const QJsonObject &integration)
    {
        Catalog &catalog = context->catalog();
        QDir().mkpath(catalog.customDir());
        QFile file(
            catalog.customDir() + QLatin1Char('/') + integration.value(QLatin1String("id")).toString() + QStringLiteral(".json"));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QJsonObject complete = integration;
        if (!complete.contains(QLatin1String("icon")))
            complete.insert(QStringLiteral("icon"), QStringLiteral("test.svg"));
        file.write(QJsonDocument(complete).toJson());
        file.close();
        m_customFiles << file.fileName();
        catalog.reload();
        return catalog.contains(integration.value(QLatin1String("id")).toString());
    }

    // A compact JWS with an unverifiable signature: enough for the inspector, which only decodes.
    static QByteArray makeJwt(const QJsonObject &claims)
    {
        const QByteArray header = QJsonDocument(
            QJsonObject {{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")},
                {QStringLiteral("kid"), QStringLiteral("test-key-1")}})
                                      .toJson(QJsonDocument::Compact);
        const auto enc
            = [](const QByteArray &b) { return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
        return enc(header) + '.' + enc(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + enc("not-a-real-signature");
    }

    QTemporaryDir dir;
    std::shared_ptr<MemorySecretStore> secrets; // null with the real keychain
    std::shared_ptr<CoreContext> context;
    QString error;

private:
    QStringList m_customFiles;
};

// Measures the longest gap between turns of the event loop while it runs: a 1 ms timer that notes how late
// each tick came.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace keyway::test
