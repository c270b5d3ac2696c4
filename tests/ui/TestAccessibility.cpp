// Issue 24: everyone can use the window with a screen reader or the keyboard alone. Each top-level view and dialog is
// walked through QAccessible, as assistive technology reads it: every control that takes focus has a name, Tab
// reaches it, and every label of a form field is tied to its field (setBuddy), so that the field is announced with
// the label's words and the label's accelerator moves there.
#include "MainWindow.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionPage.h"
#include "custom/CustomIntegrationDialog.h"
#include "help/ShortcutsDialog.h"
#include "inspector/SaveExchangedDialog.h"
#include "inspector/TokenView.h"
#include "settings/SettingsDialog.h"
#include "store/VaultSecretStore.h"
#include "timeline/BundlePreviewDialog.h"
#include "widgets/VaultUnlockDialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// What takes focus from the keyboard and is there to be used now.
bool isTabControl(const QWidget *w, const QWidget *top)
{
    return w->isVisibleTo(top) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->window() == top;
}

// The name assistive technology announces (the accessible name, else what Qt derives: a button's text, a field's
// buddy label).
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// The controls Tab visits, from the first one around to where it started (a control that keeps Tab for itself, as
// a text editor does, traps the keyboard and ends the walk).
QSet<QWidget *> reachedByTab(QWidget *top, QStringList *problems)
{
    QSet<QWidget *> reached;
    QWidget *start = nullptr;
    for (QWidget *w = top->nextInFocusChain(); w != top; w = w->nextInFocusChain()) {
        if (isTabControl(w, top)) {
            start = w;
            break;
        }
    }
    if (!start)
        return reached;
    start->setFocus(Qt::TabFocusReason);
    QWidget *current = start;
    QList<QWidget *> order;
    int stayed = 0; // Tab presses that kept the focus where it was: a label steps through its links first
    for (int i = 0; i < 400; ++i) {
        reached.insert(current);
        if (order.isEmpty() || order.last() != current)
            order << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == start)
            break;
        if (next == current && ++stayed > 16) {
            *problems << describe(current) + QStringLiteral(" keeps the Tab key: focus cannot leave it");
            break;
        }
        if (next != current)
            stayed = 0;
        current = next;
    }
    if (qEnvironmentVariableIsSet("KEYWAY_A11Y_TRACE")) { // the order Tab took, to find where it went astray
        for (QWidget *w : std::as_const(order))
            qInfo() << describe(w);
    }
    return reached;
}

// Checks what `top` shows now; returns one line per problem.
QStringList audit(QWidget *top)
{
    QApplication::processEvents();
    QStringList problems;
    top->activateWindow();
    QApplication::setActiveWindow(top);
    // A view that finishes loading while keys are pressed shows more controls: the first walk lets it settle.
    QStringList ignored;
    reachedByTab(top, &ignored);
    const QSet<QWidget *> reached = reachedByTab(top, &problems);
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isTabControl(w, top))
            continue;
        if (accessibleName(w).isEmpty())
            problems << describe(w) + QStringLiteral(" has no accessible name");
        if (!reached.contains(w))
            problems << describe(w) + QStringLiteral(" cannot be reached with Tab");
        // A read-only table that moves Tab from cell to cell holds the keyboard for as many presses as it has cells
        // (arrow keys move between cells).
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (view && view->tabKeyNavigation() && view->editTriggers() == QAbstractItemView::NoEditTriggers)
            problems << describe(w) + QStringLiteral(" walks its cells with Tab: focus leaves it only after every cell");
    }
    for (QFormLayout *form : top->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !label->isVisibleTo(top) || !field)
                continue;
            // The field, or the first control inside it (a row of a field and its buttons).
            QWidget *control = isTabControl(field, top) ? field : nullptr;
            for (QWidget *inner : field->findChildren<QWidget *>()) {
                if (!control && isTabControl(inner, top))
                    control = inner;
            }
            if (control && !label->buddy())
                problems << describe(label)
                        + QStringLiteral(" (\"%1\") is not tied to its field %2 (setBuddy)")
                              .arg(label->text(), describe(control));
        }
    }
    return problems;
}

QString accessibleText(QWidget *w, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(which) : QString();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QStringList m_problems;
    void check(QWidget *top, const QString &view)
    {
        for (const QString &problem : audit(top))
            m_problems << view + QStringLiteral(": ") + problem;
    }

private slots:
    void init() { m_problems.clear(); }

    void mainViews()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        {
            MainWindow window(f.service());
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            check(&window, QStringLiteral("welcome"));
            window.showIntegration(QStringLiteral("github"));
            check(&window, QStringLiteral("integration"));
        }
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("ada@example.com"));
        f.storeTokens(id, UiFixture::makeJwt({{QStringLiteral("sub"), QStringLiteral("ada")}}), "refresh", QByteArray());
        f.addConnection(QStringLiteral("slack"), QStringLiteral("ops@example.com"), ConnectionStatus::NeedsReauthorization);
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showConnections();
        check(&window, QStringLiteral("connections"));
        window.showConnection(id);
        auto *tabs = window.connectionPage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(&window, QStringLiteral("connection, tab ") + tabs->tabText(i).remove(QLatin1Char('&')));
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // "The token field announces when it is masked": a secret's field says so in its description (a token's value,
    // which no label names, in its name too), changing as it is revealed or hidden, and the value it reads is never the
    // secret. (Qt hands the change events only to a platform's accessibility bridge, which the offscreen platform has
    // not: the words are what is checked here.)
    void maskedFieldsSayTheyAreHidden()
    {
        TokenView view(QStringLiteral("access"), QStringLiteral("Access token"), nullptr);
        view.setToken("gho_secret_value_1234", {});
        view.show();
        auto *edit = view.findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"));
        auto *reveal = view.findChild<QPushButton *>(QStringLiteral("accessRevealButton"));
        QVERIFY(edit && reveal);
        QCOMPARE(accessibleText(edit, QAccessible::Name), QStringLiteral("Access token, masked"));
        QVERIFY2(accessibleText(edit, QAccessible::Description).contains(QLatin1String("hidden")),
            qPrintable(accessibleText(edit, QAccessible::Description)));
        QVERIFY(!accessibleText(edit, QAccessible::Value).contains(QLatin1String("secret")));

        reveal->click();
        QCOMPARE(accessibleText(edit, QAccessible::Name), QStringLiteral("Access token"));
        QVERIFY(accessibleText(edit, QAccessible::Description).contains(QLatin1String("shown")));
        reveal->click();
        QCOMPARE(accessibleText(edit, QAccessible::Name), QStringLiteral("Access token, masked"));

        // A secret typed into the connect dialog: the same, through its show/hide button.
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("zendesk"));
        dialog.show();
        QLineEdit *secret = nullptr;
        for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
            if (field->echoMode() == QLineEdit::Password && field->isVisibleTo(&dialog) && !field->actions().isEmpty())
                secret = field;
        }
        QVERIFY2(secret, "the dialog shows no secret field");
        QVERIFY(!accessibleText(secret, QAccessible::Name).isEmpty());
        QVERIFY(accessibleText(secret, QAccessible::Description).contains(QLatin1String("hidden")));
        secret->actions().first()->toggle();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QVERIFY(accessibleText(secret, QAccessible::Description).contains(QLatin1String("shown")));
    }

    void dialogs()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const auto open = [this](QDialog &dialog, const QString &view) {
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog))
                check(&dialog, view);
            else
                m_problems << view + QStringLiteral(" was not shown");
        };
        // Issue 20: an integration requiring DPoP, PAR and a client certificate shows the token security options.
        QVERIFY(f.addCustomIntegration(QJsonObject {{QStringLiteral("id"), QStringLiteral("acme-bound")},
            {QStringLiteral("name"), QStringLiteral("Acme ID")}, {QStringLiteral("category"), QStringLiteral("generic")},
            {QStringLiteral("description"), QStringLiteral("Test")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"),
                QJsonObject {{QStringLiteral("authorization_url"), QStringLiteral("https://id.example.com/authorize")},
                    {QStringLiteral("token_url"), QStringLiteral("https://id.example.com/token")},
                    {QStringLiteral("par_url"), QStringLiteral("https://id.example.com/par")}, {QStringLiteral("dpop"), true},
                    {QStringLiteral("par"), true}, {QStringLiteral("client_auth"), QStringLiteral("tls_client_auth")}}}}));
        for (const char *integration : {"github", "zendesk", "keyway-sandbox", "acme-bound"}) {
            ConnectDialog dialog(f.service(), QString::fromLatin1(integration));
            open(dialog, QStringLiteral("connect ") + QLatin1String(integration));
        }
        {
            SettingsDialog dialog(f.service());
            open(dialog, QStringLiteral("settings"));
        }
        {
            CustomIntegrationDialog dialog(f.service());
            open(dialog, QStringLiteral("custom integration"));
        }
        {
            MainWindow window(f.service());
            ShortcutsDialog dialog(window.findChildren<QAction *>());
            open(dialog, QStringLiteral("shortcuts"));
        }
        {
            QTemporaryDir dir;
            VaultSecretStore vault(dir.filePath(QStringLiteral("vault")));
            VaultUnlockDialog dialog(vault);
            open(dialog, QStringLiteral("vault unlock"));
        }
        {
            const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("ada@example.com"));
            BundlePreviewDialog dialog(f.service(), id, QStringLiteral("bundle.json"));
            QTRY_VERIFY(!dialog.isLoading());
            open(dialog, QStringLiteral("diagnostic bundle"));
        }
        {
            // Issue 20: saving an exchanged token as a connection, with an audience that is no URL (the API base asked).
            const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("grace@example.com"));
            TokenExchangeRequest request;
            request.audience = QStringLiteral("reports");
            SaveExchangedDialog dialog(f.service(), id, request);
            open(dialog, QStringLiteral("save exchanged token"));
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
