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

Error refused(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_dpop_proof"),
        QCoreApplication::translate("DpopProof", "The proof of possession sent with this request is not valid."), detail);
}

QString reason(const Error &error)
{
    return error.detail.isEmpty() ? error.message : error.detail;
}

// RFC 9449 §4.3 check 9 with RFC 3986 §6.2.2 and §6.2.3: scheme and host compared without case, a default port as
// none, an empty path as "/", query and fragment ignored.
QString normalizedHtu(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if ((u.scheme() == QLatin1String("http") && u.port() == 80) || (u.scheme() == QLatin1String("https") && u.port() == 443))
        u.setPort(-1);
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u.toString(QUrl::FullyEncoded);
}

} // namespace

Result<DpopProof::Verified> DpopProof::verify(const QByteArray &proof, const Expected &expected)
{
    // Check 2: one well-formed JWT (a proof is small; anything near Jws's own bound is refused as not one).
    const Result<Jws> jws = Jws::parse(proof, 8 * 1024);
    if (!jws.ok())
        return refused(QStringLiteral("the DPoP header is not a signed JWT: %1").arg(reason(jws.error())));
    const QJsonObject header = jws.value().header();
    const QJsonObject claims = QJsonDocument::fromJson(jws.value().payload()).object();
    // Check 3: the required header parameters and claims.
    for (const char *name : {"typ", "alg", "jwk"}) {
        if (!header.contains(QLatin1String(name)))
            return refused(QStringLiteral("the proof's header has no %1 (RFC 9449 §4.2)").arg(QLatin1String(name)));
    }
    for (const char *name : {"jti", "htm", "htu", "iat"}) {
        if (!claims.contains(QLatin1String(name)))
            return refused(QStringLiteral("the proof has no %1 claim (RFC 9449 §4.2)").arg(QLatin1String(name)));
    }
    // Check 4: typ.
    if (header.value(QStringLiteral("typ")).toString() != type())
        return refused(QStringLiteral("the proof's typ is not dpop+jwt (RFC 9449 §4.3)"));
    // Checks 5 to 7: an asymmetric algorithm, a public key that fits it, and the signature made with it. Jws::verify
    // refuses none, HMAC, crit and a key of another type or curve.
    if (!Jws::isSupportedAlgorithm(jws.value().algorithm()))
        return refused(QStringLiteral("the proof's alg %1 is not an asymmetric algorithm the server supports (RFC 9449 §4.3)")
                           .arg(jws.value().algorithm().left(16)));
    const Result<Jwk> jwk = Jwk::fromJson(header.value(QStringLiteral("jwk")).toObject());
    if (!jwk.ok())
        return refused(QStringLiteral("the proof's jwk is not a usable public key: %1").arg(reason(jwk.error())));
    if (jwk.value().isPrivate())
        return refused(QStringLiteral("the proof's jwk holds a private key (RFC 9449 §4.3)"));
    if (const Error e = jws.value().verify(jwk.value()); !e.isNull())
        return refused(QStringLiteral("the proof's signature does not verify with its jwk: %1").arg(reason(e)));
    // Checks 8 and 9: this request's method and URI.
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    if (jti.isEmpty() || jti.size() > 256)
        return refused(QStringLiteral("the proof's jti is empty or too long"));
    if (claims.value(QStringLiteral("htm")).toString() != QString::fromLatin1(expected.method))
        return refused(QStringLiteral("the proof's htm is not this request's method %1 (RFC 9449 §4.3)")
                           .arg(QString::fromLatin1(expected.method)));
    const QUrl htuClaim(claims.value(QStringLiteral("htu")).toString(), QUrl::StrictMode);
    if (!htuClaim.isValid() || normalizedHtu(htuClaim) != normalizedHtu(expected.url))
        return refused(
            QStringLiteral("the proof's htu is not this request's URI %1 (RFC 9449 §4.3)").arg(normalizedHtu(expected.url)));
    // Check 11: iat within the window the server accepts.
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (!iat.isDouble())
        return refused(QStringLiteral("the proof's iat is not a number"));
    const qint64 issuedAt = qint64(iat.toDouble());
    if (issuedAt < expected.now - expected.maxAgeSeconds)
        return refused(QStringLiteral("the proof was made %1 s ago; the server takes proofs at most %2 s old (RFC 9449 §4.3)")
                           .arg(expected.now - issuedAt)
                           .arg(expected.maxAgeSeconds));
    if (issuedAt > expected.now + expected.leewaySeconds)
        return refused(QStringLiteral("the proof is dated %1 s in the future (RFC 9449 §4.3)").arg(issuedAt - expected.now));
    // Check 12: a request to a resource proves possession for this very access token.
    const QJsonValue ath = claims.value(QStringLiteral("ath"));
    if (!expected.accessToken.isEmpty() && ath.toString() != accessTokenHash(expected.accessToken))
        return refused(ath.isUndefined()
                ? QStringLiteral("the proof has no ath for the access token it comes with (RFC 9449 §4.3)")
                : QStringLiteral("the proof's ath is not the hash of the access token it comes with (RFC 9449 §4.3)"));
    const QJsonValue nonce = claims.value(QStringLiteral("nonce"));
    if (!nonce.isUndefined() && !nonce.isString())
        return refused(QStringLiteral("the proof's nonce is not a string"));
    return Verified {jti, jwk.value().thumbprint(), nonce.toString(), issuedAt};
}

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
