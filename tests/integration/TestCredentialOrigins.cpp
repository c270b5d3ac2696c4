// Issue 15.1: a connection's credential goes only to its own origins. Two real echo servers on loopback (the
// connection's API and a foreign origin) and a real OpenID Provider; everything through `keyway`, as a user or a
// script meets it: the credential reaches the API's origin and the origins the integration lists, `keyway
// request` refuses any other origin unless `--allow-origin` names it, and a 401 from a foreign origin never
// makes Keyway refresh and send it the new token.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace keyway;

namespace {
const QByteArray kApiKey = "key_origin_5d1f0b7a9c";
}

class TestCredentialOrigins : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_api; // the connection's own API
    test::PeerProcess m_foreign; // another origin
    test::PeerProcess m_oidc;

    QString apiOrigin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_api.port()); }
    QString foreignOrigin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_foreign.port()); }

    test::KeywayRun keyway(const QStringList &args, const QByteArray &input = {})
    {
        return test::runKeyway(args, input, {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}});
    }

    void writeIntegration(const QString &id, const QJsonArray &origins)
    {
        QJsonObject api {{QStringLiteral("base_url"), apiOrigin() + QStringLiteral("/api")}};
        if (!origins.isEmpty())
            api.insert(QStringLiteral("origins"), origins);
        // A listed origin on loopback comes from a template: literal origins in a file are https only.
        const QJsonArray variables {QJsonObject {{QStringLiteral("name"), QStringLiteral("upload_origin")},
            {QStringLiteral("label"), QStringLiteral("Upload origin")}, {QStringLiteral("pattern"), QStringLiteral("^\\S+$")},
            {QStringLiteral("example"), QStringLiteral("https://uploads.example.com")}, {QStringLiteral("optional"), true}}};
        const QJsonObject file {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Test ") + id},
            {QStringLiteral("category"), QStringLiteral("developer-tools")},
            {QStringLiteral("description"), QStringLiteral("A test integration.")},
            {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
            {QStringLiteral("api_key"),
                QJsonObject {{QStringLiteral("in"), QStringLiteral("header")},
                    {QStringLiteral("name"), QStringLiteral("X-Api-Key")}, {QStringLiteral("scheme"), QString()},
                    {QStringLiteral("label"), QStringLiteral("API key")}}},
            {QStringLiteral("variables"), variables}, {QStringLiteral("api"), api}};
        const QString path
            = QDir::tempPath() + QStringLiteral("/keyway-origins-%1-%2.json").arg(id).arg(QCoreApplication::applicationPid());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(file).toJson());
        f.close();
        const test::KeywayRun imported
            = keyway({QStringLiteral("integrations"), QStringLiteral("import"), path, QStringLiteral("--replace")});
        QFile::remove(path);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }

    QString connectWithKey(const QString &integration)
    {
        const test::KeywayRun run = keyway({QStringLiteral("connect"), integration, QStringLiteral("--api-key-stdin"),
                                               QStringLiteral("--param"), QStringLiteral("upload_origin=") + foreignOrigin()},
            kApiKey);
        if (run.code != 0)
            return QStringLiteral("!") + run.err;
        return QString::fromUtf8(run.out).trimmed();
    }

    // What the echo server saw, or an empty object.
    static QJsonObject echoed(const test::KeywayRun &run) { return QJsonDocument::fromJson(run.out).object(); }
    static QString header(const QJsonObject &echo, const char *name)
    {
        return echo.value(QStringLiteral("headers")).toObject().value(QString::fromLatin1(name)).toString();
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        for (auto *peer : {&m_api, &m_foreign}) {
            const QString error = peer->start(QStringLiteral("echo-server.mjs"));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        writeIntegration(QStringLiteral("test-origins"), {});
        writeIntegration(QStringLiteral("test-origins-listed"), {QStringLiteral("{{upload_origin}}")});
    }

    void ownOriginGetsTheCredential()
    {
        const QString id = connectWithKey(QStringLiteral("test-origins"));
        QVERIFY2(!id.startsWith(u'!'), qPrintable(id));
        const test::KeywayRun relative
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), QStringLiteral("/things")});
        QVERIFY2(relative.code == 0, qPrintable(relative.err));
        QCOMPARE(header(echoed(relative), "x-api-key"), QString::fromLatin1(kApiKey));
        const test::KeywayRun absolute
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), apiOrigin() + QStringLiteral("/other/path")});
        QVERIFY2(absolute.code == 0, qPrintable(absolute.err));
        QCOMPARE(header(echoed(absolute), "x-api-key"), QString::fromLatin1(kApiKey));
    }

    void foreignOriginIsRefusedWithoutAllowOrigin()
    {
        const QString id = connectWithKey(QStringLiteral("test-origins"));
        QVERIFY2(!id.startsWith(u'!'), qPrintable(id));
        const QString url = foreignOrigin() + QStringLiteral("/collect");
        const test::KeywayRun refused = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), url});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.out.isEmpty(), refused.out.constData()); // nothing was sent, so nothing came back
        QVERIFY2(refused.err.contains(foreignOrigin()) && refused.err.contains(QLatin1String("--allow-origin")),
            qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QString::fromLatin1(kApiKey)));

        // The same host on another port, and another scheme, are other origins (RFC 6454 §4).
        const test::KeywayRun otherScheme = keyway({QStringLiteral("request"), id, QStringLiteral("GET"),
            QStringLiteral("https://127.0.0.1:%1/api/x").arg(m_api.port())});
        QCOMPARE(otherScheme.code, 1);
        QVERIFY2(otherScheme.err.contains(QLatin1String("--allow-origin")), qPrintable(otherScheme.err));

        const test::KeywayRun allowed = keyway(
            {QStringLiteral("request"), id, QStringLiteral("GET"), url, QStringLiteral("--allow-origin"), foreignOrigin()});
        QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
        QCOMPARE(header(echoed(allowed), "x-api-key"), QString::fromLatin1(kApiKey));

        const test::KeywayRun badOrigin
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), url, QStringLiteral("--allow-origin"), url});
        QCOMPARE(badOrigin.code, 1);
        QVERIFY2(badOrigin.err.contains(QLatin1String("is not an origin")), qPrintable(badOrigin.err));
    }

    void originsTheIntegrationListsGetTheCredential()
    {
        const QString id = connectWithKey(QStringLiteral("test-origins-listed"));
        QVERIFY2(!id.startsWith(u'!'), qPrintable(id));
        const test::KeywayRun run
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), foreignOrigin() + QStringLiteral("/upload")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(header(echoed(run), "x-api-key"), QString::fromLatin1(kApiKey));
    }

    // RFC 6750 §3.1 lets the resource server that issued a 401 ask for a new token; another origin has no say.
    void aForeign401NeverRefreshes()
    {
        const test::KeywayRun connect
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        const QByteArray before = keyway({QStringLiteral("token"), id}).out.trimmed();
        QVERIFY(!before.isEmpty());

        // The provider's own userinfo endpoint is one of the connection's origins.
        const test::KeywayRun me
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), m_oidc.issuer() + QStringLiteral("/me")});
        QVERIFY2(me.code == 0, qPrintable(me.err));

        const test::KeywayRun foreign = keyway({QStringLiteral("request"), id, QStringLiteral("GET"),
            foreignOrigin() + QStringLiteral("/status/401"), QStringLiteral("--allow-origin"), foreignOrigin()});
        QCOMPARE(foreign.code, 1);
        QVERIFY2(foreign.err.contains(QLatin1String("HTTP 401")) && !foreign.err.contains(QLatin1String("refresh")),
            qPrintable(foreign.err));
        QCOMPARE(keyway({QStringLiteral("token"), id}).out.trimmed(), before); // no refresh happened
        const test::KeywayRun inspect = keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        QVERIFY(!QString::fromUtf8(inspect.out).contains(QLatin1String("api_401")));
    }

    void cleanupTestCase()
    {
        m_api.stop();
        m_foreign.stop();
        m_oidc.stop();
    }
};

QTEST_GUILESS_MAIN(TestCredentialOrigins)
#include "TestCredentialOrigins.moc"
