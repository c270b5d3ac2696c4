#include "auth/AuthorizationCodeFlow.h"

#include "auth/AccountResolver.h"
#include "auth/BrowserLauncher.h"
#include "auth/ProtocolError.h"
#include "auth/PushedAuthorizationRequest.h"
#include "auth/RedirectReplyHandler.h"
#include "auth/TokenEndpoint.h"
#include "common/Redactor.h"
#include "jose/Pkce.h"
#include "jose/PrivateKey.h"
#include "jose/Random.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QOAuth2AuthorizationCodeFlow>
#include <QTimer>

namespace keyway {

namespace {

// Compares without an early exit, so the time taken says nothing about how much of a guess was right.
bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

QString value(const QUrlQuery &q, const char *name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(
    const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : Flow(parent)
    , m_options(options)
    , m_network(network)
    , m_jwks(jwks)
{
}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    stopListening();
}

QString AuthorizationCodeFlow::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

void AuthorizationCodeFlow::start()
{
    const ProviderConfig &config = m_options.config;
    if (config.authorizationUrl.isEmpty() || config.tokenUrl.isEmpty())
        return fail(
            Error::make(QStringLiteral("missing_endpoint"), tr("The provider's authorization or token endpoint is not known."),
                config.authorizationUrl.isEmpty() ? QStringLiteral("authorization_url") : QStringLiteral("token_url")));

    // Fresh per attempt, from OpenSSL's CSPRNG. The state comes first: it also names an app redirect's socket.
    m_state = Random::token(32);
    if (config.openid)
        m_nonce = Random::token(32);
    if (config.pkce)
        m_verifier = Pkce::generateVerifier();
    // RFC 9449 §10: with DPoP, the authorization request names the key (dpop_jkt, its RFC 7638 SHA-256 thumbprint),
    // so the provider binds the code to it and refuses a code exchange signed by any other key.
    if (!config.dpopAlgorithm.isEmpty()) {
        const Result<PrivateKey> key = PrivateKey::fromPem(m_options.client.dpopKeyPem);
        if (!key)
            return fail(Error::make(QStringLiteral("missing_dpop_key"),
                tr("This connection's proof-of-possession (DPoP) key could not be read."), key.error().detail));
        m_dpopJkt = key.value().thumbprint();
    }

    RedirectReplyHandler::Options listenerOptions;
    listenerOptions.target = RedirectTarget::fromConfig(config);
    listenerOptions.state = m_state;
    listenerOptions.timeoutMs = m_options.timeoutSeconds * 1000;
    m_handler = new RedirectReplyHandler(listenerOptions, this);
    m_handler->setValidator([this](const QUrlQuery &query) { return onCallback(query); });
    connect(m_handler, &RedirectReplyHandler::timedOut, this, [this] { fail(timeoutError()); });
    if (const Error error = m_handler->listen(); !error.isNull())
        return fail(listenError(error));
    emit step(
        QStringLiteral("listener"), QStringLiteral("ok"), 0, tr("Waiting for the redirect on %1").arg(m_handler->callback()));

    m_qtFlow = new QOAuth2AuthorizationCodeFlow(this);
    m_qtFlow->setAuthorizationUrl(QUrl(config.authorizationUrl));
    m_qtFlow->setAccessTokenUrl(QUrl(config.tokenUrl));
    m_qtFlow->setClientIdentifier(m_options.client.clientId);
    m_qtFlow->setScope(config.joinedScopes());
    m_qtFlow->setState(m_state);
    m_qtFlow->setReplyHandler(m_handler);
    // Qt 6.4 knows neither PKCE nor OIDC: add code_challenge, nonce and the integration's parameters to the
    // authorization request here.
    m_qtFlow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *params) {
        if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
            return;
        const ProviderConfig &c = m_options.config;
        if (c.scopes.isEmpty()) {
            params->remove(QStringLiteral("scope"));
        } else if (!c.scopeParam.isEmpty() && c.scopeParam != QLatin1String("scope")) {
            // Some providers take the scopes under another name (Slack's user_scope for user tokens).
            params->remove(QStringLiteral("scope"));
            params->replace(c.scopeParam, c.joinedScopes());
        }
        if (c.clientIdParam != QLatin1String("client_id")) {
            // RFC 6749 §4.1.1's client_id under the name the provider uses for it (TikTok's client_key).
            const QVariant clientId = params->value(QStringLiteral("client_id"));
            params->remove(QStringLiteral("client_id"));
            params->replace(c.clientIdParam, clientId);
        }
        for (auto it = c.authorizationParams.begin(); it != c.authorizationParams.end(); ++it)
            params->replace(it.key(), it.value());
        // RFC 9396 §3: the details as JSON, URL-encoded with the other parameters (and so pushed with them, RFC 9126).
        if (!c.authorizationDetails.isEmpty())
            params->replace(QStringLiteral("authorization_details"),
                QString::fromUtf8(QJsonDocument(c.authorizationDetails).toJson(QJsonDocument::Compact)));
        if (!m_verifier.isEmpty()) {
            params->replace(QStringLiteral("code_challenge"), Pkce::challengeS256(m_verifier));
            params->replace(QStringLiteral("code_challenge_method"), Pkce::method());
        }
        if (!m_nonce.isEmpty())
            params->replace(QStringLiteral("nonce"), m_nonce);
        if (!m_dpopJkt.isEmpty())
            params->replace(QStringLiteral("dpop_jkt"), m_dpopJkt);
    });
    connect(m_qtFlow, &QAbstractOAuth::authorizeWithBrowser, this, &AuthorizationCodeFlow::onAuthorizationUrl);
    m_qtFlow->grant();
    if (m_authorizationUrl.isEmpty() && !m_par && !ended())
        fail(Error::make(QStringLiteral("bad_authorization_url"), tr("The authorization request could not be built."),
            config.authorizationUrl));
}

void AuthorizationCodeFlow::onAuthorizationUrl(const QUrl &url)
{
    if (m_options.config.pushAuthorization)
        return pushAuthorization(url);
    authorizationUrlKnown(url);
}

// RFC 9126: the request goes to the provider over the back channel; the browser carries only its request_uri.
void AuthorizationCodeFlow::pushAuthorization(const QUrl &url)
{
    const ProviderConfig &config = m_options.config;
    if (config.pushedAuthorizationUrl.isEmpty())
        return fail(Error::make(QStringLiteral("par_unsupported"),
            tr("Pushed authorization requests were asked for, but the provider names no endpoint for them."),
            QStringLiteral("no pushed_authorization_request_endpoint")));
    m_par = new PushedAuthorizationRequest(m_network, this);
    m_par->push(config, m_options.client, url, [this](const Result<QUrl> &browserUrl) {
        if (ended())
            return;
        if (!browserUrl) {
            emit step(
                QStringLiteral("par"), QStringLiteral("error"), browserUrl.error().httpStatus, browserUrl.error().toString());
            return fail(browserUrl.error());
        }
        emit step(QStringLiteral("par"), QStringLiteral("ok"), 201,
            tr("Authorization request pushed to %1; the browser carries only its request_uri")
                .arg(QUrl(m_options.config.pushedAuthorizationUrl).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        authorizationUrlKnown(browserUrl.value());
    });
}

void AuthorizationCodeFlow::authorizationUrlKnown(const QUrl &url)
{
    m_authorizationUrl = url;
    QUrl shown = url;
    shown.setQuery(QString());
    emit step(QStringLiteral("authorize_url"), QStringLiteral("ok"), 0,
        tr("%1 (client_id %2, scope \"%3\", PKCE %4%5)")
            .arg(shown.toString(), m_options.client.clientId, m_options.config.joinedScopes(),
                m_verifier.isEmpty() ? tr("off") : Pkce::method(), m_nonce.isEmpty() ? QString() : tr(", nonce")));
    emit authorizationUrlReady(url);
    if (m_options.openBrowser)
        openBrowserAgain();
    else
        emit step(QStringLiteral("browser"), QStringLiteral("info"), 0,
            tr("Not opened: the sign-in happens on another device and its final address is pasted back"));
}

Error AuthorizationCodeFlow::submitRedirect(const QUrl &url)
{
    if (ended() || m_callbackTaken || !m_handler)
        return Error::make(QStringLiteral("sign_in_over"), tr("This sign-in has already ended. Start connecting again."));
    const QUrl expected(m_handler->callback());
    // Only this attempt's redirect URI can carry its response: a provider sends the browser nowhere else.
    if (!url.isValid() || url.scheme().compare(expected.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(expected.host(), Qt::CaseInsensitive) != 0 || url.port(-1) != expected.port(-1)
        || url.path() != expected.path())
        return Error::make(QStringLiteral("not_the_redirect"),
            tr("That is not the address this sign-in ends on. Paste the whole address from the browser's address bar: "
               "it starts with %1?")
                .arg(expected.toString()),
            url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).left(200));
    const CallbackVerdict verdict
        = CallbackListener::judge(QUrlQuery(url.query(QUrl::FullyEncoded)), [this](const QUrlQuery &q) { return onCallback(q); });
    if (verdict.success)
        return {};
    if (verdict.detail == QLatin1String("state_mismatch"))
        return Error::make(verdict.detail,
            tr("That address belongs to another sign-in (its state is not this one's), so it was refused and nothing "
               "was stored. Paste the address from the browser tab of this sign-in."),
            verdict.detail);
    // Refused: either it is not this sign-in's response (the wait goes on) or the response ends it (the flow
    // fails with the provider's own error as well).
    return Error::make(QStringLiteral("invalid_callback"), verdict.message, verdict.detail);
}

void AuthorizationCodeFlow::openBrowserAgain()
{
    if (ended() || m_authorizationUrl.isEmpty())
        return;
    const Error error = BrowserLauncher::open(m_authorizationUrl, m_options.browserCommand);
    if (!error.isNull()) {
        emit step(QStringLiteral("browser"), QStringLiteral("error"), 0, error.toString());
        emit browserFailed(error);
        return;
    }
    emit step(QStringLiteral("browser"), QStringLiteral("ok"), 0, tr("Browser opened"));
    emit browserOpened();
}

Error AuthorizationCodeFlow::listenError(const Error &error) const
{
    const RedirectTarget target = RedirectTarget::fromConfig(m_options.config);
    if (error.code != QLatin1String("port_in_use") || !target.hasFixedPort())
        return error;
    // The provider compares the redirect URI exactly, so another port will not do unless it is registered too.
    return Error::make(error.code,
        tr("Port %1 is already in use by another program, and Keyway must listen there because the redirect URI "
           "registered at the provider is %2. Close the program using port %1, or register another redirect URI "
           "at the provider and give it to Keyway (keyway connect --redirect-uri URI, or Redirect URI under "
           "Advanced in the connect dialog).")
            .arg(target.port)
            .arg(target.registeredUri()),
        error.detail);
}

Error AuthorizationCodeFlow::timeoutError() const
{
    const RedirectTarget target = RedirectTarget::fromConfig(m_options.config);
    const QString used = m_handler ? m_handler->callback() : target.registeredUri();
    QString message = tr("No answer came back from the browser in time. Usually the provider did not accept the "
                         "redirect URI, which must be registered there exactly as %1, or does not know the client ID "
                         "%2; the provider's page in the browser says which. Keyway waited at %3.")
                          .arg(target.registeredUri(), m_options.client.clientId, used);
    if (m_strayCallbacks > 0)
        message += QLatin1Char(' ')
            + tr("%n response(s) that did not belong to this sign-in (wrong or missing state) were ignored.", nullptr,
                m_strayCallbacks);
    message += QLatin1Char(' ') + tr("Try again, or copy the link into a browser.");
    return Error::make(
        QStringLiteral("timeout"), message, tr("waited %1 s for the redirect to %2").arg(m_options.timeoutSeconds).arg(used));
}

CallbackVerdict AuthorizationCodeFlow::onCallback(const QUrlQuery &query)
{
    CallbackVerdict page;
    page.success = false;
    if (ended() || m_callbackTaken) {
        page.title = tr("This sign-in has already ended");
        page.message = tr("Start connecting again from Keyway.");
        return page;
    }
    QStringList names;
    for (const auto &item : query.queryItems())
        names << item.first;

    // RFC 6749 §10.12, RFC 9700 §4.7: without our exact state this response is not ours (CSRF, a stale tab, or any
    // web page sending a request to the port). It is refused, and the flow keeps waiting for its own response:
    // only the response with the right state ends the sign-in (issue 15 point 5).
    const QString state = value(query, "state");
    if (state.isEmpty() || !constantTimeEquals(state, m_state)) {
        ++m_strayCallbacks;
        emit step(QStringLiteral("callback"), QStringLiteral("info"), 0,
            tr("Ignored a redirect that does not belong to this sign-in (%1); still waiting")
                .arg(state.isEmpty() ? tr("state missing") : tr("state differs")));
        page.title = tr("Sign-in response rejected");
        page.message = tr("This response does not belong to the sign-in Keyway is waiting for, so it was ignored.");
        page.detail = QStringLiteral("state_mismatch");
        page.endsWait = false;
        return page;
    }
    m_callbackTaken = true;
    emit step(QStringLiteral("callback"), QStringLiteral("info"), 0,
        tr("Redirect received with %1").arg(names.join(QStringLiteral(", "))));

    // RFC 9207 §2.4: a mix-up attack hands us another server's response; `iss` tells them apart.
    const QString iss = value(query, "iss");
    const ProviderConfig &config = m_options.config;
    if ((query.hasQueryItem(QStringLiteral("iss")) && !config.issuer.isEmpty() && iss != config.issuer)
        || (!query.hasQueryItem(QStringLiteral("iss")) && config.issParameterSupported)) {
        const Error error = Error::make(QStringLiteral("issuer_mismatch"),
            tr("The sign-in response came from a different server than expected, so it was rejected."),
            iss.isEmpty() ? tr("iss missing") : tr("iss \"%1\", expected \"%2\"").arg(iss, config.issuer));
        page.title = tr("Sign-in rejected");
        page.message = error.message;
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return page;
    }
    const QString errorCode = value(query, "error");
    if (!errorCode.isEmpty()) {
        // RFC 6749 §4.1.2.1: the provider's own error code and description.
        const Error error
            = ProtocolError::fromObject(QJsonObject {{QStringLiteral("error"), errorCode},
                                            {QStringLiteral("error_description"), value(query, "error_description")},
                                            {QStringLiteral("error_uri"), value(query, "error_uri")}},
                0);
        page.title = tr("Not connected");
        page.message = error.message;
        page.detail = error.detail; // the listener HTML-escapes everything it shows
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return page;
    }
    const QString code = value(query, "code");
    if (code.isEmpty()) {
        const Error error = Error::make(QStringLiteral("invalid_callback"), tr("The provider sent no authorization code."));
        page.title = tr("Not connected");
        page.message = error.message;
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return page;
    }
    Redactor::registerSecret(code);
    page.success = true;
    // Issue 15.12: the code is not exchanged yet, so nothing here may claim success.
    page.title = tr("Finishing the sign-in");
    page.message = tr("You can close this tab; Keyway is finishing the sign-in and shows the result.");
    QTimer::singleShot(0, this, [this, code] { exchangeCode(code); });
    return page;
}

void AuthorizationCodeFlow::exchangeCode(const QString &code)
{
    if (ended())
        return;
    const QString redirectUri = m_handler->callback();
    stopListening();
    m_tokenEndpoint = new TokenEndpoint(m_network, this);
    m_tokenEndpoint->exchangeCode(m_options.config, m_options.client, code, m_verifier, redirectUri,
        [this, redirectUri](const Result<TokenSet> &result, int httpStatus) {
            if (ended())
                return;
            if (!result) {
                emit step(QStringLiteral("token_exchange"), QStringLiteral("error"), httpStatus, result.error().toString());
                return fail(result.error());
            }
            const TokenSet tokens = result.value();
            emit step(QStringLiteral("token_exchange"), QStringLiteral("ok"), httpStatus,
                tr("access token %1%2%3")
                    .arg(Redactor::fingerprint(tokens.accessToken),
                        tokens.refreshToken.isEmpty() ? QString()
                                                      : tr(", refresh token %1").arg(Redactor::fingerprint(tokens.refreshToken)),
                        tokens.idToken.isEmpty() ? QString() : tr(", id_token")));
            if (m_options.config.openid && m_options.config.scopes.contains(QStringLiteral("openid")) && tokens.idToken.isEmpty())
                return fail(Error::make(QStringLiteral("missing_id_token"),
                    tr("The provider did not return an ID token for an OpenID Connect sign-in."), {}, httpStatus));
            AccountResolver::Request request;
            request.config = m_options.config;
            request.client = m_options.client;
            request.tokens = tokens;
            request.nonce = m_nonce;
            request.clockSkewSeconds = m_options.clockSkewSeconds;
            request.whoamiUrl = m_options.whoamiUrl;
            request.accountField = m_options.accountField;
            request.apiHeaders = m_options.apiHeaders;
            request.resolveApi = m_options.resolveApi;
            m_accountResolver = new AccountResolver(m_network, m_jwks, this);
            connect(m_accountResolver, &AccountResolver::step, this, &Flow::step);
            m_accountResolver->resolve(request, [this, tokens, redirectUri](const Result<AccountInfo> &account) {
                if (!account)
                    return fail(account.error());
                succeed(FlowResult {tokens, account.value(), redirectUri});
            });
        });
}

void AuthorizationCodeFlow::cancel()
{
    fail(cancelledError());
}

void AuthorizationCodeFlow::stopListening()
{
    if (m_handler)
        m_handler->close();
}

} // namespace keyway
