// Dynamic client registration (RFC 7591, RFC 7592) from the main window, against a real OpenID Provider that takes
// registrations (oidc-provider on loopback, --registration true), the scripted browser and the real Secret Service
// (tests/with-keyring.sh), as `keyway integrations add --register` does on the command line (TestCustomIntegration):
// add a custom integration by its issuer URL with "Register Keyway with this server" checked, so the client id is in
// the saved file and the registration access token only in the keychain; connect through the dialog and the browser
// without typing a client id, refresh, reach userinfo from the request console; remove the integration in the window,
// which deletes the registration at the provider (RFC 7592 §2.3) and its keychain entry.
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
        QPointer<CustomIntegrationDialog> dialog = m_window->addCustomIntegration();
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto *check = child<QCheckBox>(dialog, "registerCheck");
        QVERIFY(!check->isEnabled()); // nothing to ask the server about yet
        QTest::keyClicks(child<QLineEdit>(dialog, "issuerEdit"), m_peer.issuer());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Registered Test Provider"));
        m_integrationId = dialog->integrationId();
        QCOMPARE(m_integrationId, QStringLiteral("registered-test-provider"));
        // Offered once the issuer's metadata, read after the typing stops, lists its registration endpoint.
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 15000);
        QVERIFY2(check->toolTip().contains(m_peer.issuer() + QStringLiteral("/reg")), qPrintable(check->toolTip()));
        check->click();
        QVERIFY(check->isChecked());
        QVERIFY(!child<QComboBox>(dialog, "clientAuthCombo")->isEnabled()); // the client authenticates as registered
        QVERIFY(keyway::test::saveScreenshot(dialog, QStringLiteral("51-custom-integration-register")));

        QSignalSpy added(dialog.data(), &CustomIntegrationDialog::added);
        child<QPushButton>(dialog, "addButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || (dialog && child<MessagePanel>(dialog, "errorPanel")->isVisible()), 20000);
        QVERIFY2(added.count() == 1, qPrintable(dialog ? child<MessagePanel>(dialog, "errorPanel")->text() : QString()));
        QCOMPARE(added.first().at(0).toString(), m_integrationId);
        QTRY_VERIFY(!dialog); // accepted and closed

        // The window shows the new integration; its file names the client and holds no secret.
        QTRY_COMPARE(currentPage(), static_cast<QWidget *>(m_window->integrationPage()));
        QCOMPARE(m_window->integrationPage()->integrationId(), m_integrationId);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Added Registered Test Provider."));
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
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        // Nothing to type: the registered client is the integration's own.
        QCOMPARE(child<QLineEdit>(dialog, "field_clientId")->text(), m_clientId);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Alice, registered client"));
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY2(connectButton->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char('\n'))));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        const auto failed = [&dialog] { return dialog && dialog->errorPanel()->isVisible(); };
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failed(), 60000);
        QVERIFY2(added.count() == 1,
            qPrintable(
                dialog ? dialog->errorPanel()->text() + QStringLiteral(" | ") + dialog->errorPanel()->detail() : QString()));
        m_id = added.first().first().toString();
        QTRY_COMPARE(page()->connectionId(), m_id);
        QTRY_COMPARE(currentPage(), static_cast<QWidget *>(page()));
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
        child<QPushButton>(page(), "consoleButton")->click();
        RequestConsole *console = page()->console();
        QTRY_COMPARE(child<QTabWidget>(page(), "tabs")->currentWidget(), static_cast<QWidget *>(console));
        child<QComboBox>(console, "methodCombo")->setCurrentText(QStringLiteral("GET"));
        auto *url = child<QLineEdit>(console, "urlEdit");
        url->clear();
        QTest::keyClicks(url, m_peer.issuer() + QStringLiteral("/me"));
        QSignalSpy rendered(console, &RequestConsole::renderingFinished);
        child<QPushButton>(console, "sendButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() >= 1, 30000);
        const QString status = child<QLabel>(console, "responseStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("200")), qPrintable(status));
        const QJsonObject json
            = QJsonDocument::fromJson(child<QPlainTextEdit>(console, "prettyEdit")->toPlainText().toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        child<QTabWidget>(page(), "tabs")->setCurrentIndex(0);
    }

    void removingTheIntegrationDeletesTheRegistration()
    {
        QVERIFY(!m_registrationToken.isEmpty());
        // Back from the connection to its integration, as a user would.
        child<QToolButton>(page(), "backButton")->click();
        QTRY_COMPARE(currentPage(), static_cast<QWidget *>(m_window->integrationPage()));
        QCOMPARE(m_window->integrationPage()->integrationId(), m_integrationId);
        auto *remove = child<QPushButton>(m_window->integrationPage(), "removeIntegrationButton");
        QVERIFY(remove->isVisible());
        remove->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = child<QMessageBox>(m_window->integrationPage(), "removeIntegrationConfirmation")) && box->isVisible());
        QVERIFY2(box->informativeText().contains(QLatin1String("registration at the provider is deleted")),
            qPrintable(box->informativeText()));
        child<QPushButton>(box, "confirmRemoveIntegrationButton")->click();

        QTRY_VERIFY_WITH_TIMEOUT(!service().catalog().contains(m_integrationId), 20000);
        QTRY_COMPARE(
            m_window->statusBar()->currentMessage(), QStringLiteral("Removed the custom integration Registered Test Provider."));
        // RFC 7592 §2.3: deleted at the provider, whose configuration endpoint no longer takes the token...
        QCOMPARE(checks::managementStatus(m_configurationUrl, m_registrationToken), 401);
        // ...and nothing of it is left in the keychain.
        QVERIFY(checks::secretEntry(service().secretStore(), QStringLiteral("registration/") + m_integrationId).isEmpty());
        // The connection stays, as the confirmation said.
        QVERIFY(service().connection(m_id));
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
