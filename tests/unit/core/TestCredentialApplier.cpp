// Where a connection's credential goes on an API request (CredentialApplier): the header value per the
// integration's placement - RFC 6750 §2.1 "Bearer", a provider's own scheme, and an auth-param after the scheme
// (RFC 9110 §11.2, Freshsales' "Token token=KEY") - and that only the masked form reaches the history.
#include "core/CredentialApplier.h"

#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

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
        QCOMPARE(applied.maskedHeaders.first().second, QByteArray("Token token=sfg9********82"));
        QCOMPARE(applied.url, url);
    }
};

QTEST_GUILESS_MAIN(TestCredentialApplier)
#include "TestCredentialApplier.moc"
