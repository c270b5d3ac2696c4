// The sandbox's authorization code flow over real loopback HTTP, done by the test as a browser and a client
// would: the consent page, the redirect with code, state and iss (RFC 9207), the PKCE-checked token exchange,
// the id_token verified against the published JWKS with Keyway's own validator, and every way to get it wrong.
#include "SandboxTestClient.h"

#include "jose/IdTokenValidator.h"
#include "jose/Jwks.h"
#include "jose/Jwt.h"

#include <QCryptographicHash>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxAuthorization : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    QString issuer() const { return m_server->issuer(); }

    IdTokenValidator::Validation validateIdToken(const QString &idToken, const QString &nonce)
    {
        const HttpReply jwks = m_client->get(u"/jwks"_s);
        const Result<Jwks> keys = Jwks::parse(jwks.body);
        if (!keys.ok())
            qFatal("JWKS does not parse: %s", qPrintable(keys.error().toString()));
        IdTokenValidator::Expectations expect;
        expect.issuer = issuer();
        expect.clientId = SandboxProvider::publicClientId();
        expect.nonce = nonce;
        expect.allowedAlgorithms = {u"RS256"_s};
        return IdTokenValidator::validate(idToken, keys.value(), expect);
    }

private Q_SLOTS:
    // One sandbox for all cases (making its RSA key takes a moment); every case uses its own codes and tokens.
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

    void fullCodeFlowWithPkce()
    {
        Authorization a;
        a.state = u"xyz-state"_s;
        const SandboxTestClient::Callback cb = m_client->authorize(a);

        // The consent page: HTML with the client, the scopes as boxes, and a form with a CSRF token.
        QCOMPARE(cb.consentPage.status, 200);
        QVERIFY(cb.consentPage.header("Content-Type").startsWith("text/html"));
        QVERIFY(cb.consentPage.header("Content-Security-Policy").contains("default-src 'none'"));
        const QString page = cb.consentPage.text();
        QVERIFY(page.contains(u"keyway-sandbox"_s));
        QVERIFY(page.contains(u"name=\"login\""_s));
        QVERIFY(page.contains(u"value=\"contacts.read\" checked"_s));
        QVERIFY(!formValue(page, u"csrf"_s).isEmpty());
        QVERIFY(page.contains(u"/authorize/abort?request="_s));

        // The callback: 303 (after a POST) to the exact redirect URI with code, state and iss.
        QCOMPARE(cb.decision.status, 303);
        const QUrl location = cb.decision.location();
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), a.redirectUri);
        QVERIFY(!cb.code.isEmpty());
        QCOMPARE(cb.value(u"state"_s), a.state);
        QCOMPARE(cb.value(u"iss"_s), issuer());
        QVERIFY(!cb.query.hasQueryItem(u"error"_s));

        const HttpReply token = m_client->exchangeCode(cb.code, a);
        QCOMPARE(token.status, 200);
        QCOMPARE(token.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(token.header("Pragma"), QByteArray("no-cache"));
        const QJsonObject t = token.json();
        QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(t.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(t.value(u"scope"_s).toString(), a.scope);
        QVERIFY(t.value(u"access_token"_s).toString().size() >= 43);
        QVERIFY(t.value(u"refresh_token"_s).toString().size() >= 43);

        // The id_token: RS256 with a kid from the JWKS, every claim Keyway checks.
        const IdTokenValidator::Validation v = validateIdToken(t.value(u"id_token"_s).toString(), a.nonce);
        QVERIFY2(v.ok(), qPrintable(v.error.toString()));
        QCOMPARE(v.header.value(u"alg"_s).toString(), u"RS256"_s);
        QCOMPARE(v.claims.value(u"sub"_s).toString(), u"alice"_s);
        QCOMPARE(v.claims.value(u"preferred_username"_s).toString(), u"alice"_s);
        QCOMPARE(v.claims.value(u"email"_s).toString(), u"alice@example.test"_s);
        QVERIFY(v.claims.contains(u"auth_time"_s));
        const QByteArray digest
            = QCryptographicHash::hash(t.value(u"access_token"_s).toString().toLatin1(), QCryptographicHash::Sha256);
        QCOMPARE(v.claims.value(u"at_hash"_s).toString(),
            QString::fromLatin1(digest.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));

        // The token works on the demo API and userinfo.
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, t.value(u"access_token"_s).toString()).status, 200);
        const HttpReply me = m_client->api("GET", u"/userinfo"_s, t.value(u"access_token"_s).toString());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"sub"_s).toString(), u"alice"_s);
    }

    void stateAndCodeSurviveEncoding()
    {
        // A state full of characters that URL and form decoding treat differently comes back unchanged.
        Authorization a;
        a.state = u"a+b&c=d%20e f/é?#"_s;
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        QCOMPARE(cb.decision.status, 303);
        QCOMPARE(cb.value(u"state"_s), a.state);
        QVERIFY(!cb.decision.header("Location").contains(' '));
        QVERIFY(cb.decision.header("Location").contains("%2B")); // '+' never left raw
        QCOMPARE(m_client->exchangeCode(cb.code, a).status, 200);
    }

    void withoutStateNoStateComesBack()
    {
        Authorization a;
        Params params = m_client->authorizeParams(a);
        params.removeIf([](const auto &p) { return p.first == u"state"_s; });
        const HttpReply page = m_client->openAuthorize(params);
        QCOMPARE(page.status, 200);
        const HttpReply decision = m_client->decide(page.text(), u"/authorize/decision"_s, u"bob"_s, {u"openid"_s}, false);
        QCOMPARE(decision.status, 303);
        QVERIFY(!decision.locationQuery().hasQueryItem(u"state"_s));
        QCOMPARE(decision.locationValue(u"iss"_s), issuer());
    }

    void userCanNarrowScopes()
    {
        Authorization a;
        a.grant = QStringList {u"profile"_s}; // openid stays, the rest unticked
        const HttpReply token = m_client->signIn(a);
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(u"scope"_s).toString(), u"openid profile"_s);
        QVERIFY(!token.json().contains(u"refresh_token"_s)); // offline_access was not granted
        const QString access = token.json().value(u"access_token"_s).toString();
        const HttpReply contacts = m_client->api("GET", u"/api/contacts"_s, access);
        QCOMPARE(contacts.status, 403);
        QVERIFY(contacts.header("WWW-Authenticate").contains("insufficient_scope"));
    }

    void withoutOpenidNoIdToken()
    {
        Authorization a;
        a.scope = u"contacts.read offline_access"_s;
        const HttpReply token = m_client->signIn(a);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json().contains(u"id_token"_s));
        QVERIFY(token.json().contains(u"refresh_token"_s));
        QCOMPARE(m_client->api("GET", u"/userinfo"_s, token.json().value(u"access_token"_s).toString()).status, 403);
    }

    void missingScopeMeansOpenid()
    {
        Authorization a;
        Params params = m_client->authorizeParams(a);
        params.removeIf([](const auto &p) { return p.first == u"scope"_s; });
        const HttpReply page = m_client->openAuthorize(params);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(u"name=\"scope\" value=\"openid\""_s));
    }

    void denyAndCancel()
    {
        Authorization a;
        a.deny = true;
        const SandboxTestClient::Callback denied = m_client->authorize(a);
        QCOMPARE(denied.decision.status, 303);
        QCOMPARE(denied.value(u"error"_s), u"access_denied"_s);
        QCOMPARE(denied.value(u"state"_s), a.state);
        QCOMPARE(denied.value(u"iss"_s), issuer());
        QVERIFY(denied.code.isEmpty());

        // The cancel link (what tests/peers/browser.mjs follows in deny mode).
        const HttpReply page = m_client->openAuthorize(m_client->authorizeParams(a));
        const QRegularExpression link(u"href=\"(/authorize/abort\\?[^\"]+)\""_s);
        QString href = link.match(page.text()).captured(1);
        href.replace(u"&amp;"_s, u"&"_s);
        QVERIFY(!href.isEmpty());
        const HttpReply cancelled = m_client->get(href);
        QCOMPARE(cancelled.status, 302);
        QCOMPARE(cancelled.locationValue(u"error"_s), u"access_denied"_s);
        // The request is answered: the link and the form are dead now.
        QCOMPARE(m_client->get(href).status, 400);
    }

    void consentFormRejectsTampering()
    {
        Authorization a;
        const HttpReply page = m_client->openAuthorize(m_client->authorizeParams(a));
        const QString request = formValue(page.text(), u"request"_s);
        const QString csrf = formValue(page.text(), u"csrf"_s);
        const auto post = [&](const Params &form) { return m_client->postForm(u"/authorize/decision"_s, form); };

        // Wrong or missing CSRF token: refused, and the request survives for the genuine form.
        QCOMPARE(post({{u"request"_s, request}, {u"csrf"_s, u"forged"_s}, {u"login"_s, u"alice"_s}}).status, 403);
        QCOMPARE(post({{u"request"_s, request}, {u"login"_s, u"alice"_s}}).status, 403);
        // Unknown request.
        QCOMPARE(post({{u"request"_s, u"nope"_s}, {u"csrf"_s, csrf}, {u"login"_s, u"alice"_s}}).status, 400);
        // A scope that was not requested.
        QCOMPARE(post({{u"request"_s, request}, {u"csrf"_s, csrf}, {u"login"_s, u"alice"_s}, {u"scope"_s, u"contacts.write"_s}})
                     .status,
            400);
        // Not a form.
        QCOMPARE(m_client->postRaw(u"/authorize/decision"_s, "{}", "application/json").status, 400);
        // A bad account name shows the page again with the reason, HTML-escaped.
        const HttpReply bad = post({{u"request"_s, request}, {u"csrf"_s, csrf}, {u"login"_s, u"<script>x</script>"_s}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.text().contains(u"class=\"red\""_s));
        QVERIFY(!bad.text().contains(u"<script>"_s));
        QVERIFY(bad.text().contains(u"&lt;script&gt;"_s));
        QCOMPARE(post({{u"request"_s, request}, {u"csrf"_s, csrf}, {u"login"_s, u"   "_s}}).status, 400);
        QCOMPARE(post({{u"request"_s, request}, {u"csrf"_s, csrf}, {u"login"_s, QString(65, u'a')}}).status, 400);

        // The genuine answer still works, once.
        const HttpReply ok = post({{u"request"_s, request}, {u"csrf"_s, csrf}, {u"login"_s, u"Zoë O'Neil"_s}});
        QCOMPARE(ok.status, 303);
        QVERIFY(!ok.locationValue(u"code"_s).isEmpty());
        QCOMPARE(post({{u"request"_s, request}, {u"csrf"_s, csrf}, {u"login"_s, u"alice"_s}}).status, 400);
    }

    void consentPageEscapesEverything()
    {
        Authorization a;
        Params params = m_client->authorizeParams(a);
        params.append({u"login_hint"_s, u"\"><script>alert(1)</script>"_s});
        const HttpReply page = m_client->openAuthorize(params);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.text().contains(u"<script>"_s));
        QVERIFY(page.text().contains(u"&quot;&gt;&lt;script&gt;"_s));
        QVERIFY(!page.text().contains(a.state)); // the state is never put in the page
    }

    void authorizeErrorsShownInBrowser_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("no client_id") << u"client_id"_s << QString();
        QTest::newRow("unknown client") << u"client_id"_s << u"evil-client"_s;
        QTest::newRow("no redirect_uri") << u"redirect_uri"_s << QString();
        QTest::newRow("https redirect") << u"redirect_uri"_s << u"https://127.0.0.1:4000/callback"_s;
        QTest::newRow("localhost redirect") << u"redirect_uri"_s << u"http://localhost:4000/callback"_s;
        QTest::newRow("remote redirect") << u"redirect_uri"_s << u"http://evil.example/callback"_s;
        QTest::newRow("other loopback") << u"redirect_uri"_s << u"http://127.0.0.2:4000/callback"_s;
        QTest::newRow("wrong path") << u"redirect_uri"_s << u"http://127.0.0.1:4000/cb"_s;
        QTest::newRow("query") << u"redirect_uri"_s << u"http://127.0.0.1:4000/callback?x=1"_s;
        QTest::newRow("fragment") << u"redirect_uri"_s << u"http://127.0.0.1:4000/callback#x"_s;
        QTest::newRow("user info") << u"redirect_uri"_s << u"http://user@127.0.0.1:4000/callback"_s;
        QTest::newRow("not a url") << u"redirect_uri"_s << u"http://[::1/callback"_s;
    }

    void authorizeErrorsShownInBrowser()
    {
        // RFC 6749 §4.1.2.1: no redirect to an unverified client or URI, the error page says why.
        QFETCH(QString, name);
        QFETCH(QString, value);
        Params params = m_client->authorizeParams(Authorization());
        params.removeIf([&](const auto &p) { return p.first == name; });
        if (!value.isNull())
            params.append({name, value});
        const HttpReply reply = m_client->openAuthorize(params);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    }

    void authorizeErrorsRedirected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value"); // null: remove the parameter
        QTest::addColumn<QString>("error");
        QTest::newRow("no response_type") << u"response_type"_s << QString() << u"invalid_request"_s;
        QTest::newRow("implicit") << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
        QTest::newRow("hybrid") << u"response_type"_s << u"code id_token"_s << u"unsupported_response_type"_s;
        QTest::newRow("no pkce") << u"code_challenge"_s << QString() << u"invalid_request"_s;
        QTest::newRow("plain pkce") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
        QTest::newRow("no pkce method") << u"code_challenge_method"_s << QString() << u"invalid_request"_s;
        QTest::newRow("short challenge") << u"code_challenge"_s << u"abc"_s << u"invalid_request"_s;
        QTest::newRow("bad challenge chars") << u"code_challenge"_s << QString(43, u'!') << u"invalid_request"_s;
        QTest::newRow("unknown scope") << u"scope"_s << u"openid admin"_s << u"invalid_scope"_s;
        QTest::newRow("prompt none") << u"prompt"_s << u"none"_s << u"login_required"_s;
        QTest::newRow("form_post") << u"response_mode"_s << u"form_post"_s << u"invalid_request"_s;
        QTest::newRow("request object") << u"request"_s << u"eyJ.x.y"_s << u"request_not_supported"_s;
        QTest::newRow("request_uri") << u"request_uri"_s << u"urn:x"_s << u"request_uri_not_supported"_s;
    }

    void authorizeErrorsRedirected()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, error);
        Params params = m_client->authorizeParams(Authorization());
        params.removeIf([&](const auto &p) { return p.first == name; });
        if (!value.isNull())
            params.append({name, value});
        const HttpReply reply = m_client->openAuthorize(params);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.locationValue(u"error"_s), error);
        QVERIFY(!reply.locationValue(u"error_description"_s).isEmpty());
        QCOMPARE(reply.locationValue(u"iss"_s), issuer()); // RFC 9207: errors carry iss too
        QVERIFY(reply.locationQuery().hasQueryItem(u"state"_s));
    }

    void repeatedParameterIsInvalid()
    {
        Params params = m_client->authorizeParams(Authorization());
        params.append({u"scope"_s, u"openid"_s});
        const HttpReply reply = m_client->openAuthorize(params);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.locationValue(u"error"_s), u"invalid_request"_s);

        params = m_client->authorizeParams(Authorization());
        params.append({u"redirect_uri"_s, u"http://127.0.0.1:1/callback"_s});
        QCOMPARE(m_client->openAuthorize(params).status, 400); // which URI to trust? none: no redirect
    }

    void malformedAndHugeRequests()
    {
        QCOMPARE(m_client->get(u"/authorize?client_id=%zz"_s).status, 400);
        QCOMPARE(m_client->get(u"/authorize?client_id=%FF%FE"_s).status, 400); // not UTF-8
        // A parameter beyond 4096 characters is refused; the whole line beyond 8 KiB is 414 from the parser.
        Params params = m_client->authorizeParams(Authorization());
        params.append({u"login_hint"_s, QString(5000, u'x')});
        QCOMPARE(m_client->openAuthorize(params).status, 400);
        params.last().second = QString(9000, u'x');
        QCOMPARE(m_client->openAuthorize(params).status, 414);
        QCOMPARE(m_client->send("PUT", m_client->url(u"/authorize"_s)).status, 405);
    }

    void ipv6LoopbackRedirectAccepted()
    {
        Authorization a;
        a.redirectUri = u"http://[::1]:61000/callback"_s;
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        QCOMPARE(cb.decision.status, 303);
        QCOMPARE(cb.decision.location().host(), u"::1"_s);
        QCOMPARE(m_client->exchangeCode(cb.code, a).status, 200);
    }

    void postAuthorizationRequest()
    {
        // OpenID Connect Core §3.1.2.1: the authorization endpoint takes POST too.
        Authorization a;
        const HttpReply page = m_client->postForm(u"/authorize"_s, m_client->authorizeParams(a));
        QCOMPARE(page.status, 200);
        QVERIFY(!formValue(page.text(), u"csrf"_s).isEmpty());
    }

    void codeExchangeErrors()
    {
        Authorization a;
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        QVERIFY(!cb.code.isEmpty());

        // Wrong verifier: invalid_grant, and the code is not burnt by it.
        Authorization wrong = a;
        wrong.verifier = Pkce::generateVerifier();
        HttpReply r = m_client->exchangeCode(cb.code, wrong);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), u"invalid_grant"_s);
        wrong.verifier = u"short"_s;
        QCOMPARE(m_client->exchangeCode(cb.code, wrong).error(), u"invalid_grant"_s);
        wrong.verifier.clear();
        QCOMPARE(m_client->exchangeCode(cb.code, wrong).error(), u"invalid_request"_s);
        // Wrong or missing redirect_uri (RFC 6749 §4.1.3).
        wrong = a;
        wrong.redirectUri = u"http://127.0.0.1:49153/callback"_s;
        QCOMPARE(m_client->exchangeCode(cb.code, wrong).error(), u"invalid_grant"_s);
        wrong.redirectUri.clear();
        QCOMPARE(m_client->exchangeCode(cb.code, wrong).error(), u"invalid_grant"_s);
        // The code belongs to the public client.
        r = m_client->exchangeCode(cb.code, a,
            {{"Authorization", basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret())}});
        QCOMPARE(r.error(), u"invalid_grant"_s);
        // Unknown code.
        QCOMPARE(m_client->exchangeCode(u"not-a-code"_s, a).error(), u"invalid_grant"_s);

        // The right exchange works once; a replay is invalid_grant and revokes what the code gave.
        r = m_client->exchangeCode(cb.code, a);
        QCOMPARE(r.status, 200);
        const QString access = r.json().value(u"access_token"_s).toString();
        const QString refresh = r.json().value(u"refresh_token"_s).toString();
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 200);
        r = m_client->exchangeCode(cb.code, a);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), u"invalid_grant"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 401);
        QCOMPARE(m_client->refresh(refresh).error(), u"invalid_grant"_s);
    }

    void tokenEndpointRequestErrors()
    {
        const auto token
            = [&](const Params &params, const Headers &headers = {}) { return m_client->postForm(u"/token"_s, params, headers); };
        const Params refresh {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"x"_s}};

        // Client authentication (RFC 6749 §2.3, §5.2).
        HttpReply r = token(refresh);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), u"invalid_client"_s);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Basic"));
        QCOMPARE(token(refresh + Params {{u"client_id"_s, u"unknown"_s}}).status, 401);
        QCOMPARE(token(refresh + Params {{u"client_id"_s, u"keyway-sandbox"_s}, {u"client_secret"_s, u"x"_s}}).error(),
            u"invalid_client"_s); // the public client has no secret
        QCOMPARE(token(refresh, {{"Authorization", basicAuth(u"keyway-sandbox-confidential"_s, u"wrong"_s)}}).status, 401);
        QCOMPARE(token(refresh + Params {{u"client_id"_s, u"keyway-sandbox-confidential"_s}}).status, 401);
        QCOMPARE(token(refresh, {{"Authorization", "Basic !!!"}}).status, 401);
        QCOMPARE(token(refresh + Params {{u"client_secret"_s, u"sandbox-secret"_s}},
                     {{"Authorization", basicAuth(u"keyway-sandbox-confidential"_s, u"sandbox-secret"_s)}})
                     .error(),
            u"invalid_request"_s); // two methods at once
        QCOMPARE(token(refresh + Params {{u"client_id"_s, u"keyway-sandbox"_s}},
                     {{"Authorization", basicAuth(u"keyway-sandbox-confidential"_s, u"sandbox-secret"_s)}})
                     .error(),
            u"invalid_request"_s); // two different client ids
        QCOMPARE(token(refresh, {{"Authorization", "Bearer abc"}}).error(), u"invalid_request"_s);
        // client_secret_post works for the confidential client.
        QCOMPARE(token(refresh
                     + Params {{u"client_id"_s, u"keyway-sandbox-confidential"_s}, {u"client_secret"_s, u"sandbox-secret"_s}})
                     .error(),
            u"invalid_grant"_s);

        // Request shape.
        const Params pub {{u"client_id"_s, u"keyway-sandbox"_s}};
        QCOMPARE(token(pub).error(), u"invalid_request"_s); // no grant_type
        QCOMPARE(token(pub + Params {{u"grant_type"_s, u"password"_s}}).error(), u"unsupported_grant_type"_s);
        QCOMPARE(token(pub + Params {{u"grant_type"_s, u"client_credentials"_s}}).error(), u"unauthorized_client"_s);
        QCOMPARE(token(pub + Params {{u"grant_type"_s, u"refresh_token"_s}}).error(), u"invalid_request"_s);
        QCOMPARE(token(pub + Params {{u"grant_type"_s, u"authorization_code"_s}}).error(), u"invalid_request"_s);
        QCOMPARE(token(pub + refresh + Params {{u"grant_type"_s, u"refresh_token"_s}}).error(), u"invalid_request"_s); // repeated
        QCOMPARE(m_client->postRaw(u"/token"_s, formEncode(pub + refresh), "application/json").error(), u"invalid_request"_s);
        QCOMPARE(m_client->postRaw(u"/token"_s, "grant_type=%zz&client_id=keyway-sandbox", "application/x-www-form-urlencoded")
                     .error(),
            u"invalid_request"_s);
        QCOMPARE(token(pub + Params {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, QString(5000, u'x')}}).error(),
            u"invalid_request"_s);
        QCOMPARE(m_client->get(u"/token"_s).status, 405);
        QCOMPARE(m_client->get(u"/token"_s).header("Allow"), QByteArray("POST"));
    }

    void confidentialClientCodeFlow()
    {
        Authorization a;
        a.clientId = SandboxProvider::confidentialClientId();
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        QVERIFY(!cb.code.isEmpty());
        const HttpReply r = m_client->exchangeCode(
            cb.code, a, {{"Authorization", basicAuth(a.clientId, SandboxProvider::confidentialClientSecret())}});
        QCOMPARE(r.status, 200);
        const Result<Jwt> idToken = Jwt::decode(r.json().value(u"id_token"_s).toString());
        QVERIFY(idToken.ok());
        QCOMPARE(idToken.value().claims().value(u"aud"_s).toString(), a.clientId);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuthorization)
#include "TestSandboxAuthorization.moc"
