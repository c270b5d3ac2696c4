// Issue 4's custom integrations, through the binary as a user would: `keyway integrations add --issuer` against a
// real OpenID Provider (oidc-provider on loopback) writes a custom file that validates against the schema, and a
// connection made with it works (`keyway connect ID` with the scripted browser, `keyway request` reaches
// userinfo); export and import round-trip without any secret; a custom file with a built-in id overrides the
// built-in one, visibly, until it is removed. With --register (RFC 7591) Keyway registers itself at a provider that
// offers registration, connects, refreshes and calls the API with that client, and removing the integration deletes
// the registration there (RFC 7592), as replacing it does (with a new registration or a plain file); a refused
// registration leaves nothing behind. With --dpop the client is registered for DPoP-bound tokens only (RFC 9449 §5.2).
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "RegistrationChecks.h"
#include "TestSupport.h"
#include "catalog/IntegrationLoader.h"
#include "store/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace keyway;

class TestCustomIntegration : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::PeerProcess m_registrationPeer; // --registration true, with an initial access token
    const QByteArray m_initialToken = QUuid::createUuid().toByteArray(QUuid::Id128);
    QTemporaryDir m_dir;
    QList<QByteArray> m_secrets;

    using Run = test::KeywayRun;
    Run keyway(const QStringList &args, const QByteArray &input = {})
    {
        return test::runKeyway(args, input, {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}});
    }

    // The keychain entry `key` as the command line wrote it (empty when there is none).
    static QByteArray keychainEntry(const QString &key)
    {
        KeychainSecretStore keychain;
        return test::RegistrationChecks::secretEntry(keychain, key);
    }

    // The registration access token kept in the keychain entry of integration `id`'s registration.
    static QByteArray registrationAccessToken(const QString &id)
    {
        KeychainSecretStore keychain;
        return test::RegistrationChecks::registrationAccessToken(keychain, id);
    }

    static int managementStatus(const QString &url, const QByteArray &token, QJsonObject *metadata = nullptr)
    {
        return test::RegistrationChecks::managementStatus(url, token, metadata);
    }

    static QString customDir() { return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/keyway/integrations"); }

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static bool writeJson(const QString &path, const QJsonObject &doc)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(doc).toJson()) > 0;
    }

    QJsonObject listed(const QString &id)
    {
        const Run list = keyway({QStringLiteral("integrations"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    // The file against schema.json with ajv (tests/peers/validate-catalog.mjs), in a copy of resources/ holding
    // only that file. Empty when valid (or when node is missing), else the validator's output.
    QString schemaProblems(const QString &file)
    {
        const QString node = test::nodeProgram();
        if (node.isEmpty() || !QFile::exists(test::peersDir() + QStringLiteral("/node_modules/ajv/package.json")))
            return {};
        const QString root = m_dir.filePath(QStringLiteral("schema-check"));
        QDir(root).removeRecursively();
        const QString source = QStringLiteral(KEYWAY_SOURCE_DIR "/resources");
        QDir().mkpath(root + QStringLiteral("/resources/integrations"));
        QDir().mkpath(root + QStringLiteral("/resources/icons/integrations"));
        const QJsonObject doc = readJson(file);
        const QString icon = doc.value(QStringLiteral("icon")).toString();
        for (const auto &[from, to] : {std::pair {source + QStringLiteral("/integrations/schema.json"),
                                           root + QStringLiteral("/resources/integrations/schema.json")},
                 std::pair {
                     source + QStringLiteral("/unified-scopes.json"), root + QStringLiteral("/resources/unified-scopes.json")},
                 std::pair {source + QStringLiteral("/icons/integrations/") + icon,
                     root + QStringLiteral("/resources/icons/integrations/") + icon},
                 std::pair {file, root + QStringLiteral("/resources/integrations/") + QFileInfo(file).fileName()}})
            if (!QFile::copy(from, to))
                return QStringLiteral("cannot copy ") + from;
        QProcess p;
        p.setWorkingDirectory(test::peersDir());
        p.start(node, {test::peersDir() + QStringLiteral("/validate-catalog.mjs"), QStringLiteral("--custom"), root});
        if (!p.waitForFinished(60000))
            return QStringLiteral("validator timed out");
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode() == 0 && output.contains(QLatin1String("1 integration files valid")) ? QString() : output;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        QDir(customDir()).removeRecursively();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void addFromIssuerWritesAValidFile()
    {
        const Run add
            = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"), m_peer.issuer(),
                QStringLiteral("--id"), QStringLiteral("local-idp"), QStringLiteral("--name"), QStringLiteral("Local IdP")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QCOMPARE(add.out.trimmed(), QByteArray("local-idp"));

        const QString file = customDir() + QStringLiteral("/local-idp.json");
        const QJsonObject doc = readJson(file);
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("Local IdP"));
        const QJsonObject oauth = doc.value(QStringLiteral("oauth")).toObject();
        QCOMPARE(oauth.value(QStringLiteral("issuer")).toString(), m_peer.issuer());
        QCOMPARE(oauth.value(QStringLiteral("authorization_url")).toString(), m_peer.issuer() + QStringLiteral("/auth"));
        QCOMPARE(oauth.value(QStringLiteral("token_url")).toString(), m_peer.issuer() + QStringLiteral("/token"));
        QCOMPARE(oauth.value(QStringLiteral("userinfo_url")).toString(), m_peer.issuer() + QStringLiteral("/me"));
        QCOMPARE(oauth.value(QStringLiteral("jwks_url")).toString(), m_peer.issuer() + QStringLiteral("/jwks"));
        QCOMPARE(oauth.value(QStringLiteral("revocation_url")).toString(), m_peer.issuer() + QStringLiteral("/token/revocation"));
        QCOMPARE(oauth.value(QStringLiteral("openid")).toBool(), true);
        QCOMPARE(oauth.value(QStringLiteral("scopes")).toArray(),
            (QJsonArray {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")}));
        QVERIFY(doc.value(QStringLiteral("auth_modes")).toArray().contains(QStringLiteral("oauth2_authorization_code")));

        // Valid for the C++ loader and for the JSON Schema.
        const Result<Integration> loaded = IntegrationLoader::loadFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
        const QString problems = schemaProblems(file);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        const QJsonObject entry = listed(QStringLiteral("local-idp"));
        QCOMPARE(entry.value(QStringLiteral("source")).toString(), file);
        QCOMPARE(entry.value(QStringLiteral("overrides_builtin")).toBool(), false);

        // The same id again needs --replace.
        const Run again = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"),
            m_peer.issuer(), QStringLiteral("--id"), QStringLiteral("local-idp")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
    }

    void connectsWithTheCustomIntegration()
    {
        const Run connect = keyway({QStringLiteral("connect"), QStringLiteral("local-idp"), QStringLiteral("--client-id"),
            QStringLiteral("keyway-native")});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        QVERIFY(!id.isEmpty());

        const Run list = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("id")).toString() != id)
                continue;
            found = true;
            QCOMPARE(c.value(QStringLiteral("integration")).toString(), QStringLiteral("local-idp"));
            QCOMPARE(c.value(QStringLiteral("account")).toString(), QStringLiteral("alice@example.test"));
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        }
        QVERIFY2(found, list.out.constData());

        const Run request
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), m_peer.issuer() + QStringLiteral("/me")});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QCOMPARE(QJsonDocument::fromJson(request.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        const Run token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        m_secrets << token.out.trimmed();
    }

    void exportImportRoundTripHoldsNoSecret()
    {
        // A confidential client's connection exists too, so there are secrets around that must not leak.
        const Run connect = keyway({QStringLiteral("connect"), QStringLiteral("local-idp"), QStringLiteral("--client-id"),
                                       QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin")},
            "basic-secret\n");
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        m_secrets << "basic-secret";
        const Run token = keyway({QStringLiteral("token"), QString::fromUtf8(connect.out).trimmed()});
        QCOMPARE(token.code, 0);
        m_secrets << token.out.trimmed();

        const QString exported = m_dir.filePath(QStringLiteral("local-idp.json"));
        const Run exportRun
            = keyway({QStringLiteral("integrations"), QStringLiteral("export"), QStringLiteral("local-idp"), exported});
        QVERIFY2(exportRun.code == 0, qPrintable(exportRun.err));
        QCOMPARE(readJson(exported), readJson(customDir() + QStringLiteral("/local-idp.json")));
        const Run toStdout = keyway(
            {QStringLiteral("integrations"), QStringLiteral("export"), QStringLiteral("local-idp"), QStringLiteral("-")});
        QCOMPARE(toStdout.code, 0);
        QCOMPARE(QJsonDocument::fromJson(toStdout.out).object(), readJson(exported));
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            QCOMPARE(test::filesContaining(secret, {m_dir.path()}), QStringList());
            QVERIFY(!toStdout.out.contains(secret));
        }

        // Removed, then imported back from the exported file: the same integration again.
        QCOMPARE(keyway({QStringLiteral("integrations"), QStringLiteral("remove"), QStringLiteral("local-idp")}).code, 0);
        QVERIFY(listed(QStringLiteral("local-idp")).isEmpty());
        const Run import = keyway({QStringLiteral("integrations"), QStringLiteral("import"), exported});
        QVERIFY2(import.code == 0, qPrintable(import.err));
        QCOMPARE(import.out.trimmed(), QByteArray("local-idp"));
        QCOMPARE(readJson(customDir() + QStringLiteral("/local-idp.json")), readJson(exported));
        QVERIFY(!listed(QStringLiteral("local-idp")).isEmpty());

        // A file carrying a credential is refused on import, and nothing is written.
        QJsonObject withSecret = readJson(exported);
        withSecret.insert(QStringLiteral("id"), QStringLiteral("leaky"));
        withSecret.insert(QStringLiteral("api"),
            QJsonObject {
                {QStringLiteral("headers"), QJsonObject {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc123")}}}});
        const QString leaky = m_dir.filePath(QStringLiteral("leaky.json"));
        QVERIFY(writeJson(leaky, withSecret));
        const Run refused = keyway({QStringLiteral("integrations"), QStringLiteral("import"), leaky});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("credential")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(customDir() + QStringLiteral("/leaky.json")));
    }

    void customFileOverridesBuiltinVisibly()
    {
        const QJsonObject before = listed(QStringLiteral("github"));
        QCOMPARE(before.value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));

        const QString file = m_dir.filePath(QStringLiteral("github.json"));
        QCOMPARE(keyway({QStringLiteral("integrations"), QStringLiteral("export"), QStringLiteral("github"), file}).code, 0);
        QJsonObject doc = readJson(file);
        doc.insert(QStringLiteral("name"), QStringLiteral("GitHub (company proxy)"));
        QJsonObject oauth = doc.value(QStringLiteral("oauth")).toObject();
        const QString builtinTokenUrl = oauth.value(QStringLiteral("token_url")).toString();
        oauth.insert(QStringLiteral("token_url"), QStringLiteral("https://proxy.example.com/login/oauth/access_token"));
        doc.insert(QStringLiteral("oauth"), oauth);
        QVERIFY(writeJson(file, doc));
        // Issue 15.3: replacing a built-in integration takes --replace...
        const Run refused = keyway({QStringLiteral("integrations"), QStringLiteral("import"), file});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("built-in")) && refused.err.contains(QLatin1String("--replace")),
            qPrintable(refused.err));
        QVERIFY(!QFile::exists(customDir() + QStringLiteral("/github.json")));
        QCOMPARE(listed(QStringLiteral("github")).value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));
        // ...and says what changed: where the sign-in, the tokens and a client secret now go.
        const Run import = keyway({QStringLiteral("integrations"), QStringLiteral("import"), file, QStringLiteral("--replace")});
        QVERIFY2(import.code == 0, qPrintable(import.err));
        QVERIFY(import.err.contains(QLatin1String("overrides the built-in")));
        QVERIFY2(import.err.contains(QLatin1String("Warning: this file replaces the built-in GitHub integration; changed:")),
            qPrintable(import.err));
        QVERIFY2(
            import.err.contains(
                QStringLiteral("oauth.token_url: %1 → https://proxy.example.com/login/oauth/access_token").arg(builtinTokenUrl)),
            qPrintable(import.err));
        QVERIFY2(!import.err.contains(QLatin1String("authorization_url")), qPrintable(import.err)); // only what changed

        const QJsonObject after = listed(QStringLiteral("github"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("GitHub (company proxy)"));
        QCOMPARE(after.value(QStringLiteral("overrides_builtin")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("source")).toString(), customDir() + QStringLiteral("/github.json"));
        const Run text = keyway({QStringLiteral("integrations")});
        bool marked = false;
        for (const QByteArray &line : text.out.split('\n'))
            marked = marked || (line.startsWith("github ") && line.contains("overrides built-in"));
        QVERIFY2(marked, text.out.constData());

        // Removing the custom file brings the built-in one back.
        QCOMPARE(keyway({QStringLiteral("integrations"), QStringLiteral("remove"), QStringLiteral("github")}).code, 0);
        const QJsonObject restored = listed(QStringLiteral("github"));
        QCOMPARE(restored.value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));
        QCOMPARE(restored.value(QStringLiteral("name")).toString(), before.value(QStringLiteral("name")).toString());
    }

    void badIssuerOrIdFailsClearly()
    {
        const Run noServer = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"),
            QStringLiteral("http://127.0.0.1:9/nothing"), QStringLiteral("--id"), QStringLiteral("nothing")});
        QCOMPARE(noServer.code, 1);
        QCOMPARE(noServer.err.trimmed().count(QLatin1Char('\n')), 0);
        const Run badId = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"),
            m_peer.issuer(), QStringLiteral("--id"), QStringLiteral("Not An Id")});
        QCOMPARE(badId.code, 1);
        QVERIFY(badId.err.contains(QLatin1String("id")));
        const Run insecure = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"),
            QStringLiteral("http://id.example.com"), QStringLiteral("--id"), QStringLiteral("insecure")});
        QCOMPARE(insecure.code, 1);
        for (const QString &id : {QStringLiteral("nothing"), QStringLiteral("insecure")})
            QVERIFY(!QFile::exists(customDir() + QLatin1Char('/') + id + QStringLiteral(".json")));
    }

    void registersKeywayAsAClientAndDeletesItOnRemoval()
    {
        const QString error = m_registrationPeer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--registration"), QStringLiteral("true"), QStringLiteral("--registration-initial-token"),
                QString::fromLatin1(m_initialToken)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString issuer = m_registrationPeer.issuer();
        const QString file = customDir() + QStringLiteral("/registered-idp.json");
        const QStringList add {QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"), issuer,
            QStringLiteral("--id"), QStringLiteral("registered-idp"), QStringLiteral("--register")};

        // Refused by the server (no initial access token): one clear line, and nothing is left behind.
        const Run refused = keyway(add);
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(refused.err.contains(QLatin1String("initial access token")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(file));
        QVERIFY(listed(QStringLiteral("registered-idp")).isEmpty());

        // A provider without a registration endpoint is told apart.
        const Run unsupported = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"),
            m_peer.issuer(), QStringLiteral("--id"), QStringLiteral("unregistrable"), QStringLiteral("--register")});
        QCOMPARE(unsupported.code, 1);
        QVERIFY2(unsupported.err.contains(QLatin1String("registration_endpoint")), qPrintable(unsupported.err));
        QVERIFY(!QFile::exists(customDir() + QStringLiteral("/unregistrable.json")));

        const Run registered = keyway(add + QStringList {QStringLiteral("--initial-access-token-stdin")}, m_initialToken + "\n");
        QVERIFY2(registered.code == 0, qPrintable(registered.err));
        QCOMPARE(registered.out.trimmed(), QByteArray("registered-idp"));
        const QJsonObject oauth = readJson(file).value(QStringLiteral("oauth")).toObject();
        const QJsonObject client = oauth.value(QStringLiteral("registered_client")).toObject();
        const QString clientId = client.value(QStringLiteral("client_id")).toString();
        QVERIFY(!clientId.isEmpty());
        QVERIFY2(registered.err.contains(clientId), qPrintable(registered.err));
        QVERIFY(client.value(QStringLiteral("configuration_url")).toString().startsWith(issuer + QStringLiteral("/reg/")));
        QVERIFY(!client.value(QStringLiteral("confidential")).toBool());
        QCOMPARE(oauth.value(QStringLiteral("client_auth")).toString(), QStringLiteral("none")); // public, PKCE
        const QString problems = schemaProblems(file);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(!text.contains("registration_access_token") && !text.contains("client_secret"));

        // Connect without naming a client, refresh, call the API.
        const Run connect = keyway({QStringLiteral("connect"), QStringLiteral("registered-idp")});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        const Run first = keyway({QStringLiteral("token"), id});
        QCOMPARE(first.code, 0);
        const Run refreshed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        QVERIFY(refreshed.out.trimmed() != first.out.trimmed());
        const Run me = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), issuer + QStringLiteral("/me")});
        QVERIFY2(me.code == 0, qPrintable(me.err));
        QCOMPARE(QJsonDocument::fromJson(me.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        m_secrets << m_initialToken << refreshed.out.trimmed();

        // The registration access token is in the keychain entry of the registration, and nowhere else.
        const QJsonObject entry = QJsonDocument::fromJson(keychainEntry(QStringLiteral("registration/registered-idp"))).object();
        const QByteArray rat = entry.value(QStringLiteral("registration_access_token")).toString().toUtf8();
        QVERIFY(!rat.isEmpty());
        m_secrets << rat;
        const QString configuration = client.value(QStringLiteral("configuration_url")).toString();
        QCOMPARE(managementStatus(configuration, rat), 200); // RFC 7592 §2.1: read with the token

        // Removing the integration deletes the registration: the provider no longer knows the client or its token.
        const Run removed = keyway({QStringLiteral("integrations"), QStringLiteral("remove"), QStringLiteral("registered-idp")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY2(!removed.err.contains(QLatin1String("Warning")), qPrintable(removed.err));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(managementStatus(configuration, rat), 401);
        QVERIFY(keychainEntry(QStringLiteral("registration/registered-idp")).isEmpty());
    }

    void replacingARegisteredIntegrationDeletesTheOldRegistration()
    {
        test::PeerProcess peer;
        const QString error
            = peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--registration"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString issuer = peer.issuer();
        const QString id = QStringLiteral("replaced-idp");
        const QString file = customDir() + QStringLiteral("/replaced-idp.json");
        const QStringList add {QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"), issuer,
            QStringLiteral("--id"), id, QStringLiteral("--register")};
        const Run first = keyway(add);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject before = readJson(file).value(QStringLiteral("oauth")).toObject();
        QVERIFY(!before.value(QStringLiteral("dpop")).toBool());
        const QJsonObject oldClient = before.value(QStringLiteral("registered_client")).toObject();
        const QString oldConfiguration = oldClient.value(QStringLiteral("configuration_url")).toString();
        const QByteArray oldToken = registrationAccessToken(id);
        QVERIFY(!oldToken.isEmpty());
        m_secrets << oldToken;
        QJsonObject registered;
        QCOMPARE(managementStatus(oldConfiguration, oldToken, &registered), 200);
        QVERIFY(!registered.value(QStringLiteral("dpop_bound_access_tokens")).toBool());

        // Without --replace the integration is kept and nothing is registered.
        const Run again = keyway(add);
        QCOMPARE(again.code, 1);
        QCOMPARE(readJson(file).value(QStringLiteral("oauth")).toObject(), before);
        QCOMPARE(registrationAccessToken(id), oldToken);

        // Replaced, now with DPoP: a new client, registered for DPoP-bound tokens only (RFC 9449 §5.2), and the old
        // registration deleted at the provider (RFC 7592 §2.3) with the token that was kept for it.
        const Run replaced = keyway(add + QStringList {QStringLiteral("--replace"), QStringLiteral("--dpop")});
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QVERIFY2(!replaced.err.contains(QLatin1String("Warning")), qPrintable(replaced.err));
        const QJsonObject oauth = readJson(file).value(QStringLiteral("oauth")).toObject();
        QVERIFY(oauth.value(QStringLiteral("dpop")).toBool());
        const QJsonObject client = oauth.value(QStringLiteral("registered_client")).toObject();
        QVERIFY(!client.value(QStringLiteral("client_id")).toString().isEmpty());
        QVERIFY(client.value(QStringLiteral("client_id")) != oldClient.value(QStringLiteral("client_id")));
        QCOMPARE(managementStatus(oldConfiguration, oldToken), 401);
        const QByteArray newToken = registrationAccessToken(id);
        QVERIFY(!newToken.isEmpty() && newToken != oldToken);
        m_secrets << newToken;
        const QString configuration = client.value(QStringLiteral("configuration_url")).toString();
        QCOMPARE(managementStatus(configuration, newToken, &registered), 200);
        QCOMPARE(registered.value(QStringLiteral("client_id")), client.value(QStringLiteral("client_id")));
        QCOMPARE(registered.value(QStringLiteral("dpop_bound_access_tokens")), QJsonValue(true));
        const QString problems = schemaProblems(file);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // The provider now issues that client only DPoP-bound tokens, and Keyway's connections make proofs for them:
        // connect, refresh and call the API.
        const Run connect = keyway({QStringLiteral("connect"), id});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString connection = QString::fromUtf8(connect.out).trimmed();
        const Run refreshed = keyway({QStringLiteral("token"), connection, QStringLiteral("--refresh"),
            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        const QJsonObject token = QJsonDocument::fromJson(refreshed.out).object();
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
        m_secrets << token.value(QStringLiteral("access_token")).toString().toUtf8();
        const Run me = keyway({QStringLiteral("request"), connection, QStringLiteral("GET"), issuer + QStringLiteral("/me")});
        QVERIFY2(me.code == 0, qPrintable(me.err));
        QCOMPARE(QJsonDocument::fromJson(me.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        const Run removed = keyway({QStringLiteral("integrations"), QStringLiteral("remove"), id});
        QVERIFY2(removed.code == 0 && !removed.err.contains(QLatin1String("Warning")), qPrintable(removed.err));
        QCOMPARE(managementStatus(configuration, newToken), 401);
        QVERIFY(keychainEntry(QStringLiteral("registration/replaced-idp")).isEmpty());
        peer.stop();
    }

    // A plain --replace (add without --register, or import) over an integration that was registered retires that
    // registration as --register --replace does: deleted at the provider (RFC 7592 §2.3) and its keychain entry
    // removed, once the new file is saved. A file that cannot be saved changes nothing; the integration's own exported
    // file imported again keeps its registration; a registration the provider no longer has is a warning.
    void plainReplaceDeletesTheOldRegistration()
    {
        test::PeerProcess peer;
        const QString error
            = peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--registration"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString id = QStringLiteral("plain-replaced");
        const QString file = customDir() + QStringLiteral("/plain-replaced.json");
        const QString entryKey = QStringLiteral("registration/plain-replaced");
        const QStringList add {QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"), peer.issuer(),
            QStringLiteral("--id"), id};
        // Registers a new client for the integration; its configuration endpoint and registration access token.
        const auto registerAgain = [&](QString *configuration, QByteArray *token) {
            const Run registered = keyway(add + QStringList {QStringLiteral("--register"), QStringLiteral("--replace")});
            QVERIFY2(registered.code == 0, qPrintable(registered.err));
            *configuration = readJson(file)
                                 .value(QStringLiteral("oauth"))
                                 .toObject()
                                 .value(QStringLiteral("registered_client"))
                                 .toObject()
                                 .value(QStringLiteral("configuration_url"))
                                 .toString();
            *token = registrationAccessToken(id);
            QVERIFY(!configuration->isEmpty() && !token->isEmpty());
            m_secrets << *token;
            QCOMPARE(managementStatus(*configuration, *token), 200);
        };

        // add --replace without --register.
        QString configuration;
        QByteArray token;
        registerAgain(&configuration, &token);
        if (QTest::currentTestFailed())
            return;
        const Run added = keyway(add + QStringList {QStringLiteral("--replace")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(!added.err.contains(QLatin1String("Warning")), qPrintable(added.err));
        QVERIFY(!readJson(file).value(QStringLiteral("oauth")).toObject().contains(QStringLiteral("registered_client")));
        QCOMPARE(managementStatus(configuration, token), 401);
        QVERIFY(keychainEntry(entryKey).isEmpty());
        const QString plain = m_dir.filePath(QStringLiteral("plain-replaced.json"));
        QVERIFY(QFile::copy(file, plain));

        // import --replace: a file that cannot be saved (it carries a credential) changes nothing...
        registerAgain(&configuration, &token);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject registeredFile = readJson(file);
        QJsonObject leaky = readJson(plain);
        leaky.insert(QStringLiteral("api"),
            QJsonObject {
                {QStringLiteral("headers"), QJsonObject {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc123")}}}});
        const QString leakyFile = m_dir.filePath(QStringLiteral("leaky-replacement.json"));
        QVERIFY(writeJson(leakyFile, leaky));
        const Run refused
            = keyway({QStringLiteral("integrations"), QStringLiteral("import"), leakyFile, QStringLiteral("--replace")});
        QCOMPARE(refused.code, 1);
        QCOMPARE(readJson(file), registeredFile);
        QCOMPARE(managementStatus(configuration, token), 200);
        QCOMPARE(registrationAccessToken(id), token);

        // ...its own exported file imported again keeps the registration...
        const QString exported = m_dir.filePath(QStringLiteral("plain-replaced-registered.json"));
        QCOMPARE(keyway({QStringLiteral("integrations"), QStringLiteral("export"), id, exported}).code, 0);
        const Run same
            = keyway({QStringLiteral("integrations"), QStringLiteral("import"), exported, QStringLiteral("--replace")});
        QVERIFY2(same.code == 0 && !same.err.contains(QLatin1String("Warning")), qPrintable(same.err));
        QCOMPARE(managementStatus(configuration, token), 200);
        QCOMPARE(registrationAccessToken(id), token);

        // ...and another file takes its place and retires it.
        const Run imported
            = keyway({QStringLiteral("integrations"), QStringLiteral("import"), plain, QStringLiteral("--replace")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(!imported.err.contains(QLatin1String("Warning")), qPrintable(imported.err));
        QCOMPARE(managementStatus(configuration, token), 401);
        QVERIFY(keychainEntry(entryKey).isEmpty());

        // Best effort: a registration the provider no longer has is a warning, and the keychain entry goes anyway.
        registerAgain(&configuration, &token);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(test::RegistrationChecks::deleteRegistration(configuration, token), 204);
        const Run warned = keyway(add + QStringList {QStringLiteral("--replace")});
        QVERIFY2(warned.code == 0, qPrintable(warned.err));
        QVERIFY2(warned.err.contains(QLatin1String("Warning")) && warned.err.contains(QLatin1String("provider's console")),
            qPrintable(warned.err));
        QVERIFY(keychainEntry(entryKey).isEmpty());
        QVERIFY(!readJson(file).value(QStringLiteral("oauth")).toObject().contains(QStringLiteral("registered_client")));

        QCOMPARE(keyway({QStringLiteral("integrations"), QStringLiteral("remove"), id}).code, 0);
        peer.stop();
    }

    void aServerTakingOnlySecretsGetsAConfidentialClient()
    {
        test::PeerProcess peer;
        const QString error = peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--registration"), QStringLiteral("true"), QStringLiteral("--registration-secret-only"),
                QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run add = keyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"), peer.issuer(),
            QStringLiteral("--id"), QStringLiteral("secret-idp"), QStringLiteral("--register")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QVERIFY2(add.err.contains(QLatin1String("keychain")), qPrintable(add.err));
        const QString file = customDir() + QStringLiteral("/secret-idp.json");
        const QJsonObject oauth = readJson(file).value(QStringLiteral("oauth")).toObject();
        QVERIFY(oauth.value(QStringLiteral("registered_client")).toObject().value(QStringLiteral("confidential")).toBool());
        QCOMPARE(oauth.value(QStringLiteral("client_auth")).toString(), QStringLiteral("client_secret_basic"));
        QVERIFY(!oauth.contains(QStringLiteral("public_client_id")));
        const QByteArray secret = QJsonDocument::fromJson(keychainEntry(QStringLiteral("registration/secret-idp")))
                                      .object()
                                      .value(QStringLiteral("client_secret"))
                                      .toString()
                                      .toUtf8();
        QVERIFY(!secret.isEmpty());
        m_secrets << secret; // only in the keychain

        // The registered secret comes from the keychain: nothing to name or type.
        const Run connect = keyway({QStringLiteral("connect"), QStringLiteral("secret-idp")});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        const Run refreshed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        m_secrets << refreshed.out.trimmed();
        const Run removed = keyway({QStringLiteral("integrations"), QStringLiteral("remove"), QStringLiteral("secret-idp")});
        QVERIFY2(removed.code == 0 && !removed.err.contains(QLatin1String("Warning")), qPrintable(removed.err));
        peer.stop();
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_secrets.isEmpty());
        QStringList roots = test::writableRoots();
        roots << m_dir.path();
        for (const QByteArray &secret : std::as_const(m_secrets))
            QCOMPARE(test::filesContaining(secret, roots), QStringList());
    }

    void cleanupTestCase()
    {
        m_peer.stop();
        m_registrationPeer.stop();
    }
};

QTEST_GUILESS_MAIN(TestCustomIntegration)
#include "TestCustomIntegration.moc"
