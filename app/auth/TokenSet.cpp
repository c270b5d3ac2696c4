#include "auth/TokenSet.h"

#include <QJsonArray>

namespace keyway {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    if (!v.isString() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QJsonObject TokenSet::toSecretJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("access_token"), QString::fromUtf8(accessToken));
    if (!refreshToken.isEmpty())
        json.insert(QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken));
    if (!idToken.isEmpty())
        json.insert(QStringLiteral("id_token"), QString::fromUtf8(idToken));
    if (!tokenType.isEmpty())
        json.insert(QStringLiteral("token_type"), tokenType);
    if (expiresAt.isValid())
        json.insert(QStringLiteral("expires_at"), timeText(expiresAt));
    if (obtainedAt.isValid())
        json.insert(QStringLiteral("obtained_at"), timeText(obtainedAt));
    json.insert(QStringLiteral("granted_scopes"), QJsonArray::fromStringList(grantedScopes));
    json.insert(QStringLiteral("scope_returned"), scopeReturned);
    if (!responseValues.isEmpty())
        json.insert(QStringLiteral("response_values"), responseValues);
    if (!authorizationDetails.isEmpty())
        json.insert(QStringLiteral("authorization_details"), authorizationDetails);
    return json;
}

TokenSet TokenSet::fromSecretJson(const QJsonObject &json)
{
    TokenSet t;
    t.accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
    t.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
    t.idToken = json.value(QLatin1String("id_token")).toString().toUtf8();
    t.tokenType = json.value(QLatin1String("token_type")).toString();
    t.expiresAt = timeFrom(json.value(QLatin1String("expires_at")));
    t.obtainedAt = timeFrom(json.value(QLatin1String("obtained_at")));
    for (const QJsonValue &s : json.value(QLatin1String("granted_scopes")).toArray()) {
        if (s.isString())
            t.grantedScopes << s.toString();
    }
    t.scopeReturned = json.value(QLatin1String("scope_returned")).toBool(false);
    t.responseValues = json.value(QLatin1String("response_values")).toObject();
    t.authorizationDetails = json.value(QLatin1String("authorization_details")).toArray();
    return t;
}

void TokenSet::mergeRefresh(const TokenSet &newer)
{
    accessToken = newer.accessToken;
    // RFC 6749 §6: "the client MUST discard the old refresh token" only when a new one is issued.
    if (!newer.refreshToken.isEmpty())
        refreshToken = newer.refreshToken;
    if (!newer.idToken.isEmpty())
        idToken = newer.idToken;
    if (!newer.tokenType.isEmpty())
        tokenType = newer.tokenType;
    // A refresh response without expires_in says nothing about the new token's lifetime: unknown, not the old
    // (already passed) time.
    expiresAt = newer.expiresAt;
    obtainedAt = newer.obtainedAt;
    // RFC 6749 §6: a refresh without "scope" keeps the scope originally granted.
    if (newer.scopeReturned) {
        grantedScopes = newer.grantedScopes;
        scopeReturned = true;
    }
    for (auto it = newer.responseValues.constBegin(); it != newer.responseValues.constEnd(); ++it)
        responseValues.insert(it.key(), it.value());
    // RFC 9396 §7: a refresh answer without authorization_details leaves the granted ones as they were.
    if (!newer.authorizationDetails.isEmpty())
        authorizationDetails = newer.authorizationDetails;
}

bool TokenSet::expiresWithin(int seconds, const QDateTime &now) const
{
    if (!expiresAt.isValid() || !now.isValid())
        return false;
    return now.addSecs(seconds) >= expiresAt;
}

bool TokenSet::operator==(const TokenSet &o) const
{
    return accessToken == o.accessToken && refreshToken == o.refreshToken && idToken == o.idToken && tokenType == o.tokenType
        && expiresAt == o.expiresAt && obtainedAt == o.obtainedAt && grantedScopes == o.grantedScopes
        && scopeReturned == o.scopeReturned && responseValues == o.responseValues
        && authorizationDetails == o.authorizationDetails;
}

} // namespace keyway
