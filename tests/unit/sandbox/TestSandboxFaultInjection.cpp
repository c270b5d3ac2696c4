// Each sandbox fault's effect on the wire, switched through SandboxServer (the panel's way) and through the
// control endpoint (the command line's way): what Keyway will receive when QA turns it on.
#include "SandboxTestClient.h"

#include "sandbox/SandboxStore.h"

#include "jose/IdTokenValidator.h"
#include "jose/Jwks.h"
#include "jose/Jwt.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;
using Fault = SandboxServer::Fault;

namespace {
QString field(const HttpReply &reply, const char *name)
{
    return reply.json().value(QLatin1String(name)).toString();
}
} // namespace

class TestSandboxFaultInjection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    IdTokenValidator::Validation validate(const QString &idToken, const QString &nonce)
    {
        const Result<Jwks> keys = Jwks::parse(m_client->get(u"/jwks"_s).body);
        IdTokenValidator::Expectations expect;
        expect.issuer = m_server->issuer();
        expect.clientId = SandboxProvider::publicClientId();
        expect.nonce = nonce;
        return IdTokenValidator::validate(idToken, keys.value(), expect);
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

    void cleanup()
    {
        m_server->clearFaults();
        QVERIFY(m_server->faults().size() == SandboxFaults::catalog().size());
    }

    void expireAccessTokens()
    {
        const HttpReply tokens = m_client->signIn();
        const QString access = field(tokens, "access_token");
        QVERIFY(m_server->setFault(Fault::ExpireAccessTokens, true).isNull());
        const HttpReply r = m_client->api("GET", u"/api/contacts"_s, access);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
        QVERIFY(field(r, "error_description").contains(u"expired"_s));
        QVERIFY(!m_server->isFaultActive(Fault::ExpireAccessTokens)); // an action, nothing stays on
        // Keyway's way out: refresh, and the new token works.
        const HttpReply refreshed = m_client->refresh(field(tokens, "refresh_token"));
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, field(refreshed, "access_token")).status, 200);
    }

    void revokeRefreshTokens()
    {
        const HttpReply tokens = m_client->signIn();
        QVERIFY(m_server->setFault(Fault::RevokeRefreshTokens, true).isNull());
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, field(tokens, "access_token")).status, 200);
        QCOMPARE(m_client->refresh(field(tokens, "refresh_token")).error(), u"invalid_grant"_s);
        // New sign-ins are not affected.
        QCOMPARE(m_client->refresh(field(m_client->signIn(), "refresh_token")).status, 200);
    }

    void refreshInvalidGrantOnce()
    {
        const HttpReply tokens = m_client->signIn();
        QSignalSpy changed(m_server.get(), &SandboxServer::faultsChanged);
        m_server->setFault(Fault::RefreshInvalidGrant, true);
        QCOMPARE(m_server->faultValue(Fault::RefreshInvalidGrant), 1);
        const HttpReply r = m_client->refresh(field(tokens, "refresh_token"));
        QCOMPARE(r.error(), u"invalid_grant"_s);
        QVERIFY(field(r, "error_description").contains(u"refresh-invalid-grant"_s));
        QVERIFY(!m_server->isFaultActive(Fault::RefreshInvalidGrant)); // used up
        QCOMPARE(changed.size(), 2); // switched on, then used up
        // That grant is gone; another one refreshes normally.
        QCOMPARE(m_client->refresh(field(tokens, "refresh_token")).error(), u"invalid_grant"_s);
        QCOMPARE(m_client->refresh(field(m_client->signIn(), "refresh_token")).status, 200);
    }

    void serverErrorAndUnavailable()
    {
        const QString access = field(m_client->signIn(), "access_token");
        m_server->setFault(Fault::ServerError, true);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 500);
        QCOMPARE(m_client->api("GET", u"/userinfo"_s, access).status, 500);
        QCOMPARE(m_client->clientCredentials().status, 500);
        // Until switched off; pages, metadata and keys are never affected.
        QCOMPARE(m_client->get(u"/.well-known/openid-configuration"_s).status, 200);
        QCOMPARE(m_client->get(u"/jwks"_s).status, 200);
        QCOMPARE(m_client->openAuthorize(m_client->authorizeParams(Authorization())).status, 200);
        m_server->setFault(Fault::ServerError, false);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 200);

        // A count: the next two only.
        m_server->setFaultValue(Fault::ServiceUnavailable, 2);
        HttpReply r = m_client->api("GET", u"/api/contacts"_s, access);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 503);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 200);
    }

    void slowResponses()
    {
        const QString access = field(m_client->signIn(), "access_token");
        m_server->setFaultValue(Fault::SlowResponses, 400);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 200);
        QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
        timer.restart();
        QCOMPARE(m_client->get(u"/.well-known/openid-configuration"_s).status, 200);
        QVERIFY(timer.elapsed() < 380);
        // A slow answer blocks nobody: while one waits, another request is answered at once.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest slowRequest(m_client->url(u"/api/contacts"_s));
        slowRequest.setRawHeader("Authorization", "Bearer " + access.toLatin1());
        QNetworkReply *slow = network.get(slowRequest);
        QSignalSpy slowDone(slow, &QNetworkReply::finished);
        QTest::qWait(50);
        timer.restart();
        QCOMPARE(m_client->get(u"/jwks"_s).status, 200);
        QVERIFY(timer.elapsed() < 300);
        QVERIFY(slowDone.isEmpty());
        QVERIFY(slowDone.wait(5000));
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
        // Clamped to 30 s.
        QCOMPARE(m_server->setFaultValue(Fault::SlowResponses, 999999).isNull(), true);
        QCOMPARE(m_server->faultValue(Fault::SlowResponses), SandboxFaults::kMaxDelayMs);
    }

    void malformedAndHtmlTokenResponses()
    {
        Authorization a;
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        m_server->setFault(Fault::MalformedTokenResponse, true);
        HttpReply r = m_client->exchangeCode(cb.code, a);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        m_server->setFault(Fault::HtmlTokenResponse, true);
        r = m_client->exchangeCode(cb.code, a);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.text().contains(u"<html>"_s));

        // Nothing was consumed: the code still works.
        QCOMPARE(m_client->exchangeCode(cb.code, a).status, 200);
    }

    void omitExpiresIn()
    {
        m_server->setFault(Fault::OmitExpiresIn, true);
        const HttpReply tokens = m_client->signIn();
        QCOMPARE(tokens.status, 200);
        QVERIFY(!tokens.json().contains(u"expires_in"_s));
        QVERIFY(!m_client->refresh(field(tokens, "refresh_token")).json().contains(u"expires_in"_s));
        m_server->setFault(Fault::OmitExpiresIn, false);
        QVERIFY(m_client->signIn().json().contains(u"expires_in"_s));
    }

    void wrongStateAndIssuer()
    {
        Authorization a;
        m_server->setFault(Fault::WrongState, true);
        SandboxTestClient::Callback cb = m_client->authorize(a);
        QVERIFY(!cb.code.isEmpty());
        QVERIFY(cb.value(u"state"_s) != a.state);
        QCOMPARE(cb.value(u"iss"_s), m_server->issuer());

        m_server->setFault(Fault::WrongIssuer, true);
        cb = m_client->authorize(a);
        QCOMPARE(cb.value(u"state"_s), a.state);
        QCOMPARE(cb.value(u"iss"_s), u"https://mix-up.example"_s);

        // Both one-shot: the next callback is clean; errors carry the faults as well.
        cb = m_client->authorize(a);
        QCOMPARE(cb.value(u"state"_s), a.state);
        QCOMPARE(cb.value(u"iss"_s), m_server->issuer());
        m_server->setFault(Fault::WrongState, true);
        a.deny = true;
        cb = m_client->authorize(a);
        QCOMPARE(cb.value(u"error"_s), u"access_denied"_s);
        QVERIFY(cb.value(u"state"_s) != a.state);
    }

    void idTokenFaults()
    {
        Authorization a;
        m_server->setFault(Fault::UnknownSigningKey, true);
        HttpReply tokens = m_client->signIn(a);
        QCOMPARE(tokens.status, 200);
        IdTokenValidator::Validation v = validate(field(tokens, "id_token"), a.nonce);
        QCOMPARE(v.failure, IdTokenValidator::Failure::UnknownKey);

        m_server->setFault(Fault::WrongNonce, true);
        tokens = m_client->signIn(a);
        v = validate(field(tokens, "id_token"), a.nonce);
        QCOMPARE(v.failure, IdTokenValidator::Failure::WrongNonce);
        // Only tokens with a nonce use it up: a refresh's id_token (no nonce) leaves it armed.
        m_server->setFault(Fault::WrongNonce, true);
        QCOMPARE(m_client->refresh(field(tokens, "refresh_token")).status, 200);
        QVERIFY(m_server->isFaultActive(Fault::WrongNonce));

        m_server->clearFaults();
        tokens = m_client->signIn(a);
        QVERIFY(validate(field(tokens, "id_token"), a.nonce).ok());
    }

    void rotateKeys()
    {
        const QJsonArray before = m_client->get(u"/jwks"_s).json().value(u"keys"_s).toArray();
        QCOMPARE(before.size(), 1);
        const QString oldKid = before.first().toObject().value(u"kid"_s).toString();
        Authorization a;
        const QString oldToken = field(m_client->signIn(a), "id_token");

        QVERIFY(m_server->setFault(Fault::RotateKeys, true).isNull());
        const QJsonArray after = m_client->get(u"/jwks"_s).json().value(u"keys"_s).toArray();
        QCOMPARE(after.size(), 2);
        const QString newKid = after.first().toObject().value(u"kid"_s).toString();
        QVERIFY(newKid != oldKid);
        QCOMPARE(after.at(1).toObject().value(u"kid"_s).toString(), oldKid);
        QVERIFY(!after.first().toObject().contains(u"d"_s)); // public halves only

        const QString newToken = field(m_client->signIn(a), "id_token");
        QCOMPARE(Jwt::decode(newToken).value().keyId(), newKid);
        QVERIFY(validate(newToken, a.nonce).ok());
        QVERIFY(validate(oldToken, a.nonce).ok()); // the previous key is still published
    }

    void controlEndpointIsReadOnly()
    {
        const HttpReply list = m_client->get(u"/_sandbox/faults"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(u"issuer"_s).toString(), m_server->issuer());
        const QJsonArray faults = list.json().value(u"faults"_s).toArray();
        QCOMPARE(faults.size(), SandboxFaults::catalog().size());
        QCOMPARE(faults.first().toObject().value(u"name"_s).toString(), u"expire-access-tokens"_s);
        QVERIFY(!faults.first().toObject().value(u"expected"_s).toString().isEmpty());

        // Whoever can reach 127.0.0.1 cannot switch faults: only the store (this user's file) changes them.
        const auto post = [&](const QByteArray &body, const Headers &headers = {}) {
            return m_client->postRaw(u"/_sandbox/faults"_s, body, "application/json", headers);
        };
        QCOMPARE(post(R"({"fault":"server-error","value":"on"})").status, 405);
        QCOMPARE(post(R"({"reset":true})").status, 405);
        QCOMPARE(m_client->postRaw(u"/_sandbox/faults"_s, "fault=server-error", "application/x-www-form-urlencoded").status, 405);
        QCOMPARE(m_client->send("DELETE", m_client->url(u"/_sandbox/faults"_s)).status, 405);
        QVERIFY(!m_server->isFaultActive(Fault::ServerError));
    }

    void faultsSwitchedInTheStoreApplyAtOnce()
    {
        // What `keyway sandbox fault` does from another process: it writes the store, and the next request sees it.
        m_server->store().setFaultValue(u"server-error"_s, 1);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, u"x"_s).status, 500);
        QCOMPARE(m_server->faultValue(Fault::ServerError), 0); // used up
        const HttpReply status = m_client->get(u"/_sandbox/faults"_s);
        for (const QJsonValue &f : status.json().value(u"faults"_s).toArray()) {
            if (f.toObject().value(u"name"_s).toString() == u"server-error"_s)
                QCOMPARE(f.toObject().value(u"active"_s).toBool(), false);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaultInjection)
#include "TestSandboxFaultInjection.moc"
