#include "jose/DpopProof.h"

#include "jose/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/Random.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

Error invalid(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_dpop_request"),
        QCoreApplication::translate("DpopProof", "Keyway could not build the proof of possession for this request."), detail);
}

} // namespace

QString DpopProof::htu(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QString DpopProof::accessTokenHash(const QByteArray &accessToken)
{
    return Base64Url::encodeToString(QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256));
}

Result<QString> DpopProof::create(const PrivateKey &key, const QString &algorithm, const Request &request)
{
    if (key.isNull())
        return invalid(QStringLiteral("no DPoP key"));
    if (request.method.isEmpty())
        return invalid(QStringLiteral("no HTTP method"));
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return invalid(QStringLiteral("the request URL is not an absolute http(s) URL"));
    // RFC 9449 §4.2: the jwk header holds the public key only, so the proof never carries the private part.
    const QJsonObject jwk = Jwk::publicJson(key.key());
    if (jwk.isEmpty())
        return invalid(QStringLiteral("unsupported DPoP key type"));

    const qint64 issuedAt = (request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    QJsonObject claims {{QStringLiteral("jti"), Random::token(32)}, {QStringLiteral("htm"), QString::fromLatin1(request.method)},
        {QStringLiteral("htu"), htu(request.url)}, {QStringLiteral("iat"), issuedAt}};
    if (!request.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), request.nonce);
    if (!request.accessToken.isEmpty())
        claims.insert(QStringLiteral("ath"), accessTokenHash(request.accessToken));
    const QJsonObject header {{QStringLiteral("typ"), type()}, {QStringLiteral("jwk"), jwk}};
    return Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key.key(), algorithm);
}

} // namespace keyway
