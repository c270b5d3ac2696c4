// The integration page (ui/integrations/IntegrationPage): issue 9's visible warning. An integration the user
// allowed to use plain http beyond this computer ("allow_insecure_http") shows a labelled warning naming the
// host; every other integration shows none.
#include "UiFixture.h"

#include "connection/ConnectionListModel.h"
#include "integrations/IntegrationPage.h"

#include <QJsonArray>
#include <QLabel>
#include <QTranslator>
#include <QtTest>

using keyway::test::UiFixture;
using namespace keyway;

class TestIntegrationPage : public QObject
{
    Q_OBJECT

private slots:
    void warnsWhenPlainHttpIsAllowed()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QJsonObject lab {
            {QStringLiteral("id"), QStringLiteral("lab-ui")},
            {QStringLiteral("name"), QStringLiteral("Lab Provider")},
            {QStringLiteral("category"), QStringLiteral("generic")},
            {QStringLiteral("description"), QStringLiteral("A test server without TLS.")},
            {QStringLiteral("icon"), QStringLiteral("oauth2.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://www.rfc-editor.org/rfc/rfc6749")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_client_credentials")}},
            {QStringLiteral("oauth"),
                QJsonObject {{QStringLiteral("token_url"), QStringLiteral("http://provider.invalid/token")}}},
            {QStringLiteral("allow_insecure_http"), true},
        };
        QVERIFY(f.addCustomIntegration(lab));

        ConnectionListModel connections(f.service());
        IntegrationPage page(f.service(), connections);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *label = page.findChild<QLabel *>(QStringLiteral("insecureHttpLabel"));
        QVERIFY(label);

        page.showIntegration(QStringLiteral("lab-ui"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("provider.invalid")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QLatin1String("unencrypted")), qPrintable(label->text()));
        QCOMPARE(label->accessibleName(), QStringLiteral("Security warning"));
        QCOMPARE(label->accessibleDescription(), label->text());

        // A built-in integration never allows it: no warning.
        page.showIntegration(QStringLiteral("github"));
        QVERIFY(!label->isVisible());
        page.showIntegration(QStringLiteral("lab-ui"));
        QVERIFY(label->isVisible());
        page.showIntegration(QStringLiteral("no-such-integration"));
        QVERIFY(!label->isVisible());
    }

    // Issue 24: integration files are English. In another language the page says so next to the description, rather
    // than switching language mid-page unannounced; in English it says nothing.
    void saysWhenProviderTextIsEnglish()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectionListModel connections(f.service());
        IntegrationPage page(f.service(), connections);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *note = page.findChild<QLabel *>(QStringLiteral("providerTextLabel"));
        QVERIFY(note);
        page.showIntegration(QStringLiteral("github"));
        QVERIFY(!note->isVisible());

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keyway_de.qm")));
        QCoreApplication::installTranslator(&german);
        IntegrationPage translated(f.service(), connections);
        translated.show();
        QVERIFY(QTest::qWaitForWindowExposed(&translated));
        translated.showIntegration(QStringLiteral("github"));
        auto *germanNote = translated.findChild<QLabel *>(QStringLiteral("providerTextLabel"));
        QVERIFY(germanNote->isVisible());
        QVERIFY2(germanNote->text().contains(QLatin1String("Englisch")), qPrintable(germanNote->text()));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestIntegrationPage)
#include "TestIntegrationPage.moc"
