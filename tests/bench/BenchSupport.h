#pragma once

// Shared by the bench executables: realistic stored connections written through ConnectionRepository, a
// large synthetic catalogue cloned from the built-in integration files, an event-loop stall meter, simple
// statistics and the one-JSON-object-per-line output tests/bench/bench.mjs reads.

#include "auth/ProviderConfig.h"
#include "catalog/Integration.h"
#include "common/Error.h"
#include "core/ConnectionSettings.h"
#include "store/ConnectionRecord.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace keyway::bench {

// One result line on stdout: {"bench": name, ...values}.
inline void emitResult(const QString &name, QJsonObject values)
{
    values.insert(QStringLiteral("bench"), name);
    std::fputs(QJsonDocument(values).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Nearest-rank percentile, p in [0, 100].
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * double(values.size()))), values.size());
    return values.at(rank - 1);
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

// The connection settings Keyway's own connect stores for an OAuth integration (see ConnectionPlanner).
inline QJsonObject oauthSettings(const Integration &in, int n)
{
    ConnectionSettings s;
    s.authMode = AuthMode::AuthorizationCode;
    s.provider.issuer = in.oauth.issuer;
    s.provider.authorizationUrl
        = in.oauth.authorizationUrl.isEmpty() ? QStringLiteral("https://auth.example.com/authorize") : in.oauth.authorizationUrl;
    s.provider.tokenUrl = in.oauth.tokenUrl.isEmpty() ? QStringLiteral("https://auth.example.com/token") : in.oauth.tokenUrl;
    s.provider.revocationUrl = in.oauth.revocationUrl;
    s.provider.userinfoUrl = in.oauth.userinfoUrl;
    s.provider.jwksUrl = in.oauth.jwksUrl;
    s.provider.scopes = in.oauth.scopes;
    s.provider.clientAuth = ProviderConfig::ClientAuth::Post;
    s.clientId = QStringLiteral("bench-client-%1").arg(n % 97);
    s.apiBaseUrl = in.api.baseUrl;
    s.whoamiUrl = in.api.whoamiUrl;
    s.accountField = in.api.accountField;
    return s.toJson();
}

// A connection as Keyway leaves it after a successful connect.
inline ConnectionRecord connectionRecord(const Integration &in, int n, const QJsonObject &settings)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ConnectionRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.integrationId = in.id;
    r.name = QStringLiteral("%1 %2").arg(in.name).arg(n);
    r.authMode = settings.value(QStringLiteral("auth_mode")).toString(QStringLiteral("oauth2_authorization_code"));
    r.accountLabel = QStringLiteral("user%1@example.test").arg(n);
    r.accountSubject = QStringLiteral("sub-%1").arg(n);
    r.requestedScopes = in.oauth.scopes;
    r.grantedScopes = in.oauth.scopes;
    r.status = ConnectionStatus::Connected;
    // Spread over the next hours so that refresh timers differ, as they would in real use.
    r.expiresAt = now.addSecs(3600 + (n % 7200));
    r.settings = settings;
    r.tokenFingerprint = QStringLiteral("sha256:%1").arg(n, 8, 16, QLatin1Char('0'));
    r.createdAt = now.addSecs(-n);
    r.updatedAt = now;
    return r;
}

// Writes `count` connections, spread round robin over `integrations`, in one transaction; a null Error on success.
inline Error seedConnections(Database &database, const QList<Integration> &integrations, int count)
{
    if (integrations.isEmpty())
        return Error::make(QStringLiteral("bench"), QStringLiteral("no integrations to seed connections for"));
    ConnectionRepository repository(database);
    QSqlDatabase db = database.handle();
    db.transaction();
    for (int n = 0; n < count; ++n) {
        const Integration &in = integrations.at(n % integrations.size());
        if (Error error = repository.save(connectionRecord(in, n, oauthSettings(in, n))); !error.isNull()) {
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return Error::make(QStringLiteral("bench"), QStringLiteral("cannot commit the seeded connections"));
    return Error();
}

// Writes `count` integration files into `dirs` (split evenly): clones of the built-in files in `templateDir`
// with new ids and names, so names, descriptions and scopes read like real ones. Returns the number written.
inline int writeSyntheticCatalogue(const QString &templateDir, const QStringList &dirs, int count)
{
    QDir source(templateDir);
    QStringList names = source.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("schema.json"));
    QList<QJsonObject> templates;
    for (const QString &name : std::as_const(names)) {
        QFile file(source.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            templates << QJsonDocument::fromJson(file.readAll()).object();
    }
    if (templates.isEmpty() || dirs.isEmpty())
        return 0;
    for (const QString &dir : dirs)
        QDir().mkpath(dir);
    int written = 0;
    for (int n = 0; n < count; ++n) {
        QJsonObject in = templates.at(n % templates.size());
        const int copy = n / int(templates.size());
        in.remove(QStringLiteral("$schema"));
        in.insert(QStringLiteral("id"), QStringLiteral("%1-b%2").arg(in.value(QStringLiteral("id")).toString()).arg(copy));
        in.insert(QStringLiteral("name"), QStringLiteral("%1 %2").arg(in.value(QStringLiteral("name")).toString()).arg(copy));
        const QString dir = dirs.at(n % dirs.size());
        QFile file(dir + QLatin1Char('/') + in.value(QStringLiteral("id")).toString() + QStringLiteral(".json"));
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(in).toJson()) > 0)
            ++written;
    }
    return written;
}

// Measures the longest time the event loop went without running a 1 ms timer: the longest stall a user
// would feel. Start it, run the work through the event loop, stop it.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    // The longest gap between two ticks in ms (the 1 ms interval included), also the gap up to now.
    double stop()
    {
        m_timer.stop();
        m_longestNs = std::max(m_longestNs, m_clock.nsecsElapsed() - m_lastNs);
        return double(m_longestNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

} // namespace keyway::bench
