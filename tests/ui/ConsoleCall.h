#pragma once

// A GET sent from a connection page's request console as a user sends it: the console tab opened, the method set to
// GET, the URL typed, Send pressed, and the answer waited for until its body is shown. For the window tests that
// call an API with a connection's credential; what the answer must be is each test's to check.
#include "connection/ConnectionPage.h"
#include "console/RequestConsole.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QString>
#include <QTabWidget>
#include <QtTest>

namespace keyway::test {

struct ConsoleAnswer
{
    QString problem; // empty when the answer was shown; else what went wrong on the way
    QString status; // the status line, e.g. "HTTP 200 OK · ..."
    QString body; // the body as shown (pretty-printed JSON)

    QJsonObject json() const { return QJsonDocument::fromJson(body.toUtf8()).object(); }
};

inline ConsoleAnswer getFromConsole(ConnectionPage *page, const QString &url, int timeoutMs = 30000)
{
    ConsoleAnswer answer;
    page->findChild<QPushButton *>(QStringLiteral("consoleButton"))->click();
    RequestConsole *console = page->console();
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabs"));
    if (!QTest::qWaitFor([&] { return tabs->currentWidget() == console; }, 5000)) {
        answer.problem = QStringLiteral("the request console did not open");
        return answer;
    }
    console->findChild<QComboBox *>(QStringLiteral("methodCombo"))->setCurrentText(QStringLiteral("GET"));
    auto *edit = console->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    edit->clear();
    QTest::keyClicks(edit, url);
    QSignalSpy rendered(console, &RequestConsole::renderingFinished);
    console->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    const bool shown = QTest::qWaitFor([&] { return rendered.count() >= 1; }, timeoutMs);
    answer.status = console->findChild<QLabel *>(QStringLiteral("responseStatusLabel"))->text();
    answer.body = console->findChild<QPlainTextEdit *>(QStringLiteral("prettyEdit"))->toPlainText();
    if (!shown)
        answer.problem = QStringLiteral("no answer shown within %1 ms (status: %2)").arg(timeoutMs).arg(answer.status);
    return answer;
}

} // namespace keyway::test
