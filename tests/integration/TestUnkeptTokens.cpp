// Issue 15.11: a sign-in never runs for nothing. Without a secret store that takes a write, `keyway connect` stops
// before the browser opens (the real binary, no D-Bus session, a real OpenID Provider); and when the store fails
// after the code exchange anyway, the tokens the provider issued are revoked at once (RFC 7009) instead of being
// left live with nobody holding them (in process, a store that refuses the connection's entry, the revocation
// endpoint a loopback server that counts what it gets).
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "ThreadedHttpServer.h"
#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "store/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestUnkeptTokens : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_oidc;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void noSignInWithoutAWritableStore()
    {
        const QString marker = m_dir.filePath(QStringLiteral("browser-opened"));
        const test::KeywayRun run = test::runKeyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(),
                                                        QStringLiteral("--client-id"), QStringLiteral("keyway-native")},
            {},
            {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/keyway-no-bus")},
                {QStringLiteral("KEYWAY_BROWSER"), QStringLiteral("sh -c 'echo opened > %1'").arg(marker)}});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("Nothing was opened or requested")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Opening your browser")), qPrintable(run.err));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(marker));
    }

    void tokensThatCannotBeKeptAreRevoked()
    {
        test::ThreadedHttpServer revocation("{}");
        const quint16 port = revocation.startAndWait();
        QVERIFY(port != 0);
        const QString issuer = m_oidc.issuer();
        const QJsonObject oauth {{QStringLiteral("issuer"), issuer}, {QStringLiteral("openid"), true},
            {QStringLiteral("authorization_url"), issuer + QStringLiteral("/auth")},
            {QStringLiteral("token_url"), issuer + QStringLiteral("/token")},
            {QStringLiteral("jwks_url"), issuer + QStringLiteral("/jwks")},
            {QStringLiteral("userinfo_url"), issuer + QStringLiteral("/me")},
            {QStringLiteral("revocation_url"), QStringLiteral("http://127.0.0.1:%1/revoke").arg(port)},
            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid"), QStringLiteral("offline_access")}}};
        const QJsonObject file {{QStringLiteral("id"), QStringLiteral("test-unkept")},
            {QStringLiteral("name"), QStringLiteral("Test unkept")},
            {QStringLiteral("category"), QStringLiteral("developer-tools")},
            {QStringLiteral("description"), QStringLiteral("A test.")}, {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth}};
        QVERIFY(QDir().mkpath(Catalog::defaultCustomDir()));
        QFile f(Catalog::defaultCustomDir() + QStringLiteral("/test-unkept.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(file).toJson());
        f.close();

        // The write check passes; the connection's own entry is refused, as a keychain that locks mid-flow would.
        auto store = std::make_shared<MemorySecretStore>();
        store->setFailure(Error::make(QStringLiteral("keychain_unavailable"), QStringLiteral("The keychain went away.")),
            QStringLiteral("connection/"));
        CoreContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("keyway.sqlite"));
        options.secrets = store;
        auto core = CoreContext::open(options);
        QVERIFY2(core, qPrintable(core.error().toString()));

        ConnectRequest request;
        request.integrationId = QStringLiteral("test-unkept");
        request.clientId = QStringLiteral("keyway-native");
        request.browserCommand = test::scriptedBrowserCommand();
        ConnectAttempt *attempt = core.value()->service().connectIntegration(request);
        Error error;
        bool done = false;
        QObject::connect(attempt, &ConnectAttempt::succeeded, this, [&](const QString &) { done = true; });
        QObject::connect(attempt, &ConnectAttempt::failed, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(error.code, QStringLiteral("keychain_unavailable"));
        QVERIFY2(error.message.contains(QLatin1String("were revoked")), qPrintable(error.toString()));
        QCOMPARE(revocation.requestCount(), 1);
        QVERIFY2(revocation.lastRequestHead().startsWith("POST /revoke"), revocation.lastRequestHead().constData());
        QVERIFY(core.value()->service().connections().isEmpty());
        for (const QString &key : store->entries().keys()) // the write check left nothing behind, no token was kept
            QVERIFY2(
                !key.startsWith(QLatin1String("write-check/")) && !key.startsWith(QLatin1String("connection/")), qPrintable(key));
    }

    void cleanupTestCase() { m_oidc.stop(); }
};

QTEST_GUILESS_MAIN(TestUnkeptTokens)
#include "TestUnkeptTokens.moc"
