#include "auth/ApplicationFlow.h"

#include "common/Redactor.h"

namespace keyway {

ApplicationFlow::ApplicationFlow(QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : Flow(parent)
    , m_network(network)
    , m_jwks(jwks)
{
}

bool ApplicationFlow::checkTokenUrl(const ProviderConfig &config)
{
    if (!config.tokenUrl.isEmpty())
        return true;
    fail(Error::make(
        QStringLiteral("missing_endpoint"), tr("The provider's token endpoint is not known."), QStringLiteral("token_url")));
    return false;
}

TokenEndpoint &ApplicationFlow::newEndpoint()
{
    m_endpoint = new TokenEndpoint(m_network, this);
    return *m_endpoint;
}

TokenEndpoint::Done ApplicationFlow::tokenReceived(const AccountResolver::Request &request, const QString &actingAs)
{
    return [this, request, actingAs](const Result<TokenSet> &result, int httpStatus) {
        if (ended())
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
        resolveAccount(request, tokens, actingAs);
    };
}

void ApplicationFlow::resolveAccount(AccountResolver::Request request, const TokenSet &tokens, const QString &actingAs)
{
    // No user signed in: OpenID Connect's id_token and userinfo do not apply to the application's own token.
    request.config.openid = false;
    request.tokens = tokens;
    m_accountResolver = new AccountResolver(m_network, m_jwks, this);
    connect(m_accountResolver, &AccountResolver::step, this, &Flow::step);
    m_accountResolver->resolve(request, [this, tokens, actingAs](const Result<AccountInfo> &account) {
        if (ended())
            return;
        if (!account)
            return fail(account.error());
        FlowResult result {tokens, account.value(), {}};
        if (result.account.label.isEmpty())
            result.account.label = actingAs;
        if (result.account.subject.isEmpty())
            result.account.subject = actingAs;
        succeed(result);
    });
}

void ApplicationFlow::cancel()
{
    if (ended())
        return;
    fail(cancelledError());
    if (m_endpoint)
        m_endpoint->abortAll();
}

} // namespace keyway
