#include "cli/TokenOutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace keyway::TokenOutput {

namespace {

QJsonValue rfc3339(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

std::optional<Format> parseFormat(const QString &name)
{
    if (name == QLatin1String("token"))
        return Format::Token;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("kubernetes"))
        return Format::Kubernetes;
    return std::nullopt;
}

QByteArray render(const PresentedCredential &credential, Format format)
{
    switch (format) {
    case Format::Token:
        return credential.dpopProof.isEmpty() ? credential.secret + '\n' : credential.secret + '\n' + credential.dpopProof + '\n';
    case Format::Json: {
        QJsonObject o {{QStringLiteral("access_token"), QString::fromUtf8(credential.secret)},
            {QStringLiteral("token_type"), textOrNull(credential.tokenType)},
            {QStringLiteral("expires_at"), rfc3339(credential.expiresAt)},
            {QStringLiteral("scope"), textOrNull(credential.scopes.join(QLatin1Char(' ')))}};
        if (!credential.dpopProof.isEmpty())
            o.insert(QStringLiteral("dpop_proof"), QString::fromLatin1(credential.dpopProof));
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    case Format::Kubernetes: {
        // Kubernetes sends an ExecCredential's token as "Authorization: Bearer": a Basic credential is not one, and
        // a DPoP-bound token is refused without a proof kubectl cannot make (RFC 9449 §7.1).
        if (AuthModes::credential(credential.authMode) == AuthModes::Credential::Basic || credential.dpopBound)
            return {};
        QJsonObject status {{QStringLiteral("token"), QString::fromUtf8(credential.secret)}};
        if (credential.expiresAt.isValid())
            status.insert(QStringLiteral("expirationTimestamp"), rfc3339(credential.expiresAt));
        const QJsonObject o {{QStringLiteral("apiVersion"), QStringLiteral("client.authentication.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("ExecCredential")}, {QStringLiteral("status"), status}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    }
    return {};
}

QByteArray renderExchanged(const TokenSet &issued, bool json, const QString &connectionId)
{
    if (!json)
        return issued.accessToken + '\n';
    const QJsonValue expiresIn = issued.expiresAt.isValid() && issued.obtainedAt.isValid()
        ? QJsonValue(qMax<qint64>(0, issued.obtainedAt.secsTo(issued.expiresAt)))
        : QJsonValue(QJsonValue::Null);
    QJsonObject o {{QStringLiteral("access_token"), QString::fromUtf8(issued.accessToken)},
        {QStringLiteral("issued_token_type"), textOrNull(issued.issuedTokenType)},
        {QStringLiteral("token_type"), textOrNull(issued.tokenType)}, {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("scope"), textOrNull(issued.grantedScopes.join(QLatin1Char(' ')))}};
    if (!connectionId.isEmpty())
        o.insert(QStringLiteral("connection_id"), connectionId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace keyway::TokenOutput
