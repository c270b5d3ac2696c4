// Keyway as the token broker for other programs (issue 21), end to end with the real `keyway` binary against a
// real OpenID Provider (oidc-provider on loopback): `keyway exec` hands a fresh token to a command through its
// environment, `keyway token --format` prints JSON and a kubeconfig ExecCredential, and `keyway git-credential`
// lets real `git` clone from a server that takes only a valid access token (git's http-backend behind the
// provider, tests/peers/oidc-server.mjs --git-root).
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "TestSupport.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/StoredCredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using keyway::test::KeywayRun;
using namespace Qt::StringLiterals;

class TestBroker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    keyway::test::PeerProcess m_peer;
    QString m_id;

    KeywayRun keyway(const QStringList &args, const QByteArray &input = {})
    {
        return keyway::test::runKeyway(args, input, {{u"KEYWAY_BROWSER"_s, keyway::test::scriptedBrowserCommand()}});
    }

    // Runs a program to its end; returns its exit code (-1 when it crashed or hung).
    static int run(const QString &program, const QStringList &args, const QString &dir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        if (!dir.isEmpty())
            p.setWorkingDirectory(dir);
        p.start(program, args);
        p.closeWriteChannel();
        if (!p.waitForFinished(90000)) {
            p.kill();
            return -1;
        }
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        if (output)
            *output = out;
        if (p.exitStatus() != QProcess::NormalExit)
            return -1;
        if (p.exitCode() != 0)
            qWarning().noquote() << program << args.join(u' ') << "->" << p.exitCode() << out;
        return p.exitCode();
    }

    // git that reads no configuration of the user's or the system's and never prompts.
    QProcessEnvironment gitEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"git-home"_s));
        env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
        env.insert(u"GIT_ASKPASS"_s, u"/bin/false"_s);
        env.insert(u"GIT_AUTHOR_NAME"_s, u"Keyway Test"_s);
        env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@keyway.invalid"_s);
        env.insert(u"GIT_COMMITTER_NAME"_s, u"Keyway Test"_s);
        env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@keyway.invalid"_s);
        return env;
    }

    QString repositoryUrl() const { return m_peer.issuer() + u"/git/project.git"_s; }

    // RFC 7009 at the provider, behind Keyway's back, as a user revoking access in the provider's settings: the
    // connection's refresh token, read from the keychain the binary uses. Returns the HTTP status.
    int revokeRefreshTokenAtProvider(const QString &id)
    {
        keyway::AppInfo::apply(); // the binary's folders and keychain service, not this test's
        auto core = keyway::CoreContext::open();
        if (!core)
            return -1;
        QByteArray refreshToken;
        bool read = false;
        core.value()->service().credentials(id, this, [&](const keyway::Result<keyway::StoredCredentials> &c) {
            refreshToken = c ? c.value().tokens.refreshToken : QByteArray();
            read = true;
        });
        if (!QTest::qWaitFor([&] { return read; }, 20000) || refreshToken.isEmpty())
            return -1;
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_peer.issuer() + u"/token/revocation"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QUrlQuery form;
        form.addQueryItem(u"token"_s, QString::fromUtf8(refreshToken));
        form.addQueryItem(u"token_type_hint"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, u"keyway-native"_s);
        QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every run starts without connections: the last test adds a named second account.
        keyway::test::resetTestHome();
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("git is not installed");
        // A bare repository with one commit, served by git's http-backend behind the provider.
        const QString root = m_dir.filePath(u"repositories"_s);
        const QString work = m_dir.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(root) && QDir().mkpath(work) && QDir().mkpath(m_dir.filePath(u"git-home"_s)));
        const QProcessEnvironment env = gitEnvironment();
        QCOMPARE(run(u"git"_s, {u"init"_s, u"--bare"_s, u"-q"_s, root + u"/project.git"_s}, {}, env), 0);
        QCOMPARE(run(u"git"_s, {u"init"_s, u"-q"_s, work}, {}, env), 0);
        QFile readme(work + u"/README"_s);
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("cloned with a Keyway token\n");
        readme.close();
        QCOMPARE(run(u"git"_s, {u"add"_s, u"README"_s}, work, env), 0);
        QCOMPARE(run(u"git"_s, {u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s}, work, env), 0);
        QCOMPARE(run(u"git"_s, {u"push"_s, u"-q"_s, root + u"/project.git"_s, u"HEAD:refs/heads/main"_s}, work, env), 0);
        QCOMPARE(run(u"git"_s, {u"--git-dir"_s, root + u"/project.git"_s, u"symbolic-ref"_s, u"HEAD"_s, u"refs/heads/main"_s}, {},
                     env),
            0);

        const QString error = m_peer.start(u"oidc-server.mjs"_s, {u"--git-root"_s, root});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const KeywayRun connected = keyway({u"connect"_s, u"--issuer"_s, m_peer.issuer(), u"--client-id"_s, u"keyway-native"_s,
            u"--scope"_s, u"openid email offline_access"_s});
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        m_id = QString::fromUtf8(connected.out).trimmed();
    }

    // The command reads the token and its type (the Authorization scheme) from its environment and shows they work at
    // the provider's userinfo endpoint.
    void execGivesTheCommandAWorkingToken()
    {
        const QString check = uR"(if (process.env.KEYWAY_TOKEN_TYPE !== 'Bearer') process.exit(6);
            fetch(process.env.ISSUER + '/me', {headers: {Authorization: process.env.KEYWAY_TOKEN_TYPE + ' ' + process.env.%1}})
            .then((r) => process.exit(r.status === 200 ? 0 : 3), () => process.exit(4));)"_s;
        qputenv("ISSUER", m_peer.issuer().toUtf8());
        const QString node = keyway::test::nodeProgram();
        QVERIFY(!node.isEmpty());
        KeywayRun r = keyway({u"exec"_s, m_id, u"--"_s, node, u"-e"_s, check.arg(u"KEYWAY_ACCESS_TOKEN"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // --env chooses the variable; the default one is then not set.
        r = keyway({u"exec"_s, m_id, u"--env"_s, u"GITHUB_TOKEN"_s, u"--"_s, node, u"-e"_s,
            check.arg(u"GITHUB_TOKEN"_s) + u"; if (process.env.KEYWAY_ACCESS_TOKEN) process.exit(5);"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qunsetenv("ISSUER");
    }

    void execExitsWithTheCommandsStatus()
    {
        QCOMPARE(keyway({u"exec"_s, m_id, u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s}).code, 7);
        QCOMPARE(keyway({u"exec"_s, m_id, u"--"_s, u"sh"_s, u"-c"_s, u"kill -TERM $$"_s}).code, 128 + 15);
        const KeywayRun missing = keyway({u"exec"_s, m_id, u"--"_s, u"/nonexistent/keyway-test-command"_s});
        QCOMPARE(missing.code, 127);
        QVERIFY(missing.err.contains(u"cannot run"_s));
    }

    void execRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {u"exec"_s, u"CONN"_s};
        QTest::newRow("bad variable name") << QStringList {u"exec"_s, u"CONN"_s, u"--env"_s, u"A-B"_s, u"--"_s, u"true"_s};
        QTest::newRow("variable with =") << QStringList {u"exec"_s, u"CONN"_s, u"--env"_s, u"A=B"_s, u"--"_s, u"true"_s};
        QTest::newRow("the base URL's variable")
            << QStringList {u"exec"_s, u"CONN"_s, u"--env"_s, u"KEYWAY_API_BASE_URL"_s, u"--"_s, u"true"_s};
        QTest::newRow("the token type's variable")
            << QStringList {u"exec"_s, u"CONN"_s, u"--env"_s, u"KEYWAY_TOKEN_TYPE"_s, u"--"_s, u"true"_s};
        QTest::newRow("unknown connection") << QStringList {u"exec"_s, u"no-such-connection"_s, u"--"_s, u"true"_s};
    }

    void execRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(u"CONN"_s, m_id);
        const KeywayRun r = keyway(args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(u"keyway exec: "_s));
    }

    void tokenAsJsonAndAsAnExecCredential()
    {
        const KeywayRun json = keyway({u"token"_s, m_id, u"--format"_s, u"json"_s});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QVERIFY(!o[u"access_token"_s].toString().isEmpty());
        QCOMPARE(o[u"token_type"_s].toString(), u"Bearer"_s);
        QVERIFY(QDateTime::fromString(o[u"expires_at"_s].toString(), Qt::ISODate).isValid());
        QVERIFY(o[u"scope"_s].toString().contains(u"openid"_s));

        const KeywayRun kube = keyway({u"token"_s, m_id, u"--format"_s, u"kubernetes"_s});
        QVERIFY2(kube.code == 0, qPrintable(kube.err));
        const QJsonObject cred = QJsonDocument::fromJson(kube.out).object();
        QCOMPARE(cred[u"apiVersion"_s].toString(), u"client.authentication.k8s.io/v1"_s);
        QCOMPARE(cred[u"kind"_s].toString(), u"ExecCredential"_s);
        QCOMPARE(cred[u"status"_s][u"token"_s].toString(), o[u"access_token"_s].toString());
        QVERIFY(QDateTime::fromString(cred[u"status"_s][u"expirationTimestamp"_s].toString(), Qt::ISODate).isValid());

        const KeywayRun bad = keyway({u"token"_s, m_id, u"--format"_s, u"yaml"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.out.isEmpty());
    }

    // Without a credential the server refuses; with Keyway as git's credential helper the clone works.
    void gitClonesWithTheConnectionsToken()
    {
        const QProcessEnvironment env = gitEnvironment();
        QByteArray output;
        QVERIFY(run(u"git"_s, {u"clone"_s, u"-q"_s, repositoryUrl(), m_dir.filePath(u"refused"_s)}, {}, env, &output) != 0);
        const int refusedBefore = keyway::test::ProviderCounters::counts(m_peer)[u"git"_s][u"refused"_s].toInt();
        QVERIFY(refusedBefore > 0);

        const QString helper = u"credential.helper=" KEYWAY_EXECUTABLE " git-credential"_s;
        QCOMPARE(
            run(u"git"_s, {u"-c"_s, helper, u"clone"_s, u"-q"_s, repositoryUrl(), m_dir.filePath(u"cloned"_s)}, {}, env, &output),
            0);
        QFile readme(m_dir.filePath(u"cloned/README"_s));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QCOMPARE(readme.readAll(), QByteArray("cloned with a Keyway token\n"));
        QVERIFY(keyway::test::ProviderCounters::counts(m_peer)[u"git"_s][u"ok"_s].toInt() > 0);
        // Nothing of the token reached git's configuration.
        QVERIFY(!QFile::exists(m_dir.filePath(u"git-home/.git-credentials"_s)));
    }

    void getAnswersOnlyForTheConnectionsOwnHost()
    {
        const QUrl issuer(m_peer.issuer());
        const QByteArray host = issuer.host().toUtf8() + ':' + QByteArray::number(issuer.port());
        KeywayRun r = keyway({u"git-credential"_s, u"get"_s}, "protocol=http\nhost=" + host + "\n\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith("username="));
        QVERIFY(r.out.contains("\npassword="));
        QVERIFY(r.out.contains("\npassword_expiry_utc="));
        for (const QByteArray &other : {QByteArray("protocol=https\nhost=evil.example\n"),
                 QByteArray("protocol=http\nhost=127.0.0.1:1\n"), QByteArray("protocol=https\nhost=" + host + "\n")}) {
            r = keyway({u"git-credential"_s, u"get"_s}, other);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.isEmpty(), other.constData());
        }
        r = keyway({u"git-credential"_s, u"get"_s}, "protocol=http\nhost\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(keyway({u"git-credential"_s, u"store"_s}, "protocol=http\nhost=" + host + "\npassword=x\n").code, 0);
        QCOMPARE(keyway({u"git-credential"_s, u"forget"_s}, {}).code, 1);
    }

    // git says the server refused the token: when it is still the current one, Keyway renews it, even right
    // after another process renewed (that renewal made the refused token); an old token that was already
    // replaced changes nothing. Nothing is deleted.
    void eraseRenewsTheRefusedTokenOnly()
    {
        const QUrl issuer(m_peer.issuer());
        const QByteArray request
            = "protocol=http\nhost=" + issuer.host().toUtf8() + ':' + QByteArray::number(issuer.port()) + "\npassword=";
        // A renewal a moment ago in another process (keyway token --refresh): its token is the one refused next.
        const KeywayRun renewed = keyway({u"token"_s, m_id, u"--refresh"_s});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        const QByteArray current = renewed.out.trimmed();
        const int before = keyway::test::ProviderCounters::refreshes(m_peer);
        KeywayRun r = keyway({u"git-credential"_s, u"erase"_s}, request + current + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(keyway::test::ProviderCounters::refreshes(m_peer), before + 1);
        const QByteArray next = keyway({u"token"_s, m_id}).out.trimmed();
        QVERIFY(!next.isEmpty() && next != current);
        r = keyway({u"git-credential"_s, u"erase"_s}, request + current + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(keyway::test::ProviderCounters::refreshes(m_peer), before + 1);
        QCOMPARE(keyway({u"token"_s, m_id}).out.trimmed(), next);
    }

    // Several accounts of one integration (runs last: it adds bob's connection). Every front-end chooses by name,
    // account or id, and by the integration's default when given the integration or when git names no user.
    void severalAccountsAreChosenByNameAccountOrTheDefault()
    {
        const KeywayRun bobConnected
            = keyway::test::runKeyway({u"connect"_s, u"--issuer"_s, m_peer.issuer(), u"--client-id"_s, u"keyway-native"_s,
                                          u"--scope"_s, u"openid email offline_access"_s, u"--name"_s, u"bob-at-work"_s},
                {}, {{u"KEYWAY_BROWSER"_s, keyway::test::scriptedBrowserCommand()}, {u"KEYWAY_TEST_LOGIN"_s, u"bob"_s}});
        QVERIFY2(bobConnected.code == 0, qPrintable(bobConnected.err));
        const QString bob = QString::fromUtf8(bobConnected.out).trimmed();
        QString integration, aliceAccount;
        for (const QJsonValue &v : QJsonDocument::fromJson(keyway({u"connections"_s, u"--json"_s}).out).array()) {
            if (v[u"id"_s].toString() == m_id) {
                integration = v[u"integration"_s].toString();
                aliceAccount = v[u"account"_s].toString();
            }
        }
        QVERIFY(!integration.isEmpty() && !aliceAccount.isEmpty());
        const QByteArray aliceToken = keyway({u"token"_s, m_id}).out.trimmed();
        const QByteArray bobToken = keyway({u"token"_s, bob}).out.trimmed();
        QVERIFY(!aliceToken.isEmpty() && !bobToken.isEmpty() && aliceToken != bobToken);
        const QUrl issuer(m_peer.issuer());
        const QByteArray hostRequest
            = "protocol=http\nhost=" + issuer.host().toUtf8() + ':' + QByteArray::number(issuer.port()) + "\n";

        // No default yet: naming the integration, or git naming no user, is a question to the user.
        KeywayRun r = keyway({u"token"_s, integration});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"keyway connections default "_s + integration), qPrintable(r.err));
        r = keyway({u"git-credential"_s, u"get"_s}, hostRequest + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        // By account: alice's own token.
        QCOMPARE(keyway({u"token"_s, aliceAccount}).out.trimmed(), aliceToken);

        // A default only for a connection of that integration.
        QCOMPARE(keyway({u"connections"_s, u"default"_s, u"some-other-integration"_s, bob}).code, 1);
        r = keyway({u"connections"_s, u"default"_s, integration, bob});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QJsonValue &v : QJsonDocument::fromJson(keyway({u"connections"_s, u"--json"_s}).out).array())
            QCOMPARE(v[u"default"_s].toBool(), v[u"id"_s].toString() == bob);
        const QStringList lines = QString::fromUtf8(keyway({u"connections"_s}).out).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QCOMPARE(line.endsWith(u"(default)"_s), line.startsWith(bob.left(8)));

        // Now every front-end given the integration uses bob's connection.
        QCOMPARE(keyway({u"token"_s, integration}).out.trimmed(), bobToken);
        const KeywayRun kube = keyway({u"token"_s, integration, u"--format"_s, u"kubernetes"_s});
        QCOMPARE(QJsonDocument::fromJson(kube.out).object()[u"status"_s][u"token"_s].toString().toUtf8(), bobToken);
        r = keyway({u"exec"_s, integration, u"--"_s, u"sh"_s, u"-c"_s, u"printf %s \"$KEYWAY_ACCESS_TOKEN\""_s});
        QCOMPARE(r.out, bobToken);
        r = keyway({u"git-credential"_s, u"get"_s}, hostRequest + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("\npassword=" + bobToken + "\n"));
        // git's user name still picks the account it names.
        r = keyway({u"git-credential"_s, u"get"_s}, hostRequest + "username=" + aliceAccount.toUtf8() + "\n\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("\npassword=" + aliceToken + "\n"));
        // A name still wins over the default.
        QCOMPARE(keyway({u"token"_s, m_id}).out.trimmed(), aliceToken);
    }

    // The catalogue's git block (a forge serving repositories from another host than its API): git-credential
    // answers for the listed host, over https only, with the forge's user name, and takes that name back on erase.
    void answersForTheForgesGitHostWithItsUserName()
    {
        KeywayRun r = keyway({u"integrations"_s, u"add"_s, u"--issuer"_s, m_peer.issuer(), u"--id"_s, u"local-forge"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString path = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/keyway/integrations/local-forge.json"_s;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QJsonObject integration = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        integration.insert(u"git"_s, QJsonObject {{u"hosts"_s, QJsonArray {u"code.forge.test"_s}}, {u"username"_s, u"oauth2"_s}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(integration).toJson());
        file.close();
        r = keyway({u"connect"_s, u"local-forge"_s, u"--client-id"_s, u"keyway-native"_s, u"--scope"_s,
            u"openid email offline_access"_s, u"--name"_s, u"forge"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray token = keyway({u"token"_s, u"forge"_s}).out.trimmed();
        QVERIFY(!token.isEmpty());

        r = keyway({u"git-credential"_s, u"get"_s}, "protocol=https\nhost=code.forge.test\n\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith("username=oauth2\npassword=" + token + "\n"), r.out.constData());
        // git names the forge's user name back (the URL's, or on erase): still this connection.
        r = keyway({u"git-credential"_s, u"get"_s}, "protocol=https\nhost=code.forge.test\nusername=oauth2\n\n");
        QVERIFY(r.out.contains("\npassword=" + token + "\n"));
        // Never over plain http, never a look-alike host.
        for (const QByteArray &other :
            {QByteArray("protocol=http\nhost=code.forge.test\n"), QByteArray("protocol=https\nhost=evil.code.forge.test\n")}) {
            r = keyway({u"git-credential"_s, u"get"_s}, other);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.isEmpty(), other.constData());
        }
    }

    // Issue 27: once Keyway knows the grant is gone (the user revoked it at the provider, a refresh met invalid_grant),
    // no front-end hands out the access token still in the keychain, although its expiry has not come: `token` fails
    // with one line saying to connect again, the kubeconfig plugin fails on stderr with nothing on stdout (kubectl
    // then reports the failure), git's helper answers `get` with nothing and a non-zero status, `exec` never runs
    // the command. Runs last: it revokes its own connection (carol's).
    void aRevokedGrantGivesNoFrontEndItsLastToken()
    {
        const KeywayRun connected
            = keyway::test::runKeyway({u"connect"_s, u"--issuer"_s, m_peer.issuer(), u"--client-id"_s, u"keyway-native"_s,
                                          u"--scope"_s, u"openid email offline_access"_s, u"--name"_s, u"revoked-grant"_s},
                {}, {{u"KEYWAY_BROWSER"_s, keyway::test::scriptedBrowserCommand()}, {u"KEYWAY_TEST_LOGIN"_s, u"carol"_s}});
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        const QString id = QString::fromUtf8(connected.out).trimmed();
        const KeywayRun before = keyway({u"token"_s, u"revoked-grant"_s, u"--format"_s, u"json"_s});
        QVERIFY2(before.code == 0, qPrintable(before.err));
        const QJsonObject cached = QJsonDocument::fromJson(before.out).object();
        QVERIFY(QDateTime::fromString(cached[u"expires_at"_s].toString(), Qt::ISODate) > QDateTime::currentDateTimeUtc());

        // The user revokes Keyway's access at the provider (RFC 7009 on the refresh token ends the grant); the next
        // renewal meets invalid_grant and the connection needs the user.
        QCOMPARE(revokeRefreshTokenAtProvider(id), 200);
        KeywayRun r = keyway({u"token"_s, u"revoked-grant"_s, u"--refresh"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        for (const QJsonValue &v : QJsonDocument::fromJson(keyway({u"connections"_s, u"--json"_s}).out).array())
            if (v[u"id"_s].toString() == id)
                QCOMPARE(v[u"status"_s].toString(), u"needs_reauthorization"_s);

        // The cached token is not due, yet no front-end gives it out.
        for (const QString &format : {u"token"_s, u"json"_s, u"kubernetes"_s}) {
            r = keyway({u"token"_s, u"revoked-grant"_s, u"--format"_s, format});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY2(r.err.startsWith(u"keyway token: "_s) && r.err.contains(u"connect again"_s), qPrintable(r.err));
            QCOMPARE(r.err.count(u'\n'), 1);
        }
        const QUrl issuer(m_peer.issuer());
        r = keyway({u"git-credential"_s, u"get"_s},
            "protocol=http\nhost=" + issuer.host().toUtf8() + ':' + QByteArray::number(issuer.port())
                + "\nusername=revoked-grant\n\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains(u"connect again"_s), qPrintable(r.err));
        const QString ran = m_dir.filePath(u"exec-ran"_s);
        r = keyway({u"exec"_s, u"revoked-grant"_s, u"--"_s, u"touch"_s, ran});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(ran));
        QVERIFY2(r.err.contains(u"connect again"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestBroker)
#include "TestBroker.moc"
