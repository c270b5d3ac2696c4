// The window against the Keyway Sandbox as QA and end users meet it (issue 16): a banner says which sandbox
// faults are on and switches them off; a temporary provider error is a warning that the next success clears
// (not a red "Error"); the Sandbox panel's status line is right after a one-shot fault fired and after "Switch all
// off"; the panel lists the personalities, and Connect beside one opens its entry; and a provider that forgot a
// connection's tokens is found at start-up, not shown as Connected. The sandbox runs in this process on a free
// port (never the catalogue's fixed one), the browser is the scripted one, the keychain is the real Secret
// Service of tests/with-keyring.sh. Screenshots go to $KEYWAY_TEST_OUTPUT.
#include "ConnectAndWait.h"
#include "MainWindow.h"
#include "PeerProcess.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "connections/ConnectionsView.h"
#include "sandbox/SandboxPersonality.h"
#include "sandbox/SandboxProvider.h"
#include "sandbox/SandboxServer.h"
#include "sandboxpanel/SandboxPanel.h"
#include "widgets/MessagePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;
using Fault = SandboxFaults::Fault;

class TestSandboxWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;

    SandboxServer &sandbox() const { return SandboxServer::shared(); }
    ConnectionService &service() const { return m_f->service(); }
    ConnectionStatus status() const { return service().connection(m_id)->status; }

    bool screenshot(QWidget *widget, const QString &name) const { return keyway::test::saveScreenshot(widget, name); }

    QByteArray storedAccessToken()
    {
        QByteArray token;
        bool done = false;
        service().accessToken(m_id, false, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            token = t;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        return token;
    }

    Result<QString> connect()
    {
        ConnectRequest r;
        r.issuer = sandbox().issuer();
        r.clientId = SandboxProvider::publicClientId();
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
            QStringLiteral("offline_access"), QStringLiteral("contacts.read")};
        r.browserCommand = test::scriptedBrowserCommand();
        return test::connectAndWait(service(), r);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::nodeProgram().isEmpty(), "node is needed for the scripted browser");
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        test::resetTestHome();
        const Error started = sandbox().start(0);
        QVERIFY2(started.isNull(), qPrintable(started.toString()));
        sandbox().clearFaults();
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        qputenv("KEYWAY_BROWSER", test::scriptedBrowserCommand().toUtf8());
        m_f = std::make_unique<UiFixture>(QStringLiteral("keyway-sandbox-window-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY2(m_f->ok(), qPrintable(m_f->error));
        const auto connected = connect();
        KEYWAY_VERIFY_RESULT(connected);
        m_id = connected.value();
        m_window = std::make_unique<MainWindow>(service());
        m_window->resize(1200, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(status(), ConnectionStatus::Connected);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_f.reset();
        sandbox().clearFaults();
        sandbox().stop();
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        qunsetenv("KEYWAY_BROWSER");
    }

    // QA: while any fault is on, the main window says which, and offers to switch them off.
    void aBannerSaysWhichFaultIsOn()
    {
        auto *banner = m_window->findChild<MessagePanel *>(QStringLiteral("faultBanner"));
        QVERIFY(!banner->isVisible());
        QVERIFY(sandbox().setFaultValue(Fault::ServerError, SandboxFaults::kUntilOff).isNull());
        QVERIFY(sandbox().setFaultValue(Fault::SlowResponses, 1500).isNull());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("Answer 500 (until switched off)"))
                && banner->text().contains(QLatin1String("Answer slowly (1500 ms)")),
            qPrintable(banner->text()));
        m_window->showConnections();
        QVERIFY(screenshot(m_window.get(), QStringLiteral("41-fault-banner")));
        m_window->findChild<QPushButton *>(QStringLiteral("faultsOffButton"))->click();
        QTRY_VERIFY(!banner->isVisible());
        for (const SandboxServer::FaultState &f : sandbox().faults())
            QVERIFY2(!f.active, qPrintable(f.info.name));
    }

    // End user: a 500 from the provider is a temporary problem (a warning, the tokens kept), and the next success
    // clears it: Connected again.
    void aTransientErrorRecoversToConnected()
    {
        m_window->showConnection(m_id);
        ConnectionPage *page = m_window->connectionPage();
        QVERIFY(sandbox().setFaultValue(Fault::ServerError, SandboxFaults::kUntilOff).isNull());
        bool done = false;
        Error failure;
        service().refresh(m_id, this, [&](const Error &e) {
            failure = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(failure.httpStatus, 500);
        QCOMPARE(status(), ConnectionStatus::Warning);
        auto *pill = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_COMPARE(pill->text(), QStringLiteral("Temporary problem"));
        auto *panel = page->findChild<MessagePanel *>(QStringLiteral("statusPanel"));
        QVERIFY(panel->isVisible());
        QVERIFY(panel->kind() != MessagePanel::Kind::Error);
        QVERIFY2(panel->detail().contains(QLatin1String("500")), qPrintable(panel->detail()));
        QVERIFY(screenshot(m_window.get(), QStringLiteral("42-transient-warning")));

        QVERIFY(sandbox().setFaultValue(Fault::ServerError, 0).isNull());
        page->findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(status(), ConnectionStatus::Connected, 30000);
        QTRY_COMPARE(pill->text(), QStringLiteral("Connected"));
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(screenshot(m_window.get(), QStringLiteral("43-recovered-connected")));
    }

    // QA: a refresh that waits to retry after a 503 says so in the status bar, with the attempt.
    void aRetryingRefreshSaysSo()
    {
        m_window->showConnection(m_id);
        ConnectionPage *page = m_window->connectionPage();
        QVERIFY(sandbox().setFaultValue(Fault::ServiceUnavailable, 1).isNull());
        QStringList messages;
        QObject listening; // the connection ends with this test
        QObject::connect(page, &ConnectionPage::message, &listening, [&messages](const QString &text) { messages << text; });
        page->findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.filter(QStringLiteral("Access token refreshed")).isEmpty(), 30000);
        QVERIFY2(!messages.filter(QRegularExpression(QStringLiteral("Retrying in \\d+ s \\(attempt 2 of \\d\\)"))).isEmpty(),
            qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(sandbox().setFaultValue(Fault::ServiceUnavailable, 0).isNull());
    }

    // QA: a refresh waiting to retry after a 503 can be stopped: no request is in flight then, nothing is lost.
    void aRefreshWaitingToRetryCanBeStopped()
    {
        m_window->showConnection(m_id);
        ConnectionPage *page = m_window->connectionPage();
        auto *refresh = page->findChild<QPushButton *>(QStringLiteral("refreshButton"));
        auto *stop = page->findChild<QPushButton *>(QStringLiteral("stopRefreshButton"));
        QTRY_VERIFY(refresh->isEnabled());
        QVERIFY(!stop->isVisible());
        const QByteArray before = storedAccessToken();
        QVERIFY(sandbox().setFaultValue(Fault::ServiceUnavailable, SandboxFaults::kUntilOff).isNull());
        QStringList messages;
        QObject listening;
        QObject::connect(page, &ConnectionPage::message, &listening, [&messages](const QString &text) { messages << text; });
        refresh->click();
        QVERIFY(stop->isVisible());
        QVERIFY(!refresh->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!messages.filter(QStringLiteral("Retrying in")).isEmpty(), 10000);
        stop->click();
        QTRY_VERIFY2(!messages.filter(QStringLiteral("Refresh stopped")).isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(!stop->isVisible());
        QVERIFY(refresh->isEnabled());
        QVERIFY(sandbox().setFaultValue(Fault::ServiceUnavailable, 0).isNull());
        QCOMPARE(storedAccessToken(), before);
    }

    // QA: a refresh whose request is already on its way is never abandoned: Stop only stops the window waiting,
    // and the answer (perhaps a rotated refresh token) is still stored when it comes.
    void aSlowRefreshStopsWaitingButKeepsItsAnswer()
    {
        m_window->showConnection(m_id);
        ConnectionPage *page = m_window->connectionPage();
        auto *refresh = page->findChild<QPushButton *>(QStringLiteral("refreshButton"));
        auto *stop = page->findChild<QPushButton *>(QStringLiteral("stopRefreshButton"));
        QTRY_VERIFY(refresh->isEnabled());
        const QByteArray before = storedAccessToken();
        QVERIFY(sandbox().setFaultValue(Fault::SlowResponses, 1500).isNull());
        QStringList messages;
        QObject listening;
        QObject::connect(page, &ConnectionPage::message, &listening, [&messages](const QString &text) { messages << text; });
        refresh->click();
        QTest::qWait(200); // the request is on its way
        stop->click();
        QVERIFY2(!messages.filter(QStringLiteral("Stopped waiting")).isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(!stop->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(storedAccessToken() != before, 10000);
        QVERIFY(sandbox().setFaultValue(Fault::SlowResponses, 0).isNull());
        QVERIFY2(messages.filter(QStringLiteral("Access token refreshed")).isEmpty(), "the window stopped waiting");
    }

    // QA: the Sandbox panel's status line says what is on now: after a one-shot fault fired, and after "Switch all off".
    void thePanelsStatusLineIsRight()
    {
        m_window->showSandboxPanel();
        auto *panel = m_window->findChild<SandboxPanel *>();
        QVERIFY(panel);
        auto *line = panel->findChild<QLabel *>(QStringLiteral("faultStatusLabel"));
        QVERIFY(sandbox().setFaultValue(Fault::MalformedTokenResponse, 1).isNull());
        QTRY_VERIFY2(line->text().contains(QLatin1String("next request only")), qPrintable(line->text()));
        bool done = false;
        service().refresh(m_id, this, [&](const Error &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QTRY_COMPARE(line->text(), QStringLiteral("Every fault is off."));
        QVERIFY(sandbox().setFaultValue(Fault::ServerError, SandboxFaults::kUntilOff).isNull());
        QTRY_VERIFY2(line->text().contains(QLatin1String("Answer 500")), qPrintable(line->text()));
        panel->findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
        QTRY_COMPARE(line->text(), QStringLiteral("Every fault is off."));
        panel->close();
        // A refresh that works leaves the connection as it was before this row.
        done = false;
        service().refresh(m_id, this, [&](const Error &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(status(), ConnectionStatus::Connected);
    }

    // QA: the Sandbox panel lists every personality with what it does and what Keyway should do, and its Connect
    // button opens the connect dialog for that personality's catalogue entry: one click. The new faults are there
    // too, each with its switch.
    void thePanelListsPersonalitiesAndFaults()
    {
        m_window->showSandboxPanel();
        auto *panel = m_window->findChild<SandboxPanel *>();
        QVERIFY(panel);
        panel->resize(1000, 1300);
        for (const SandboxPersonality &p : SandboxPersonality::personalities()) {
            auto *box = panel->findChild<QWidget *>(QStringLiteral("personality-") + p.clientId);
            QVERIFY2(box, qPrintable(p.clientId));
            QStringList texts;
            for (const QLabel *label : box->findChildren<QLabel *>())
                texts << label->text();
            const QString all = texts.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(p.title.toHtmlEscaped()) && all.contains(p.description)
                    && all.contains(QStringLiteral("Keyway should ") + p.expected),
                qPrintable(all));
            QVERIFY(box->findChild<QPushButton *>(QStringLiteral("connect-") + p.integrationId));
        }
        QStringList faultTitles;
        for (const QCheckBox *check : panel->findChildren<QCheckBox *>())
            faultTitles << check->text();
        for (const Fault fault :
            {Fault::ClockSkew, Fault::JwksUnavailable, Fault::FewerScopes, Fault::UserinfoFailing, Fault::InvalidClientOnRefresh})
            QVERIFY2(faultTitles.contains(SandboxFaults::info(fault).title), qPrintable(faultTitles.join(QLatin1Char(','))));
        QVERIFY(screenshot(panel, QStringLiteral("50-sandbox-personalities")));

        const SandboxPersonality &exact = *SandboxPersonality::find(QStringLiteral("keyway-sandbox-exact-redirect"));
        panel->findChild<QPushButton *>(QStringLiteral("connect-") + exact.integrationId)->click();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect Keyway Sandbox (%1)").arg(exact.title));
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ConnectDialog *>()); // closed and deleted

        // Mutual TLS without a terminal: Connect makes a client certificate, registers it with the sandbox and hands
        // it to the dialog in memory (RFC 8705 §2.2); nothing is written to a file.
        const SandboxPersonality &mtls = *SandboxPersonality::find(QStringLiteral("keyway-sandbox-mtls"));
        const int registered = sandbox().store().clientKeys(mtls.clientId).size();
        panel->findChild<QPushButton *>(QStringLiteral("connect-") + mtls.integrationId)->click();
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) != nullptr && dialog->isVisible());
        const ConnectRequest request = dialog->request();
        QVERIFY(request.clientCertificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(request.clientKeyPem.contains("PRIVATE KEY-----"));
        const QList<QJsonObject> keys = sandbox().store().clientKeys(mtls.clientId);
        QCOMPARE(keys.size(), registered + 1);
        const QString thumbprint
            = SandboxProvider::certificateThumbprint(QSslCertificate(request.clientCertificatePem, QSsl::Pem));
        QVERIFY(std::any_of(keys.begin(), keys.end(),
            [&](const QJsonObject &k) { return k.value(QStringLiteral("x5t#S256")).toString() == thumbprint; }));
        QCOMPARE(request.clientId, mtls.clientId); // the client the sandbox knows the certificate for
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        QVERIFY(screenshot(dialog, QStringLiteral("53-connect-sandbox-mtls")));
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ConnectDialog *>()); // closed and deleted
        panel->close();
    }

    // End user: a provider that forgot the tokens (here every token expired and every grant revoked, as a restarted
    // sandbox would) is found by the start-up check: the connection needs re-authorization, with Reconnect on it.
    void aProviderThatForgotIsFoundAtStartUp()
    {
        QVERIFY(sandbox().setFault(Fault::ExpireAccessTokens, true).isNull());
        QVERIFY(sandbox().setFault(Fault::RevokeRefreshTokens, true).isNull());
        m_window.reset();
        m_window = std::make_unique<MainWindow>(service());
        m_window->resize(1200, 820);
        m_window->setStartupCheckDelay(0);
        m_window->attachCore(*m_f->context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(status(), ConnectionStatus::NeedsReauthorization, 30000);
        QTRY_COMPARE(m_window->pendingChecks(), 0);
        QStringList steps;
        for (const ConnectionEvent &e : service().events(m_id))
            steps << e.step + QLatin1Char(':') + e.outcome;
        QVERIFY2(steps.contains(QStringLiteral("api_401:info")) && steps.contains(QStringLiteral("refresh:error")),
            qPrintable(steps.join(QLatin1Char(','))));
        QTableView *table = m_window->connectionsView()->table();
        QCOMPARE(table->model()->index(0, ConnectionListModel::StatusColumn).data().toString(),
            QStringLiteral("Needs re-authorization"));
        QCOMPARE(table->model()->index(0, ConnectionListModel::ActionColumn).data().toString(), QStringLiteral("Reconnect…"));
        QVERIFY(screenshot(m_window.get(), QStringLiteral("44-forgotten-needs-reconnect")));
    }
};

QTEST_MAIN(TestSandboxWindow)
#include "TestSandboxWindow.moc"
