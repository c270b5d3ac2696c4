// CredentialOrigins: how origins are read and compared (RFC 6454 §4 triples, §6.2 serialization), and which
// origins a connection's credential belongs to.
#include "core/CredentialOrigins.h"

#include <QtTest>

using namespace keyway;

class TestOrigins : public QObject
{
    Q_OBJECT

private slots:
    void serializesTheOriginOfAUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("path and query dropped") << "https://api.example.com/v1/me?x=1#f"
                                                << "https://api.example.com";
        QTest::newRow("default port left out") << "https://api.example.com:443/v1"
                                               << "https://api.example.com";
        QTest::newRow("other port kept") << "https://api.example.com:8443/v1"
                                         << "https://api.example.com:8443";
        QTest::newRow("http default port") << "http://127.0.0.1:80/x"
                                           << "http://127.0.0.1";
        QTest::newRow("case folded") << "HTTPS://API.Example.COM/x"
                                     << "https://api.example.com";
        QTest::newRow("ipv6") << "http://[::1]:8080/x"
                              << "http://[::1]:8080";
        QTest::newRow("user info dropped") << "https://user:pw@api.example.com/"
                                           << "https://api.example.com";
        QTest::newRow("relative") << "/v1/me"
                                  << "";
        QTest::newRow("no host") << "file:///etc/passwd"
                                 << "";
    }
    void serializesTheOriginOfAUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(CredentialOrigins::of(QUrl(url)), origin);
    }

    void parsesOnlyOrigins_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("origin");
        QTest::newRow("origin") << "https://cdn.example.com"
                                << "https://cdn.example.com";
        QTest::newRow("trailing slash") << "https://cdn.example.com/"
                                        << "https://cdn.example.com";
        QTest::newRow("port") << "http://127.0.0.1:9000"
                              << "http://127.0.0.1:9000";
        QTest::newRow("path") << "https://cdn.example.com/v1"
                              << "";
        QTest::newRow("query") << "https://cdn.example.com?x"
                               << "";
        QTest::newRow("user info") << "https://a@cdn.example.com"
                                   << "";
        QTest::newRow("other scheme") << "ftp://cdn.example.com"
                                      << "";
        QTest::newRow("no scheme") << "cdn.example.com"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void parsesOnlyOrigins()
    {
        QFETCH(QString, text);
        QFETCH(QString, origin);
        QCOMPARE(CredentialOrigins::parse(text), origin);
    }

    void aConnectionOwnsItsApiItsProviderAndWhatItLists()
    {
        ConnectionSettings s;
        s.apiBaseUrl = QStringLiteral("https://api.example.com/v2");
        s.whoamiUrl = QStringLiteral("https://api.example.com/v2/me");
        s.provider.issuer = QStringLiteral("https://login.example.com");
        s.provider.tokenUrl = QStringLiteral("https://login.example.com/oauth/token");
        s.provider.userinfoUrl = QStringLiteral("https://openid.example.com/userinfo");
        s.provider.revocationUrl = QStringLiteral("https://login.example.com/oauth/revoke");
        s.apiOrigins = {QStringLiteral("https://uploads.example.com"), QStringLiteral("https://files.example.com/")};
        s.allowedOrigins = {QStringLiteral("https://mine.example.org:8443")};
        QCOMPARE(CredentialOrigins::ofConnection(s),
            QStringList({QStringLiteral("https://api.example.com"), QStringLiteral("https://openid.example.com"),
                QStringLiteral("https://login.example.com"), QStringLiteral("https://uploads.example.com"),
                QStringLiteral("https://files.example.com"), QStringLiteral("https://mine.example.org:8443")}));
        QVERIFY(CredentialOrigins::belongsTo(s, QUrl(QStringLiteral("https://api.example.com:443/anything"))));
        QVERIFY(CredentialOrigins::belongsTo(s, QUrl(QStringLiteral("https://uploads.example.com/put"))));
        QVERIFY(!CredentialOrigins::belongsTo(s, QUrl(QStringLiteral("http://api.example.com/v2")))); // another scheme
        QVERIFY(!CredentialOrigins::belongsTo(s, QUrl(QStringLiteral("https://api.example.com:8443/v2")))); // another port
        QVERIFY(!CredentialOrigins::belongsTo(s, QUrl(QStringLiteral("https://api.example.com.evil.example/v2"))));
        QVERIFY(!CredentialOrigins::belongsTo(s, QUrl(QStringLiteral("https://mine.example.org/"))));
        QVERIFY(!CredentialOrigins::belongsTo(ConnectionSettings(), QUrl(QStringLiteral("https://api.example.com/"))));
    }
};

QTEST_GUILESS_MAIN(TestOrigins)
#include "TestOrigins.moc"
