// The main window over a real core: the integration list filters instantly, the category filter narrows it,
// selecting an integration shows its page, a connection opens its page, and the first-run hint appears.
#include "MainWindow.h"
#include "UiFixture.h"

#include "catalog/Catalog.h"
#include "common/VaultUnlockDialog.h"
#include "connection/ConnectionPage.h"
#include "custom/CustomIntegrationDialog.h"
#include "integrations/IntegrationListModel.h"
#include "integrations/IntegrationPage.h"
#include "store/ConnectionRepository.h"
#include "store/VaultSecretStore.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

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
        QCOMPARE(list(window)->model()->rowCount(), int(f.service().catalog().all().size()));
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
        QCOMPARE(shownIds(window).size(), int(f.service().catalog().all().size()));
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
        auto *label = window.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY(label->text().contains(QLatin1String("3 connections were recovered")));
        QVERIFY(label->text().contains(QLatin1String("/x.pem")));
        QVERIFY(!bar->accessibleName().isEmpty());
        auto *dismiss = window.findChild<QPushButton *>(QStringLiteral("dismissNoticeButton"));
        QVERIFY(dismiss->isVisible());
        QVERIFY(!dismiss->accessibleName().isEmpty());
        QVERIFY(dismiss->focusPolicy() & Qt::TabFocus);
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("unlockVaultButton"))->isVisible());
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
        QVERIFY(ConnectionRepository(f.context->database()).remove(id, nullptr));

        MainWindow window(f.service());
        window.attachCore(*f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<QWidget *>(QStringLiteral("noticeBar"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        auto *recover = window.findChild<QPushButton *>(QStringLiteral("recoverLostButton"));
        auto *revokeButton = window.findChild<QPushButton *>(QStringLiteral("revokeLostButton"));
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("no record of 1 connection")), qPrintable(label->text()));
        QVERIFY(recover->isVisible() && revokeButton->isVisible());
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
        QVERIFY(!recover->isVisible() && !revokeButton->isVisible());
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
            Error error;
            QVERIFY2(create.unlock(passphrase, &error), qPrintable(error.toString()));
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
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().contains(QLatin1String("locked")));
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
