// The settings dialog saves non-secret preferences with QSettings and applies them to the service and to
// Qt's network defaults; a manual proxy needs a host; unreadable CA files are named, not silently used.
#include "UiFixture.h"

#include "auth/BrowserLauncher.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include "http/TlsConfig.h"
#include "jose/PrivateKey.h"
#include "settings/SettingsDialog.h"
#include "settings/UiSettings.h"
#include "widgets/MessagePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace keyway;
using keyway::test::UiFixture;

namespace {

// A self-signed CA certificate (PEM) named `cn`, written to `path`.
bool writeCaCertificate(const QString &path, const char *cn)
{
    const Result<PrivateKey> key = PrivateKey::generateEc();
    if (!key.ok())
        return false;
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), long(qHash(QByteArray(cn))) & 0x7fffffff);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 86400L);
    X509_set_pubkey(cert, key.value().key());
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key.value().key(), EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(data, size) == size;
    BIO_free(bio);
    X509_free(cert);
    return ok;
}

bool trusts(const QString &cn)
{
    const QList<QSslCertificate> cas = QSslConfiguration::defaultConfiguration().caCertificates();
    for (const QSslCertificate &cert : cas) {
        if (cert.subjectInfo(QSslCertificate::CommonName).contains(cn))
            return true;
    }
    return false;
}

} // namespace

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

    // Issue 23: the box shows whether the keeper's timer is installed and OK installs or removes it, as keyway
    // keep-alive --install does; where systemd's user manager does not take it, the dialog says what to run and stays.
    void keeperTimerIsInstalledAndRemovedFromSettings()
    {
        QTemporaryDir config;
        const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const auto restore = qScopeGuard([&savedConfig] {
            qputenv("XDG_CONFIG_HOME", savedConfig);
            qunsetenv("KEYWAY_SYSTEMCTL");
        });
        const QString systemctl = config.filePath(QStringLiteral("systemctl"));
        QFile script(systemctl);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexit 0\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        qputenv("KEYWAY_SYSTEMCTL", systemctl.toUtf8());

        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString timer = config.filePath(QStringLiteral("systemd/user/keyway-keep-alive.timer"));
        {
            SettingsDialog dialog(f.service());
            dialog.show();
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("keeperTimerCheck"));
            QVERIFY(box && !box->isChecked());
            box->setChecked(true);
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(QFile::exists(timer));
        }
        {
            SettingsDialog dialog(f.service());
            dialog.show();
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("keeperTimerCheck"));
            QVERIFY(box->isChecked());
            box->setChecked(false);
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!QFile::exists(timer));
        }
        qputenv("KEYWAY_SYSTEMCTL", ""); // no systemctl: the files are written, the dialog says what to run
        SettingsDialog dialog(f.service());
        dialog.show();
        dialog.findChild<QCheckBox *>(QStringLiteral("keeperTimerCheck"))->setChecked(true);
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        auto *error = dialog.findChild<MessagePanel *>(QStringLiteral("errorPanel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("systemctl --user enable --now keyway-keep-alive.timer")),
            qPrintable(error->text()));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(QFile::exists(timer));
    }

    // Issue 24: the language is chosen in Settings, listed by each language's own name, saved for the next start
    // (core/Translations reads it then, after KEYWAY_LANGUAGE).
    void languageChoiceIsSavedForTheNextStart()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        SettingsDialog dialog(f.service());
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString()); // the system's, until chosen
        QCOMPARE(combo->count(), 2 + Translations::shipped().size());
        for (const QString &language : Translations::shipped())
            QCOMPARE(combo->itemText(combo->findData(language)), Translations::nativeName(language));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(UiSettings::load().language, QStringLiteral("en"));
        QCOMPARE(Translations::chosenLocale().language(), QLocale::English);

        SettingsDialog again(f.service());
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(), QStringLiteral("en"));
        again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
        again.show();
        again.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!QSettings().contains(Translations::settingKey()));
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
        QVERIFY(dialog.findChild<MessagePanel *>(QStringLiteral("errorPanel"))->isVisible());
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
        auto *error = dialog.findChild<MessagePanel *>(QStringLiteral("errorPanel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(bogus));
    }

    void extraCasFromTheEnvironmentSurviveApply()
    {
        // CoreContext trusts KEYWAY_CA_CERTIFICATES at start; applying the window's settings must add to that,
        // never replace it, and must drop a file the user took out of the list.
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString envCa = f.dir.filePath(QStringLiteral("env-ca.pem"));
        const QString settingsCa = f.dir.filePath(QStringLiteral("settings-ca.pem"));
        QVERIFY(writeCaCertificate(envCa, "Keyway Test Environment CA"));
        QVERIFY(writeCaCertificate(settingsCa, "Keyway Test Settings CA"));
        const QByteArray before = qgetenv("KEYWAY_CA_CERTIFICATES");
        qputenv("KEYWAY_CA_CERTIFICATES", envCa.toLocal8Bit());
        TlsConfig::applyConfigured(); // what CoreContext::open does
        QVERIFY(trusts(QStringLiteral("Keyway Test Environment CA")));
        const qsizetype systemCount = QSslConfiguration::systemCaCertificates().size();

        UiSettings s = UiSettings::load();
        s.caFiles = {settingsCa};
        QVERIFY(s.apply(f.service()).isEmpty());
        QVERIFY(trusts(QStringLiteral("Keyway Test Environment CA")));
        QVERIFY(trusts(QStringLiteral("Keyway Test Settings CA")));
        QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().size() >= systemCount + 2);

        // The settings' CA taken out again: it is no longer trusted, the environment's still is.
        s.caFiles.clear();
        s.apply(f.service());
        QVERIFY(trusts(QStringLiteral("Keyway Test Environment CA")));
        QVERIFY(!trusts(QStringLiteral("Keyway Test Settings CA")));
        QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().size() >= systemCount + 1);

        // Through the dialog, too.
        SettingsDialog dialog(f.service());
        UiSettings chosen = dialog.settings();
        chosen.caFiles = {settingsCa};
        dialog.setSettings(chosen);
        dialog.accept();
        QVERIFY(trusts(QStringLiteral("Keyway Test Environment CA")));
        QVERIFY(trusts(QStringLiteral("Keyway Test Settings CA")));

        if (before.isNull())
            qunsetenv("KEYWAY_CA_CERTIFICATES");
        else
            qputenv("KEYWAY_CA_CERTIFICATES", before);
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

    // Issue 16: the browser field says both placeholders, and the core replaces both.
    void browserCommandTakesPercentUAndPercentS()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        SettingsDialog dialog(f.service());
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("browserEdit"));
        QVERIFY2(edit->toolTip().contains(QLatin1String("%u")) && edit->toolTip().contains(QLatin1String("%s")),
            qPrintable(edit->toolTip()));
        QVERIFY(edit->accessibleDescription().contains(QLatin1String("%s")));
        const QUrl url(QStringLiteral("https://id.example.test/authorize"));
        QCOMPARE(BrowserLauncher::commandLine(QStringLiteral("firefox --private-window %u"), url).last(), url.toString());
        QCOMPARE(BrowserLauncher::commandLine(QStringLiteral("firefox --private-window %s"), url).last(), url.toString());
    }

    // Issue 16: settings go to ~/.config/keyway/keyway.conf, not "~/.config/Unknown Organization/"; a file left
    // there by an earlier version is moved over once.
    void settingsLiveInKeywaysOwnFolder()
    {
        const QString appName = QCoreApplication::applicationName();
        const QString orgName = QCoreApplication::organizationName();
        const QString orgDomain = QCoreApplication::organizationDomain();
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(config + QStringLiteral("/keyway")).removeRecursively();
        QDir().mkpath(config + QStringLiteral("/Unknown Organization"));
        {
            QSettings old(config + QStringLiteral("/Unknown Organization/keyway.conf"), QSettings::IniFormat);
            old.setValue(QStringLiteral("browser/command"), QStringLiteral("chromium %s"));
        }
        AppInfo::apply();
        QSettings settings;
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(QFileInfo(settings.fileName()).absoluteFilePath(),
            QFileInfo(config + QStringLiteral("/keyway/keyway.conf")).absoluteFilePath());
        QCOMPARE(UiSettings::load().browserCommand, QStringLiteral("chromium %s"));
        QVERIFY(!QFile::exists(config + QStringLiteral("/Unknown Organization/keyway.conf")));
        // The data folder stays where it was: ~/.local/share/keyway.
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/keyway"));
        settings.clear();
        QCoreApplication::setApplicationName(appName);
        QCoreApplication::setOrganizationName(orgName);
        QCoreApplication::setOrganizationDomain(orgDomain);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
