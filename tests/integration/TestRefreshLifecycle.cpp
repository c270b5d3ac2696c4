// The refresh lifecycle against providers that misbehave as real ones do (issue 26), each a real oidc-provider that
// rotates refresh tokens and revokes the whole grant when a used one comes back (RFC 9700 §4.14.2):
//  - an answer lost after the provider rotated (a 502 page, a web page with 200, a dropped connection) is not
//    retried with the spent refresh token; the next attempt asks first (RFC 7662) and the grant is never revoked;
//  - a refresh the provider refused before handling it (503 with Retry-After) is retried, and works;
//  - reconnecting asks for the scopes the connection had, not the integration's defaults;
//  - an API's insufficient_scope is not answered with a refresh;
//  - connection names are unique.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QtTest>

using namespace keyway;
using keyway::test::KeywayRun;

class TestRefreshLifecycle : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fx;

    Result<QString> connect(const test::PeerProcess &peer,
        const QStringList &scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")})
    {
        ConnectRequest r;
        r.issuer = peer.issuer();
        r.clientId = QStringLiteral("keyway-native");
        r.scopes = scopes;
        r.browserCommand = test::scriptedBrowserCommand();
        return m_fx.connectAndWait(r, "approve");
    }

    QPair<QByteArray, Error> token(const QString &id, bool force)
    {
        QPair<QByteArray, Error> result;
        bool done = false;
        m_fx.service().accessToken(id, force, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            const Error e = answer ? Error() : answer.error();
            result = {t, e};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            result.second = Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
        return result;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-lifecycle-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    // The provider rotates, then its answer is lost. Keyway must not send the spent refresh token again (the
    // provider would revoke the grant, killing the access token still in use); it reports the failure, keeps the
    // tokens, and the next attempt asks the provider (introspection) before presenting anything.
    void lostAnswerIsNotRetriedWithTheSpentToken_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("502 page from a gateway") << QStringLiteral("502");
        QTest::newRow("a web page with 200") << QStringLiteral("html");
        QTest::newRow("connection closed without an answer") << QStringLiteral("drop");
    }
    void lostAnswerIsNotRetriedWithTheSpentToken()
    {
        QFETCH(QString, mode);
        test::PeerProcess peer;
        const QString error = peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--lose-refresh-answers"), QStringLiteral("1"), QStringLiteral("--lose-mode"), mode});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto connected = connect(peer);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray accessToken = token(id, false).first;
        QVERIFY(!accessToken.isEmpty());

        const auto [lost, lostError] = token(id, true);
        QVERIFY(lost.isEmpty());
        QVERIFY(!lostError.isNull());
        QVERIFY2(lostError.message.contains(QLatin1String("checks before trying again")), qPrintable(lostError.toString()));
        // One refresh reached the provider and none was repeated: no reuse, no revoked grant.
        QCOMPARE(test::ProviderCounters::refreshes(peer, QStringLiteral("ok")), 1);
        QCOMPARE(test::ProviderCounters::refreshes(peer, QStringLiteral("error")), 0);
        QCOMPARE(test::ProviderCounters::counts(peer).value(QStringLiteral("revoked_grants")).toInt(), 0);
        QVERIFY(m_fx.service().connection(id)->status != ConnectionStatus::NeedsReauthorization);

        // The next attempt asks first: the refresh token is spent, so the connection needs re-authorization - and
        // the provider still has not revoked the grant, so the access token in use keeps working until it expires.
        const auto [next, nextError] = token(id, true);
        QVERIFY(next.isEmpty());
        QCOMPARE(nextError.code, QStringLiteral("invalid_grant"));
        QCOMPARE(m_fx.service().connection(id)->status, ConnectionStatus::NeedsReauthorization);
        QVERIFY(test::ProviderCounters::counts(peer).value(QStringLiteral("introspections")).toInt() >= 1);
        QCOMPARE(test::ProviderCounters::counts(peer).value(QStringLiteral("revoked_grants")).toInt(), 0);
        QCOMPARE(test::ProviderCounters::userinfoStatus(peer, accessToken), 200);
    }

    // 503 with Retry-After: the provider says it did not handle the request, so the same refresh token may go again.
    void refusedBeforeHandlingIsRetried()
    {
        test::PeerProcess peer;
        const QString error
            = peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--unavailable-refreshes"), QStringLiteral("1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto connected = connect(peer);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto [renewed, renewError] = token(id, true);
        QVERIFY2(renewError.isNull(), qPrintable(renewError.toString()));
        QCOMPARE(test::ProviderCounters::userinfoStatus(peer, renewed), 200);
        QCOMPARE(test::ProviderCounters::refreshes(peer, QStringLiteral("ok")), 1);
        QCOMPARE(m_fx.service().connection(id)->status, ConnectionStatus::Connected);
        QVERIFY(m_fx.steps(id).contains(QStringLiteral("refresh:error"))); // the 503, then the retry that worked
    }

    // Reconnecting keeps what the connection asked for (offline_access included), and its name.
    void reconnectAsksForTheConnectionsScopes()
    {
        test::PeerProcess peer;
        QVERIFY(peer.start(QStringLiteral("oidc-server.mjs")).isEmpty());
        const QStringList scopes {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        const auto connected = connect(peer, scopes);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        ConnectRequest again;
        again.reconnectId = id;
        again.browserCommand = test::scriptedBrowserCommand();
        const auto reconnected = m_fx.connectAndWait(again, "approve");
        KEYWAY_VERIFY_RESULT(reconnected);
        QCOMPARE(reconnected.value(), id);
        QCOMPARE(m_fx.service().connection(id)->requestedScopes, scopes);
        QVERIFY(!m_fx.credentials(id).tokens.refreshToken.isEmpty());
        QVERIFY(m_fx.refresh(id).isNull());
    }

    // A 401 that says insufficient_scope (RFC 6750 §3.1) is a missing permission, not an expired token: no refresh,
    // and the error names the scope.
    void insufficientScopeIsNotAnsweredWithARefresh()
    {
        test::PeerProcess peer;
        QVERIFY(peer.start(QStringLiteral("oidc-server.mjs")).isEmpty());
        const auto connected = connect(peer);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const ApiResponse response = m_fx.get(id, peer.issuer() + QStringLiteral("/api/insufficient-scope"));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error.code, QStringLiteral("insufficient_scope"));
        QCOMPARE(response.missingScopes, QStringList {QStringLiteral("api:write")});
        QVERIFY(response.error.message.contains(QLatin1String("api:write")));
        QVERIFY(!response.refreshedAndRetried);
        QCOMPARE(test::ProviderCounters::refreshes(peer, QStringLiteral("ok"))
                + test::ProviderCounters::refreshes(peer, QStringLiteral("error")),
            0);
    }

    // Two connections never share a name: a default name is made unique, a name the user gives that is taken is
    // refused (on connect and on rename), and names pick connections on the command line.
    void namesAreUnique()
    {
        test::PeerProcess peer;
        QVERIFY(peer.start(QStringLiteral("oidc-server.mjs")).isEmpty());
        const auto firstConnected = connect(peer);
        const auto secondConnected = connect(peer);
        KEYWAY_VERIFY_RESULT(firstConnected);
        KEYWAY_VERIFY_RESULT(secondConnected);
        const QString first = firstConnected.value();
        const QString second = secondConnected.value();
        const QString firstName = m_fx.service().connection(first)->name;
        const QString secondName = m_fx.service().connection(second)->name;
        QVERIFY2(firstName.startsWith(QLatin1String("alice")), qPrintable(firstName)); // named after the account
        QVERIFY(firstName != secondName);
        // Earlier tests connected as alice too: the base name is taken, so each new one gets the next number.
        QVERIFY2(QRegularExpression(QStringLiteral("^alice.* \\(\\d+\\)$")).match(secondName).hasMatch(), qPrintable(secondName));

        Error error = m_fx.service().rename(second, firstName.toUpper());
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("name_taken"));
        error = m_fx.service().rename(second, QStringLiteral("Work account"));
        QVERIFY(error.isNull());

        ConnectRequest named;
        named.issuer = peer.issuer();
        named.clientId = QStringLiteral("keyway-native");
        named.name = QStringLiteral("work account");
        named.browserCommand = test::scriptedBrowserCommand();
        QCOMPARE(test::failureCode(m_fx.connectAndWait(named, "approve")), QStringLiteral("name_taken"));
        QCOMPARE(m_fx.service().resolve(QStringLiteral("Work account")).value().id, second);
    }
};

QTEST_GUILESS_MAIN(TestRefreshLifecycle)
#include "TestRefreshLifecycle.moc"
