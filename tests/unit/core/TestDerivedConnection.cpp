// DerivedConnection (issue 20): an exchanged token (RFC 8693 §2.2.1) kept as a connection of its own. Where its token
// may go (the API base given, else the resource's URL, else the audience's; https, or http on loopback), which answers
// are refused (a token bound to a key, RFC 9449 §5 / RFC 7800; not an access token, §2.2.1 N_A or another
// issued_token_type), and what is kept: a bearer token with the answer's expiry, no refresh token, its parent named.
// A derived connection answers to its id and name, never for its integration (ConnectionChooser).
#include "core/ConnectionChooser.h"
#include "core/ConnectionSettings.h"
#include "core/DerivedConnection.h"

#include <QTimeZone>
#include <QtTest>

using namespace keyway;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT with these claims (only decoded here, never verified). Plain literals: moc misreads raw strings with braces.
QByteArray jwt(const QByteArray &claims)
{
    return base64Url("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}") + '.' + base64Url(claims) + '.' + base64Url("signature");
}

TokenSet issued(const QByteArray &token = "opaque-exchanged-token")
{
    TokenSet t;
    t.accessToken = token;
    t.refreshToken = "a-refresh-token";
    t.idToken = "an-id-token";
    t.tokenType = QStringLiteral("Bearer");
    t.issuedTokenType = QLatin1String(TokenExchangeRequest::kAccessTokenType);
    t.obtainedAt = QDateTime(QDate(2026, 12, 6), QTime(20, 0), QTimeZone::utc());
    t.expiresAt = t.obtainedAt.addSecs(600);
    t.grantedScopes = {QStringLiteral("email")};
    return t;
}

ConnectionRecord parentRecord()
{
    ConnectionRecord r;
    r.id = QStringLiteral("parent-0001");
    r.integrationId = QStringLiteral("openid-connect");
    r.name = QStringLiteral("Identity");
    r.accountLabel = QStringLiteral("alice@example.com");
    r.authMode = QStringLiteral("oauth2_authorization_code");
    r.status = ConnectionStatus::Connected;
    return r;
}

TokenExchangeRequest ask(const QString &audience, const QStringList &resources = {})
{
    TokenExchangeRequest r;
    r.audience = audience;
    r.resources = resources;
    r.scopes = {QStringLiteral("email")};
    return r;
}

} // namespace

class TestDerivedConnection : public QObject
{
    Q_OBJECT

private slots:
    void theTokenGoesToTheServiceItIsFor_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QStringList>("resources");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("apiBase"); // or the error code
        QTest::newRow("an https audience") << "https://reports.example.test" << QStringList() << ""
                                           << "https://reports.example.test";
        QTest::newRow("a loopback http audience") << "http://127.0.0.1:8080/v1" << QStringList() << ""
                                                  << "http://127.0.0.1:8080/v1";
        QTest::newRow("the resource before the audience")
            << "https://aud.example.test" << QStringList {QStringLiteral("https://api.example.test/v2")} << ""
            << "https://api.example.test/v2";
        QTest::newRow("a URN resource, then an https one")
            << "reports" << QStringList {QStringLiteral("urn:x:reports"), QStringLiteral("https://api.example.test")} << ""
            << "https://api.example.test";
        QTest::newRow("the API base given wins") << "https://aud.example.test" << QStringList() << " https://api.example.test/ "
                                                 << "https://api.example.test/";
        QTest::newRow("a logical audience needs one") << "reports" << QStringList() << ""
                                                      << "no_api_base";
        QTest::newRow("a URN resource needs one") << "" << QStringList {QStringLiteral("urn:keyway:reports")} << ""
                                                  << "no_api_base";
        QTest::newRow("plain http elsewhere is no API base") << "http://reports.example.test" << QStringList() << ""
                                                             << "no_api_base";
        QTest::newRow("given plain http elsewhere") << "reports" << QStringList() << "http://api.example.test"
                                                    << "bad_api_base";
        QTest::newRow("given with user info") << "reports" << QStringList() << "https://u:p@api.example.test"
                                              << "bad_api_base";
        QTest::newRow("given not a URL") << "reports" << QStringList() << "api.example.test"
                                         << "bad_api_base";
        QTest::newRow("given another scheme") << "reports" << QStringList() << "ftp://api.example.test"
                                              << "bad_api_base";
    }
    void theTokenGoesToTheServiceItIsFor()
    {
        QFETCH(QString, audience);
        QFETCH(QStringList, resources);
        QFETCH(QString, given);
        QFETCH(QString, apiBase);
        const Result<QString> base = DerivedConnection::apiBase(ask(audience, resources), given);
        QCOMPARE(base ? base.value() : base.error().code, apiBase);
        if (!base)
            QVERIFY(!base.error().message.isEmpty());
    }

    void onlyAPlainBearerAccessTokenIsKept_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("tokenType");
        QTest::addColumn<QString>("issuedTokenType");
        QTest::addColumn<QString>("code"); // empty: kept
        const QString accessToken = QLatin1String(TokenExchangeRequest::kAccessTokenType);
        QTest::newRow("an opaque access token") << QByteArray("opaque") << "Bearer" << accessToken << "";
        QTest::newRow("a JWT access token") << jwt("{\"sub\":\"alice\",\"aud\":\"reports\"}") << "Bearer"
                                            << "urn:ietf:params:oauth:token-type:jwt"
                                            << "";
        QTest::newRow("no issued_token_type") << QByteArray("opaque") << "Bearer"
                                              << ""
                                              << "";
        QTest::newRow("DPoP-bound (RFC 9449 §5)") << QByteArray("opaque") << "DPoP" << accessToken << "bound_token";
        QTest::newRow("a JWT bound to a DPoP key (cnf jkt)")
            << jwt("{\"sub\":\"alice\",\"cnf\":{\"jkt\":\"0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I\"}}") << "Bearer"
            << accessToken << "bound_token";
        QTest::newRow("a JWT bound to a certificate (cnf x5t#S256)")
            << jwt("{\"sub\":\"alice\",\"cnf\":{\"x5t#S256\":\"bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2\"}}") << "Bearer"
            << accessToken << "bound_token";
        QTest::newRow("an id_token") << QByteArray("opaque") << "N_A"
                                     << "urn:ietf:params:oauth:token-type:id_token"
                                     << "not_an_access_token";
        QTest::newRow("a SAML 2 assertion") << QByteArray("PHNhbWw+") << "Bearer"
                                            << "urn:ietf:params:oauth:token-type:saml2"
                                            << "not_an_access_token";
        QTest::newRow("token_type N_A") << QByteArray("opaque") << "N_A" << accessToken << "not_an_access_token";
        QTest::newRow("no token at all") << QByteArray() << "Bearer" << accessToken << "not_an_access_token";
    }
    void onlyAPlainBearerAccessTokenIsKept()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, tokenType);
        QFETCH(QString, issuedTokenType);
        QFETCH(QString, code);
        TokenSet t = issued(token);
        t.tokenType = tokenType;
        t.issuedTokenType = issuedTokenType;
        const Error error = DerivedConnection::checkIssued(t);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message.isEmpty(), code.isEmpty());
        const auto made = DerivedConnection::make(parentRecord(), ask(QStringLiteral("https://reports.example.test")), t,
            QStringLiteral("Reports"), {}, QStringLiteral("derived-0001"), t.obtainedAt);
        QCOMPARE(made ? QString() : made.error().code, code);
    }

    void theDerivedConnectionIsABearerTokenNamingItsParent()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TokenSet t = issued();
        const auto made = DerivedConnection::make(parentRecord(),
            ask(QStringLiteral("reports"),
                {QStringLiteral("https://a.example.test"), QStringLiteral("https://b.example.test:8443")}),
            t, QStringLiteral("  Reports  "), {}, QStringLiteral("derived-0001"), now);
        QVERIFY2(made.ok(), qPrintable(made.error().toString()));
        const ConnectionRecord &r = made.value().record;
        QCOMPARE(r.id, QStringLiteral("derived-0001"));
        QCOMPARE(r.name, QStringLiteral("Reports"));
        QCOMPARE(r.integrationId, parentRecord().integrationId); // the same provider issued it
        QCOMPARE(r.authMode, QStringLiteral("bearer_token"));
        QCOMPARE(r.status, ConnectionStatus::Connected);
        QVERIFY(r.accountLabel.isEmpty()); // it does not answer for the parent's account
        QCOMPARE(r.expiresAt, t.expiresAt);
        QCOMPARE(r.createdAt, now);
        QCOMPARE(r.requestedScopes, QStringList {QStringLiteral("email")});
        QCOMPARE(r.grantedScopes, QStringList {QStringLiteral("email")});
        QVERIFY(!r.tokenFingerprint.isEmpty());
        const ConnectionSettings settings = ConnectionSettings::fromJson(r.settings);
        QCOMPARE(settings.authMode, AuthMode::BearerToken);
        QCOMPARE(settings.derivedFrom, parentRecord().id);
        QCOMPARE(settings.apiBaseUrl, QStringLiteral("https://a.example.test"));
        QCOMPARE(settings.apiOrigins, QStringList {QStringLiteral("https://b.example.test:8443")});
        QCOMPARE(settings.credentialScheme, QStringLiteral("Bearer"));
        QVERIFY(settings.provider.tokenUrl.isEmpty()); // nothing to renew it with, and not sent to the provider
        // The access token alone: no refresh token (it could not be renewed correctly), no id_token.
        const StoredCredentials &secrets = made.value().secrets;
        QCOMPARE(secrets.tokens.accessToken, t.accessToken);
        QCOMPARE(secrets.tokens.tokenType, QStringLiteral("Bearer"));
        QVERIFY(secrets.tokens.refreshToken.isEmpty());
        QVERIFY(secrets.tokens.idToken.isEmpty());
        QCOMPARE(secrets.tokens.expiresAt, t.expiresAt);
        QCOMPARE(secrets.record.value(QStringLiteral("name")).toString(), QStringLiteral("Reports"));

        const auto unnamed = DerivedConnection::make(parentRecord(), ask(QStringLiteral("https://reports.example.test")), t,
            QStringLiteral("  "), {}, QStringLiteral("derived-0002"), now);
        QCOMPARE(unnamed.error().code, QStringLiteral("empty_name"));
        const auto nowhere = DerivedConnection::make(parentRecord(), ask(QStringLiteral("reports")), t, QStringLiteral("Reports"),
            {}, QStringLiteral("derived-0003"), now);
        QCOMPARE(nowhere.error().code, QStringLiteral("no_api_base"));
    }

    void theNameOfferedSaysParentAndTarget()
    {
        QCOMPARE(
            DerivedConnection::suggestedName(QStringLiteral("Identity"), ask(QStringLiteral("https://reports.example.test"))),
            QStringLiteral("Identity → https://reports.example.test"));
        QCOMPARE(
            DerivedConnection::suggestedName(QStringLiteral("Identity"), ask(QString(), {QStringLiteral("urn:keyway:reports")})),
            QStringLiteral("Identity → urn:keyway:reports"));
    }

    void aDerivedConnectionDoesNotAnswerForItsIntegration()
    {
        const TokenSet t = issued();
        const auto made = DerivedConnection::make(parentRecord(), ask(QStringLiteral("https://reports.example.test")), t,
            QStringLiteral("Reports"), {}, QStringLiteral("derived-0001"), QDateTime::currentDateTimeUtc());
        QVERIFY(made.ok());
        const QList<ConnectionRecord> all {parentRecord(), made.value().record};
        const auto byIntegration = ConnectionChooser::choose(all, {}, QStringLiteral("openid-connect"));
        QVERIFY2(byIntegration.ok(), qPrintable(byIntegration.error().toString()));
        QCOMPARE(byIntegration.value().id, parentRecord().id);
        QCOMPARE(ConnectionChooser::choose(all, {}, QStringLiteral("Reports")).value().id, QStringLiteral("derived-0001"));
        QCOMPARE(ConnectionChooser::choose(all, {}, QStringLiteral("derived-0001")).value().id, QStringLiteral("derived-0001"));
    }
};

QTEST_MAIN(TestDerivedConnection)
#include "TestDerivedConnection.moc"
