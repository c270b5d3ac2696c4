#include "auth/JwtBearerFlow.h"

#include "common/Log.h"
#include "common/Redactor.h"
#include "jose/ClientAssertion.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

#include <QTimer>

namespace keyway {

JwtBearerFlow::JwtBearerFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : Flow(parent)
    , m_options(options)
    , m_network(network)
    , m_jwks(jwks)
{
}

Result<QString> JwtBearerFlow::sign(const ProviderConfig &config, const Assertion &assertion)
{
    auto failed = [](const QString &message, const QString &detail) {
        return Error::make(QStringLiteral("client_assertion_failed"), message, detail);
    };
    if (assertion.key.clientId.isEmpty())
        return failed(tr("The service account (the assertion's issuer) is not known."), QStringLiteral("iss"));
    if (assertion.key.privateKeyPem.isEmpty())
        return failed(
            tr("No private key is stored for this connection: connect again with the key file."), QStringLiteral("private_key"));
    const Result<PrivateKey> key = PrivateKey::fromPem(assertion.key.privateKeyPem);
    if (!key)
        return failed(tr("The stored private key cannot be used: %1").arg(key.error().message), key.error().code);

    ClientAssertion::Grant grant;
    grant.issuer = assertion.key.clientId;
    grant.subject = assertion.subject;
    grant.audience = assertion.audience.isEmpty() ? config.tokenUrl : assertion.audience;
    // Google reads the scopes from the claim, space-separated whatever the provider's separator is.
    grant.scope = config.scopes.join(QLatin1Char(' '));
    ClientAssertion::Options options;
    options.keyId = assertion.key.keyId;
    options.algorithm = assertion.key.privateKeyAlg;
    // RS256 is the default; for an EC key left at that default, sign with the algorithm the key is made for.
    if (options.algorithm.isEmpty()
        || (options.algorithm == QLatin1String("RS256") && !Jws::keyFitsAlgorithm(key.value().key(), options.algorithm)))
        options.algorithm.clear();
    const Result<QString> signed_ = ClientAssertion::jwtBearerGrant(grant, key.value(), options);
    if (!signed_)
        return failed(tr("Could not sign the assertion: %1").arg(signed_.error().message), signed_.error().detail);
    Redactor::registerSecret(signed_.value());
    return signed_.value();
}

void JwtBearerFlow::requestToken(
    TokenEndpoint &endpoint, const ProviderConfig &config, const Assertion &assertion, TokenEndpoint::Done done)
{
    const Result<QString> signed_ = sign(config, assertion);
    if (!signed_) {
        QTimer::singleShot(0, &endpoint, [done = std::move(done), error = signed_.error()] { done(error, 0); });
        return;
    }
    // No client authentication: an empty client id tells TokenEndpoint to send the assertion alone.
    endpoint.jwtBearer(config, ClientCredentials {}, signed_.value().toUtf8(), config.scopes, std::move(done));
}

void JwtBearerFlow::start()
{
    const ProviderConfig &config = m_options.config;
    if (config.tokenUrl.isEmpty())
        return fail(Error::make(
            QStringLiteral("missing_endpoint"), tr("The provider's token endpoint is not known."), QStringLiteral("token_url")));
    const Assertion &a = m_options.assertion;
    emit step(QStringLiteral("assertion"), QStringLiteral("info"), 0,
        tr("JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope \"%6\"")
            .arg(QUrl(config.tokenUrl).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), a.key.clientId,
                a.subject.isEmpty() ? QString() : tr(", sub %1").arg(a.subject),
                a.audience.isEmpty() ? config.tokenUrl : a.audience,
                a.key.keyId.isEmpty() ? Redactor::fingerprint(a.key.privateKeyPem) : a.key.keyId,
                config.scopes.join(QLatin1Char(' '))));
    m_endpoint = new TokenEndpoint(m_network, this);
    requestToken(*m_endpoint, config, a, [this](const Result<TokenSet> &result, int httpStatus) {
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
        // The token is the service account's: no id_token is validated and userinfo is not asked.
        request.config.openid = false;
        request.clientId = m_options.assertion.key.clientId;
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
            // Who the token acts for: the delegated user, else the service account itself.
            const QString actingAs
                = m_options.assertion.subject.isEmpty() ? m_options.assertion.key.clientId : m_options.assertion.subject;
            if (result.account.label.isEmpty())
                result.account.label = actingAs;
            if (result.account.subject.isEmpty())
                result.account.subject = actingAs;
            m_done = true;
            emit finished(result);
        });
    });
}

void JwtBearerFlow::cancel()
{
    if (m_done)
        return;
    fail(cancelledError());
    if (m_endpoint)
        m_endpoint->abortAll();
}

void JwtBearerFlow::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcAuth) << "JWT bearer flow failed:" << error.code << error.toString();
    emit failed(error);
}

} // namespace keyway
