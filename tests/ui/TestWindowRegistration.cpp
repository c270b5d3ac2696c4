// Dynamic client registration (RFC 7591, RFC 7592) from the main window, against a real OpenID Provider that takes
// registrations (oidc-provider on loopback, --registration true), the scripted browser and the real Secret Service
// (tests/with-keyring.sh), as `keyway integrations add --register` does on the command line (TestCustomIntegration):
// add a custom integration by its issuer URL with "Register Keyway with this server" checked, so the client id is in
// the saved file and the registration access token only in the keychain; connect through the dialog and the browser
// without typing a client id, refresh, reach userinfo from the request console; remove the integration in the window,
// which deletes the registration at the provider (RFC 7592 §2.3) and its keychain entry. Registered with "Bind tokens
// to a DPoP key" checked, the client is registered for DPoP-bound tokens only (RFC 9449 §5.2) and connects with DPoP.
#include "ConsoleCall.h"
#include "MainWindow.h"
#include "PeerProcess.h"
#include "RegistrationChecks.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionPage.h"
#include "console/RequestConsole.h"
#include "custom/CustomIntegrationDialog.h"
#include "integrations/IntegrationPage.h"
#include "widgets/MessagePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;
namespace checks = keyway::test::RegistrationChecks;

class TestWindowRegistration : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer; // oidc-server.mjs --registration true: anyone may register
    std::unique_ptr<UiFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
    QString m_integrationId;
    QString m_clientId;
    QString m_configurationUrl; // RFC 7592 registration_client_uri
    QByteArray m_registrationToken; // RFC 7592 registration access token
    QString m_id; // the connection
    QList<QByteArray> m_seenSecrets;

    ConnectionService &service() const { return m_f->service(); }
    ConnectionPage *page() const { return m_window->connectionPage(); }
    template <typename T> static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QString pageText(const char *label) const { return child<QLabel>(page(), label)->text(); }
    QWidget *currentPage() const { return child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(); }

    StoredCredentials credentials()
    {
        StoredCredentials result;
        bool done = false;
        service().credentials(m_id, this, [&](const Result<StoredCredentials> &answer) {
            if (answer)
                result = answer.value();
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        for (const QByteArray &s : {result.tokens.accessToken, result.tokens.refreshToken, result.tokens.idToken})
            if (!s.isEmpty() && !m_seenSecrets.contains(s))
                m_seenSecrets << s;
        return result;
    }

    // Adds a custom integration called `name` by the peer's issuer through the window's dialog, with "Register Keyway
    // with this server" checked (and "Bind tokens to a DPoP key" when `dpop`): its id once it is saved and the window
    // shows it; empty, with a warning saying why, when that did not happen.
    QString addRegistered(const QString &name, bool dpop, const QString &screenshot = {})
    {
        QPointer<CustomIntegrationDialog> dialog = m_window->addCustomIntegration();
        if (!QTest::qWaitFor([&] { return dialog && dialog->isVisible(); }))
            return failure("no dialog");
        auto *registration = child<QCheckBox>(dialog, "registerCheck");
        auto *dpopCheck = child<QCheckBox>(dialog, "dpopCheck");
        if (registration->isEnabled() || dpopCheck->isEnabled())
            return failure("offered before the issuer is known");
        QTest::keyClicks(child<QLineEdit>(dialog, "issuerEdit"), m_peer.issuer());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
        const QString id = dialog->integrationId();
        // Offered once the issuer's metadata, read after the typing stops, lists its registration endpoint (and DPoP
        // algorithms).
        if (!QTest::qWaitFor([&] { return registration->isEnabled() && dpopCheck->isEnabled(); }, 15000))
            return failure(
                "registration or DPoP not offered:", registration->toolTip() + QStringLiteral(" / ") + dpopCheck->toolTip());
        if (!registration->toolTip().contains(m_peer.issuer() + QStringLiteral("/reg")))
            return failure("the registration endpoint is not named:", registration->toolTip());
        registration->click();
        if (dpop)
            dpopCheck->click();
        if (!registration->isChecked() || dpopCheck->isChecked() != dpop)
            return failure("not checked");
        if (child<QComboBox>(dialog, "clientAuthCombo")->isEnabled())
            return failure("the client authentication can be chosen, but the client authenticates as registered");
        if (!screenshot.isEmpty() && !keyway::test::saveScreenshot(dialog, screenshot))
            return failure("no screenshot");

        QSignalSpy added(dialog.data(), &CustomIntegrationDialog::added);
        child<QPushButton>(dialog, "addButton")->click();
        const auto failed = [&dialog] { return dialog && child<MessagePanel>(dialog, "errorPanel")->isVisible(); };
        if (!QTest::qWaitFor([&] { return added.count() == 1 || failed(); }, 20000) || added.count() != 1)
            return failure("not added:", (dialog ? child<MessagePanel>(dialog, "errorPanel")->text() : QString()));
        if (added.first().at(0).toString() != id)
            return failure("added as ", added.first().at(0).toString());
        // Accepted and closed; the window shows the new integration and says so.
        if (!QTest::qWaitFor([&] { return !dialog && currentPage() == m_window->integrationPage(); })
            || m_window->integrationPage()->integrationId() != id)
            return failure("the window does not show ", id);
        if (m_window->statusBar()->currentMessage() != QStringLiteral("Added %1.").arg(name))
            return failure("status bar:", m_window->statusBar()->currentMessage());
        return id;
    }

    // Connects the integration the window shows through the connect dialog and the scripted browser, naming the
    // connection `name`: the connection's id once the window shows it; empty, with a warning, when that did not
    // happen. Nothing is typed but the name: the registered client is the integration's own (`clientId`), and DPoP
    // is required when `dpop`.
    QString connectShown(const QString &name, const QString &clientId, bool dpop)
    {
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible(); }))
            return failure("no connect dialog");
        if (child<QLineEdit>(dialog, "field_clientId")->text() != clientId)
            return failure("client id ", child<QLineEdit>(dialog, "field_clientId")->text());
        auto *dpopCheck = child<QCheckBox>(dialog, "dpopCheck");
        if (dpop && !(dpopCheck && dpopCheck->isChecked() && !dpopCheck->isEnabled()))
            return failure("DPoP is not required by the connect form");
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        if (!connectButton->isEnabled())
            return failure("cannot connect:", dialog->problems().join(QLatin1Char(' ')));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        const auto failed = [&dialog] { return dialog && dialog->errorPanel()->isVisible(); };
        if (!QTest::qWaitFor([&] { return added.count() == 1 || failed(); }, 60000) || added.count() != 1)
            return failure("not connected:",
                (dialog ? dialog->errorPanel()->text() + QStringLiteral(" | ") + dialog->errorPanel()->detail() : QString()));
        const QString id = added.first().first().toString();
        if (!QTest::qWaitFor([&] { return page()->connectionId() == id && currentPage() == page(); }))
            return failure("the window does not show the connection");
        return id;
    }

    // Removes the custom integration the window shows, called `name`, through its page and the confirmation; false,
    // with a warning, when it is not gone.
    bool removeShown(const QString &name)
    {
        const QString id = m_window->integrationPage()->integrationId();
        auto *remove = child<QPushButton>(m_window->integrationPage(), "removeIntegrationButton");
        if (!remove->isVisible())
            return failed("no Remove button");
        remove->click();
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] {
                return (box = child<QMessageBox>(m_window->integrationPage(), "removeIntegrationConfirmation"))
                    && box->isVisible();
            }))
            return failed("no confirmation");
        // The confirmation says that the registration goes too (RFC 7592).
        if (!box->informativeText().contains(QLatin1String("registration at the provider is deleted")))
            return failed("the confirmation does not mention the registration:", box->informativeText());
        child<QPushButton>(box, "confirmRemoveIntegrationButton")->click();
        if (!QTest::qWaitFor([&] { return !service().catalog().contains(id); }, 20000))
            return failed("not removed");
        if (!QTest::qWaitFor([&] {
                return m_window->statusBar()->currentMessage() == QStringLiteral("Removed the custom integration %1.").arg(name);
            }))
            return failed("status bar:", m_window->statusBar()->currentMessage());
        return true;
    }

    // Say why a helper gave up, for the test's output, and return the answer that means it.
    static bool failed(const char *why, const QString &detail = {})
    {
        qWarning().noquote() << why << detail;
        return false;
    }
    static QString failure(const char *why, const QString &detail = {})
    {
        failed(why, detail);
        return {};
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--registration"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        qputenv("KEYWAY_BROWSER", test::scriptedBrowserCommand().toUtf8());
        m_f = std::make_unique<UiFixture>(QStringLiteral("keyway-registration-test-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY2(m_f->ok(), qPrintable(m_f->error));
        m_window = std::make_unique<MainWindow>(service());
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
        m_peer.stop();
    }

    void registersFromTheCustomIntegrationDialog()
    {
        m_integrationId
            = addRegistered(QStringLiteral("Registered Test Provider"), false, QStringLiteral("51-custom-integration-register"));
        QCOMPARE(m_integrationId, QStringLiteral("registered-test-provider"));
        // The file names the client and holds no secret.
        const std::optional<Integration> saved = service().catalog().find(m_integrationId);
        QVERIFY(saved && !saved->builtin && saved->oauth.registeredClient);
        m_clientId = saved->oauth.registeredClient->clientId;
        m_configurationUrl = saved->oauth.registeredClient->configurationUrl;
        QVERIFY(!m_clientId.isEmpty());
        QVERIFY2(m_configurationUrl.startsWith(m_peer.issuer() + QStringLiteral("/reg/")), qPrintable(m_configurationUrl));
        QVERIFY(!saved->oauth.registeredClient->confidential); // a public client with PKCE (RFC 8252 §8.4)
        QCOMPARE(saved->oauth.clientAuth, ClientAuthMethod::None);
        QFile file(saved->source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(m_clientId.toUtf8()));
        QVERIFY(!text.contains("registration_access_token") && !text.contains("client_secret"));
        QVERIFY2(child<QLabel>(m_window->integrationPage(), "stepsLabel")->text().contains(QLatin1String("registered itself")),
            qPrintable(child<QLabel>(m_window->integrationPage(), "stepsLabel")->text()));

        // The registration access token is in the keychain entry of the registration, and the provider knows it.
        const QJsonObject entry = checks::registrationEntry(service().secretStore(), m_integrationId);
        QCOMPARE(entry.value(QStringLiteral("client_id")).toString(), m_clientId);
        QCOMPARE(entry.value(QStringLiteral("registration_client_uri")).toString(), m_configurationUrl);
        m_registrationToken = entry.value(QStringLiteral("registration_access_token")).toString().toUtf8();
        QVERIFY(!m_registrationToken.isEmpty());
        QVERIFY(!text.contains(m_registrationToken));
        m_seenSecrets << m_registrationToken;
        QJsonObject registered;
        QCOMPARE(checks::managementStatus(m_configurationUrl, m_registrationToken, &registered), 200); // RFC 7592 §2.1
        QCOMPARE(registered.value(QStringLiteral("client_id")).toString(), m_clientId);
        QCOMPARE(registered.value(QStringLiteral("application_type")).toString(), QStringLiteral("native"));
        QCOMPARE(registered.value(QStringLiteral("redirect_uris")).toArray(),
            QJsonArray {QStringLiteral("http://127.0.0.1/callback")});
    }

    void connectsWithTheRegisteredClient()
    {
        QVERIFY(!m_clientId.isEmpty());
        m_id = connectShown(QStringLiteral("Alice, registered client"), m_clientId, false);
        QVERIFY(!m_id.isEmpty());
        QCOMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
        QVERIFY2(pageText("accountLabel").contains(QLatin1String("alice@example.test")), qPrintable(pageText("accountLabel")));
        QCOMPARE(pageText("titleLabel"), QStringLiteral("Alice, registered client"));
        const StoredCredentials stored = credentials();
        QCOMPARE(stored.client.clientId, m_clientId);
        QVERIFY(stored.client.clientSecret.isEmpty());
        QVERIFY(!stored.tokens.refreshToken.isEmpty());
        QVERIFY(keyway::test::saveScreenshot(m_window.get(), QStringLiteral("52-connection-registered-client")));
    }

    void refreshNowRenewsTheToken()
    {
        QVERIFY(!m_id.isEmpty());
        const QString fingerprint = pageText("fingerprintLabel");
        const QByteArray before = credentials().tokens.accessToken;
        auto *refresh = child<QPushButton>(page(), "refreshButton");
        QVERIFY(refresh->isEnabled());
        refresh->click();
        QTRY_VERIFY_WITH_TIMEOUT(pageText("fingerprintLabel") != fingerprint, 30000);
        QTRY_VERIFY(refresh->isEnabled());
        QCOMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
        QVERIFY(credentials().tokens.accessToken != before);
    }

    void requestConsoleReachesUserinfo()
    {
        QVERIFY(!m_id.isEmpty());
        const test::ConsoleAnswer answer = test::getFromConsole(page(), m_peer.issuer() + QStringLiteral("/me"));
        QVERIFY2(answer.problem.isEmpty(), qPrintable(answer.problem));
        QVERIFY2(answer.status.contains(QLatin1String("200")), qPrintable(answer.status));
        QCOMPARE(answer.json().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        child<QTabWidget>(page(), "tabs")->setCurrentIndex(0);
    }

    void removingTheIntegrationDeletesTheRegistration()
    {
        QVERIFY(!m_registrationToken.isEmpty());
        // Back from the connection to its integration, as a user would.
        child<QToolButton>(page(), "backButton")->click();
        QTRY_COMPARE(currentPage(), static_cast<QWidget *>(m_window->integrationPage()));
        QCOMPARE(m_window->integrationPage()->integrationId(), m_integrationId);
        QVERIFY(removeShown(QStringLiteral("Registered Test Provider")));
        // RFC 7592 §2.3: deleted at the provider, whose configuration endpoint no longer takes the token...
        QCOMPARE(checks::managementStatus(m_configurationUrl, m_registrationToken), 401);
        // ...and nothing of it is left in the keychain.
        QVERIFY(checks::secretEntry(service().secretStore(), QStringLiteral("registration/") + m_integrationId).isEmpty());
        // The connection stays, as the confirmation said.
        QVERIFY(service().connection(m_id));
    }

    // RFC 9449 §5.2: registered with "Bind tokens to a DPoP key" checked, the client is registered for DPoP-bound
    // tokens only, the connect form requires DPoP, and the provider issues only DPoP-bound tokens to it.
    void registersForDpopBoundTokens()
    {
        const QString integrationId = addRegistered(QStringLiteral("DPoP Registered Provider"), true);
        QCOMPARE(integrationId, QStringLiteral("dpop-registered-provider"));
        const std::optional<Integration> saved = service().catalog().find(integrationId);
        QVERIFY(saved && saved->oauth.registeredClient && saved->oauth.dpop);
        const QString configurationUrl = saved->oauth.registeredClient->configurationUrl;
        const QByteArray token = checks::registrationAccessToken(service().secretStore(), integrationId);
        QVERIFY(!token.isEmpty());
        m_seenSecrets << token;
        QJsonObject registered;
        QCOMPARE(checks::managementStatus(configurationUrl, token, &registered), 200);
        QCOMPARE(registered.value(QStringLiteral("dpop_bound_access_tokens")), QJsonValue(true));

        const QString connection
            = connectShown(QStringLiteral("Alice, DPoP-bound"), saved->oauth.registeredClient->clientId, true);
        QVERIFY(!connection.isEmpty());
        const QString before = m_id;
        m_id = connection;
        const StoredCredentials stored = credentials();
        QCOMPARE(stored.tokens.tokenType, QStringLiteral("DPoP"));
        QVERIFY(!stored.client.dpopKeyPem.isEmpty());
        m_seenSecrets << stored.client.dpopKeyPem;
        const QString fingerprint = pageText("fingerprintLabel");
        child<QPushButton>(page(), "refreshButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(pageText("fingerprintLabel") != fingerprint, 30000);
        QCOMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
        QCOMPARE(credentials().tokens.tokenType, QStringLiteral("DPoP"));
        m_id = before;

        child<QToolButton>(page(), "backButton")->click();
        QTRY_COMPARE(currentPage(), static_cast<QWidget *>(m_window->integrationPage()));
        QCOMPARE(m_window->integrationPage()->integrationId(), integrationId);
        QVERIFY(removeShown(QStringLiteral("DPoP Registered Provider")));
        QCOMPARE(checks::managementStatus(configurationUrl, token), 401);
        QVERIFY(checks::registrationEntry(service().secretStore(), integrationId).isEmpty());
    }

    void noSecretInAnyFile()
    {
        credentials();
        QVERIFY(m_seenSecrets.size() >= 3);
        QStringList roots = test::writableRoots();
        roots << m_f->dir.path();
        for (const QByteArray &secret : std::as_const(m_seenSecrets))
            QCOMPARE(test::filesContaining(secret, roots), QStringList());
    }
};

QTEST_MAIN(TestWindowRegistration)
#include "TestWindowRegistration.moc"
