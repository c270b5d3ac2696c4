#include "core/Keeper.h"

#include "catalog/Catalog.h"
#include "common/Log.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"

#include <QPointer>

namespace keyway {

namespace {

// The authorization code and device code modes hold a refresh token; the other modes renew without one or not at all.
bool holdsRefreshToken(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::DeviceCode:
        return true;
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        return false;
    }
    return false;
}

bool isLive(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
    case ConnectionStatus::Expiring:
    case ConnectionStatus::Warning:
    case ConnectionStatus::Error:
    case ConnectionStatus::NeedsReauthorization:
        return true;
    case ConnectionStatus::Pending:
    case ConnectionStatus::Revoked:
        return false;
    }
    return false;
}

} // namespace

Keeper::Keeper(ConnectionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

Keeper::Step Keeper::step(const RefreshTokenLifetime &lifetime, const QDateTime &now, const Options &options)
{
    if (lifetime.absoluteDeadline.isValid() && now >= lifetime.absoluteDeadline)
        return Step::Confirm;
    if (!lifetime.renewalExtends())
        return Step::Nothing;
    const qint64 margin = qMin(options.marginSeconds, lifetime.idleSeconds / 2);
    return now.msecsTo(lifetime.idleDeadline) <= margin * 1000 ? Step::Renew : Step::Nothing;
}

bool Keeper::endsSoon(const RefreshTokenLifetime &lifetime, const QDateTime &now, const Options &options)
{
    if (!lifetime.absoluteDeadline.isValid() || now >= lifetime.absoluteDeadline)
        return false;
    const qint64 window = qMin(options.warnSeconds, lifetime.absoluteSeconds / 2);
    return now.msecsTo(lifetime.absoluteDeadline) <= window * 1000;
}

void Keeper::run(const Options &options, Done done)
{
    if (m_running)
        return done({});
    m_running = true;
    m_options = options;
    m_done = std::move(done);
    m_reports.clear();
    m_queue.clear();
    for (const ConnectionRecord &record : m_service.connections()) {
        if (isLive(record.status) && holdsRefreshToken(ConnectionSettings::fromJson(record.settings).authMode))
            m_queue << record.id;
    }
    next();
}

KeeperReport Keeper::reportFor(const ConnectionRecord &record) const
{
    KeeperReport report;
    report.connectionId = record.id;
    const std::optional<Integration> integration = m_service.catalog().find(record.integrationId);
    report.integrationName = integration ? integration->name : record.integrationId;
    report.label = record.name.isEmpty() ? report.integrationName : record.name;
    report.lifetime = RefreshTokenLifetime::of(ConnectionSettings::fromJson(record.settings).provider, record);
    return report;
}

void Keeper::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        const Done done = std::move(m_done);
        m_done = nullptr;
        return done(m_reports);
    }
    const QString id = m_queue.takeFirst();
    const std::optional<ConnectionRecord> record = m_service.connection(id);
    if (!record)
        return next(); // removed meanwhile
    KeeperReport report = reportFor(*record);
    if (record->status == ConnectionStatus::NeedsReauthorization) {
        report.outcome = KeeperReport::Outcome::NeedsUser;
        return finishOne(report);
    }
    const Step what = step(report.lifetime, QDateTime::currentDateTimeUtc(), m_options);
    if (what == Step::Nothing) {
        const bool known = report.lifetime.idleDeadline.isValid() || report.lifetime.absoluteDeadline.isValid();
        report.outcome = known ? KeeperReport::Outcome::Fine : KeeperReport::Outcome::Unknown;
        return finishOne(report);
    }
    qCInfo(lcRefresh) << "keeper: renewing" << id
                      << (what == Step::Confirm ? "past its grant's documented end" : "before it lapses unused");
    m_service.refresh(id, this, [this, id, what](const Error &error) { renewed(id, what, error); });
}

void Keeper::renewed(const QString &id, Step what, const Error &error)
{
    const std::optional<ConnectionRecord> record = m_service.connection(id);
    if (!record)
        return next();
    KeeperReport report = reportFor(*record);
    if (error.isNull()) {
        report.outcome = KeeperReport::Outcome::Renewed;
    } else if (record->status == ConnectionStatus::NeedsReauthorization) {
        report.outcome = KeeperReport::Outcome::NeedsUser;
        if (what == Step::Confirm && report.lifetime.absoluteDeadline.isValid())
            report.detail = tr("its grant ended %1").arg(report.lifetime.absoluteDeadline.toLocalTime().toString(Qt::ISODate));
    } else {
        report.outcome = KeeperReport::Outcome::Failed;
        report.detail = error.toString();
    }
    finishOne(report);
}

void Keeper::finishOne(KeeperReport report)
{
    // A grant near its absolute end needs the user even when its refresh token is fine.
    if (report.outcome != KeeperReport::Outcome::NeedsUser
        && endsSoon(report.lifetime, QDateTime::currentDateTimeUtc(), m_options))
        report.reconnectBefore = report.lifetime.absoluteDeadline;
    m_reports.append(report);
    emit reported(report);
    next();
}

} // namespace keyway
