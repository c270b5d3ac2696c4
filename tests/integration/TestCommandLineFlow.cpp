// Issue 3's "done means", as a script would do it: `keyway connect --issuer` against a local OpenID Provider
// with a scripted browser, `keyway token` prints a working token, `keyway request` reaches userinfo,
// `keyway token --refresh` rotates, `keyway disconnect` revokes, and no token is in any file Keyway wrote.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

class TestCommandLineFlow : public QObject
{
    Q_OBJECT

private:
    keyway::test::PeerProcess m_peer;
    QList<QByteArray> m_secrets;

    using Run = keyway::test::KeywayRun;
    Run keyway(const QStringList &args, const QByteArray &input = {})
    {
        return keyway::test::runKeyway(args, input, {{QStringLiteral("KEYWAY_BROWSER"), keyway::test::scriptedBrowserCommand()}});
    }
    int userinfoStatus(const QByteArray &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_peer.issuer() + QStringLiteral("/me")));
        req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(req);
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private slots:
    void initTestCase()
    {
        keyway::test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void connectTokenRequestRefreshDisconnect()
    {
        // connect: a confidential client whose secret comes from stdin, never argv.
        const Run connect
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                         QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"),
                         QStringLiteral("openid email offline_access"), QStringLiteral("--name"), QStringLiteral("Local IdP")},
                "basic-secret\n");
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        QVERIFY2(!id.isEmpty() && !id.contains(QLatin1Char(' ')), connect.out.constData());
        // Issue 15.4: which account signed in, on stderr, so another user finishing the sign-in first is seen.
        QVERIFY2(connect.err.contains(QLatin1String("Connected as alice@example.test\n")), qPrintable(connect.err));
        m_secrets << "basic-secret";

        const Run list = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY(QString::fromUtf8(list.out).contains(id));
        QVERIFY(QString::fromUtf8(list.out).contains(QLatin1String("alice@example.test")));

        // token: the access token alone, and it works at the provider.
        const Run token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        const QByteArray accessToken = token.out.trimmed();
        QVERIFY(!accessToken.isEmpty());
        m_secrets << accessToken;
        QCOMPARE(userinfoStatus(accessToken), 200);

        // request: auth applied, userinfo reached.
        const Run request = keyway({QStringLiteral("request"), id.left(8), QStringLiteral("GET"),
            m_peer.issuer() + QStringLiteral("/me"), QStringLiteral("-H"), QStringLiteral("Accept: application/json")});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QCOMPARE(QJsonDocument::fromJson(request.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        // token --refresh rotates: a new access token (and refresh token, seen through the fingerprint).
        const Run before = keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        QCOMPARE(before.code, 0);
        const Run refreshed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        const QByteArray newToken = refreshed.out.trimmed();
        m_secrets << newToken;
        QVERIFY(newToken != accessToken);
        const Run after = keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        auto refreshFingerprint = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json)
                .object()
                .value(QStringLiteral("tokens"))
                .toObject()
                .value(QStringLiteral("refresh_token"))
                .toObject()
                .value(QStringLiteral("fingerprint"))
                .toString();
        };
        QVERIFY(!refreshFingerprint(before.out).isEmpty());
        QVERIFY(refreshFingerprint(before.out) != refreshFingerprint(after.out));
        QVERIFY(!after.out.contains(newToken)); // inspect shows fingerprints, never the token

        // disconnect revokes at the provider.
        const Run disconnect = keyway({QStringLiteral("disconnect"), id});
        QVERIFY2(disconnect.code == 0, qPrintable(disconnect.err));
        QCOMPARE(userinfoStatus(newToken), 401);
        const Run gone = keyway({QStringLiteral("token"), id});
        QCOMPARE(gone.code, 1);
        QCOMPARE(gone.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void errorsAreOneLineAndNonZero()
    {
        const Run unknown = keyway({QStringLiteral("token"), QStringLiteral("no-such-connection")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(unknown.err.trimmed().count(QLatin1Char('\n')), 0);
        const Run noIntegration = keyway({QStringLiteral("connect"), QStringLiteral("no-such-integration"),
            QStringLiteral("--client-id"), QStringLiteral("x")});
        QCOMPARE(noIntegration.code, 1);
        QVERIFY(noIntegration.err.contains(QLatin1String("no-such-integration")));
        const Run badOption = keyway({QStringLiteral("token"), QStringLiteral("--frobnicate")});
        QCOMPARE(badOption.code, 2);
    }

    void noTokenInAnyFile()
    {
        for (const QByteArray &secret : std::as_const(m_secrets))
            QCOMPARE(keyway::test::filesContaining(secret), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineFlow)
#include "TestCommandLineFlow.moc"
