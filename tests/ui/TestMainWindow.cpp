// The main window over a real core: the integration list filters instantly, the category filter narrows it,
// selecting an integration shows its page, a connection opens its page, and the first-run hint appears.
#include "MainWindow.h"
#include "UiFixture.h"

#include "catalog/Catalog.h"
#include "connect/ConnectDialog.h"
#include "connect/ConnectFormPage.h"
#include "connect/ScopesPanel.h"
#include "connection/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "connections/ConnectionFilterModel.h"
#include "connections/ConnectionsView.h"
#include "console/RequestConsole.h"
#include "core/ApiRequest.h"
#include "custom/CustomIntegrationDialog.h"
#include "help/ShortcutsDialog.h"
#include "integrations/IntegrationListModel.h"
#include "integrations/IntegrationPage.h"
#include "store/ConnectionRepository.h"
#include "store/VaultSecretStore.h"
#include "widgets/MessagePanel.h"
#include "widgets/VaultUnlockDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace keyway;
using keyway::test::UiFixture;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QListView *list(MainWindow &w) { return w.findChild<QListView *>(QStringLiteral("integrationList")); }
    static QLineEdit *search(MainWindow &w) { return w.findChild<QLineEdit *>(QStringLiteral("searchEdit")); }
    static QStringList shownIds(MainWindow &w)
    {
        QStringList ids;
        QAbstractItemModel *model = list(w)->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(IntegrationListModel::IdRole).toString();
        return ids;
    }

    // What the list shows before anything is searched for: every integration but the unlisted ones.
    static int listedCount(const UiFixture &f)
    {
        int n = 0;
        for (const Integration &in : f.service().catalog().all())
            n += in.listed ? 1 : 0;
        return n;
    }

private slots:
    void opensWithTitleListAndStatusBar()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QLatin1String("Keyway")));
        QVERIFY(list(window));
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(list(window)->model()->rowCount(), listedCount(f));
        QVERIFY(list(window)->model()->rowCount() > 50);
    }

    void searchFiltersByNameIdCategoryAndScope()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QLineEdit *edit = search(window);

        QTest::keyClicks(edit, QStringLiteral("git"));
        QStringList ids = shownIds(window);
        QVERIFY(ids.contains(QStringLiteral("github")));
        QVERIFY(ids.contains(QStringLiteral("gitlab")));
        QVERIFY(!ids.contains(QStringLiteral("slack")));

        // By id with a dash, case-insensitive.
        edit->setText(QStringLiteral("DYNAMICS-365"));
        QCOMPARE(shownIds(window), QStringList {QStringLiteral("dynamics-365")});

        // By category, in words.
        edit->setText(QStringLiteral("ticketing"));
        QVERIFY(shownIds(window).contains(QStringLiteral("zendesk")));

        // By a provider scope and a unified scope id.
        edit->setText(QStringLiteral("read:user"));
        QVERIFY(shownIds(window).contains(QStringLiteral("github")));
        edit->setText(QStringLiteral("ticketing_ticket_read"));
        QVERIFY(shownIds(window).contains(QStringLiteral("zendesk")));

        // Several words must all match.
        edit->setText(QStringLiteral("zendesk ticketing"));
        QCOMPARE(shownIds(window), QStringList {QStringLiteral("zendesk")});

        edit->setText(QStringLiteral("no-such-integration-anywhere"));
        QVERIFY(shownIds(window).isEmpty());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyListLabel"))->isVisibleTo(&window));

        edit->clear();
        QCOMPARE(shownIds(window).size(), listedCount(f));
    }

    // Issue 18: a keystroke filters the rows it must, without resetting a model or reloading the connections;
    // the status bars count from the window's index of connections.
    void filteringNeitherResetsNorReloadsAndCountsStayRight()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        f.addConnection(QStringLiteral("github"), QStringLiteral("hubot"), ConnectionStatus::NeedsReauthorization);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("team@example.com"));
        MainWindow window(f.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *integrations = list(window)->model();
        auto *connectionsTable = window.findChild<QTableView *>(QStringLiteral("connectionsTable"));
        QVERIFY(connectionsTable);
        QSignalSpy integrationResets(integrations, &QAbstractItemModel::modelReset);
        QSignalSpy indexResets(window.connections(), &QAbstractItemModel::modelReset);
        QSignalSpy connectionResets(connectionsTable->model(), &QAbstractItemModel::modelReset);
        auto *summary = window.findChild<QLabel *>(QStringLiteral("statusSummary"));
        QVERIFY(summary);

        QTest::keyClicks(search(window), QStringLiteral("gith"));
        QCOMPARE(shownIds(window).value(0), QStringLiteral("github"));
        QVERIFY(!shownIds(window).contains(QStringLiteral("slack")));
        QTRY_COMPARE(summary->text(),
            QStringLiteral("%1 of %2 integrations shown · 3 connections")
                .arg(integrations->rowCount())
                .arg(f.service().catalog().all().size()));
        QTest::keyClick(search(window), Qt::Key_Backspace);
        QVERIFY(shownIds(window).contains(QStringLiteral("github")));

        auto *filterEdit = window.findChild<QLineEdit *>(QStringLiteral("connectionsFilterEdit"));
        QVERIFY(filterEdit);
        QTest::keyClicks(filterEdit, QStringLiteral("hubot"));
        QCOMPARE(connectionsTable->model()->rowCount(), 1);
        auto *connectionsSummary = window.findChild<QLabel *>(QStringLiteral("connectionsSummaryLabel"));
        QVERIFY(connectionsSummary);
        QTRY_VERIFY2(connectionsSummary->text().contains(QLatin1String("3 connections"))
                && connectionsSummary->text().contains(QLatin1String("1 shown")),
            qPrintable(connectionsSummary->text()));
        filterEdit->clear();
        QCOMPARE(connectionsTable->model()->rowCount(), 3);

        QCOMPARE(integrationResets.count(), 0);
        QCOMPARE(indexResets.count(), 0);
        QCOMPARE(connectionResets.count(), 0);
    }

    // Issue 16: the best match comes first (Enter opens it), aliases and auth modes are found, one typo is forgiven:
    // the core's IntegrationSearch, the same as `keyway integrations --search`.
    void searchPutsTheBestMatchFirst()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QLineEdit *edit = search(window);

        edit->setText(QStringLiteral("openid connect"));
        QCOMPARE(shownIds(window).value(0), QStringLiteral("openid-connect"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(list(window)->currentIndex().data(IntegrationListModel::IdRole).toString(), QStringLiteral("openid-connect"));

        edit->setText(QStringLiteral("gihub"));
        QCOMPARE(shownIds(window).value(0), QStringLiteral("github"));

        edit->setText(QStringLiteral("oidc"));
        QVERIFY(shownIds(window).contains(QStringLiteral("openid-connect")));

        // Without text, the catalogue's order again: the sandbox first.
        edit->clear();
        QCOMPARE(shownIds(window).value(0), QStringLiteral("keyway-sandbox"));
    }

    void categoryFilterNarrowsTheList()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        MainWindow window(f.service());
        window.show();
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        QVERIFY(combo);
        const int ticketing = combo->findData(QStringLiteral("ticketing"));
        QVERIFY(ticketing > 0);
        combo->setCurrentIndex(ticketing);
        const QStringList ids = shownIds(window);
        QVERIFY(!ids.isEmpty());
        for (const QString &id : ids)
            QCOMPARE(f.service().catalog().find(id)->category, QStringLiteral("ticketing"));

        // Search and category combine.
        search(window)->setText(QStringLiteral("zen"));
        QCOMPARE(shownIds(window), QStringList {QStringLiteral("zendesk")});
        search(window)->clear();

        // "Connected" shows only integrations with connections.
        combo->setCurrentIndex(combo->findData(QStringLiteral(":connected")));
        QCOMPARE(shownIds(window), QStringList {QStringLiteral("github")});
    }

    // The Keyway Sandbox's personalities (for testers) do not crowd the list's top: they show when searched for,
    // when the Sandbox category is chosen, or once connected. The sandbox itself is listed.
    void sandboxPersonalitiesShowWhenAskedFor()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        const QString personality = QStringLiteral("keyway-sandbox-reuse-detection");
        QVERIFY(f.service().catalog().find(personality));
        QStringList ids = shownIds(window);
        QVERIFY(ids.contains(QStringLiteral("keyway-sandbox")));
        QVERIFY(!ids.contains(personality));

        search(window)->setText(QStringLiteral("reuse detection"));
        QCOMPARE(shownIds(window).value(0), personality);
        search(window)->clear();

        auto *combo = window.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("sandbox")));
        ids = shownIds(window);
        QVERIFY(ids.contains(personality));
        QVERIFY(ids.contains(QStringLiteral("keyway-sandbox")));
        combo->setCurrentIndex(0);

        UiFixture connected;
        QVERIFY2(connected.ok(), qPrintable(connected.error));
        connected.addConnection(personality, QStringLiteral("alice"));
        MainWindow other(connected.service());
        other.show();
        QVERIFY(shownIds(other).contains(personality));
    }

    void selectingAnIntegrationShowsItsPage()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        search(window)->setText(QStringLiteral("zendesk"));
        list(window)->setCurrentIndex(list(window)->model()->index(0, 0));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("detailStack"));
        QCOMPARE(stack->currentWidget(), window.integrationPage());
        QCOMPARE(window.integrationPage()->integrationId(), QStringLiteral("zendesk"));
        auto *name = window.integrationPage()->findChild<QLabel *>(QStringLiteral("nameLabel"));
        QCOMPARE(name->text(), QStringLiteral("Zendesk"));
        // RFC 8252 §7.3: loopback IP literal with the integration's path, and its fixed port where the provider
        // compares redirect URIs exactly (the catalogue's data says which).
        const OAuthSettings o = f.service().catalog().find(QStringLiteral("zendesk"))->oauth;
        const QString uri
            = QStringLiteral("http://%1%2%3")
                  .arg(o.redirectHost, o.redirectPort ? QStringLiteral(":%1").arg(o.redirectPort) : QString(), o.redirectPath);
        auto *redirect = window.integrationPage()->findChild<QLineEdit *>(QStringLiteral("redirectEdit"));
        QCOMPARE(redirect->text(), uri);
        auto *note = window.integrationPage()->findChild<QLabel *>(QStringLiteral("redirectNoteLabel"));
        if (o.redirectPort == 0)
            QVERIFY(note->text().contains(QLatin1String("ny port")));
        auto *steps = window.integrationPage()->findChild<QLabel *>(QStringLiteral("stepsLabel"));
        QVERIFY2(steps->text().contains(uri), qPrintable(steps->text()));
        QVERIFY(!steps->text().contains(QLatin1String("{{redirect_uri}}")));
    }

    void copyRedirectPutsItOnTheClipboard()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        window.showIntegration(QStringLiteral("github"));
        auto *copy = window.integrationPage()->findChild<QToolButton *>(QStringLiteral("copyRedirectButton"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            window.integrationPage()->findChild<QLineEdit *>(QStringLiteral("redirectEdit"))->text());
    }

    void connectionsOfAnIntegrationOpenTheirPage()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString a = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        f.addConnection(QStringLiteral("github"), QStringLiteral("hubot"), ConnectionStatus::NeedsReauthorization);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("workspace"));
        MainWindow window(f.service());
        window.show();
        window.showIntegration(QStringLiteral("github"));
        auto *table = window.integrationPage()->findChild<QTableView *>(QStringLiteral("connectionsView"));
        QCOMPARE(table->model()->rowCount(), 2);
        // The badge count is in the model.
        const QModelIndex github = list(window)->currentIndex();
        QCOMPARE(github.data(IntegrationListModel::ConnectionCountRole).toInt(), 2);

        window.showConnection(a);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("detailStack"));
        QCOMPARE(stack->currentWidget(), window.connectionPage());
        QCOMPARE(window.connectionPage()->connectionId(), a);
        auto *status = window.connectionPage()->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QCOMPARE(status->text(), QStringLiteral("Connected"));
        auto *expires = window.connectionPage()->findChild<QLabel *>(QStringLiteral("expiresLabel"));
        QVERIFY2(expires->text().contains(QLatin1String("expires in")), qPrintable(expires->text()));

        // Alt+Left goes back to the integration.
        auto *back = window.findChild<QAction *>(QStringLiteral("actionBack"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(stack->currentWidget(), window.integrationPage());
    }

    void removingAConnectionSaysSoInTheStatusBar()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionStatus::Revoked);
        MainWindow window(f.service());
        window.show();
        auto *summary = window.findChild<QLabel *>(QStringLiteral("statusSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QLatin1String("1 connection")), qPrintable(summary->text()));
        window.showConnection(id);

        // Remove on a revoked connection, confirmed: the window goes back to the integration and says what happened.
        window.connectionPage()->disconnectWithConfirmation();
        auto *box = window.connectionPage()->findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"))->click();
        QTRY_VERIFY(!f.service().connection(id));
        QTRY_COMPARE(window.findChild<QStackedWidget *>(QStringLiteral("detailStack"))->currentWidget(),
            static_cast<QWidget *>(window.integrationPage()));
        // The counts, updated on connectionRemoved, no longer overwrite the message: both are shown.
        QTRY_VERIFY2(summary->text().contains(QLatin1String("0 connections")), qPrintable(summary->text()));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Connection removed."));
        QCoreApplication::processEvents();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Connection removed."));
        QVERIFY(summary->isVisible());

        // The counts follow the search too, beside the message.
        // (Other files may name GitHub in their description, as Dex does: count what is shown.)
        search(window)->setText(QStringLiteral("github"));
        QVERIFY(!shownIds(window).isEmpty() && shownIds(window).size() < f.service().catalog().all().size());
        const QString shown = QStringLiteral("%1 of ").arg(shownIds(window).size());
        QTRY_VERIFY2(summary->text().startsWith(shown), qPrintable(summary->text()));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Connection removed."));
    }

    void firstRunHintNamesTheSandboxOrAnyIntegration()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("welcomeConnectButton"));
        if (f.service().catalog().contains(MainWindow::sandboxId())) {
            QVERIFY(text->text().contains(QLatin1String("Keyway Sandbox")));
            QVERIFY(button->isEnabled());
        } else {
            QVERIFY(text->text().contains(QLatin1String("Choose an integration")));
        }
    }

    void keyboardShortcutsReachTheCommonActions()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto shortcut
            = [&window](const char *name) { return window.findChild<QAction *>(QLatin1String(name))->shortcut(); };
        QCOMPARE(shortcut("actionFind"), QKeySequence(QStringLiteral("Ctrl+F")));
        QCOMPARE(shortcut("actionConnect"), QKeySequence(QStringLiteral("Ctrl+N")));
        QCOMPARE(shortcut("actionRefresh"), QKeySequence(QStringLiteral("F5")));
        QCOMPARE(shortcut("actionDisconnect"), QKeySequence(QKeySequence::fromString(QStringLiteral("Del"))));

        window.activateWindow();
        window.findChild<QListView *>(QStringLiteral("integrationList"))->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search(window)->hasFocus());
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        MainWindow window(f.service());
        window.show();
        window.showConnection(id);
        QStringList missing;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool input
                = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w);
            if (!input || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (w->accessibleName().isEmpty())
                missing << w->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    void startupNoticesShowInADismissibleBar()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.attachCore(*f.context); // the fixture's core has nothing to say: no bar
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<QWidget *>(QStringLiteral("noticeBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        const QStringList notices = {QStringLiteral("The database was damaged; 3 connections were recovered."),
            QStringLiteral("The extra CA certificate file /x.pem could not be read; it is not trusted.")};
        window.showNotices(notices);
        QVERIFY(bar->isVisible());
        auto *panel = window.findChild<MessagePanel *>(QStringLiteral("noticeBar"));
        QVERIFY(panel->text().contains(QLatin1String("3 connections were recovered")));
        QVERIFY(panel->text().contains(QLatin1String("/x.pem")));
        QVERIFY(!bar->accessibleName().isEmpty());
        auto *dismiss = window.findChild<QAbstractButton *>(QStringLiteral("dismissNoticeButton"));
        QVERIFY(dismiss->isVisible());
        QVERIFY(!dismiss->accessibleName().isEmpty());
        QVERIFY(dismiss->focusPolicy() & Qt::TabFocus);
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("unlockVaultButton")));
        dismiss->click();
        QVERIFY(!bar->isVisible());
    }

    // Issue 26, point 10: the database lost a connection the keychain still holds (here its record is deleted
    // behind the service's back): the bar says so and offers both ways out; "Recover connections" brings it back.
    void lostConnectionsAreOfferedForRecovery_data()
    {
        QTest::addColumn<bool>("revoke");
        QTest::newRow("recover") << false;
        QTest::newRow("revoke and remove") << true;
    }
    void lostConnectionsAreOfferedForRecovery()
    {
        QFETCH(bool, revoke);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectRequest request;
        request.integrationId = QStringLiteral("anthropic");
        request.name = QStringLiteral("Lost one");
        request.apiKey = "sk-ant-lost-key-0123456789";
        ConnectAttempt *attempt = f.service().connectIntegration(request);
        QString id;
        connect(attempt, &ConnectAttempt::succeeded, this, [&](const QString &newId) { id = newId; });
        QTRY_VERIFY(!id.isEmpty());
        KEYWAY_VERIFY_NO_ERROR(ConnectionRepository(f.context->database()).remove(id));

        MainWindow window(f.service());
        window.setStartupCheckDelay(-1); // not about the start-up check (it would ask the provider about the key)
        window.attachCore(*f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<MessagePanel *>(QStringLiteral("noticeBar"));
        auto *label = bar;
        QTRY_VERIFY(bar->isVisible());
        auto *recover = window.findChild<QPushButton *>(QStringLiteral("recoverLostButton"));
        auto *revokeButton = window.findChild<QPushButton *>(QStringLiteral("revokeLostButton"));
        QVERIFY2(label->text().contains(QLatin1String("no record of 1 connection")), qPrintable(label->text()));
        QVERIFY(recover && revokeButton && recover->isVisible() && revokeButton->isVisible());
        QVERIFY(!recover->accessibleName().isEmpty() && !revokeButton->accessibleName().isEmpty());

        if (!revoke) {
            recover->click();
            QTRY_VERIFY(f.service().connection(id).has_value());
            QTRY_VERIFY2(label->text().contains(QLatin1String("1 connection recovered")), qPrintable(label->text()));
            QCOMPARE(f.service().connection(id)->name, QStringLiteral("Lost one"));
            QCOMPARE(f.service().connection(id)->status, ConnectionStatus::Connected);
        } else {
            revokeButton->click();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("revokeLostConfirmation"))));
            box->findChild<QPushButton *>(QStringLiteral("confirmRevokeLostButton"))->click();
            QTRY_VERIFY2(label->text().contains(QLatin1String("1 connection revoked")), qPrintable(label->text()));
            QVERIFY(!f.service().connection(id));
            QVERIFY(!f.secrets->entries().contains(QStringLiteral("connection/") + id));
        }
        // The bar's buttons go with what they offered.
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("recoverLostButton")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("revokeLostButton")));
        QVERIFY2(!label->text().contains(QLatin1String("no record")), qPrintable(label->text()));
    }

    void lockedVaultAsksForThePassphrase()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.vault"));
        const QByteArray passphrase = "correct horse battery staple";
        {
            VaultSecretStore create(path);
            Error error = create.unlock(passphrase);
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
        }
        VaultSecretStore vault(path);
        QVERIFY(vault.exists() && !vault.isUnlocked());

        MainWindow window(f.service());
        window.showNotices({VaultSecretStore::lockedError().message});
        window.setVault(&vault);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Asked as soon as the window is on screen.
        VaultUnlockDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<VaultUnlockDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!edit->accessibleName().isEmpty());

        // A wrong passphrase is said plainly and the dialog stays for another try.
        edit->setText(QStringLiteral("wrong passphrase, long enough"));
        dialog->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
        // scrypt runs on another thread: the window stays responsive and says it is working.
        QVERIFY(dialog->isBusy());
        QVERIFY(!edit->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QVERIFY(dialog->isVisible());
        QVERIFY(edit->isEnabled());
        QVERIFY2(dialog->errorText().contains(QLatin1String("passphrase is wrong")), qPrintable(dialog->errorText()));
        QVERIFY(!vault.isUnlocked());

        // "Later" leaves it locked, with a way back: the bar's button and File > Unlock vault.
        dialog->findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
        QTRY_VERIFY(!window.findChild<VaultUnlockDialog *>());
        auto *bar = window.findChild<QWidget *>(QStringLiteral("noticeBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(window.findChild<MessagePanel *>(QStringLiteral("noticeBar"))->text().contains(QLatin1String("locked")));
        auto *unlockButton = window.findChild<QPushButton *>(QStringLiteral("unlockVaultButton"));
        QVERIFY(unlockButton->isVisible());
        auto *action = window.findChild<QAction *>(QStringLiteral("actionUnlockVault"));
        QVERIFY(action->isEnabled());
        QVERIFY(!action->shortcut().isEmpty());

        action->trigger();
        QTRY_VERIFY((dialog = window.findChild<VaultUnlockDialog *>()) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(QString::fromUtf8(passphrase));
        dialog->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(vault.isUnlocked(), 30000);
        QTRY_VERIFY(!window.findChild<VaultUnlockDialog *>());
        QVERIFY(!bar->isVisible()); // the only notice was the locked vault
        QVERIFY(!action->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("unlocked")));
    }

    void newVaultIsCreatedWithAPassphraseTypedTwice()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QTemporaryDir dir;
        VaultSecretStore vault(dir.filePath(QStringLiteral("secrets.vault")));
        QVERIFY(!vault.exists());
        MainWindow window(f.service());
        window.setVault(&vault);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        VaultUnlockDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<VaultUnlockDialog *>()) != nullptr);
        auto *passphrase = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QVERIFY(confirm);
        QCOMPARE(confirm->echoMode(), QLineEdit::Password);
        QVERIFY(!confirm->accessibleName().isEmpty());
        passphrase->setText(QStringLiteral("a long enough passphrase"));
        confirm->setText(QStringLiteral("a different passphrase"));
        dialog->tryUnlock();
        QVERIFY(dialog->errorText().contains(QLatin1String("differ")));
        QVERIFY(!vault.exists());
        // The core's own rule on length is shown as it says it.
        passphrase->setText(QStringLiteral("short"));
        confirm->setText(QStringLiteral("short"));
        dialog->tryUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QVERIFY2(dialog->errorText().contains(QLatin1String("at least")), qPrintable(dialog->errorText()));
        passphrase->setText(QStringLiteral("a long enough passphrase"));
        confirm->setText(QStringLiteral("a long enough passphrase"));
        dialog->tryUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(vault.isUnlocked(), 30000);
        QVERIFY(vault.exists());
        QTRY_VERIFY(!window.findChild<VaultUnlockDialog *>());
    }

    void addCustomIntegrationIsReachable()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionAddCustom"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("addCustomButton"));
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        // From the list pane, by the keyboard: Tab from the list reaches the button.
        QWidget *next = list(window)->nextInFocusChain();
        while (next && next != button && !((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()))
            next = next->nextInFocusChain();
        QCOMPARE(next, static_cast<QWidget *>(button));

        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        CustomIntegrationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CustomIntegrationDialog *>()) != nullptr);
        dialog->close();
        QTRY_VERIFY(!window.findChild<CustomIntegrationDialog *>());
        button->click();
        QTRY_VERIFY(window.findChild<CustomIntegrationDialog *>());
    }

    // Issue 16, "Errors with their fix": a 403 insufficient_scope in the console offers Reconnect with that scope, and
    // the reconnect dialog then asks for what the connection had plus the missing scope.
    void insufficientScopeLeadsToReconnectWithTheScope()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("keyway-sandbox"), QStringLiteral("alice@example.com"));
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showConnection(id);
        auto *console = window.connectionPage()->findChild<RequestConsole *>(QStringLiteral("requestConsole"));
        QVERIFY(console);
        ApiResponse forbidden;
        forbidden.status = 403;
        forbidden.reason = "Forbidden";
        forbidden.missingScopes = {QStringLiteral("contacts.write")};
        console->showResponse(forbidden);
        console->findChild<QPushButton *>(QStringLiteral("reconnectScopeButton"))->click();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
        QVERIFY2(dialog->windowTitle().startsWith(QLatin1String("Reconnect")), qPrintable(dialog->windowTitle()));
        const QStringList requested = dialog->form()->scopes()->requested();
        for (const char *scope : {"openid", "email", "contacts.write"})
            QVERIFY2(requested.contains(QLatin1String(scope)), qPrintable(requested.join(QLatin1Char(' '))));
        dialog->close();
    }

    // Issue 16, "My connections": once any connection exists the home is every connection with its account,
    // integration, status in words, expiry and last request; what needs the user first, with Reconnect on it.
    void connectionsViewIsTheHomeWithWhatNeedsYouFirst()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        f.addConnection(QStringLiteral("github"), QStringLiteral("ok@example.com"));
        const QString reauth = f.addConnection(
            QStringLiteral("github"), QStringLiteral("lapsed@example.com"), ConnectionStatus::NeedsReauthorization);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("flaky@example.com"), ConnectionStatus::Warning);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("gone@example.com"), ConnectionStatus::Revoked);
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("detailStack"));
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.connectionsView()));
        QTableView *table = window.connectionsView()->table();
        QCOMPARE(table->model()->rowCount(), 4);
        // Sorted by status, most urgent first; the status is a word, the expiry of an unusable token is not a time.
        QCOMPARE(
            table->model()->index(0, ConnectionListModel::AccountColumn).data().toString(), QStringLiteral("lapsed@example.com"));
        QCOMPARE(table->model()->index(0, ConnectionListModel::StatusColumn).data().toString(),
            QStringLiteral("Needs re-authorization"));
        const QString expiry = table->model()->index(0, ConnectionListModel::ExpiresColumn).data().toString();
        QVERIFY2(!expiry.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(expiry));
        QCOMPARE(
            table->model()->index(1, ConnectionListModel::StatusColumn).data().toString(), QStringLiteral("Temporary problem"));
        QCOMPARE(table->model()->index(0, ConnectionListModel::IntegrationColumn).data().toString(), QStringLiteral("GitHub"));
        QCOMPARE(table->model()->index(0, ConnectionListModel::LastUsedColumn).data().toString(), QStringLiteral("Never"));
        // Reconnect only where the user is needed (and on the revoked one, to use it again).
        QCOMPARE(table->model()->index(0, ConnectionListModel::ActionColumn).data().toString(), QStringLiteral("Reconnect…"));
        QCOMPARE(table->model()->index(1, ConnectionListModel::ActionColumn).data().toString(), QString());
        QVERIFY2(window.connectionsView()
                     ->findChild<QLabel *>(QStringLiteral("connectionsSummaryLabel"))
                     ->text()
                     .contains(QLatin1String("1 needs you")),
            qPrintable(window.connectionsView()->findChild<QLabel *>(QStringLiteral("connectionsSummaryLabel"))->text()));

        // The sidebar: the button says how many need the user; GitHub's badge is its worst status.
        auto *home = window.findChild<QToolButton *>(QStringLiteral("connectionsButton"));
        QVERIFY2(home->text().contains(QLatin1String("4")) && home->text().contains(QLatin1String("1 needs you")),
            qPrintable(home->text()));
        const QModelIndex github = list(window)->model()->index(shownIds(window).indexOf(QStringLiteral("github")), 0);
        QCOMPARE(
            ConnectionStatus(github.data(IntegrationListModel::WorstStatusRole).toInt()), ConnectionStatus::NeedsReauthorization);
        QVERIFY2(github.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Needs re-authorization")),
            qPrintable(github.data(Qt::AccessibleTextRole).toString()));
        const QModelIndex slack = list(window)->model()->index(shownIds(window).indexOf(QStringLiteral("slack")), 0);
        QCOMPARE(ConnectionStatus(slack.data(IntegrationListModel::WorstStatusRole).toInt()), ConnectionStatus::Warning);

        // Filtered by words and by state.
        auto *filter = window.connectionsView()->findChild<QLineEdit *>(QStringLiteral("connectionsFilterEdit"));
        filter->setText(QStringLiteral("slack flaky"));
        QCOMPARE(table->model()->rowCount(), 1);
        filter->clear();
        auto *states = window.connectionsView()->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
        states->setCurrentIndex(states->findData(int(ConnectionFilterModel::StatusFilter::NeedsUser)));
        QCOMPARE(table->model()->rowCount(), 1);
        states->setCurrentIndex(states->findData(int(ConnectionFilterModel::StatusFilter::NeedsAttention)));
        QCOMPARE(table->model()->rowCount(), 2);
        states->setCurrentIndex(0);

        // One click on Reconnect opens the reconnect dialog for that connection.
        const QRect cell = table->visualRect(table->model()->index(0, ConnectionListModel::ActionColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.topLeft() + QPoint(8, cell.height() / 2));
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
        QVERIFY2(dialog->windowTitle().startsWith(QLatin1String("Reconnect")), qPrintable(dialog->windowTitle()));
        dialog->close();

        // The right-click menu of a row: open, reconnect, refresh, copy, disconnect.
        QMenu *menu = window.connectionsView()->menuFor(reauth);
        QStringList actions;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                actions << action->text().remove(QLatin1Char('&'));
        QVERIFY2(actions.contains(QStringLiteral("Open")) && actions.contains(QStringLiteral("Reconnect…"))
                && actions.contains(QStringLiteral("Refresh now")) && actions.contains(QStringLiteral("Disconnect…")),
            qPrintable(actions.join(QLatin1String(", "))));
        menu->actions().first()->trigger();
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.connectionPage()));
        QCOMPARE(window.connectionPage()->connectionId(), reauth);
        delete menu;
    }

    // Issue 21: of several accounts of one integration, the one the command line uses is marked, and any live one can
    // be made the default from its menu.
    void theDefaultConnectionIsMarkedAndChosenFromTheMenu()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString work = f.addConnection(QStringLiteral("github"), QStringLiteral("work@example.com"));
        const QString home = f.addConnection(QStringLiteral("github"), QStringLiteral("home@example.com"));
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *model = window.connectionsView()->table()->model();
        const auto nameOf = [model](const QString &id) {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row, 0).data(ConnectionListModel::IdRole).toString() == id)
                    return model->index(row, ConnectionListModel::NameColumn).data().toString();
            return QString();
        };
        QCOMPARE(nameOf(home), QStringLiteral("home@example.com"));

        const auto makeDefault = [&window](const QString &id) {
            std::unique_ptr<QMenu> menu(window.connectionsView()->menuFor(id));
            QAction *action = menu->findChild<QAction *>(QStringLiteral("makeDefaultAction"));
            if (!action || !action->isEnabled())
                return false;
            action->trigger();
            return true;
        };
        QVERIFY(makeDefault(home));
        QCOMPARE(f.service().defaultConnections().value(QStringLiteral("github")), home);
        QTRY_VERIFY2(nameOf(home).endsWith(QStringLiteral("Default")), qPrintable(nameOf(home)));
        QCOMPARE(nameOf(work), QStringLiteral("work@example.com"));
        QVERIFY(!makeDefault(home)); // already the default
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("default")));

        QVERIFY(makeDefault(work));
        QTRY_VERIFY(nameOf(work).endsWith(QStringLiteral("Default")));
        QCOMPARE(nameOf(home), QStringLiteral("home@example.com"));
    }

    // Issue 16: a connection whose tokens are gone does not say Connected after start-up.
    void startUpCheckFindsTokensGoneFromTheKeychain()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString kept = f.addConnection(QStringLiteral("github"), QStringLiteral("kept@example.com"));
        f.storeTokens(kept, "gho_access_kept", "gho_refresh_kept");
        const QString gone = f.addConnection(QStringLiteral("github"), QStringLiteral("gone@example.com"));
        MainWindow window(f.service());
        window.setStartupCheckDelay(0);
        window.attachCore(*f.context);
        window.show();
        QTRY_COMPARE(f.service().connection(gone)->status, ConnectionStatus::NeedsReauthorization);
        QTRY_COMPARE(window.pendingChecks(), 0);
        QCOMPARE(f.service().connection(kept)->status, ConnectionStatus::Connected);
        QVERIFY2(f.service().connection(gone)->statusDetail.contains(QLatin1String("keychain")),
            qPrintable(f.service().connection(gone)->statusDetail));
        QStringList steps;
        for (const ConnectionEvent &e : f.service().events(gone))
            steps << e.step + QLatin1Char(':') + e.outcome;
        QVERIFY2(steps.contains(QStringLiteral("check:error")), qPrintable(steps.join(QLatin1Char(','))));
    }

    // Issue 16, "Sizes": a minimum the pages fit in, and a sidebar that collapses (and comes back for Ctrl+F).
    void hasAMinimumSizeAndACollapsibleSidebar()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumWidth() >= 720 && window.minimumHeight() >= 540,
            qPrintable(QStringLiteral("%1x%2").arg(window.minimumWidth()).arg(window.minimumHeight())));
        auto *pane = window.findChild<QWidget *>(QStringLiteral("listPane"));
        auto *toggle = window.findChild<QAction *>(QStringLiteral("actionToggleSidebar"));
        window.resize(1200, 800);
        QTRY_VERIFY(pane->isVisible());
        // Too small is the minimum; a narrow window gives the sidebar's width to the page, and gets it back.
        window.resize(480, 360);
        QTRY_COMPARE(window.size(), window.minimumSize());
        QTRY_VERIFY(!pane->isVisible());
        QVERIFY(!toggle->isChecked());
        window.resize(1200, 800);
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(toggle->isChecked());
        QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+B")));
        toggle->trigger();
        QVERIFY(!pane->isVisible());
        QVERIFY(!toggle->isChecked());
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane->isVisible());
        QTRY_VERIFY(search(window)->hasFocus());
        QVERIFY(toggle->isChecked());
    }

    // Issue 16, "Search and keyboard": Down moves from the search into the results, onto the best match; the empty
    // state's Connect button is reached by Tab; the current row has a visible focus ring.
    void keyboardReachesResultsAndTheEmptyStateButton()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        search(window)->setFocus();
        QTest::keyClicks(search(window), QStringLiteral("gihub"));
        QTest::keyClick(search(window), Qt::Key_Down);
        QTRY_VERIFY(list(window)->hasFocus());
        QCOMPARE(list(window)->currentIndex().data(IntegrationListModel::IdRole).toString(), QStringLiteral("github"));

        // The ring: the list painted with the keyboard on it differs from the list without it.
        const QRect row = list(window)->visualRect(list(window)->currentIndex());
        const QImage focused = list(window)->viewport()->grab(row).toImage();
        search(window)->setFocus();
        QTRY_VERIFY(!list(window)->hasFocus());
        const QImage unfocused = list(window)->viewport()->grab(row).toImage();
        QVERIFY(focused != unfocused);

        search(window)->clear();
        window.showWelcome();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("welcomeConnectButton"));
        auto *add = window.findChild<QPushButton *>(QStringLiteral("addCustomButton"));
        QWidget *next = add->nextInFocusChain();
        while (next && next != button && !(next->isVisible() && (next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        QCOMPARE(next, static_cast<QWidget *>(button));
    }

    // Issue 16: Help lists the keyboard shortcuts, read from the actions themselves.
    void helpListsTheKeyboardShortcuts()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        MainWindow window(f.service());
        window.show();
        ShortcutsDialog *dialog = window.showShortcuts();
        QVERIFY(dialog);
        const QString rows = dialog->rows().join(QLatin1Char('\n'));
        for (const char *row : {"Find integration — Ctrl+F", "Refresh now — F5", "Your connections — Ctrl+Shift+H",
                 "Show sidebar — Ctrl+B", "Keyboard shortcuts — F1", "Move from a search or filter field into its list — Down"})
            QVERIFY2(rows.contains(QString::fromUtf8(row)), qPrintable(rows));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->shortcut(), QKeySequence(Qt::Key_F1));
        dialog->close();
    }

    // Issue 16: a custom integration can be removed from the window; a built-in one cannot.
    void aCustomIntegrationIsRemovedFromTheWindow()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(f.addCustomIntegration({{QStringLiteral("id"), QStringLiteral("lab-idp")},
            {QStringLiteral("name"), QStringLiteral("Lab IdP")}, {QStringLiteral("category"), QStringLiteral("generic")},
            {QStringLiteral("description"), QStringLiteral("The test lab's identity provider.")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("bearer_token")}},
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), QStringLiteral("https://lab.example.com/api")}}}}));
        MainWindow window(f.service());
        window.show();
        window.showIntegration(QStringLiteral("github"));
        auto *remove = window.integrationPage()->findChild<QPushButton *>(QStringLiteral("removeIntegrationButton"));
        QVERIFY(!remove->isVisible());
        window.showIntegration(QStringLiteral("lab-idp"));
        QVERIFY(remove->isVisible());
        remove->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.integrationPage()->findChild<QMessageBox *>(QStringLiteral("removeIntegrationConfirmation"))));
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveIntegrationButton"))->click();
        QTRY_VERIFY(!f.service().catalog().contains(QStringLiteral("lab-idp")));
        QVERIFY(!shownIds(window).contains(QStringLiteral("lab-idp")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Lab IdP")),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void startupErrorShowsMessageAndDetail()
    {
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("startupErrorBox"));
            QVERIFY(box->text().contains(QLatin1String("database is damaged")));
            QVERIFY(box->detailedText().contains(QLatin1String("SQLITE_CORRUPT")));
            box->close();
        });
        MainWindow::showStartupError(Error::make(QStringLiteral("database_damaged"), QStringLiteral("The database is damaged."),
            QStringLiteral("SQLITE_CORRUPT: file is not a database")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
