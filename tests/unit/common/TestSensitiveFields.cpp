// SensitiveFields: what a request history keeps. Names that suggest a credential lose their value in headers,
// query strings, JSON (at any depth) and form bodies; everything else is kept as it was.
#include "common/SensitiveFields.h"

#include <QtTest>

using namespace keyway;

class TestSensitiveFields : public QObject
{
    Q_OBJECT

private slots:
    void namesThatSuggestACredential_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sensitive");
        for (const char *name : {"X-Api-Key", "Cookie", "Set-Cookie", "PRIVATE-TOKEN", "Authorization", "Proxy-Authorization",
                 "key", "sig", "token", "password", "passwd", "secret_key", "client_secret", "X-Session-Id", "x-amz-signature",
                 "X-Auth-Token", "credentials", "pin", "OTP", "hapikey"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name : {"Accept", "Content-Type", "User-Agent", "page", "limit", "q", "name", "email", "spinner"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
    void namesThatSuggestACredential()
    {
        QFETCH(QString, name);
        QFETCH(bool, sensitive);
        QCOMPARE(SensitiveFields::isSensitiveName(name), sensitive);
    }

    void theIntegrationsOwnPlacementIsSensitive()
    {
        QVERIFY(!SensitiveFields::isSensitiveName(QStringLiteral("hapi")));
        QVERIFY(SensitiveFields::isSensitiveName(QStringLiteral("HAPI"), {QStringLiteral("hapi")}));
        QCOMPARE(
            SensitiveFields::redactUrl(QStringLiteral("https://api.example.com/x?hapi=abc&page=2"), {QStringLiteral("hapi")}),
            QStringLiteral("https://api.example.com/x?hapi=[redacted]&page=2"));
    }

    void headers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kept");
        QTest::newRow("bearer keeps its scheme") << "Authorization"
                                                 << "Bearer abc.def.ghi"
                                                 << "Bearer [redacted]";
        QTest::newRow("basic keeps its scheme") << "authorization"
                                                << "Basic dXNlcjpwYXNz"
                                                << "Basic [redacted]";
        QTest::newRow("bare authorization") << "Authorization"
                                            << "abcdef"
                                            << "[redacted]";
        QTest::newRow("api key") << "X-Api-Key"
                                 << "k_live_123"
                                 << "[redacted]";
        QTest::newRow("cookie") << "Cookie"
                                << "sid=1; theme=dark"
                                << "[redacted]";
        QTest::newRow("gitlab") << "PRIVATE-TOKEN"
                                << "glpat-xyz"
                                << "[redacted]";
        QTest::newRow("accept kept") << "Accept"
                                     << "application/json"
                                     << "application/json";
    }
    void headers()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, kept);
        QCOMPARE(SensitiveFields::redactHeaderValue(name, value), kept);
    }

    void queryParameters_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("kept");
        QTest::newRow("key sig token")
            << "https://maps.example.com/api?key=AIza123&center=paris&sig=abc%3D&token=t1"
            << "https://maps.example.com/api?key=[redacted]&center=paris&sig=[redacted]&token=[redacted]";
        QTest::newRow("fragment kept") << "https://x.example.com/a?session_id=s1#top"
                                       << "https://x.example.com/a?session_id=[redacted]#top";
        QTest::newRow("no query") << "https://x.example.com/a/b"
                                  << "https://x.example.com/a/b";
        QTest::newRow("nothing sensitive") << "https://x.example.com/a?page=2&q=keyway"
                                           << "https://x.example.com/a?page=2&q=keyway";
    }
    void queryParameters()
    {
        QFETCH(QString, url);
        QFETCH(QString, kept);
        QCOMPARE(SensitiveFields::redactUrl(url), kept);
    }

    void bodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("gone");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("json at any depth")
            << R"({"user":"ann","password":"hunter22","card":{"pin":"4321","last4":"1111"},"items":[{"secret_key":"sk_9"}]})"
            << QStringList {QStringLiteral("hunter22"), QStringLiteral("4321"), QStringLiteral("sk_9")}
            << QStringList {
                   QStringLiteral("ann"), QStringLiteral("1111"), QStringLiteral("\"password\""), QStringLiteral("\"pin\"")};
        QTest::newRow("json object as value")
            << R"({"credentials":{"user":"bob","pass":"p4ss"}})" << QStringList {QStringLiteral("bob"), QStringLiteral("p4ss")}
            << QStringList {QStringLiteral("credentials")};
        QTest::newRow("form") << "grant=x&password=hunter22&pin=9876&name=ann"
                              << QStringList {QStringLiteral("hunter22"), QStringLiteral("9876")}
                              << QStringList {QStringLiteral("name=ann"), QStringLiteral("password=[redacted]")};
        QTest::newRow("plain text") << "hello world" << QStringList {} << QStringList {QStringLiteral("hello world")};
    }
    void bodies()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, gone);
        QFETCH(QStringList, kept);
        const QString out = SensitiveFields::redactBody(body);
        for (const QString &g : gone)
            QVERIFY2(!out.contains(g), qPrintable(out));
        for (const QString &k : kept)
            QVERIFY2(out.contains(k), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSensitiveFields)
#include "TestSensitiveFields.moc"
