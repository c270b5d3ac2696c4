#include "auth/TokenSet.h"

#include <QJsonDocument>
#include <QtTest>

using namespace keyway;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);

TokenSet original()
{
    TokenSet t;
    t.accessToken = "at-old";
    t.refreshToken = "rt-old";
    t.idToken = "id-old";
    t.tokenType = QStringLiteral("Bearer");
    t.obtainedAt = kNow.addSecs(-3600);
    t.expiresAt = kNow;
    t.grantedScopes = QStringList {QStringLiteral("a"), QStringLiteral("b")};
    t.scopeReturned = true;
    t.responseValues.insert(QStringLiteral("instance_url"), QStringLiteral("https://one.example"));
    t.responseValues.insert(QStringLiteral("team"), QStringLiteral("T1"));
    return t;
}

} // namespace

class TestTokenSet : public QObject
{
    Q_OBJECT

private slots:
    void secretJsonRoundTrip()
    {
        const TokenSet t = original();
        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(t.toSecretJson()).toJson()).object();
        QVERIFY(TokenSet::fromSecretJson(json) == t);

        TokenSet bare;
        bare.accessToken = "only";
        const TokenSet back = TokenSet::fromSecretJson(bare.toSecretJson());
        QVERIFY(back == bare);
        QVERIFY(!back.expiresAt.isValid());
        QVERIFY(TokenSet::fromSecretJson(QJsonObject()).isNull());
    }

    void mergeKeepsRefreshTokenWhenOmitted()
    {
        TokenSet t = original();
        TokenSet newer;
        newer.accessToken = "at-new";
        newer.obtainedAt = kNow;
        newer.expiresAt = kNow.addSecs(3600);
        newer.grantedScopes = QStringList {QStringLiteral("requested")};
        newer.scopeReturned = false;
        t.mergeRefresh(newer);
        QCOMPARE(t.accessToken, QByteArray("at-new"));
        QCOMPARE(t.refreshToken, QByteArray("rt-old")); // RFC 6749 §6
        QCOMPARE(t.idToken, QByteArray("id-old"));
        QCOMPARE(t.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(t.expiresAt, kNow.addSecs(3600));
        QCOMPARE(t.obtainedAt, kNow);
        QCOMPARE(t.grantedScopes, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(t.scopeReturned);
        QCOMPARE(t.responseValues.value(QStringLiteral("team")).toString(), QStringLiteral("T1"));
    }

    void mergeTakesRotatedValues()
    {
        TokenSet t = original();
        TokenSet newer;
        newer.accessToken = "at-new";
        newer.refreshToken = "rt-new";
        newer.idToken = "id-new";
        newer.tokenType = QStringLiteral("N_A");
        newer.obtainedAt = kNow;
        newer.grantedScopes = QStringList {QStringLiteral("a")};
        newer.scopeReturned = true;
        newer.responseValues.insert(QStringLiteral("instance_url"), QStringLiteral("https://two.example"));
        t.mergeRefresh(newer);
        QCOMPARE(t.refreshToken, QByteArray("rt-new"));
        QCOMPARE(t.idToken, QByteArray("id-new"));
        QCOMPARE(t.tokenType, QStringLiteral("N_A"));
        QCOMPARE(t.grantedScopes, QStringList {QStringLiteral("a")});
        QVERIFY(!t.expiresAt.isValid()); // the new token's lifetime is unknown, not the old one's
        QCOMPARE(t.responseValues.value(QStringLiteral("instance_url")).toString(), QStringLiteral("https://two.example"));
        QCOMPARE(t.responseValues.value(QStringLiteral("team")).toString(), QStringLiteral("T1"));
    }

    void expiresWithin_data()
    {
        QTest::addColumn<int>("expiresInSeconds"); // -1 = unknown
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("expected");
        QTest::newRow("unknown") << -1 << 300 << false;
        QTest::newRow("far") << 3600 << 300 << false;
        QTest::newRow("inside window") << 200 << 300 << true;
        QTest::newRow("exactly at window") << 300 << 300 << true;
        QTest::newRow("already expired") << 0 << 0 << true;
        QTest::newRow("zero window not yet") << 1 << 0 << false;
    }
    void expiresWithin()
    {
        QFETCH(int, expiresInSeconds);
        QFETCH(int, window);
        QFETCH(bool, expected);
        TokenSet t;
        t.accessToken = "x";
        if (expiresInSeconds >= 0)
            t.expiresAt = kNow.addSecs(expiresInSeconds);
        QCOMPARE(t.expiresWithin(window, kNow), expected);
        // A local-time "now" compares by instant.
        QCOMPARE(t.expiresWithin(window, kNow.toLocalTime()), expected);
    }
};

QTEST_GUILESS_MAIN(TestTokenSet)
#include "TestTokenSet.moc"
