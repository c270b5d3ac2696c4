#include "auth/JwtBearerFlow.h"

#include "common/Redactor.h"
#include "jose/ClientAssertion.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

#include <QTimer>

namespace keyway {

JwtBearerFlow::JwtBearerFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : ApplicationFlow(network, jwks, parent)
    , m_options(options)
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
    // RFC 7523 §3 item 3.A as updated by draft-ietf-oauth-rfc7523bis: for an authorization grant the client makes
    // sure the audience fits the server it sends the assertion to, "either its issuer identifier or its token
    // endpoint URL": the value the provider documents (oauth.assertion_audience), else the token endpoint, which
    // Google's service accounts and the RFC's own example use.
    grant.audience = !assertion.audience.isEmpty() ? assertion.audience
        : !config.assertionAudience.isEmpty()      ? config.assertionAudience
                                                   : config.tokenUrl;
    // Google reads the scopes from the claim, space-separated whatever the provider's separator is.
    grant.scope = config.scopes.join(QLatin1Char(' '));
    ClientAssertion::Options options;
    options.keyId = assertion.key.keyId;
    options.algorithm = assertion.key.privateKeyAlg;
    options.lifetimeSeconds = config.assertionLifetimeSeconds; // 0: ClientAssertion's 5 minutes
    // RS256 is the default; for an EC key left at that default, sign with the algorithm the key is made for.
    if (options.algorithm.isEmpty()
        || (options.algorithm == QLatin1String("RS256") && !Jws::checkKey(key.value().key(), options.algorithm).isNull()))
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
    if (!checkTokenUrl(config))
        return;
    const Assertion &a = m_options.assertion;
    emit step(QStringLiteral("assertion"), QStringLiteral("info"), 0,
        tr("JWT bearer grant at %1: iss %2%3, aud %4, key %5, scope \"%6\"")
            .arg(QUrl(config.tokenUrl).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), a.key.clientId,
                a.subject.isEmpty() ? QString() : tr(", sub %1").arg(a.subject),
                a.audience.isEmpty() ? config.tokenUrl : a.audience,
                a.key.keyId.isEmpty() ? Redactor::fingerprint(a.key.privateKeyPem) : a.key.keyId,
                config.scopes.join(QLatin1Char(' '))));
    // Who the token acts for: the delegated user, else the service account itself.
    const QString actingAs = a.subject.isEmpty() ? a.key.clientId : a.subject;
    requestToken(newEndpoint(), config, a, tokenReceived(accountRequest(m_options, a.key), actingAs));
}

} // namespace keyway
