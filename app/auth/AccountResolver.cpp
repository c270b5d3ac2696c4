#include "auth/AccountResolver.h"

#include "auth/DpopSigner.h"
#include "auth/UserInfo.h"
#include "jose/ClockLeeway.h"
#include "jose/JwksCache.h"

namespace keyway {

AccountResolver::AccountResolver(QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_jwks(jwks)
{
}

void AccountResolver::resolve(const Request &request, Done done)
{
    m_request = request;
    m_done = std::move(done);
    m_account = {};
    if (m_request.config.openid && !m_request.tokens.idToken.isEmpty())
        return validateIdToken(false);
    fetchProfile();
}

void AccountResolver::validateIdToken(bool)
{
    if (m_request.config.jwksUrl.isEmpty())
        return finish(Error::make(
            QStringLiteral("no_jwks"), tr("The provider publishes no keys (jwks_uri), so its ID token cannot be checked.")));
    IdTokenValidator::Expectations expect;
    expect.issuer = m_request.config.issuer;
    expect.issuerClaims = m_request.config.issuerClaims;
    expect.clientId = m_request.client.clientId;
    expect.nonce = m_request.nonce;
    expect.maxClockSkew = std::chrono::seconds(m_request.clockSkewSeconds);
    expect.providerClockOffset = ClockLeeway::offset(m_request.tokens.providerDate, m_request.tokens.obtainedAt);
    m_jwks->validateIdToken(
        QUrl(m_request.config.jwksUrl), QString::fromUtf8(m_request.tokens.idToken), expect,
        [this](const IdTokenValidator::Validation &validation) {
            if (!validation.ok()) {
                emit step(QStringLiteral("id_token"), QStringLiteral("error"), 0, validation.error.toString());
                return finish(validation.error);
            }
            m_account.idClaims = validation.claims;
            m_account.subject = validation.claims.value(QStringLiteral("sub")).toString();
            emit step(QStringLiteral("id_token"), QStringLiteral("ok"), 0,
                tr("ID token valid (signed %1 by key %2, subject %3)")
                    .arg(validation.header.value(QStringLiteral("alg")).toString(), validation.keyId, m_account.subject));
            fetchProfile();
        },
        this, m_request.config.allowInsecureHttp);
}

void AccountResolver::fetchProfile()
{
    if (m_request.resolveApi) {
        if (const std::optional<ApiTarget> api = m_request.resolveApi(m_request.tokens)) {
            m_request.whoamiUrl = api->whoamiUrl;
            m_request.apiHeaders = api->headers;
        } else {
            m_request.whoamiUrl.clear();
        }
        m_request.resolveApi = nullptr;
    }
    const bool useUserinfo = !m_request.config.userinfoUrl.isEmpty() && m_request.config.openid;
    const QString url = useUserinfo ? m_request.config.userinfoUrl : m_request.whoamiUrl;
    if (url.isEmpty() || m_request.tokens.accessToken.isEmpty()) {
        m_account.label = UserInfo::accountLabel(m_account.idClaims, m_request.accountField);
        return finish(m_account);
    }
    auto *userInfo = new UserInfo(m_network, this);
    userInfo->setClientCertificate(m_request.config, m_request.client);
    if (!m_request.config.dpopAlgorithm.isEmpty() && DpopSigner::isDpopTokenType(m_request.tokens.tokenType))
        userInfo->setDpop(m_request.client.dpopKeyPem, m_request.config.dpopAlgorithm);
    UserInfo::Headers headers;
    for (auto it = m_request.apiHeaders.begin(); it != m_request.apiHeaders.end(); ++it)
        headers.append({it.key().toUtf8(), it.value().toUtf8()});
    userInfo->fetch(QUrl(url), m_request.tokens.accessToken, m_request.config.allowInsecureHttp, headers,
        [this, userInfo, useUserinfo](const Result<QJsonObject> &result) {
            userInfo->deleteLater();
            if (!result) {
                // Who is connected is a nicety; the tokens are good. Say so and carry on.
                emit step(useUserinfo ? QStringLiteral("userinfo") : QStringLiteral("whoami"), QStringLiteral("error"),
                    result.error().httpStatus, result.error().toString());
                m_account.label = UserInfo::accountLabel(m_account.idClaims, m_request.accountField);
                return finish(m_account);
            }
            const QJsonObject profile = result.value();
            // OIDC Core §5.3.2: the UserInfo sub MUST match the ID token's, or the answer is not about this user.
            if (useUserinfo && !m_account.subject.isEmpty()
                && profile.value(QStringLiteral("sub")).toString() != m_account.subject) {
                const Error error = Error::make(QStringLiteral("userinfo_sub_mismatch"),
                    tr("The provider's user info belongs to a different user than the ID token."),
                    tr("userinfo sub \"%1\", id_token sub \"%2\"")
                        .arg(profile.value(QStringLiteral("sub")).toString(), m_account.subject));
                emit step(QStringLiteral("userinfo"), QStringLiteral("error"), 200, error.toString());
                return finish(error);
            }
            m_account.profile = profile;
            if (m_account.subject.isEmpty())
                m_account.subject = profile.value(QStringLiteral("sub")).toString();
            m_account.label = UserInfo::accountLabel(profile, m_request.accountField);
            if (m_account.label.isEmpty())
                m_account.label = UserInfo::accountLabel(m_account.idClaims, m_request.accountField);
            emit step(useUserinfo ? QStringLiteral("userinfo") : QStringLiteral("whoami"), QStringLiteral("ok"), 200,
                tr("Signed in as %1").arg(m_account.label));
            finish(m_account);
        });
}

void AccountResolver::finish(const Result<AccountInfo> &result)
{
    if (!m_done)
        return;
    Done done = std::move(m_done);
    m_done = nullptr;
    done(result);
}

} // namespace keyway
