// ServiceAccountKey: Google-style service account key files, good and bad. Every bad file gets an error that
// names the field at fault and never quotes the key.
#include "auth/ServiceAccountKey.h"
#include "jose/PrivateKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace keyway;

class TestServiceAccountKey : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_key;

    QJsonObject good() const
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("service_account")},
            {QStringLiteral("project_id"), QStringLiteral("p-1")}, {QStringLiteral("private_key_id"), QStringLiteral("abc123")},
            {QStringLiteral("private_key"), QString::fromUtf8(m_key.toPem())},
            {QStringLiteral("client_email"), QStringLiteral("sa@p-1.iam.gserviceaccount.com")},
            {QStringLiteral("client_id"), QStringLiteral("1234567890")},
            {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")}};
    }

private slots:
    void initTestCase()
    {
        auto key = PrivateKey::generateRsa(2048);
        QVERIFY(key);
        m_key = key.value();
    }

    void parsesAGoogleKeyFile()
    {
        const auto key = ServiceAccountKey::parse(QJsonDocument(good()).toJson());
        QVERIFY2(key, qPrintable(key.error().toString()));
        QCOMPARE(key.value().type, QStringLiteral("service_account"));
        QCOMPARE(key.value().clientEmail, QStringLiteral("sa@p-1.iam.gserviceaccount.com"));
        QCOMPARE(key.value().privateKeyId, QStringLiteral("abc123"));
        QCOMPARE(key.value().tokenUri, QStringLiteral("https://oauth2.googleapis.com/token"));
        QCOMPARE(key.value().clientId, QStringLiteral("1234567890"));
        QCOMPARE(key.value().projectId, QStringLiteral("p-1"));
        QCOMPARE(key.value().privateKeyPem, m_key.toPem());
    }

    void optionalFieldsMayBeMissing()
    {
        QJsonObject o = good();
        for (const char *name : {"private_key_id", "token_uri", "client_id", "project_id"})
            o.remove(QLatin1String(name));
        const auto key = ServiceAccountKey::parse(QJsonDocument(o).toJson());
        QVERIFY2(key, qPrintable(key.error().toString()));
        QVERIFY(key.value().tokenUri.isEmpty());
        QVERIFY(key.value().privateKeyId.isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto edit = [this](const char *name, const QJsonValue &value) {
            QJsonObject o = good();
            if (value.isUndefined())
                o.remove(QLatin1String(name));
            else
                o.insert(QLatin1String(name), value);
            return QJsonDocument(o).toJson();
        };
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("empty") << QByteArray() << "service_account_invalid"
                               << "";
        QTest::newRow("whitespace") << QByteArray("  \n\t") << "service_account_invalid"
                                    << "";
        QTest::newRow("not JSON") << QByteArray("{\"type\": ") << "service_account_invalid"
                                  << "JSON";
        QTest::newRow("a PEM file") << m_key.toPem() << "service_account_invalid"
                                    << "JSON";
        QTest::newRow("array") << QByteArray("[]") << "service_account_invalid"
                               << "object";
        QTest::newRow("string") << QByteArray("\"service_account\"") << "service_account_invalid"
                                << "JSON";
        QTest::newRow("too large") << QByteArray(ServiceAccountKey::kMaxFileSize + 1, '{') << "service_account_too_large"
                                   << "";
        QTest::newRow("no type") << edit("type", removed) << "service_account_invalid"
                                 << "type";
        QTest::newRow("type not text") << edit("type", true) << "service_account_invalid"
                                       << "type";
        QTest::newRow("other type") << edit("type", QStringLiteral("external_account")) << "service_account_invalid"
                                    << "type";
        QTest::newRow("no client_email") << edit("client_email", removed) << "service_account_invalid"
                                         << "client_email";
        QTest::newRow("empty client_email") << edit("client_email", QString()) << "service_account_invalid"
                                            << "client_email";
        QTest::newRow("client_email without @") << edit("client_email", QStringLiteral("sa")) << "service_account_invalid"
                                                << "client_email";
        QTest::newRow("client_email null") << edit("client_email", QJsonValue::Null) << "service_account_invalid"
                                           << "client_email";
        QTest::newRow("no private_key") << edit("private_key", removed) << "service_account_invalid"
                                        << "private_key";
        QTest::newRow("private_key object") << edit("private_key", QJsonObject()) << "service_account_invalid"
                                            << "private_key";
        QTest::newRow("private_key garbage") << edit("private_key", QStringLiteral("not a key")) << "invalid_key"
                                             << "private_key";
        QTest::newRow("private_key public only") << edit("private_key", QString::fromUtf8(m_key.publicPem())) << "public_key_only"
                                                 << "private_key";
        QTest::newRow("private_key_id number") << edit("private_key_id", 5) << "service_account_invalid"
                                               << "private_key_id";
        QTest::newRow("token_uri http") << edit("token_uri", QStringLiteral("http://example.com/token"))
                                        << "service_account_invalid"
                                        << "token_uri";
        QTest::newRow("token_uri javascript")
            << edit("token_uri", QStringLiteral("javascript:alert(1)")) << "service_account_invalid"
            << "token_uri";
        QTest::newRow("token_uri with user info")
            << edit("token_uri", QStringLiteral("https://u:p@example.com/token")) << "service_account_invalid"
            << "token_uri";
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto key = ServiceAccountKey::parse(json);
        QVERIFY(!key);
        QCOMPARE(key.error().code, code);
        QVERIFY(!key.error().message.isEmpty());
        QVERIFY2(key.error().toString().contains(field), qPrintable(key.error().toString()));
        QVERIFY(!key.error().toString().contains(QString::fromUtf8(m_key.toPem().split('\n').at(1))));
    }
};

QTEST_GUILESS_MAIN(TestServiceAccountKey)
#include "TestServiceAccountKey.moc"
