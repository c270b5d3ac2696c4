// OpenID Connect Core §12.2 against a real OpenID Provider: the id_token a refresh returns must name the user who
// signed in. oidc-provider returns a new id_token with every refresh; started with --refresh-id-token-sub it
// misbehaves and puts another user ("mallory") in it, signed with its real key, so only the comparison with the
// sign-in's id_token can catch it.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/RefreshedIdToken.h"
#include "auth/TokenEndpoint.h"
#include "core/ConnectionSettings.h"
#include "jose/JwksCache.h"
#include "jose/Jwt.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <optional>

using namespace keyway;

class TestRefreshedIdToken : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_honest;
    test::PeerProcess m_misbehaving;
    test::ServiceFixture m_fx;

    test::PeerProcess &peer(const QString &which) { return which == QLatin1String("honest") ? m_honest : m_misbehaving; }

    ConnectRequest request(const QString &issuer) const
    {
        ConnectRequest r;
        r.issuer = issuer;
        r.clientId = QStringLiteral("keyway-native");
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QStringList common {
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rotate-refresh"), QStringLiteral("false")};
        QString error = m_honest.start(QStringLiteral("oidc-server.mjs"), common);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_misbehaving.start(QStringLiteral("oidc-server.mjs"),
            common + QStringList {QStringLiteral("--refresh-id-token-sub"), QStringLiteral("mallory")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-refreshed-id-token")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }
    void cleanupTestCase()
    {
        m_fx.close();
        m_honest.stop();
        m_misbehaving.stop();
    }

    void refreshedIdTokenMustNameTheSameUser_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("refreshedSub");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("same-user-accepted") << "honest"
                                            << "alice" << QString();
        QTest::newRow("changed-sub-refused") << "misbehaving"
                                             << "mallory"
                                             << "subject_changed";
    }
    void refreshedIdTokenMustNameTheSameUser()
    {
        QFETCH(QString, provider);
        QFETCH(QString, refreshedSub);
        QFETCH(QString, code);
        const auto connected = m_fx.connectAndWait(request(peer(provider).issuer()), "approve");
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials kept = m_fx.credentials(id);
        QVERIFY(!kept.tokens.idToken.isEmpty());
        QVERIFY(!kept.tokens.refreshToken.isEmpty());
        const auto record = m_fx.service().connection(id);
        QVERIFY(record);
        const ConnectionSettings settings = ConnectionSettings::fromJson(record->settings);

        // The refresh, as RefreshCoordinator sends it, a second later: an id_token issued in the same second as the
        // sign-in's would be the very same token (RS256 signatures are deterministic).
        QTest::qWait(1100);
        QNetworkAccessManager network;
        TokenEndpoint endpoint(&network);
        std::optional<Result<TokenSet>> answer;
        endpoint.refresh(settings.provider, kept.client, kept.tokens.refreshToken, {},
            [&answer](const Result<TokenSet> &result, int) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->error().toString()));
        const TokenSet received = answer->value();
        QVERIFY(!received.idToken.isEmpty());
        QVERIFY(received.idToken != kept.tokens.idToken);
        const auto claims = Jwt::decode(QString::fromUtf8(received.idToken));
        QVERIFY(claims.ok());
        QCOMPARE(claims.value().claims().value(QStringLiteral("sub")).toString(), refreshedSub);

        JwksCache jwks(&network);
        std::optional<Error> verdict;
        RefreshedIdToken::check(jwks, settings.provider, kept.client.clientId, kept.tokens, received, this,
            [&verdict](const Error &refusal) { verdict = refusal; });
        QVERIFY(!verdict.has_value()); // always later, from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(verdict.has_value(), 20000);
        QCOMPARE(verdict->code, code);
        if (!code.isEmpty()) {
            QVERIFY2(verdict->message.contains(QLatin1String("previous ones kept")), qPrintable(verdict->message));
            QVERIFY2(verdict->detail.contains(QLatin1String("mallory")), qPrintable(verdict->detail));
        }
    }

    // Through the service, as a user's refresh runs: the answer naming another user is refused as a whole, the
    // stored tokens stay those of the sign-in, and the connection says it needs re-authorization (only a new
    // sign-in can tell who it belongs to now).
    void serviceRefusesARefreshThatChangesTheUser()
    {
        const auto connected = m_fx.connectAndWait(request(m_misbehaving.issuer()), "approve");
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials kept = m_fx.credentials(id);
        QTest::qWait(1100);
        const Error error = m_fx.refresh(id);
        QCOMPARE(error.code, QStringLiteral("subject_changed"));
        QCOMPARE(m_fx.credentials(id).tokens.idToken, kept.tokens.idToken);
        QCOMPARE(m_fx.credentials(id).tokens.accessToken, kept.tokens.accessToken);
        QCOMPARE(m_fx.service().connection(id)->status, ConnectionStatus::NeedsReauthorization);
        QCOMPARE(m_fx.service().connection(id)->accountSubject, QStringLiteral("alice"));
    }
};

QTEST_GUILESS_MAIN(TestRefreshedIdToken)
#include "TestRefreshedIdToken.moc"
