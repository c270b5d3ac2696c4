// Issue 15.7, with the real binary and a real OpenID Provider: the parameters the protocol's checks rest on
// (redirect_uri, state, nonce, response_type, code_challenge*, client_id, grant_type, ...) cannot be replaced by
// an option or an integration file, and turning PKCE off, which is allowed for providers that reject it, prints
// a warning on every sign-in that runs without it.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace keyway;

class TestProtocolParameters : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_oidc;

    test::KeywayRun keyway(const QStringList &args, const QByteArray &input = {})
    {
        return test::runKeyway(args, input, {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}});
    }
    QStringList connectArgs(const QString &clientId) const
    {
        return {QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--client-id"), clientId,
            QStringLiteral("--scope"), QStringLiteral("openid email")};
    }
    QString writeFile(const QString &name, const QJsonObject &oauth)
    {
        const QJsonObject file {{QStringLiteral("id"), name}, {QStringLiteral("name"), QStringLiteral("Test ") + name},
            {QStringLiteral("category"), QStringLiteral("developer-tools")},
            {QStringLiteral("description"), QStringLiteral("A test.")}, {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth}};
        QDir().mkpath(qEnvironmentVariable("KEYWAY_TEST_HOME"));
        const QString path = qEnvironmentVariable("KEYWAY_TEST_HOME") + QLatin1Char('/') + name + QStringLiteral(".json");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(file).toJson());
        return path;
    }
    QJsonObject oauthOf(const QJsonObject &extra = {}) const
    {
        QJsonObject o {{QStringLiteral("issuer"), m_oidc.issuer()}, {QStringLiteral("openid"), true},
            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid"), QStringLiteral("email")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void optionsCannotReplaceProtocolParameters_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("pair");
        QTest::newRow("redirect_uri") << "--auth-param"
                                      << "redirect_uri=http://127.0.0.1:9/steal";
        QTest::newRow("state") << "--auth-param"
                               << "state=fixed";
        QTest::newRow("nonce") << "--auth-param"
                               << "nonce=fixed";
        QTest::newRow("response_type") << "--auth-param"
                                       << "response_type=token";
        QTest::newRow("code_challenge") << "--auth-param"
                                        << "code_challenge=abc";
        QTest::newRow("code_challenge_method") << "--auth-param"
                                               << "code_challenge_method=plain";
        QTest::newRow("client_id") << "--auth-param"
                                   << "client_id=someone-else";
        QTest::newRow("token grant_type") << "--token-param"
                                          << "grant_type=password";
        QTest::newRow("token redirect_uri") << "--token-param"
                                            << "redirect_uri=http://127.0.0.1:9/steal";
        QTest::newRow("token code_verifier") << "--token-param"
                                             << "code_verifier=x";
    }
    void optionsCannotReplaceProtocolParameters()
    {
        QFETCH(QString, option);
        QFETCH(QString, pair);
        const test::KeywayRun run = keyway(connectArgs(QStringLiteral("keyway-native")) << option << pair);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("is a protocol parameter Keyway sets itself")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Opening your browser")), qPrintable(run.err)); // refused before the sign-in
        QVERIFY(run.out.isEmpty());
    }

    void aFileCannotReplaceThemEither()
    {
        const QString path = writeFile(QStringLiteral("test-redirect"),
            oauthOf({{QStringLiteral("authorization_params"),
                QJsonObject {{QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")}}}}));
        const test::KeywayRun run = keyway({QStringLiteral("integrations"), QStringLiteral("import"), path});
        QCOMPARE(run.code, 1);
        QVERIFY2(
            run.err.contains(QLatin1String("\"redirect_uri\" is a protocol parameter Keyway sets itself")), qPrintable(run.err));
    }

    void pkceOffWarnsOnEverySignIn()
    {
        // --no-pkce, twice: a warning each time, before the browser opens.
        for (int i = 0; i < 2; ++i) {
            const test::KeywayRun run = keyway(connectArgs(QStringLiteral("keyway-basic"))
                    << QStringLiteral("--client-secret-stdin") << QStringLiteral("--no-pkce"),
                "basic-secret");
            const qsizetype warning = run.err.indexOf(QLatin1String("Warning: PKCE is off"));
            QVERIFY2(warning >= 0, qPrintable(run.err));
            const qsizetype browser = run.err.indexOf(QLatin1String("Opening your browser"));
            QVERIFY2(browser < 0 || warning < browser, qPrintable(run.err));
        }
        // An integration file with "pkce": false, on connect and on reconnect.
        const QString path = writeFile(QStringLiteral("test-nopkce"), oauthOf({{QStringLiteral("pkce"), false}}));
        const test::KeywayRun imported = keyway({QStringLiteral("integrations"), QStringLiteral("import"), path});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const test::KeywayRun first
            = keyway({QStringLiteral("connect"), QStringLiteral("test-nopkce"), QStringLiteral("--client-id"),
                         QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin")},
                "basic-secret");
        QVERIFY2(first.err.contains(QLatin1String("Warning: PKCE is off for Test test-nopkce")), qPrintable(first.err));
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QString id = QString::fromUtf8(first.out).trimmed();
        const test::KeywayRun again = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id});
        QVERIFY2(again.err.contains(QLatin1String("Warning: PKCE is off")), qPrintable(again.err));
        // With PKCE on, no such warning.
        const test::KeywayRun on = keyway(connectArgs(QStringLiteral("keyway-native")));
        QVERIFY2(on.code == 0, qPrintable(on.err));
        QVERIFY2(!on.err.contains(QLatin1String("PKCE")), qPrintable(on.err));
    }

    void cleanupTestCase() { m_oidc.stop(); }
};

QTEST_GUILESS_MAIN(TestProtocolParameters)
#include "TestProtocolParameters.moc"
