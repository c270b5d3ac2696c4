#pragma once

// Fetches and caches the key sets (JWKS) of OpenID providers, one entry per jwks_uri.
//  - keys(url, forceRefresh, callback): cached keys when fresh, otherwise one HTTPS GET (15 s timeout, 1 MB cap,
//    JSON only). Concurrent requests for one URL share a single fetch.
//  - Two rate limits per URL, each one network fetch per 30 s (setMinRefreshInterval):
//    * forced refreshes (after an unknown kid) have their own budget, so the first one right after an ordinary
//      fetch goes out at once (OpenID Connect Core §10.1.1: a new kid may mean the provider rotated its keys);
//      the kid comes from the token, so an attacker choosing random kids still gets only one per interval;
//    * ordinary fetches (no keys yet, or expired) are not repeated within the interval after a failure.
//    A forced refresh with no usable keys cached is an ordinary fetch and obeys the second limit.
//  - validateIdToken() combines the cache with IdTokenValidator: validate, and on unknown_key refetch once;
//    validateRefreshedIdToken() does the same for an id_token that came with a refresh (OIDC Core §12.2).
// Callbacks always run later from the event loop, never inside keys() itself.

#include "common/Error.h"
#include "jose/IdTokenValidator.h"
#include "jose/Jwks.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace keyway {

class JwksCache : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksCache)

public:
    using Callback = std::function<void(const Jwks &jwks, const Error &error)>;
    using ValidationCallback = std::function<void(const IdTokenValidator::Validation &validation)>;
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds kDefaultTimeout {15000};
    static constexpr qint64 kDefaultMaxSize = 1024 * 1024;
    static constexpr std::chrono::seconds kDefaultMinRefreshInterval {30};
    static constexpr std::chrono::seconds kDefaultMaxAge {3600};

    // `network` may be null: the cache then owns its own QNetworkAccessManager.
    explicit JwksCache(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~JwksCache() override;

    // `callback` gets the keys, or an empty set and an Error with code "jwks_insecure_url", "jwks_timeout",
    // "jwks_unreachable", "jwks_http_error" (httpStatus set), "jwks_not_json", "jwks_too_large", "invalid_jwks" or
    // "jwks_empty". When `context` is given and destroyed first, the callback is dropped. The URL must be https,
    // or http to this machine; `allowInsecureHttp` (the integration's explicit "allow_insecure_http") also
    // admits http to another host.
    void keys(const QUrl &url, bool forceRefresh, Callback callback, QObject *context = nullptr, bool allowInsecureHttp = false);

    // Validates `idToken` against the keys at `jwksUrl`; on unknown_key refreshes the keys (subject to the rate
    // limit) and validates once more. Failure::KeysUnavailable when no keys could be had.
    void validateIdToken(const QUrl &jwksUrl, const QString &idToken, const IdTokenValidator::Expectations &expectations,
        ValidationCallback callback, QObject *context = nullptr, bool allowInsecureHttp = false);
    // IdTokenValidator::validateRefreshed(original, refreshed, ...) with the keys at `jwksUrl`, refetched as
    // validateIdToken() does.
    void validateRefreshedIdToken(const QUrl &jwksUrl, const QString &original, const QString &refreshed,
        const IdTokenValidator::Expectations &expectations, ValidationCallback callback, QObject *context = nullptr,
        bool allowInsecureHttp = false);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }
    void setMinRefreshInterval(std::chrono::milliseconds interval) { m_minRefreshInterval = interval; }
    void setMaxAge(std::chrono::milliseconds age) { m_maxAge = age; }
    // For tests: a clock other than the system's.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Forgets every cached key set (in-flight fetches still complete).
    void clear();

signals:
    // After every network fetch: how many usable keys arrived, or the error.
    void fetched(const QUrl &url, int keyCount, const keyway::Error &error);

private:
    struct Waiter
    {
        Callback callback;
        QPointer<QObject> context;
        bool hasContext = false;
    };
    struct Entry
    {
        Jwks jwks;
        bool hasKeys = false;
        QDateTime fetchedAt;
        QDateTime lastAttempt; // any network fetch
        QDateTime lastForcedAttempt; // a fetch only a forced refresh asked for
        Error lastError;
        QPointer<QNetworkReply> reply;
        QList<Waiter> waiters;
    };

    using Check = std::function<IdTokenValidator::Validation(const Jwks &jwks)>;
    void validateWithKeys(
        const QUrl &jwksUrl, Check check, ValidationCallback callback, QObject *context, bool allowInsecureHttp);
    void startFetch(const QUrl &url, Entry &entry, bool forced);
    void finishFetch(const QUrl &url, QNetworkReply *reply, const QByteArray &body, bool tooLarge, bool timedOut);
    void deliverLater(const Waiter &waiter, const Jwks &jwks, const Error &error);
    static void deliver(const Waiter &waiter, const Jwks &jwks, const Error &error);
    QDateTime now() const;

    QNetworkAccessManager *m_network = nullptr;
    QHash<QUrl, Entry> m_entries;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    qint64 m_maxSize = kDefaultMaxSize;
    std::chrono::milliseconds m_minRefreshInterval = kDefaultMinRefreshInterval;
    std::chrono::milliseconds m_maxAge = kDefaultMaxAge;
    Clock m_clock;
};

} // namespace keyway
