// Signing in on another device (issue 21): `keyway connect --no-browser` opens nothing, prints the authorization
// URL, and takes back on standard input the address the browser ended on. The real `keyway` binary against a real
// OpenID Provider (oidc-provider on loopback); the browser on "another device" is tests/peers/browser.mjs in its
// hand-over mode, which signs in and prints the redirect it would have loaded instead of loading it. The pasted
// address is judged exactly as the loopback listener judges a redirect: state first, then iss (RFC 9207), error,
// code; anything else is refused with one clear line and nothing is stored.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

#include <functional>

using keyway::test::KeywayRun;
using namespace Qt::StringLiterals;

namespace {

// How a test row changes the address the browser ended on before it is pasted.
using Edit = std::function<QString(const QUrl &)>;

QString withQuery(QUrl url, const std::function<void(QUrlQuery &)> &change)
{
    QUrlQuery query(url);
    change(query);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestSignInElsewhere : public QObject
{
    Q_OBJECT

private:
    keyway::test::PeerProcess m_peer;

    // Every Keyway run gets the scripted browser as its browser: had --no-browser opened one, it would finish the
    // sign-in through the loopback listener and the refusals below would succeed instead.
    QList<QPair<QString, QString>> environment() const { return {{u"KEYWAY_BROWSER"_s, keyway::test::scriptedBrowserCommand()}}; }

    KeywayRun keyway(const QStringList &args, const QByteArray &input = {})
    {
        return keyway::test::runKeyway(args, input, environment());
    }

    int connectionCount()
    {
        const KeywayRun list = keyway({u"connections"_s, u"--json"_s});
        return QJsonDocument::fromJson(list.out).array().size();
    }

    // Runs a sign-in with --no-browser: reads the authorization URL from Keyway's stderr, lets the browser on the
    // "other device" sign in (browserEnv: its mode), pastes edit(final address) and returns how Keyway ended.
    KeywayRun signInElsewhere(const QStringList &extraArgs, const Edit &edit, const QString &browserMode = u"hand-over"_s,
        bool deny = false, QString *shown = nullptr)
    {
        QProcess keywayProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : environment())
            env.insert(name, value);
        keywayProcess.setProcessEnvironment(env);
        keywayProcess.start(QStringLiteral(KEYWAY_EXECUTABLE),
            QStringList {u"connect"_s, u"--issuer"_s, m_peer.issuer(), u"--client-id"_s, u"keyway-native"_s, u"--scope"_s,
                u"openid email offline_access"_s, u"--no-browser"_s}
                + extraArgs);
        keywayProcess.waitForStarted();
        QString err;
        const QRegularExpression urlLine(u"\\n  (http\\S+)\\n"_s);
        QRegularExpressionMatch match;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && !(match = urlLine.match(err)).hasMatch() && keywayProcess.state() == QProcess::Running) {
            keywayProcess.waitForReadyRead(1000);
            err += QString::fromUtf8(keywayProcess.readAllStandardError());
        }
        KeywayRun run;
        if (!match.hasMatch()) {
            keywayProcess.kill();
            keywayProcess.waitForFinished();
            run.err = err + QString::fromUtf8(keywayProcess.readAllStandardError());
            return run;
        }
        if (shown)
            *shown = err;

        QProcess browser;
        QProcessEnvironment browserEnv = QProcessEnvironment::systemEnvironment();
        browserEnv.insert(u"KEYWAY_TEST_BROWSER_MODE"_s, browserMode);
        if (deny)
            browserEnv.insert(u"KEYWAY_TEST_BROWSER_DENY"_s, u"1"_s);
        browser.setProcessEnvironment(browserEnv);
        browser.start(keyway::test::nodeProgram(), {keyway::test::peersDir() + u"/browser.mjs"_s, match.captured(1)});
        browser.closeWriteChannel();
        if (!browser.waitForFinished(30000))
            browser.kill();
        const QUrl ended(QString::fromUtf8(browser.readAllStandardOutput()).trimmed());
        if (!ended.isValid() || ended.isEmpty())
            qWarning().noquote() << "browser.mjs:" << browser.readAllStandardError();

        keywayProcess.write(edit(ended).toUtf8() + '\n');
        keywayProcess.closeWriteChannel();
        if (!keywayProcess.waitForFinished(60000))
            keywayProcess.kill();
        run.crashed = keywayProcess.exitStatus() == QProcess::CrashExit;
        run.code = run.crashed ? -1 : keywayProcess.exitCode();
        run.out = keywayProcess.readAllStandardOutput();
        run.err = err + QString::fromUtf8(keywayProcess.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("XDG_CONFIG_HOME").isEmpty());
        keyway::test::resetTestHome();
        QVERIFY(!keyway::test::nodeProgram().isEmpty());
        const QString error = m_peer.start(u"oidc-server.mjs"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The address pasted as the browser's address bar shows it: the connection is made and its token works.
    void pastedAddressFinishesTheSignIn()
    {
        const int before = connectionCount();
        QString shown;
        const KeywayRun run = signInElsewhere(
            {}, [](const QUrl &url) { return u"  "_s + url.toString(QUrl::FullyEncoded) + u" "_s; }, u"hand-over"_s, false,
            &shown);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(shown.contains(u"Open this address in a browser on any device"_s));
        QVERIFY(!shown.contains(u"Opening your browser"_s));
        QVERIFY(run.err.contains(u"Connected as"_s));
        const QString id = QString::fromUtf8(run.out).trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(connectionCount(), before + 1);
        const KeywayRun me = keyway({u"request"_s, id, u"GET"_s, m_peer.issuer() + u"/me"_s});
        QVERIFY2(me.code == 0, qPrintable(me.err));
        QCOMPARE(QJsonDocument::fromJson(me.out).object().value(u"sub"_s).toString(), u"alice"_s);
    }

    // Address bars hide "http://": the address without it is the same address.
    void addressWithoutItsSchemeIsTaken()
    {
        const KeywayRun run = signInElsewhere(
            {}, [](const QUrl &url) { return url.toString(QUrl::FullyEncoded).mid(QStringLiteral("http://").size()); });
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    void refusedAddressStoresNothing_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("deny");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong state") << Edit([](const QUrl &u) {
            return withQuery(u, [](QUrlQuery &q) {
                q.removeQueryItem(u"state"_s);
                q.addQueryItem(u"state"_s, u"not-this-sign-ins-state"_s);
            });
        }) << false << u"belongs to another sign-in"_s;
        QTest::newRow("state missing") << Edit([](const QUrl &u) {
            return withQuery(u, [](QUrlQuery &q) { q.removeQueryItem(u"state"_s); });
        }) << false << u"belongs to another sign-in"_s;
        QTest::newRow("code missing") << Edit([](const QUrl &u) {
            return withQuery(u, [](QUrlQuery &q) { q.removeQueryItem(u"code"_s); });
        }) << false << u"no authorization code"_s;
        QTest::newRow("another server's iss") << Edit([](const QUrl &u) {
            return withQuery(u, [](QUrlQuery &q) {
                q.removeQueryItem(u"iss"_s);
                q.addQueryItem(u"iss"_s, u"https://attacker.example"_s);
            });
        }) << false << u"different server"_s;
        QTest::newRow("error answer (the user denied)")
            << Edit([](const QUrl &u) { return u.toString(QUrl::FullyEncoded); }) << true << u"denied"_s;
        QTest::newRow("another path") << Edit([](const QUrl &u) {
            QUrl other = u;
            other.setPath(u"/elsewhere"_s);
            return other.toString(QUrl::FullyEncoded);
        }) << false << u"not the address this sign-in ends on"_s;
        QTest::newRow("another port") << Edit([](const QUrl &u) {
            QUrl other = u;
            other.setPort(u.port() == 1 ? 2 : 1);
            return other.toString(QUrl::FullyEncoded);
        }) << false << u"not the address this sign-in ends on"_s;
        QTest::newRow("another host") << Edit([](const QUrl &u) {
            QUrl other = u;
            other.setHost(u"attacker.example"_s);
            other.setScheme(u"https"_s);
            return other.toString(QUrl::FullyEncoded);
        }) << false << u"not the address this sign-in ends on"_s;
        QTest::newRow("the authorization response without the address")
            << Edit([](const QUrl &u) { return u.query(QUrl::FullyEncoded); }) << false
            << u"not the address this sign-in ends on"_s;
        QTest::newRow("nothing pasted") << Edit([](const QUrl &) { return QString(); }) << false << u"no address was pasted"_s;
    }

    void refusedAddressStoresNothing()
    {
        QFETCH(Edit, edit);
        QFETCH(bool, deny);
        QFETCH(QString, says);
        const int before = connectionCount();
        const KeywayRun run = signInElsewhere({}, edit, u"hand-over"_s, deny);
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        const QString last = run.err.trimmed().section(u'\n', -1);
        QVERIFY2(last.startsWith(u"keyway connect: "_s), qPrintable(run.err));
        QVERIFY2(last.contains(says, Qt::CaseInsensitive), qPrintable(last));
        QCOMPARE(connectionCount(), before);
    }

    // A secret on standard input and the pasted address cannot share it.
    void refusesSecretsOnStandardInput()
    {
        const KeywayRun run = keyway({u"connect"_s, u"--issuer"_s, m_peer.issuer(), u"--client-id"_s, u"keyway-native"_s,
                                         u"--no-browser"_s, u"--client-secret-stdin"_s},
            "secret\n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"--no-browser"_s));
    }

    // RFC 8628: where the integration also has the device flow, --no-browser uses it (nothing to paste back), and
    // opens no browser for it either: the user opens the verification address on the other device.
    void deviceFlowGoesFirstWhereThereIsOne()
    {
        const KeywayRun added
            = keyway({u"integrations"_s, u"add"_s, u"--issuer"_s, m_peer.issuer(), u"--id"_s, u"elsewhere-idp"_s});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QProcess keywayProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEYWAY_BROWSER"_s, u"false"_s);
        keywayProcess.setProcessEnvironment(env);
        keywayProcess.start(QStringLiteral(KEYWAY_EXECUTABLE),
            {u"connect"_s, u"elsewhere-idp"_s, u"--client-id"_s, u"keyway-device"_s, u"--scope"_s, u"openid email"_s,
                u"--no-browser"_s});
        keywayProcess.waitForStarted();
        keywayProcess.closeWriteChannel();
        const QRegularExpression completeLine(u"\\(or open (\\S+), which has the code filled in\\)"_s);
        QString err;
        QRegularExpressionMatch match;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && !(match = completeLine.match(err)).hasMatch()
            && keywayProcess.state() == QProcess::Running) {
            keywayProcess.waitForReadyRead(1000);
            err += QString::fromUtf8(keywayProcess.readAllStandardError());
        }
        QVERIFY2(match.hasMatch(), qPrintable(err));
        QVERIFY(err.contains(u"device code"_s));
        QVERIFY(!err.contains(u"keyway connect:"_s));
        QCOMPARE(
            QProcess::execute(keyway::test::nodeProgram(), {keyway::test::peersDir() + u"/device.mjs"_s, match.captured(1)}), 0);
        QVERIFY(keywayProcess.waitForFinished(60000));
        err += QString::fromUtf8(keywayProcess.readAllStandardError());
        QVERIFY2(keywayProcess.exitCode() == 0, qPrintable(err));
        QVERIFY(!keywayProcess.readAllStandardOutput().trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignInElsewhere)
#include "TestSignInElsewhere.moc"
