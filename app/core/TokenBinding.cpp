#include "core/TokenBinding.h"

#include "auth/ClientCertificate.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"
#include "jose/Jwt.h"
#include "jose/PrivateKey.h"

#include <QSslCertificate>

namespace keyway {

TokenBinding::Keys TokenBinding::keysOf(const StoredCredentials &credentials, const ConnectionSettings &settings)
{
    Keys keys;
    if (!credentials.client.dpopKeyPem.isEmpty())
        if (const Result<PrivateKey> key = PrivateKey::fromPem(credentials.client.dpopKeyPem); key.ok())
            keys.dpopThumbprint = key.value().thumbprint();
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(settings.provider.clientCertificate.toLatin1(), QSsl::Pem);
    if (!certificates.isEmpty() && !certificates.first().isNull())
        keys.certificateThumbprint = QString::fromLatin1(ClientCertificate::thumbprint(certificates.first()));
    return keys;
}

TokenBinding TokenBinding::fromClaims(const QJsonObject &claims, const Keys &keys)
{
    TokenBinding binding;
    const QJsonObject cnf = claims.value(QLatin1String("cnf")).toObject();
    // RFC 9449 §6.1: jkt; RFC 8705 §3.1: x5t#S256. A token bound both ways is shown by its DPoP key.
    const QString jkt = cnf.value(QLatin1String("jkt")).toString();
    const QString x5t = cnf.value(QLatin1String("x5t#S256")).toString();
    if (!jkt.isEmpty()) {
        binding.kind = Kind::Dpop;
        binding.thumbprint = jkt;
        binding.match = !keys.dpopThumbprint.isEmpty() && jkt == keys.dpopThumbprint ? Match::ThisDevice : Match::OtherKey;
    } else if (!x5t.isEmpty()) {
        binding.kind = Kind::Certificate;
        binding.thumbprint = x5t;
        binding.match
            = !keys.certificateThumbprint.isEmpty() && x5t == keys.certificateThumbprint ? Match::ThisDevice : Match::OtherKey;
    }
    return binding;
}

std::optional<TokenBinding> TokenBinding::ofToken(const QByteArray &token, const Keys &keys)
{
    const Result<Jwt> jwt = Jwt::decode(QString::fromLatin1(token));
    if (!jwt)
        return std::nullopt;
    return fromClaims(jwt.value().claims(), keys);
}

} // namespace keyway
