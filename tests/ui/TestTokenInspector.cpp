// The token inspector reads a connection's tokens through the core, keeps them masked until "Reveal",
// decodes a JWT built here (header, claims, times in words) and treats an opaque token as opaque.
#include "UiFixture.h"

#include "inspector/JwtDisplay.h"
#include "inspector/TokenInspector.h"
#include "inspector/TokenView.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
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
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *header = tree->topLevelItem(0);
        QTreeWidgetItem *claims = tree->topLevelItem(1);
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
