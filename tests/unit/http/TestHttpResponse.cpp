#include "http/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtTest>

using namespace keyway;

namespace {

// Field lines of a serialized response, lower-cased names.
QMultiMap<QByteArray, QByteArray> fieldsOf(const QByteArray &wire)
{
    QMultiMap<QByteArray, QByteArray> fields;
    const QByteArray head = wire.left(wire.indexOf("\r\n\r\n"));
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        fields.insert(line.left(colon).toLower(), line.mid(colon + 2));
    }
    return fields;
}

QByteArray bodyOf(const QByteArray &wire)
{
    return wire.mid(wire.indexOf("\r\n\r\n") + 4);
}

} // namespace

class TestHttpResponse : public QObject
{
    Q_OBJECT

private slots:
    void serializeAddsTheFixedFields()
    {
        HttpResponse r(200);
        r.setBody("hi", "text/plain");
        const QByteArray wire = r.serialize();
        QVERIFY(wire.startsWith("HTTP/1.1 200 OK\r\n"));
        const auto f = fieldsOf(wire);
        QCOMPARE(f.value("content-length"), QByteArray("2"));
        QCOMPARE(f.value("connection"), QByteArray("close"));
        QCOMPARE(f.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(f.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(f.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(f.value("content-type"), QByteArray("text/plain"));
        QVERIFY(f.value("date").endsWith(" GMT"));
        QCOMPARE(bodyOf(wire), QByteArray("hi"));
    }

    void callerCannotOverrideFraming()
    {
        HttpResponse r(200);
        r.setBody("abc");
        r.addHeader("Content-Length", "999");
        r.addHeader("Connection", "keep-alive");
        r.addHeader("Transfer-Encoding", "chunked");
        r.setHeader("Cache-Control", "private, max-age=0");
        const auto f = fieldsOf(r.serialize());
        QCOMPARE(f.values("content-length"), QList<QByteArray> {"3"});
        QCOMPARE(f.values("connection"), QList<QByteArray> {"close"});
        QVERIFY(!f.contains("transfer-encoding"));
        QCOMPARE(f.values("cache-control"), QList<QByteArray> {"private, max-age=0"});
    }

    void refusesHeaderInjection_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CRLF in value") << QByteArray("X-A") << QByteArray("a\r\nSet-Cookie: x=1");
        QTest::newRow("LF in value") << QByteArray("X-A") << QByteArray("a\nb");
        QTest::newRow("NUL in value") << QByteArray("X-A") << QByteArray("a\0b", 3);
        QTest::newRow("colon in name") << QByteArray("X:A") << QByteArray("v");
        QTest::newRow("space in name") << QByteArray("X A") << QByteArray("v");
        QTest::newRow("empty name") << QByteArray() << QByteArray("v");
    }
    void refusesHeaderInjection()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        HttpResponse r;
        QVERIFY(!r.setHeader(name, value));
        QVERIFY(!r.addHeader(name, value));
        QVERIFY(r.headers().isEmpty());
        const QByteArray wire = r.serialize();
        QVERIFY(!wire.contains("Set-Cookie"));
        QCOMPARE(wire.count("\r\n\r\n"), 1);
    }

    void headersAreCaseInsensitive()
    {
        HttpResponse r;
        QVERIFY(r.setHeader("X-Thing", "1"));
        QVERIFY(r.setHeader("x-thing", "2"));
        QCOMPARE(r.headers().size(), 1);
        QCOMPARE(r.header("X-THING"), QByteArray("2"));
        QVERIFY(r.addHeader("X-Thing", "3"));
        QCOMPARE(r.headers().size(), 2);
        r.removeHeader("X-THING");
        QVERIFY(r.headers().isEmpty());
    }

    void htmlCarriesSecurityHeaders()
    {
        const HttpResponse r = HttpResponse::html(200, QStringLiteral("<p>caf\u00e9</p>"));
        const auto f = fieldsOf(r.serialize());
        QCOMPARE(f.value("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(f.value("content-security-policy").startsWith("default-src 'none'; style-src 'unsafe-inline'"));
        QVERIFY(f.value("content-security-policy").contains("frame-ancestors 'none'"));
        QCOMPARE(f.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(f.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(r.body(), QStringLiteral("<p>caf\u00e9</p>").toUtf8());
    }

    void jsonTextAndError()
    {
        const HttpResponse j
            = HttpResponse::json(400, QJsonDocument(QJsonObject {{QStringLiteral("error"), QStringLiteral("invalid_grant")}}));
        QCOMPARE(j.status(), 400);
        QCOMPARE(j.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(j.body(), QByteArray(R"({"error":"invalid_grant"})"));
        QVERIFY(j.serialize().startsWith("HTTP/1.1 400 Bad Request\r\n"));

        const HttpResponse t = HttpResponse::text(200, QStringLiteral("ok"));
        QCOMPARE(t.header("content-type"), QByteArray("text/plain; charset=utf-8"));

        const HttpResponse e = HttpResponse::error(431, QStringLiteral("too many fields"));
        QCOMPARE(e.status(), 431);
        QCOMPARE(e.body(), QByteArray("431 Request Header Fields Too Large: too many fields\n"));
    }

    void redirect()
    {
        const HttpResponse r
            = HttpResponse::redirect(QUrl(QStringLiteral("http://127.0.0.1:5000/callback?code=a b&state=x\r\ny")));
        QCOMPARE(r.status(), 302);
        const QByteArray location = r.header("Location");
        QVERIFY(location.startsWith("http://127.0.0.1:5000/callback?code=a%20b&state=x"));
        QVERIFY(!location.contains('\r') && !location.contains('\n') && !location.contains(' '));
        QVERIFY(r.serialize().startsWith("HTTP/1.1 302 Found\r\n"));
        QCOMPARE(HttpResponse::redirect(QUrl(QStringLiteral("http://x/")), 303).status(), 303);
        QCOMPARE(HttpResponse::redirect(QUrl(QStringLiteral("http://x/")), 200).status(), 500); // not a redirect status
        QCOMPARE(HttpResponse::redirect(QUrl()).status(), 500);
    }

    void headOnlyAndBodylessStatuses()
    {
        HttpResponse r = HttpResponse::text(200, QStringLiteral("hello"));
        const QByteArray head = r.serialize(true);
        QCOMPARE(fieldsOf(head).value("content-length"), QByteArray("5"));
        QVERIFY(head.endsWith("\r\n\r\n"));
        QVERIFY(!head.contains("hello"));

        HttpResponse none(204);
        none.setBody("ignored");
        const QByteArray wire = none.serialize();
        QVERIFY(!fieldsOf(wire).contains("content-length"));
        QVERIFY(wire.endsWith("\r\n\r\n"));

        HttpResponse odd(42);
        QVERIFY(odd.serialize().startsWith("HTTP/1.1 500 "));
    }

    void reasonPhrases()
    {
        QCOMPARE(HttpResponse::reasonPhrase(404), QByteArray("Not Found"));
        QCOMPARE(HttpResponse::reasonPhrase(421), QByteArray("Misdirected Request"));
        QCOMPARE(HttpResponse::reasonPhrase(505), QByteArray("HTTP Version Not Supported"));
        QCOMPARE(HttpResponse::reasonPhrase(499), QByteArray("Client Error"));
    }

    void htmlEscape()
    {
        QCOMPARE(HttpResponse::htmlEscape(QStringLiteral("<script>alert('x')&\"</script>")),
            QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;"));
        QCOMPARE(HttpResponse::htmlEscape(QStringLiteral("caf\u00e9 {{title}}")), QStringLiteral("caf\u00e9 {{title}}"));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "TestHttpResponse.moc"
