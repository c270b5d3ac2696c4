// Issue 24: the main views in German and Japanese, written to $KEYWAY_TEST_OUTPUT for people to look at (German is
// among the longest languages, Japanese needs a CJK font: fonts-vlgothic from packaging/deps.sh). Each view is also
// checked for text that does not fit: a button, a check box or a one-line label narrower than its text.
#include "MainWindow.h"
#include "Screenshot.h"
#include "UiFixture.h"

#include "connect/ConnectDialog.h"
#include "connection/ConnectionPage.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLibraryInfo>
#include <QScopeGuard>
#include <QScrollArea>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

namespace {

// Controls whose text is cut: narrower than the width their text needs (a label that wraps is exempt).
QStringList clipped(QWidget *top)
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->width() <= 0)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && label->textFormat() != Qt::RichText)
            text = label->text();
        if (text.isEmpty() || text.contains(QLatin1Char('<')))
            continue;
        if (w->width() < w->minimumSizeHint().width())
            found << QStringLiteral("%1 \"%2\" is %3 px wide, its text needs %4")
                         .arg(w->objectName(), text.left(40))
                         .arg(w->width())
                         .arg(w->minimumSizeHint().width());
    }
    return found;
}

} // namespace

class TestTranslatedScreenshots : public QObject
{
    Q_OBJECT

private:
    QStringList m_problems;
    void shoot(QWidget *widget, const QString &name)
    {
        QVERIFY(keyway::test::saveScreenshot(widget, name));
        for (const QString &problem : clipped(widget))
            m_problems << name + QStringLiteral(": ") + problem;
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void mainViews_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }
    void mainViews()
    {
        QFETCH(QString, language);
        m_problems.clear();
        QTranslator keyway;
        QVERIFY(keyway.load(QStringLiteral(":/i18n/keyway_%1.qm").arg(language)));
        QTranslator qt; // Qt's own strings when Debian's qt6-translations-l10n is installed
        const bool withQt = qt.load(
            QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QCoreApplication::installTranslator(&keyway);
        if (withQt)
            QCoreApplication::installTranslator(&qt);
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&keyway);
            QCoreApplication::removeTranslator(&qt);
            QLocale::setDefault(QLocale::c());
        });
        QApplication::setPalette(QApplication::style()->standardPalette());

        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString prefix = QStringLiteral("60-%1-").arg(language);
        {
            MainWindow window(f.service());
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            shoot(&window, prefix + QStringLiteral("1-welcome"));
            window.showIntegration(QStringLiteral("zendesk"));
            shoot(&window, prefix + QStringLiteral("2-integration"));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString id = f.addConnection(
            QStringLiteral("github"), QStringLiteral("ada@example.com"), ConnectionStatus::Connected, now.addSecs(2400));
        f.storeTokens(id,
            UiFixture::makeJwt(
                {{QStringLiteral("sub"), QStringLiteral("ada")}, {QStringLiteral("exp"), now.toSecsSinceEpoch() + 2400}}),
            "gho_refresh_6f1c2b7e9d0a");
        f.addEvent(
            id, QStringLiteral("token_exchange"), QStringLiteral("ok"), 200, QStringLiteral("access and refresh token"), 1269);
        f.addEvent(id, QStringLiteral("refresh"), QStringLiteral("error"), 503, QStringLiteral("temporarily_unavailable"), 600);
        f.addConnection(QStringLiteral("slack"), QStringLiteral("ops@acme.example"), ConnectionStatus::NeedsReauthorization,
            now.addSecs(3500));
        f.addConnection(
            QStringLiteral("google"), QStringLiteral("ada@gmail.example"), ConnectionStatus::Warning, now.addSecs(1200));
        f.addConnection(QStringLiteral("zendesk"), QStringLiteral("agent@acme.example"), ConnectionStatus::Revoked, QDateTime());
        MainWindow window(f.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showConnections();
        shoot(&window, prefix + QStringLiteral("3-connections"));
        window.showConnection(id);
        auto *tabs = window.connectionPage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shoot(&window, prefix + QStringLiteral("4-connection-tab%1").arg(i + 1));
        }
        window.resize(window.minimumSize());
        tabs->setCurrentIndex(0);
        shoot(&window, prefix + QStringLiteral("5-minimum-size"));
        {
            ConnectDialog dialog(f.service(), QStringLiteral("github"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shoot(&dialog, prefix + QStringLiteral("6-connect"));
        }
        {
            // Issue 20: the token security options (DPoP, PAR, a client certificate) an integration requires.
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
            ConnectDialog dialog(f.service(), QStringLiteral("acme-bound"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("formScroll"));
            scroll->ensureWidgetVisible(dialog.findChild<QWidget *>(QStringLiteral("securityGroup")));
            shoot(&dialog, prefix + QStringLiteral("6-connect-token-security"));
        }
        {
            SettingsDialog dialog(f.service());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shoot(&dialog, prefix + QStringLiteral("7-settings"));
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslatedScreenshots)
#include "TestTranslatedScreenshots.moc"
