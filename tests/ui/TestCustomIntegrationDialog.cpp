// "Add custom integration…" over a real core and the in-process sandbox provider on loopback: the form checks
// the issuer and id as the user types, discovery saves the integration the way `keyway integrations add` does,
// the client authentication and scopes chosen land in the saved file, failures are explained in plain words,
// the plain-http opt-in is warned about, and every control is reachable from the keyboard with a name.
// "Register Keyway with this server" (RFC 7591) is offered only when the issuer's metadata lists a registration
// endpoint (a fake provider here) and registers the client with the loopback redirect.
#include "FakeHttpServer.h"
#include "UiFixture.h"

#include "catalog/Catalog.h"
#include "core/ClientRegistrar.h"
#include "custom/CustomIntegrationDialog.h"
#include "sandbox/SandboxServer.h"
#include "widgets/MessagePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestCustomIntegrationDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;

    static QLineEdit *edit(CustomIntegrationDialog &d, const char *name) { return d.findChild<QLineEdit *>(QLatin1String(name)); }
    static QPushButton *addButton(CustomIntegrationDialog &d) { return d.findChild<QPushButton *>(QStringLiteral("addButton")); }
    static QLabel *label(CustomIntegrationDialog &d, const char *name) { return d.findChild<QLabel *>(QLatin1String(name)); }
    static QCheckBox *check(CustomIntegrationDialog &d, const char *name)
    {
        return d.findChild<QCheckBox *>(QLatin1String(name));
    }

    // A provider whose metadata lists a registration endpoint (and `extraMetadata`), and that registers whatever it is
    // sent as the client `clientId`.
    static void serveRegistration(test::FakeHttpServer &provider, const QString &clientId, const QJsonObject &extraMetadata = {})
    {
        const QString base = provider.base();
        provider.setHandler([base, clientId, extraMetadata](const test::RecordedRequest &r) {
            if (r.target == "/.well-known/openid-configuration") {
                QJsonObject metadata {{QStringLiteral("issuer"), base},
                    {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/auth")},
                    {QStringLiteral("token_endpoint"), base + QStringLiteral("/token")},
                    {QStringLiteral("jwks_uri"), base + QStringLiteral("/jwks")},
                    {QStringLiteral("registration_endpoint"), base + QStringLiteral("/reg")}};
                for (auto it = extraMetadata.begin(); it != extraMetadata.end(); ++it)
                    metadata.insert(it.key(), it.value());
                return test::CannedResponse::json(200, QJsonDocument(metadata).toJson());
            }
            if (r.method == "POST" && r.target == "/reg")
                return test::CannedResponse::json(201,
                    QJsonDocument(QJsonObject {{QStringLiteral("client_id"), clientId},
                                      {QStringLiteral("registration_access_token"), QStringLiteral("rat-") + clientId},
                                      {QStringLiteral("registration_client_uri"), base + QStringLiteral("/reg/") + clientId}})
                        .toJson());
            if (r.method == "DELETE")
                return test::CannedResponse::json(204, {});
            return test::CannedResponse::json(404, "{}");
        });
    }

    // The body of the last registration request `provider` received.
    static QJsonObject registrationSent(const test::FakeHttpServer &provider)
    {
        test::RecordedRequest registration;
        for (const test::RecordedRequest &r : std::as_const(provider.requests))
            if (r.method == "POST")
                registration = r;
        return QJsonDocument::fromJson(registration.body).object();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        const Error error = m_sandbox->start(0);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void formIsCheckedAsTheUserTypes()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(!label(dialog, "problemLabel")->isVisible()); // nothing typed yet: nothing to complain about

        edit(dialog, "issuerEdit")->setText(QStringLiteral("not a web address"));
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(label(dialog, "problemLabel")->isVisible());
        QVERIFY(label(dialog, "problemLabel")->text().contains(QLatin1String("https://")));

        // The id follows the issuer's host, then the name, until the user types one.
        edit(dialog, "issuerEdit")->setText(QStringLiteral("https://login.acme-corp.example/tenant"));
        QCOMPARE(dialog.integrationId(), QStringLiteral("login-acme-corp-example"));
        edit(dialog, "nameEdit")->setText(QStringLiteral("Acme Corp SSO"));
        QCOMPARE(dialog.integrationId(), QStringLiteral("acme-corp-sso"));
        QVERIFY2(addButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));

        QTest::keyClicks(edit(dialog, "idEdit"), QStringLiteral("X"));
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(dialog.problems().first().contains(QLatin1String("lower-case")));
        edit(dialog, "nameEdit")->setText(QStringLiteral("Other name")); // a typed id is kept
        QCOMPARE(dialog.integrationId(), QStringLiteral("acme-corp-ssoX"));

        edit(dialog, "idEdit")->setText(QStringLiteral("github"));
        QVERIFY(!addButton(dialog)->isEnabled());
        QVERIFY(dialog.problems().first().contains(QLatin1String("exists already")));
    }

    void issuerIsDiscoveredSavedAndCarriesTheChoices()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        edit(dialog, "issuerEdit")->setText(m_sandbox->issuer());
        edit(dialog, "nameEdit")->setText(QStringLiteral("My Test Provider"));
        auto *clientAuth = dialog.findChild<QComboBox *>(QStringLiteral("clientAuthCombo"));
        clientAuth->setCurrentIndex(clientAuth->findData(QStringLiteral("client_secret_post")));
        edit(dialog, "scopesEdit")->setText(QStringLiteral("openid  email contacts.read"));
        QSignalSpy added(&dialog, &CustomIntegrationDialog::added);
        addButton(dialog)->click();
        QVERIFY(dialog.isBusy() || added.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15000);
        QCOMPARE(added.first().at(0).toString(), QStringLiteral("my-test-provider"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const std::optional<Integration> saved = f.service().catalog().find(QStringLiteral("my-test-provider"));
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("My Test Provider"));
        QVERIFY(!saved->builtin);
        QCOMPARE(saved->oauth.clientAuth, ClientAuthMethod::ClientSecretPost);
        QCOMPARE(saved->oauth.scopes,
            (QStringList {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("contacts.read")}));
        QCOMPARE(saved->oauth.issuer, m_sandbox->issuer());
        QVERIFY(!saved->oauth.tokenUrl.isEmpty());
        QVERIFY(QFileInfo(saved->source).absolutePath() == QDir(f.service().catalog().customDir()).absolutePath());
        QVERIFY(f.service().catalog().removeCustom(QStringLiteral("my-test-provider")).isNull());
    }

    void failureIsExplainedInPlainWords()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        // A loopback address where no provider publishes metadata.
        edit(dialog, "issuerEdit")->setText(m_sandbox->issuer() + QStringLiteral("/no-such-tenant"));
        edit(dialog, "idEdit")->setText(QStringLiteral("no-such-tenant"));
        QSignalSpy added(&dialog, &CustomIntegrationDialog::added);
        addButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<MessagePanel *>(QStringLiteral("errorPanel"))->isVisible(), 15000);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(added.count(), 0);
        QVERIFY(dialog.isVisible());
        const QString text = dialog.findChild<MessagePanel *>(QStringLiteral("errorPanel"))->text();
        QVERIFY2(text.size() > 20, qPrintable(text));
        QVERIFY(addButton(dialog)->isEnabled()); // the user may correct and try again
        QVERIFY(!f.service().catalog().contains(QStringLiteral("no-such-tenant")));
    }

    void plainHttpOptInIsWarnedAbout()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("insecureCheck"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        QVERIFY(!label(dialog, "insecureWarning")->isVisible());
        check->click();
        QVERIFY(label(dialog, "insecureWarning")->isVisible());
        QVERIFY(label(dialog, "insecureWarning")->text().contains(QLatin1String("Unsafe")));
        QVERIFY(!check->accessibleName().isEmpty());
    }

    void registrationIsOfferedOnlyWhereTheServerTakesIt()
    {
        test::FakeHttpServer provider;
        const QString base = provider.base();
        serveRegistration(provider, QStringLiteral("ui-client-1"));

        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("registerCheck"));
        QVERIFY(check);
        QVERIFY(!check->isEnabled());
        QVERIFY(!check->accessibleName().isEmpty());

        // The sandbox lists no registration endpoint: not offered.
        edit(dialog, "issuerEdit")->setText(m_sandbox->issuer());
        QTRY_VERIFY(check->toolTip().contains(QLatin1String("does not offer")));
        QVERIFY(!check->isEnabled());

        edit(dialog, "issuerEdit")->setText(base);
        QTRY_VERIFY(check->isEnabled());
        edit(dialog, "idEdit")->setText(QStringLiteral("self-registered"));
        check->click();
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("clientAuthCombo"))->isEnabled()); // as registered
        QSignalSpy added(&dialog, &CustomIntegrationDialog::added);
        addButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15000);

        const std::optional<Integration> saved = f.service().catalog().find(QStringLiteral("self-registered"));
        QVERIFY(saved && saved->oauth.registeredClient);
        QCOMPARE(saved->oauth.registeredClient->clientId, QStringLiteral("ui-client-1"));
        QCOMPARE(saved->oauth.publicClientId, QStringLiteral("ui-client-1"));
        QCOMPARE(saved->oauth.clientAuth, ClientAuthMethod::None);
        const QJsonObject sent = registrationSent(provider);
        QCOMPARE(sent.value(QStringLiteral("redirect_uris")).toArray(), QJsonArray {QStringLiteral("http://127.0.0.1/callback")});
        QCOMPARE(sent.value(QStringLiteral("application_type")).toString(), QStringLiteral("native"));
        QVERIFY(!sent.contains(QStringLiteral("dpop_bound_access_tokens")));
        QVERIFY(!saved->oauth.dpop);

        // Removing it deletes the registration with the token kept in the secret store.
        ClientRegistrar registrar(f.service().catalog(), f.service().secretStore(), f.service().network());
        QSignalSpy removed(&registrar, &ClientRegistrar::removed);
        registrar.remove(QStringLiteral("self-registered"));
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(removed.first().at(1).value<Error>().isNull());
        QCOMPARE(provider.last().method, QByteArray("DELETE"));
        QCOMPARE(provider.last().target, QByteArray("/reg/ui-client-1"));
        QCOMPARE(provider.last().header("authorization"), QByteArray("Bearer rat-ui-client-1"));
        QVERIFY(!f.service().catalog().contains(QStringLiteral("self-registered")));
    }

    // RFC 9449: "Bind tokens to a DPoP key" is offered where the metadata lists DPoP signing algorithms, as the
    // connect form offers DPoP; chosen, the file says oauth.dpop and a registered client is registered for DPoP-bound
    // tokens only (RFC 9449 §5.2), as `keyway integrations add [--register] --dpop` does.
    void dpopIsOfferedWhereTheServerSupportsIt()
    {
        test::FakeHttpServer withoutDpop;
        serveRegistration(withoutDpop, QStringLiteral("no-dpop-client"));
        test::FakeHttpServer withDpop;
        serveRegistration(withDpop, QStringLiteral("dpop-client"),
            {{QStringLiteral("dpop_signing_alg_values_supported"), QJsonArray {QStringLiteral("ES256")}}});

        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        QCheckBox *dpop = check(dialog, "dpopCheck");
        QCheckBox *registration = check(dialog, "registerCheck");
        QVERIFY(dpop);
        QVERIFY(!dpop->isEnabled());
        QVERIFY(!dpop->accessibleName().isEmpty());
        QVERIFY(!dpop->accessibleDescription().isEmpty());

        // Registration without DPoP, then DPoP without registration (the sandbox), then both.
        edit(dialog, "issuerEdit")->setText(withoutDpop.base());
        QTRY_VERIFY(registration->isEnabled());
        QVERIFY2(!dpop->isEnabled() && dpop->toolTip().contains(QLatin1String("does not support")), qPrintable(dpop->toolTip()));
        edit(dialog, "issuerEdit")->setText(m_sandbox->issuer());
        QTRY_VERIFY(dpop->isEnabled());
        QVERIFY(!registration->isEnabled());
        dpop->click();
        edit(dialog, "issuerEdit")->setText(withDpop.base());
        QVERIFY(!dpop->isChecked()); // a choice made for another server does not carry over
        QTRY_VERIFY(dpop->isEnabled() && registration->isEnabled());
        edit(dialog, "idEdit")->setText(QStringLiteral("dpop-registered"));
        registration->click();
        dpop->click();
        QSignalSpy added(&dialog, &CustomIntegrationDialog::added);
        addButton(dialog)->click();
        QVERIFY(!dpop->isEnabled()); // busy
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15000);

        const std::optional<Integration> saved = f.service().catalog().find(QStringLiteral("dpop-registered"));
        QVERIFY(saved && saved->oauth.registeredClient);
        QCOMPARE(saved->oauth.registeredClient->clientId, QStringLiteral("dpop-client"));
        QVERIFY(saved->oauth.dpop);
        QCOMPARE(registrationSent(withDpop).value(QStringLiteral("dpop_bound_access_tokens")), QJsonValue(true));
        ClientRegistrar registrar(f.service().catalog(), f.service().secretStore(), f.service().network());
        QSignalSpy removed(&registrar, &ClientRegistrar::removed);
        registrar.remove(QStringLiteral("dpop-registered"));
        QTRY_COMPARE(removed.count(), 1);
    }

    void dpopWithoutRegistrationIsWrittenIntoTheFile()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        edit(dialog, "issuerEdit")->setText(m_sandbox->issuer());
        edit(dialog, "idEdit")->setText(QStringLiteral("sandbox-dpop"));
        QTRY_VERIFY(check(dialog, "dpopCheck")->isEnabled());
        check(dialog, "dpopCheck")->click();
        QSignalSpy added(&dialog, &CustomIntegrationDialog::added);
        addButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15000);
        const std::optional<Integration> saved = f.service().catalog().find(QStringLiteral("sandbox-dpop"));
        QVERIFY(saved && !saved->oauth.registeredClient);
        QVERIFY(saved->oauth.dpop);
        QVERIFY(f.service().catalog().removeCustom(QStringLiteral("sandbox-dpop")).isNull());
    }

    void everyControlIsReachableAndNamed()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        CustomIntegrationDialog dialog(f.service());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(edit(dialog, "issuerEdit")->hasFocus());
        QSet<QString> reached;
        QWidget *w = edit(dialog, "issuerEdit");
        for (int i = 0; i < 50 && w; ++i) {
            reached.insert(w->objectName());
            w = w->nextInFocusChain();
        }
        for (const char *name : {"issuerEdit", "nameEdit", "idEdit", "clientAuthCombo", "scopesEdit", "insecureCheck"}) {
            QVERIFY2(reached.contains(QLatin1String(name)), name);
            auto *control = dialog.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(!control->accessibleName().isEmpty(), name);
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, name);
        }
        // Each field has a label with a mnemonic that reaches it.
        for (const char *name : {"issuerEdit", "nameEdit", "idEdit", "clientAuthCombo", "scopesEdit"}) {
            bool found = false;
            for (QLabel *l : dialog.findChildren<QLabel *>())
                found = found
                    || (l->buddy() == dialog.findChild<QWidget *>(QLatin1String(name)) && l->text().contains(QLatin1Char('&')));
            QVERIFY2(found, name);
        }
        // Esc closes the idle dialog.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestCustomIntegrationDialog)
#include "TestCustomIntegrationDialog.moc"
