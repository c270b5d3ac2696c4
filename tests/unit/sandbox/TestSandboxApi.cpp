// The demo API behind the sandbox, over real loopback HTTP: JSON contacts and events per account, the scope
// each endpoint needs (403 insufficient_scope with its WWW-Authenticate challenge, RFC 6750 §3.1), and bad input.
#include "SandboxTestClient.h"

#include <QJsonArray>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    QString tokenFor(const QString &account, const QString &scope)
    {
        Authorization a;
        a.account = account;
        a.scope = scope;
        return m_client->signIn(a).json().value(u"access_token"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void indexAndContacts()
    {
        const QString token = tokenFor(u"dave"_s, u"openid contacts.read"_s);
        HttpReply r = m_client->api("GET", u"/api"_s, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"endpoints"_s).toArray().size(), 4);
        QCOMPARE(m_client->api("GET", u"/api/"_s, token).status, 200);

        r = m_client->api("GET", u"/api/contacts"_s, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonArray contacts = r.json().value(u"contacts"_s).toArray();
        QCOMPARE(contacts.size(), 3);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 3);
        const QJsonObject first = contacts.first().toObject();
        QCOMPARE(first.value(u"id"_s).toString(), u"c1"_s);
        QVERIFY(!first.value(u"name"_s).toString().isEmpty());

        r = m_client->api("GET", u"/api/contacts?q=grace"_s, token);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 1);
        r = m_client->api("GET", u"/api/contacts?limit=2"_s, token);
        QCOMPARE(r.json().value(u"contacts"_s).toArray().size(), 2);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 3);
        QCOMPARE(m_client->api("GET", u"/api/contacts?limit=0"_s, token).status, 400);
        QCOMPARE(m_client->api("GET", u"/api/contacts?limit=abc"_s, token).status, 400);

        r = m_client->api("GET", u"/api/contacts/c2"_s, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"id"_s).toString(), u"c2"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts/c99"_s, token).status, 404);
        QCOMPARE(m_client->api("GET", u"/api/contacts/c1/x"_s, token).status, 404);
        QCOMPARE(m_client->api("GET", u"/api/nothing"_s, token).status, 404);
        r = m_client->api("HEAD", u"/api/contacts"_s, token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        r = m_client->api("DELETE", u"/api/contacts/c1"_s, token);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
    }

    void scopesAreChecked()
    {
        const QString readOnly = tokenFor(u"erin"_s, u"openid contacts.read"_s);
        HttpReply r = m_client->api("GET", u"/api/events"_s, readOnly);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("WWW-Authenticate"),
            QByteArray("Bearer realm=\"keyway-sandbox\", error=\"insufficient_scope\", error_description=\"This "
                       "endpoint needs the scope calendar.read.\", scope=\"calendar.read\""));
        QCOMPARE(r.error(), u"insufficient_scope"_s);
        QCOMPARE(m_client->api("POST", u"/api/contacts"_s, readOnly, R"({"name":"X"})").status, 403);

        const QString calendar = tokenFor(u"erin"_s, u"calendar.read"_s);
        r = m_client->api("GET", u"/api/events"_s, calendar);
        QCOMPARE(r.status, 200);
        const QJsonArray events = r.json().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 3);
        const QDateTime start = QDateTime::fromString(events.first().toObject().value(u"start"_s).toString(), Qt::ISODate);
        QVERIFY(start > QDateTime::currentDateTimeUtc()); // always upcoming
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, calendar).status, 403);
        QCOMPARE(m_client->api("GET", u"/api"_s, calendar).status, 200); // the index needs no scope
    }

    void createContacts()
    {
        const QString token = tokenFor(u"frank"_s, u"openid contacts.read contacts.write"_s);
        HttpReply r = m_client->api("POST", u"/api/contacts"_s, token,
            R"({"name":" Hedy Lamarr ","email":"hedy@example.test","company":"Frequency Hopping"})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("Location"), QByteArray("/api/contacts/c4"));
        QCOMPARE(r.json().value(u"name"_s).toString(), u"Hedy Lamarr"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts/c4"_s, token).json().value(u"email"_s).toString(), u"hedy@example.test"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, token).json().value(u"total"_s).toInt(), 4);

        // Another account does not see it; client credentials have their own data set.
        QCOMPARE(
            m_client->api("GET", u"/api/contacts"_s, tokenFor(u"grace"_s, u"contacts.read"_s)).json().value(u"total"_s).toInt(),
            3);
        const QString service
            = m_client->clientCredentials(u"contacts.read contacts.write"_s).json().value(u"access_token"_s).toString();
        QCOMPARE(m_client->api("POST", u"/api/contacts"_s, service, R"({"name":"Service contact"})").status, 201);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, service).json().value(u"total"_s).toInt(), 4);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, token).json().value(u"total"_s).toInt(), 4);
    }

    void createContactBadInput_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("name=x") << 415;
        QTest::newRow("no type") << QByteArray() << QByteArray(R"({"name":"x"})") << 415;
        QTest::newRow("not json") << QByteArray("application/json") << QByteArray("{name:") << 400;
        QTest::newRow("array") << QByteArray("application/json") << QByteArray("[1]") << 400;
        QTest::newRow("no name") << QByteArray("application/json") << QByteArray(R"({"email":"a@b"})") << 422;
        QTest::newRow("empty name") << QByteArray("application/json") << QByteArray(R"({"name":"  "})") << 422;
        QTest::newRow("name number") << QByteArray("application/json") << QByteArray(R"({"name":5})") << 422;
        QTest::newRow("long name") << QByteArray("application/json") << ("{\"name\":\"" + QByteArray(201, 'x') + "\"}") << 422;
        QTest::newRow("control char") << QByteArray("application/json") << QByteArray(R"({"name":"a\u0007b"})") << 422;
        QTest::newRow("bad email") << QByteArray("application/json") << QByteArray(R"({"name":"x","email":"nope"})") << 422;
        QTest::newRow("unknown field") << QByteArray("application/json") << QByteArray(R"({"name":"x","admin":true})") << 422;
        QTest::newRow("json charset") << QByteArray("application/json; charset=utf-8") << QByteArray(R"({"name":"Ok"})") << 201;
    }

    void createContactBadInput()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QString token = tokenFor(u"heidi"_s, u"contacts.write"_s);
        Headers headers {header("Authorization", "Bearer " + token.toLatin1())};
        if (!contentType.isEmpty())
            headers.append(header("Content-Type", contentType));
        const HttpReply r = m_client->send("POST", m_client->url(u"/api/contacts"_s), body, headers);
        QCOMPARE(r.status, status);
        if (status != 201)
            QVERIFY(!r.json().value(u"error"_s).toString().isEmpty());
    }

    void unauthenticated()
    {
        HttpReply r = m_client->get(u"/api/contacts"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer realm=\"keyway-sandbox\""));
        r = m_client->api("GET", u"/api/contacts"_s, u"forged-token"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "TestSandboxApi.moc"
