// Every fault the Keyway Sandbox can switch on (SandboxFaults::catalog()) drives Keyway's core end to end and
// shows the behaviour its `expected` text promises QA: one row per fault, and a check that no fault in the
// catalogue is left without a row. In process, with the real Secret Service and the scripted browser; the
// sandbox listens on a free loopback port and each row gets a fresh core (its own database and key cache), so
// rows never see each other's connections or cached keys.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/TokenEndpoint.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/CoreContext.h"
#include "core/RefreshCoordinator.h"
#include "jose/JwksCache.h"
#include "sandbox/SandboxServer.h"
#include "store/SecretStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using Fault = SandboxFaults::Fault;

class TestSandboxFaultBehaviour : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    test::ServiceFixture m_fx {0, {40000, 20000, 40000, 40000}};
    int m_coreNumber = 0;
    static constexpr int kBackOffMs = 200;
    QStringList m_served; // "METHOD /path STATUS" of every answer since the row began

    ConnectionService &service() { return m_fx.service(); }
    QString issuer() const { return m_sandbox->issuer(); }

    // The rows: every fault this test shows, by its catalogue name.
    static QStringList rows()
    {
        return {QStringLiteral("expire-access-tokens"), QStringLiteral("revoke-refresh-tokens"),
            QStringLiteral("refresh-invalid-grant"), QStringLiteral("server-error"), QStringLiteral("service-unavailable"),
            QStringLiteral("slow"), QStringLiteral("malformed-token-response"), QStringLiteral("html-token-response"),
            QStringLiteral("omit-expires-in"), QStringLiteral("wrong-state"), QStringLiteral("wrong-iss"),
            QStringLiteral("unknown-signing-key"), QStringLiteral("wrong-nonce"), QStringLiteral("rotate-keys"),
            QStringLiteral("clock-skew"), QStringLiteral("jwks-down"), QStringLiteral("fewer-scopes"),
            QStringLiteral("userinfo-failing"), QStringLiteral("invalid-client-on-refresh")};
    }

    int served(const char *path) const
    {
        int n = 0;
        for (const QString &s : m_served)
            n += s.section(QLatin1Char(' '), 1, 1) == QLatin1String(path);
        return n;
    }

    ConnectRequest request(bool offlineAccess = true)
    {
        ConnectRequest r;
        r.issuer = issuer();
        r.clientId = SandboxProvider::publicClientId();
        r.scopes
            = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"), QStringLiteral("contacts.read")};
        if (offlineAccess)
            r.scopes << QStringLiteral("offline_access");
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    Result<QString> connectAndWait(const ConnectRequest &r) { return m_fx.connectAndWait(r); }

    // A connection made before the fault is switched on.
    Result<QString> connectBeforeFault(bool offlineAccess = true)
    {
        const auto connected = connectAndWait(request(offlineAccess));
        if (connected)
            m_served.clear();
        return connected;
    }

    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }
    Error refresh(const QString &id) { return m_fx.refresh(id); }
    ApiResponse get(const QString &id, const QString &path, std::function<void(ApiCall *)> during = {})
    {
        return m_fx.get(id, issuer() + path, during);
    }

    ConnectionStatus status(const QString &id) { return service().connection(id)->status; }

    QStringList steps(const QString &id) const { return m_fx.steps(id); }

    // A message for people: words, not a bare machine code.
    static bool plainWords(const Error &e)
    {
        return e.message.size() > 20 && e.message.contains(QLatin1Char(' ')) && !e.message.contains(e.code);
    }

    void switchOn(Fault fault, int value = 1)
    {
        const Error e = m_sandbox->setFaultValue(fault, value);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
    }

    // --- one function per fault: what SandboxFaults::Info::expected promises ----------------------------------

    // "get 401 on the next request, refresh the token and retry the request once; without a refresh token, ask
    // to reconnect."
    void expireAccessTokens()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto plainConnected = connectBeforeFault(false);
        KEYWAY_VERIFY_RESULT(plainConnected);
        const QString plain = plainConnected.value();
        QVERIFY(credentials(plain).tokens.refreshToken.isEmpty()); // no offline_access, no refresh token

        switchOn(Fault::ExpireAccessTokens);
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QCOMPARE(response.status, 200);
        QVERIFY(response.refreshedAndRetried);
        QVERIFY(QJsonDocument::fromJson(response.body).object().contains(QStringLiteral("contacts")));
        QCOMPARE(served("/api/contacts"), 2); // the 401, then the one retry
        QCOMPARE(served("/token"), 1);
        QVERIFY2(steps(id).contains(QStringLiteral("api_401:info")), qPrintable(steps(id).join(QLatin1Char(','))));
        QCOMPARE(status(id), ConnectionStatus::Connected);

        const ApiResponse refused = get(plain, QStringLiteral("/api/contacts"));
        QCOMPARE(refused.error.code, QStringLiteral("no_refresh_token"));
        QVERIFY2(plainWords(refused.error), qPrintable(refused.error.message));
        QCOMPARE(status(plain), ConnectionStatus::NeedsReauthorization);
        QCOMPARE(reauth.count(), 1);
        QCOMPARE(reauth.at(0).at(0).toString(), plain);
    }

    // "get invalid_grant on the next refresh, mark the connection as needing re-authorization and offer to
    // reconnect."
    void revokeRefreshTokens()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        switchOn(Fault::RevokeRefreshTokens);
        // The access token keeps working until it expires.
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QCOMPARE(response.status, 200);
        QVERIFY(!response.refreshedAndRetried);

        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(status(id), ConnectionStatus::NeedsReauthorization);
        QCOMPARE(reauth.count(), 1);
        QCOMPARE(reauth.at(0).at(0).toString(), id);

        // Reconnecting in place brings it back.
        ConnectRequest again = request();
        again.reconnectId = id;
        QCOMPARE(test::describe(connectAndWait(again)), id);
        QCOMPARE(status(id), ConnectionStatus::Connected);
        QCOMPARE(refresh(id).toString(), QString());
    }

    // "mark the connection as needing re-authorization and prompt to reconnect, without retrying the refresh."
    void refreshInvalidGrant()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        switchOn(Fault::RefreshInvalidGrant);
        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(served("/token"), 1); // no retry
        QTest::qWait(4 * kBackOffMs); // nor one later
        QCOMPARE(served("/token"), 1);
        QVERIFY(!m_sandbox->isFaultActive(Fault::RefreshInvalidGrant));
        QCOMPARE(status(id), ConnectionStatus::NeedsReauthorization);
        QCOMPARE(reauth.count(), 1);
        // A request on it asks for the user, not the provider.
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QVERIFY(response.status == 200 || !response.error.isNull());
        QCOMPARE(status(id), ConnectionStatus::NeedsReauthorization);
    }

    // "show a clear error naming HTTP 500 and keep the connection's tokens; work again once the fault is off."
    void serverError()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials before = credentials(id);
        switchOn(Fault::ServerError, SandboxFaults::kUntilOff);

        const ApiResponse api = get(id, QStringLiteral("/api/contacts"));
        QCOMPARE(api.status, 500); // the request console shows the API's own answer
        QVERIFY(!api.refreshedAndRetried);

        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("server_error"));
        QCOMPARE(error.httpStatus, 500);
        QVERIFY2(error.toString().contains(QLatin1String("HTTP 500")), qPrintable(error.toString()));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(status(id), ConnectionStatus::Warning);
        QVERIFY2(service().connection(id)->statusDetail.contains(QLatin1String("500")),
            qPrintable(service().connection(id)->statusDetail));
        QCOMPARE(reauth.count(), 0);
        const StoredCredentials kept = credentials(id);
        QCOMPARE(kept.tokens.refreshToken, before.tokens.refreshToken);
        QCOMPARE(kept.tokens.accessToken, before.tokens.accessToken);

        QVERIFY(m_sandbox->setFault(Fault::ServerError, false).isNull());
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(status(id), ConnectionStatus::Connected);
        QCOMPARE(get(id, QStringLiteral("/api/contacts")).status, 200);
    }

    // "wait as Retry-After says (when it is at most 10 s) and retry; if the provider stays unavailable, say so
    // clearly and keep the tokens."
    void serviceUnavailable()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();

        // A moment of unavailability: the retry, after the 2 s Retry-After (not the shorter back-off), succeeds.
        switchOn(Fault::ServiceUnavailable, 1);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(refresh(id).toString(), QString());
        QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(served("/token"), 2);
        QVERIFY(m_served.contains(QStringLiteral("POST /token 503")));
        QCOMPARE(status(id), ConnectionStatus::Connected);
        // Issue 16: the wait was said, with its length and the attempts left.
        QStringList details;
        for (const ConnectionEvent &e : service().events(id))
            details << e.detail;
        QVERIFY2(details.filter(QStringLiteral("Retrying in 2 s (attempt 2 of 3)")).size() == 1,
            qPrintable(details.join(QLatin1Char('\n'))));

        // Unavailable for good: three tries, then a clear error, the tokens kept.
        const StoredCredentials before = credentials(id);
        m_served.clear();
        switchOn(Fault::ServiceUnavailable, SandboxFaults::kUntilOff);
        timer.restart();
        const Error error = refresh(id);
        QVERIFY2(timer.elapsed() >= 3900, qPrintable(QString::number(timer.elapsed()))); // 2 s, twice
        QCOMPARE(served("/token"), 3);
        QCOMPARE(error.code, QStringLiteral("server_error"));
        QCOMPARE(error.httpStatus, 503);
        QVERIFY2(error.toString().contains(QLatin1String("503")), qPrintable(error.toString()));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(status(id), ConnectionStatus::Warning);
        QCOMPARE(reauth.count(), 0);
        QCOMPARE(credentials(id).tokens.refreshToken, before.tokens.refreshToken);
        QVERIFY(m_sandbox->setFault(Fault::ServiceUnavailable, false).isNull());
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(status(id), ConnectionStatus::Connected);
    }

    // "show that it is waiting, stay responsive and let the user cancel; past its own timeout, report a timeout."
    void slow()
    {
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        switchOn(Fault::SlowResponses, 1500);

        // Waiting, and responsive: the event loop keeps turning while the answer takes its time.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        ticker.stop();
        QCOMPARE(response.status, 200);
        QVERIFY2(response.elapsedUs >= 1400000, qPrintable(QString::number(response.elapsedUs)));
        QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks)));

        // The user cancels a slow request: it ends at once.
        switchOn(Fault::SlowResponses, 20000);
        QElapsedTimer timer;
        timer.start();
        const ApiResponse cancelled
            = get(id, QStringLiteral("/api/contacts"), [](ApiCall *call) { QTimer::singleShot(200, call, &ApiCall::cancel); });
        QCOMPARE(cancelled.error.code, QStringLiteral("cancelled"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // Issue 16: the history says it was cancelled (-1), not "no answer" (0).
        const QList<HistoryEntry> history = service().history(id);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().status, -1);

        // Past the token endpoint's timeout (30 s in the app, 500 ms here): a timeout in plain words.
        const ConnectionSettings settings = ConnectionSettings::fromJson(service().connection(id)->settings);
        const StoredCredentials c = credentials(id);
        TokenEndpoint endpoint(service().network());
        endpoint.setTransferTimeout(500);
        std::optional<Result<TokenSet>> result;
        endpoint.refresh(
            settings.provider, c.client, c.tokens.refreshToken, {}, [&](const Result<TokenSet> &r, int) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, QStringLiteral("network_error"));
        QVERIFY2(result->error().message.contains(QLatin1String("in time")), qPrintable(result->error().message));
        QVERIFY2(plainWords(result->error()), qPrintable(result->error().message));

        // The refresh token was never used (the sandbox drops an answer nobody waits for): all is well after.
        QVERIFY(m_sandbox->setFault(Fault::SlowResponses, false).isNull());
        QCOMPARE(refresh(id).toString(), QString());
    }

    // "report that the token response could not be read (it is not valid JSON; the details say where it breaks
    // off, never the raw answer, which may hold a token) and keep the tokens it had."
    void malformedTokenResponse()
    {
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials before = credentials(id);
        switchOn(Fault::MalformedTokenResponse);
        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("invalid_response"));
        QVERIFY2(error.message.contains(QLatin1String("not valid JSON")), qPrintable(error.message));
        QVERIFY2(error.detail.contains(QLatin1String("JSON error")), qPrintable(error.detail));
        QVERIFY2(!error.toString().contains(QLatin1String("access_token")), qPrintable(error.toString()));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(served("/token"), 1); // not a transient failure: no retry
        QCOMPARE(status(id), ConnectionStatus::Warning);
        QCOMPARE(credentials(id).tokens.refreshToken, before.tokens.refreshToken);
        // Nothing was consumed at the provider: the kept refresh token still works.
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(status(id), ConnectionStatus::Connected);
    }

    // "report that the provider answered with a web page instead of JSON and keep the tokens it had."
    void htmlTokenResponse()
    {
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials before = credentials(id);
        switchOn(Fault::HtmlTokenResponse);
        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("html_response"));
        QVERIFY2(error.message.contains(QLatin1String("web page")), qPrintable(error.message));
        QVERIFY2(error.detail.contains(QLatin1String("Sign in")), qPrintable(error.detail)); // the page's own words
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(status(id), ConnectionStatus::Warning);
        QCOMPARE(credentials(id).tokens.refreshToken, before.tokens.refreshToken);
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(status(id), ConnectionStatus::Connected);
    }

    // "show the expiry as unknown and refresh when the API answers 401."
    void omitExpiresIn()
    {
        switchOn(Fault::OmitExpiresIn, SandboxFaults::kUntilOff);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QVERIFY(!service().connection(id)->expiresAt.isValid());
        QVERIFY(!credentials(id).tokens.expiresAt.isValid());
        // Nothing says the token is expiring, so nothing refreshes it ahead of time...
        QCOMPARE(get(id, QStringLiteral("/api/contacts")).status, 200);
        QCOMPARE(served("/token"), 0);
        // ...until the API answers 401.
        switchOn(Fault::ExpireAccessTokens);
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QCOMPARE(response.status, 200);
        QVERIFY(response.refreshedAndRetried);
        QCOMPARE(served("/token"), 1);
        QVERIFY(!service().connection(id)->expiresAt.isValid());
        QCOMPARE(status(id), ConnectionStatus::Connected);
    }

    // The callback and id_token faults end the connect: no connection is left, and (for the callback ones) no
    // token is even requested.
    void connectFails(Fault fault, const QString &code, bool tokensRequested)
    {
        const int before = service().connections().size();
        switchOn(fault);
        const auto connected = connectAndWait(request());
        QCOMPARE(test::failureCode(connected), code);
        const Error &error = connected.error();
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(service().connections().size(), before);
        QCOMPARE(served("/token") > 0, tokensRequested);
        QVERIFY(!m_sandbox->isFaultActive(fault)); // used up by this one attempt
    }

    // "refuse the callback (its state is not this sign-in's: a possible CSRF attack, or any page sending a request
    // to the port), request no tokens, and keep waiting for the real response until the time-out, which says a
    // response was ignored." (Issue 15 point 5: a stray callback must not end a pending sign-in.)
    void wrongState()
    {
        ConnectionService::Settings settings = service().settings();
        const int timeout = settings.callbackTimeoutSeconds;
        settings.callbackTimeoutSeconds = 4;
        service().setSettings(settings);
        const int before = service().connections().size();
        switchOn(Fault::WrongState);
        const auto connected = connectAndWait(request());
        QCOMPARE(test::failureCode(connected), QStringLiteral("timeout"));
        const Error &error = connected.error();
        settings.callbackTimeoutSeconds = timeout;
        service().setSettings(settings);
        QVERIFY2(error.message.contains(QStringLiteral("did not belong to this sign-in")), qPrintable(error.message));
        QCOMPARE(service().connections().size(), before);
        QCOMPARE(served("/token"), 0);
        QVERIFY(!m_sandbox->isFaultActive(Fault::WrongState));
    }

    // "refuse the callback with an issuer mismatch error and request no tokens."
    void wrongIss() { connectFails(Fault::WrongIssuer, QStringLiteral("issuer_mismatch"), false); }

    // "fetch the JWKS again at once, still find no such key, and refuse the sign-in with a clear error. Another
    // unknown key within 30 s is refused without a fetch."
    void unknownSigningKey()
    {
        // A first sign-in fetched the keys just now; the unknown kid still gets one refetch at once (OpenID
        // Connect Core §10.1.1), which finds no such key either: the sign-in is refused.
        KEYWAY_VERIFY_RESULT(connectBeforeFault());
        connectFails(Fault::UnknownSigningKey, QStringLiteral("unknown_key"), true);
        QCOMPARE(served("/jwks"), 1);
        // Another unknown kid within half a minute: refused the same way, and the provider is not asked again
        // (random kids in forged tokens must not make Keyway hammer it).
        m_served.clear();
        connectFails(Fault::UnknownSigningKey, QStringLiteral("unknown_key"), true);
        QCOMPARE(served("/jwks"), 0);
        // The next sign-in is fine, from the cached keys.
        KEYWAY_VERIFY_RESULT(connectAndWait(request()));
        QCOMPARE(served("/jwks"), 0);
    }

    // "refuse the sign-in (nonce mismatch, a possible replay) with a clear error."
    void wrongNonce() { connectFails(Fault::WrongNonce, QStringLiteral("wrong_nonce"), true); }

    // "see an unknown kid on the next id_token, fetch the JWKS again at once and sign in normally, even right
    // after another sign-in."
    void rotateKeys()
    {
        // A sign-in fetched the keys just now; the provider rotates right after.
        KEYWAY_VERIFY_RESULT(connectBeforeFault());
        switchOn(Fault::RotateKeys);
        m_served.clear();
        // The new kid makes Keyway refetch the keys once, at once, and the sign-in succeeds.
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(served("/jwks"), 1);
        QCOMPARE(status(id), ConnectionStatus::Connected);
        QVERIFY2(steps(id).contains(QStringLiteral("id_token:ok")), qPrintable(steps(id).join(QLatin1Char(','))));
        // The new key is cached now: the next sign-in needs no fetch.
        m_served.clear();
        KEYWAY_VERIFY_RESULT(connectAndWait(request()));
        QCOMPARE(served("/jwks"), 0);
    }

    // "accept an id_token whose times are off by up to 5 minutes; beyond that, refuse the sign-in with an error that
    // says how far the provider's clock is from this computer's (measured from the Date header)..."
    void clockSkew()
    {
        switchOn(Fault::ClockSkew, 2);
        KEYWAY_VERIFY_RESULT(connectAndWait(request()));
        const int before = service().connections().size();
        for (const int minutes : {10, -10}) {
            switchOn(Fault::ClockSkew, minutes);
            const auto connected = connectAndWait(request());
            const Error &error = connected.error();
            QCOMPARE(test::failureCode(connected),
                minutes > 0 ? QStringLiteral("issued_in_future") : QStringLiteral("issued_long_ago"));
            QVERIFY2(error.message.contains(
                         minutes > 0 ? QLatin1String("behind the provider's") : QLatin1String("ahead of the provider's")),
                qPrintable(error.message));
            QVERIFY2(error.message.contains(QLatin1String("10 min")) || error.message.contains(QLatin1String("9 min 59 s")),
                qPrintable(error.message));
            QVERIFY2(error.detail.contains(QLatin1String("(Date header)")), qPrintable(error.detail));
            QCOMPARE(service().connections().size(), before);
        }
        QVERIFY(m_sandbox->setFault(Fault::ClockSkew, false).isNull());
        KEYWAY_VERIFY_RESULT(connectAndWait(request()));
    }

    // "keep validating id_tokens with the keys it fetched before; when it has none (or meets a new kid), refuse the
    // sign-in ... store no token, and sign in normally once the keys are back."
    void jwksDown()
    {
        const int before = service().connections().size();
        switchOn(Fault::JwksUnavailable, SandboxFaults::kUntilOff);
        const auto refused = connectAndWait(request());
        const Error &error = refused.error();
        QCOMPARE(test::failureCode(refused), QStringLiteral("keys_unavailable"));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QVERIFY2(error.toString().contains(QLatin1String("503")), qPrintable(error.toString()));
        QCOMPARE(service().connections().size(), before);
        QVERIFY(served("/jwks") >= 1);

        // The keys are back, but a failed fetch is not repeated within the cache's interval (30 s in the app):
        // the next sign-in is refused without asking the provider again.
        QVERIFY(m_sandbox->setFault(Fault::JwksUnavailable, false).isNull());
        m_served.clear();
        QCOMPARE(test::failureCode(connectAndWait(request())), QStringLiteral("keys_unavailable"));
        QCOMPARE(served("/jwks"), 0);
        // Past the interval (shortened here), the sign-in works and caches the keys; down again, the cached keys
        // still serve.
        auto *keys = service().findChild<JwksCache *>();
        QVERIFY(keys);
        keys->setMinRefreshInterval(std::chrono::milliseconds(300));
        QTest::qWait(400);
        KEYWAY_VERIFY_RESULT(connectAndWait(request()));
        switchOn(Fault::JwksUnavailable, SandboxFaults::kUntilOff);
        m_served.clear();
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(served("/jwks"), 0);
        QVERIFY2(steps(id).contains(QStringLiteral("id_token:ok")), qPrintable(steps(id).join(QLatin1Char(','))));
    }

    // "connect, name the scopes asked for but not granted, keep only the granted ones, and when the API answers 403
    // insufficient_scope show that answer without refreshing or asking to reconnect."
    void fewerScopes()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        switchOn(Fault::FewerScopes, SandboxFaults::kUntilOff);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QStringList granted = service().connection(id)->grantedScopes;
        QVERIFY2(!granted.contains(QStringLiteral("contacts.read")), qPrintable(granted.join(QLatin1Char(' '))));
        QVERIFY2(granted.contains(QStringLiteral("openid")), qPrintable(granted.join(QLatin1Char(' '))));
        QVERIFY(service().connection(id)->requestedScopes.contains(QStringLiteral("contacts.read")));
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QCOMPARE(response.status, 403);
        QVERIFY(!response.refreshedAndRetried);
        QCOMPARE(served("/token"), 0);
        QVERIFY2(response.body.contains("insufficient_scope"), response.body.constData());
        QCOMPARE(status(id), ConnectionStatus::Connected);
        QCOMPARE(reauth.count(), 0);
    }

    // "still connect, naming the account from the id_token's claims, with a warning in the event log that userinfo
    // failed; API requests keep working."
    void userinfoFailing()
    {
        switchOn(Fault::UserinfoFailing, SandboxFaults::kUntilOff);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(status(id), ConnectionStatus::Connected);
        QVERIFY2(service().connection(id)->accountLabel.contains(QLatin1String("qa")),
            qPrintable(service().connection(id)->accountLabel));
        QVERIFY2(steps(id).contains(QStringLiteral("userinfo:error")), qPrintable(steps(id).join(QLatin1Char(','))));
        QCOMPARE(get(id, QStringLiteral("/api/contacts")).status, 200);
    }

    // "report that the provider rejected the client's credentials (invalid_client) without retrying and without
    // calling the grant lost: the tokens are kept, the connection shows the error, and reconnecting in place
    // restores it."
    void invalidClientOnRefresh()
    {
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        const auto connected = connectBeforeFault();
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials before = credentials(id);
        switchOn(Fault::InvalidClientOnRefresh, SandboxFaults::kUntilOff);
        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("invalid_client"));
        QVERIFY2(plainWords(error), qPrintable(error.message));
        QCOMPARE(served("/token"), 1); // no retry
        QTest::qWait(4 * kBackOffMs);
        QCOMPARE(served("/token"), 1);
        QCOMPARE(credentials(id).tokens.refreshToken, before.tokens.refreshToken);
        QCOMPARE(status(id), ConnectionStatus::Error);
        QCOMPARE(reauth.count(), 0);

        QVERIFY(m_sandbox->setFault(Fault::InvalidClientOnRefresh, false).isNull());
        ConnectRequest again = request();
        again.reconnectId = id;
        QCOMPARE(test::describe(connectAndWait(again)), id);
        QCOMPARE(status(id), ConnectionStatus::Connected);
        QCOMPARE(refresh(id).toString(), QString());
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        if (test::nodeProgram().isEmpty())
            QSKIP("node is not installed");
        if (!QFile::exists(test::peersDir() + QStringLiteral("/node_modules")))
            QSKIP("run npm ci in tests/peers first");
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        qputenv("KEYWAY_TEST_LOGIN", "qa");
        m_sandbox = std::make_unique<SandboxServer>();
        const Error error = m_sandbox->start(0);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        connect(
            m_sandbox.get(), &SandboxServer::requestServed, this, [this](const QString &method, const QString &path, int status) {
                m_served << QStringLiteral("%1 %2 %3").arg(method, path).arg(status);
            });
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_served.clear();
        ++m_coreNumber;
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-sandbox-faults"))
                + QStringLiteral("-%1").arg(m_coreNumber),
            QStringLiteral("keyway-%1.sqlite").arg(m_coreNumber));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        // The app backs off 1 s, then 3 s; shorter here so the rows stay quick. Retry-After still rules when longer.
        auto *refresher = service().findChild<RefreshCoordinator *>();
        QVERIFY(refresher);
        refresher->setRetryDelays({kBackOffMs, 3 * kBackOffMs});
    }

    void cleanup()
    {
        m_sandbox->clearFaults();
        m_fx.close();
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        qunsetenv("KEYWAY_TEST_LOGIN");
        m_sandbox.reset();
    }

    void faultShowsItsDocumentedBehaviour_data()
    {
        QTest::addColumn<QString>("fault");
        for (const QString &name : rows())
            QTest::newRow(qPrintable(name)) << name;
    }

    void faultShowsItsDocumentedBehaviour()
    {
        QFETCH(QString, fault);
        const auto which = SandboxFaults::fromName(fault);
        QVERIFY2(which, qPrintable(fault));
        switch (*which) {
        case Fault::ExpireAccessTokens:
            return expireAccessTokens();
        case Fault::RevokeRefreshTokens:
            return revokeRefreshTokens();
        case Fault::RefreshInvalidGrant:
            return refreshInvalidGrant();
        case Fault::ServerError:
            return serverError();
        case Fault::ServiceUnavailable:
            return serviceUnavailable();
        case Fault::SlowResponses:
            return slow();
        case Fault::MalformedTokenResponse:
            return malformedTokenResponse();
        case Fault::HtmlTokenResponse:
            return htmlTokenResponse();
        case Fault::OmitExpiresIn:
            return omitExpiresIn();
        case Fault::WrongState:
            return wrongState();
        case Fault::WrongIssuer:
            return wrongIss();
        case Fault::UnknownSigningKey:
            return unknownSigningKey();
        case Fault::WrongNonce:
            return wrongNonce();
        case Fault::RotateKeys:
            return rotateKeys();
        case Fault::ClockSkew:
            return clockSkew();
        case Fault::JwksUnavailable:
            return jwksDown();
        case Fault::FewerScopes:
            return fewerScopes();
        case Fault::UserinfoFailing:
            return userinfoFailing();
        case Fault::InvalidClientOnRefresh:
            return invalidClientOnRefresh();
        }
        QFAIL("a fault without a test");
    }

    // A new fault in the catalogue fails here until it has a row above.
    void everyFaultHasARow()
    {
        QStringList catalogue;
        for (const SandboxFaults::Info &info : SandboxFaults::catalog())
            catalogue << info.name;
        QStringList mine = rows();
        catalogue.sort();
        mine.sort();
        QCOMPARE(mine, catalogue);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaultBehaviour)
#include "TestSandboxFaultBehaviour.moc"
