#pragma once

// What the oidc-server.mjs peer saw and still accepts, for tests that compare before and after: its counters
// (GET /debug/counts: grants by type and outcome, revoked grants, the broker's git requests) and the status its
// userinfo endpoint answers for a token (200 while the provider accepts it, 401 after revocation or expiry).
// Blocking helpers for test code only: each waits at most 10 s for the peer's answer.
#include "PeerProcess.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>

#include <memory>

namespace keyway::test::ProviderCounters {

inline QJsonObject counts(const PeerProcess &peer)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(peer.issuer() + QStringLiteral("/debug/counts")))));
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// Refresh-token grants that ended with `outcome` ("ok", or the error code the peer answered).
inline int refreshes(const PeerProcess &peer, const QString &outcome = QStringLiteral("ok"))
{
    return counts(peer)
        .value(QStringLiteral("grants"))
        .toObject()
        .value(QStringLiteral("refresh_token"))
        .toObject()
        .value(outcome)
        .toInt();
}

inline int userinfoStatus(const PeerProcess &peer, const QByteArray &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(peer.issuer() + QStringLiteral("/me")));
    request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace keyway::test::ProviderCounters
