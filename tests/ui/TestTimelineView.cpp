// The timeline as support staff read it (issue 16): events in words by outcome, never a raw step id; times with
// milliseconds and the offset from UTC; the time since the event before and the attempt of a retried step;
// filters by kind, outcome and words; a row or everything shown copied as text, also from the right-click menu.
#include "UiFixture.h"

#include "connection/ConnectionPage.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    static void addEvent(UiFixture &f, const QString &id, const QDateTime &at, const QString &step, const QString &outcome,
        int http, const QString &detail)
    {
        ConnectionEvent e;
        e.connectionId = id;
        e.at = at;
        e.step = step;
        e.outcome = outcome;
        e.httpStatus = http;
        e.detail = detail;
        ConnectionRepository(f.context->database()).addEvent(e);
    }

    // A sign-in, then a renewal that failed twice with 503 before it worked, then an API 401.
    static QString connectionWithHistory(UiFixture &f)
    {
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("ada@example.com"));
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        addEvent(f, id, t, QStringLiteral("authorize_url"), QStringLiteral("ok"), 0, QStringLiteral("PKCE S256"));
        addEvent(f, id, t.addMSecs(12), QStringLiteral("browser"), QStringLiteral("ok"), 0, QStringLiteral("Browser opened"));
        addEvent(f, id, t.addMSecs(4312), QStringLiteral("callback"), QStringLiteral("info"), 0, QStringLiteral("code, state"));
        addEvent(f, id, t.addMSecs(4496), QStringLiteral("token_exchange"), QStringLiteral("ok"), 200, QStringLiteral("tokens"));
        addEvent(
            f, id, t.addMSecs(4500), QStringLiteral("connected"), QStringLiteral("ok"), 0, QStringLiteral("Connected as ada"));
        const QDateTime r = t.addSecs(1800);
        addEvent(f, id, r, QStringLiteral("refresh"), QStringLiteral("info"), 0, QStringLiteral("Refreshing"));
        addEvent(f, id, r.addMSecs(40), QStringLiteral("refresh"), QStringLiteral("error"), 503,
            QStringLiteral("temporarily_unavailable"));
        addEvent(f, id, r.addMSecs(2040), QStringLiteral("refresh"), QStringLiteral("info"), 0, QStringLiteral("Retrying"));
        addEvent(f, id, r.addMSecs(2090), QStringLiteral("refresh"), QStringLiteral("error"), 503,
            QStringLiteral("temporarily_unavailable"));
        addEvent(f, id, r.addMSecs(4090), QStringLiteral("refresh"), QStringLiteral("info"), 0, QStringLiteral("Retrying"));
        addEvent(
            f, id, r.addMSecs(4150), QStringLiteral("refresh"), QStringLiteral("ok"), 200, QStringLiteral("New access token"));
        addEvent(f, id, r.addSecs(900), QStringLiteral("api_401"), QStringLiteral("info"), 401,
            QStringLiteral("GET /user answered 401"));
        return id;
    }

    static QStringList column(QAbstractItemModel *model, int column)
    {
        QStringList cells;
        for (int row = 0; row < model->rowCount(); ++row)
            cells << model->index(row, column).data().toString();
        return cells;
    }

private slots:
    void eventsReadAsSentences()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = connectionWithHistory(f);
        TimelineView view(f.service());
        view.setConnection(id);
        QAbstractItemModel *model = view.filter();
        QCOMPARE(model->rowCount(), 12);
        const QStringList events = column(model, TimelineModel::EventColumn);
        // Newest first; the start and the failure of a refresh differ; retries are counted.
        QCOMPARE(events.first(), QStringLiteral("API refused the token (401): renewing"));
        QVERIFY2(events.contains(QStringLiteral("Renewal started")), qPrintable(events.join(QLatin1Char('|'))));
        QVERIFY2(events.contains(QStringLiteral("Renewal failed")), qPrintable(events.join(QLatin1Char('|'))));
        QVERIFY2(events.contains(QStringLiteral("Renewal started (attempt 3)")), qPrintable(events.join(QLatin1Char('|'))));
        QVERIFY2(events.contains(QStringLiteral("Access token renewed (attempt 3)")), qPrintable(events.join(QLatin1Char('|'))));
        QVERIFY2(events.contains(QStringLiteral("Connected")), qPrintable(events.join(QLatin1Char('|'))));
        for (const QString &text : events)
            QVERIFY2(!text.contains(QLatin1Char('_')), qPrintable(text)); // no step id among the sentences
        // Milliseconds and the UTC offset.
        const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [+-]\\d\\d:\\d\\d$"));
        for (const QString &text : column(model, TimelineModel::TimeColumn))
            QVERIFY2(time.match(text).hasMatch(), qPrintable(text));
        // How long after the event before it: the code exchange 184 ms after the browser came back.
        const int exchange = events.indexOf(QStringLiteral("Code exchanged for tokens"));
        QCOMPARE(model->index(exchange, TimelineModel::AfterColumn).data().toString(), QStringLiteral("+184 ms"));
        QCOMPARE(model->index(events.indexOf(QStringLiteral("Browser came back")), TimelineModel::AfterColumn).data().toString(),
            QStringLiteral("+4.3 s"));
        // Outcomes in words, HTTP errors coloured.
        QCOMPARE(model->index(events.indexOf(QStringLiteral("Renewal failed")), TimelineModel::OutcomeColumn).data().toString(),
            QStringLiteral("✗ failed"));
        QVERIFY(model->index(events.indexOf(QStringLiteral("Renewal failed")), TimelineModel::HttpColumn)
                    .data(Qt::ForegroundRole)
                    .isValid());
        QVERIFY(!model->index(exchange, TimelineModel::HttpColumn).data(Qt::ForegroundRole).isValid());
    }

    void filtersByKindOutcomeAndWords()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = connectionWithHistory(f);
        TimelineView view(f.service());
        view.setConnection(id);
        auto *kind = view.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        auto *outcome = view.findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("timelineSearchEdit"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Renewal")));
        QCOMPARE(view.filter()->rowCount(), 6);
        outcome->setCurrentIndex(outcome->findData(int(TimelineFilterModel::Outcome::Failures)));
        QCOMPARE(view.filter()->rowCount(), 2);
        kind->setCurrentIndex(0);
        outcome->setCurrentIndex(0);
        search->setText(QStringLiteral("401"));
        QCOMPARE(view.filter()->rowCount(), 1);
        search->setText(QStringLiteral("pkce"));
        QCOMPARE(column(view.filter(), TimelineModel::EventColumn), QStringList {QStringLiteral("Sign-in request prepared")});
    }

    void rowsAreCopiedAsText()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = connectionWithHistory(f);
        TimelineView view(f.service());
        view.setConnection(id);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("eventsView"));
        table->setCurrentIndex(view.filter()->index(0, 0));
        view.findChild<QPushButton *>(QStringLiteral("copyRowButton"))->click();
        const QString row = QGuiApplication::clipboard()->text();
        QVERIFY2(row.contains(QLatin1String("API refused the token")) && row.contains(QLatin1Char('\t'))
                && row.contains(QLatin1String("401")),
            qPrintable(row));
        view.findChild<QPushButton *>(QStringLiteral("copyAllButton"))->click();
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13); // the header and every event shown
        QVERIFY(lines.first().startsWith(QLatin1String("Time\t")));

        QMenu *menu = view.contextMenu();
        QStringList actions;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                actions << action->text().remove(QLatin1Char('&'));
        QVERIFY2(actions.contains(QStringLiteral("Copy row")) && actions.contains(QStringLiteral("Copy all shown"))
                && actions.contains(QStringLiteral("Show only failures")),
            qPrintable(actions.join(QLatin1String(", "))));
        delete menu;
    }
};

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"
