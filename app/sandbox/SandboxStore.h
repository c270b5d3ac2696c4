#pragma once

// Everything the Keyway Sandbox remembers, in a small SQLite file that outlives the process (issue 17): its
// signing keys, the clients' registered keys, the accounts that signed in, pending consent pages, authorization
// codes, grants, access and refresh tokens, device authorizations, the demo API's data, the faults and settings,
// and a log of the requests it answered. Whichever Keyway process serves the sandbox works from this file, and
// `keyway sandbox fault` changes it with or without a server running; the server reads it on every request, so
// it sees the change at once.
//
// The file is the user's alone (0600 in Keyway's 0700 data folder). Tokens, authorization codes and device
// codes are kept only as SHA-256 hashes: whoever reads the file learns no credential. The signing keys are
// stored as they are: they sign id_tokens for a demo on loopback, nothing else.
//
// Several processes may use the file at once (the one serving the port, a `keyway sandbox fault` beside it): it
// is in WAL mode, every request runs in one write transaction (BEGIN IMMEDIATE, so a refresh-token rotation is
// atomic across processes), and a process waits up to 5 s for another's transaction instead of failing. An
// empty path gives a private in-memory store (tests, and `keyway sandbox serve --port 0`).
//
// No protocol rules live here beyond lifetimes and bookkeeping; SandboxProvider decides who may do what. Every
// table is bounded: expired rows go first, then the oldest, so a runaway client cannot grow the file without
// limit. A grant is one user's (or, for client credentials, one client's) consent to one client; tokens point at
// their grant, and revoking the grant kills every token issued under it (RFC 7009 §2.1, RFC 9700 §4.14.2).

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace keyway {

class SandboxStore
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    static constexpr int kMaxPending = 256;
    static constexpr int kMaxCodes = 256;
    static constexpr int kMaxDevices = 256;
    static constexpr int kMaxGrants = 2048;
    static constexpr int kMaxTokens = 4096; // access tokens; refresh tokens alike
    static constexpr int kMaxApiSubjects = 100;
    static constexpr int kMaxAccounts = 1000;
    static constexpr int kMaxRequests = 500; // the request log keeps the latest
    static constexpr int kMaxClientKeys = 16; // per client

    static constexpr qint64 kPendingLifetimeMs = 10 * 60 * 1000; // time to fill in the consent page
    static constexpr qint64 kCodeLifetimeMs = 2 * 60 * 1000; // RFC 6749 §4.1.2: short-lived, 10 min at most
    static constexpr qint64 kDeviceLifetimeMs = 10 * 60 * 1000; // RFC 8628 §3.2 expires_in

    // An authorization request shown on the consent page (or, with a device, a device request being approved),
    // waiting for Approve or Deny.
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
        QString deviceKey; // set for a device authorization being approved on the verification page
        QString dpopJkt; // RFC 9449 §10: the DPoP key the code is for; empty: any
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
        QString dpopJkt; // RFC 9449 §10: the DPoP key the code may be redeemed with; empty: any
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
        // RFC 9449 §5: the RFC 7638 thumbprint of the DPoP key a public client's refresh tokens are bound to; empty:
        // not bound.
        QString dpopJkt;
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
        QString dpopJkt; // RFC 9449 §6: cnf.jkt of a DPoP-bound token; empty for a Bearer token
        QString certificateThumbprint; // RFC 8705 §3.1: cnf x5t#S256 of a certificate-bound token; empty: not bound
        bool isExpired(qint64 now) const { return now >= expiresAt; }
        bool isActive(qint64 now) const { return !revoked && !isExpired(now); }
    };

    struct RefreshToken
    {
        QString hash; // how the store knows it
        QString grantId;
        QString clientId;
        qint64 issuedAt = 0;
        qint64 lastUsedAt = 0; // 0 until presented at the token endpoint
        bool consumed = false; // rotated away; presenting it again is reuse (RFC 9700 §4.14.2)
        bool revoked = false;
    };

    struct Device
    {
        enum class Status { Pending, Approved, Denied, Redeemed };
        QString key; // the hash of the device code
        QString userCode; // 8 letters, no vowels (RFC 8628 §6.1), stored without the dash
        QString clientId;
        QStringList scopes; // requested
        qint64 expiresAt = 0;
        qint64 lastPollAt = 0;
        Status status = Status::Pending;
        QString account;
        QStringList grantedScopes;
        qint64 authTime = 0;
        int polls = 0; // token requests for this device code so far
        int slowDowns = 0; // slow_down answers that raised the interval (RFC 8628 §3.5: +5 s each)
    };

    struct NewDevice
    {
        QString deviceCode; // handed to the client once; the store keeps its hash
        Device device;
    };

    struct Issued
    {
        QString accessToken;
        QString refreshToken; // empty when none was issued
        qint64 expiresInSeconds = 0;
        qint64 issuedAtMs = 0;
    };

    struct SigningKey
    {
        QString kid;
        QByteArray pem;
        qint64 createdAt = 0;
    };

    struct LoggedRequest
    {
        qint64 id = 0;
        qint64 at = 0; // ms since the epoch
        QString method;
        QString path; // never the query: it carries codes
        int status = 0;
    };

    SandboxStore();
    ~SandboxStore();

    // Where the sandbox serving 127.0.0.1:`port` keeps its state: sandbox.sqlite in Keyway's data folder for the
    // catalogue's port, sandbox-PORT.sqlite for another; empty (in memory) for port 0.
    static QString defaultPath(quint16 port);

    // Opens (or creates, owner-only) the file at `path`; an empty path opens a private in-memory store. Error
    // code "sandbox_store".
    Error open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    bool isPersistent() const { return !m_path.isEmpty(); }

    // Runs `work` in one write transaction: another process's wait until it commits. Nested calls join the
    // outermost one.
    void transaction(const std::function<void()> &work);
    // Changes whenever another connection to the file commits (PRAGMA data_version); with changeCount(), how a
    // panel notices that something changed.
    qint64 dataVersion();
    // Commits made through this store object.
    qint64 changeCount() const { return m_changes; }

    static qint64 nowMs();
    // The form in which the store keeps a token, a code or a device code: base64url of its SHA-256.
    static QString hash(const QString &secret);

    // 32 random bytes (hex) made with the file and kept across resets: the secret a sandbox proves it serves
    // this store with (SandboxOwnerProof), never sent anywhere.
    QByteArray ownerSecret();

    // The issuer the stored tokens were issued by. Setting another one forgets every code, grant and token (they
    // mean nothing under another issuer); keys, faults and the API's data stay.
    QString issuer();
    void setIssuer(const QString &issuer);

    // Settings by name (access_token_lifetime, device_interval, ...); `fallback` when not set.
    qint64 setting(const QString &name, qint64 fallback);
    void setSetting(const QString &name, qint64 value);

    // Faults by catalogue name: 0 when off. See SandboxFaults for what the values mean.
    int faultValue(const QString &name);
    void setFaultValue(const QString &name, int value);
    // For count faults: true when the fault is on, and then one use is taken (a positive count goes down by
    // one and is removed at 0; a negative one stays until switched off).
    bool consumeFault(const QString &name);
    QMap<QString, int> faultValues();
    void clearFaults();

    // The id_token signing keys, newest (current) first.
    QList<SigningKey> signingKeys();
    // Adds a key as the current one; only the previous one is kept beside it.
    void addSigningKey(const SigningKey &key);

    // Public keys registered for a client's private_key_jwt (RFC 7523 §2.2), as JWKs; for a client of
    // self_signed_tls_client_auth (RFC 8705 §2.2) its certificates, as JWKs with "x5t#S256" (RFC 7517 §4.9).
    QList<QJsonObject> clientKeys(const QString &clientId);
    void addClientKey(const QString &clientId, const QJsonObject &jwk);
    void removeClientKeys(const QString &clientId);
    // The jti of client assertions seen, until they expire (RFC 7523 §3: a jti may be used once).
    bool useAssertionId(const QString &clientId, const QString &jti, qint64 expiresAtMs);

    // Accounts that signed in, by name.
    void noteAccount(const QString &account);
    QStringList accounts();

    // Pending consent pages. addPending() fills id, csrf and expiresAt.
    QString addPending(Pending pending);
    // Empty when unknown or expired.
    std::optional<Pending> pending(const QString &id);
    void removePending(const QString &id);

    QString addCode(Code code); // fills expiresAt; returns the code
    std::optional<Code> code(const QString &code);
    // Marks the code used and remembers the grant it created.
    void markCodeUsed(const QString &code, const QString &grantId);

    QString addGrant(Grant grant); // fills id and createdAt
    std::optional<Grant> grant(const QString &id);
    // Marks the grant and every token issued under it as revoked.
    void revokeGrant(const QString &id);

    // A new access token (and, when asked, a refresh token) under `grantId`; bound to the DPoP key `dpopJkt` when
    // one is given (RFC 9449 §6), and to the client certificate of thumbprint `certificateThumbprint` (RFC 8705 §3).
    Issued issue(const QString &grantId, const QStringList &scopes, bool withRefreshToken, std::chrono::seconds accessLifetime,
        const QString &dpopJkt = {}, const QString &certificateThumbprint = {});
    std::optional<AccessToken> accessToken(const QString &token);
    void revokeAccessToken(const QString &token);
    std::optional<RefreshToken> refreshToken(const QString &token);
    // Rotation: the token is spent (RFC 9700 §4.14.2).
    void consumeRefreshToken(const QString &hash);
    // A refresh token that stays: when it was last presented (idle lifetimes start again from there).
    void touchRefreshToken(const QString &hash);

    // Faults: every access token expires now; every refresh token is revoked. Return how many.
    int expireAllAccessTokens();
    int revokeAllRefreshTokens();

    // Device authorizations. addDevice() makes the device code, user code and expiry.
    NewDevice addDevice(const QString &clientId, const QStringList &scopes);
    std::optional<Device> deviceByDeviceCode(const QString &deviceCode);
    std::optional<Device> device(const QString &key);
    // `userCode` as typed: case and dashes or spaces do not matter.
    std::optional<Device> deviceByUserCode(const QString &userCode);
    void updateDevice(const Device &device);
    static QString normalizeUserCode(const QString &typed);
    static QString formatUserCode(const QString &userCode); // "WDJB-MJHT"

    // The demo API's data for one caller (SandboxApi's JSON), empty when there is none yet.
    std::optional<QJsonObject> apiData(const QString &subject);
    void setApiData(const QString &subject, const QJsonObject &data);

    // The request log, oldest first: the entries after `afterId`.
    void logRequest(const QString &method, const QString &path, int status);
    QList<LoggedRequest> requests(qint64 afterId = 0);

    // Forgets codes, grants, tokens, devices, pending pages and the API's data (keys, faults, settings stay).
    void forgetGrants();
    // `keyway sandbox reset`: forgets everything but the owner secret.
    void reset();

    int accessTokenCount();
    int refreshTokenCount();
    int pendingCount();

private:
    QSqlDatabase db() const;
    Error createSchema(); // null once the schema is there; the failure's detail says why not
    // Keeps `table` under `max` rows: first those `expiredWhere` names, then the oldest by `ageColumn`.
    void makeRoom(const char *table, int max, const QString &expiredWhere, const char *ageColumn);
    QString meta(const QString &name);
    void setMeta(const QString &name, const QString &value);
    static QString newUserCode();

    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
    bool m_failed = false;
    qint64 m_changes = 0;
};

} // namespace keyway
