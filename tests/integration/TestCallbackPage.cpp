// Issue 15.12: the browser tab the provider sends back to Keyway must not say "Signed in" before the code was
// exchanged; that is when the sign-in can still fail. The real binary waits for the callback of a real OpenID
// Provider's sign-in; the test delivers a callback with the right state and a code the provider never issued,
// reads the page, and sees the connect fail afterwards.
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestCallbackPage : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_oidc;

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void thePageClaimsNoSuccessBeforeTheExchange()
    {
        QTemporaryDir dir;
        const QString record = dir.filePath(QStringLiteral("authorization-url"));
        QProcess keyway;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand());
        env.insert(QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QStringLiteral("record"));
        env.insert(QStringLiteral("KEYWAY_TEST_BROWSER_RECORD"), record);
        keyway.setProcessEnvironment(env);
        keyway.start(QStringLiteral(KEYWAY_EXECUTABLE),
            {QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(keyway.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(record).size() > 0, 30000);
        QFile file(record);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QUrl authorization(QString::fromUtf8(file.readLine().trimmed()));
        const QUrlQuery asked(authorization);
        QUrl callback(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY2(callback.isValid() && callback.host() == QLatin1String("127.0.0.1"), qPrintable(authorization.toString()));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"), QStringLiteral("a-code-the-provider-never-issued"));
        answer.addQueryItem(QStringLiteral("state"), asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        answer.addQueryItem(QStringLiteral("iss"), m_oidc.issuer());
        callback.setQuery(answer);

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(callback));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        const QString page = QString::fromUtf8(reply->readAll());
        delete reply;
        QVERIFY2(!page.contains(QLatin1String("Signed in"), Qt::CaseInsensitive), qPrintable(page));
        QVERIFY2(page.contains(QLatin1String("Keyway is finishing the sign-in")), qPrintable(page));

        // And indeed it fails: the provider refuses the code. (It may have ended while the page was read:
        // waitForFinished() is false for a process that already finished.)
        QVERIFY(keyway.state() == QProcess::NotRunning || keyway.waitForFinished(60000));
        QCOMPARE(keyway.exitCode(), 1);
        QVERIFY(keyway.readAllStandardOutput().isEmpty());
    }

    void cleanupTestCase() { m_oidc.stop(); }
};

QTEST_GUILESS_MAIN(TestCallbackPage)
#include "TestCallbackPage.moc"
