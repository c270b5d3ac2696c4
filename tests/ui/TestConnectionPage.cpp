// The connection page over a real core: the access token is copied and cleared again, Disconnect asks first
// and then revokes the connection, Remove forgets a revoked one, the diagnostic bundle is saved as JSON, and keyboard shortcuts
// reach the actions from the main window.
#include "ConnectAndWait.h"
#include "MainWindow.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "core/ConnectionSettings.h"
#include "inspector/TokenInspector.h"
#include "integrations/IntegrationPage.h"
#include "timeline/BundlePreviewDialog.h"
#include "timeline/TimelineView.h"
#include "widgets/MessagePanel.h"
#include "widgets/SecretClipboard.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestConnectionPage : public QObject
{
    Q_OBJECT

private:
    // A connection made the way a user would paste a token, so the core holds its secret.
    static QString pastedToken(UiFixture &f, const QByteArray &token)
    {
        const QJsonObject integration {{QStringLiteral("id"), QStringLiteral("paste-api")},
            {QStringLiteral("name"), QStringLiteral("Paste API")}, {QStringLiteral("category"), QStringLiteral("generic")},
            {QStringLiteral("description"), QStringLiteral("A token pasted by hand.")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("bearer_token")}},
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9/api")}}}};
        if (!f.addCustomIntegration(integration))
            return {};
        ConnectRequest request;
        request.integrationId = QStringLiteral("paste-api");
        request.authMode = QStringLiteral("bearer_token");
        request.bearerToken = token;
        request.name = QStringLiteral("pasted");
        const auto connected = test::connectAndWait(f.service(), request, 10000);
        if (!connected)
            qWarning() << "connecting failed:" << test::describe(connected);
        return connected ? connected.value() : QString();
    }

private slots:
    void copiesTheAccessTokenAndClearsItLater()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = pastedToken(f, "tok_copy_me_0123456789");
        if (id.isEmpty())
            QSKIP("The core cannot connect a pasted bearer token yet");
        MainWindow window(f.service());
        window.show();
        window.showConnection(id);
        ConnectionPage *page = window.connectionPage();
        page->clipboard()->setClearAfter(100);
        QGuiApplication::clipboard()->clear();
        window.findChild<QAction *>(QStringLiteral("actionCopyToken"))->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("tok_copy_me_0123456789"));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("copied")));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void disconnectAsksFirstThenRemoves()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = pastedToken(f, "tok_disconnect_me");
        if (id.isEmpty())
            QSKIP("The core cannot connect a pasted bearer token yet");
        MainWindow window(f.service());
        window.show();
        window.showConnection(id);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("detailStack"));

        // Cancel keeps it.
        window.findChild<QAction *>(QStringLiteral("actionDisconnect"))->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not destroy anything
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation")));
        QVERIFY(f.service().connection(id));

        // Confirming removes it and goes back to the integration.
        window.findChild<QAction *>(QStringLiteral("actionDisconnect"))->trigger();
        box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("keychain")));
        QTRY_VERIFY(box->isVisible());
        QSignalSpy messages(window.connectionPage(), &ConnectionPage::message);
        box->findChild<QPushButton *>(QStringLiteral("confirmDisconnectButton"))->click();
        // The core keeps it as revoked (with its timeline); the page says so and offers Remove instead.
        QTRY_VERIFY_WITH_TIMEOUT(f.service().connection(id)->status == ConnectionStatus::Revoked, 10000);
        ConnectionPage *page = window.connectionPage();
        QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Revoked"));
        QVERIFY(!messages.isEmpty());
        // The keychain's index entry goes last, after the record is saved as revoked (slow under ASan).
        QTRY_VERIFY(f.secrets->entries().isEmpty());
        auto *removeButton = page->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(removeButton->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("disconnectButton"))->isVisible());

        // Remove asks first too; Cancel keeps it.
        removeButton->click();
        box = page->findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("removeConfirmation")));
        QVERIFY(f.service().connection(id));

        // Confirming forgets the connection and its timeline, and the window goes back to the integration.
        page->disconnectWithConfirmation(); // Delete on a revoked connection asks to remove it
        box = page->findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QSignalSpy removed(page, &ConnectionPage::removed);
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"))->click();
        QTRY_VERIFY(!f.service().connection(id));
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("paste-api"));
        QVERIFY(f.service().events(id).isEmpty());
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(window.integrationPage()));
    }

    void exportsARedactedDiagnosticBundle()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QByteArray token = "tok_must_not_leak_987654321";
        const QString id = pastedToken(f, token);
        if (id.isEmpty())
            QSKIP("The core cannot connect a pasted bearer token yet");
        ConnectionPage page(f.service());
        page.showConnection(id);
        page.show();
        BundlePreviewDialog *preview = page.exportDiagnostics();
        QVERIFY(preview);
        QSignalSpy saved(preview, &BundlePreviewDialog::saved);
        QTRY_VERIFY(!preview->isLoading());
        // The preview shows the bundle before anything is written.
        QVERIFY(!preview->findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"))
                     ->toPlainText()
                     .contains(QString::fromLatin1(token)));
        preview->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = preview->findChild<QFileDialog *>(QStringLiteral("saveBundleDialog"))) != nullptr);
        const QString path = f.dir.filePath(QStringLiteral("bundle.json"));
        emit dialog->fileSelected(path);
        QTRY_COMPARE(saved.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        QVERIFY(!bytes.contains(token));
        // Owner-only, and said where it went, with a way to the folder.
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        auto *panel = preview->findChild<MessagePanel *>(QStringLiteral("messagePanel"));
        QVERIFY2(panel->isVisible() && panel->text().contains(QFileInfo(path).absoluteFilePath()), qPrintable(panel->text()));
        QVERIFY(preview->findChild<QPushButton *>(QStringLiteral("showFolderButton")));
        dialog->close();
    }

    void needsReauthorizationIsAnnounced()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id
            = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionStatus::NeedsReauthorization);
        MainWindow window(f.service());
        window.show();
        emit f.service().needsReauthorization(id);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("octocat")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("reconnected")));
    }

    // Issue 16, "Honest status": a connection that needs the user says so on its page with a Reconnect button,
    // and no longer claims its token "expires in 59 min".
    void needsReauthorizationOffersReconnectOnThePage()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"),
            ConnectionStatus::NeedsReauthorization, QDateTime::currentDateTimeUtc().addSecs(3540));
        ConnectionPage page(f.service());
        page.showConnection(id);
        page.show();
        auto *panel = page.findChild<MessagePanel *>(QStringLiteral("statusPanel"));
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->text().contains(QLatin1String("Sign in again")), qPrintable(panel->text()));
        const QString expiry = page.findChild<QLabel *>(QStringLiteral("expiresLabel"))->text();
        QVERIFY2(!expiry.contains(QLatin1String("expires in")), qPrintable(expiry));
        QSignalSpy reconnect(&page, &ConnectionPage::reconnectRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("panelReconnectButton"));
        QVERIFY(button && button->isVisible());
        button->click();
        QCOMPARE(reconnect.count(), 1);
        QCOMPARE(reconnect.first().first().toString(), id);
    }

    // Issue 23, "honest list": the page says when the refresh token lapses unused and when the grant ends, as the
    // provider documents them, when it was last renewed, and to reconnect before a grant's end that is near; the
    // connections list says the same in the expiry's tooltip. Unknown is said as unknown.
    void refreshTokenLifetimeAndTheWarningBeforeAGrantEnds()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ProviderConfig provider;
        provider.refreshIdleLifetimeSeconds = 100 * 86400;
        provider.refreshAbsoluteLifetimeSeconds = 1825 * 86400;
        const QJsonObject settings {{QStringLiteral("auth_mode"), QStringLiteral("oauth2_authorization_code")},
            {QStringLiteral("provider"), provider.toJson()}};
        const QString aging = f.addConnection(QStringLiteral("quickbooks"), QStringLiteral("Books"), ConnectionStatus::Connected,
            QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("oauth2_authorization_code"), settings);
        const QString unknown = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionStatus::Connected,
            QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("oauth2_authorization_code"),
            QJsonObject {{QStringLiteral("auth_mode"), QStringLiteral("oauth2_authorization_code")}});
        ConnectionRepository repository(f.context->database());
        // Granted almost five years ago: the grant ends in ten days.
        KEYWAY_VERIFY_NO_ERROR(repository.recordAuthorized(aging, QDateTime::currentDateTimeUtc().addDays(-1815), true));
        KEYWAY_VERIFY_NO_ERROR(repository.recordAuthorized(unknown, QDateTime::currentDateTimeUtc().addDays(-3), true));

        ConnectionPage page(f.service());
        page.showConnection(aging);
        page.show();
        auto *label = page.findChild<QLabel *>(QStringLiteral("refreshLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("refresh token lapsed unused"))
                && label->text().contains(QLatin1String("grant ends")) && label->text().contains(QLatin1String("never refreshed"))
                && label->text().contains(QLatin1String("Reconnect QuickBooks Online before")),
            qPrintable(label->text()));
        page.showConnection(unknown);
        QVERIFY2(label->text().startsWith(QLatin1String("refresh token expiry unknown"))
                && !label->text().contains(QLatin1String("Reconnect")),
            qPrintable(label->text()));

        ConnectionListModel model(f.service());
        const QString tip
            = model.data(model.index(model.indexOf(aging).row(), ConnectionListModel::ExpiresColumn), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("Refresh token: refresh token lapsed unused"))
                && tip.contains(QLatin1String("Reconnect QuickBooks Online before")),
            qPrintable(tip));
    }

    // A temporary problem is a warning with a way to try again, not a red "Error"; a working one shows nothing.
    void aTemporaryProblemIsNotAnError()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionStatus::Warning);
        const QString fine = f.addConnection(QStringLiteral("github"), QStringLiteral("fine"));
        ConnectionPage page(f.service());
        page.showConnection(id);
        page.show();
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Temporary problem"));
        auto *panel = page.findChild<MessagePanel *>(QStringLiteral("statusPanel"));
        QVERIFY(panel->isVisible());
        QVERIFY(panel->kind() != MessagePanel::Kind::Error);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("retryButton")));
        page.showConnection(fine);
        QVERIFY(!panel->isVisible());
    }

    // Issue 16, "Wrong answers for discovered connections": the page reads the connection's own endpoints, not the
    // catalogue entry (openid-connect lists no revocation or introspection endpoint; its discovered one does).
    void aDiscoveredConnectionUsesItsOwnEndpoints()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(f.service().catalog().find(QStringLiteral("openid-connect"))->oauth.revocationUrl.isEmpty());
        ConnectionSettings settings;
        settings.authMode = AuthMode::AuthorizationCode;
        settings.provider.issuer = QStringLiteral("https://id.example.test");
        settings.provider.tokenUrl = QStringLiteral("https://id.example.test/token");
        settings.provider.revocationUrl = QStringLiteral("https://id.example.test/revoke");
        settings.provider.introspectionUrl = QStringLiteral("https://id.example.test/introspect");
        const QString id = f.addConnection(QStringLiteral("openid-connect"), QStringLiteral("alice"), ConnectionStatus::Connected,
            QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("oauth2_authorization_code"), settings.toJson());
        f.storeTokens(id, "opaque-access-token", "opaque-refresh-token");
        ConnectionPage page(f.service());
        page.showConnection(id);
        page.show();
        page.disconnectWithConfirmation();
        QMessageBox *box = page.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QLatin1String("revokes the grant")), qPrintable(box->informativeText()));
        QVERIFY2(!box->informativeText().contains(QLatin1String("no revocation")), qPrintable(box->informativeText()));
        box->close();
        // The Tokens tab offers Introspect for the opaque tokens.
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QSignalSpy loaded(page.inspector(), &TokenInspector::loaded);
        tabs->setCurrentWidget(page.inspector());
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY(page.inspector()->findChild<QPushButton *>(QStringLiteral("accessIntrospectButton"))->isVisible());
    }

    void reconnectOpensTheDialogFilledIn()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("zendesk"), QStringLiteral("agent@acme.example"),
            ConnectionStatus::NeedsReauthorization, QDateTime(), QStringLiteral("oauth2_authorization_code"),
            {{QStringLiteral("client_id"), QStringLiteral("zd-client")},
                {QStringLiteral("variables"), QJsonObject {{QStringLiteral("subdomain"), QStringLiteral("acme")}}}});
        MainWindow window(f.service());
        window.show();
        window.showConnection(id);
        ConnectDialog *dialog = window.startReconnect(id);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().startsWith(QLatin1String("Reconnect")));
        const ConnectRequest request = dialog->request();
        QCOMPARE(request.reconnectId, id);
        QCOMPARE(request.clientId, QStringLiteral("zd-client"));
        QCOMPARE(request.variables.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QCOMPARE(request.authMode, QStringLiteral("oauth2_authorization_code"));
        dialog->close();
    }
};

QTEST_MAIN(TestConnectionPage)
#include "TestConnectionPage.moc"
