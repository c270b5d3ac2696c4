// The settings dialog saves non-secret preferences with QSettings and applies them to the service and to
// Qt's network defaults; a manual proxy needs a host; unreadable CA files are named, not silently used.
#include "UiFixture.h"

#include "settings/SettingsDialog.h"
#include "settings/UiSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void cleanup()
    {
        QSettings().clear();
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    }

    void savesAndAppliesPreferences()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        SettingsDialog dialog(f.service());
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("browserEdit"))->setText(QStringLiteral("firefox --private-window %u"));
        dialog.findChild<QSpinBox *>(QStringLiteral("leadSpin"))->setValue(300);
        dialog.findChild<QRadioButton *>(QStringLiteral("proxyManualRadio"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("proxyHostEdit"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("proxyPortSpin"))->setValue(3128);
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(f.service().settings().browserCommand, QStringLiteral("firefox --private-window %u"));
        QCOMPARE(f.service().settings().refreshLeadSeconds, 300);
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(3128));

        const UiSettings saved = UiSettings::load();
        QCOMPARE(saved.browserCommand, QStringLiteral("firefox --private-window %u"));
        QCOMPARE(saved.refreshLeadSeconds, 300);
        QCOMPARE(saved.proxyMode, UiSettings::ProxyMode::Manual);
        QCOMPARE(saved.proxyPort, 3128);

        // A second dialog shows what was saved.
        SettingsDialog again(f.service());
        QCOMPARE(again.settings(), saved);
    }

    void manualProxyNeedsAHost()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        SettingsDialog dialog(f.service());
        dialog.show();
        dialog.findChild<QRadioButton *>(QStringLiteral("proxyManualRadio"))->setChecked(true);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("proxyHostEdit"))->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(UiSettings::load().proxyMode, UiSettings::ProxyMode::System);
    }

    void unreadableCaFilesAreNamed()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString bogus = f.dir.filePath(QStringLiteral("not-a-cert.pem"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        SettingsDialog dialog(f.service());
        dialog.show();
        UiSettings s = dialog.settings();
        s.caFiles = {bogus};
        dialog.setSettings(s);
        dialog.accept();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(bogus));
    }

    void outOfRangeValuesAreClamped()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("refresh/leadSeconds"), -50);
        settings.setValue(QStringLiteral("proxy/port"), 999999);
        settings.setValue(QStringLiteral("proxy/mode"), QStringLiteral("gibberish"));
        const UiSettings s = UiSettings::load();
        QCOMPARE(s.refreshLeadSeconds, 0);
        QCOMPARE(s.proxyPort, 65535);
        QCOMPARE(s.proxyMode, UiSettings::ProxyMode::System);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
