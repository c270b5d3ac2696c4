// The token inspector reads a connection's tokens through the core, keeps them masked until "Reveal",
// decodes a JWT built here (header, claims, times in words) and treats an opaque token as opaque; it exchanges the
// access token for another service's (RFC 8693) and lists granted authorization details (RFC 9396).
#include "ThreadedHttpServer.h"
#include "UiFixture.h"

#include "core/StoredCredentials.h"
#include "inspector/JwtDisplay.h"
#include "inspector/TokenInspector.h"
#include "inspector/TokenView.h"
#include "jose/PrivateKey.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace keyway;
using keyway::test::UiFixture;

class TestTokenInspector : public QObject
{
    Q_OBJECT

private slots:
    void decodesAJwtAndMasksUntilRevealed()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray jwt = UiFixture::makeJwt({{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
            {QStringLiteral("sub"), QStringLiteral("user-42")}, {QStringLiteral("aud"), QStringLiteral("keyway")},
            {QStringLiteral("exp"), now + 3600}, {QStringLiteral("iat"), now - 60}, {QStringLiteral("nbf"), now - 60},
            {QStringLiteral("auth_time"), now - 120}, {QStringLiteral("scope"), QStringLiteral("openid email")}});
        f.storeTokens(id, jwt, "opaque-refresh-token-value");

        SecretClipboard clipboard;
        TokenInspector inspector(f.service(), &clipboard);
        QSignalSpy loaded(&inspector, &TokenInspector::loaded);
        inspector.setConnection(id);
        inspector.show(); // tokens are read when the inspector is shown
        QTRY_VERIFY(loaded.count() > 0);

        TokenView *access = inspector.accessView();
        auto *field = access->findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"));
        QVERIFY(!field->text().contains(QString::fromLatin1(jwt.left(20))));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(access->isJwt());

        auto *tree = access->findChild<QTreeWidget *>(QStringLiteral("accessClaimsTree"));
        QVERIFY(tree->isVisibleTo(&inspector));
        // The RFC 9068 claims named in words first (TestTokenBinding), then the JWT as it is.
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *header = tree->topLevelItem(1);
        QTreeWidgetItem *claims = tree->topLevelItem(2);
        QCOMPARE(header->child(0)->text(0), QStringLiteral("alg"));
        QCOMPARE(header->child(0)->text(1), QStringLiteral("RS256"));
        QHash<QString, QString> values;
        for (int i = 0; i < claims->childCount(); ++i)
            values.insert(claims->child(i)->text(0), claims->child(i)->text(1));
        QCOMPARE(values.value(QStringLiteral("sub")), QStringLiteral("user-42"));
        // Times are numbers plus words.
        QVERIFY2(values.value(QStringLiteral("exp")).startsWith(QString::number(now + 3600) + QStringLiteral(" (")),
            qPrintable(values.value(QStringLiteral("exp"))));
        QVERIFY(values.value(QStringLiteral("exp")).contains(QLatin1String("in ")));
        QVERIFY(values.value(QStringLiteral("iat")).contains(QLatin1String("ago")));
        QVERIFY(values.value(QStringLiteral("auth_time")).contains(QLatin1String("ago")));
        auto *kind = access->findChild<QLabel *>(QStringLiteral("accessKindLabel"));
        QVERIFY(kind->text().contains(QLatin1String("RS256")));
        QVERIFY(kind->text().contains(QLatin1String("fingerprint")));

        // Reveal shows the token itself; hiding masks it again.
        access->findChild<QPushButton *>(QStringLiteral("accessRevealButton"))->click();
        QCOMPARE(field->text(), QString::fromLatin1(jwt));
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        access->findChild<QPushButton *>(QStringLiteral("accessRevealButton"))->click();
        QVERIFY(!field->text().contains(QString::fromLatin1(jwt.left(20))));

        // The refresh token is opaque.
        TokenView *refresh = inspector.refreshView();
        QVERIFY(!refresh->isJwt());
        QVERIFY(refresh->findChild<QLabel *>(QStringLiteral("refreshKindLabel"))->text().contains(QLatin1String("Opaque")));
        QVERIFY(!refresh->findChild<QTreeWidget *>(QStringLiteral("refreshClaimsTree"))->isVisibleTo(&inspector));

        // Copy goes through the clipboard that clears itself.
        clipboard.setClearAfter(50);
        refresh->findChild<QPushButton *>(QStringLiteral("refreshCopyButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("opaque-refresh-token-value"));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void hidingTheInspectorForgetsTheTokens()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        f.storeTokens(id, "access-abc", "refresh-def");
        TokenInspector inspector(f.service(), nullptr);
        QSignalSpy loaded(&inspector, &TokenInspector::loaded);
        inspector.setConnection(id);
        inspector.show();
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY(inspector.isLoaded());
        inspector.hide();
        QVERIFY(!inspector.isLoaded());
        inspector.show();
        QTRY_VERIFY(inspector.isLoaded());
    }

    // Issue 16: after leaving the tab while a token was revealed, the button says "Reveal" again and means it.
    void revealButtonSaysWhatItDoesAfterTheTabWasLeft()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        f.storeTokens(id, "access-abc-123", "refresh-def");
        TokenInspector inspector(f.service(), nullptr);
        QSignalSpy loaded(&inspector, &TokenInspector::loaded);
        inspector.setConnection(id);
        inspector.show();
        QTRY_VERIFY(loaded.count() > 0);
        auto *button = inspector.findChild<QPushButton *>(QStringLiteral("accessRevealButton"));
        button->click();
        QCOMPARE(button->text(), QStringLiteral("Hide"));
        inspector.hide();
        inspector.show();
        QTRY_VERIFY(loaded.count() > 1);
        QVERIFY(!button->isChecked());
        QCOMPARE(button->text(), QStringLiteral("Reveal"));
        button->click();
        QCOMPARE(button->text(), QStringLiteral("Hide"));
        QVERIFY(button->isChecked());
    }

    // RFC 8693: "Exchange…" asks the connection's token endpoint for a token for another service and decodes the
    // answer in a view of its own; the connection's tokens stay as they were.
    void exchangeShowsTheIssuedTokenAndKeepsTheConnectionsOwn()
    {
        const QByteArray issued = UiFixture::makeJwt({{QStringLiteral("aud"), QStringLiteral("https://reports.example.test")},
            {QStringLiteral("sub"), QStringLiteral("user-42")}});
        test::ThreadedHttpServer provider(QJsonDocument(
            QJsonObject {{QStringLiteral("access_token"), QString::fromLatin1(issued)},
                {QStringLiteral("issued_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:access_token")},
                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                {QStringLiteral("expires_in"),
                    300}}).toJson());
        const quint16 port = provider.startAndWait();
        QVERIFY(port != 0);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QJsonObject settings {{QStringLiteral("auth_mode"), QStringLiteral("oauth2_authorization_code")},
            {QStringLiteral("client_id"), QStringLiteral("test-client")},
            {QStringLiteral("provider"),
                QJsonObject {{QStringLiteral("token_url"), QStringLiteral("http://127.0.0.1:%1/token").arg(port)},
                    {QStringLiteral("client_auth"), QStringLiteral("none")}}}};
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionStatus::Connected,
            QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("oauth2_authorization_code"), settings);
        f.storeTokens(id, "access-own", "refresh-own");

        TokenInspector inspector(f.service(), nullptr);
        QSignalSpy loaded(&inspector, &TokenInspector::loaded);
        inspector.setConnection(id);
        inspector.show();
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY(!inspector.exchangedView()->isVisibleTo(&inspector));
        auto *button = inspector.findChild<QPushButton *>(QStringLiteral("exchangeButton"));
        QVERIFY(button->isEnabled());
        button->click();
        auto *dialog = inspector.findChild<QDialog *>(QStringLiteral("tokenExchangeDialog"));
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(!ok->isEnabled(), "no audience, no resource: nothing to ask for");
        dialog->findChild<QLineEdit *>(QStringLiteral("audienceEdit"))->setText(QStringLiteral("https://reports.example.test"));
        QVERIFY(ok->isEnabled());
        ok->click();

        QTRY_VERIFY(inspector.exchangedView()->isVisibleTo(&inspector));
        QCOMPARE(provider.requestCount(), 1);
        QVERIFY(inspector.exchangedView()->isJwt());
        auto *claims
            = inspector.exchangedView()->findChild<QTreeWidget *>(QStringLiteral("exchangedClaimsTree"))->topLevelItem(1);
        QHash<QString, QString> values;
        for (int i = 0; i < claims->childCount(); ++i)
            values.insert(claims->child(i)->text(0), claims->child(i)->text(1));
        QCOMPARE(values.value(QStringLiteral("aud")), QStringLiteral("https://reports.example.test"));
        QVERIFY(inspector.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("not kept")));

        bool read = false;
        f.service().credentials(id, this, [&read](const Result<StoredCredentials> &c) {
            QVERIFY(c.ok());
            QCOMPARE(c.value().tokens.accessToken, QByteArray("access-own"));
            read = true;
        });
        QTRY_VERIFY(read);
    }

    // RFC 9396 §7: the authorization details the provider granted are listed under the tokens, and only then.
    void grantedAuthorizationDetailsAreListed()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        StoredCredentials c;
        c.tokens.accessToken = "access-abc";
        c.tokens.authorizationDetails = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("account_information")},
            {QStringLiteral("actions"), QJsonArray {QStringLiteral("list_accounts")}}}};
        bool written = false;
        f.context->secrets().write(
            QStringLiteral("connection/") + id, c.toBytes(), [&written](const Error &) { written = true; });
        QTRY_VERIFY(written);

        TokenInspector inspector(f.service(), nullptr);
        QSignalSpy loaded(&inspector, &TokenInspector::loaded);
        inspector.setConnection(id);
        inspector.show();
        QTRY_VERIFY(loaded.count() > 0);
        auto *label = inspector.findChild<QLabel *>(QStringLiteral("grantedDetailsLabel"));
        QVERIFY(label->isVisibleTo(&inspector));
        QVERIFY2(label->text().contains(QLatin1String("Granted authorization details"))
                && label->text().contains(QLatin1String("account_information"))
                && label->text().contains(QLatin1String("list_accounts")),
            qPrintable(label->text()));

        const QString plain = f.addConnection(QStringLiteral("github"), QStringLiteral("hubot"));
        f.storeTokens(plain, "access-plain", "refresh-plain");
        inspector.setConnection(plain);
        QTRY_VERIFY(loaded.count() > 1);
        QVERIFY(!label->isVisibleTo(&inspector));
    }

    // Issue 20: what the access token is bound to, compared by the core with the connection's DPoP key (RFC 9449
    // cnf.jkt), and the RFC 9068 claims labelled above the raw ones.
    void showsWhatTheAccessTokenIsBoundTo_data()
    {
        QTest::addColumn<QString>("jkt"); // "this": the connection's key's thumbprint
        QTest::addColumn<QString>("expected");
        QTest::newRow("this device's key") << QStringLiteral("this")
                                           << QStringLiteral("✓ Bound to this device's key (DPoP key, cnf.jkt ");
        QTest::newRow("another key") << QStringLiteral("another-key")
                                     << QStringLiteral("✗ Bound to a different key (DPoP key, cnf.jkt another-key)");
        QTest::newRow("not bound") << QString() << QStringLiteral("Not bound: whoever holds a copy of this token can use it");
    }

    void showsWhatTheAccessTokenIsBoundTo()
    {
        QFETCH(QString, jkt);
        QFETCH(QString, expected);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
            {QStringLiteral("sub"), QStringLiteral("user-42")}, {QStringLiteral("client_id"), QStringLiteral("keyway")},
            {QStringLiteral("scope"), QStringLiteral("openid email")},
            {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}};
        if (!jkt.isEmpty())
            claims.insert(QStringLiteral("cnf"),
                QJsonObject {{QStringLiteral("jkt"), jkt == QLatin1String("this") ? key.value().thumbprint() : jkt}});
        StoredCredentials c;
        c.tokens.accessToken = UiFixture::makeJwt(claims);
        c.tokens.tokenType = QStringLiteral("DPoP");
        c.client.clientId = QStringLiteral("keyway");
        c.client.dpopKeyPem = key.value().toPem();
        bool written = false;
        f.context->secrets().write(
            QStringLiteral("connection/") + id, c.toBytes(), [&written](const Error &) { written = true; });
        QTRY_VERIFY(written);

        SecretClipboard clipboard;
        TokenInspector inspector(f.service(), &clipboard);
        QSignalSpy loaded(&inspector, &TokenInspector::loaded);
        inspector.setConnection(id);
        inspector.show();
        QTRY_VERIFY(loaded.count() > 0);
        TokenView *access = inspector.accessView();
        QVERIFY2(access->bindingText().startsWith(expected), qPrintable(access->bindingText()));
        QVERIFY(access->findChild<QLabel *>(QStringLiteral("accessBindingLabel"))->isVisibleTo(&inspector));
        // The refresh token (none here) says nothing of a binding it cannot know.
        QVERIFY(inspector.refreshView()->bindingText().isEmpty());
        auto *tree = access->findChild<QTreeWidget *>(QStringLiteral("accessClaimsTree"));
        QTreeWidgetItem *profile = tree->topLevelItem(0);
        QCOMPARE(profile->text(0), QStringLiteral("Access token claims (RFC 9068 names; not typed at+jwt)"));
        QCOMPARE(profile->child(0)->text(0), QStringLiteral("Issuer (iss)"));
        QCOMPARE(profile->child(0)->text(1), QStringLiteral("https://id.example.com"));
        QCOMPARE(profile->child(2)->text(0), QStringLiteral("Client (client_id)"));
        // The key never shows: only its public thumbprint.
        QVERIFY(!access->bindingText().contains(QLatin1String("PRIVATE")));
    }

    void jwtDisplayRejectsMalformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("opaque") << QByteArray("gho_16C7e42F292c6912E7710c838347Ae178B4a");
        QTest::newRow("two parts") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0");
        QTest::newRow("not base64url") << QByteArray("a+b/c.d+e/f.g");
        QTest::newRow("not json") << QByteArray("bm90IGpzb24.bm90IGpzb24.c2ln");
        QTest::newRow("json array header") << QByteArray("WzFd.e30.c2ln");
        QTest::newRow("jwe") << QByteArray("a.b.c.d.e");
    }

    void jwtDisplayRejectsMalformedTokens()
    {
        QFETCH(QByteArray, token);
        const JwtDisplay d = JwtDisplay::decode(token);
        QVERIFY(!d.isJwt);
        QVERIFY(!d.error.isEmpty());
        QVERIFY(d.claims.isEmpty());
    }
};

QTEST_MAIN(TestTokenInspector)
#include "TestTokenInspector.moc"
