// git's credential helper protocol (git-credential(1)) as `keyway git-credential` reads and writes it, and which
// connection answers for a host: only its own origins, over TLS except on this computer (issue 21).
#include "cli/GitCredential.h"
#include "core/ConnectionSettings.h"

#include <QTest>

using namespace keyway;
using namespace Qt::StringLiterals;

namespace {

ConnectionRecord connection(const QString &name, const QString &apiBaseUrl, const QString &issuer = {})
{
    ConnectionRecord r;
    r.id = name + u"-id"_s;
    r.name = name;
    r.accountLabel = name + u"@example.com"_s;
    r.status = ConnectionStatus::Connected;
    ConnectionSettings s;
    s.authMode = AuthMode::AuthorizationCode;
    s.apiBaseUrl = apiBaseUrl;
    s.issuer = issuer;
    r.settings = s.toJson();
    return r;
}

GitCredentialRequest request(const QString &protocol, const QString &host, const QString &username = {})
{
    GitCredentialRequest r;
    r.protocol = protocol;
    r.host = host;
    r.username = username;
    return r;
}

} // namespace

class TestGitCredential : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatGitSends()
    {
        const auto r = GitCredentialRequest::parse("protocol=https\nhost=git.example.com:8443\npath=org/repo.git\n"
                                                   "username=alice\ncapability[]=authtype\nwwwauth[]=Basic realm=\"x\"\n\n");
        QVERIFY(r.ok());
        QCOMPARE(r.value().protocol, u"https"_s);
        QCOMPARE(r.value().host, u"git.example.com:8443"_s);
        QCOMPARE(r.value().path, u"org/repo.git"_s);
        QCOMPARE(r.value().username, u"alice"_s);
    }

    void aBlankLineEndsTheRequest()
    {
        const auto r = GitCredentialRequest::parse("protocol=https\nhost=a.example\n\nhost=b.example\n");
        QVERIFY(r.ok());
        QCOMPARE(r.value().host, u"a.example"_s);
    }

    void readsAWholeUrl()
    {
        const auto r = GitCredentialRequest::parse("url=https://bob@git.example.com:8443/org/repo.git\n");
        QVERIFY(r.ok());
        QCOMPARE(r.value().protocol, u"https"_s);
        QCOMPARE(r.value().host, u"git.example.com:8443"_s);
        QCOMPARE(r.value().username, u"bob"_s);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no equals") << QByteArray("protocol=https\nhost\n");
        QTest::newRow("empty key") << QByteArray("=https\n");
        QTest::newRow("NUL byte") << QByteArray("protocol=https\nhost=a\0b\n", 22);
        QTest::newRow("too long") << QByteArray("host=" + QByteArray(GitCredentialRequest::kMaxBytes, 'a'));
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, input);
        const auto r = GitCredentialRequest::parse(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"bad_input"_s);
    }

    void emptyInputAsksForNothing()
    {
        const auto r = GitCredentialRequest::parse({});
        QVERIFY(r.ok());
        QVERIFY(!GitCredential::answersFor(connection(u"gh"_s, u"https://git.example.com"_s), r.value()));
    }

    void answersOnlyForItsOwnOrigins_data()
    {
        QTest::addColumn<QString>("apiBaseUrl");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("answers");
        QTest::newRow("API host") << u"https://git.example.com/api/v4"_s << QString() << u"https"_s << u"git.example.com"_s
                                  << true;
        QTest::newRow("issuer host") << QString() << u"https://login.example.com"_s << u"https"_s << u"login.example.com"_s
                                     << true;
        QTest::newRow("host names differ in case")
            << u"https://Git.Example.com"_s << QString() << u"https"_s << u"git.example.COM"_s << true;
        QTest::newRow("another host") << u"https://git.example.com"_s << QString() << u"https"_s << u"git.example.org"_s << false;
        QTest::newRow("a host that ends like it")
            << u"https://example.com"_s << QString() << u"https"_s << u"evil-example.com"_s << false;
        QTest::newRow("another port") << u"https://git.example.com:8443"_s << QString() << u"https"_s << u"git.example.com"_s
                                      << false;
        QTest::newRow("same port") << u"https://git.example.com:8443"_s << QString() << u"https"_s << u"git.example.com:8443"_s
                                   << true;
        QTest::newRow("http to a remote host")
            << u"http://git.example.com"_s << QString() << u"http"_s << u"git.example.com"_s << false;
        QTest::newRow("http where the API is https")
            << u"https://git.example.com"_s << QString() << u"http"_s << u"git.example.com"_s << false;
        QTest::newRow("http on loopback") << QString() << u"http://127.0.0.1:4000"_s << u"http"_s << u"127.0.0.1:4000"_s << true;
        QTest::newRow("ssh") << u"https://git.example.com"_s << QString() << u"ssh"_s << u"git.example.com"_s << false;
    }

    void answersOnlyForItsOwnOrigins()
    {
        QFETCH(QString, apiBaseUrl);
        QFETCH(QString, issuer);
        QFETCH(QString, protocol);
        QFETCH(QString, host);
        QFETCH(bool, answers);
        QCOMPARE(GitCredential::answersFor(connection(u"c"_s, apiBaseUrl, issuer), request(protocol, host)), answers);
    }

    // The catalogue's git block: a forge whose repositories live on another host than its API (gitlab.com beside
    // its API, github.com beside api.github.com) answers there too, over TLS only, and nowhere else.
    void answersForTheHostsItsIntegrationServesGitFrom_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("answers");
        QTest::newRow("listed host") << u"https"_s << u"code.example.com"_s << true;
        QTest::newRow("listed host, other case") << u"https"_s << u"Code.Example.com"_s << true;
        QTest::newRow("listed host with its port") << u"https"_s << u"git.example.net:8443"_s << true;
        QTest::newRow("listed host, another port") << u"https"_s << u"git.example.net"_s << false;
        QTest::newRow("listed host over http") << u"http"_s << u"code.example.com"_s << false;
        QTest::newRow("a sub-domain of a listed host") << u"https"_s << u"evil.code.example.com"_s << false;
        QTest::newRow("an unlisted host") << u"https"_s << u"example.com"_s << false;
    }
    void answersForTheHostsItsIntegrationServesGitFrom()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, host);
        QFETCH(bool, answers);
        GitSettings git;
        git.hosts = QStringList {u"code.example.com"_s, u"git.example.net:8443"_s};
        const ConnectionRecord c = connection(u"c"_s, u"https://api.example.com"_s);
        QCOMPARE(GitCredential::answersFor(c, request(protocol, host), git), answers);
        // Without the git block only the API's own host answers.
        QVERIFY(!GitCredential::answersFor(c, request(u"https"_s, u"code.example.com"_s)));
    }

    // The forge's fixed user name (GitLab's "oauth2") comes back from git on erase: it names no connection, so it
    // stands for all the forge's connections, while a connection's own name still picks it.
    void theForgesFixedUserNameNamesNoOne()
    {
        const QList<ConnectionRecord> both {
            connection(u"work"_s, u"https://git.example.com"_s), connection(u"home"_s, u"https://git.example.com"_s)};
        const auto forgeUser = [](const ConnectionRecord &) { return u"oauth2"_s; };
        QCOMPARE(GitCredential::chosen(both, u"oauth2"_s, forgeUser).size(), 2);
        QVERIFY(GitCredential::chosen(both, u"oauth2"_s).isEmpty());
        QCOMPARE(GitCredential::chosen(both, u"home"_s, forgeUser).value(0).name, u"home"_s);
        QVERIFY(GitCredential::chosen(both, u"mallory"_s, forgeUser).isEmpty());
    }

    void aRevokedConnectionNeverAnswers()
    {
        ConnectionRecord c = connection(u"gh"_s, u"https://git.example.com"_s);
        c.status = ConnectionStatus::Revoked;
        QVERIFY(!GitCredential::answersFor(c, request(u"https"_s, u"git.example.com"_s)));
    }

    void gitsUserNameChoosesAmongSeveral()
    {
        const QList<ConnectionRecord> both {
            connection(u"work"_s, u"https://git.example.com"_s), connection(u"home"_s, u"https://git.example.com"_s)};
        QCOMPARE(GitCredential::chosen(both, {}).size(), 2);
        QCOMPARE(GitCredential::chosen(both, u"home"_s).value(0).name, u"home"_s);
        QCOMPARE(GitCredential::chosen(both, u"work@example.com"_s).value(0).name, u"work"_s);
        QCOMPARE(GitCredential::chosen(both, u"home-id"_s).value(0).name, u"home"_s);
        QVERIFY(GitCredential::chosen(both, u"mallory"_s).isEmpty());
    }

    void answerHasTheExpiryGitHonours()
    {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        QCOMPARE(GitCredential::answer(u"alice"_s, "tok", at),
            QByteArray("username=alice\npassword=tok\npassword_expiry_utc=1900000000\n"));
        QCOMPARE(GitCredential::answer(u"alice"_s, "tok", {}), QByteArray("username=alice\npassword=tok\n"));
    }

    void answerRefusesValuesThatWouldForgeKeys()
    {
        QVERIFY(GitCredential::answer(u"alice\npassword=x"_s, "tok", {}).isEmpty());
        QVERIFY(GitCredential::answer(u"alice"_s, "tok\nusername=x", {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGitCredential)
#include "TestGitCredential.moc"
