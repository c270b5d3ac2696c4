// Issue 15.10: what providers and files say is printed, never obeyed. An integration file and a connection
// whose names carry terminal escape sequences (retitle the window, clear the screen, a C1 CSI) are imported,
// listed, connected and inspected with the real binary, and the bytes it writes to stdout and stderr hold no
// control character but newline and tab. A response body printed to a real terminal (a pty through
// script(1)) is cleaned the same way; piped, it stays byte for byte what the API sent.
#include "IntegrationFiles.h"
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "ThreadedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace keyway;

namespace {

const QString kHostile = QStringLiteral("Evil\x1b]0;pwned\x07 \x1b[2J\x1b[31mRed\u009b1mC1\x7f");

// The control characters found in the bytes (UTF-8): C0 but newline and tab, DEL, and C1.
QStringList controlCharacters(const QByteArray &bytes)
{
    QStringList found;
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            found << QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return found;
}

} // namespace

class TestTerminalOutput : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_echo;
    QString m_id;

    void checkClean(const test::KeywayRun &run, const char *what)
    {
        QVERIFY2(run.code == 0, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), run.err)));
        const QStringList inOut = controlCharacters(run.out);
        const QStringList inErr = controlCharacters(run.err.toUtf8());
        QVERIFY2(inOut.isEmpty(), qPrintable(QStringLiteral("%1 stdout: %2").arg(QLatin1String(what), inOut.join(u' '))));
        QVERIFY2(inErr.isEmpty(), qPrintable(QStringLiteral("%1 stderr: %2").arg(QLatin1String(what), inErr.join(u' '))));
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void hostileNamesArePrintedWithoutTheirControlCharacters()
    {
        const QString path = test::writeIntegrationFile(test::apiKeyIntegration(
            QStringLiteral("test-escapes"), kHostile, kHostile, QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port())));
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile(path).size() > 0);

        const test::KeywayRun imported = test::runKeyway({QStringLiteral("integrations"), QStringLiteral("import"), path});
        checkClean(imported, "integrations import");
        QVERIFY2(imported.err.contains(QLatin1String("Evil")) && imported.err.contains(QLatin1String("pwned")),
            qPrintable(imported.err));
        checkClean(test::runKeyway({QStringLiteral("integrations")}), "integrations");

        const test::KeywayRun connected
            = test::runKeyway({QStringLiteral("connect"), QStringLiteral("test-escapes"), QStringLiteral("--api-key-stdin"),
                                  QStringLiteral("--name"), kHostile},
                "key_escapes_0123456789");
        checkClean(connected, "connect");
        m_id = QString::fromUtf8(connected.out).trimmed();
        const test::KeywayRun list = test::runKeyway({QStringLiteral("connections")});
        checkClean(list, "connections");
        QVERIFY2(list.out.contains("Evil") && list.out.contains("Red"), list.out.constData());
        checkClean(test::runKeyway({QStringLiteral("inspect"), m_id}), "inspect");
        // JSON output escapes them (RFC 8259 §7), so it is clean as it is.
        checkClean(test::runKeyway({QStringLiteral("connections"), QStringLiteral("--json")}), "connections --json");
        // A failure line names the hostile name too.
        const test::KeywayRun failed = test::runKeyway({QStringLiteral("inspect"), kHostile + QStringLiteral("x")});
        QCOMPARE(failed.code, 1);
        QVERIFY2(controlCharacters(failed.err.toUtf8()).isEmpty(), qPrintable(controlCharacters(failed.err.toUtf8()).join(u' ')));
    }

    void aBodyIsCleanedOnATerminalOnly()
    {
        QVERIFY(!m_id.isEmpty());
        const QByteArray hostileBody = "Hello \x1b]0;pwned\x07\x1b[2J world\n";
        test::ThreadedHttpServer server(hostileBody);
        const quint16 port = server.startAndWait();
        QVERIFY(port != 0);
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QStringList args {QStringLiteral("request"), m_id, QStringLiteral("GET"), origin + QStringLiteral("/page"),
            QStringLiteral("--allow-origin"), origin};

        // Piped: byte for byte what the API sent.
        const test::KeywayRun piped = test::runKeyway(args);
        QVERIFY2(piped.code == 0, qPrintable(piped.err));
        QCOMPARE(piped.out, hostileBody);

        // On a terminal: the same words, without the escape sequences.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed: no pseudo-terminal to print to");
        QStringList quoted;
        for (const QString &a : QStringList {QStringLiteral(KEYWAY_EXECUTABLE)} + args)
            quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
        QProcess tty;
        tty.start(script, {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        QVERIFY(tty.waitForFinished(60000));
        const QByteArray seen = tty.readAllStandardOutput();
        QVERIFY2(seen.contains("Hello") && seen.contains("world"), seen.toPercentEncoding().constData());
        QVERIFY2(!seen.contains('\x1b') && !seen.contains('\x07'), seen.toPercentEncoding().constData());
    }

    void cleanupTestCase() { m_echo.stop(); }
};

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "TestTerminalOutput.moc"
