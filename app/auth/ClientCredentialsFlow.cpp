#include "auth/ClientCredentialsFlow.h"

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
    : ApplicationFlow(network, jwks, parent)
    , m_options(options)
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
    if (!checkTokenUrl(m_options.config))
        return;
    emit step(QStringLiteral("token_request"), QStringLiteral("info"), 0,
        tr("client_credentials grant at %1: %2")
            .arg(QUrl(m_options.config.tokenUrl).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                describeRequest(m_options.config, m_options.client)));
    // The account is the client itself unless the integration's "who am I" URL names one.
    const QString clientId = m_options.client.clientId;
    requestToken(
        newEndpoint(), m_options.config, m_options.client, tokenReceived(accountRequest(m_options, m_options.client), clientId));
}

} // namespace keyway
