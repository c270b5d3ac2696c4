#include "common/Redactor.h"

#include <QtTest>

using namespace keyway;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintIsStableAndShort()
    {
        const QString a = Redactor::fingerprint(QByteArray("secret-one"));
        QCOMPARE(a, Redactor::fingerprint(QByteArray("secret-one")));
        QVERIFY(a != Redactor::fingerprint(QByteArray("secret-two")));
        QVERIFY(!a.contains(QLatin1String("secret")));
        QCOMPARE(Redactor::fingerprint(QByteArray()), QStringLiteral("(empty)"));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("bearer header") << "Authorization: Bearer eyJhbGciOi.abc.def"
                                       << "eyJhbGciOi";
        QTest::newRow("basic header") << "authorization: Basic dXNlcjpwYXNz"
                                      << "dXNlcjpwYXNz";
        QTest::newRow("json access_token") << R"({"access_token":"tok-123456","token_type":"Bearer"})"
                                           << "tok-123456";
        QTest::newRow("json refresh spaced") << R"({ "refresh_token" : "rt-abcdef" })"
                                             << "rt-abcdef";
        QTest::newRow("form code") << "grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=x"
                                   << "SplxlOBeZQQYbYS6WxSbIA";
        QTest::newRow("form verifier") << "code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
                                       << "dBjftJeZ4CVP";
        QTest::newRow("client secret") << "client_id=a&client_secret=s3cr3t-value"
                                       << "s3cr3t-value";
        QTest::newRow("url query") << "GET https://x.test/cb?code=abc123xyz&state=s"
                                   << "abc123xyz";
        QTest::newRow("password json") << R"({"password": "hunter2-long"})"
                                       << "hunter2-long";
    }
    void patterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        const QString out = Redactor::redact(input);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("[redacted]")) || out.contains(QLatin1String("[sha256:")));
    }

    void registeredSecretsAnywhere()
    {
        const QByteArray secret = "opaque+token/with=chars";
        Redactor::registerSecret(secret);
        const QString text = QStringLiteral("some log: ") + QString::fromUtf8(secret) + QStringLiteral(" and encoded ")
            + QString::fromLatin1(secret.toPercentEncoding());
        const QString out = Redactor::redact(text);
        QVERIFY(!out.contains(QString::fromUtf8(secret)));
        QVERIFY(!out.contains(QString::fromLatin1(secret.toPercentEncoding())));
        QVERIFY(out.contains(Redactor::fingerprint(secret)));
    }

    void harmlessTextUntouched()
    {
        const QString text = QStringLiteral("GET /callback?state=abc HTTP/1.1 status=200 expires_in=3600");
        QCOMPARE(Redactor::redact(text), text);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
