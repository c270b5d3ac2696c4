#include "sandbox/SandboxStore.h"

#include "jose/Random.h"

#include <QDateTime>

#include <iterator>

namespace keyway {

namespace {
// RFC 8628 §6.1: base-20 letters without vowels, so no word can be spelled and nothing is mistaken for a digit.
constexpr char kUserCodeAlphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
constexpr int kUserCodeLength = 8;
} // namespace

qint64 SandboxStore::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template <typename Map, typename Expired, typename Age> void SandboxStore::makeRoom(Map &map, int max, Expired expired, Age age)
{
    if (map.size() < max)
        return;
    const qint64 now = nowMs();
    for (auto it = map.begin(); it != map.end();)
        it = expired(it.value(), now) ? map.erase(it) : std::next(it);
    while (map.size() >= max) {
        auto oldest = map.begin();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (age(it.value()) < age(oldest.value()))
                oldest = it;
        }
        map.erase(oldest);
    }
}

QString SandboxStore::addPending(Pending pending)
{
    makeRoom(
        m_pending, kMaxPending, [](const Pending &p, qint64 now) { return now >= p.expiresAt; },
        [](const Pending &p) { return p.expiresAt; });
    pending.id = Random::token(32);
    pending.csrf = Random::token(32);
    pending.expiresAt = nowMs() + kPendingLifetimeMs;
    m_pending.insert(pending.id, pending);
    return pending.id;
}

const SandboxStore::Pending *SandboxStore::pending(const QString &id) const
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || nowMs() >= it->expiresAt)
        return nullptr;
    return &*it;
}

void SandboxStore::removePending(const QString &id)
{
    m_pending.remove(id);
}

QString SandboxStore::addCode(Code code)
{
    // A used code is kept until it expires: replaying it must still be recognised (RFC 6749 §4.1.2).
    makeRoom(
        m_codes, kMaxCodes, [](const Code &c, qint64 now) { return now >= c.expiresAt; },
        [](const Code &c) { return c.expiresAt; });
    const QString value = Random::token(32);
    code.expiresAt = nowMs() + kCodeLifetimeMs;
    m_codes.insert(value, code);
    return value;
}

SandboxStore::Code *SandboxStore::code(const QString &code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &*it;
}

QString SandboxStore::addGrant(Grant grant)
{
    makeRoom(
        m_grants, kMaxGrants, [](const Grant &g, qint64) { return g.revoked; }, [](const Grant &g) { return g.createdAt; });
    grant.id = Random::token(16);
    grant.createdAt = nowMs();
    m_grants.insert(grant.id, grant);
    return grant.id;
}

SandboxStore::Grant *SandboxStore::grant(const QString &id)
{
    const auto it = m_grants.find(id);
    return it == m_grants.end() ? nullptr : &*it;
}

void SandboxStore::revokeGrant(const QString &id)
{
    if (Grant *g = grant(id))
        g->revoked = true;
    for (AccessToken &t : m_accessTokens) {
        if (t.grantId == id)
            t.revoked = true;
    }
    for (RefreshToken &t : m_refreshTokens) {
        if (t.grantId == id)
            t.revoked = true;
    }
}

SandboxStore::Issued SandboxStore::issue(
    const QString &grantId, const QStringList &scopes, bool withRefreshToken, std::chrono::seconds accessLifetime)
{
    const Grant *g = grant(grantId);
    const qint64 now = nowMs();
    Issued issued;

    makeRoom(
        m_accessTokens, kMaxTokens, [](const AccessToken &t, qint64 at) { return !t.isActive(at); },
        [](const AccessToken &t) { return t.issuedAt; });
    AccessToken access;
    access.grantId = grantId;
    access.clientId = g ? g->clientId : QString();
    access.account = g ? g->account : QString();
    access.scopes = scopes;
    access.issuedAt = now;
    access.expiresAt = now + qint64(accessLifetime.count()) * 1000;
    issued.accessToken = Random::token(32);
    issued.expiresInSeconds = accessLifetime.count();
    m_accessTokens.insert(issued.accessToken, access);

    if (withRefreshToken) {
        // Consumed tokens are kept as long as possible (reuse detection); revoked ones go first.
        makeRoom(
            m_refreshTokens, kMaxTokens, [](const RefreshToken &t, qint64) { return t.revoked; },
            [](const RefreshToken &t) { return t.issuedAt; });
        RefreshToken refresh;
        refresh.grantId = grantId;
        refresh.clientId = access.clientId;
        refresh.issuedAt = now;
        issued.refreshToken = Random::token(32);
        m_refreshTokens.insert(issued.refreshToken, refresh);
    }
    return issued;
}

SandboxStore::AccessToken *SandboxStore::accessToken(const QString &token)
{
    const auto it = m_accessTokens.find(token);
    return it == m_accessTokens.end() ? nullptr : &*it;
}

SandboxStore::RefreshToken *SandboxStore::refreshToken(const QString &token)
{
    const auto it = m_refreshTokens.find(token);
    return it == m_refreshTokens.end() ? nullptr : &*it;
}

int SandboxStore::expireAllAccessTokens()
{
    const qint64 now = nowMs();
    int count = 0;
    for (AccessToken &t : m_accessTokens) {
        if (t.isActive(now)) {
            t.expiresAt = now;
            ++count;
        }
    }
    return count;
}

int SandboxStore::revokeAllRefreshTokens()
{
    int count = 0;
    for (RefreshToken &t : m_refreshTokens) {
        if (!t.revoked && !t.consumed)
            ++count;
        t.revoked = true;
    }
    return count;
}

const SandboxStore::Device &SandboxStore::addDevice(const QString &clientId, const QStringList &scopes)
{
    makeRoom(
        m_devices, kMaxDevices, [](const Device &d, qint64 now) { return now >= d.expiresAt; },
        [](const Device &d) { return d.expiresAt; });
    Device device;
    device.deviceCode = Random::token(32);
    do {
        device.userCode = newUserCode();
    } while (deviceByUserCode(device.userCode));
    device.clientId = clientId;
    device.scopes = scopes;
    device.expiresAt = nowMs() + kDeviceLifetimeMs;
    return *m_devices.insert(device.deviceCode, device);
}

SandboxStore::Device *SandboxStore::deviceByDeviceCode(const QString &deviceCode)
{
    const auto it = m_devices.find(deviceCode);
    return it == m_devices.end() ? nullptr : &*it;
}

SandboxStore::Device *SandboxStore::deviceByUserCode(const QString &userCode)
{
    const QString normalized = normalizeUserCode(userCode);
    if (normalized.size() != kUserCodeLength)
        return nullptr;
    for (Device &d : m_devices) {
        if (d.userCode == normalized)
            return &d;
    }
    return nullptr;
}

QString SandboxStore::normalizeUserCode(const QString &typed)
{
    // RFC 8628 §6.1: case-insensitive, and the dash (or spaces) a user types along are not part of the code.
    QString out;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        out += c.toUpper();
        if (out.size() > 64)
            break;
    }
    return out;
}

QString SandboxStore::formatUserCode(const QString &userCode)
{
    return userCode.left(4) + QLatin1Char('-') + userCode.mid(4);
}

QString SandboxStore::newUserCode()
{
    constexpr int alphabet = int(sizeof(kUserCodeAlphabet)) - 1;
    QString code;
    while (code.size() < kUserCodeLength) {
        for (const char byte : Random::bytes(16)) {
            const int v = uchar(byte);
            if (v >= 256 - 256 % alphabet)
                continue; // rejection sampling: every letter equally likely
            code += QLatin1Char(kUserCodeAlphabet[v % alphabet]);
            if (code.size() == kUserCodeLength)
                break;
        }
    }
    return code;
}

void SandboxStore::clear()
{
    m_pending.clear();
    m_codes.clear();
    m_grants.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
    m_devices.clear();
}

} // namespace keyway
