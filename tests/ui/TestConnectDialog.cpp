// The connect dialog over a real catalogue: the fields follow the chosen auth mode, template variables are
// checked against their patterns as the user types, unified scopes turn into provider scopes with warnings,
// and the request it builds carries what was entered.
#include "UiFixture.h"

#include "catalog/Catalog.h"
#include "connect/ClientCertificatePanel.h"
#include "connect/ConnectDialog.h"
#include "connect/ConnectFormPage.h"
#include "core/ConnectionPlanner.h"
#include "core/ConnectionSettings.h"
#include "jose/PrivateKey.h"
#include "widgets/CopyFeedback.h"
#include "widgets/MessagePanel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    static QStringList fieldNames(ConnectDialog &d)
    {
        QStringList names;
        const QList<QWidget *> widgets = d.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            // What the form shows for the mode (rows it does not need are hidden, not built anew).
            if (w->objectName().startsWith(QLatin1String("field_")) && !w->objectName().endsWith(QLatin1String("_status"))
                && w->isVisibleTo(&d))
                names << w->objectName();
        }
        names.sort();
        return names;
    }
    static QLineEdit *edit(ConnectDialog &d, const QString &name) { return d.findChild<QLineEdit *>(name); }
    static QPushButton *connectButton(ConnectDialog &d) { return d.findChild<QPushButton *>(QStringLiteral("connectButton")); }
    // A connection as the core saved it: mode, client id and client authentication, secrets in the keychain.
    static ConnectionRecord savedConnection(const QString &integrationId, const QString &authMode,
        ProviderConfig::ClientAuth clientAuth, ConnectionStatus status = ConnectionStatus::NeedsReauthorization)
    {
        ConnectionSettings settings;
        settings.authMode = Integration::authModeFromString(authMode).value_or(AuthMode::BearerToken);
        settings.clientId = QStringLiteral("client-1");
        settings.provider.clientAuth = clientAuth;
        ConnectionRecord r;
        r.id = QStringLiteral("conn-1");
        r.integrationId = integrationId;
        r.name = QStringLiteral("Work");
        r.authMode = authMode;
        r.status = status;
        r.settings = settings.toJson();
        return r;
    }

    // A custom integration of the authorization code (and client credentials) modes whose oauth block adds `extra`.
    static bool addOAuthIntegration(UiFixture &f, const QString &id, const QJsonObject &extra)
    {
        QJsonObject oauth {{QStringLiteral("authorization_url"), QStringLiteral("https://id.example.com/authorize")},
            {QStringLiteral("token_url"), QStringLiteral("https://id.example.com/token")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            oauth.insert(it.key(), it.value());
        return f.addCustomIntegration({{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Acme ID")},
            {QStringLiteral("category"), QStringLiteral("generic")}, {QStringLiteral("description"), QStringLiteral("Test")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"),
                QJsonArray {QStringLiteral("oauth2_authorization_code"), QStringLiteral("oauth2_client_credentials")}},
            {QStringLiteral("oauth"), oauth}});
    }
    static QCheckBox *check(ConnectDialog &d, const char *name) { return d.findChild<QCheckBox *>(QLatin1String(name)); }

    // A client certificate with its key, another key, and both in a PKCS#12 file (password "secret-1").
    QTemporaryDir m_certificates;
    bool makeCertificates()
    {
        const auto openssl = [this](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(m_certificates.path());
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        if (QFile::exists(m_certificates.filePath(QStringLiteral("client.p12"))))
            return true;
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("client.key"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=client-1"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                   QStringLiteral("client.pem")})
            && openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), QStringLiteral("other.key")})
            && openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), QStringLiteral("client.pem"),
                QStringLiteral("-inkey"), QStringLiteral("client.key"), QStringLiteral("-passout"),
                QStringLiteral("pass:secret-1"), QStringLiteral("-out"), QStringLiteral("client.p12")});
    }
    QString certificateFile(const char *name) const { return m_certificates.filePath(QLatin1String(name)); }
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    // Issue 20: what the integration file demands is shown on and locked, and goes into the request as
    // `connect --dpop --par` would; PAR belongs to the browser sign-in only.
    void dpopAndParRequiredByTheIntegrationAreOnAndLocked()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addOAuthIntegration(f, QStringLiteral("acme-bound"),
            {{QStringLiteral("dpop"), true}, {QStringLiteral("par"), true},
                {QStringLiteral("par_url"), QStringLiteral("https://id.example.com/par")}}));
        ConnectDialog dialog(f.service(), QStringLiteral("acme-bound"));
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        for (const char *name : {"dpopCheck", "parCheck"}) {
            QVERIFY2(check(dialog, name)->isVisibleTo(&dialog), name);
            QVERIFY2(check(dialog, name)->isChecked(), name);
            QVERIFY2(!check(dialog, name)->isEnabled(), name);
        }
        const QString note = dialog.findChild<QLabel *>(QStringLiteral("securityNoteLabel"))->text();
        QVERIFY2(note.contains(QLatin1String("Acme ID requires DPoP and PAR")), qPrintable(note));
        QCOMPARE(dialog.request().dpop, 1);
        QCOMPARE(dialog.request().par, 1);
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QVERIFY(check(dialog, "dpopCheck")->isVisibleTo(&dialog));
        QVERIFY(!check(dialog, "parCheck")->isVisibleTo(&dialog));
        QCOMPARE(dialog.request().par, -1);
        QCOMPARE(dialog.request().dpop, 1);
    }

    // A built-in integration that says nothing of DPoP, PAR or certificates shows none of it, reads no metadata,
    // and asks the core for nothing more than the integration says.
    void tokenSecurityIsHiddenWhenNothingOffersIt()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("securityGroup"))->isVisibleTo(&dialog));
        QVERIFY(!dialog.form()->isDiscovering());
        QCOMPARE(dialog.request().dpop, -1);
        QCOMPARE(dialog.request().par, -1);
        QVERIFY(dialog.request().clientCertificatePem.isEmpty());
    }

    // RFC 8705 §2: an integration whose client authenticates with a TLS certificate asks for the certificate and
    // its key (no secret), hands both to the core as `--client-cert FILE --client-key-stdin` does, and shows only
    // the files' names.
    void aTlsClientAuthIntegrationAsksForTheCertificate()
    {
        QVERIFY(makeCertificates());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addOAuthIntegration(
            f, QStringLiteral("acme-mtls"), {{QStringLiteral("client_auth"), QStringLiteral("tls_client_auth")}}));
        ConnectDialog dialog(f.service(), QStringLiteral("acme-mtls"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QTest::keyClicks(edit(dialog, QStringLiteral("field_clientId")), QStringLiteral("client-1"));
        ClientCertificatePanel *panel = dialog.form()->certificate();
        QVERIFY(panel->isVisibleTo(&dialog));
        QVERIFY(!edit(dialog, QStringLiteral("field_clientSecret"))->isVisibleTo(&dialog));
        QVERIFY2(dialog.problems().contains(QLatin1String("Choose the client certificate (PEM).")),
            qPrintable(dialog.problems().join(QLatin1Char('|'))));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(panel->loadCertificateFile(certificateFile("client.pem")));
        QVERIFY(panel->loadKeyFile(certificateFile("client.key")));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('|'))));
        QVERIFY(connectButton(dialog)->isEnabled());
        const ConnectRequest r = dialog.request();
        QCOMPARE(r.clientAuthMethod, QStringLiteral("tls_client_auth"));
        QCOMPARE(r.clientCertificatePem, fileBytes(certificateFile("client.pem")));
        QCOMPARE(r.clientKeyPem, fileBytes(certificateFile("client.key")));
        // Only the names: no label or field holds a line of the key.
        const QByteArray keyLine = fileBytes(certificateFile("client.key")).split('\n').value(1);
        QVERIFY(!keyLine.isEmpty());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels)
            QVERIFY2(!label->text().contains(QString::fromLatin1(keyLine)), qPrintable(label->objectName()));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("clientKeyFileLabel"))->text(), QStringLiteral("client.key"));
        // The PKCS#12 file instead: the file and its password, opened by the core.
        panel->setFormat(ClientCertificatePanel::Format::Pkcs12);
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(panel->loadPkcs12File(certificateFile("client.p12")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("clientP12PasswordEdit")), QStringLiteral("secret-1"));
        const ConnectRequest p12 = dialog.request();
        QVERIFY(p12.clientCertificatePem.isEmpty());
        QCOMPARE(p12.clientPkcs12, fileBytes(certificateFile("client.p12")));
        QCOMPARE(p12.clientPkcs12Password, QByteArray("secret-1"));
        dialog.form()->clearSecrets();
        QVERIFY(dialog.request().clientPkcs12.isEmpty());
    }

    // A key that is not the certificate's, or a PKCS#12 password that does not open the file, is one sentence in
    // the dialog's error panel before anything is sent, and the form stays to correct it.
    void aWrongKeyOrPasswordIsOneClearError_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::addColumn<QString>("message");
        QTest::newRow("key of another certificate")
            << false << QStringLiteral("The private key does not belong to the client certificate.");
        QTest::newRow("wrong PKCS#12 password")
            << true
            << QStringLiteral("The PKCS#12 file could not be opened: the password is wrong, or it holds no certificate and key.");
    }
    void aWrongKeyOrPasswordIsOneClearError()
    {
        QFETCH(bool, pkcs12);
        QFETCH(QString, message);
        QVERIFY(makeCertificates());
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(addOAuthIntegration(
            f, QStringLiteral("acme-mtls"), {{QStringLiteral("client_auth"), QStringLiteral("tls_client_auth")}}));
        ConnectDialog dialog(f.service(), QStringLiteral("acme-mtls"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QTest::keyClicks(edit(dialog, QStringLiteral("field_clientId")), QStringLiteral("client-1"));
        ClientCertificatePanel *panel = dialog.form()->certificate();
        if (pkcs12) {
            panel->setFormat(ClientCertificatePanel::Format::Pkcs12);
            QVERIFY(panel->loadPkcs12File(certificateFile("client.p12")));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("clientP12PasswordEdit")), QStringLiteral("wrong"));
        } else {
            QVERIFY(panel->loadCertificateFile(certificateFile("client.pem")));
            QVERIFY(panel->loadKeyFile(certificateFile("other.key")));
        }
        QVERIFY(connectButton(dialog)->isEnabled());
        connectButton(dialog)->click();
        QTRY_VERIFY(dialog.errorPanel()->isVisible());
        QVERIFY2(dialog.errorPanel()->text().contains(message), qPrintable(dialog.errorPanel()->text()));
        QVERIFY(!dialog.isWaiting());
        QVERIFY(connectButton(dialog)->isVisible());
    }

    void fieldsFollowTheAuthMode_data()
    {
        const auto names = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *n : list)
                out << QString::fromLatin1(n);
            return out;
        };
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("authorization code") << QStringLiteral("github") << QStringLiteral("oauth2_authorization_code")
                                            << names({"field_clientAuth", "field_clientId", "field_clientSecret"});
        QTest::newRow("api key") << QStringLiteral("github") << QStringLiteral("api_key") << names({"field_apiKey"});
        QTest::newRow("basic") << QStringLiteral("zendesk") << QStringLiteral("basic")
                               << names({"field_password", "field_username"});
        QTest::newRow("jwt bearer") << QStringLiteral("google-service-account") << QStringLiteral("jwt_bearer")
                                    << names({"field_clientId", "field_keyId", "field_privateKey_file", "field_privateKey_paste",
                                           "field_serviceAccount_file", "field_subject"});
        QTest::newRow("device code") << QStringLiteral("github") << QStringLiteral("device_code")
                                     << names({"field_clientId", "field_clientSecret"});
        QTest::newRow("client credentials") << QStringLiteral("openid-connect") << QStringLiteral("oauth2_client_credentials")
                                            << names({"field_clientAuth", "field_clientId", "field_clientSecret"});
        QTest::newRow("private_key_jwt") << QStringLiteral("test-private-key-jwt") << QStringLiteral("oauth2_authorization_code")
                                         << names({"field_clientAuth", "field_clientId", "field_keyId", "field_privateKey_alg",
                                                "field_privateKey_file", "field_privateKey_generate", "field_privateKey_paste"});
    }

    void fieldsFollowTheAuthMode()
    {
        QFETCH(QString, integration);
        QFETCH(QString, mode);
        QFETCH(QStringList, fields);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        if (integration == QLatin1String("test-private-key-jwt")) {
            const QJsonObject oauth {{QStringLiteral("authorization_url"), QStringLiteral("https://id.example.com/authorize")},
                {QStringLiteral("token_url"), QStringLiteral("https://id.example.com/token")},
                {QStringLiteral("client_auth"), QStringLiteral("private_key_jwt")}};
            QVERIFY(f.addCustomIntegration({{QStringLiteral("id"), integration},
                {QStringLiteral("name"), QStringLiteral("Private key JWT test")},
                {QStringLiteral("category"), QStringLiteral("generic")}, {QStringLiteral("description"), QStringLiteral("Test")},
                {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
                {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
                {QStringLiteral("oauth"), oauth}}));
        }
        const std::optional<Integration> in = f.service().catalog().find(integration);
        QVERIFY(in);
        const std::optional<AuthMode> m = Integration::authModeFromString(mode);
        if (!in->supports(*m))
            QSKIP("The catalogue no longer offers this mode for this integration");
        ConnectDialog dialog(f.service(), integration);
        QVERIFY(dialog.selectMode(*m));
        QCOMPARE(fieldNames(dialog), fields);
        // Every generated field has a label buddy and an accessible name.
        for (const QString &name : fields) {
            auto *w = dialog.findChild<QWidget *>(name);
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
        }
    }

    void apiKeyLabelComesFromTheIntegration()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        QVERIFY(dialog.selectMode(AuthMode::ApiKey));
        QLineEdit *key = edit(dialog, QStringLiteral("field_apiKey"));
        QCOMPARE(key->accessibleName(), f.service().catalog().find(QStringLiteral("github"))->apiKey.label);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!connectButton(dialog)->isEnabled());
        key->setText(QStringLiteral("ghp_secret"));
        QVERIFY(connectButton(dialog)->isEnabled());
        const ConnectRequest r = dialog.request();
        QCOMPARE(r.authMode, QStringLiteral("api_key"));
        QCOMPARE(r.apiKey, QByteArray("ghp_secret"));
        QCOMPARE(r.integrationId, QStringLiteral("github"));
    }

    void badVariableInputIsFlaggedLive()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("zendesk"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::Basic));
        QLineEdit *subdomain = edit(dialog, QStringLiteral("var_subdomain"));
        QVERIFY(subdomain);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("var_subdomain_message"));
        QVERIFY(message);
        edit(dialog, QStringLiteral("field_username"))->setText(QStringLiteral("me@example.com/token"));
        edit(dialog, QStringLiteral("field_password"))->setText(QStringLiteral("api-token"));

        // A value that could smuggle in another host is refused at once.
        QTest::keyClicks(subdomain, QStringLiteral("evil.com/x"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("acme"))); // shows the example
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(subdomain->accessibleDescription().contains(QLatin1String("Not a valid value")));

        subdomain->clear();
        QVERIFY(!connectButton(dialog)->isEnabled()); // required
        QTest::keyClicks(subdomain, QStringLiteral("acme"));
        QVERIFY(!message->isVisible());
        QVERIFY2(connectButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        const ConnectRequest r = dialog.request();
        QCOMPARE(r.variables.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
        QCOMPARE(r.username, QStringLiteral("me@example.com/token"));
        QCOMPARE(r.password, QByteArray("api-token"));
    }

    // Twilio's REST API paths name the account (/Accounts/{AccountSid}), while the Basic user name may be an API
    // key's SID: the dialog asks for the Account SID beside the user name and password, checks it and sends it.
    void twilioBasicModeAsksForTheAccountSid()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("twilio"));
        dialog.show();
        QCOMPARE(dialog.currentMode(), std::optional<AuthMode>(AuthMode::Basic));
        QLineEdit *sid = edit(dialog, QStringLiteral("var_account_sid"));
        QVERIFY(sid);
        QVERIFY(sid->isVisible());
        edit(dialog, QStringLiteral("field_username"))->setText(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        edit(dialog, QStringLiteral("field_password"))->setText(QStringLiteral("api-key-secret"));
        QVERIFY(!connectButton(dialog)->isEnabled()); // the Account SID is required

        QTest::keyClicks(sid, QStringLiteral("SK0123456789abcdef0123456789abcdef")); // an API key SID is not the account
        QVERIFY(!connectButton(dialog)->isEnabled());
        sid->clear();
        QTest::keyClicks(sid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QVERIFY2(connectButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        const ConnectRequest r = dialog.request();
        QCOMPARE(r.authMode, QStringLiteral("basic"));
        QCOMPARE(r.variables.value(QStringLiteral("account_sid")), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(r.username, QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        QCOMPARE(r.password, QByteArray("api-key-secret"));
    }

    void unifiedScopesResolveToProviderScopesWithWarnings()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("zendesk"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("scopeList"));
        auto *resolved = dialog.findChild<QLabel *>(QStringLiteral("resolvedScopesLabel"));
        auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("scopeWarningsLabel"));
        QVERIFY(list->count() > 0);
        QVERIFY2(resolved->text().contains(QLatin1String("read")), qPrintable(resolved->text())); // the defaults
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("ticketing_ticket_read"))
                list->item(i)->setCheckState(Qt::Checked);
        }
        QVERIFY2(resolved->text().contains(QLatin1String("tickets:read")), qPrintable(resolved->text()));
        QVERIFY(!warnings->isVisible());

        // A unified id Zendesk does not map is named as a warning; a raw scope passes through.
        dialog.findChild<QLineEdit *>(QStringLiteral("extraScopesEdit"))
            ->setText(QStringLiteral("crm_contact_read custom:scope"));
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QLatin1String("crm_contact_read")));
        QVERIFY(resolved->text().contains(QLatin1String("custom:scope")));
        const ConnectRequest r = dialog.request();
        QVERIFY(r.scopes.contains(QStringLiteral("ticketing_ticket_read")));
        QVERIFY(r.scopes.contains(QStringLiteral("custom:scope")));
    }

    void advancedOptionsGoIntoTheRequest()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        dialog.findChild<QToolButton *>(QStringLiteral("advancedToggle"))->click();
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("advancedGroup"))->isVisible());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("authParamsEdit"))
            ->setPlainText(QStringLiteral("prompt=consent\nlogin_hint = me"));
        auto *pkce = dialog.findChild<QComboBox *>(QStringLiteral("pkceCombo"));
        pkce->setCurrentIndex(pkce->findData(0));
        dialog.findChild<QLineEdit *>(QStringLiteral("browserEdit"))->setText(QStringLiteral("firefox %u"));
        QVERIFY(connectButton(dialog)->isEnabled());
        ConnectRequest r = dialog.request();
        QCOMPARE(r.extraAuthorizationParams.value(QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(r.extraAuthorizationParams.value(QStringLiteral("login_hint")), QStringLiteral("me"));
        QCOMPARE(r.pkce, 0);
        QCOMPARE(r.browserCommand, QStringLiteral("firefox %u"));
        QCOMPARE(r.clientId, QStringLiteral("client-1"));

        // A parameter line without '=' is a problem, not silently dropped.
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("tokenParamsEdit"))->setPlainText(QStringLiteral("audience"));
        QVERIFY(!connectButton(dialog)->isEnabled());
    }

    void privateKeyIsPastedNeverShown()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("google-service-account"));
        dialog.show();
        QVERIFY(!connectButton(dialog)->isEnabled());
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("svc@example.iam.gserviceaccount.com"));
        QGuiApplication::clipboard()->setText(QStringLiteral("not a key"));
        dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_paste"))->click();
        QVERIFY(!connectButton(dialog)->isEnabled());
        // Something that looks like PEM but is no key is refused with the core's reason.
        const QByteArray fake = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
        QGuiApplication::clipboard()->setText(QString::fromLatin1(fake));
        dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_paste"))->click();
        QVERIFY(!connectButton(dialog)->isEnabled());
        const Result<PrivateKey> key = PrivateKey::generateRsa(2048);
        QVERIFY(key.ok());
        const QByteArray pem = key.value().toPem();
        QGuiApplication::clipboard()->setText(QString::fromLatin1(pem));
        dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_paste"))->click();
        QGuiApplication::clipboard()->clear();
        QVERIFY2(connectButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QCOMPARE(dialog.request().privateKeyPem, pem.trimmed());
        QCOMPARE(dialog.request().privateKeyAlg, QStringLiteral("RS256"));
        const auto *status = dialog.findChild<QLabel *>(QStringLiteral("field_privateKey_status"));
        QVERIFY(!status->text().contains(QLatin1String("MII")));
        // Its public half is shown (to register), never the private one.
        const QString shown = dialog.findChild<QPlainTextEdit *>(QStringLiteral("field_publicJwk"))->toPlainText();
        QVERIFY(shown.contains(QLatin1String("\"n\"")));
        QVERIFY(!shown.contains(QLatin1String("\"d\"")));
        QVERIFY(!shown.contains(QLatin1String("PRIVATE")));
        QCOMPARE(edit(dialog, QStringLiteral("field_keyId"))->text(), key.value().thumbprint());
    }

    void clientAuthChoiceGoesIntoTheRequest()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const std::optional<Integration> github = f.service().catalog().find(QStringLiteral("github"));
        QVERIFY(github);
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        QVERIFY(dialog.offersClientAuthChoice());
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("field_clientAuth"));
        QVERIFY(combo);
        QVERIFY(!combo->accessibleName().isEmpty());
        // The catalogue's method is the default, and says so.
        QCOMPARE(dialog.clientAuthMethod(), github->oauth.clientAuth);
        QVERIFY(combo->currentText().contains(QLatin1String("Default: ")));
        QVERIFY(combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString().contains(QLatin1String("GitHub")));
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));

        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::ClientSecretPost));
        QTRY_VERIFY(edit(dialog, QStringLiteral("field_clientSecret")));
        QCOMPARE(dialog.request().clientAuthMethod, QStringLiteral("client_secret_post"));
        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::ClientSecretBasic));
        QTRY_COMPARE(dialog.request().clientAuthMethod, QStringLiteral("client_secret_basic"));

        // A public client has no secret to enter; the client id typed before survives the change.
        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::None));
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("clientNote"))->isVisibleTo(&dialog));
        QVERIFY(!edit(dialog, QStringLiteral("field_clientSecret"))->isVisibleTo(&dialog));
        QCOMPARE(edit(dialog, QStringLiteral("field_clientId"))->text(), QStringLiteral("client-1"));
        QCOMPARE(dialog.request().clientAuthMethod, QStringLiteral("none"));
        QVERIFY(connectButton(dialog)->isEnabled());

        // private_key_jwt needs a key before Connect is possible.
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("field_clientAuth"))); // rebuilt
        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::PrivateKeyJwt));
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate"))->isVisibleTo(&dialog));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QCOMPARE(dialog.request().clientAuthMethod, QStringLiteral("private_key_jwt"));

        // The device flow and API keys have nothing to choose.
        QVERIFY(dialog.selectMode(AuthMode::ApiKey));
        QVERIFY(!dialog.offersClientAuthChoice());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("field_clientAuth")));
        QVERIFY(dialog.request().clientAuthMethod.isEmpty());
    }

    void generatedKeyPairShowsThePublicJwk_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kty");
        QTest::newRow("ES256") << QStringLiteral("ES256") << QStringLiteral("EC");
        QTest::newRow("RS256") << QStringLiteral("RS256") << QStringLiteral("RSA");
    }

    void generatedKeyPairShowsThePublicJwk()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kty);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("openid-connect"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::PrivateKeyJwt));
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate")));
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        for (QLineEdit *variable : dialog.findChildren<QLineEdit *>()) {
            if (variable->objectName().startsWith(QLatin1String("var_")))
                variable->setText(QStringLiteral("https://id.example.com"));
        }
        auto *jwkEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("field_publicJwk"));
        QVERIFY(!jwkEdit->isVisible());
        auto *algCombo = dialog.findChild<QComboBox *>(QStringLiteral("field_privateKey_alg"));
        algCombo->setCurrentIndex(algCombo->findData(alg));
        QSignalSpy generated(&dialog, &ConnectDialog::keyPairGenerated);
        dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 20000);

        const QJsonObject jwk = dialog.publicJwk();
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), kty);
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), alg);
        QVERIFY(!jwk.contains(QLatin1String("d")));
        QCOMPARE(edit(dialog, QStringLiteral("field_keyId"))->text(), jwk.value(QLatin1String("kid")).toString());
        QVERIFY(jwkEdit->isVisible());
        QVERIFY(!jwkEdit->toPlainText().contains(QLatin1String("\"d\"")));

        const ConnectRequest r = dialog.request();
        QVERIFY(r.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(r.privateKeyAlg, alg);
        QCOMPARE(r.clientAuthMethod, QStringLiteral("private_key_jwt"));
        QCOMPARE(r.keyId, jwk.value(QLatin1String("kid")).toString());
        // The generated key is one the core accepts, and its public half matches the JWK shown.
        const Result<PrivateKey> key = PrivateKey::fromPem(r.privateKeyPem);
        QVERIFY(key.ok());
        QCOMPARE(key.value().thumbprint(), jwk.value(QLatin1String("kid")).toString());
        QVERIFY2(connectButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));

        dialog.findChild<QPushButton *>(QStringLiteral("field_publicJwk_copy"))->click();
        const QJsonObject copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied, jwk);
        QGuiApplication::clipboard()->clear();
    }

    void newControlsAreReachableFromTheKeyboard()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("openid-connect"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::PrivateKeyJwt));
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate")));
        QSet<QString> reached;
        QWidget *w = dialog.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        for (int i = 0; i < 200 && w; ++i) {
            reached.insert(w->objectName());
            w = w->nextInFocusChain();
        }
        for (const char *name : {"field_clientAuth", "field_clientId", "field_privateKey_file", "field_privateKey_paste",
                 "field_privateKey_alg", "field_privateKey_generate", "field_keyId"}) {
            QVERIFY2(reached.contains(QLatin1String(name)), name);
            auto *control = dialog.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, name);
            QVERIFY2(!control->accessibleName().isEmpty(), name);
        }
        // Its label's mnemonic reaches the client authentication choice.
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("field_clientAuth"));
        bool hasBuddy = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            hasBuddy = hasBuddy || label->buddy() == combo;
        QVERIFY(hasBuddy);
    }

    // Issue 15.7: PKCE may be off for a provider that rejects it, but the form says so whenever it would sign in
    // without it: chosen under Advanced, or as the integration says.
    void signingInWithoutPkceIsWarnedAbout()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("pkceWarningLabel"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisibleTo(&dialog));
        auto *pkce = dialog.findChild<QComboBox *>(QStringLiteral("pkceCombo"));
        pkce->setCurrentIndex(pkce->findData(0));
        QVERIFY(warning->isVisibleTo(&dialog));
        QVERIFY2(warning->text().contains(QLatin1String("PKCE is off for GitHub")), qPrintable(warning->text()));
        QVERIFY(!warning->accessibleName().isEmpty());
        pkce->setCurrentIndex(pkce->findData(-1));
        QVERIFY(!warning->isVisibleTo(&dialog));

        ConnectDialog off(f.service(), QStringLiteral("raindrop")); // "pkce": false in the catalogue
        off.show();
        QVERIFY(off.selectMode(AuthMode::AuthorizationCode));
        auto *offWarning = off.findChild<QLabel *>(QStringLiteral("pkceWarningLabel"));
        QVERIFY(offWarning->isVisibleTo(&off));
        QVERIFY(off.selectMode(AuthMode::BearerToken));
        QVERIFY(!offWarning->isVisibleTo(&off));
    }

    void plainHttpIntegrationIsWarnedAbout()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QJsonObject oauth {{QStringLiteral("authorization_url"), QStringLiteral("http://idp.test.lan/authorize")},
            {QStringLiteral("token_url"), QStringLiteral("http://idp.test.lan/token")}};
        QVERIFY(f.addCustomIntegration({{QStringLiteral("id"), QStringLiteral("test-plain-http")},
            {QStringLiteral("name"), QStringLiteral("Plain http test")}, {QStringLiteral("category"), QStringLiteral("generic")},
            {QStringLiteral("description"), QStringLiteral("Test")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")}, {QStringLiteral("allow_insecure_http"), true},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth}}));
        ConnectDialog plain(f.service(), QStringLiteral("test-plain-http"));
        plain.show();
        QVERIFY(plain.warnsAboutInsecureHttp());
        auto *warning = plain.findChild<QLabel *>(QStringLiteral("insecureLabel"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("idp.test.lan")));
        QVERIFY(warning->text().contains(QLatin1String("Unsafe")));
        QVERIFY(!warning->accessibleName().isEmpty());

        ConnectDialog safe(f.service(), QStringLiteral("github"));
        safe.show();
        QVERIFY(!safe.warnsAboutInsecureHttp());
        QVERIFY(!safe.findChild<QLabel *>(QStringLiteral("insecureLabel"))->isVisible());
    }

    void reconnectKeepsTheStoredSecretWhenLeftEmpty()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString sandbox = QStringLiteral("keyway-sandbox");
        // A new connection needs the client secret of the client credentials grant (RFC 6749 §4.4.2).
        ConnectDialog fresh(f.service(), sandbox);
        fresh.show();
        QVERIFY(fresh.selectMode(AuthMode::ClientCredentials));
        edit(fresh, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        QVERIFY(!connectButton(fresh)->isEnabled());
        QVERIFY(fresh.problems().join(QLatin1Char(' ')).contains(QLatin1String("secret")));
        QVERIFY(!edit(fresh, QStringLiteral("field_clientSecret"))->placeholderText().contains(QLatin1String("keep")));

        // Reconnecting: the core takes the stored secret when the field stays empty, and the field says so.
        ConnectDialog dialog(f.service(), sandbox);
        dialog.show();
        dialog.setReconnect(
            savedConnection(sandbox, QStringLiteral("oauth2_client_credentials"), ProviderConfig::ClientAuth::Basic));
        QCOMPARE(dialog.currentMode(), std::optional<AuthMode>(AuthMode::ClientCredentials));
        QLineEdit *secret = edit(dialog, QStringLiteral("field_clientSecret"));
        QVERIFY(secret);
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains(QLatin1String("keep the stored secret")));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QVERIFY(connectButton(dialog)->isEnabled());
        const ConnectRequest request = dialog.request();
        QCOMPARE(request.reconnectId, QStringLiteral("conn-1"));
        QCOMPARE(request.clientId, QStringLiteral("client-1"));
        QVERIFY(request.clientSecret.isEmpty());

        // Another client id is another client: the stored secret is not its secret.
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-2"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        secret->setText(QStringLiteral("s3cret"));
        QVERIFY(connectButton(dialog)->isEnabled());
        secret->clear();
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        QVERIFY(connectButton(dialog)->isEnabled());

        // A disconnected connection kept nothing: the secret is asked for again.
        ConnectDialog revoked(f.service(), sandbox);
        revoked.show();
        revoked.setReconnect(savedConnection(
            sandbox, QStringLiteral("oauth2_client_credentials"), ProviderConfig::ClientAuth::Basic, ConnectionStatus::Revoked));
        QVERIFY(!connectButton(revoked)->isEnabled());
        QVERIFY(!edit(revoked, QStringLiteral("field_clientSecret"))->placeholderText().contains(QLatin1String("keep")));
    }

    void reconnectKeepsTheStoredPrivateKey()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString sandbox = QStringLiteral("keyway-sandbox");
        ConnectDialog dialog(f.service(), sandbox);
        dialog.show();
        dialog.setReconnect(
            savedConnection(sandbox, QStringLiteral("oauth2_client_credentials"), ProviderConfig::ClientAuth::PrivateKeyJwt));
        // The client authenticates as it did, with the key kept in the keychain (RFC 7523 §2.2).
        QTRY_COMPARE(dialog.clientAuthMethod(), std::optional<ClientAuthMethod>(ClientAuthMethod::PrivateKeyJwt));
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate")));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QVERIFY(connectButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("field_privateKey_status"))->text().contains(QLatin1String("stored")));
        QVERIFY(dialog.request().privateKeyPem.isEmpty());
        QCOMPARE(dialog.request().clientAuthMethod, QStringLiteral("private_key_jwt"));

        // Switching to a secret the connection never had needs that secret.
        QVERIFY(dialog.setClientAuthMethod(ClientAuthMethod::ClientSecretPost));
        QTRY_VERIFY(edit(dialog, QStringLiteral("field_clientSecret")));
        QVERIFY(!connectButton(dialog)->isEnabled());

        // A new connection with private_key_jwt still needs a key.
        ConnectDialog fresh(f.service(), sandbox);
        fresh.show();
        QVERIFY(fresh.selectMode(AuthMode::ClientCredentials));
        edit(fresh, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        QVERIFY(fresh.setClientAuthMethod(ClientAuthMethod::PrivateKeyJwt));
        QTRY_VERIFY(fresh.findChild<QPushButton *>(QStringLiteral("field_privateKey_generate")));
        QVERIFY(!connectButton(fresh)->isEnabled());
        QVERIFY(fresh.problems().join(QLatin1Char(' ')).contains(QLatin1String("private key")));
    }

    void reconnectKeepsTheStoredApiKey()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("github"));
        dialog.show();
        dialog.setReconnect(
            savedConnection(QStringLiteral("github"), QStringLiteral("api_key"), ProviderConfig::ClientAuth::Basic));
        QCOMPARE(dialog.currentMode(), std::optional<AuthMode>(AuthMode::ApiKey));
        QVERIFY(edit(dialog, QStringLiteral("field_apiKey"))->placeholderText().contains(QLatin1String("keep")));
        QVERIFY(connectButton(dialog)->isEnabled());
        QVERIFY(dialog.request().apiKey.isEmpty());
    }

    void reconnectKeepsTheStoredAccountAndPassword()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("crisp"));
        dialog.show();
        dialog.setReconnect(savedConnection(QStringLiteral("crisp"), QStringLiteral("basic"), ProviderConfig::ClientAuth::Basic));
        QCOMPARE(dialog.currentMode(), std::optional<AuthMode>(AuthMode::Basic));
        // Both empty: the stored user name and password are used again.
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QVERIFY(edit(dialog, QStringLiteral("field_password"))->placeholderText().contains(QLatin1String("keep")));
        // Another user name is another account: its password is needed.
        edit(dialog, QStringLiteral("field_username"))->setText(QStringLiteral("someone-else"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        edit(dialog, QStringLiteral("field_password"))->setText(QStringLiteral("pw"));
        QVERIFY(connectButton(dialog)->isEnabled());
    }

    void unknownIntegrationSaysSoAndCannotConnect()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("no-such-thing"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(!dialog.problems().isEmpty());
    }

    // Issue 14: the redirect URI to register is shown with a Copy button, and the exact one registered at the
    // provider can be entered under Advanced: the shown URI follows it, a wrong one keeps Connect off with the
    // reason, and the request carries it.
    void redirectUriToRegisterCanBeCopiedAndChanged()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("openid-connect"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        auto *shown = edit(dialog, QStringLiteral("redirectShownEdit"));
        QVERIFY(shown->isVisible());
        QVERIFY(shown->isReadOnly());
        QCOMPARE(shown->text(), QStringLiteral("http://127.0.0.1/callback"));
        dialog.findChild<QToolButton *>(QStringLiteral("copyRedirectButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1/callback"));

        edit(dialog, QStringLiteral("var_issuer"))->setText(QStringLiteral("https://id.example.com"));
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        auto *redirect = edit(dialog, QStringLiteral("redirectEdit"));
        redirect->setText(QStringLiteral("http://127.0.0.1:27444/oauth/cb"));
        QCOMPARE(shown->text(), QStringLiteral("http://127.0.0.1:27444/oauth/cb"));
        QCOMPARE(dialog.request().redirectUri, QStringLiteral("http://127.0.0.1:27444/oauth/cb"));
        QVERIFY(!dialog.problems().join(QLatin1Char(' ')).contains(QLatin1String("redirect")));

        redirect->setText(QStringLiteral("https://app.example.com/callback"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY2(dialog.problems().join(QLatin1Char(' ')).contains(QLatin1String("cannot receive an https redirect")),
            qPrintable(dialog.problems().join(QLatin1Char(' '))));
        QCOMPARE(shown->text(), QStringLiteral("http://127.0.0.1/callback")); // the integration's until it is valid

        redirect->setText(QStringLiteral("io.keyway.app:/oauth2redirect"));
        QCOMPARE(shown->text(), QStringLiteral("io.keyway.app:/oauth2redirect"));

        // Not for modes without a browser redirect.
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QVERIFY(!shown->isVisible());
        QVERIFY(dialog.request().redirectUri.isEmpty());
    }

    // A provider that accepts no desktop redirect: the dialog says what works instead and Connect stays off, so
    // no browser tab is opened that leads nowhere.
    void noDesktopRedirectSaysWhatWorksInstead()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QJsonObject oauth {{QStringLiteral("authorization_url"), QStringLiteral("https://id.example.com/authorize")},
            {QStringLiteral("token_url"), QStringLiteral("https://id.example.com/token")},
            {QStringLiteral("redirect"),
                QJsonObject {{QStringLiteral("loopback"), QStringLiteral("none")},
                    {QStringLiteral("alternative"), QStringLiteral("Create a personal access token instead.")}}}};
        QVERIFY(f.addCustomIntegration(
            {{QStringLiteral("id"), QStringLiteral("no-desktop")}, {QStringLiteral("name"), QStringLiteral("No Desktop")},
                {QStringLiteral("category"), QStringLiteral("generic")}, {QStringLiteral("description"), QStringLiteral("Test")},
                {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
                {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
                {QStringLiteral("oauth"), oauth}}));
        ConnectDialog dialog(f.service(), QStringLiteral("no-desktop"));
        dialog.show();
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("client-1"));
        edit(dialog, QStringLiteral("field_clientSecret"))->setText(QStringLiteral("secret-1"));
        QVERIFY(!edit(dialog, QStringLiteral("redirectShownEdit"))->isVisible());
        const QString note = dialog.findChild<QLabel *>(QStringLiteral("redirectNoteLabel"))->text();
        QVERIFY2(note.contains(QLatin1String("does not allow desktop redirects")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("Create a personal access token instead.")), qPrintable(note));
        QVERIFY(!connectButton(dialog)->isEnabled());
        // The user's own registered redirect (an app redirect the provider does accept) lifts it.
        edit(dialog, QStringLiteral("redirectEdit"))->setText(QStringLiteral("io.keyway.app:/oauth2redirect"));
        QVERIFY2(connectButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char(' '))));
    }

    void reconnectShowsTheRedirectUriItWasMadeWith()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectionRecord record = savedConnection(
            QStringLiteral("openid-connect"), QStringLiteral("oauth2_authorization_code"), ProviderConfig::ClientAuth::None);
        ConnectionSettings settings = ConnectionSettings::fromJson(record.settings);
        settings.redirectUri = QStringLiteral("http://127.0.0.1:27445/callback");
        record.settings = settings.toJson();
        ConnectDialog dialog(f.service(), QStringLiteral("openid-connect"));
        dialog.setReconnect(record);
        QCOMPARE(edit(dialog, QStringLiteral("redirectEdit"))->text(), QStringLiteral("http://127.0.0.1:27445/callback"));
        QCOMPARE(edit(dialog, QStringLiteral("redirectShownEdit"))->text(), QStringLiteral("http://127.0.0.1:27445/callback"));
    }
    // Issue 16, "Permissions": the defaults come ticked, ticking one more keeps them (ticking offline_access alone
    // used to request just offline_access), and the form says exactly which scopes will be requested.
    void permissionsStartFromTheDefaultsAndAddUp()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("keyway-sandbox"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("scopeList"));
        auto *resolved = dialog.findChild<QLabel *>(QStringLiteral("resolvedScopesLabel"));
        const auto item = [list](const char *id) -> QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String(id))
                    return list->item(i);
            return nullptr;
        };
        for (const char *id : {"openid", "user_profile_read", "user_email_read", "offline_access", "crm_contact_read"})
            QVERIFY2(item(id) && item(id)->checkState() == Qt::Checked, id);
        QVERIFY(item("crm_contact_write")->checkState() == Qt::Unchecked);
        item("offline_access")->setCheckState(Qt::Unchecked);
        item("offline_access")->setCheckState(Qt::Checked);
        item("crm_contact_write")->setCheckState(Qt::Checked);
        const ScopeResolution requested
            = ConnectionPlanner::requestedScopes(*f.service().catalog().find(QStringLiteral("keyway-sandbox")),
                AuthMode::AuthorizationCode, f.service().catalog().vocabulary(), dialog.request().scopes);
        for (const char *scope : {"openid", "profile", "email", "offline_access", "contacts.read", "contacts.write"}) {
            QVERIFY2(requested.providerScopes.contains(QLatin1String(scope)),
                qPrintable(requested.providerScopes.join(QLatin1Char(' '))));
            QVERIFY2(resolved->text().contains(QLatin1String(scope)), qPrintable(resolved->text()));
        }
        QVERIFY2(resolved->text().startsWith(QLatin1String("Will request exactly")), qPrintable(resolved->text()));
    }

    // Issue 16: Reconnect starts from the scopes the connection was granted, mapped as a new connection's are.
    void reconnectStartsFromTheGrantedScopes()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectionRecord r = savedConnection(
            QStringLiteral("keyway-sandbox"), QStringLiteral("oauth2_authorization_code"), ProviderConfig::ClientAuth::None);
        r.requestedScopes
            = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("calendar.read"), QStringLiteral("profile")};
        r.grantedScopes = {
            QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("calendar.read"), QStringLiteral("custom.scope")};
        ConnectDialog dialog(f.service(), QStringLiteral("keyway-sandbox"));
        dialog.setReconnect(r);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("scopeList"));
        QStringList ticked;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ticked << list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(ticked,
            (QStringList {QStringLiteral("openid"), QStringLiteral("user_email_read"), QStringLiteral("calendar_event_read")}));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("extraScopesEdit"))->text(), QStringLiteral("custom.scope"));
    }

    // Issue 16, "Public clients": the sandbox's published public client needs nothing typed and says so, with the
    // client authentication that will actually be used (none); another client gets its choice and a secret field;
    // the client credentials grant never takes the public client.
    void aPublicClientShowsWhatWillBeUsed()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("keyway-sandbox"));
        dialog.show();
        QVERIFY(dialog.selectMode(AuthMode::AuthorizationCode));
        QCOMPARE(edit(dialog, QStringLiteral("field_clientId"))->text(), QStringLiteral("keyway-sandbox"));
        QVERIFY(!edit(dialog, QStringLiteral("field_clientSecret"))->isVisibleTo(&dialog));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("field_clientAuth"))->isVisibleTo(&dialog));
        QVERIFY(!dialog.offersClientAuthChoice());
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("clientNote"));
        QVERIFY(note->isVisibleTo(&dialog));
        QVERIFY2(note->text().contains(QLatin1String("none")) && note->text().contains(QLatin1String("nothing to type")),
            qPrintable(note->text()));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("modeHintLabel"));
        QVERIFY2(hint->text().startsWith(QLatin1String("Nothing to register")), qPrintable(hint->text()));
        QVERIFY2(connectButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QCOMPARE(dialog.request().clientId, QStringLiteral("keyway-sandbox"));
        QVERIFY(dialog.request().clientAuthMethod.isEmpty());

        // A client of one's own: its secret and how it authenticates.
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("my-app"));
        QVERIFY(edit(dialog, QStringLiteral("field_clientSecret"))->isVisibleTo(&dialog));
        QVERIFY(dialog.offersClientAuthChoice());
        QVERIFY(!note->isVisibleTo(&dialog));
        QVERIFY2(hint->text().startsWith(QLatin1String("You need a client ID")), qPrintable(hint->text()));

        // Client credentials needs a confidential client: the public client id does not follow.
        edit(dialog, QStringLiteral("field_clientId"))->setText(QStringLiteral("keyway-sandbox"));
        QVERIFY(dialog.selectMode(AuthMode::ClientCredentials));
        QVERIFY(edit(dialog, QStringLiteral("field_clientId"))->text().isEmpty());
        QVERIFY(edit(dialog, QStringLiteral("field_clientSecret"))->isVisibleTo(&dialog));
        QVERIFY(!connectButton(dialog)->isEnabled());
    }

    // Issue 16: copy buttons say they copied.
    void copyButtonsSayTheyCopied()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        ConnectDialog dialog(f.service(), QStringLiteral("keyway-sandbox"));
        dialog.show();
        auto *copy = dialog.findChild<QToolButton *>(QStringLiteral("copyRedirectButton"));
        const QString before = copy->text();
        copy->click();
        QCOMPARE(
            QGuiApplication::clipboard()->text(), dialog.findChild<QLineEdit *>(QStringLiteral("redirectShownEdit"))->text());
        QCOMPARE(copy->text(), CopyFeedback::copiedText());
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), before, 5000);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "TestConnectDialog.moc"
