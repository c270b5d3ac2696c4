#include "auth/ClientAuthenticator.h"

#include "auth/ProtocolClient.h"
#include "common/Redactor.h"
#include "jose/ClientAssertion.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

namespace keyway {

namespace {

// A form parameter may be sent once (RFC 6749 §3.2): explicit client parameters replace any earlier value.
void setParam(ClientAuthenticator::FormParams *form, const QString &name, const QString &value)
{
    for (auto it = form->begin(); it != form->end();) {
        if (it->first == name)
            it = form->erase(it);
        else
            ++it;
    }
    form->append({name, value});
}

} // namespace

QString ClientAuthenticator::assertionAudience(const ProviderConfig &config, const QUrl &endpoint)
{
    // RFC 7523 §3 as updated by draft-ietf-oauth-rfc7523bis-11 ("Updates to RFC 7523", item 3.B): for client
    // authentication "the aud (audience) claim value MUST use the issuer identifier [RFC8414] of the
    // authorization server as its sole value", and the token endpoint URL "MUST NOT be used as an audience value"
    // (audience injection: another endpoint's URL could be replayed elsewhere). OpenID Connect Core §9 still says
    // the token endpoint SHOULD be the audience, and some providers document only that: an integration says so
    // with oauth.assertion_audience. Without an issuer identifier (no metadata, or a template such as Microsoft's
    // "{tenantid}" that names no single server), the token endpoint remains the one value that identifies it.
    if (!config.assertionAudience.isEmpty())
        return config.assertionAudience;
    if (!config.issuer.isEmpty() && !config.issuer.contains(QLatin1Char('{')))
        return config.issuer;
    return config.tokenUrl.isEmpty() ? endpoint.toString() : config.tokenUrl;
}

QByteArray ClientAuthenticator::basicAuthorization(const QString &clientId, const QByteArray &clientSecret)
{
    const QByteArray userPass
        = ProtocolClient::formEncode(clientId) + ':' + ProtocolClient::formEncode(QString::fromUtf8(clientSecret));
    return QByteArrayLiteral("Basic ") + userPass.toBase64();
}

Error ClientAuthenticator::apply(
    const ProviderConfig &config, const ClientCredentials &credentials, QNetworkRequest *request, FormParams *form)
{
    if (credentials.clientId.isEmpty()) {
        return Error::make(QStringLiteral("missing_client_id"), tr("No client id is configured for this connection."));
    }
    switch (config.clientAuth) {
    case ProviderConfig::ClientAuth::Basic: {
        if (credentials.clientSecret.isEmpty()) {
            return Error::make(QStringLiteral("missing_client_secret"), tr("No client secret is configured for this connection."),
                QStringLiteral("client_secret_basic"));
        }
        Redactor::registerSecret(credentials.clientSecret);
        const QByteArray header = basicAuthorization(credentials.clientId, credentials.clientSecret);
        Redactor::registerSecret(header.mid(6)); // the base64 credential itself
        request->setRawHeader("Authorization", header);
        return {};
    }
    case ProviderConfig::ClientAuth::Post:
        if (credentials.clientSecret.isEmpty()) {
            return Error::make(QStringLiteral("missing_client_secret"), tr("No client secret is configured for this connection."),
                QStringLiteral("client_secret_post"));
        }
        Redactor::registerSecret(credentials.clientSecret);
        setParam(form, config.clientIdParam, credentials.clientId);
        setParam(form, QStringLiteral("client_secret"), QString::fromUtf8(credentials.clientSecret));
        return {};
    case ProviderConfig::ClientAuth::None:
        setParam(form, config.clientIdParam, credentials.clientId);
        return {};
    case ProviderConfig::ClientAuth::TlsClientAuth:
    case ProviderConfig::ClientAuth::SelfSignedTlsClientAuth:
        // RFC 8705 §2: the TLS handshake authenticates the client (ProtocolClient presents the certificate); the
        // request carries client_id and no secret.
        if (config.clientCertificate.isEmpty() || credentials.tlsKeyPem.isEmpty()) {
            return Error::make(QStringLiteral("missing_client_certificate"),
                tr("No client certificate is configured for this connection."),
                ProviderConfig::clientAuthName(config.clientAuth));
        }
        setParam(form, config.clientIdParam, credentials.clientId);
        return {};
    case ProviderConfig::ClientAuth::PrivateKeyJwt: {
        if (credentials.privateKeyPem.isEmpty()) {
            return Error::make(QStringLiteral("missing_private_key"), tr("No private key is configured for this connection."),
                QStringLiteral("private_key_jwt"));
        }
        const QString audience = assertionAudience(config, request->url());
        const Result<PrivateKey> key = PrivateKey::fromPem(credentials.privateKeyPem);
        if (!key.ok()) {
            return Error::make(QStringLiteral("client_assertion_failed"),
                tr("The configured private key cannot be used: %1").arg(key.error().message),
                key.error().code + (key.error().detail.isEmpty() ? QString() : QStringLiteral(": ") + key.error().detail));
        }
        ClientAssertion::Options options;
        options.keyId = credentials.keyId;
        options.algorithm = credentials.privateKeyAlg; // empty: the key's default
        options.lifetimeSeconds = config.assertionLifetimeSeconds; // 0: ClientAssertion's 5 minutes
        // draft-ietf-oauth-rfc7523bis (update to RFC 7523 §3.2): client authentication JWTs SHOULD be explicitly
        // typed; the type promises the tightened audience, so it goes only on assertions whose aud is the issuer.
        if (audience == config.issuer)
            options.type = QStringLiteral("client-authentication+jwt");
        // RS256 is ClientCredentials' default; for an EC or Ed25519 key left at that default, sign with the
        // algorithm the key is made for instead of failing. Any other mismatch is reported by the signer.
        if (options.algorithm == QLatin1String("RS256") && !Jws::checkKey(key.value().key(), options.algorithm).isNull())
            options.algorithm.clear();
        const Result<QString> assertion
            = ClientAssertion::clientAuthentication(credentials.clientId, audience, key.value(), options);
        if (!assertion.ok()) {
            return Error::make(QStringLiteral("client_assertion_failed"),
                tr("Could not sign the client assertion with the configured private key: %1").arg(assertion.error().message),
                assertion.error().code
                    + (assertion.error().detail.isEmpty() ? QString() : QStringLiteral(": ") + assertion.error().detail));
        }
        Redactor::registerSecret(assertion.value());
        setParam(form, QStringLiteral("client_assertion_type"), ClientAssertion::assertionType());
        setParam(form, QStringLiteral("client_assertion"), assertion.value());
        // RFC 7521 §4.2: client_id is OPTIONAL with an assertion; sending it helps servers find the client.
        setParam(form, config.clientIdParam, credentials.clientId);
        return {};
    }
    }
    return {};
}

} // namespace keyway
