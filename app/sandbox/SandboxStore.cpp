#include "sandbox/SandboxStore.h"

#include "common/Log.h"
#include "jose/Base64Url.h"
#include "jose/Random.h"
#include "store/AppPaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace keyway {

namespace {

// RFC 8628 §6.1: base-20 letters without vowels, so no word can be spelled and nothing is mistaken for a digit.
constexpr char kUserCodeAlphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
constexpr int kUserCodeLength = 8;
constexpr int kSchemaVersion = 3;

const char *const kSchema[] = {
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE faults (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE signing_keys (kid TEXT PRIMARY KEY, pem BLOB NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE client_keys (client_id TEXT NOT NULL, kid TEXT NOT NULL, jwk TEXT NOT NULL, added_at INTEGER NOT NULL, "
    "PRIMARY KEY (client_id, kid))",
    "CREATE TABLE assertion_ids (client_id TEXT NOT NULL, jti TEXT NOT NULL, expires_at INTEGER NOT NULL, "
    "PRIMARY KEY (client_id, jti))",
    "CREATE TABLE accounts (name TEXT PRIMARY KEY, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL)",
    "CREATE TABLE pending (id TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at INTEGER NOT NULL)",
    "CREATE TABLE codes (hash TEXT PRIMARY KEY, data TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0, grant_id TEXT, "
    "expires_at INTEGER NOT NULL)",
    "CREATE TABLE grants (id TEXT PRIMARY KEY, client_id TEXT NOT NULL, account TEXT NOT NULL, scopes TEXT NOT NULL, "
    "nonce TEXT NOT NULL, auth_time INTEGER NOT NULL, created_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, "
    "dpop_jkt TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE access_tokens (hash TEXT PRIMARY KEY, grant_id TEXT NOT NULL, client_id TEXT NOT NULL, "
    "account TEXT NOT NULL, scopes TEXT NOT NULL, issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, "
    "revoked INTEGER NOT NULL DEFAULT 0, dpop_jkt TEXT NOT NULL DEFAULT '', x5t_s256 TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX access_tokens_grant ON access_tokens (grant_id)",
    "CREATE TABLE refresh_tokens (hash TEXT PRIMARY KEY, grant_id TEXT NOT NULL, client_id TEXT NOT NULL, "
    "issued_at INTEGER NOT NULL, last_used_at INTEGER NOT NULL DEFAULT 0, consumed INTEGER NOT NULL DEFAULT 0, "
    "revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX refresh_tokens_grant ON refresh_tokens (grant_id)",
    "CREATE TABLE devices (hash TEXT PRIMARY KEY, user_code TEXT NOT NULL UNIQUE, data TEXT NOT NULL, "
    "expires_at INTEGER NOT NULL)",
    "CREATE TABLE api_data (subject TEXT PRIMARY KEY, data TEXT NOT NULL, used_at INTEGER NOT NULL)",
    "CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, method TEXT NOT NULL, "
    "path TEXT NOT NULL, status INTEGER NOT NULL)",
};

// From schema 1 (before DPoP): the key a grant's refresh tokens and an access token are bound to (RFC 9449 §5).
const char *const kSchema2[] = {
    "ALTER TABLE grants ADD COLUMN dpop_jkt TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE access_tokens ADD COLUMN dpop_jkt TEXT NOT NULL DEFAULT ''",
};

// From schema 2 (before mutual TLS): the client certificate an access token is bound to (RFC 8705 §3).
const char *const kSchema3[] = {
    "ALTER TABLE access_tokens ADD COLUMN x5t_s256 TEXT NOT NULL DEFAULT ''",
};

// One statement with positional values; logs (never the values: they may be hashes of tokens) when it fails.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcSandbox).noquote() << "sandbox store:" << sql.left(60) << q.lastError().text();
        return q;
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; every text column here is NOT NULL and means "none" by ''.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        qCWarning(lcSandbox).noquote() << "sandbox store:" << sql.left(60) << q.lastError().text();
    return q;
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

QStringList split(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject pendingToJson(const SandboxStore::Pending &p)
{
    return QJsonObject {{QStringLiteral("csrf"), p.csrf}, {QStringLiteral("client_id"), p.clientId},
        {QStringLiteral("redirect_uri"), p.redirectUri}, {QStringLiteral("scopes"), joined(p.scopes)},
        {QStringLiteral("state"), p.state}, {QStringLiteral("has_state"), p.hasState}, {QStringLiteral("nonce"), p.nonce},
        {QStringLiteral("code_challenge"), p.codeChallenge}, {QStringLiteral("device"), p.deviceKey},
        {QStringLiteral("dpop_jkt"), p.dpopJkt}};
}

SandboxStore::Pending pendingFromJson(const QString &id, const QJsonObject &o, qint64 expiresAt)
{
    SandboxStore::Pending p;
    p.id = id;
    p.csrf = o.value(QStringLiteral("csrf")).toString();
    p.clientId = o.value(QStringLiteral("client_id")).toString();
    p.redirectUri = o.value(QStringLiteral("redirect_uri")).toString();
    p.scopes = split(o.value(QStringLiteral("scopes")).toString());
    p.state = o.value(QStringLiteral("state")).toString();
    p.hasState = o.value(QStringLiteral("has_state")).toBool();
    p.nonce = o.value(QStringLiteral("nonce")).toString();
    p.codeChallenge = o.value(QStringLiteral("code_challenge")).toString();
    p.deviceKey = o.value(QStringLiteral("device")).toString();
    p.dpopJkt = o.value(QStringLiteral("dpop_jkt")).toString();
    p.expiresAt = expiresAt;
    return p;
}

QJsonObject deviceToJson(const SandboxStore::Device &d)
{
    return QJsonObject {{QStringLiteral("client_id"), d.clientId}, {QStringLiteral("scopes"), joined(d.scopes)},
        {QStringLiteral("last_poll_at"), d.lastPollAt}, {QStringLiteral("status"), int(d.status)},
        {QStringLiteral("account"), d.account}, {QStringLiteral("granted"), joined(d.grantedScopes)},
        {QStringLiteral("auth_time"), d.authTime}, {QStringLiteral("polls"), d.polls},
        {QStringLiteral("slow_downs"), d.slowDowns}};
}

SandboxStore::Device deviceFromRow(const QSqlQuery &q)
{
    // hash, user_code, data, expires_at
    SandboxStore::Device d;
    d.key = q.value(0).toString();
    d.userCode = q.value(1).toString();
    const QJsonObject o = fromJson(q.value(2).toString());
    d.expiresAt = q.value(3).toLongLong();
    d.clientId = o.value(QStringLiteral("client_id")).toString();
    d.scopes = split(o.value(QStringLiteral("scopes")).toString());
    d.lastPollAt = qint64(o.value(QStringLiteral("last_poll_at")).toDouble());
    const int status = o.value(QStringLiteral("status")).toInt();
    d.status = status >= 0 && status <= int(SandboxStore::Device::Status::Redeemed) ? SandboxStore::Device::Status(status)
                                                                                    : SandboxStore::Device::Status::Denied;
    d.account = o.value(QStringLiteral("account")).toString();
    d.grantedScopes = split(o.value(QStringLiteral("granted")).toString());
    d.authTime = qint64(o.value(QStringLiteral("auth_time")).toDouble());
    d.polls = o.value(QStringLiteral("polls")).toInt();
    d.slowDowns = o.value(QStringLiteral("slow_downs")).toInt();
    return d;
}

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(QStringLiteral("keyway-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SandboxStore::defaultPath(quint16 port)
{
    if (port == 0)
        return {};
    constexpr quint16 kCatalogPort = 47231; // resources/integrations/keyway-sandbox.json
    return AppPaths::dataDir()
        + (port == kCatalogPort ? QStringLiteral("/sandbox.sqlite") : QStringLiteral("/sandbox-%1.sqlite").arg(port));
}

qint64 SandboxStore::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString SandboxStore::hash(const QString &secret)
{
    return Base64Url::encodeToString(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256));
}

QSqlDatabase SandboxStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen() && !m_failed;
}

Error SandboxStore::open(const QString &path)
{
    m_path = path;
    const auto failure = [&](const QString &detail) {
        m_failed = true;
        return Error::make(QStringLiteral("sandbox_store"),
            tr("The Keyway Sandbox cannot open its store %1.").arg(path.isEmpty() ? tr("in memory") : path), detail);
    };
    if (!path.isEmpty()) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return failure(tr("cannot make the folder %1").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Created owner-only before SQLite sees it, so there is no moment when others could read it; SQLite gives
        // its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) && !file.exists())
                return failure(file.errorString());
            file.close();
        }
        if (QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    // Another process may be in the middle of a request: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failure(db.lastError().text());
    if (!path.isEmpty()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
            || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return failure(tr("not a usable SQLite database: %1").arg(q.lastError().text()));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (const Error error = createSchema(); !error.isNull())
        return failure(error.detail);
    m_failed = false;
    return {};
}

Error SandboxStore::createSchema()
{
    const auto failure = [](const QString &detail) {
        return Error::make(QStringLiteral("sandbox_store"), tr("The Keyway Sandbox cannot set up its store."), detail);
    };
    QSqlDatabase database = db();
    // Two processes may create a new file at the same moment: the write lock makes one of them do it.
    QSqlQuery begin(database);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(begin.lastError().text());
    QString detail;
    QSqlQuery version(database);
    const int current = version.exec(QStringLiteral("PRAGMA user_version")) && version.next() ? version.value(0).toInt() : -1;
    version.finish();
    bool ok = current >= 0;
    if (ok && current > kSchemaVersion) {
        detail = tr("made by a newer Keyway (schema %1)").arg(current);
        ok = false;
    }
    if (ok && current == 0) {
        QSqlQuery q(database);
        for (const char *statement : kSchema) {
            if (!q.exec(QString::fromLatin1(statement))) {
                detail = q.lastError().text();
                ok = false;
                break;
            }
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
        if (ok) {
            // The owner secret: 32 random bytes, made once with the file.
            ok = q.exec(QStringLiteral("INSERT INTO meta (name, value) VALUES ('owner_secret', '%1')")
                            .arg(QString::fromLatin1(Random::bytes(32).toHex())));
        }
        if (!ok && detail.isEmpty())
            detail = q.lastError().text();
    }
    if (ok && (current == 1 || current == 2)) {
        QSqlQuery q(database);
        QList<const char *> statements;
        if (current == 1)
            statements += QList<const char *>(std::begin(kSchema2), std::end(kSchema2));
        statements += QList<const char *>(std::begin(kSchema3), std::end(kSchema3));
        for (const char *statement : statements) {
            if (!q.exec(QString::fromLatin1(statement))) {
                detail = q.lastError().text();
                ok = false;
                break;
            }
        }
        if (ok && !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion))) {
            detail = q.lastError().text();
            ok = false;
        }
    }
    QSqlQuery end(database);
    end.exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return ok ? Error() : failure(detail);
}

void SandboxStore::transaction(const std::function<void()> &work)
{
    if (m_depth > 0) {
        work();
        return;
    }
    QSqlDatabase database = db();
    QSqlQuery begin(database);
    const bool began = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!began)
        qCWarning(lcSandbox).noquote() << "sandbox store: cannot begin a transaction:" << begin.lastError().text();
    ++m_depth;
    work();
    --m_depth;
    if (began) {
        QSqlQuery commit(database);
        if (!commit.exec(QStringLiteral("COMMIT")))
            qCWarning(lcSandbox).noquote() << "sandbox store: commit failed:" << commit.lastError().text();
    }
    ++m_changes;
}

qint64 SandboxStore::dataVersion()
{
    QSqlQuery q = run(db(), QStringLiteral("PRAGMA data_version"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void SandboxStore::makeRoom(const char *table, int max, const QString &expiredWhere, const char *ageColumn)
{
    const QString name = QString::fromLatin1(table);
    QSqlQuery count = run(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(name));
    const int rows = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    if (rows < max)
        return;
    if (!expiredWhere.isEmpty())
        run(db(), QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, expiredWhere),
            expiredWhere.contains(QLatin1Char('?')) ? QVariantList {nowMs()} : QVariantList {});
    QSqlQuery again = run(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(name));
    const int left = again.next() ? again.value(0).toInt() : 0;
    again.finish();
    if (left >= max)
        run(db(),
            QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 ORDER BY %2 LIMIT ?)")
                .arg(name, QString::fromLatin1(ageColumn)),
            {left - max + 1});
}

QString SandboxStore::meta(const QString &name)
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT value FROM meta WHERE name = ?"), {name});
    return q.next() ? q.value(0).toString() : QString();
}

void SandboxStore::setMeta(const QString &name, const QString &value)
{
    run(db(), QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"), {name, value});
}

QByteArray SandboxStore::ownerSecret()
{
    return meta(QStringLiteral("owner_secret")).toLatin1();
}

QString SandboxStore::issuer()
{
    return meta(QStringLiteral("issuer"));
}

void SandboxStore::setIssuer(const QString &issuer)
{
    transaction([&] {
        const QString before = meta(QStringLiteral("issuer"));
        if (before == issuer)
            return;
        if (!before.isEmpty())
            forgetGrants(); // tokens of another issuer mean nothing here
        setMeta(QStringLiteral("issuer"), issuer);
    });
}

qint64 SandboxStore::setting(const QString &name, qint64 fallback)
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    return q.next() ? q.value(0).toLongLong() : fallback;
}

void SandboxStore::setSetting(const QString &name, qint64 value)
{
    transaction([&] { run(db(), QStringLiteral("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)"), {name, value}); });
}

int SandboxStore::faultValue(const QString &name)
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT value FROM faults WHERE name = ?"), {name});
    return q.next() ? q.value(0).toInt() : 0;
}

void SandboxStore::setFaultValue(const QString &name, int value)
{
    transaction([&] {
        if (value == 0)
            run(db(), QStringLiteral("DELETE FROM faults WHERE name = ?"), {name});
        else
            run(db(), QStringLiteral("INSERT OR REPLACE INTO faults (name, value) VALUES (?, ?)"), {name, value});
    });
}

bool SandboxStore::consumeFault(const QString &name)
{
    bool applies = false;
    transaction([&] {
        const int value = faultValue(name);
        if (value == 0)
            return;
        applies = true;
        if (value == 1)
            run(db(), QStringLiteral("DELETE FROM faults WHERE name = ?"), {name});
        else if (value > 1)
            run(db(), QStringLiteral("UPDATE faults SET value = value - 1 WHERE name = ?"), {name});
    });
    return applies;
}

QMap<QString, int> SandboxStore::faultValues()
{
    QMap<QString, int> values;
    QSqlQuery q = run(db(), QStringLiteral("SELECT name, value FROM faults"));
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toInt());
    return values;
}

void SandboxStore::clearFaults()
{
    transaction([&] { run(db(), QStringLiteral("DELETE FROM faults")); });
}

QList<SandboxStore::SigningKey> SandboxStore::signingKeys()
{
    QList<SigningKey> keys;
    QSqlQuery q = run(db(), QStringLiteral("SELECT kid, pem, created_at FROM signing_keys ORDER BY created_at DESC, rowid DESC"));
    while (q.next())
        keys.append(SigningKey {q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toLongLong()});
    return keys;
}

void SandboxStore::addSigningKey(const SigningKey &key)
{
    transaction([&] {
        run(db(), QStringLiteral("INSERT OR REPLACE INTO signing_keys (kid, pem, created_at) VALUES (?, ?, ?)"),
            {key.kid, key.pem, key.createdAt});
        // The current key and the one before it: a provider rotating gracefully keeps the previous one published.
        run(db(),
            QStringLiteral("DELETE FROM signing_keys WHERE rowid NOT IN "
                           "(SELECT rowid FROM signing_keys ORDER BY created_at DESC, rowid DESC LIMIT 2)"));
    });
}

QList<QJsonObject> SandboxStore::clientKeys(const QString &clientId)
{
    QList<QJsonObject> keys;
    QSqlQuery q = run(db(), QStringLiteral("SELECT jwk FROM client_keys WHERE client_id = ? ORDER BY added_at DESC"), {clientId});
    while (q.next())
        keys.append(fromJson(q.value(0).toString()));
    return keys;
}

void SandboxStore::addClientKey(const QString &clientId, const QJsonObject &jwk)
{
    transaction([&] {
        run(db(), QStringLiteral("INSERT OR REPLACE INTO client_keys (client_id, kid, jwk, added_at) VALUES (?, ?, ?, ?)"),
            {clientId, jwk.value(QStringLiteral("kid")).toString(), toJson(jwk), nowMs()});
        run(db(),
            QStringLiteral("DELETE FROM client_keys WHERE client_id = ? AND rowid NOT IN (SELECT rowid FROM client_keys "
                           "WHERE client_id = ? ORDER BY added_at DESC LIMIT ?)"),
            {clientId, clientId, kMaxClientKeys});
    });
}

void SandboxStore::removeClientKeys(const QString &clientId)
{
    transaction([&] { run(db(), QStringLiteral("DELETE FROM client_keys WHERE client_id = ?"), {clientId}); });
}

bool SandboxStore::useAssertionId(const QString &clientId, const QString &jti, qint64 expiresAtMs)
{
    bool fresh = false;
    transaction([&] {
        run(db(), QStringLiteral("DELETE FROM assertion_ids WHERE expires_at <= ?"), {nowMs()});
        makeRoom("assertion_ids", kMaxTokens, {}, "expires_at");
        QSqlQuery seen
            = run(db(), QStringLiteral("SELECT 1 FROM assertion_ids WHERE client_id = ? AND jti = ?"), {clientId, jti});
        fresh = !seen.next();
        seen.finish();
        if (fresh)
            run(db(), QStringLiteral("INSERT INTO assertion_ids (client_id, jti, expires_at) VALUES (?, ?, ?)"),
                {clientId, jti, expiresAtMs});
    });
    return fresh;
}

void SandboxStore::noteAccount(const QString &account)
{
    transaction([&] {
        makeRoom("accounts", kMaxAccounts, {}, "last_seen");
        const qint64 now = nowMs();
        run(db(),
            QStringLiteral("INSERT INTO accounts (name, first_seen, last_seen) VALUES (?, ?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET last_seen = excluded.last_seen"),
            {account, now, now});
    });
}

QStringList SandboxStore::accounts()
{
    QStringList names;
    QSqlQuery q = run(db(), QStringLiteral("SELECT name FROM accounts ORDER BY first_seen"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString SandboxStore::addPending(Pending pending)
{
    pending.id = Random::token(32);
    pending.csrf = Random::token(32);
    pending.expiresAt = nowMs() + kPendingLifetimeMs;
    transaction([&] {
        makeRoom("pending", kMaxPending, QStringLiteral("expires_at <= ?"), "expires_at");
        run(db(), QStringLiteral("INSERT INTO pending (id, data, expires_at) VALUES (?, ?, ?)"),
            {pending.id, toJson(pendingToJson(pending)), pending.expiresAt});
    });
    return pending.id;
}

std::optional<SandboxStore::Pending> SandboxStore::pending(const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q
        = run(db(), QStringLiteral("SELECT data, expires_at FROM pending WHERE id = ? AND expires_at > ?"), {id, nowMs()});
    if (!q.next())
        return std::nullopt;
    return pendingFromJson(id, fromJson(q.value(0).toString()), q.value(1).toLongLong());
}

void SandboxStore::removePending(const QString &id)
{
    transaction([&] { run(db(), QStringLiteral("DELETE FROM pending WHERE id = ?"), {id}); });
}

QString SandboxStore::addCode(Code code)
{
    const QString value = Random::token(32);
    code.expiresAt = nowMs() + kCodeLifetimeMs;
    const QJsonObject data {{QStringLiteral("client_id"), code.clientId}, {QStringLiteral("redirect_uri"), code.redirectUri},
        {QStringLiteral("scopes"), joined(code.scopes)}, {QStringLiteral("account"), code.account},
        {QStringLiteral("nonce"), code.nonce}, {QStringLiteral("code_challenge"), code.codeChallenge},
        {QStringLiteral("auth_time"), code.authTime}, {QStringLiteral("dpop_jkt"), code.dpopJkt}};
    transaction([&] {
        // A used code is kept until it expires: replaying it must still be recognised (RFC 6749 §4.1.2).
        makeRoom("codes", kMaxCodes, QStringLiteral("expires_at <= ?"), "expires_at");
        run(db(), QStringLiteral("INSERT INTO codes (hash, data, expires_at) VALUES (?, ?, ?)"),
            {hash(value), toJson(data), code.expiresAt});
    });
    return value;
}

std::optional<SandboxStore::Code> SandboxStore::code(const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    QSqlQuery q = run(db(), QStringLiteral("SELECT data, used, grant_id, expires_at FROM codes WHERE hash = ?"), {hash(value)});
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = fromJson(q.value(0).toString());
    Code c;
    c.clientId = o.value(QStringLiteral("client_id")).toString();
    c.redirectUri = o.value(QStringLiteral("redirect_uri")).toString();
    c.scopes = split(o.value(QStringLiteral("scopes")).toString());
    c.account = o.value(QStringLiteral("account")).toString();
    c.nonce = o.value(QStringLiteral("nonce")).toString();
    c.codeChallenge = o.value(QStringLiteral("code_challenge")).toString();
    c.dpopJkt = o.value(QStringLiteral("dpop_jkt")).toString();
    c.authTime = qint64(o.value(QStringLiteral("auth_time")).toDouble());
    c.used = q.value(1).toBool();
    c.grantId = q.value(2).toString();
    c.expiresAt = q.value(3).toLongLong();
    return c;
}

void SandboxStore::markCodeUsed(const QString &value, const QString &grantId)
{
    transaction([&] {
        run(db(), QStringLiteral("UPDATE codes SET used = 1, grant_id = ? WHERE hash = ?"), {grantId, hash(value)});
    });
}

QString SandboxStore::addGrant(Grant grant)
{
    grant.id = Random::token(16);
    grant.createdAt = nowMs();
    transaction([&] {
        makeRoom("grants", kMaxGrants, QStringLiteral("revoked = 1"), "created_at");
        run(db(),
            QStringLiteral("INSERT INTO grants (id, client_id, account, scopes, nonce, auth_time, created_at, revoked, "
                           "dpop_jkt) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
            {grant.id, grant.clientId, grant.account, joined(grant.scopes), grant.nonce, grant.authTime, grant.createdAt,
                grant.dpopJkt});
    });
    return grant.id;
}

std::optional<SandboxStore::Grant> SandboxStore::grant(const QString &id)
{
    QSqlQuery q = run(db(),
        QStringLiteral("SELECT client_id, account, scopes, nonce, auth_time, created_at, revoked, dpop_jkt FROM grants "
                       "WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    Grant g;
    g.id = id;
    g.clientId = q.value(0).toString();
    g.account = q.value(1).toString();
    g.scopes = split(q.value(2).toString());
    g.nonce = q.value(3).toString();
    g.authTime = q.value(4).toLongLong();
    g.createdAt = q.value(5).toLongLong();
    g.revoked = q.value(6).toBool();
    g.dpopJkt = q.value(7).toString();
    return g;
}

void SandboxStore::revokeGrant(const QString &id)
{
    if (id.isEmpty())
        return;
    transaction([&] {
        run(db(), QStringLiteral("UPDATE grants SET revoked = 1 WHERE id = ?"), {id});
        run(db(), QStringLiteral("UPDATE access_tokens SET revoked = 1 WHERE grant_id = ?"), {id});
        run(db(), QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE grant_id = ?"), {id});
    });
}

SandboxStore::Issued SandboxStore::issue(const QString &grantId, const QStringList &scopes, bool withRefreshToken,
    std::chrono::seconds accessLifetime, const QString &dpopJkt, const QString &certificateThumbprint)
{
    Issued issued;
    transaction([&] {
        const std::optional<Grant> g = grant(grantId);
        const qint64 now = nowMs();
        issued.issuedAtMs = now;
        makeRoom("access_tokens", kMaxTokens, QStringLiteral("revoked = 1 OR expires_at <= ?"), "issued_at");
        issued.accessToken = Random::token(32);
        issued.expiresInSeconds = accessLifetime.count();
        run(db(),
            QStringLiteral("INSERT INTO access_tokens (hash, grant_id, client_id, account, scopes, issued_at, expires_at, "
                           "dpop_jkt, x5t_s256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {hash(issued.accessToken), grantId, g ? g->clientId : QString(), g ? g->account : QString(), joined(scopes), now,
                now + qint64(accessLifetime.count()) * 1000, dpopJkt, certificateThumbprint});
        if (withRefreshToken) {
            // Consumed tokens are kept as long as possible (reuse detection); revoked ones go first.
            makeRoom("refresh_tokens", kMaxTokens, QStringLiteral("revoked = 1"), "issued_at");
            issued.refreshToken = Random::token(32);
            run(db(), QStringLiteral("INSERT INTO refresh_tokens (hash, grant_id, client_id, issued_at) VALUES (?, ?, ?, ?)"),
                {hash(issued.refreshToken), grantId, g ? g->clientId : QString(), now});
        }
    });
    return issued;
}

std::optional<SandboxStore::AccessToken> SandboxStore::accessToken(const QString &token)
{
    QSqlQuery q = run(db(),
        QStringLiteral("SELECT grant_id, client_id, account, scopes, issued_at, expires_at, revoked, dpop_jkt, x5t_s256 "
                       "FROM access_tokens "
                       "WHERE hash = ?"),
        {hash(token)});
    if (!q.next())
        return std::nullopt;
    AccessToken t;
    t.grantId = q.value(0).toString();
    t.clientId = q.value(1).toString();
    t.account = q.value(2).toString();
    t.scopes = split(q.value(3).toString());
    t.issuedAt = q.value(4).toLongLong();
    t.expiresAt = q.value(5).toLongLong();
    t.revoked = q.value(6).toBool();
    t.dpopJkt = q.value(7).toString();
    t.certificateThumbprint = q.value(8).toString();
    return t;
}

void SandboxStore::revokeAccessToken(const QString &token)
{
    transaction([&] { run(db(), QStringLiteral("UPDATE access_tokens SET revoked = 1 WHERE hash = ?"), {hash(token)}); });
}

std::optional<SandboxStore::RefreshToken> SandboxStore::refreshToken(const QString &token)
{
    const QString key = hash(token);
    QSqlQuery q = run(db(),
        QStringLiteral("SELECT grant_id, client_id, issued_at, last_used_at, consumed, revoked FROM refresh_tokens "
                       "WHERE hash = ?"),
        {key});
    if (!q.next())
        return std::nullopt;
    RefreshToken t;
    t.hash = key;
    t.grantId = q.value(0).toString();
    t.clientId = q.value(1).toString();
    t.issuedAt = q.value(2).toLongLong();
    t.lastUsedAt = q.value(3).toLongLong();
    t.consumed = q.value(4).toBool();
    t.revoked = q.value(5).toBool();
    return t;
}

void SandboxStore::consumeRefreshToken(const QString &key)
{
    transaction([&] {
        run(db(), QStringLiteral("UPDATE refresh_tokens SET consumed = 1, last_used_at = ? WHERE hash = ?"), {nowMs(), key});
    });
}

void SandboxStore::touchRefreshToken(const QString &key)
{
    transaction([&] { run(db(), QStringLiteral("UPDATE refresh_tokens SET last_used_at = ? WHERE hash = ?"), {nowMs(), key}); });
}

int SandboxStore::expireAllAccessTokens()
{
    int count = 0;
    transaction([&] {
        const qint64 now = nowMs();
        QSqlQuery q = run(
            db(), QStringLiteral("UPDATE access_tokens SET expires_at = ? WHERE revoked = 0 AND expires_at > ?"), {now, now});
        count = q.numRowsAffected();
    });
    return count;
}

int SandboxStore::revokeAllRefreshTokens()
{
    int count = 0;
    transaction([&] {
        QSqlQuery q = run(db(), QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE revoked = 0"));
        count = q.numRowsAffected();
    });
    return count;
}

SandboxStore::NewDevice SandboxStore::addDevice(const QString &clientId, const QStringList &scopes)
{
    NewDevice made;
    transaction([&] {
        makeRoom("devices", kMaxDevices, QStringLiteral("expires_at <= ?"), "expires_at");
        made.deviceCode = Random::token(32);
        Device &d = made.device;
        d.key = hash(made.deviceCode);
        do {
            d.userCode = newUserCode();
        } while (deviceByUserCode(d.userCode));
        d.clientId = clientId;
        d.scopes = scopes;
        d.expiresAt = nowMs() + kDeviceLifetimeMs;
        run(db(), QStringLiteral("INSERT INTO devices (hash, user_code, data, expires_at) VALUES (?, ?, ?, ?)"),
            {d.key, d.userCode, toJson(deviceToJson(d)), d.expiresAt});
    });
    return made;
}

std::optional<SandboxStore::Device> SandboxStore::device(const QString &key)
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT hash, user_code, data, expires_at FROM devices WHERE hash = ?"), {key});
    if (!q.next())
        return std::nullopt;
    return deviceFromRow(q);
}

std::optional<SandboxStore::Device> SandboxStore::deviceByDeviceCode(const QString &deviceCode)
{
    return deviceCode.isEmpty() ? std::nullopt : device(hash(deviceCode));
}

std::optional<SandboxStore::Device> SandboxStore::deviceByUserCode(const QString &userCode)
{
    const QString normalized = normalizeUserCode(userCode);
    if (normalized.size() != kUserCodeLength)
        return std::nullopt;
    QSqlQuery q
        = run(db(), QStringLiteral("SELECT hash, user_code, data, expires_at FROM devices WHERE user_code = ?"), {normalized});
    if (!q.next())
        return std::nullopt;
    return deviceFromRow(q);
}

void SandboxStore::updateDevice(const Device &device)
{
    transaction([&] {
        run(db(), QStringLiteral("UPDATE devices SET data = ? WHERE hash = ?"), {toJson(deviceToJson(device)), device.key});
    });
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

std::optional<QJsonObject> SandboxStore::apiData(const QString &subject)
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT data FROM api_data WHERE subject = ?"), {subject});
    if (!q.next())
        return std::nullopt;
    return fromJson(q.value(0).toString());
}

void SandboxStore::setApiData(const QString &subject, const QJsonObject &data)
{
    transaction([&] {
        // A demo: forgetting the least recently used caller's made-up contacts is harmless.
        makeRoom("api_data", kMaxApiSubjects, {}, "used_at");
        run(db(), QStringLiteral("INSERT OR REPLACE INTO api_data (subject, data, used_at) VALUES (?, ?, ?)"),
            {subject, toJson(data), nowMs()});
    });
}

void SandboxStore::logRequest(const QString &method, const QString &path, int status)
{
    transaction([&] {
        const QSqlQuery q = run(db(), QStringLiteral("INSERT INTO requests (at, method, path, status) VALUES (?, ?, ?, ?)"),
            {nowMs(), method.left(16), path.left(200), status});
        const qint64 id = q.lastInsertId().toLongLong();
        if (id % 50 == 0)
            run(db(), QStringLiteral("DELETE FROM requests WHERE id <= ?"), {id - kMaxRequests});
    });
}

QList<SandboxStore::LoggedRequest> SandboxStore::requests(qint64 afterId)
{
    QList<LoggedRequest> list;
    QSqlQuery q = run(db(),
        QStringLiteral("SELECT id, at, method, path, status FROM (SELECT * FROM requests WHERE id > ? ORDER BY id DESC "
                       "LIMIT ?) ORDER BY id"),
        {afterId, kMaxRequests});
    while (q.next())
        list.append(LoggedRequest {
            q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    return list;
}

void SandboxStore::forgetGrants()
{
    transaction([&] {
        for (const char *table :
            {"pending", "codes", "grants", "access_tokens", "refresh_tokens", "devices", "api_data", "assertion_ids"})
            run(db(), QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(table)));
    });
}

void SandboxStore::reset()
{
    transaction([&] {
        forgetGrants();
        for (const char *table : {"settings", "faults", "signing_keys", "client_keys", "accounts", "requests"})
            run(db(), QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(table)));
        run(db(), QStringLiteral("DELETE FROM meta WHERE name <> 'owner_secret'"));
    });
}

int SandboxStore::accessTokenCount()
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT COUNT(*) FROM access_tokens"));
    return q.next() ? q.value(0).toInt() : 0;
}

int SandboxStore::refreshTokenCount()
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT COUNT(*) FROM refresh_tokens"));
    return q.next() ? q.value(0).toInt() : 0;
}

int SandboxStore::pendingCount()
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT COUNT(*) FROM pending WHERE expires_at > ?"), {nowMs()});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace keyway
