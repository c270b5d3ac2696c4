#include "auth/AuthorizationCodeFlow.h"

#include "auth/AccountResolver.h"
#include "auth/BrowserLauncher.h"
#include "auth/LoopbackReplyHandler.h"
#include "auth/ProtocolError.h"
#include "auth/TokenEndpoint.h"
#include "common/Log.h"
#include "common/Redactor.h"
#include "jose/Pkce.h"
#include "jose/Random.h"

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

AuthorizationCodeFlow::AuthorizationCodeFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks,
                                             QObject *parent)
    : Flow(parent), m_options(options), m_network(network), m_jwks(jwks)
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
        return fail(Error::make(QStringLiteral("missing_endpoint"),
                                tr("The provider's authorization or token endpoint is not known."),
                                config.authorizationUrl.isEmpty() ? QStringLiteral("authorization_url") : QStringLiteral("token_url")));

    LoopbackReplyHandler::Options listenerOptions;
    listenerOptions.host = config.redirectHost;
    listenerOptions.port = quint16(config.redirectPort);
    listenerOptions.path = config.redirectPath;
    listenerOptions.timeoutMs = m_options.timeoutSeconds * 1000;
    m_handler = new LoopbackReplyHandler(listenerOptions, this);
    m_handler->listener().setValidator([this](const QUrlQuery &query) { return onCallback(query); });
    connect(m_handler, &LoopbackReplyHandler::timedOut, this, [this] {
        fail(Error::make(QStringLiteral("timeout"),
                         tr("No answer came back from the browser in time. Try again, or copy the link into a browser."),
                         tr("waited %1 s for the redirect").arg(m_options.timeoutSeconds)));
    });
    Error error;
    if (!m_handler->listen(&error))
        return fail(error);
    emit step(QStringLiteral("listener"), QStringLiteral("ok"), 0, tr("Waiting for the redirect on %1").arg(m_handler->callback()));

    // Fresh per attempt, from OpenSSL's CSPRNG.
    m_state = Random::token(32);
    if (config.openid)
        m_nonce = Random::token(32);
    if (config.pkce)
        m_verifier = Pkce::generateVerifier();

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
        for (auto it = c.authorizationParams.begin(); it != c.authorizationParams.end(); ++it)
            params->replace(it.key(), it.value());
        if (!m_verifier.isEmpty()) {
            params->replace(QStringLiteral("code_challenge"), Pkce::challengeS256(m_verifier));
            params->replace(QStringLiteral("code_challenge_method"), Pkce::method());
        }
        if (!m_nonce.isEmpty())
            params->replace(QStringLiteral("nonce"), m_nonce);
    });
    connect(m_qtFlow, &QAbstractOAuth::authorizeWithBrowser, this, &AuthorizationCodeFlow::onAuthorizationUrl);
    m_qtFlow->grant();
    if (m_authorizationUrl.isEmpty() && !m_done)
        fail(Error::make(QStringLiteral("bad_authorization_url"), tr("The authorization request could not be built."),
                         config.authorizationUrl));
}

void AuthorizationCodeFlow::onAuthorizationUrl(const QUrl &url)
{
    m_authorizationUrl = url;
    QUrl shown = url;
    shown.setQuery(QString());
    emit step(QStringLiteral("authorize_url"), QStringLiteral("ok"), 0,
              tr("%1 (client_id %2, scope \"%3\", PKCE %4%5)")
                  .arg(shown.toString(), m_options.client.clientId, m_options.config.joinedScopes(),
                       m_verifier.isEmpty() ? tr("off") : Pkce::method(), m_nonce.isEmpty() ? QString() : tr(", nonce")));
    emit authorizationUrlReady(url);
    openBrowserAgain();
}

void AuthorizationCodeFlow::openBrowserAgain()
{
    if (m_done || m_authorizationUrl.isEmpty())
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

CallbackVerdict AuthorizationCodeFlow::onCallback(const QUrlQuery &query)
{
    CallbackVerdict page;
    page.success = false;
    if (m_done || m_callbackTaken) {
        page.title = tr("This sign-in has already ended");
        page.message = tr("Start connecting again from Keyway.");
        return page;
    }
    m_callbackTaken = true;
    QStringList names;
    for (const auto &item : query.queryItems())
        names << item.first;
    emit step(QStringLiteral("callback"), QStringLiteral("info"), 0, tr("Redirect received with %1").arg(names.join(QStringLiteral(", "))));

    // RFC 6749 §10.12, RFC 9700 §4.7: without our exact state this response is not ours (CSRF or a stale tab).
    const QString state = value(query, "state");
    if (state.isEmpty() || !constantTimeEquals(state, m_state)) {
        const Error error = Error::make(QStringLiteral("state_mismatch"),
                                        tr("The sign-in response did not match Keyway's request, so it was rejected. Try again."),
                                        state.isEmpty() ? tr("state missing") : tr("state differs"));
        page.title = tr("Sign-in rejected");
        page.message = error.message;
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return page;
    }
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
        const Error error = ProtocolError::fromObject(QJsonObject{{QStringLiteral("error"), errorCode},
                                                                  {QStringLiteral("error_description"), value(query, "error_description")},
                                                                  {QStringLiteral("error_uri"), value(query, "error_uri")}},
                                                      0);
        page.title = tr("Not connected");
        page.message = error.message;
        page.detail = error.detail;   // the listener HTML-escapes everything it shows
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
    page.title = tr("Signed in");
    page.message = tr("Keyway is finishing the connection. You can close this tab and return to Keyway.");
    QTimer::singleShot(0, this, [this, code] { exchangeCode(code); });
    return page;
}

void AuthorizationCodeFlow::exchangeCode(const QString &code)
{
    if (m_done)
        return;
    const QString redirectUri = m_handler->callback();
    stopListening();
    m_tokenEndpoint = new TokenEndpoint(m_network, this);
    m_tokenEndpoint->exchangeCode(
        m_options.config, m_options.client, code, m_verifier, redirectUri,
        [this, redirectUri](const Result<TokenSet> &result, int httpStatus) {
            if (m_done)
                return;
            if (!result) {
                emit step(QStringLiteral("token_exchange"), QStringLiteral("error"), httpStatus, result.error().toString());
                return fail(result.error());
            }
            const TokenSet tokens = result.value();
            emit step(QStringLiteral("token_exchange"), QStringLiteral("ok"), httpStatus,
                      tr("access token %1%2%3")
                          .arg(Redactor::fingerprint(tokens.accessToken),
                               tokens.refreshToken.isEmpty() ? QString() : tr(", refresh token %1").arg(Redactor::fingerprint(tokens.refreshToken)),
                               tokens.idToken.isEmpty() ? QString() : tr(", id_token")));
            if (m_options.config.openid && m_options.config.scopes.contains(QStringLiteral("openid")) && tokens.idToken.isEmpty())
                return fail(Error::make(QStringLiteral("missing_id_token"),
                                        tr("The provider did not return an ID token for an OpenID Connect sign-in."), {}, httpStatus));
            AccountResolver::Request request;
            request.config = m_options.config;
            request.clientId = m_options.client.clientId;
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
                succeed(FlowResult{tokens, account.value(), redirectUri});
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

void AuthorizationCodeFlow::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    stopListening();
    qCInfo(lcAuth) << "authorization code flow failed:" << error.code << error.toString();
    emit failed(error);
}

void AuthorizationCodeFlow::succeed(const FlowResult &result)
{
    if (m_done)
        return;
    m_done = true;
    stopListening();
    emit finished(result);
}

} // namespace keyway
