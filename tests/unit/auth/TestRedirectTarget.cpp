// RedirectTarget: the redirect URI a user registered at a provider, read exactly (RFC 8252 §7.1, §7.3; RFC 6749
// §3.1.2), written back exactly, and everything Keyway could not listen on refused with a sentence saying why.
#include "auth/ProviderConfig.h"
#include "auth/RedirectTarget.h"

#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestRedirectTarget : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatKeywayCanListenOn_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("privateUse");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("registered");
        QTest::newRow("fixed port") << u"http://127.0.0.1:27401/callback"_s << false << u"127.0.0.1"_s << 27401 << u"/callback"_s
                                    << u"http://127.0.0.1:27401/callback"_s;
        QTest::newRow("any port") << u"http://127.0.0.1/callback"_s << false << u"127.0.0.1"_s << 0 << u"/callback"_s
                                  << u"http://127.0.0.1/callback"_s;
        QTest::newRow("localhost, as some providers require") << u"http://localhost:27402/oauth/cb"_s << false << u"localhost"_s
                                                              << 27402 << u"/oauth/cb"_s << u"http://localhost:27402/oauth/cb"_s;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST:27402/cb"_s << false << u"localhost"_s << 27402 << u"/cb"_s
                                   << u"http://localhost:27402/cb"_s;
        QTest::newRow("ipv6") << u"http://[::1]:27403/callback"_s << false << u"[::1]"_s << 27403 << u"/callback"_s
                              << u"http://[::1]:27403/callback"_s;
        QTest::newRow("surrounding spaces") << u"  http://127.0.0.1:9/callback \n"_s << false << u"127.0.0.1"_s << 9
                                            << u"/callback"_s << u"http://127.0.0.1:9/callback"_s;
        QTest::newRow("private-use scheme") << u"io.keyway.app:/oauth2redirect"_s << true << QString() << 0
                                            << u"/oauth2redirect"_s << u"io.keyway.app:/oauth2redirect"_s;
        QTest::newRow("scheme in capitals") << u"IO.KEYWAY.APP:/oauth2redirect"_s << true << QString() << 0
                                            << u"/oauth2redirect"_s << u"io.keyway.app:/oauth2redirect"_s;
    }

    void readsWhatKeywayCanListenOn()
    {
        QFETCH(QString, uri);
        QFETCH(bool, privateUse);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QFETCH(QString, registered);
        const Result<RedirectTarget> r = RedirectTarget::parse(uri);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const RedirectTarget &t = r.value();
        QCOMPARE(t.kind == RedirectTarget::Kind::PrivateUseScheme, privateUse);
        if (!privateUse) {
            QCOMPARE(t.host, host);
            QCOMPARE(int(t.port), port);
        }
        QCOMPARE(t.path, path);
        QCOMPARE(t.registeredUri(), registered);

        // Kept by a connection (its ProviderConfig in SQLite) and read back unchanged.
        ProviderConfig config;
        t.applyTo(config);
        QCOMPARE(RedirectTarget::fromConfig(ProviderConfig::fromJson(config.toJson())), t);
    }

    void refusesWhatKeywayCannotListenOn_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << u"must start with"_s;
        QTest::newRow("no scheme") << u"127.0.0.1:8080/callback"_s << u"desktop hands only"_s;
        QTest::newRow("https") << u"https://127.0.0.1:8443/callback"_s << u"cannot receive an https redirect"_s;
        QTest::newRow("another host") << u"http://example.com:8080/callback"_s << u"not example.com"_s;
        QTest::newRow("LAN address") << u"http://192.168.1.2:8080/callback"_s << u"127.0.0.1, [::1] or localhost"_s;
        QTest::newRow("wildcard") << u"http://0.0.0.0:8080/callback"_s << u"127.0.0.1, [::1] or localhost"_s;
        QTest::newRow("query") << u"http://127.0.0.1:8080/callback?x=1"_s << u"RFC 6749 §3.1.2"_s;
        QTest::newRow("fragment") << u"http://127.0.0.1:8080/callback#x"_s << u"RFC 6749 §3.1.2"_s;
        QTest::newRow("user info") << u"http://me@127.0.0.1:8080/callback"_s << u"RFC 6749 §3.1.2"_s;
        QTest::newRow("port 0") << u"http://127.0.0.1:0/callback"_s << u"Port 0"_s;
        QTest::newRow("port too big") << u"http://127.0.0.1:70000/callback"_s << u"not a valid URL"_s;
        QTest::newRow("no path") << u"http://127.0.0.1:8080"_s << u"needs a path"_s;
        QTest::newRow("dot-dot") << u"http://127.0.0.1:8080/a/../b"_s << u"may hold only"_s;
        QTest::newRow("encoded slash") << u"http://127.0.0.1:8080/a%2Fb"_s << u"may hold only"_s;
        QTest::newRow("another app's scheme") << u"com.example.app:/oauth2redirect"_s << u"would open another program"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"would open another program"_s;
        QTest::newRow("scheme with authority")
            << u"io.keyway.app://oauth2redirect"_s << u"exactly io.keyway.app:/oauth2redirect"_s;
        QTest::newRow("scheme, other path") << u"io.keyway.app:/elsewhere"_s << u"exactly io.keyway.app:/oauth2redirect"_s;
    }

    void refusesWhatKeywayCannotListenOn()
    {
        QFETCH(QString, uri);
        QFETCH(QString, why);
        const Result<RedirectTarget> r = RedirectTarget::parse(uri);
        QVERIFY2(!r.ok(), qPrintable(uri));
        QCOMPARE(r.error().code, u"invalid_redirect_uri"_s);
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    }

    // What goes into the requests: the bound port for an ephemeral listener, the fixed one otherwise.
    void uriOfOneAttempt()
    {
        RedirectTarget any;
        QCOMPARE(any.uri(49152), u"http://127.0.0.1:49152/callback"_s);
        QCOMPARE(any.registeredUri(), u"http://127.0.0.1/callback"_s);
        RedirectTarget fixed;
        fixed.port = 27401;
        QCOMPARE(fixed.uri(27401), u"http://127.0.0.1:27401/callback"_s);
        QCOMPARE(RedirectTarget::privateUse().uri(0), u"io.keyway.app:/oauth2redirect"_s);
    }

    // The "oauth.redirect" object an integration file gets from `keyway integrations add --redirect-uri`.
    void integrationRedirectObject()
    {
        const RedirectTarget exact = RedirectTarget::parse(u"http://localhost:27405/cb"_s).value();
        QCOMPARE(exact.integrationRedirect(),
            (QJsonObject {{u"loopback"_s, u"exact"_s}, {u"host"_s, u"localhost"_s}, {u"port"_s, 27405}, {u"path"_s, u"/cb"_s}}));
        const RedirectTarget any = RedirectTarget::parse(u"http://127.0.0.1/callback"_s).value();
        QCOMPARE(any.integrationRedirect(),
            (QJsonObject {{u"loopback"_s, u"any_port"_s}, {u"host"_s, u"127.0.0.1"_s}, {u"path"_s, u"/callback"_s}}));
        QCOMPARE(RedirectTarget::privateUse().integrationRedirect(),
            (QJsonObject {{u"loopback"_s, u"none"_s}, {u"private_use_scheme"_s, true}}));
    }
};

QTEST_GUILESS_MAIN(TestRedirectTarget)
#include "TestRedirectTarget.moc"
