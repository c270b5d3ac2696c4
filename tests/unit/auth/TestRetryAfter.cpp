// TokenEndpoint::parseRetryAfter: RFC 9110 §10.2.3 Retry-After as delay-seconds or an HTTP-date, nonsense
// ignored, so RefreshCoordinator can wait as long as an unavailable provider asks. (The whole path, a 503 with
// Retry-After from the sandbox delaying the refresh's retry, is in TestSandboxFaultBehaviour.)
#include "auth/TokenEndpoint.h"

#include <QtTest>

using namespace keyway;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray("2") << 2;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray("  7 ") << 7;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("huge is capped at a day") << QByteArray("99999999999") << 24 * 3600;
        QTest::newRow("http-date ahead") << QByteArray("Mon, 23 Nov 2026 12:00:30 GMT") << 30;
        QTest::newRow("http-date past") << QByteArray("Mon, 23 Nov 2026 11:00:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
    }
    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        QCOMPARE(TokenEndpoint::parseRetryAfter(value, now), seconds);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "TestRetryAfter.moc"
