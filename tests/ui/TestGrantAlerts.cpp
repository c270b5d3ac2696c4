// Issue 23: what the window tells the user about grants only they can renew, checked through the Notifier interface
// (the tray's QSystemTrayIcon is not there offscreen): a renewal in the background that meets invalid_grant gives an
// urgent notice at once, with a Reconnect action, and the connection's state changes; a keeper's report of a grant
// ending soon gives "Reconnect X before DATE" once per deadline; taking a notice's action asks to reconnect it.
#include "ThreadedHttpServer.h"
#include "UiFixture.h"
#include "core/KeeperReport.h"
#include "tray/GrantAlerts.h"
#include "tray/Notifier.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace keyway;

namespace {

class RecordingNotifier : public Notifier
{
public:
    QList<Notice> notices;
    void notify(const Notice &notice) override { notices.append(notice); }
    bool isAvailable() const override { return true; }
};

} // namespace

class TestGrantAlerts : public QObject
{
    Q_OBJECT

private slots:
    void backgroundInvalidGrantNotifiesAtOnceWithReconnect()
    {
        test::ThreadedHttpServer provider(R"({"error":"invalid_grant","error_description":"The refresh token expired."})", 400);
        const quint16 port = provider.startAndWait();
        QVERIFY(port != 0);
        test::UiFixture f;
        QVERIFY(f.ok());
        const QJsonObject settings {{QStringLiteral("auth_mode"), QStringLiteral("oauth2_authorization_code")},
            {QStringLiteral("client_id"), QStringLiteral("test-client")},
            {QStringLiteral("provider"),
                QJsonObject {{QStringLiteral("token_url"), QStringLiteral("http://127.0.0.1:%1/token").arg(port)},
                    {QStringLiteral("client_auth"), QStringLiteral("none")}}}};
        const QString id
            = f.addConnection(QStringLiteral("xero"), QStringLiteral("books@example.test"), ConnectionStatus::Connected,
                QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("oauth2_authorization_code"), settings);
        f.storeTokens(id, "access-1", "refresh-1");

        RecordingNotifier notifier;
        GrantAlerts alerts(f.service(), notifier);
        QSignalSpy reconnect(&alerts, &GrantAlerts::reconnectRequested);
        bool done = false;
        f.service().refresh(id, this, [&done](const Error &) { done = true; }); // as the window's scheduler renews
        QTRY_VERIFY(done);
        QCOMPARE(provider.requestCount(), 1);
        QCOMPARE(f.service().connection(id)->status, ConnectionStatus::NeedsReauthorization);
        QCOMPARE(notifier.notices.size(), 1);
        const Notifier::Notice &n = notifier.notices.first();
        QCOMPARE(n.connectionId, id);
        QVERIFY(n.urgent);
        QVERIFY2(n.title.contains(QLatin1String("books@example.test")) && n.title.contains(QLatin1String("Xero"))
                && n.title.contains(QLatin1String("sign in again")),
            qPrintable(n.title));
        QVERIFY2(n.actionText.startsWith(QLatin1String("Reconnect")), qPrintable(n.actionText));

        emit notifier.activated(id);
        QCOMPARE(reconnect.count(), 1);
        QCOMPARE(reconnect.first().first().toString(), id);
    }

    void grantEndingSoonIsAnnouncedOncePerDeadline()
    {
        test::UiFixture f;
        QVERIFY(f.ok());
        const QString id = f.addConnection(QStringLiteral("quickbooks"), QStringLiteral("Books"));
        RecordingNotifier notifier;
        GrantAlerts alerts(f.service(), notifier);

        KeeperReport report;
        report.connectionId = id;
        report.integrationName = QStringLiteral("QuickBooks");
        report.outcome = KeeperReport::Outcome::Fine;
        alerts.report(report); // nothing ends soon: nothing to say
        QCOMPARE(notifier.notices.size(), 0);

        report.reconnectBefore = QDateTime::currentDateTimeUtc().addDays(10);
        alerts.report(report);
        alerts.report(report); // the next pass: said already
        QCOMPARE(notifier.notices.size(), 1);
        QVERIFY2(notifier.notices.first().title.startsWith(QLatin1String("Reconnect QuickBooks before ")),
            qPrintable(notifier.notices.first().title));
        QVERIFY(!notifier.notices.first().urgent);
        QCOMPARE(notifier.notices.first().connectionId, id);

        report.reconnectBefore = report.reconnectBefore.addDays(1); // reconnected, a new grant nearing its end
        alerts.report(report);
        QCOMPARE(notifier.notices.size(), 2);
    }

    // The window's children end in the order they were made, its tray notifier before its alerts: the alerts
    // must neither touch the notifier once it has ended nor let it reach them once they have.
    void alertsAndNotifierEndInEitherOrder()
    {
        test::UiFixture f;
        QVERIFY(f.ok());
        const QString id = f.addConnection(QStringLiteral("quickbooks"), QStringLiteral("Books"));
        KeeperReport report;
        report.connectionId = id;
        report.integrationName = QStringLiteral("QuickBooks");
        report.reconnectBefore = QDateTime::currentDateTimeUtc().addDays(10);

        auto notifier = std::make_unique<RecordingNotifier>();
        auto alerts = std::make_unique<GrantAlerts>(f.service(), *notifier);
        QSignalSpy reconnect(alerts.get(), &GrantAlerts::reconnectRequested);
        notifier.reset(); // the tray first
        alerts->report(report); // nobody to tell: nothing happens
        alerts.reset();
        QCOMPARE(reconnect.count(), 0);

        RecordingNotifier survivor;
        alerts = std::make_unique<GrantAlerts>(f.service(), survivor);
        alerts.reset(); // the alerts first
        emit survivor.activated(id); // reaches nobody
        QCOMPARE(survivor.notices.size(), 0);
    }
};

QTEST_MAIN(TestGrantAlerts)
#include "TestGrantAlerts.moc"
