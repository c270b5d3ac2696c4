#include "auth/ClientCredentialsFlow.h"

#include "common/Log.h"
#include "common/Redactor.h"

namespace keyway {

namespace {

const QString kAudience = QStringLiteral("audience");
const QString kResource = QStringLiteral("resource");

QStringList resourcesOf(const ProviderConfig &config)
{
    // RFC 8707 §2: each resource is an absolute URI, which cannot contain a space, so a space-separated list
    // is unambiguous.
    return config.tokenParams.value(kResource).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

ClientCredentialsFlow::ClientCredentialsFlow(
    const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : Flow(parent)
    , m_options(options)
    , m_network(network)
    , m_jwks(jwks)
{
}

void ClientCredentialsFlow::requestToken(
    TokenEndpoint &endpoint, const ProviderConfig &config, const ClientCredentials &client, TokenEndpoint::Done done)
{
    ProviderConfig request = config;
    const QString audience = request.tokenParams.take(kAudience);
    const QStringList resources = resourcesOf(config);
    request.tokenParams.remove(kResource);
    endpoint.clientCredentials(request, client, request.scopes, audience, resources, std::move(done));
}

QString ClientCredentialsFlow::describeRequest(const ProviderConfig &config, const ClientCredentials &client)
{
    QStringList parts;
    parts << tr("client %1 with %2").arg(client.clientId, ProviderConfig::clientAuthName(config.clientAuth));
    if (!config.scopes.isEmpty())
        parts << tr("scope \"%1\"").arg(config.joinedScopes());
    if (!config.tokenParams.value(kAudience).isEmpty())
        parts << tr("audience %1").arg(config.tokenParams.value(kAudience));
    const QStringList resources = resourcesOf(config);
    if (!resources.isEmpty())
        parts << tr("resource %1").arg(resources.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

void ClientCredentialsFlow::start()
{
    if (m_options.config.tokenUrl.isEmpty())
        return fail(Error::make(
            QStringLiteral("missing_endpoint"), tr("The provider's token endpoint is not known."), QStringLiteral("token_url")));
    emit step(QStringLiteral("token_request"), QStringLiteral("info"), 0,
        tr("client_credentials grant at %1: %2")
            .arg(QUrl(m_options.config.tokenUrl).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                describeRequest(m_options.config, m_options.client)));
    m_endpoint = new TokenEndpoint(m_network, this);
    requestToken(*m_endpoint, m_options.config, m_options.client, [this](const Result<TokenSet> &result, int httpStatus) {
        if (m_done)
            return;
        if (!result) {
            emit step(QStringLiteral("token"), QStringLiteral("error"), httpStatus, result.error().toString());
            return fail(result.error());
        }
        const TokenSet tokens = result.value();
        emit step(QStringLiteral("token"), QStringLiteral("ok"), httpStatus,
            tr("access token %1, %2")
                .arg(Redactor::fingerprint(tokens.accessToken),
                    tokens.expiresAt.isValid() ? tr("expires %1").arg(tokens.expiresAt.toString(Qt::ISODate))
                                               : tr("expiry unknown")));
        AccountResolver::Request request;
        request.config = m_options.config;
        // No user signed in: OpenID Connect's id_token and userinfo do not apply to a client's own token.
        request.config.openid = false;
        request.clientId = m_options.client.clientId;
        request.tokens = tokens;
        request.whoamiUrl = m_options.whoamiUrl;
        request.accountField = m_options.accountField;
        request.apiHeaders = m_options.apiHeaders;
        request.resolveApi = m_options.resolveApi;
        m_accountResolver = new AccountResolver(m_network, m_jwks, this);
        connect(m_accountResolver, &AccountResolver::step, this, &Flow::step);
        m_accountResolver->resolve(request, [this, tokens](const Result<AccountInfo> &account) {
            if (m_done)
                return;
            if (!account)
                return fail(account.error());
            FlowResult result {tokens, account.value(), {}};
            if (result.account.label.isEmpty())
                result.account.label = m_options.client.clientId;
            if (result.account.subject.isEmpty())
                result.account.subject = m_options.client.clientId;
            m_done = true;
            emit finished(result);
        });
    });
}

void ClientCredentialsFlow::cancel()
{
    if (m_done)
        return;
    fail(cancelledError());
    if (m_endpoint)
        m_endpoint->abortAll();
}

void ClientCredentialsFlow::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcAuth) << "client credentials flow failed:" << error.code << error.toString();
    emit failed(error);
}

} // namespace keyway
