// The connect dialog following real attempts against the built-in sandbox provider (started here on a free
// loopback port, described by a custom integration file): the browser wait with Copy link and Cancel, the
// device code shown big, a rejected client explained with the provider's own words, and a success.
#include "Screenshot.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "sandbox/SandboxServer.h"
#include "widgets/MessagePanel.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestConnectFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_base;

    bool addSandboxIntegration(UiFixture &f)
    {
        const QJsonObject oauth {{QStringLiteral("authorization_url"), m_base + QStringLiteral("/authorize")},
            {QStringLiteral("token_url"), m_base + QStringLiteral("/token")},
            {QStringLiteral("device_authorization_url"), m_base + QStringLiteral("/device")},
            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("contacts.read")}},
            {QStringLiteral("client_auth"), QStringLiteral("client_secret_basic")}};
        return f.addCustomIntegration({{QStringLiteral("id"), QStringLiteral("test-sandbox")},
            {QStringLiteral("name"), QStringLiteral("Test Sandbox")}, {QStringLiteral("category"), QStringLiteral("sandbox")},
            {QStringLiteral("description"), QStringLiteral("The sandbox on a free port.")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"),
                QJsonArray {QStringLiteral("oauth2_authorization_code"), QStringLiteral("device_code"),
                    QStringLiteral("oauth2_client_credentials")}},
            {QStringLiteral("oauth"), oauth},
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), m_base + QStringLiteral("/api")}}}});
    }

    // True when the core said it cannot do this auth mode yet (the test is then skipped, not failed).
    static bool unsupported(ConnectDialog &d)
    {
        return d.errorPanel()->isVisible() && d.errorPanel()->detail().contains(QLatin1String("unsupported_auth_mode"));
    }

    static QStackedWidget *stack(ConnectDialog &d) { return d.findChild<QStackedWidget *>(QStringLiteral("stack")); }
    static QLineEdit *edit(ConnectDialog &d, const char *name) { return d.findChild<QLineEdit *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        const Error error = m_sandbox->start(0);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        m_base = m_sandbox->baseUrl().toString();
        if (m_base.endsWith(QLatin1Char('/')))
            m_base.chop(1);
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void browserWaitCanBeCopiedAndCancelled()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addSandboxIntegration(f));
        ConnectDialog dialog(f.service(), QStringLiteral("test-sandbox"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        edit(dialog, "field_clientId")->setText(QStringLiteral("keyway-sandbox"));
        // A browser that opens nothing: the user copies the link instead.
        edit(dialog, "browserEdit")->setText(QStringLiteral("true %u"));
        dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        QCOMPARE(stack(dialog)->currentWidget()->objectName(), QStringLiteral("waitingPage"));
        QVERIFY(dialog.isWaiting());
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 10000);
        copy->click();
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(m_base + QStringLiteral("/authorize?")),
            qPrintable(QGuiApplication::clipboard()->text()));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("code_challenge="))); // RFC 7636

        QTest::keyClick(&dialog, Qt::Key_Escape); // Esc cancels the wait, not the dialog
        QTRY_COMPARE(stack(dialog)->currentWidget()->objectName(), QStringLiteral("formPage"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorPanel()->isVisible());
        QVERIFY(f.service().connections().isEmpty());
    }

    void devicePaneShowsWhatTheAttemptReports()
    {
        // The dialog only follows the attempt's signals; drive them by hand to see the device pane whatever
        // flows the core can run.
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addSandboxIntegration(f));
        ConnectDialog dialog(f.service(), QStringLiteral("test-sandbox"));
        dialog.resize(640, 560);
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        edit(dialog, "field_clientId")->setText(QStringLiteral("keyway-sandbox"));
        edit(dialog, "browserEdit")->setText(QStringLiteral("true %u"));
        dialog.start();
        QVERIFY(dialog.attempt());
        // Wait until the flow runs, so the cancel below reaches it.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(QStringLiteral("copyLinkButton"))->isEnabled(), 10000);
        emit dialog.attempt()->deviceCodeReady(QStringLiteral("WDJB-MJHT"), QUrl(m_base + QStringLiteral("/device")),
            QUrl(m_base + QStringLiteral("/device?user_code=WDJB-MJHT")), QDateTime::currentDateTimeUtc().addSecs(600));
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("userCodeLabel"));
        QVERIFY(code->isVisible());
        QCOMPARE(code->text(), QStringLiteral("WDJB-MJHT"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("deviceExpiryLabel"))->text().contains(QLatin1String("9:5")));
        // The verification page, like the sign-in page, can be copied or opened again.
        auto *copyLink = dialog.findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        auto *openAgain = dialog.findChild<QPushButton *>(QStringLiteral("openAgainButton"));
        QVERIFY(copyLink->isVisible() && copyLink->isEnabled());
        QVERIFY(openAgain->isVisible() && openAgain->isEnabled());
        QVERIFY(openAgain->text().contains(QLatin1String("page again")));
        QVERIFY(!openAgain->accessibleName().isEmpty());
        copyLink->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_base + QStringLiteral("/device?user_code=WDJB-MJHT"));
        openAgain->click(); // the browser command is "true": nothing opens, nothing breaks
        QVERIFY(keyway::test::saveScreenshot(&dialog, QStringLiteral("14-device-code")));
        dialog.cancelAttempt();
        QTRY_COMPARE(stack(dialog)->currentWidget()->objectName(), QStringLiteral("formPage"));
    }

    void deviceCodeIsShownBigAndCopyable()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addSandboxIntegration(f));
        ConnectDialog dialog(f.service(), QStringLiteral("test-sandbox"));
        dialog.resize(700, 560);
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::DeviceCode));
        edit(dialog, "field_clientId")->setText(QStringLiteral("keyway-sandbox"));
        edit(dialog, "browserEdit")->setText(QStringLiteral("true %u")); // never a real browser in tests
        dialog.start();
        // What the page says once the browser opened (connected after the page's own handler, so it runs after it).
        QString shownWhenOpened;
        connect(dialog.attempt(), &ConnectAttempt::browserOpened, &dialog,
            [&dialog, &shownWhenOpened] { shownWhenOpened = dialog.findChild<QLabel *>(QStringLiteral("waitingText"))->text(); });
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("userCodeLabel"));
        QTRY_VERIFY_WITH_TIMEOUT((!code->text().isEmpty() && code->isVisible()) || unsupported(dialog), 10000);
        if (unsupported(dialog))
            QSKIP("The core cannot run the device flow yet");
        QVERIFY(code->font().pointSizeF() > dialog.font().pointSizeF() * 2);
        QVERIFY(code->accessibleName().contains(code->text()));
        dialog.findChild<QPushButton *>(QStringLiteral("copyCodeButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), code->text());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("deviceCaption"))->text().contains(m_base));
        // The page the browser opened is where the code goes, not a sign-in that finishes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!shownWhenOpened.isEmpty(), 10000);
        QVERIFY2(shownWhenOpened.contains(QLatin1String("verification page")), qPrintable(shownWhenOpened));

        QVERIFY(keyway::test::saveScreenshot(&dialog, QStringLiteral("16-device-code-sandbox")));
        dialog.findChild<QPushButton *>(QStringLiteral("cancelWaitButton"))->click();
        QTRY_COMPARE(stack(dialog)->currentWidget()->objectName(), QStringLiteral("formPage"));
    }

    void rejectedClientIsExplainedWithTheProvidersWords()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addSandboxIntegration(f));
        ConnectDialog dialog(f.service(), QStringLiteral("test-sandbox"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        edit(dialog, "field_clientId")->setText(QStringLiteral("keyway-sandbox-confidential"));
        edit(dialog, "field_clientSecret")->setText(QStringLiteral("wrong-secret"));
        dialog.start();
        MessagePanel *error = dialog.errorPanel();
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        if (unsupported(dialog))
            QSKIP("The core cannot run the client credentials flow yet");
        QCOMPARE(stack(dialog)->currentWidget()->objectName(), QStringLiteral("formPage"));
        qInfo() << "shown:" << error->text() << "|" << error->detail();
        QVERIFY2(error->detail().contains(QLatin1String("invalid_client")), qPrintable(error->detail()));
        // The secret field was not cleared by the failure: the user fixes it and tries again.
        QCOMPARE(edit(dialog, "field_clientSecret")->text(), QStringLiteral("wrong-secret"));

        QVERIFY(keyway::test::saveScreenshot(&dialog, QStringLiteral("15-connect-error")));
    }

    void successClosesTheDialogAndNamesTheConnection()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addSandboxIntegration(f));
        ConnectDialog dialog(f.service(), QStringLiteral("test-sandbox"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        edit(dialog, "field_clientId")->setText(QStringLiteral("keyway-sandbox-confidential"));
        edit(dialog, "field_clientSecret")->setText(QStringLiteral("sandbox-secret"));
        edit(dialog, "nameEdit")->setText(QStringLiteral("QA robot"));
        QSignalSpy connected(&dialog, &ConnectDialog::connected);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() == 1 || unsupported(dialog), 10000);
        if (unsupported(dialog))
            QSKIP("The core cannot run the client credentials flow yet");
        QVERIFY(!dialog.isVisible());
        const std::optional<ConnectionRecord> record = f.service().connection(connected.first().first().toString());
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("QA robot"));
        QCOMPARE(record->status, ConnectionStatus::Connected);
        // Secrets typed into the dialog do not linger in its fields.
        QVERIFY(edit(dialog, "field_clientSecret")->text().isEmpty());
    }
};

QTEST_MAIN(TestConnectFlow)
#include "TestConnectFlow.moc"
