#pragma once

// What a test asks about a client Keyway registered (RFC 7591) for a custom integration: the keychain entry
// ClientRegistrar keeps for it ("registration/<id>": the client secret, the registration access token and the
// client configuration endpoint) and what the provider says at that endpoint (RFC 7592 §2.1, §2.3). Blocking helpers for
// test code only: each waits at most 10 s.
#include "common/Error.h"
#include "store/SecretStore.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QtTest>

#include <memory>

namespace keyway::test::RegistrationChecks {

// The entry `key` of `store` (empty when there is none or it cannot be read; "timed out" when the store gave no
// answer).
inline QByteArray secretEntry(SecretStore &store, const QString &key)
{
    QByteArray value;
    bool done = false;
    store.read(key, [&](const QByteArray &bytes, const Error &error) {
        value = error.isNull() ? bytes : QByteArray();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return "timed out";
    return value;
}

// The keychain entry of integration `id`'s registration, as ClientRegistrar wrote it (empty object: none).
inline QJsonObject registrationEntry(SecretStore &store, const QString &id)
{
    return QJsonDocument::fromJson(secretEntry(store, QStringLiteral("registration/") + id)).object();
}

// The registration access token kept for integration `id`.
inline QByteArray registrationAccessToken(SecretStore &store, const QString &id)
{
    return registrationEntry(store, id).value(QStringLiteral("registration_access_token")).toString().toUtf8();
}

// RFC 7592 §2.1: GET at the client configuration endpoint with the registration access token; the status (-1: no
// answer), and the client's registered metadata (§3) in `metadata` when given. 200 while the registration exists,
// 401 once it is deleted (oidc-provider no longer knows the token).
inline int managementStatus(const QString &url, const QByteArray &token, QJsonObject *metadata = nullptr)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return -1;
    if (metadata)
        *metadata = QJsonDocument::fromJson(reply->readAll()).object();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// RFC 7592 §2.3: deletes the registration behind Keyway's back, as an administrator would in the provider's console;
// the status (-1: no answer; 204 when deleted).
inline int deleteRegistration(const QString &url, const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(network.deleteResource(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace keyway::test::RegistrationChecks
