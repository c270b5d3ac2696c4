#pragma once

// ServiceFixture: the in-process core the integration tests drive. It opens a CoreContext on the real keychain
// (a keychain service of the test's own, a database in a throw-away folder, automatic refresh off) and runs
// ConnectionService's asynchronous calls to their end: connect, credentials, refresh, send. Each wait has a
// limit; a call that outlives it is reported as the error "test_timeout", never taken as a success.
#include "ConnectAndWait.h"
#include "TestSupport.h"
#include "auth/TokenSet.h"
#include "common/Error.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace keyway::test {

// How long each kind of ServiceFixture call may take, in milliseconds.
struct ServiceTimeouts
{
    int connectMs = 60000;
    int credentialsMs = 20000;
    int refreshMs = 30000;
    int sendMs = 30000;
};

class ServiceFixture
{
public:
    // The stored secrets that credentials() records in seenSecrets() (for the tests' leak scans).
    enum Seen {
        SeenAccessToken = 1,
        SeenRefreshToken = 2,
        SeenIdToken = 4,
        SeenClientSecret = 8,
        SeenTokens = SeenAccessToken | SeenRefreshToken | SeenIdToken,
    };

    using Timeouts = ServiceTimeouts;

    explicit ServiceFixture(int seen = SeenTokens, Timeouts timeouts = {})
        : m_seen(seen)
        , m_timeouts(timeouts)
    {
    }
    ServiceFixture(const ServiceFixture &) = delete;
    ServiceFixture &operator=(const ServiceFixture &) = delete;

    // "<prefix>-<pid>": a keychain service no other test process uses at the same time.
    static QString uniqueKeychainService(const QString &prefix)
    {
        return prefix + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
    }

    // Opens (or opens anew) the core on `keychainService` and the database `databaseName` in the fixture's
    // folder, with automatic refresh off. Returns a null Error on success.
    Error open(const QString &keychainService, const QString &databaseName = QStringLiteral("keyway.sqlite"))
    {
        m_core.reset();
        if (!m_dir.isValid())
            return Error::make(QStringLiteral("test_setup"), QStringLiteral("no temporary folder"));
        CoreContext::Options options;
        options.databasePath = m_dir.filePath(databaseName);
        options.keychainService = keychainService;
        auto core = CoreContext::open(options);
        if (!core)
            return core.error();
        m_core = core.value();
        ConnectionService::Settings settings = service().settings();
        settings.autoRefresh = false;
        service().setSettings(settings);
        return {};
    }

    void close() { m_core.reset(); }
    bool isOpen() const { return m_core != nullptr; }

    CoreContext &core() const { return *m_core; }
    ConnectionService &service() const { return m_core->service(); }
    const QTemporaryDir &dir() const { return m_dir; }

    // Every secret credentials() has read so far; tests add others they know of.
    QList<QByteArray> &seenSecrets() { return m_seenSecrets; }

    // Runs a connect to the end: the new connection's id, or why it failed (test_timeout when it did not end in
    // time). `during` sees the attempt before the wait (to cancel it, or to watch its signals).
    Result<QString> connectAndWait(const ConnectRequest &r, const std::function<void(ConnectAttempt *)> &during = {})
    {
        return test::connectAndWait(service(), r, m_timeouts.connectMs, during);
    }

    // The same, with the scripted browser told what to do (KEYWAY_TEST_BROWSER_MODE: approve, deny, ...).
    Result<QString> connectAndWait(
        const ConnectRequest &r, const QByteArray &browserMode, const std::function<void(ConnectAttempt *)> &during = {})
    {
        qputenv("KEYWAY_TEST_BROWSER_MODE", browserMode);
        return connectAndWait(r, during);
    }

    // The connection's stored credentials, or the store's error ("test_timeout" when the keychain does not answer
    // in time).
    Result<StoredCredentials> readCredentials(const QString &id)
    {
        QObject context; // the answer is dropped if it comes after this call gave up waiting
        std::optional<Result<StoredCredentials>> answer;
        service().credentials(id, &context, [&](const Result<StoredCredentials> &c) { answer = c; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, m_timeouts.credentialsMs))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("the keychain gave no answer in time"));
        if (!*answer)
            return *answer;
        const StoredCredentials &result = answer->value();
        const QList<QPair<int, QByteArray>> secrets
            = {{SeenAccessToken, result.tokens.accessToken}, {SeenRefreshToken, result.tokens.refreshToken},
                {SeenIdToken, result.tokens.idToken}, {SeenClientSecret, result.client.clientSecret}};
        for (const auto &[kind, secret] : secrets)
            if ((m_seen & kind) && !secret.isEmpty())
                m_seenSecrets << secret;
        return *answer;
    }

    // The same, empty when there are none (for tests that look only at what is stored).
    StoredCredentials credentials(const QString &id)
    {
        const Result<StoredCredentials> c = readCredentials(id);
        return c ? c.value() : StoredCredentials();
    }

    Error refresh(const QString &id)
    {
        QObject context; // the answer is dropped if it comes after this call gave up waiting
        Error result;
        bool done = false;
        service().refresh(id, &context, [&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, m_timeouts.refreshMs))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("the refresh did not end"));
        return result;
    }

    // Sends `request` on the connection and waits for the answer. `during` sees the call before the wait.
    ApiResponse send(const QString &id, const ApiRequest &request, const std::function<void(ApiCall *)> &during = {})
    {
        ApiCall *call = service().send(id, request);
        QObject context;
        ApiResponse response;
        bool done = false;
        QObject::connect(call, &ApiCall::finished, &context, [&](const ApiResponse &r) {
            response = r;
            done = true;
        });
        if (during)
            during(call);
        if (!QTest::qWaitFor([&] { return done; }, m_timeouts.sendMs))
            response.error = Error::make(QStringLiteral("test_timeout"), QStringLiteral("the request did not end"));
        return response;
    }

    ApiResponse get(const QString &id, const QString &url, const std::function<void(ApiCall *)> &during = {})
    {
        ApiRequest request;
        request.url = QUrl(url);
        return send(id, request, during);
    }

    // The connection's timeline as "step:outcome".
    QStringList steps(const QString &id) const
    {
        QStringList list;
        for (const ConnectionEvent &e : service().events(id))
            list << e.step + QLatin1Char(':') + e.outcome;
        return list;
    }

    // The folders a leak scan reads: the test's writable folders and the fixture's own.
    QStringList scanRoots() const
    {
        QStringList roots = writableRoots();
        roots << m_dir.path();
        return roots;
    }

    // The files under scanRoots() that hold any of seenSecrets() (the file once per secret). Empty means clean.
    QStringList filesHoldingSeenSecrets() const
    {
        const QStringList roots = scanRoots();
        QStringList hits;
        for (const QByteArray &secret : m_seenSecrets)
            hits << filesContaining(secret, roots);
        return hits;
    }

private:
    int m_seen;
    Timeouts m_timeouts;
    QTemporaryDir m_dir;
    std::shared_ptr<CoreContext> m_core;
    QList<QByteArray> m_seenSecrets;
};

} // namespace keyway::test
