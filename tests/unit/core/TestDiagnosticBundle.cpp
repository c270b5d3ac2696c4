// What a support bundle says about itself: the environment it came from, and the personal data in it, found
// wherever it appears and left out on request (issue 16: the bundle carried the user's e-mail and name unsaid).
#include "core/DiagnosticBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace keyway;

namespace {

QJsonObject sampleBundle()
{
    const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("https://id.example.test")},
        {QStringLiteral("sub"), QStringLiteral("248289761001")}, {QStringLiteral("email"), QStringLiteral("alice@example.test")},
        {QStringLiteral("name"), QStringLiteral("Alice Liddell")}, {QStringLiteral("given_name"), QStringLiteral("Alice")},
        {QStringLiteral("scope"), QStringLiteral("openid email")},
        {QStringLiteral("address"), QJsonObject {{QStringLiteral("locality"), QStringLiteral("Oxford")}}}};
    return {{QStringLiteral("connection"),
                QJsonObject {{QStringLiteral("name"), QStringLiteral("alice@example.test — Keyway Sandbox")},
                    {QStringLiteral("account"), QStringLiteral("alice@example.test")},
                    {QStringLiteral("subject"), QStringLiteral("248289761001")},
                    {QStringLiteral("integration"), QStringLiteral("keyway-sandbox")}}},
        {QStringLiteral("tokens"), QJsonObject {{QStringLiteral("id_token"), QJsonObject {{QStringLiteral("claims"), claims}}}}},
        {QStringLiteral("events"),
            QJsonArray {QJsonObject {{QStringLiteral("step"), QStringLiteral("connected")},
                {QStringLiteral("detail"), QStringLiteral("Connected as alice@example.test (Alice Liddell)")}}}}};
}

} // namespace

class TestDiagnosticBundle : public QObject
{
    Q_OBJECT

private slots:
    void saysWhichPersonalDataItHolds()
    {
        const QStringList found = DiagnosticBundle::personalData(sampleBundle());
        const QString text = found.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("alice@example.test")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Alice Liddell")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("248289761001")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Oxford")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("keyway-sandbox")), qPrintable(text));
    }

    void leavesItOutEverywhere()
    {
        const QJsonObject without = DiagnosticBundle::withoutPersonalData(sampleBundle());
        const QByteArray json = QJsonDocument(without).toJson();
        for (const char *personal : {"alice@example.test", "Alice Liddell", "248289761001", "Oxford"})
            QVERIFY2(!json.contains(personal), personal);
        // What is not personal stays, and the bundle says what was left out.
        QVERIFY(json.contains("keyway-sandbox"));
        QVERIFY(json.contains("https://id.example.test"));
        QVERIFY(json.contains("openid email"));
        const QJsonObject note = without.value(QLatin1String("personal_data")).toObject();
        QCOMPARE(note.value(QLatin1String("included")).toBool(true), false);
        QVERIFY(!note.value(QLatin1String("left_out")).toArray().isEmpty());
        QVERIFY(DiagnosticBundle::personalData(without).isEmpty());
    }

    void keptItIsNoted()
    {
        const QJsonObject with = DiagnosticBundle::withPersonalDataNoted(sampleBundle());
        const QJsonObject note = with.value(QLatin1String("personal_data")).toObject();
        QCOMPARE(note.value(QLatin1String("included")).toBool(false), true);
        QVERIFY(note.value(QLatin1String("kinds")).toArray().contains(QStringLiteral("e-mail address")));
    }

    void environmentNamesVersionsPlatformAndSecretStore()
    {
        const QJsonObject env = DiagnosticBundle::environment(QStringLiteral("the system keychain (Secret Service over D-Bus)"));
        QCOMPARE(env.value(QLatin1String("keyway_version")).toString(), QStringLiteral(KEYWAY_VERSION));
        QCOMPARE(env.value(QLatin1String("qt_version")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!env.value(QLatin1String("platform")).toString().isEmpty());
        QVERIFY(env.value(QLatin1String("secret_store")).toString().contains(QLatin1String("Secret Service")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticBundle)
#include "TestDiagnosticBundle.moc"
