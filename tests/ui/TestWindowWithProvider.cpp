// The main window driven like a user against a real OpenID Provider (oidc-provider on loopback, the peer of the
// flow tests), a scripted browser that signs in and consents, and the real Secret Service (tests/with-keyring.sh):
// find the integration, connect through the dialog, see the account and expiry, refresh, send a request from the
// console, check the id_token's signature in the inspector, export a redacted bundle, reconnect without typing
// the secret again, disconnect (revoked at the provider) and remove the connection. Then DPoP and mutual TLS
// (RFC 8705, against a second oidc-provider over https asking for client certificates) from the connect dialog,
// and pushed and rich authorization requests and token exchange (a third, requiring PAR) from the window.
#include "ConsoleCall.h"
#include "MainWindow.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "Screenshot.h"
#include "TestCertificates.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "connect/ClientCertificatePanel.h"
#include "connect/ConnectDialog.h"
#include "connect/ConnectFormPage.h"
#include "connection/ConnectionPage.h"
#include "console/RequestConsole.h"
#include "core/ConnectionSettings.h"
#include "http/TlsConfig.h"
#include "inspector/TokenExchangeDialog.h"
#include "inspector/TokenInspector.h"
#include "inspector/TokenView.h"
#include "integrations/IntegrationPage.h"
#include "timeline/BundlePreviewDialog.h"
#include "timeline/TimelineView.h"
#include "widgets/MessagePanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestWindowWithProvider : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    QTemporaryDir m_mtlsDir; // the test CA, the server's and the client's certificates (TestCertificates)
    test::PeerProcess m_mtlsPeer; // oidc-server.mjs --mtls-dir: https, asks every client for a certificate
    test::PeerProcess m_parPeer; // --par required --rar --token-exchange: every sign-in pushed first (RFC 9126)
    std::unique_ptr<UiFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;
    QString m_out;
    QList<QByteArray> m_seenSecrets;
    QString m_exactRedirect;

    static constexpr const char *kSecret = "basic-secret";

    ConnectionService &service() const { return m_f->service(); }
    ConnectionPage *page() const { return m_window->connectionPage(); }
    template <typename T> T *child(QObject *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QString pageText(const char *label) const { return child<QLabel>(page(), label)->text(); }

    // The local provider as a user would describe it in a custom integration file.
    QJsonObject localProvider() const
    {
        const QString issuer = m_peer.issuer();
        const QJsonObject oauth {{QStringLiteral("issuer"), issuer},
            {QStringLiteral("authorization_url"), issuer + QStringLiteral("/auth")},
            {QStringLiteral("token_url"), issuer + QStringLiteral("/token")},
            {QStringLiteral("revocation_url"), issuer + QStringLiteral("/token/revocation")},
            {QStringLiteral("introspection_url"), issuer + QStringLiteral("/token/introspection")},
            {QStringLiteral("userinfo_url"), issuer + QStringLiteral("/me")},
            {QStringLiteral("jwks_url"), issuer + QStringLiteral("/jwks")},
            {QStringLiteral("scopes"),
                QJsonArray {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
                    QStringLiteral("offline_access")}},
            {QStringLiteral("client_auth"), QStringLiteral("client_secret_basic")}, {QStringLiteral("pkce"), true},
            {QStringLiteral("openid"), true}};
        return {{QStringLiteral("id"), QStringLiteral("local-idp")},
            {QStringLiteral("name"), QStringLiteral("Local Identity Provider")},
            {QStringLiteral("category"), QStringLiteral("identity")},
            {QStringLiteral("description"), QStringLiteral("oidc-provider on loopback, as in the flow tests.")},
            {QStringLiteral("docs"), QStringLiteral("https://github.com/panva/node-oidc-provider")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth},
            // As openid-connect.json does. (Without it, "openid" typed as a raw scope is taken for the unified
            // scope of that name, which this integration would not map, and dropped: see the report of issue 6.)
            {QStringLiteral("unified_scopes"),
                QJsonObject {{QStringLiteral("openid"), QJsonArray {QStringLiteral("openid")}},
                    {QStringLiteral("offline_access"), QJsonArray {QStringLiteral("offline_access")}}}},
            {QStringLiteral("api"),
                QJsonObject {{QStringLiteral("base_url"), issuer},
                    {QStringLiteral("whoami"),
                        QJsonObject {{QStringLiteral("url"), issuer + QStringLiteral("/me")},
                            {QStringLiteral("account_field"), QStringLiteral("email")}}}}}};
    }

    // A provider added by its issuer alone, as `keyway integrations add --issuer` does: the connect dialog reads its
    // metadata. `oauth` adds to the issuer, the usual scopes, openid and the client authentication.
    static QJsonObject issuerOnlyProvider(const QString &id, const QString &name, const QString &description,
        const QString &issuer, const QString &clientAuth, const QJsonObject &oauthExtra = {})
    {
        QJsonObject oauth {{QStringLiteral("issuer"), issuer},
            {QStringLiteral("scopes"),
                QJsonArray {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")}},
            {QStringLiteral("client_auth"), clientAuth}, {QStringLiteral("openid"), true}};
        for (auto it = oauthExtra.begin(); it != oauthExtra.end(); ++it)
            oauth.insert(it.key(), it.value());
        return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
            {QStringLiteral("category"), QStringLiteral("identity")}, {QStringLiteral("description"), description},
            {QStringLiteral("docs"), QStringLiteral("https://github.com/panva/node-oidc-provider")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth},
            {QStringLiteral("unified_scopes"),
                QJsonObject {{QStringLiteral("openid"), QJsonArray {QStringLiteral("openid")}},
                    {QStringLiteral("offline_access"), QJsonArray {QStringLiteral("offline_access")}}}},
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), issuer}}}};
    }

    // The same provider added by its issuer alone, as `keyway integrations add --issuer` does: the connect dialog
    // reads its metadata (DPoP algorithms listed) and offers DPoP. keyway-dpop is a public client whose tokens must
    // be DPoP-bound (TestDpop).
    QJsonObject localDpopProvider() const
    {
        return issuerOnlyProvider(QStringLiteral("dpop-test-idp"), QStringLiteral("DPoP Test Provider"),
            QStringLiteral("oidc-provider found by its issuer, DPoP offered."), m_peer.issuer(), QStringLiteral("none"));
    }

    // The mutual TLS provider added by its issuer alone; its client keyway-mtls authenticates with its certificate
    // (tls_client_auth), and its tokens are bound to it (TestMutualTls).
    QJsonObject localMtlsProvider() const
    {
        return issuerOnlyProvider(QStringLiteral("mtls-test-idp"), QStringLiteral("Mutual TLS Test Provider"),
            QStringLiteral("oidc-provider over https, asking for client certificates."), m_mtlsPeer.issuer(),
            QStringLiteral("tls_client_auth"));
    }

    // The pushed-authorization provider found by its issuer alone: its metadata requires PAR, and the integration
    // file asks for authorization details (RFC 9396), as a bank's would. keyway-basic may exchange tokens.
    QJsonObject localParProvider() const
    {
        return issuerOnlyProvider(QStringLiteral("par-test-idp"), QStringLiteral("Pushed Requests Test Provider"),
            QStringLiteral("oidc-provider requiring pushed authorization requests."), m_parPeer.issuer(),
            QStringLiteral("client_secret_basic"), {{QStringLiteral("authorization_details"), accountDetails()}});
    }

    static QJsonArray accountDetails()
    {
        return QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("account_information")},
            {QStringLiteral("actions"), QJsonArray {QStringLiteral("list_accounts"), QStringLiteral("read_balances")}},
            {QStringLiteral("locations"), QJsonArray {QStringLiteral("https://bank.example.test/accounts")}}}};
    }

    // RFC 7662 introspection of `token` at `peer`, asked by its confidential client keyway-basic.
    static QJsonObject introspect(const test::PeerProcess &peer, const QByteArray &token)
    {
        QNetworkRequest r(QUrl(peer.issuer() + QStringLiteral("/token/introspection")));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        r.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("keyway-basic:basic-secret").toBase64());
        QNetworkAccessManager network;
        QNetworkReply *reply = network.post(r, "token=" + QUrl::toPercentEncoding(QString::fromLatin1(token)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject info = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return info;
    }

    // introspection's cnf "x5t#S256" of `token`, asked by another client of the mutual TLS provider (RFC 7662).
    QString boundThumbprint(const QByteArray &token)
    {
        return introspect(m_mtlsPeer, token).value(QStringLiteral("cnf")).toObject().value(QStringLiteral("x5t#S256")).toString();
    }

    QString clientThumbprint() const
    {
        const QSslCertificate certificate(test::TestCertificates(m_mtlsDir.path()).read(QStringLiteral("client.pem")), QSsl::Pem);
        return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    StoredCredentials credentials()
    {
        StoredCredentials result;
        bool done = false;
        service().credentials(m_id, this, [&](const Result<StoredCredentials> &answer) {
            const StoredCredentials c = answer ? answer.value() : StoredCredentials();
            result = c;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        for (const QByteArray &s : {result.tokens.accessToken, result.tokens.refreshToken, result.tokens.idToken})
            if (!s.isEmpty() && !m_seenSecrets.contains(s))
                m_seenSecrets << s;
        return result;
    }

    bool screenshot(const QString &name) { return keyway::test::saveScreenshot(m_window.get(), name); }

    // The dialog closes itself (and is deleted) once connected: read its error only while it exists.
    static bool failedIn(const QPointer<ConnectDialog> &dialog) { return dialog && dialog->errorPanel()->isVisible(); }
    static QString errorIn(const QPointer<ConnectDialog> &dialog)
    {
        return dialog ? dialog->errorPanel()->text() + QStringLiteral(" | ") + dialog->errorPanel()->detail() : QString();
    }

    // Answers the next confirmation box called `boxName` inside the connection page by pressing `buttonName`.
    bool confirm(const char *boxName, const char *buttonName)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = child<QMessageBox>(page(), boxName)) && box->isVisible(); }, 5000))
            return false;
        auto *button = child<QPushButton>(box, buttonName);
        if (!button)
            return false;
        button->click();
        return true;
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        test::resetTestHome();
        m_out = qEnvironmentVariable("KEYWAY_TEST_OUTPUT");
        if (!m_out.isEmpty())
            QDir().mkpath(m_out);
        // keyway-exact: a client whose redirect URI the provider compares exactly, port included (issue 14).
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
            m_exactRedirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(probe.serverPort());
        }
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exact-redirect-uri"), m_exactRedirect});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_mtlsDir.isValid());
        QVERIFY(test::TestCertificates(m_mtlsDir.path()).make());
        const QString ca = test::TestCertificates(m_mtlsDir.path()).file(QStringLiteral("ca.pem"));
        QVERIFY(TlsConfig::addCaCertificates({ca}).isEmpty()); // this process trusts the test CA...
        qputenv("NODE_EXTRA_CA_CERTS", ca.toLocal8Bit()); // ...and so does the scripted browser
        const QString mtlsError
            = m_mtlsPeer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--mtls-dir"), m_mtlsDir.path()});
        QVERIFY2(mtlsError.isEmpty(), qPrintable(mtlsError));
        const QString parError = m_parPeer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--par"), QStringLiteral("required"), QStringLiteral("--rar"), QStringLiteral("--token-exchange")});
        QVERIFY2(parError.isEmpty(), qPrintable(parError));
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        qputenv("KEYWAY_BROWSER", test::scriptedBrowserCommand().toUtf8());
        m_f = std::make_unique<UiFixture>(QStringLiteral("keyway-window-test-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY2(m_f->ok(), qPrintable(m_f->error));
        QVERIFY(m_f->addCustomIntegration(localProvider()));
        QVERIFY(m_f->addCustomIntegration(localDpopProvider()));
        QVERIFY(m_f->addCustomIntegration(localMtlsProvider()));
        QVERIFY(m_f->addCustomIntegration(localParProvider()));
        m_window = std::make_unique<MainWindow>(service());
        m_window->resize(1200, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_f.reset();
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        qunsetenv("KEYWAY_BROWSER");
        qunsetenv("NODE_EXTRA_CA_CERTS");
        m_peer.stop();
        m_mtlsPeer.stop();
        m_parPeer.stop();
    }

    void findsTheIntegrationBySearching()
    {
        auto *search = child<QLineEdit>(m_window.get(), "searchEdit");
        auto *list = child<QListView>(m_window.get(), "integrationList");
        QTest::keyClicks(search, QStringLiteral("local identity"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        // Enter in the search field moves into the list and selects the first match.
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        QVERIFY(
            child<QLabel>(m_window->integrationPage(), "nameLabel")->text().contains(QLatin1String("Local Identity Provider")));
    }

    void connectsThroughTheDialog()
    {
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientId"), QStringLiteral("keyway-basic"));
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientSecret"), QLatin1String(kSecret));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Alice at the local IdP"));
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY(connectButton->isEnabled());
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        m_id = added.first().first().toString();
        m_seenSecrets << kSecret;
        // The window goes to the new connection and says which account it signed in as (issue 15.4).
        QTRY_COMPARE(page()->connectionId(), m_id);
        QVERIFY2(m_window->statusBar()->currentMessage() == QLatin1String("Connected as alice@example.test."),
            qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(), static_cast<QWidget *>(page()));
    }

    void showsTheAccountAndExpiry()
    {
        QVERIFY(!m_id.isEmpty());
        QVERIFY2(pageText("accountLabel").contains(QLatin1String("alice@example.test")), qPrintable(pageText("accountLabel")));
        QVERIFY(pageText("accountLabel").contains(QLatin1String("subject alice")));
        QCOMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
        QVERIFY2(pageText("expiresLabel").startsWith(QLatin1String("expires in")), qPrintable(pageText("expiresLabel")));
        QCOMPARE(pageText("titleLabel"), QStringLiteral("Alice at the local IdP"));
        QVERIFY(pageText("fingerprintLabel").startsWith(QLatin1String("sha256:")));
        auto *scopes = child<QTableWidget>(page(), "scopesTable");
        QStringList granted;
        for (int row = 0; row < scopes->rowCount(); ++row)
            granted << scopes->item(row, 0)->text();
        QVERIFY2(granted.contains(QLatin1String("openid")) && granted.contains(QLatin1String("offline_access")),
            qPrintable(granted.join(QLatin1Char(' '))));
        QVERIFY(screenshot(QStringLiteral("30-connection-real-provider")));
    }

    void refreshNowRenewsTheToken()
    {
        const QString fingerprint = pageText("fingerprintLabel");
        const QByteArray before = credentials().tokens.accessToken;
        auto *refresh = child<QPushButton>(page(), "refreshButton");
        QVERIFY(refresh->isEnabled());
        refresh->click();
        QTRY_VERIFY_WITH_TIMEOUT(pageText("fingerprintLabel") != fingerprint, 30000);
        QTRY_VERIFY(refresh->isEnabled());
        QCOMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
        QVERIFY(pageText("expiresLabel").startsWith(QLatin1String("expires in")));
        QVERIFY(credentials().tokens.accessToken != before);
    }

    void requestConsoleReachesUserinfo()
    {
        const test::ConsoleAnswer answer = test::getFromConsole(page(), m_peer.issuer() + QStringLiteral("/me"));
        QVERIFY2(answer.problem.isEmpty(), qPrintable(answer.problem));
        QVERIFY2(answer.status.contains(QLatin1String("200")), qPrintable(answer.status));
        const QJsonObject json = answer.json();
        QCOMPARE(json.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.test"));
        // The credential was applied, and shown masked: the token is nowhere on screen.
        const QByteArray token = credentials().tokens.accessToken;
        QVERIFY(!child<QLabel>(page()->console(), "credentialNote")->text().contains(QString::fromUtf8(token)));
        QCOMPARE(service().history(m_id).size(), 1);
    }

    void tokenInspectorChecksTheIdTokenSignature()
    {
        TokenInspector *inspector = page()->inspector();
        child<QTabWidget>(page(), "tabs")->setCurrentWidget(inspector);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isLoaded(), 20000);
        TokenView *idView = inspector->idView();
        QVERIFY(idView->isVisible());
        QVERIFY(idView->isJwt());
        QTRY_VERIFY_WITH_TIMEOUT(idView->signatureStatus() != TokenView::Signature::Checking, 20000);
        QVERIFY2(idView->signatureStatus() == TokenView::Signature::Valid, qPrintable(idView->signatureText()));
        QVERIFY(idView->signatureText().contains(QLatin1String("valid")));
        // Masked until revealed.
        QVERIFY(!idView->isRevealed());
        QVERIFY(!idView->displayedText().contains(QLatin1Char('.')));
        // The claims are decoded: the subject and the issuer are there.
        auto *claims = child<QTreeWidget>(idView, "idClaimsTree");
        const auto subject = claims->findItems(QStringLiteral("sub"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(subject.size(), 1);
        QVERIFY(subject.first()->text(1).contains(QLatin1String("alice")));
        const auto issuer = claims->findItems(QStringLiteral("iss"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(issuer.size(), 1);
        QVERIFY(issuer.first()->text(1).contains(m_peer.issuer()));
        QVERIFY(screenshot(QStringLiteral("31-tokens-real-provider")));
    }

    // Issue 16: the bundle is shown before it is saved, says which personal data it holds and can leave it out,
    // names Keyway's and Qt's versions, the platform and the secret store, and says where it was saved.
    void diagnosticBundleHasNoToken()
    {
        TimelineView *timeline = page()->timeline();
        child<QTabWidget>(page(), "tabs")->setCurrentWidget(timeline);
        child<QPushButton>(timeline, "exportButton")->click();
        QPointer<BundlePreviewDialog> preview;
        QTRY_VERIFY((preview = page()->findChild<BundlePreviewDialog *>()) && preview->isVisible());
        QTRY_VERIFY(!preview->isLoading());
        const QString contents = child<QLabel>(preview, "contentsLabel")->text();
        QVERIFY2(contents.contains(QLatin1String(KEYWAY_VERSION)) && contents.contains(QString::fromLatin1(qVersion()))
                && contents.contains(QLatin1String("Secret Service")),
            qPrintable(contents));
        const QString personal = child<QLabel>(preview, "personalLabel")->text();
        QVERIFY2(personal.contains(QLatin1String("alice@example.test")), qPrintable(personal));
        preview->resize(900, 760);
        QApplication::processEvents();
        QVERIFY(keyway::test::saveScreenshot(preview, QStringLiteral("33-bundle-preview")));

        // Left out on request: nowhere in what is saved.
        child<QCheckBox>(preview, "leaveOutCheck")->setChecked(true);
        QTRY_VERIFY(!preview->isLoading());
        QVERIFY(!child<QPlainTextEdit>(preview, "previewEdit")->toPlainText().contains(QLatin1String("alice@example.test")));
        QSignalSpy saved(preview.data(), &BundlePreviewDialog::saved);
        child<QPushButton>(preview, "saveButton")->click();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = preview->findChild<QFileDialog *>(QStringLiteral("saveBundleDialog"))) != nullptr);
        const QString lessPath = m_f->dir.filePath(QStringLiteral("bundle-without-personal-data.json"));
        emit dialog->fileSelected(lessPath);
        QTRY_COMPARE(saved.count(), 1);
        dialog->close();
        QFile less(lessPath);
        QVERIFY(less.open(QIODevice::ReadOnly));
        QVERIFY(!less.readAll().contains("alice@example.test"));
        QVERIFY2(child<MessagePanel>(preview, "messagePanel")->text().contains(QLatin1String("Saved to")),
            qPrintable(child<MessagePanel>(preview, "messagePanel")->text()));
        QVERIFY(child<QPushButton>(preview, "showFolderButton"));

        // Kept, it is the account's bundle; either way no secret is in it.
        child<QCheckBox>(preview, "leaveOutCheck")->setChecked(false);
        QTRY_VERIFY(!preview->isLoading());
        child<QPushButton>(preview, "saveButton")->click();
        QTRY_VERIFY((dialog = preview->findChild<QFileDialog *>(QStringLiteral("saveBundleDialog"))) != nullptr);
        const QString path = m_f->dir.filePath(QStringLiteral("bundle.json"));
        emit dialog->fileSelected(path);
        QTRY_COMPARE(saved.count(), 2);
        dialog->close();
        preview->close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value(QStringLiteral("connection")).toObject().value(QStringLiteral("account")).toString(),
            QStringLiteral("alice@example.test"));
        QCOMPARE(bundle.value(QStringLiteral("environment")).toObject().value(QStringLiteral("qt_version")).toString(),
            QString::fromLatin1(qVersion()));
        QStringList steps;
        for (const QJsonValue &e : bundle.value(QStringLiteral("events")).toArray())
            steps << e.toObject().value(QStringLiteral("step")).toString();
        for (const char *step : {"token_exchange", "refresh"})
            QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps.join(QLatin1Char(','))));
        credentials();
        for (const QByteArray &secret : std::as_const(m_seenSecrets))
            QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toBase64()), "a secret is in the bundle");
    }

    // Reconnecting from the page: the dialog comes filled in, the secret field is left empty and the client
    // secret kept in the keychain is used.
    void reconnectKeepsTheStoredSecret()
    {
        const QByteArray before = credentials().tokens.accessToken;
        child<QTabWidget>(page(), "tabs")->setCurrentIndex(0); // back to the overview and its actions
        child<QPushButton>(page(), "reconnectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "field_clientId")->text(), QStringLiteral("keyway-basic"));
        QVERIFY(child<QLineEdit>(dialog, "field_clientSecret")->text().isEmpty());
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        QSignalSpy changed(&service(), &ConnectionService::connectionChanged);
        QSignalSpy connected(dialog, &ConnectDialog::connected);
        child<QPushButton>(dialog, "connectButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(connected.count() == 1, qPrintable(errorIn(dialog)));
        QCOMPARE(connected.first().first().toString(), m_id);
        QCOMPARE(service().connections().size(), 1);
        const StoredCredentials after = credentials();
        QCOMPARE(after.client.clientSecret, QByteArray(kSecret));
        QVERIFY(after.tokens.accessToken != before);
        QTRY_COMPARE(pageText("statusLabel"), QStringLiteral("Connected"));
    }

    void disconnectRevokesAtTheProvider()
    {
        const QByteArray token = credentials().tokens.accessToken;
        QCOMPARE(test::ProviderCounters::userinfoStatus(m_peer, token), 200);
        child<QPushButton>(page(), "disconnectButton")->click();
        QVERIFY(confirm("disconnectConfirmation", "confirmDisconnectButton"));
        QTRY_COMPARE_WITH_TIMEOUT(pageText("statusLabel"), QStringLiteral("Revoked"), 30000);
        QCOMPARE(test::ProviderCounters::userinfoStatus(m_peer, token), 401);
        QVERIFY(child<QPushButton>(page(), "removeButton")->isVisible());
        QVERIFY(!child<QPushButton>(page(), "disconnectButton")->isVisible());
        QVERIFY(!child<QPushButton>(page(), "refreshButton")->isEnabled());
        QVERIFY(pageText("fingerprintLabel") == QStringLiteral("None"));
        // The timeline is kept and says what happened.
        QStringList steps;
        for (const ConnectionEvent &e : service().events(m_id))
            steps << e.step;
        QVERIFY(steps.contains(QLatin1String("revoke")));
        QVERIFY(steps.contains(QLatin1String("disconnect")));
        QVERIFY(screenshot(QStringLiteral("32-connection-revoked")));
    }

    void removeForgetsTheConnection()
    {
        child<QPushButton>(page(), "removeButton")->click();
        QVERIFY(confirm("removeConfirmation", "confirmRemoveButton"));
        QTRY_VERIFY(!service().connection(m_id));
        QVERIFY(service().events(m_id).isEmpty());
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        // The integration lists no connection any more.
        QTRY_COMPARE(child<QAbstractItemView>(m_window->integrationPage(), "connectionsView")->model()->rowCount(), 0);
        bool read = false;
        Error readError;
        m_f->context->secrets().read(QStringLiteral("connection/") + m_id, [&](const QByteArray &, const Error &e) {
            readError = e;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(readError.code, QStringLiteral("not_found"));
    }

    // Issue 14: a provider that compares the redirect URI exactly. The dialog shows the redirect URI to register,
    // with Copy; the user enters the one registered (with its port) under Advanced, and Keyway listens exactly there.
    void connectsWithTheExactRedirectUriRegistered()
    {
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        auto *shown = child<QLineEdit>(dialog, "redirectShownEdit");
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), QStringLiteral("http://127.0.0.1/callback")); // the integration's: any port
        // keyway-exact is a public client: no secret, PKCE.
        auto *clientAuth = child<QComboBox>(dialog, "field_clientAuth");
        QVERIFY(clientAuth);
        clientAuth->setCurrentIndex(clientAuth->findData(QStringLiteral("none")));
        QTRY_VERIFY(!child<QLineEdit>(dialog, "field_clientSecret")->isVisibleTo(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientId"), QStringLiteral("keyway-exact"));
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        child<QToolButton>(dialog, "advancedToggle")->click();
        auto *redirect = child<QLineEdit>(dialog, "redirectEdit");
        QVERIFY(redirect->isVisible());
        QTest::keyClicks(redirect, m_exactRedirect);
        QCOMPARE(shown->text(), m_exactRedirect);
        child<QToolButton>(dialog, "copyRedirectButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_exactRedirect);
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        const QString id = added.first().first().toString();
        const ConnectionSettings settings = ConnectionSettings::fromJson(service().connection(id)->settings);
        QCOMPARE(settings.redirectUri, m_exactRedirect);
        QCOMPARE(settings.provider.redirectPort, int(QUrl(m_exactRedirect).port()));
    }

    // "Sign in on another device" (issue 21): the waiting page shows the sign-in address, the browser on the other
    // device signs in and ends on an address it cannot load, and the address pasted back finishes the sign-in
    // through the same core path as `keyway connect --no-browser`; one with another sign-in's state is refused.
    void signsInOnAnotherDevice()
    {
        m_window->showIntegration(QStringLiteral("local-idp"));
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientId"), QStringLiteral("keyway-basic"));
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientSecret"), QLatin1String(kSecret));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Signed in elsewhere"));
        // No browser on this computer: the command opens nothing.
        child<QLineEdit>(dialog, "browserEdit")->setText(QStringLiteral("true"));
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();

        auto *elsewhere = child<QPushButton>(dialog, "elsewhereButton");
        QTRY_VERIFY(elsewhere->isVisible() && elsewhere->isEnabled());
        auto *pane = child<QWidget>(dialog, "elsewherePane");
        QVERIFY(!pane->isVisible());
        elsewhere->click();
        QVERIFY(pane->isVisible());
        auto *shownUrl = child<QLineEdit>(dialog, "authorizationUrlEdit");
        QTRY_VERIFY(shownUrl->text().startsWith(m_peer.issuer() + QStringLiteral("/auth?")));
        child<QPushButton>(dialog, "copyAuthorizationUrlButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), shownUrl->text());

        // The browser on the other device.
        QProcess browser;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QStringLiteral("hand-over"));
        browser.setProcessEnvironment(env);
        browser.start(test::nodeProgram(), {test::peersDir() + QStringLiteral("/browser.mjs"), shownUrl->text()});
        QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, 30000);
        const QUrl ended(QString::fromUtf8(browser.readAllStandardOutput()).trimmed());
        QVERIFY2(QUrlQuery(ended).hasQueryItem(QStringLiteral("code")), browser.readAllStandardError().constData());

        // Another sign-in's state is refused, the wait goes on, nothing is added.
        QUrl stray = ended;
        QUrlQuery strayQuery(stray);
        strayQuery.removeQueryItem(QStringLiteral("state"));
        strayQuery.addQueryItem(QStringLiteral("state"), QStringLiteral("another-sign-in"));
        stray.setQuery(strayQuery);
        auto *paste = child<QLineEdit>(dialog, "pastedAddressEdit");
        auto *finish = child<QPushButton>(dialog, "finishSignInButton");
        QVERIFY(!finish->isEnabled());
        paste->setText(stray.toString(QUrl::FullyEncoded));
        QVERIFY(finish->isEnabled());
        finish->click();
        auto *refused = child<QLabel>(dialog, "pasteErrorLabel");
        QVERIFY2(refused->text().contains(QStringLiteral("another sign-in")), qPrintable(refused->text()));
        QVERIFY(dialog->isVisible() && pane->isVisible());
        QCOMPARE(added.count(), 0);
        QVERIFY(keyway::test::saveScreenshot(dialog, QStringLiteral("34-sign-in-on-another-device")));

        // The real address, as the address bar shows it (without "http://"), finishes the sign-in.
        paste->setText(ended.toString(QUrl::FullyEncoded).mid(QStringLiteral("http://").size()));
        QTest::keyClick(paste, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        QCOMPARE(service().connection(added.first().first().toString())->accountLabel, QStringLiteral("alice@example.test"));
    }

    // Issue 20: DPoP from the window. The dialog offers it because the provider's metadata lists DPoP algorithms;
    // checked, the connection gets its own key pair, its tokens are bound to it, a refresh and a userinfo call from
    // the console carry proofs, and the Tokens tab says the token is bound to this device's key.
    void connectsWithDpopCheckedInTheDialog()
    {
        m_window->showIntegration(QStringLiteral("dpop-test-idp"));
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        auto *dpop = child<QCheckBox>(dialog, "dpopCheck");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->form()->isDiscovering(), 20000);
        QVERIFY(dpop->isVisible());
        QVERIFY(dpop->isEnabled());
        QVERIFY(!dpop->isChecked());
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientId"), QStringLiteral("keyway-dpop"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Bound to this computer"));
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        dpop->click();
        QVERIFY(dpop->isChecked());
        QCOMPARE(dialog->request().dpop, 1);
        QVERIFY(keyway::test::saveScreenshot(dialog, QStringLiteral("35-connect-dpop")));
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        m_id = added.first().first().toString();
        QTRY_COMPARE(page()->connectionId(), m_id);
        const ConnectionSettings settings = ConnectionSettings::fromJson(service().connection(m_id)->settings);
        QCOMPARE(settings.provider.dpopAlgorithm, QStringLiteral("ES256"));
        const StoredCredentials c = credentials();
        QCOMPARE(c.tokens.tokenType, QStringLiteral("DPoP"));
        QVERIFY(!c.client.dpopKeyPem.isEmpty());
        m_seenSecrets << c.client.dpopKeyPem;
    }

    void dpopConnectionRefreshesAndCallsUserinfo()
    {
        QVERIFY(!m_id.isEmpty());
        refreshNowRenewsTheToken();
        QCOMPARE(credentials().tokens.tokenType, QStringLiteral("DPoP"));
        const qsizetype before = service().history(m_id).size();
        const test::ConsoleAnswer answer = test::getFromConsole(page(), m_peer.issuer() + QStringLiteral("/me"));
        QVERIFY2(answer.problem.isEmpty(), qPrintable(answer.problem));
        // oidc-provider accepts a DPoP-bound token at userinfo only with the DPoP scheme and a matching proof.
        QVERIFY2(answer.status.contains(QLatin1String("200")), qPrintable(answer.status));
        QCOMPARE(answer.json().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QCOMPARE(service().history(m_id).size(), before + 1);
    }

    void inspectorShowsTheTokensBoundToThisDevice()
    {
        QVERIFY(!m_id.isEmpty());
        TokenInspector *inspector = page()->inspector();
        child<QTabWidget>(page(), "tabs")->setCurrentWidget(inspector);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isLoaded(), 20000);
        // oidc-provider's access token is opaque here: its binding comes from introspection (RFC 9449 §6.2).
        for (TokenView *view : {inspector->accessView(), inspector->refreshView()}) {
            QVERIFY(!view->isJwt());
            auto *introspect = view->findChild<QPushButton *>(
                view->objectName().replace(QLatin1String("TokenView"), QLatin1String("IntrospectButton")));
            QVERIFY2(introspect && introspect->isVisible(), qPrintable(view->objectName()));
            introspect->click();
            QTRY_VERIFY_WITH_TIMEOUT(!view->bindingText().isEmpty(), 20000);
            QVERIFY2(view->bindingText().startsWith(QStringLiteral("✓ Bound to this device's key (DPoP key, cnf.jkt ")),
                qPrintable(view->bindingText()));
        }
        QVERIFY(screenshot(QStringLiteral("36-tokens-dpop-bound")));
    }

    // Issue 20: mutual TLS from the window. The provider's client authenticates with its certificate, so the dialog
    // asks for one; the PKCS#12 file and its password go to the core, which opens it. The tokens are bound to the
    // certificate, and the account lookup, a refresh and a userinfo call from the console all present it.
    void connectsWithAClientCertificateFromTheDialog()
    {
        const test::TestCertificates certificates(m_mtlsDir.path());
        m_window->showIntegration(QStringLiteral("mtls-test-idp"));
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->form()->isDiscovering(), 20000);
        auto *panel = dialog->findChild<ClientCertificatePanel *>();
        QVERIFY(panel && panel->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientId"), QStringLiteral("keyway-mtls"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Bound to my certificate"));
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY(!connectButton->isEnabled()); // no certificate yet
        panel->setFormat(ClientCertificatePanel::Format::Pkcs12);
        QVERIFY(panel->loadPkcs12File(certificates.file(QStringLiteral("client.p12"))));
        QTest::keyClicks(
            child<QLineEdit>(panel, "clientP12PasswordEdit"), QLatin1String(test::TestCertificates::kPkcs12Password));
        QCOMPARE(dialog->request().clientPkcs12, certificates.read(QStringLiteral("client.p12")));
        QVERIFY(dialog->request().clientCertificatePem.isEmpty()); // the core opens the file
        QVERIFY(keyway::test::saveScreenshot(dialog, QStringLiteral("37-connect-client-certificate")));
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        m_id = added.first().first().toString();
        QTRY_COMPARE(page()->connectionId(), m_id);
        const ConnectionSettings settings = ConnectionSettings::fromJson(service().connection(m_id)->settings);
        QCOMPARE(QSslCertificate(settings.provider.clientCertificate.toUtf8(), QSsl::Pem),
            QSslCertificate(certificates.read(QStringLiteral("client.pem")), QSsl::Pem));
        const StoredCredentials c = credentials();
        QVERIFY(!c.client.tlsKeyPem.isEmpty());
        m_seenSecrets << c.client.tlsKeyPem;
        QCOMPARE(boundThumbprint(c.tokens.accessToken), clientThumbprint());
        QStringList steps;
        for (const ConnectionEvent &e : service().events(m_id))
            steps << e.step + QLatin1Char(':') + e.outcome;
        QVERIFY2(steps.contains(QStringLiteral("userinfo:ok")), qPrintable(steps.join(QLatin1Char(' '))));
    }

    void certificateConnectionRefreshesAndCallsUserinfo()
    {
        QVERIFY(!m_id.isEmpty());
        refreshNowRenewsTheToken();
        QCOMPARE(boundThumbprint(credentials().tokens.accessToken), clientThumbprint());
        const test::ConsoleAnswer answer = test::getFromConsole(page(), m_mtlsPeer.issuer() + QStringLiteral("/me"));
        QVERIFY2(answer.problem.isEmpty(), qPrintable(answer.problem));
        // oidc-provider accepts a certificate-bound token only over TLS with the same certificate (RFC 8705 §3).
        QVERIFY2(answer.status.contains(QLatin1String("200")), qPrintable(answer.status));
        QCOMPARE(answer.json().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QVERIFY(screenshot(QStringLiteral("38-console-mutual-tls")));
    }

    // Reconnecting from the page asks for no file: the certificate kept with the connection is presented again.
    void reconnectKeepsTheClientCertificate()
    {
        QVERIFY(!m_id.isEmpty());
        const QByteArray before = credentials().tokens.accessToken;
        child<QTabWidget>(page(), "tabs")->setCurrentIndex(0);
        child<QPushButton>(page(), "reconnectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->form()->isDiscovering(), 20000);
        auto *panel = dialog->findChild<ClientCertificatePanel *>();
        QVERIFY(panel && panel->isVisible());
        QVERIFY2(child<QLabel>(panel, "clientCertFileLabel")->text().contains(QLatin1String("keyway-mtls-client")),
            qPrintable(child<QLabel>(panel, "clientCertFileLabel")->text()));
        QVERIFY(dialog->request().clientPkcs12.isEmpty() && dialog->request().clientCertificatePem.isEmpty());
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QSignalSpy connected(dialog, &ConnectDialog::connected);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(connected.count() == 1, qPrintable(errorIn(dialog)));
        const StoredCredentials after = credentials();
        QVERIFY(after.tokens.accessToken != before);
        QCOMPARE(boundThumbprint(after.tokens.accessToken), clientThumbprint());
    }

    // Issue 20: pushed and rich authorization requests from the window. The provider's metadata requires PAR, so
    // the dialog shows it checked and locked; the integration file asks for authorization details, which travel in
    // the pushed request (the provider refuses any other), are granted at consent, kept with the tokens through a
    // refresh, and shown in the Tokens tab.
    void connectsThroughAPushedRequestWithAuthorizationDetails()
    {
        m_window->showIntegration(QStringLiteral("par-test-idp"));
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "detailStack")->currentWidget(),
            static_cast<QWidget *>(m_window->integrationPage()));
        child<QPushButton>(m_window->integrationPage(), "connectButton")->click();
        QPointer<ConnectDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->form()->isDiscovering(), 20000);
        auto *par = child<QCheckBox>(dialog, "parCheck");
        QVERIFY(par->isVisible());
        QVERIFY(par->isChecked());
        QVERIFY(!par->isEnabled()); // the provider requires it: not the user's to turn off
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientId"), QStringLiteral("keyway-basic"));
        QTest::keyClicks(child<QLineEdit>(dialog, "field_clientSecret"), QLatin1String(kSecret));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Accounts, pushed"));
        child<QLineEdit>(dialog, "browserEdit")->setText(test::scriptedBrowserCommand());
        QVERIFY(keyway::test::saveScreenshot(dialog, QStringLiteral("39-connect-par-required")));
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY2(connectButton->isEnabled(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QSignalSpy added(&service(), &ConnectionService::connectionAdded);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1 || failedIn(dialog), 60000);
        QVERIFY2(added.count() == 1, qPrintable(errorIn(dialog)));
        m_id = added.first().first().toString();
        QTRY_COMPARE(page()->connectionId(), m_id);
        QVERIFY(ConnectionSettings::fromJson(service().connection(m_id)->settings).provider.pushAuthorization);
        // Granted by the provider and bound to the access token (introspection), kept as granted by Keyway.
        const StoredCredentials c = credentials();
        QCOMPARE(introspect(m_parPeer, c.tokens.accessToken).value(QStringLiteral("authorization_details")).toArray(),
            accountDetails());
        QCOMPARE(c.tokens.authorizationDetails, accountDetails());
        refreshNowRenewsTheToken();
        QCOMPARE(credentials().tokens.authorizationDetails, accountDetails());

        TokenInspector *inspector = page()->inspector();
        child<QTabWidget>(page(), "tabs")->setCurrentWidget(inspector);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isLoaded(), 20000);
        auto *details = child<QLabel>(inspector, "grantedDetailsLabel");
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QLatin1String("account_information"))
                && details->text().contains(QLatin1String("read_balances")),
            qPrintable(details->text()));
    }

    // Issue 20: token exchange (RFC 8693) from the Tokens tab: a token for another service, shown and not kept.
    void exchangesTheTokenFromTheTokensTab()
    {
        QVERIFY(!m_id.isEmpty());
        const QString audience = QStringLiteral("https://reports.example.test");
        const QByteArray own = credentials().tokens.accessToken;
        TokenInspector *inspector = page()->inspector();
        child<QTabWidget>(page(), "tabs")->setCurrentWidget(inspector);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isLoaded(), 20000);
        child<QPushButton>(inspector, "exchangeButton")->click();
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = child<QDialog>(inspector, "tokenExchangeDialog")) && dialog->isVisible());
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no audience or resource yet: nothing to ask for
        QTest::keyClicks(child<QLineEdit>(dialog, "audienceEdit"), audience);
        QTest::keyClicks(child<QLineEdit>(dialog, "scopeEdit"), QStringLiteral("email"));
        QVERIFY(ok->isEnabled());
        ok->click();
        TokenView *exchanged = inspector->exchangedView();
        auto *status = child<QLabel>(inspector, "statusLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(exchanged->isVisible(), qPrintable(status->text()), 20000);
        child<QPushButton>(exchanged, "exchangedRevealButton")->click();
        const QByteArray token = exchanged->displayedText().toUtf8();
        child<QPushButton>(exchanged, "exchangedRevealButton")->click(); // masked again
        QVERIFY(!token.isEmpty() && token != own);
        m_seenSecrets << token;
        const QJsonObject info = introspect(m_parPeer, token);
        QCOMPARE(info.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("aud")).toString(), audience);
        QCOMPARE(info.value(QStringLiteral("client_id")).toString(), QStringLiteral("keyway-basic"));
        QCOMPARE(info.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        child<QScrollArea>(inspector, "scrollArea")->ensureWidgetVisible(child<QLabel>(inspector, "grantedDetailsLabel"));
        QVERIFY(screenshot(QStringLiteral("40-tokens-granted-details-and-exchanged")));
        // The connection keeps its own token.
        QCOMPARE(credentials().tokens.accessToken, own);
    }

    // Issue 20: the exchanged token, still shown, saved as a connection of its own; the window opens it, and its page
    // names the connection it was derived from.
    void savesTheExchangedTokenAsADerivedConnection()
    {
        QVERIFY(!m_id.isEmpty());
        TokenInspector *inspector = page()->inspector();
        auto *save = child<QPushButton>(inspector, "saveExchangedButton");
        QVERIFY(save->isVisible() && save->isEnabled());
        save->click();
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = child<QDialog>(inspector, "saveExchangedDialog")) && dialog->isVisible());
        const QString parentName = service().connection(m_id)->name;
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QCOMPARE(name->text(), parentName + QStringLiteral(" → https://reports.example.test"));
        QCOMPARE(child<QLineEdit>(dialog, "apiBaseEdit")->text(), QStringLiteral("https://reports.example.test"));
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QVERIFY(ok->isEnabled());
        // A name another connection has is refused before anything is saved.
        name->setText(parentName);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(child<QLabel>(dialog, "problemLabel")->text().contains(QLatin1String("already named")),
            qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        name->setText(QStringLiteral("Reports"));
        QVERIFY(ok->isEnabled());
        ok->click();

        QTRY_VERIFY_WITH_TIMEOUT(page()->connectionId() != m_id && !page()->connectionId().isEmpty(), 20000);
        const QString derived = page()->connectionId();
        const std::optional<ConnectionRecord> record = service().connection(derived);
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("Reports"));
        QCOMPARE(record->authMode, QStringLiteral("bearer_token"));
        QCOMPARE(ConnectionSettings::fromJson(record->settings).derivedFrom, m_id);
        QCOMPARE(ConnectionSettings::fromJson(record->settings).apiBaseUrl, QStringLiteral("https://reports.example.test"));
        QCOMPARE(pageText("titleLabel"), QStringLiteral("Reports"));
        QVERIFY(child<QLabel>(page(), "derivedLabel")->isVisible());
        QVERIFY2(pageText("derivedLabel").contains(parentName.toHtmlEscaped()), qPrintable(pageText("derivedLabel")));
        // Its token is the exchanged one, for the audience.
        const QString parent = m_id;
        m_id = derived;
        const QByteArray token = credentials().tokens.accessToken;
        m_id = parent;
        QVERIFY(!token.isEmpty());
        QCOMPARE(
            introspect(m_parPeer, token).value(QStringLiteral("aud")).toString(), QStringLiteral("https://reports.example.test"));
        QVERIFY(screenshot(QStringLiteral("54-derived-connection")));

        // The link goes back to the parent.
        emit child<QLabel>(page(), "derivedLabel")->linkActivated(QStringLiteral("keyway-connection:") + parent);
        QCOMPARE(page()->connectionId(), parent);
        QVERIFY(!child<QLabel>(page(), "derivedLabel")->isVisible());
    }

    void noSecretInAnyFile()
    {
        QStringList roots = test::writableRoots();
        roots << m_f->dir.path();
        if (!m_out.isEmpty())
            roots << m_out;
        QVERIFY(m_seenSecrets.size() > 3);
        for (const QByteArray &secret : std::as_const(m_seenSecrets))
            QCOMPARE(test::filesContaining(secret, roots), QStringList());
    }
};

QTEST_MAIN(TestWindowWithProvider)
#include "TestWindowWithProvider.moc"
