#include "auth/DpopSigner.h"

#include "auth/ProtocolError.h"
#include "jose/DpopProof.h"
#include "jose/PrivateKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace keyway {

namespace {

QHash<QString, QString> &nonces()
{
    // Only the thread that owns the network objects signs and reads answers (the GUI or the command line's).
    static QHash<QString, QString> byOrigin;
    return byOrigin;
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded)
        .toLower();
}

} // namespace

bool DpopSigner::isDpopTokenType(const QString &tokenType)
{
    // RFC 6749 §7.1 / §5.1: token_type values are case-insensitive.
    return tokenType.compare(scheme(), Qt::CaseInsensitive) == 0;
}

Result<QByteArray> DpopSigner::proof(
    const QByteArray &keyPem, const QString &algorithm, const QByteArray &method, const QUrl &url, const QByteArray &accessToken)
{
    const Result<PrivateKey> key = keyPem.isEmpty() ? Result<PrivateKey>(Error()) : PrivateKey::fromPem(keyPem);
    if (!key)
        return Error::make(QStringLiteral("missing_dpop_key"),
            QCoreApplication::translate(
                "DpopSigner", "This connection's proof-of-possession (DPoP) key is missing from the keychain: reconnect it."),
            key.error().detail);
    DpopProof::Request request;
    request.method = method;
    request.url = url;
    request.nonce = nonceFor(url);
    request.accessToken = accessToken;
    const Result<QString> signed_ = DpopProof::create(key.value(), algorithm, request);
    if (!signed_)
        return signed_.error();
    return signed_.value().toLatin1();
}

void DpopSigner::rememberNonce(const QUrl &url, const QList<QNetworkReply::RawHeaderPair> &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare(nonceHeader(), Qt::CaseInsensitive) != 0)
            continue;
        rememberNonce(url, QString::fromLatin1(value.trimmed()));
        return;
    }
}

bool DpopSigner::rememberNonce(const QUrl &url, const QString &nonce)
{
    // RFC 9449 §8.1: nonce = 1*NQCHAR (%x21 / %x23-5B / %x5D-7E); anything else is not a nonce to echo.
    static const QRegularExpression nqchars(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,1024}$"));
    if (!nqchars.match(nonce).hasMatch())
        return false;
    nonces().insert(originOf(url), nonce);
    return true;
}

QString DpopSigner::nonceFor(const QUrl &url)
{
    return nonces().value(originOf(url));
}

void DpopSigner::forgetNonces()
{
    nonces().clear();
}

bool DpopSigner::asksForNonce(int httpStatus, const QByteArray &body, const QByteArray &wwwAuthenticate)
{
    const QString code = QStringLiteral("use_dpop_nonce");
    if (httpStatus == 401) {
        // RFC 9110 §11.6.1: the header may hold several challenges; the DPoP one's parameters follow its scheme.
        static const QRegularExpression dpopChallenge(
            QStringLiteral("(?:^|,)\\s*DPoP(?:\\s+(.*))?$"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = dpopChallenge.match(QString::fromLatin1(wwwAuthenticate.left(8 * 1024)));
        return m.hasMatch() && ProtocolError::challengeParams(m.captured(1).toLatin1()).value(QStringLiteral("error")) == code;
    }
    if (httpStatus == 400) {
        const QJsonDocument doc = QJsonDocument::fromJson(body.left(64 * 1024));
        return doc.isObject() && doc.object().value(QStringLiteral("error")).toString() == code;
    }
    return false;
}

} // namespace keyway
