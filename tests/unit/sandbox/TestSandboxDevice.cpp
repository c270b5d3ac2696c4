// The sandbox's device flow (RFC 8628) over real loopback HTTP: the device authorization response, polling
// answers (authorization_pending, slow_down, access_denied), and the user's pages: code entry, confirmation
// (RFC 8628 §5.4), sign-in with consent, and the result page.
#include "SandboxTestClient.h"

#include "jose/Jwt.h"

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxDevice : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    HttpReply startDevice(const QString &scope = u"openid profile offline_access contacts.read"_s,
        const QString &clientId = SandboxProvider::publicClientId())
    {
        return m_client->postForm(u"/device"_s, {{u"client_id"_s, clientId}, {u"scope"_s, scope}});
    }

    HttpReply poll(const QString &deviceCode, const QString &clientId = SandboxProvider::publicClientId())
    {
        return m_client->postForm(u"/token"_s,
            {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"device_code"_s, deviceCode},
                {u"client_id"_s, clientId}});
    }

    // Enters `userCode` on the verification page and returns the confirmation page.
    HttpReply enterCode(const QString &userCode)
    {
        const HttpReply input = m_client->get(u"/device/verify"_s);
        if (input.status != 200 || !input.text().contains(u"id=\"op.deviceInputForm\""_s))
            return input;
        return m_client->postForm(u"/device/verify"_s, {{u"user_code"_s, userCode}});
    }

    HttpReply confirm(const HttpReply &confirmPage, bool abort = false)
    {
        Params form {{u"request"_s, formValue(confirmPage.text(), u"request"_s)},
            {u"csrf"_s, formValue(confirmPage.text(), u"csrf"_s)}, {u"confirm"_s, u"yes"_s}};
        if (abort)
            form.append({u"abort"_s, u"yes"_s});
        return m_client->postForm(u"/device/confirm"_s, form);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_server->setDeviceInterval(std::chrono::seconds(1));
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void fullDeviceFlow()
    {
        const HttpReply start = startDevice();
        QCOMPARE(start.status, 200);
        const QJsonObject d = start.json();
        const QString deviceCode = d.value(u"device_code"_s).toString();
        const QString userCode = d.value(u"user_code"_s).toString();
        QVERIFY(deviceCode.size() >= 43);
        QVERIFY2(QRegularExpression(u"^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"_s).match(userCode).hasMatch(),
            qPrintable(userCode));
        QCOMPARE(d.value(u"verification_uri"_s).toString(), m_server->issuer() + u"/device/verify"_s);
        QCOMPARE(
            d.value(u"verification_uri_complete"_s).toString(), m_server->issuer() + u"/device/verify?user_code="_s + userCode);
        QCOMPARE(d.value(u"expires_in"_s).toInt(), 600);
        QCOMPARE(d.value(u"interval"_s).toInt(), 1);

        HttpReply r = poll(deviceCode);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), u"authorization_pending"_s);
        // Faster than the interval: slow_down (RFC 8628 §3.5).
        QCOMPARE(poll(deviceCode).error(), u"slow_down"_s);

        // The user types the code in lower case without the dash.
        const HttpReply confirmPage = enterCode(userCode.toLower().remove(u'-'));
        QCOMPARE(confirmPage.status, 200);
        QVERIFY(confirmPage.text().contains(u"id=\"op.deviceConfirmForm\""_s));
        QVERIFY(confirmPage.text().contains(userCode));
        QVERIFY(confirmPage.text().contains(u"name=\"abort\""_s));
        const HttpReply consent = confirm(confirmPage);
        QCOMPARE(consent.status, 200);
        QVERIFY(consent.text().contains(u"name=\"prompt\" value=\"login\""_s));
        QVERIFY(consent.text().contains(u"action=\"/device/approve\""_s));
        const HttpReply done = m_client->decide(consent.text(), u"/device/approve"_s, u"carol"_s,
            {u"openid"_s, u"profile"_s, u"offline_access"_s, u"contacts.read"_s}, false);
        QCOMPARE(done.status, 200);
        QVERIFY(done.text().contains(u"<title>Sign-in Success</title>"_s));

        QTest::qWait(1100);
        r = poll(deviceCode);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"scope"_s).toString(), u"openid profile offline_access contacts.read"_s);
        QVERIFY(r.json().contains(u"refresh_token"_s));
        const Result<Jwt> idToken = Jwt::decode(r.json().value(u"id_token"_s).toString());
        QVERIFY(idToken.ok());
        QCOMPARE(idToken.value().claims().value(u"sub"_s).toString(), u"carol"_s);
        QVERIFY(!idToken.value().claims().contains(u"nonce"_s));
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, r.json().value(u"access_token"_s).toString()).status, 200);
        // Redeemed once only.
        QTest::qWait(1100);
        QCOMPARE(poll(deviceCode).error(), u"invalid_grant"_s);
    }

    void verificationUriComplete()
    {
        const QJsonObject d = startDevice().json();
        const QUrl complete(d.value(u"verification_uri_complete"_s).toString());
        const HttpReply page = m_client->send("GET", complete);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(u"id=\"op.deviceConfirmForm\""_s)); // straight to the confirmation
    }

    void abortAndDeny()
    {
        // Abort on the confirmation page: the device is told access_denied, the page returns to code entry.
        QJsonObject d = startDevice().json();
        HttpReply page = confirm(enterCode(d.value(u"user_code"_s).toString()), true);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(u"id=\"op.deviceInputForm\""_s));
        QVERIFY(page.text().contains(u"class=\"red\""_s));
        QCOMPARE(poll(d.value(u"device_code"_s).toString()).error(), u"access_denied"_s);

        // Deny on the consent page.
        d = startDevice().json();
        const HttpReply consent = confirm(enterCode(d.value(u"user_code"_s).toString()));
        page = m_client->decide(consent.text(), u"/device/approve"_s, u"carol"_s, {}, true);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(u"Sign-in Denied"_s));
        QCOMPARE(poll(d.value(u"device_code"_s).toString()).error(), u"access_denied"_s);
        // A used code cannot be entered again.
        QCOMPARE(enterCode(d.value(u"user_code"_s).toString()).status, 400);
    }

    void badInput()
    {
        // Wrong codes get the entry page again with a message.
        HttpReply page = enterCode(u"BCDF-GHJK"_s);
        QCOMPARE(page.status, 400);
        QVERIFY(page.text().contains(u"id=\"op.deviceInputForm\""_s));
        QVERIFY(page.text().contains(u"not valid"_s));
        QCOMPARE(enterCode(u"<script>"_s).status, 400);
        QVERIFY(!enterCode(u"<script>"_s).text().contains(u"<script>"_s));
        QCOMPARE(m_client->get(u"/device/verify?user_code=%zz"_s).status, 400);

        // Forged confirmation and approval forms.
        const QJsonObject d = startDevice().json();
        const HttpReply confirmPage = enterCode(d.value(u"user_code"_s).toString());
        const QString request = formValue(confirmPage.text(), u"request"_s);
        QCOMPARE(m_client->postForm(u"/device/confirm"_s, {{u"request"_s, request}, {u"csrf"_s, u"x"_s}}).status, 403);
        QCOMPARE(
            m_client->postForm(u"/device/approve"_s, {{u"request"_s, request}, {u"csrf"_s, u"x"_s}, {u"login"_s, u"a"_s}}).status,
            403);
        QCOMPARE(m_client->postForm(u"/device/approve"_s, {{u"request"_s, u"nope"_s}}).status, 400);
        // A device request is not an authorization code request, and the other way round.
        QCOMPARE(m_client
                     ->postForm(u"/authorize/decision"_s,
                         {{u"request"_s, request}, {u"csrf"_s, formValue(confirmPage.text(), u"csrf"_s)}, {u"login"_s, u"a"_s}})
                     .status,
            400);
        const HttpReply consent = confirm(confirmPage);
        HttpReply bad = m_client->decide(consent.text(), u"/device/approve"_s, QString(), {u"openid"_s}, false);
        QCOMPARE(bad.status, 400); // no account name: the page again
        QVERIFY(bad.text().contains(u"class=\"red\""_s));
        bad = m_client->decide(consent.text(), u"/device/approve"_s, u"carol"_s, {u"calendar.read"_s}, false);
        QCOMPARE(bad.status, 400); // a scope the device did not ask for

        // Token endpoint errors.
        QCOMPARE(poll(u"unknown"_s).error(), u"invalid_grant"_s);
        QCOMPARE(
            m_client
                ->postForm(u"/token"_s,
                    {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"client_id"_s, u"keyway-sandbox"_s}})
                .error(),
            u"invalid_request"_s);
        const HttpReply other = m_client->postForm(u"/token"_s,
            {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                {u"device_code"_s, d.value(u"device_code"_s).toString()}},
            {header("Authorization",
                basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret()))});
        QCOMPARE(other.error(), u"invalid_grant"_s);

        // Device authorization request errors.
        QCOMPARE(startDevice(u"openid admin"_s).error(), u"invalid_scope"_s);
        QCOMPARE(startDevice(u"openid"_s, u"unknown"_s).status, 401);
        QCOMPARE(m_client->get(u"/device"_s).status, 405);
    }

    void defaultScopeAndConfidentialClient()
    {
        const HttpReply r = m_client->postForm(u"/device"_s, {},
            {header("Authorization",
                basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret()))});
        QCOMPARE(r.status, 200);
        const HttpReply page = enterCode(r.json().value(u"user_code"_s).toString());
        QVERIFY(page.text().contains(u"<code>openid</code>"_s));
        QVERIFY(page.text().contains(u"<code>profile</code>"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDevice)
#include "TestSandboxDevice.moc"
