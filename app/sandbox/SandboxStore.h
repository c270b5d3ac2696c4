#pragma once

// Everything the Keyway Sandbox remembers, in memory only (it is a demo; nothing here ever reaches a disk):
// pending authorization requests waiting for the consent page, authorization codes, grants, access and refresh
// tokens, and device authorizations. No protocol rules live here beyond lifetimes and bookkeeping; SandboxProvider
// decides who may do what. Every collection is bounded: expired entries are dropped first, then the oldest, so
// a runaway client cannot grow the process without limit.
//
// A grant is one user's (or, for client credentials, one client's) consent to one client. Tokens point at their
// grant; revoking the grant kills every token issued under it (RFC 7009 §2.1, RFC 9700 §4.14.2).

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>

namespace keyway {

class SandboxStore
{
public:
    static constexpr int kMaxPending = 256;
    static constexpr int kMaxCodes = 256;
    static constexpr int kMaxDevices = 256;
    static constexpr int kMaxGrants = 2048;
    static constexpr int kMaxTokens = 4096; // access tokens; refresh tokens alike

    static constexpr qint64 kPendingLifetimeMs = 10 * 60 * 1000; // time to fill in the consent page
    static constexpr qint64 kCodeLifetimeMs = 2 * 60 * 1000; // RFC 6749 §4.1.2: short-lived, 10 min at most
    static constexpr qint64 kDeviceLifetimeMs = 10 * 60 * 1000; // RFC 8628 §3.2 expires_in

    // An authorization request shown on the consent page (or, with a device code, a device request being
    // approved), waiting for Approve or Deny.
    struct Pending
    {
        QString id;
        QString csrf;
        QString clientId;
        QString redirectUri; // exactly as sent (RFC 6749 §4.1.3 compares it)
        QStringList scopes; // requested
        QString state;
        bool hasState = false;
        QString nonce;
        QString codeChallenge; // S256
        QString loginHint;
        QString deviceCode; // set for a device authorization being approved on the verification page
        qint64 expiresAt = 0;
    };

    struct Code
    {
        QString clientId;
        QString redirectUri;
        QStringList scopes; // granted
        QString account;
        QString nonce;
        QString codeChallenge;
        qint64 authTime = 0; // seconds since the epoch (OpenID Connect auth_time)
        qint64 expiresAt = 0;
        bool used = false;
        QString grantId; // once redeemed: the grant it created (revoked if the code is replayed)
    };

    struct Grant
    {
        QString id;
        QString clientId;
        QString account; // empty for client credentials
        QStringList scopes;
        QString nonce; // of the authorization request, for the first id_token only
        qint64 authTime = 0;
        qint64 createdAt = 0;
        bool revoked = false;
    };

    struct AccessToken
    {
        QString grantId;
        QString clientId;
        QString account;
        QStringList scopes;
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
        bool revoked = false;
        bool isExpired(qint64 now) const { return now >= expiresAt; }
        bool isActive(qint64 now) const { return !revoked && !isExpired(now); }
    };

    struct RefreshToken
    {
        QString grantId;
        QString clientId;
        qint64 issuedAt = 0;
        bool consumed = false; // rotated away; presenting it again is reuse (RFC 9700 §4.14.2)
        bool revoked = false;
    };

    struct Device
    {
        enum class Status { Pending, Approved, Denied, Redeemed };
        QString deviceCode;
        QString userCode; // 8 letters, no vowels (RFC 8628 §6.1), stored without the dash
        QString clientId;
        QStringList scopes; // requested
        qint64 expiresAt = 0;
        qint64 lastPollAt = 0;
        Status status = Status::Pending;
        QString account;
        QStringList grantedScopes;
        qint64 authTime = 0;
    };

    struct Issued
    {
        QString accessToken;
        QString refreshToken; // empty when none was issued
        qint64 expiresInSeconds = 0;
    };

    static qint64 nowMs();

    // Pending consent pages. add() fills id, csrf and expiresAt.
    QString addPending(Pending pending);
    // nullptr when unknown or expired.
    const Pending *pending(const QString &id) const;
    void removePending(const QString &id);

    QString addCode(Code code); // fills expiresAt; returns the code
    Code *code(const QString &code);

    QString addGrant(Grant grant); // fills id and createdAt
    Grant *grant(const QString &id);
    // Marks the grant and every token issued under it as revoked.
    void revokeGrant(const QString &id);

    // A new access token (and, when asked, a refresh token) under `grantId`.
    Issued issue(const QString &grantId, const QStringList &scopes, bool withRefreshToken, std::chrono::seconds accessLifetime);
    AccessToken *accessToken(const QString &token);
    RefreshToken *refreshToken(const QString &token);

    // Faults: every access token expires now; every refresh token is revoked.
    int expireAllAccessTokens();
    int revokeAllRefreshTokens();

    // Device authorizations. addDevice() fills device code, user code and expiry.
    const Device &addDevice(const QString &clientId, const QStringList &scopes);
    Device *deviceByDeviceCode(const QString &deviceCode);
    // `userCode` as typed: case and dashes or spaces do not matter.
    Device *deviceByUserCode(const QString &userCode);
    static QString normalizeUserCode(const QString &typed);
    static QString formatUserCode(const QString &userCode); // "WDJB-MJHT"

    void clear();
    int accessTokenCount() const { return int(m_accessTokens.size()); }
    int refreshTokenCount() const { return int(m_refreshTokens.size()); }
    int pendingCount() const { return int(m_pending.size()); }

private:
    template <typename Map, typename Expired, typename Age> static void makeRoom(Map &map, int max, Expired expired, Age age);
    static QString newUserCode();

    QHash<QString, Pending> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, Grant> m_grants;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, Device> m_devices; // by device code
};

} // namespace keyway
