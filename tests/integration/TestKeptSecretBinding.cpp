// Issue 15.3, with the real binary, a real OpenID Provider and a second loopback server standing in for an
// attacker: a client secret kept in the keychain is bound to the token endpoint origin it was first used with.
// After `integrations import --replace` points token_url elsewhere, `connect --reconnect` refuses before anything
// is sent (the other server never hears from Keyway); put back, the kept secret works again; given anew, it
// goes to the new endpoint because the user said so.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "ThreadedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace keyway;

class TestKeptSecretBinding : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_oidc;

    test::KeywayRun keyway(const QStringList &args, const QByteArray &input = {})
    {
        return test::runKeyway(args, input, {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}});
    }

    // The provider's endpoints written down (no discovery), with the token endpoint at `tokenUrl`.
    QString writeIntegration(const QString &tokenUrl)
    {
        const QString issuer = m_oidc.issuer();
        const QJsonObject oauth {{QStringLiteral("issuer"), issuer}, {QStringLiteral("openid"), true},
            {QStringLiteral("authorization_url"), issuer + QStringLiteral("/auth")}, {QStringLiteral("token_url"), tokenUrl},
            {QStringLiteral("jwks_url"), issuer + QStringLiteral("/jwks")},
            {QStringLiteral("userinfo_url"), issuer + QStringLiteral("/me")},
            {QStringLiteral("revocation_url"), issuer + QStringLiteral("/token/revocation")},
            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid"), QStringLiteral("email")}}};
        const QJsonObject file {{QStringLiteral("id"), QStringLiteral("test-bound")},
            {QStringLiteral("name"), QStringLiteral("Test bound")},
            {QStringLiteral("category"), QStringLiteral("developer-tools")},
            {QStringLiteral("description"), QStringLiteral("A test.")}, {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth}};
        QDir().mkpath(qEnvironmentVariable("KEYWAY_TEST_HOME"));
        const QString path = qEnvironmentVariable("KEYWAY_TEST_HOME") + QStringLiteral("/test-bound.json");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QJsonDocument(file).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aKeptSecretGoesOnlyToItsTokenEndpoint()
    {
        test::ThreadedHttpServer elsewhere(R"({"access_token":"x","token_type":"Bearer"})");
        const quint16 port = elsewhere.startAndWait();
        QVERIFY(port != 0);
        const QString movedTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(port);

        const QString original = writeIntegration(m_oidc.issuer() + QStringLiteral("/token"));
        const test::KeywayRun imported = keyway({QStringLiteral("integrations"), QStringLiteral("import"), original});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const test::KeywayRun connected
            = keyway({QStringLiteral("connect"), QStringLiteral("test-bound"), QStringLiteral("--client-id"),
                         QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin")},
                "basic-secret");
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        const QString id = QString::fromUtf8(connected.out).trimmed();

        // The file changes under the connection: its token endpoint is now another server.
        const QString moved = writeIntegration(movedTokenUrl);
        QVERIFY(keyway({QStringLiteral("integrations"), QStringLiteral("import"), moved, QStringLiteral("--replace")}).code == 0);
        const test::KeywayRun refused = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("token endpoint"))
                && refused.err.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
            qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QLatin1String("Opening your browser")), qPrintable(refused.err));
        QCOMPARE(elsewhere.requestCount(), 0);

        // Put back, the kept secret works again without being typed.
        QVERIFY(keyway({QStringLiteral("integrations"), QStringLiteral("import"),
                           writeIntegration(m_oidc.issuer() + QStringLiteral("/token")), QStringLiteral("--replace")})
                    .code
            == 0);
        const test::KeywayRun back = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id});
        QVERIFY2(back.code == 0, qPrintable(back.err));

        // Given again by the user, the secret goes where the file now says (that server is no token endpoint,
        // so the sign-in fails there; what matters is that it was the user's decision).
        QVERIFY(keyway({QStringLiteral("integrations"), QStringLiteral("import"), writeIntegration(movedTokenUrl),
                           QStringLiteral("--replace")})
                    .code
            == 0);
        const test::KeywayRun given
            = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id, QStringLiteral("--client-id"),
                         QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin")},
                "basic-secret");
        QVERIFY2(!given.err.contains(QLatin1String("moved from")), qPrintable(given.err));
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.requestCount() == 1, 10000);
        QVERIFY(elsewhere.lastRequestHead().startsWith("POST /token"));
    }

    void cleanupTestCase() { m_oidc.stop(); }
};

QTEST_GUILESS_MAIN(TestKeptSecretBinding)
#include "TestKeptSecretBinding.moc"
