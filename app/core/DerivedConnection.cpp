#include "core/DerivedConnection.h"

#include "catalog/Integration.h"
#include "common/Redactor.h"
#include "core/ConnectionSettings.h"
#include "core/ConnectionState.h"
#include "http/LoopbackHost.h"
#include "jose/Jwt.h"

#include <QCoreApplication>
#include <QUrl>

namespace keyway::DerivedConnection {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DerivedConnection)
};

// RFC 6750 §5.3: a bearer token goes over TLS; plain http only where it never leaves the machine (RFC 8252 §8.3).
bool isApiUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

// RFC 8693 §3: the token types that are access tokens (a JWT is one when token_type says it may be used as one).
bool isAccessTokenType(const QString &type)
{
    return type.isEmpty() || type == QLatin1String(TokenExchangeRequest::kAccessTokenType)
        || type == QLatin1String("urn:ietf:params:oauth:token-type:jwt");
}

} // namespace

Result<QString> apiBase(const TokenExchangeRequest &request, const QString &given)
{
    if (!given.trimmed().isEmpty()) {
        if (!isApiUrl(given))
            return Error::make(QStringLiteral("bad_api_base"),
                Tr::tr("The API base URL must be an https URL (or http on this computer's loopback): %1").arg(given.trimmed()));
        return given.trimmed();
    }
    for (const QString &resource : request.resources)
        if (isApiUrl(resource))
            return resource.trimmed();
    if (isApiUrl(request.audience))
        return request.audience.trimmed();
    return Error::make(QStringLiteral("no_api_base"),
        Tr::tr("Neither the audience nor a resource is an https URL, so Keyway does not know where the token may be "
               "sent: give the API base URL of the service it is for."));
}

Error checkIssued(const TokenSet &issued)
{
    const QString tokenType = issued.tokenType.trimmed();
    // RFC 9449 §5: a DPoP token is bound to the key of the connection that asked; Keyway cannot send it plainly.
    if (tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0)
        return Error::make(QStringLiteral("bound_token"),
            Tr::tr("The exchanged token is bound to a DPoP key (RFC 9449): it is accepted only with a proof made with the "
                   "key of the connection it was exchanged from, so it cannot be saved as a connection of its own."),
            QStringLiteral("token_type DPoP"));
    // RFC 8693 §2.2.1: N_A when the issued token is not usable as an access token.
    if (!isAccessTokenType(issued.issuedTokenType)
        || (!tokenType.isEmpty() && tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0))
        return Error::make(QStringLiteral("not_an_access_token"),
            Tr::tr("The provider issued a token that is not an access token (%1): only an access token can be saved as a "
                   "connection.")
                .arg(issued.issuedTokenType.isEmpty() ? tokenType : issued.issuedTokenType),
            QStringLiteral("issued_token_type %1, token_type %2").arg(issued.issuedTokenType, tokenType));
    // RFC 7800 / RFC 8705 §3.1: a JWT with a confirmation claim is bound to a key or certificate it does not carry.
    if (const Result<Jwt> jwt = Jwt::decode(QString::fromLatin1(issued.accessToken));
        jwt.ok() && jwt.value().claims().contains(QLatin1String("cnf")))
        return Error::make(QStringLiteral("bound_token"),
            Tr::tr("The exchanged token is bound to a key or client certificate (its cnf claim): a server accepts it "
                   "only from the holder of that key, so it cannot be saved as a connection of its own."),
            QStringLiteral("cnf"));
    if (issued.accessToken.isEmpty())
        return Error::make(QStringLiteral("not_an_access_token"), Tr::tr("The provider's answer held no access token."));
    return {};
}

QString suggestedName(const QString &parentName, const TokenExchangeRequest &request)
{
    const QString target = !request.audience.trimmed().isEmpty() ? request.audience.trimmed()
        : request.resources.isEmpty()                            ? QString()
                                                                 : request.resources.first().trimmed();
    return Tr::tr("%1 → %2").arg(parentName, target);
}

Result<Made> make(const ConnectionRecord &parent, const TokenExchangeRequest &request, const TokenSet &issued,
    const QString &name, const QString &givenApiBase, const QString &newId, const QDateTime &now)
{
    if (name.trimmed().isEmpty())
        return Error::make(QStringLiteral("empty_name"), Tr::tr("Give the new connection a name."));
    const Result<QString> base = apiBase(request, givenApiBase);
    if (!base)
        return base.error();
    if (const Error refused = checkIssued(issued); !refused.isNull())
        return refused;

    ConnectionSettings settings;
    settings.authMode = AuthMode::BearerToken;
    settings.apiBaseUrl = base.value();
    // Every other resource the token was asked for is its service too.
    for (const QString &resource : request.resources)
        if (isApiUrl(resource) && resource.trimmed() != base.value())
            settings.apiOrigins << resource.trimmed();
    settings.derivedFrom = parent.id;

    Made made;
    made.secrets.tokens.accessToken = issued.accessToken;
    made.secrets.tokens.tokenType = QStringLiteral("Bearer");
    made.secrets.tokens.expiresAt = issued.expiresAt;
    made.secrets.tokens.obtainedAt = issued.obtainedAt.isValid() ? issued.obtainedAt : now;
    made.secrets.tokens.grantedScopes = issued.grantedScopes;
    made.secrets.tokens.scopeReturned = issued.scopeReturned;
    made.secrets.tokens.issuedTokenType = issued.issuedTokenType;

    ConnectionRecord &r = made.record;
    r.id = newId;
    r.integrationId = parent.integrationId;
    r.name = name.trimmed();
    r.authMode = Integration::toString(AuthMode::BearerToken);
    r.requestedScopes = request.scopes;
    r.grantedScopes = issued.grantedScopes;
    r.status = ConnectionState::next(ConnectionStatus::Pending, ConnectionState::Event::Authorized);
    r.expiresAt = issued.expiresAt;
    r.settings = settings.toJson();
    r.tokenFingerprint = Redactor::fingerprint(issued.accessToken);
    r.createdAt = now;
    made.secrets.record = recordCopy(r);
    return made;
}

} // namespace keyway::DerivedConnection
