// Issue 7's first run, as a new user meets it on a machine with no network: the window over the real built-in
// catalogue and an empty database, the first-run hint's "Connect Keyway Sandbox…", Connect in the dialog, Approve
// in the browser (the scripted browser, as the system browser through KEYWAY_BROWSER), the connection page showing
// Connected and the account, then Send in the request console returning the demo API's contacts as JSON.
//
// The embedded sandbox is registered exactly as app/main.cpp does and so listens on the catalogue's fixed port
// 47231: CTest runs this test under RESOURCE_LOCK "keyway-sandbox-port", and it is skipped when a program other
// than a Keyway Sandbox holds that port.
#include "MainWindow.h"
#include "PeerProcess.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionPage.h"
#include "console/RequestConsole.h"
#include "core/EmbeddedProviders.h"
#include "sandbox/SandboxServer.h"
#include "widgets/MessagePanel.h"

#include <QApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTcpServer>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;

    ConnectionService &service() const { return m_f->service(); }
    ConnectionPage *page() const { return m_window->connectionPage(); }
    template <typename T> static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QString pageText(const char *label) const { return child<QLabel>(page(), label)->text(); }

    static bool failedIn(const QPointer<ConnectDialog> &dialog) { return dialog && dialog->errorPanel()->isVisible(); }
    static QString errorIn(const QPointer<ConnectDialog> &dialog)
    {
        return dialog ? dialog->errorPanel()->text() + QStringLiteral(" | ") + dialog->errorPanel()->detail()
                      : QStringLiteral("(the dialog is gone)");
    }

    bool screenshot(QWidget *widget, const QString &name) { return keyway::test::saveScreenshot(widget, name); }

    // Empty when the sandbox may take port 47231 here (free, or this test's Keyway Sandbox already answers on it).
    static QString portProblem()
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, SandboxServer::kDefaultPort)) {
            probe.close();
            return {};
        }
        // Only a sandbox working from this test's store will do: another one (another session's test) cannot
        // prove it is this one's.
        if (SandboxServer::shared().probe(SandboxServer::kDefaultPort) == SandboxServer::PortHolder::ThisSandbox)
            return {};
        return QStringLiteral("127.0.0.1:%1 is held by a program that is not this test's Keyway Sandbox (%2); "
                              "free the port to run the first-run test")
            .arg(SandboxServer::kDefaultPort)
            .arg(probe.errorString());
    }

private slots:
    void initTestCase()
    {
        const QString problem = portProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
        QVERIFY2(!test::nodeProgram().isEmpty(), "node is needed for the scripted browser");

        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        test::resetTestHome();

        // As app/main.cpp: the sandbox runs inside this process, started the first time a connection needs it.
        EmbeddedProviders::add(QStringLiteral("sandbox"), [] { return SandboxServer::shared().ensureRunning(); });
        // The user's default browser is the scripted one: it signs in as "alice" and presses Approve.
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        qunsetenv("KEYWAY_TEST_LOGIN");
        qputenv("KEYWAY_BROWSER", test::scriptedBrowserCommand().toUtf8());

        m_f = std::make_unique<UiFixture>();
        QVERIFY2(m_f->ok(), qPrintable(m_f->error));
        QVERIFY(service().connections().isEmpty());
        const std::optional<Integration> sandbox = service().catalog().find(MainWindow::sandboxId());
        QVERIFY2(sandbox, "the built-in catalogue has no keyway-sandbox entry");
        QCOMPARE(sandbox->embeddedProvider, QStringLiteral("sandbox"));
        QCOMPARE(sandbox->oauth.issuer, QStringLiteral("http://127.0.0.1:%1").arg(SandboxServer::kDefaultPort));

        m_window = std::make_unique<MainWindow>(service());
        m_window->attachCore(*m_f->context);
        m_window->resize(1200, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_f.reset();
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        qunsetenv("KEYWAY_BROWSER");
        // Release the fixed port at once for whoever holds the lock next.
        SandboxServer::shared().stop();
    }

    void firstRunHintOffersTheSandbox()
    {
        auto *stack = child<QStackedWidget>(m_window.get(), "detailStack");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        auto *button = child<QPushButton>(m_window.get(), "welcomeConnectButton");
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Connect Keyway Sandbox…"));
    }

    void connectAndApproveInTheBrowser()
    {
        child<QPushButton>(m_window.get(), "welcomeConnectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->currentMode() == AuthMode::AuthorizationCode);
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        auto *clientId = child<QLineEdit>(dialog, "field_clientId");
        QVERIFY(clientId);
        // Nothing to type: the catalogue publishes the sandbox's public client, and the dialog fills it in.
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QCOMPARE(clientId->text(), QStringLiteral("keyway-sandbox"));
        QVERIFY(child<QLineEdit>(dialog, "browserEdit")->text().isEmpty());

        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        m_id = added.first().first().toString();
        // The sandbox was started on demand, in this process, on the catalogue's port (or another Keyway's
        // sandbox answered there).
        QVERIFY(SandboxServer::shared().isAvailable());
        QCOMPARE(SandboxServer::shared().port(), SandboxServer::kDefaultPort);
        // The dialog closes and the window goes to the new connection.
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(page()->connectionId(), m_id);
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(), static_cast<QWidget *>(page()));
    }

    void connectionPageShowsConnectedAndTheAccount()
    {
        QVERIFY(!m_id.isEmpty());
        QTRY_COMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
        QVERIFY2(pageText("accountLabel").contains(QLatin1String("alice")), qPrintable(pageText("accountLabel")));
        QVERIFY2(pageText("expiresLabel").startsWith(QLatin1String("expires in")), qPrintable(pageText("expiresLabel")));
        QVERIFY(pageText("titleLabel").contains(QLatin1String("Keyway Sandbox"))
            || pageText("titleLabel").contains(QLatin1String("alice")));
        QVERIFY(screenshot(m_window.get(), QStringLiteral("48-first-run-connected")));
    }

    void consoleSendReturnsTheDemoContacts()
    {
        QVERIFY(!m_id.isEmpty());
        child<QPushButton>(page(), "consoleButton")->click();
        RequestConsole *console = page()->console();
        QTRY_COMPARE(child<QTabWidget>(page(), "tabs")->currentWidget(), static_cast<QWidget *>(console));
        auto *url = child<QLineEdit>(console, "urlEdit");
        // Prefilled with the integration's sample request: the demo API's contacts.
        const QString contactsUrl = QStringLiteral("http://127.0.0.1:%1/api/contacts").arg(SandboxServer::kDefaultPort);
        QCOMPARE(url->text(), contactsUrl);

        QSignalSpy rendered(console, &RequestConsole::renderingFinished);
        child<QPushButton>(console, "sendButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() >= 1, 30000);
        const QString status = child<QLabel>(console, "responseStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("200")), qPrintable(status));
        const QString body = child<QPlainTextEdit>(console, "prettyEdit")->toPlainText();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString() + QStringLiteral(": ") + body.left(300)));
        const QJsonArray contacts = document.object().value(QStringLiteral("contacts")).toArray();
        QStringList names;
        for (const QJsonValue &c : contacts)
            names << c.toObject().value(QStringLiteral("name")).toString();
        const QStringList demo {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"), QStringLiteral("Alan Turing")};
        if (SandboxServer::shared().isRunning()) {
            // Our own sandbox: alice's made-up contacts, untouched.
            QCOMPARE(document.object().value(QStringLiteral("total")).toInt(), 3);
            QCOMPARE(names, demo);
        } else {
            // Another Keyway's sandbox answered on the port: its alice may have added contacts since.
            for (const QString &name : demo)
                QVERIFY2(names.contains(name), qPrintable(names.join(QStringLiteral(", "))));
        }
        QCOMPARE(service().history(m_id).size(), 1);
        QVERIFY(screenshot(m_window.get(), QStringLiteral("49-first-run-console-contacts")));
    }
};

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
