// The connection page over a real core: the access token is copied and cleared again, Disconnect asks first
// and then revokes the connection, Remove forgets a revoked one, the diagnostic bundle is saved as JSON, and keyboard shortcuts
// reach the actions from the main window.
#include "MainWindow.h"
#include "UiFixture.h"

#include "common/SecretClipboard.h"
#include "connect/ConnectDialog.h"
#include "connection/ConnectionPage.h"
#include "integrations/IntegrationPage.h"
#include "timeline/TimelineView.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
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
        ConnectAttempt *attempt = f.service().connectIntegration(request);
        QSignalSpy ok(attempt, &ConnectAttempt::succeeded);
        QSignalSpy failed(attempt, &ConnectAttempt::failed);
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000) || ok.isEmpty())
            return {};
        return ok.first().first().toString();
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
        QVERIFY(f.secrets->entries().isEmpty());
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
        QSignalSpy saved(page.timeline(), &TimelineView::saved);
        page.exportDiagnostics();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QFileDialog *>(QStringLiteral("saveBundleDialog"))) != nullptr);
        const QString path = f.dir.filePath(QStringLiteral("bundle.json"));
        emit dialog->fileSelected(path);
        QTRY_COMPARE(saved.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        QVERIFY(!bytes.contains(token));
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
