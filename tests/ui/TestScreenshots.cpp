// Writes a PNG of each main view to $KEYWAY_TEST_OUTPUT (set by CTest) so people can look at what the
// window shows: the welcome page, an integration, 50 connections, a connection's tabs, the connect and
// settings dialogs, and the same in a dark palette. Each shot also checks the view is not empty.
#include "MainWindow.h"
#include "Screenshot.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionPage.h"
#include "connections/ConnectionsView.h"
#include "console/RequestConsole.h"
#include "custom/CustomIntegrationDialog.h"
#include "inspector/TokenInspector.h"
#include "settings/SettingsDialog.h"
#include "store/VaultSecretStore.h"
#include "timeline/TimelineView.h"
#include "widgets/MessagePanel.h"
#include "widgets/StatusStyle.h"
#include "widgets/VaultUnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// High-contrast themes as the platforms ship them: white on black with a yellow selection, black on white with a navy
// one. Every text colour reaches 7:1 against its background.
QPalette highContrastPalette(bool black)
{
    const QColor back = black ? Qt::black : Qt::white;
    const QColor text = black ? Qt::white : Qt::black;
    QPalette p;
    for (QPalette::ColorRole role :
        {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, back);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
             QPalette::BrightText, QPalette::Light, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, text);
    p.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Midlight, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Highlight, black ? QColor(Qt::yellow) : QColor(0x00, 0x00, 0x80));
    p.setColor(QPalette::HighlightedText, black ? Qt::black : Qt::white);
    p.setColor(QPalette::Link, black ? QColor(Qt::yellow) : QColor(0x00, 0x00, 0xee));
    p.setColor(QPalette::PlaceholderText, black ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x40, 0x40, 0x40));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, black ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x5a, 0x5a, 0x5a));
    return p;
}

// The colour behind `w`: the nearest widget that paints its own background, else its window's.
QColor backgroundOf(const QWidget *w)
{
    for (const QWidget *at = w; at; at = at->parentWidget()) {
        if (at->autoFillBackground() || at->isWindow())
            return at->palette().color(at->backgroundRole());
    }
    return w->palette().color(QPalette::Window);
}

// Every visible label of `top` whose text does not reach `ratio` against what is behind it (status pills, styled by
// StatusStyle, are checked on their own).
QStringList unreadableLabels(QWidget *top, double ratio)
{
    QStringList found;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty() || !label->styleSheet().isEmpty())
            continue;
        const QPalette::ColorGroup group = label->isEnabled() ? QPalette::Active : QPalette::Disabled;
        const QColor text = label->palette().color(group, label->foregroundRole());
        const double measured = StatusStyle::contrast(text, backgroundOf(label));
        if (measured < ratio)
            found << QStringLiteral("%1 \"%2\": %3:1").arg(label->objectName(), label->text().left(40)).arg(measured, 0, 'f', 1);
    }
    return found;
}

QJsonObject sampleClaims()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
        {QStringLiteral("sub"), QStringLiteral("248289761001")}, {QStringLiteral("aud"), QStringLiteral("keyway-desktop")},
        {QStringLiteral("email"), QStringLiteral("ada@example.com")}, {QStringLiteral("exp"), now + 2400},
        {QStringLiteral("iat"), now - 1200}, {QStringLiteral("auth_time"), now - 1260},
        {QStringLiteral("scope"), QStringLiteral("openid email profile")}};
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    bool save(QWidget *widget, const QString &name) { return keyway::test::saveScreenshot(widget, name); }

    // A populated connection: tokens in the keychain, a few events and a request history.
    static QString richConnection(UiFixture &f)
    {
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("ada@example.com"),
            ConnectionStatus::Connected, QDateTime::currentDateTimeUtc().addSecs(2400));
        f.storeTokens(id, UiFixture::makeJwt(sampleClaims()), "gho_refresh_6f1c2b7e9d0a", UiFixture::makeJwt(sampleClaims()));
        f.addEvent(
            id, QStringLiteral("authorize_url"), QStringLiteral("info"), 0, QStringLiteral("PKCE S256, state 7f3a…"), 1300);
        f.addEvent(id, QStringLiteral("browser_opened"), QStringLiteral("ok"), 0, QStringLiteral("xdg-open"), 1299);
        f.addEvent(
            id, QStringLiteral("callback"), QStringLiteral("ok"), 0, QStringLiteral("code received on 127.0.0.1:53117"), 1270);
        f.addEvent(id, QStringLiteral("token_exchange"), QStringLiteral("ok"), 200,
            QStringLiteral("access, refresh and id token"), 1269);
        f.addEvent(id, QStringLiteral("refresh"), QStringLiteral("error"), 503,
            QStringLiteral("temporarily_unavailable: try later"), 600);
        f.addEvent(id, QStringLiteral("refresh"), QStringLiteral("ok"), 200,
            QStringLiteral("new access token, refresh token kept"), 540);
        return id;
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void lightPalette()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        {
            MainWindow window(f.service());
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(save(&window, QStringLiteral("01-welcome")));
            window.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("zen"));
            window.showIntegration(QStringLiteral("zendesk"));
            QVERIFY(save(&window, QStringLiteral("02-integration-zendesk")));
        }
        const QString id = richConnection(f);
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showConnection(id);
        QVERIFY(save(&window, QStringLiteral("03-connection-overview")));
        auto *tabs = window.connectionPage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QSignalSpy loaded(window.connectionPage()->inspector(), &TokenInspector::loaded);
        tabs->setCurrentWidget(window.connectionPage()->inspector());
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY(save(&window, QStringLiteral("04-connection-tokens")));
        tabs->setCurrentIndex(2);
        QVERIFY(save(&window, QStringLiteral("05-connection-timeline")));
        tabs->setCurrentWidget(window.connectionPage()->console());
        ApiResponse response;
        response.status = 200;
        response.reason = "OK";
        response.elapsedUs = 184000;
        response.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"X-RateLimit-Remaining", "4999"}};
        response.body = "{\"login\":\"ada\",\"id\":583231,\"site_admin\":false,\"name\":\"Ada Lovelace\",\"company\":null,"
                        "\"plan\":{\"name\":\"pro\",\"space\":976562499,\"collaborators\":0},\"two_factor_authentication\":true,"
                        "\"followers\":20,\"created_at\":\"2011-01-25T18:44:36Z\",\"ratio\":1.5e-3}";
        QSignalSpy rendered(window.connectionPage()->console(), &RequestConsole::renderingFinished);
        window.connectionPage()->console()->showResponse(response);
        QTRY_VERIFY(rendered.count() > 0);
        QVERIFY(save(&window, QStringLiteral("06-request-console")));
    }

    void fiftyConnections()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QStringList integrations
            = {QStringLiteral("github"), QStringLiteral("slack"), QStringLiteral("google"), QStringLiteral("salesforce"),
                QStringLiteral("zendesk"), QStringLiteral("stripe"), QStringLiteral("hubspot"), QStringLiteral("microsoft")};
        const QList<ConnectionStatus> statuses = {ConnectionStatus::Connected, ConnectionStatus::Connected,
            ConnectionStatus::Expiring, ConnectionStatus::NeedsReauthorization, ConnectionStatus::Connected,
            ConnectionStatus::Error, ConnectionStatus::Revoked};
        for (int i = 0; i < 50; ++i) {
            const QString integration = i < 18 ? QStringLiteral("github") : integrations.at(i % integrations.size());
            f.addConnection(integration, QStringLiteral("user%1@example.com").arg(i + 1), statuses.at(i % statuses.size()),
                QDateTime::currentDateTimeUtc().addSecs(60 * (i * 7 - 40)));
        }
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral(":connected")));
        window.showIntegration(QStringLiteral("github"));
        QVERIFY(save(&window, QStringLiteral("07-fifty-connections")));
    }

    // Issue 16: the connections view with every status, what needs the user first; the timeline filtered to
    // failures; the window at its minimum size, with and without the sidebar.
    void connectionsTimelineAndMinimumSize()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = richConnection(f);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.addConnection(QStringLiteral("keyway-sandbox"), QStringLiteral("alice@example.test — Keyway Sandbox"),
            ConnectionStatus::Connected, now.addSecs(3300));
        f.addConnection(QStringLiteral("slack"), QStringLiteral("ops@acme.example"), ConnectionStatus::NeedsReauthorization,
            now.addSecs(3500));
        f.addConnection(
            QStringLiteral("google"), QStringLiteral("ada@gmail.example"), ConnectionStatus::Warning, now.addSecs(1200));
        f.addConnection(
            QStringLiteral("salesforce"), QStringLiteral("sales@acme.example"), ConnectionStatus::Expiring, now.addSecs(90));
        f.addConnection(QStringLiteral("hubspot"), QStringLiteral("crm@acme.example"), ConnectionStatus::Error, now.addSecs(600));
        f.addConnection(QStringLiteral("zendesk"), QStringLiteral("agent@acme.example"), ConnectionStatus::Revoked, QDateTime());
        f.addConnection(QStringLiteral("stripe"), QStringLiteral("billing@acme.example"), ConnectionStatus::Connected,
            QDateTime(), QStringLiteral("api_key"));
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("detailStack"))->currentWidget(),
            static_cast<QWidget *>(window.connectionsView()));
        QVERIFY(save(&window, QStringLiteral("40-connections-mixed")));

        window.showConnection(id);
        auto *tabs = window.connectionPage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window.connectionPage()->timeline());
        auto *outcome = window.connectionPage()->timeline()->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(1); // failures only
        QVERIFY(save(&window, QStringLiteral("45-timeline-failures")));
        outcome->setCurrentIndex(0);
        QVERIFY(save(&window, QStringLiteral("45-timeline-all")));

        // At its minimum the window gives the sidebar's width to the page; the sidebar can be brought back.
        tabs->setCurrentWidget(window.connectionPage()->console());
        window.resize(window.minimumSize());
        QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("listPane"))->isVisible());
        QVERIFY(save(&window, QStringLiteral("46-minimum-size-console")));
        tabs->setCurrentIndex(0);
        QVERIFY(save(&window, QStringLiteral("46-minimum-size-overview")));
        window.showConnections();
        QVERIFY(save(&window, QStringLiteral("46-minimum-size-connections")));
        window.findChild<QAction *>(QStringLiteral("actionToggleSidebar"))->trigger();
        window.showConnection(id);
        tabs->setCurrentWidget(window.connectionPage()->console());
        QVERIFY(save(&window, QStringLiteral("47-minimum-size-with-sidebar")));
    }

    void dialogs()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        {
            ConnectDialog dialog(f.service(), QStringLiteral("zendesk"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.findChild<QLineEdit *>(QStringLiteral("var_subdomain"))->setText(QStringLiteral("acme.evil.com/"));
            dialog.findChild<QLineEdit *>(QStringLiteral("field_clientId"))->setText(QStringLiteral("zd-client-123"));
            QVERIFY(save(&dialog, QStringLiteral("08-connect-dialog")));
        }
        {
            // Issue 16: the published public client needs nothing typed; the usual permissions come ticked.
            ConnectDialog dialog(f.service(), QStringLiteral("keyway-sandbox"));
            dialog.resize(760, 820);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(save(&dialog, QStringLiteral("17-connect-sandbox-public-client")));
            // No gap under the note: it is as tall as its text at the width it has.
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("clientNote"));
            QVERIFY(note && note->isVisible());
            QCOMPARE(note->height(), note->heightForWidth(note->width()));
        }
        {
            SettingsDialog dialog(f.service());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(save(&dialog, QStringLiteral("09-settings")));
        }
    }

    void newDialogStates_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // The states added for issue 6: client authentication with a generated key pair, the plain-http warning,
    // the custom integration dialog (form and error), the notice bar with a locked vault, and its unlock dialog.
    void newDialogStates()
    {
        QFETCH(bool, dark);
        const QString prefix = dark ? QStringLiteral("dark-") : QString();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        {
            ConnectDialog dialog(f.service(), QStringLiteral("github"));
            dialog.resize(760, 820);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
            QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::PrivateKeyJwt));
            QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate")));
            dialog.findChild<QLineEdit *>(QStringLiteral("field_clientId"))->setText(QStringLiteral("Iv1.8a61f9b3a7aba766"));
            auto *alg = dialog.findChild<QComboBox *>(QStringLiteral("field_privateKey_alg"));
            alg->setCurrentIndex(alg->findData(QStringLiteral("ES256")));
            QSignalSpy generated(&dialog, &ConnectDialog::keyPairGenerated);
            dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 20000);
            QVERIFY(save(&dialog, QStringLiteral("21-%1connect-private-key-jwt").arg(prefix)));
        }
        {
            const QJsonObject oauth {{QStringLiteral("authorization_url"), QStringLiteral("http://idp.test.lan/authorize")},
                {QStringLiteral("token_url"), QStringLiteral("http://idp.test.lan/token")}};
            QVERIFY(f.addCustomIntegration({{QStringLiteral("id"), QStringLiteral("lab-idp")},
                {QStringLiteral("name"), QStringLiteral("Lab IdP")}, {QStringLiteral("category"), QStringLiteral("generic")},
                {QStringLiteral("description"), QStringLiteral("The test lab's identity provider.")},
                {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
                {QStringLiteral("allow_insecure_http"), true},
                {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
                {QStringLiteral("oauth"), oauth}}));
            ConnectDialog dialog(f.service(), QStringLiteral("lab-idp"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("insecureLabel"))->isVisible());
            QVERIFY(save(&dialog, QStringLiteral("22-%1connect-plain-http").arg(prefix)));
        }
        {
            CustomIntegrationDialog dialog(f.service());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.findChild<QLineEdit *>(QStringLiteral("issuerEdit"))->setText(QStringLiteral("http://127.0.0.1:9/realms/lab"));
            dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Lab Keycloak"));
            dialog.findChild<QLineEdit *>(QStringLiteral("scopesEdit"))->setText(QStringLiteral("openid email offline_access"));
            auto *auth = dialog.findChild<QComboBox *>(QStringLiteral("clientAuthCombo"));
            auth->setCurrentIndex(auth->findData(QStringLiteral("client_secret_post")));
            dialog.findChild<QCheckBox *>(QStringLiteral("insecureCheck"))->setChecked(true);
            QVERIFY(save(&dialog, QStringLiteral("23-%1custom-integration").arg(prefix)));
            // Nothing listens on port 9: the failure is explained.
            dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<MessagePanel *>(QStringLiteral("errorPanel"))->isVisible(), 20000);
            QVERIFY(save(&dialog, QStringLiteral("24-%1custom-integration-error").arg(prefix)));
        }
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("secrets.vault"));
            {
                VaultSecretStore create(path);
                Error error = create.unlock("correct horse battery staple");
                QVERIFY(error.isNull());
            }
            VaultSecretStore vault(path);
            MainWindow window(f.service());
            window.resize(1100, 700);
            window.showNotices({QStringLiteral("The database was damaged and set aside as keyway.sqlite.bak; 12 connections "
                                               "were recovered."),
                VaultSecretStore::lockedError().message});
            window.setVault(&vault);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            VaultUnlockDialog *unlock = nullptr;
            QTRY_VERIFY((unlock = window.findChild<VaultUnlockDialog *>()) != nullptr);
            QTRY_VERIFY(unlock->isVisible());
            unlock->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("not the passphrase"));
            unlock->tryUnlock();
            QTRY_VERIFY_WITH_TIMEOUT(!unlock->isBusy(), 30000);
            QVERIFY(!unlock->errorText().isEmpty());
            QVERIFY(save(unlock, QStringLiteral("25-%1vault-unlock-wrong").arg(prefix)));
            unlock->reject();
            QTRY_VERIFY(!window.findChild<VaultUnlockDialog *>());
            QVERIFY(save(&window, QStringLiteral("26-%1notice-bar-locked-vault").arg(prefix)));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    // Issue 24: a high-contrast theme is followed, not painted over. Status pills take the theme's own colours (its
    // text colour as the pill, its window colour as the pill's text), so they reach the theme's contrast, and every
    // label keeps at least 4.5:1 (WCAG 1.4.3) against what is behind it. The screenshots are for looking at.
    void highContrastThemesAreFollowed_data()
    {
        QTest::addColumn<bool>("black");
        QTest::newRow("white on black") << true;
        QTest::newRow("black on white") << false;
    }
    void highContrastThemesAreFollowed()
    {
        QFETCH(bool, black);
        const QPalette palette = highContrastPalette(black);
        QVERIFY(StatusStyle::isHighContrast(palette));
        QVERIFY(!StatusStyle::isHighContrast(QApplication::style()->standardPalette()));
        QVERIFY(!StatusStyle::isHighContrast(darkPalette()));
        const QSet<QRgb> themeColours {palette.color(QPalette::WindowText).rgb(), palette.color(QPalette::Window).rgb()};
        for (const ConnectionStatus status : {ConnectionStatus::Pending, ConnectionStatus::Connected, ConnectionStatus::Expiring,
                 ConnectionStatus::NeedsReauthorization, ConnectionStatus::Revoked, ConnectionStatus::Warning,
                 ConnectionStatus::Error}) {
            const QColor pill = StatusStyle::background(status, palette);
            const QColor text = StatusStyle::foreground(status, palette);
            const QString name = StatusStyle::text(status);
            QVERIFY2(themeColours.contains(pill.rgb()) && themeColours.contains(text.rgb()),
                qPrintable(name + QStringLiteral(" is drawn in colours of its own, not the theme's")));
            QVERIFY2(StatusStyle::contrast(text, pill) >= 7.0, qPrintable(name));
            QVERIFY2(StatusStyle::contrast(pill, palette.color(QPalette::Window)) >= 3.0, qPrintable(name));
        }

        QApplication::setPalette(palette);
        const auto restore = qScopeGuard([] { QApplication::setPalette(QApplication::style()->standardPalette()); });
        const QString theme = black ? QStringLiteral("black") : QStringLiteral("white");
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = richConnection(f);
        f.addConnection(QStringLiteral("github"), QStringLiteral("ops@example.com"), ConnectionStatus::NeedsReauthorization);
        f.addConnection(QStringLiteral("github"), QStringLiteral("ci@example.com"), ConnectionStatus::Expiring);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("old@example.com"), ConnectionStatus::Revoked);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("bot@example.com"), ConnectionStatus::Warning);
        f.addConnection(QStringLiteral("zendesk"), QStringLiteral("help@example.com"), ConnectionStatus::Error);
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        const auto shoot = [&](QWidget *top, const QString &name) {
            QVERIFY(save(top, QStringLiteral("70-high-contrast-%1-%2").arg(theme, name)));
            for (const QString &label : unreadableLabels(top, 4.5))
                problems << name + QStringLiteral(": ") + label;
        };
        window.showIntegration(QStringLiteral("github"));
        shoot(&window, QStringLiteral("integration"));
        window.showConnections();
        shoot(&window, QStringLiteral("connections"));
        window.showConnection(id);
        shoot(&window, QStringLiteral("connection"));
        auto *tabs = window.connectionPage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QSignalSpy loaded(window.connectionPage()->inspector(), &TokenInspector::loaded);
        tabs->setCurrentWidget(window.connectionPage()->inspector());
        QTRY_VERIFY(loaded.count() > 0);
        shoot(&window, QStringLiteral("tokens"));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, QStringLiteral("connect-dialog"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void darkPaletteViews()
    {
        QApplication::setPalette(darkPalette());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = richConnection(f);
        f.addConnection(QStringLiteral("github"), QStringLiteral("ops@example.com"), ConnectionStatus::NeedsReauthorization);
        f.addConnection(QStringLiteral("github"), QStringLiteral("ci@example.com"), ConnectionStatus::Expiring);
        f.addConnection(QStringLiteral("github"), QStringLiteral("old@example.com"), ConnectionStatus::Revoked);
        f.addConnection(QStringLiteral("github"), QStringLiteral("bot@example.com"), ConnectionStatus::Error);
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showIntegration(QStringLiteral("github"));
        QVERIFY(save(&window, QStringLiteral("10-dark-integration")));
        window.showConnection(id);
        QVERIFY(save(&window, QStringLiteral("11-dark-connection")));
        auto *tabs = window.connectionPage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window.connectionPage()->console());
        ApiResponse response;
        response.status = 404;
        response.reason = "Not Found";
        response.elapsedUs = 97000;
        response.headers = {{"Content-Type", "application/json"}};
        response.body = "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\","
                        "\"errors\":[{\"code\":\"missing\",\"field\":null,\"retry\":false}]}";
        QSignalSpy rendered(window.connectionPage()->console(), &RequestConsole::renderingFinished);
        window.connectionPage()->console()->showResponse(response);
        QTRY_VERIFY(rendered.count() > 0);
        QVERIFY(save(&window, QStringLiteral("12-dark-console")));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *scopes = dialog.findChild<QListWidget *>(QStringLiteral("scopeList"));
        scopes->item(0)->setCheckState(Qt::Checked);
        scopes->item(2)->setCheckState(Qt::Checked);
        QVERIFY(save(&dialog, QStringLiteral("13-dark-connect-dialog")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
