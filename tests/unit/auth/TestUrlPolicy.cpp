#include "auth/UrlPolicy.h"

#include <QtTest>

using namespace keyway;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<QString>("code"); // empty = allowed

        QTest::newRow("https") << "https://id.example.com/token" << false << "";
        QTest::newRow("https upper scheme") << "HTTPS://id.example.com/token" << false << "";
        QTest::newRow("https port") << "https://id.example.com:8443/token" << false << "";
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/token" << false << "";
        QTest::newRow("http loopback 127/8") << "http://127.45.0.3/token" << false << "";
        QTest::newRow("http loopback v6") << "http://[::1]:9000/token" << false << "";
        QTest::newRow("http localhost") << "http://localhost:9000/token" << false << "";
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/token" << false << "";
        QTest::newRow("http remote") << "http://id.example.com/token" << false << "insecure_url";
        QTest::newRow("http remote allowed") << "http://id.example.com/token" << true << "";
        QTest::newRow("http localhost suffix") << "http://localhost.example.com/token" << false << "insecure_url";
        QTest::newRow("http sub.localhost") << "http://evil.localhost/token" << false << "insecure_url";
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/token" << false << "insecure_url";
        QTest::newRow("http private ip") << "http://192.168.1.10/token" << false << "insecure_url";
        QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/token" << false << "insecure_url";
        QTest::newRow("ftp") << "ftp://id.example.com/token" << false << "invalid_url";
        QTest::newRow("ftp even insecure") << "ftp://id.example.com/token" << true << "invalid_url";
        QTest::newRow("file") << "file:///etc/passwd" << false << "invalid_url";
        QTest::newRow("javascript") << "javascript:alert(1)" << false << "invalid_url";
        QTest::newRow("userinfo") << "https://user:pass@id.example.com/token" << false << "invalid_url";
        QTest::newRow("user only") << "https://user@id.example.com/token" << false << "invalid_url";
        QTest::newRow("no host") << "https:///token" << false << "invalid_url";
        QTest::newRow("relative") << "/token" << false << "invalid_url";
        QTest::newRow("empty") << "" << false << "invalid_url";
        QTest::newRow("garbage") << "http://exa mple.com/" << false << "invalid_url";
    }

    void check()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(QString, code);
        const Error e = UrlPolicy::check(QUrl(url), allowInsecure);
        QCOMPARE(e.code, code);
        if (!code.isEmpty()) {
            QVERIFY(!e.message.isEmpty());
            QVERIFY2(!e.detail.contains(QLatin1String("pass@")), qPrintable(e.detail));
        }
    }

    // Issue 9: a refused http URL says which host was refused and which setting would allow it.
    void insecureRefusalNamesHostAndSetting()
    {
        const Error e = UrlPolicy::check(QUrl(QStringLiteral("http://lab.internal.example:8080/token?x=1")), false);
        QCOMPARE(e.code, QStringLiteral("insecure_url"));
        QVERIFY2(e.message.contains(QLatin1String("lab.internal.example")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("allow_insecure_http")), qPrintable(e.message));
        QVERIFY2(!e.detail.contains(QLatin1String("x=1")), qPrintable(e.detail)); // no query in the detail
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "TestUrlPolicy.moc"
