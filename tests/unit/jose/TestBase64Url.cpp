#include "jose/Base64Url.h"
#include "jose/Random.h"

#include <QtTest>

using namespace keyway;

// RFC 7515 §2 / RFC 4648 §5 base64url without padding, strict decoding, and the random token helper.
class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // RFC 4648 §10 vectors, without padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        // The URL-safe alphabet: 0xfb 0xff -> "-_8" (standard base64 would say "+/8=").
        QTest::newRow("url-safe") << QByteArray("\xfb\xff", 2) << QByteArray("-_8");
        // RFC 7515 §3.3 example header bytes.
        QTest::newRow("rfc7515-header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                        << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(Base64Url::encode(bytes), text);
        const auto decoded = Base64Url::decode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
        QCOMPARE(decoded.value(), bytes);
        QCOMPARE(Base64Url::decode(QString::fromLatin1(text)).value(), bytes);
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("single-pad") << QByteArray("Zm8=");
        QTest::newRow("plus") << QByteArray("+_8");
        QTest::newRow("slash") << QByteArray("-/8");
        QTest::newRow("space") << QByteArray("Zm 9v");
        QTest::newRow("newline") << QByteArray("Zm9v\n");
        QTest::newRow("dot") << QByteArray("Zm.9v");
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
        QTest::newRow("high-byte") << QByteArray("Zm\xc3\xa9v");
        QTest::newRow("length-4k+1") << QByteArray("Zm9vY");
        QTest::newRow("one-char") << QByteArray("A");
        // "Zh" decodes to 'f' like "Zg" but leaves non-zero bits: a second spelling of the same byte.
        QTest::newRow("trailing-bits-2") << QByteArray("Zh");
        QTest::newRow("trailing-bits-3") << QByteArray("Zm9");
    }
    void rejectsBadText()
    {
        QFETCH(QByteArray, text);
        const auto decoded = Base64Url::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, QStringLiteral("invalid_base64url"));
        QVERIFY(!decoded.error().message.isEmpty());
        QVERIFY(!decoded.error().detail.isEmpty());
        QVERIFY(!Base64Url::isValid(text));
    }

    void rejectsNonAsciiString()
    {
        QVERIFY(!Base64Url::decode(QStringLiteral("Zm9v\u00e9")).ok());
        QVERIFY(!Base64Url::decode(QStringLiteral("Zm\u2013v")).ok());
    }

    void allByteValuesRoundTrip()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        for (int cut = 0; cut < 4; ++cut) {
            const QByteArray bytes = all.left(all.size() - cut);
            const QByteArray text = Base64Url::encode(bytes);
            QVERIFY(!text.contains('='));
            QCOMPARE(Base64Url::decode(text).value(), bytes);
        }
    }

    void randomBytesAndTokens()
    {
        QCOMPARE(Random::bytes(0).size(), 0);
        QCOMPARE(Random::bytes(-3).size(), 0);
        QCOMPARE(Random::bytes(16).size(), 16);
        QVERIFY(Random::bytes(32) != Random::bytes(32));
        const QString token = Random::token();
        QCOMPARE(token.size(), 43);
        QVERIFY(Base64Url::decode(token).ok());
        QCOMPARE(Base64Url::decode(token).value().size(), 32);
        QCOMPARE(Random::token(16).size(), 22);
        QVERIFY(Random::token() != Random::token());
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
