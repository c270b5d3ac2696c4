// The timeline's words: every step the core records has its own sentence, and a step reads differently by outcome
// (issue 16: the start of a refresh and a failed refresh both read "Token refreshed ✗ error").
#include "core/EventText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace keyway;

class TestEventText : public QObject
{
    Q_OBJECT

private slots:
    void titlesByOutcome_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("title");
        QTest::newRow("refresh started") << "refresh"
                                         << "info"
                                         << "Renewal started";
        QTest::newRow("refresh failed") << "refresh"
                                        << "error"
                                        << "Renewal failed";
        QTest::newRow("refresh done") << "refresh"
                                      << "ok"
                                      << "Access token renewed";
        QTest::newRow("connected") << "connected"
                                   << "ok"
                                   << "Connected";
        QTest::newRow("browser") << "browser"
                                 << "ok"
                                 << "Browser opened";
        QTest::newRow("browser failed") << "browser"
                                        << "error"
                                        << "Browser did not open";
        QTest::newRow("listener") << "listener"
                                  << "ok"
                                  << "Waiting for the browser's redirect";
        QTest::newRow("api 401") << "api_401"
                                 << "info"
                                 << "API refused the token (401): renewing";
        QTest::newRow("device slow down") << "device_token"
                                          << "warning"
                                          << "Asked to wait longer between checks";
        QTest::newRow("revoke without endpoint") << "revoke"
                                                 << "info"
                                                 << "Not revoked at the provider";
        QTest::newRow("start-up check") << "check"
                                        << "error"
                                        << "Check failed";
        QTest::newRow("unknown step in words") << "new_step_id"
                                               << "ok"
                                               << "New step id";
    }

    void titlesByOutcome()
    {
        QFETCH(QString, step);
        QFETCH(QString, outcome);
        QFETCH(QString, title);
        QCOMPARE(EventText::title(step, outcome), title);
    }

    void startAndFailureOfAStepDiffer()
    {
        for (const char *step : {"refresh", "token_exchange", "revoke", "device_authorization", "introspect", "check"})
            QVERIFY2(EventText::title(QLatin1String(step), QStringLiteral("info"))
                    != EventText::title(QLatin1String(step), QStringLiteral("error")),
                step);
    }

    // Every step id the core records (found in its sources) has a row of its own: no raw id among sentences.
    void everyRecordedStepHasWords()
    {
        const QRegularExpression recorded(QStringLiteral(
            R"re((?:step|record|recorded|note)\((?:[\w>.-]+,\s*)?QStringLiteral\("([a-z0-9_]+)"\),\s*QStringLiteral\("(?:ok|error|info|warning)"\))re"));
        QSet<QString> steps;
        QDirIterator it(
            QStringLiteral(KEYWAY_SOURCE_DIR "/app"), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (it.filePath().contains(QLatin1String("/sandbox/")) || !file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            auto matches = recorded.globalMatch(text);
            while (matches.hasNext())
                steps.insert(matches.next().captured(1));
        }
        // Steps passed through a variable are named here by hand.
        steps << QStringLiteral("userinfo") << QStringLiteral("whoami") << QStringLiteral("refresh") << QStringLiteral("check");
        QVERIFY2(steps.size() > 15, qPrintable(QStringList(steps.values()).join(QLatin1Char(' '))));
        QStringList unnamed;
        for (const QString &step : std::as_const(steps)) {
            if (EventText::kind(step) == EventText::Kind::Other && step != QLatin1String("recovered"))
                unnamed << step;
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void outcomesInWords()
    {
        QCOMPARE(EventText::outcome(QStringLiteral("ok")), QStringLiteral("succeeded"));
        QCOMPARE(EventText::outcome(QStringLiteral("error")), QStringLiteral("failed"));
        QCOMPARE(EventText::outcome(QStringLiteral("info")), QStringLiteral("note"));
    }
};

QTEST_GUILESS_MAIN(TestEventText)
#include "TestEventText.moc"
