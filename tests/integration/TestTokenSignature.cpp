// ConnectionService::verifySignature, the token inspector's signature status, against the real OpenID
// Provider's JWKS (oidc-provider on loopback): a genuine id_token verifies with the provider's kid; a changed
// payload, an unknown kid, "alg":"none" and a connection without a key set each get their own answer.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestTokenSignature : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::ServiceFixture m_fx {0};
    QString m_id;
    QByteArray m_idToken;

    ConnectionService &service() { return m_fx.service(); }

    struct Check
    {
        QString keyId;
        Error error;
    };
    Check verify(const QString &id, const QByteArray &token)
    {
        Check result;
        bool done = false;
        service().verifySignature(id, token, this, [&](const Result<QString> &answer) {
            const QString keyId = answer ? answer.value() : QString();
            const Error error = answer ? Error() : answer.error();
            result = {keyId, error};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
        return result;
    }

    static QByteArray b64(const QByteArray &bytes)
    {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    static QByteArray part(const QByteArray &token, int index) { return token.split('.').value(index); }
    static QJsonObject decoded(const QByteArray &segment)
    {
        return QJsonDocument::fromJson(QByteArray::fromBase64(segment, QByteArray::Base64UrlEncoding)).object();
    }
    static QByteArray encoded(const QJsonObject &object) { return b64(QJsonDocument(object).toJson(QJsonDocument::Compact)); }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-signature-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));

        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.clientId = QStringLiteral("keyway-native");
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
        r.browserCommand = test::scriptedBrowserCommand();
        const auto connected = m_fx.connectAndWait(r, "approve");
        KEYWAY_VERIFY_RESULT(connected);
        m_id = connected.value();
        m_idToken = m_fx.credentials(m_id).tokens.idToken;
        QVERIFY(!m_idToken.isEmpty());
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_peer.stop();
    }

    void genuineTokenVerifies()
    {
        const Check check = verify(m_id, m_idToken);
        QVERIFY2(check.error.isNull(), qPrintable(check.error.toString()));
        QCOMPARE(check.keyId, decoded(part(m_idToken, 0)).value(QStringLiteral("kid")).toString());
    }

    void changedPayloadIsRejected()
    {
        QJsonObject claims = decoded(part(m_idToken, 1));
        claims.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
        const QByteArray forged = part(m_idToken, 0) + '.' + encoded(claims) + '.' + part(m_idToken, 2);
        QCOMPARE(verify(m_id, forged).error.code, QStringLiteral("bad_signature"));
    }

    void unknownKeyIsSaidSo()
    {
        QJsonObject header = decoded(part(m_idToken, 0));
        header.insert(QStringLiteral("kid"), QStringLiteral("not-a-key-of-this-provider"));
        const QByteArray token = encoded(header) + '.' + part(m_idToken, 1) + '.' + part(m_idToken, 2);
        const Check check = verify(m_id, token);
        QCOMPARE(check.error.code, QStringLiteral("unknown_key"));
        QVERIFY(check.error.message.contains(QLatin1String("not-a-key-of-this-provider")));
    }

    // RFC 8725 §3.1: "none" is never accepted, whatever the key set.
    void algNoneIsRefused()
    {
        const QByteArray token = encoded({{QStringLiteral("alg"), QStringLiteral("none")}}) + '.' + part(m_idToken, 1) + '.';
        QCOMPARE(verify(m_id, token).error.code, QStringLiteral("alg_not_allowed"));
    }

    void garbageAndUnknownConnectionsFailCleanly()
    {
        QCOMPARE(verify(m_id, "not.a.jwt!").error.code, QStringLiteral("malformed"));
        QCOMPARE(verify(m_id, QByteArray()).error.code, QStringLiteral("malformed"));
        QCOMPARE(verify(QStringLiteral("no-such-connection"), m_idToken).error.code, QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestTokenSignature)
#include "TestTokenSignature.moc"
