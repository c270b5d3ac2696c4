// One leeway for the provider's clock, the same both ways (ClockLeeway, 5 minutes; RFC 7519 §4.1.4, OpenID
// Connect Core §3.1.3.7 steps 9 and 10), against a real OpenID Provider whose clock is set off the machine's
// (oidc-server.mjs --clock-offset: the id_token's times and the Date header of every answer). Within the leeway
// a sign-in works whichever clock is ahead; beyond it, it is refused, and the refusal says by how much this
// computer's clock is behind or ahead of the provider's, measured from the Date header of the token response.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"

#include <QtTest>

using namespace keyway;

class TestClockSkew : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fx;

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-clock-skew")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }
    void cleanupTestCase() { m_fx.close(); }

    void signInWithTheProvidersClockOff_data()
    {
        QTest::addColumn<int>("providerAhead"); // seconds; negative: behind
        QTest::addColumn<QString>("code"); // empty: connected
        QTest::addColumn<QString>("says"); // in the error's message
        QTest::newRow("2-min-ahead") << 120 << QString() << QString();
        QTest::newRow("2-min-behind") << -120 << QString() << QString();
        // The interaction at the provider lives 10 minutes: its cookies must outlive the offset.
        QTest::newRow("7-min-ahead") << 420 << "issued_in_future"
                                     << "behind the provider's";
        QTest::newRow("7-min-behind") << -420 << "issued_long_ago"
                                      << "ahead of the provider's";
    }
    void signInWithTheProvidersClockOff()
    {
        QFETCH(int, providerAhead);
        QFETCH(QString, code);
        QFETCH(QString, says);
        test::PeerProcess peer;
        const QString started = peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--clock-offset=%1").arg(providerAhead)});
        QVERIFY2(started.isEmpty(), qPrintable(started));

        ConnectRequest request;
        request.issuer = peer.issuer();
        request.clientId = QStringLiteral("keyway-native");
        request.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
        request.browserCommand = test::scriptedBrowserCommand();
        const auto connected = m_fx.connectAndWait(request, "approve");
        const Error &error = connected.error();
        peer.stop();
        if (code.isEmpty()) {
            QVERIFY2(connected, qPrintable(error.toString()));
            return;
        }
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        // The measured offset, in minutes and seconds: about 7 min. The Date header has whole seconds and a loaded
        // machine may take a few seconds between the answer and the check, so 6 min 50 s to 7 min 9 s.
        static const QRegularExpression about7min(QStringLiteral("\\b(7 min( [0-9] s)?|6 min 5[0-9] s)\\b"));
        QVERIFY2(error.message.contains(about7min), qPrintable(error.message));
        QVERIFY2(error.detail.contains(QLatin1String("from this computer's (Date header)")), qPrintable(error.detail));
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "TestClockSkew.moc"
