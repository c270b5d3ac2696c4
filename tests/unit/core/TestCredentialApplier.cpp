// Where a connection's credential goes on an API request (CredentialApplier): the header value per the
// integration's placement - RFC 6750 §2.1 "Bearer", a provider's own scheme, and an auth-param after the scheme
// (RFC 9110 §11.2, Freshsales' "Token token=KEY") - and that only the masked form reaches the history.
#include "core/CredentialApplier.h"

#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(keyway::AuthMode)

class TestCredentialApplier : public QObject
{
    Q_OBJECT

private slots:
    void headerValue_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QByteArray>("credential");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bearer") << u"Bearer"_s << QString() << QByteArray("at-1") << QByteArray("Bearer at-1");
        QTest::newRow("raw") << QString() << QString() << QByteArray("k-1") << QByteArray("k-1");
        QTest::newRow("raw ignores a param") << QString() << u"token"_s << QByteArray("k-1") << QByteArray("k-1");
        QTest::newRow("auth-param token") << u"Token"_s << u"token"_s << QByteArray("sfg999666t673t7t82")
                                          << QByteArray("Token token=sfg999666t673t7t82");
        QTest::newRow("auth-param tchar") << u"Token"_s << u"token"_s << QByteArray("a!#$%&'*+.^_`|~-9")
                                          << QByteArray("Token token=a!#$%&'*+.^_`|~-9");
        // §5.6.4: quoted-string, with '"' and '\' escaped as quoted-pairs.
        QTest::newRow("auth-param quoted") << u"Token"_s << u"token"_s << QByteArray("a=b/c d")
                                           << QByteArray("Token token=\"a=b/c d\"");
        QTest::newRow("auth-param escaped") << u"Token"_s << u"token"_s << QByteArray("q\"x\\y")
                                            << QByteArray("Token token=\"q\\\"x\\\\y\"");
        QTest::newRow("auth-param empty") << u"Token"_s << u"token"_s << QByteArray() << QByteArray("Token token=\"\"");
    }
    void headerValue()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, param);
        QFETCH(QByteArray, credential);
        QFETCH(QByteArray, expected);
        QCOMPARE(CredentialApplier::headerValue(scheme, param, credential), expected);
    }

    // Issue 19.2: the one place the credential goes on a request, for what is sent, the history and Copy as
    // cURL: the integration's headers unless the user typed the same name, the credential replacing a typed
    // header of its own name, a query credential percent-encoded, and only the masked form for display.
    void apply_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<HeaderList>("typed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<HeaderList>("masked");
        QTest::addColumn<QString>("expectedUrl"); // FullyEncoded, as sent
        QTest::addColumn<QString>("maskedUrl");
        const QString base = u"https://api.example.com/v1/items?q=a%20b"_s;
        QTest::newRow("bearer token after the integration's header")
            << AuthMode::AuthorizationCode << u"header"_s << u"Authorization"_s << u"Bearer"_s << HeaderList() << base
            << HeaderList {{"Acme-Version", "2024"}, {"Authorization", "Bearer at-123456789"}}
            << HeaderList {{"Acme-Version", "2024"}, {"Authorization", "Bearer at********9"}} << base << base;
        QTest::newRow("typed header of the integration's name wins")
            << AuthMode::AuthorizationCode << u"header"_s << u"Authorization"_s << u"Bearer"_s
            << HeaderList {{"acme-version", "2025"}} << base
            << HeaderList {{"acme-version", "2025"}, {"Authorization", "Bearer at-123456789"}}
            << HeaderList {{"acme-version", "2025"}, {"Authorization", "Bearer at********9"}} << base << base;
        QTest::newRow("credential replaces a typed header of its name")
            << AuthMode::ApiKey << u"header"_s << u"X-Api-Key"_s << QString() << HeaderList {{"x-api-key", "typed"}} << base
            << HeaderList {{"Acme-Version", "2024"}, {"X-Api-Key", "k+y/=&z?#"}}
            << HeaderList {{"Acme-Version", "2024"}, {"X-Api-Key", "********"}} << base << base;
        QTest::newRow("query key percent-encoded, replacing a typed one")
            << AuthMode::ApiKey << u"query"_s << u"key"_s << QString() << HeaderList() << base + u"&key=typed"_s
            << HeaderList {{"Acme-Version", "2024"}} << HeaderList {{"Acme-Version", "2024"}}
            << u"https://api.example.com/v1/items?q=a%20b&key=k%2By%2F%3D%26z%3F%23"_s
            << u"https://api.example.com/v1/items?q=a%20b&key=********"_s;
        QTest::newRow("basic") << AuthMode::Basic << u"header"_s << u"Authorization"_s << u"Basic"_s << HeaderList() << base
                               << HeaderList {{"Acme-Version", "2024"}, {"Authorization", "Basic YWxpY2U6cHc="}}
                               << HeaderList {{"Acme-Version", "2024"}, {"Authorization", "Basic YW********="}} << base << base;
    }
    // A short secret shows nothing; a long one at most a quarter, 4 characters before and 2 after.
    void masksShowLittle_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("masked");
        QTest::newRow("empty") << QByteArray() << QByteArray("********");
        QTest::newRow("9-character key") << QByteArray("k9x2m4p7q") << QByteArray("********");
        QTest::newRow("11 characters") << QByteArray("abcdefghijk") << QByteArray("********");
        QTest::newRow("12 characters: 3 shown") << QByteArray("abcdefghijkl") << QByteArray("ab********l");
        QTest::newRow("16 characters: 4 shown") << QByteArray("abcdefghijklmnop") << QByteArray("abc********p");
        QTest::newRow("40 characters: 6 shown")
            << QByteArray(40, 'x').replace(0, 4, "gho_").replace(38, 2, "Zq") << QByteArray("gho_********Zq");
    }
    void masksShowLittle()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, masked);
        QCOMPARE(CredentialApplier::mask(secret), masked);
    }

    void apply()
    {
        QFETCH(AuthMode, mode);
        QFETCH(QString, in);
        QFETCH(QString, name);
        QFETCH(QString, scheme);
        QFETCH(HeaderList, typed);
        QFETCH(QString, url);
        QFETCH(HeaderList, headers);
        QFETCH(HeaderList, masked);
        QFETCH(QString, expectedUrl);
        QFETCH(QString, maskedUrl);
        ConnectionSettings settings;
        settings.authMode = mode;
        settings.credentialIn = in;
        settings.credentialName = name;
        settings.credentialScheme = scheme;
        settings.apiHeaders.insert(u"Acme-Version"_s, u"2024"_s);
        StoredCredentials credentials;
        credentials.tokens.accessToken = "at-123456789";
        credentials.apiKey = "k+y/=&z?#";
        credentials.username = "alice";
        credentials.password = "pw";
        ApiRequest request;
        request.headers = typed;
        const CredentialApplier::Applied applied = CredentialApplier::apply(request, QUrl(url), settings, credentials);
        QCOMPARE(applied.headers, headers);
        QCOMPARE(applied.maskedHeaders, masked);
        QCOMPARE(QString::fromLatin1(applied.url.toEncoded()), expectedUrl);
        QCOMPARE(QString::fromLatin1(applied.maskedUrl.toEncoded()), maskedUrl);
    }

    void appliesTheAuthParamAndMasksIt()
    {
        ConnectionSettings settings;
        settings.authMode = AuthMode::ApiKey;
        settings.credentialScheme = u"Token"_s;
        settings.credentialParam = u"token"_s;
        StoredCredentials credentials;
        credentials.apiKey = "sfg999666t673t7t82";
        ApiRequest request;
        request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer typed-by-the-user")));
        const QUrl url(u"https://widgetz.myfreshworks.com/crm/sales/api/contacts"_s);
        const CredentialApplier::Applied applied = CredentialApplier::apply(request, url, settings, credentials);
        QCOMPARE(applied.headers.size(), 1); // the integration's credential replaces the typed header
        QCOMPARE(applied.headers.first().second, QByteArray("Token token=sfg999666t673t7t82"));
        QCOMPARE(applied.maskedHeaders.first().second, QByteArray("Token token=sfg********2"));
        QCOMPARE(applied.url, url);
    }
};

QTEST_GUILESS_MAIN(TestCredentialApplier)
#include "TestCredentialApplier.moc"
