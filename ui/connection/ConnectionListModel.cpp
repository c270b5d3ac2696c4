#include "connection/ConnectionListModel.h"

#include "catalog/Catalog.h"
#include "core/ConnectionExpiry.h"
#include "core/ConnectionService.h"
#include "core/ConnectionState.h"
#include "widgets/StatusStyle.h"

#include <QLocale>

#include <limits>

namespace keyway {

ConnectionListModel::ConnectionListModel(ConnectionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &ConnectionService::connectionAdded, this, &ConnectionListModel::update);
    connect(&service, &ConnectionService::connectionChanged, this, &ConnectionListModel::update);
    connect(&service, &ConnectionService::connectionRemoved, this, &ConnectionListModel::removeId);
    connect(&service, &ConnectionService::requestRecorded, this, [this](const QString &id) {
        const auto row = m_rows.find(id);
        if (row == m_rows.end())
            return;
        m_lastUsed.insert(id, QDateTime::currentDateTimeUtc());
        emit dataChanged(index(*row, LastUsedColumn), index(*row, LastUsedColumn));
    });
    connect(&service.catalog(), &Catalog::changed, this, [this] {
        m_integrationNames.clear();
        if (!m_records.isEmpty())
            emit dataChanged(index(0, IntegrationColumn), index(rowCount() - 1, IntegrationColumn));
    });
    reload();
}

void ConnectionListModel::reload()
{
    beginResetModel();
    m_records = m_service.summaries();
    m_lastUsed = m_service.lastRequests();
    m_defaults = m_service.defaultConnections();
    m_rows.clear();
    m_rows.reserve(m_records.size());
    reindex(0);
    m_counts.clear();
    m_summary.clear();
    m_dirty.clear();
    for (const ConnectionSummary &s : std::as_const(m_records))
        count(s, +1);
    endResetModel();
    emit summaryChanged();
}

void ConnectionListModel::reindex(int from)
{
    for (int row = from; row < m_records.size(); ++row)
        m_rows.insert(m_records.at(row).id, row);
}

void ConnectionListModel::count(const ConnectionSummary &s, int delta)
{
    for (const QString &key : {s.integrationId, QString()}) {
        StatusCounts &counts = m_counts[key];
        counts[std::size_t(s.status)] += delta;
        m_dirty.insert(key);
    }
}

void ConnectionListModel::update(const QString &id)
{
    m_defaults = m_service.defaultConnections();
    const std::optional<ConnectionSummary> summary = m_service.summary(id);
    if (!summary) {
        removeId(id);
        return;
    }
    const auto existing = m_rows.constFind(id);
    if (existing != m_rows.constEnd()) {
        const int row = *existing;
        // A signal may also mean a change kept outside the summary (the integration's default connection):
        // the row is announced as changed even when its summary is the same.
        ConnectionSummary &current = m_records[row];
        const bool counted = current.status != summary->status || current.integrationId != summary->integrationId;
        if (counted)
            count(current, -1);
        current = *summary;
        if (counted)
            count(current, +1);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (counted)
            emit summaryChanged();
        return;
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records << *summary;
    m_rows.insert(id, row);
    count(*summary, +1);
    endInsertRows();
    emit summaryChanged();
}

void ConnectionListModel::removeId(const QString &id)
{
    const auto existing = m_rows.constFind(id);
    if (existing == m_rows.constEnd())
        return;
    const int row = *existing;
    beginRemoveRows({}, row, row);
    count(m_records.at(row), -1);
    m_records.removeAt(row);
    m_rows.remove(id);
    reindex(row);
    endRemoveRows();
    emit summaryChanged();
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex ConnectionListModel::indexOf(const QString &connectionId) const
{
    const auto row = m_rows.constFind(connectionId);
    return row == m_rows.constEnd() ? QModelIndex() : index(*row, 0);
}

std::optional<ConnectionSummary> ConnectionListModel::at(int row) const
{
    if (row < 0 || row >= m_records.size())
        return std::nullopt;
    return m_records.at(row);
}

const QHash<QString, ConnectionListModel::Summary> &ConnectionListModel::summary() const
{
    // Only the integrations whose counts changed since the last call are summed again (seven statuses each).
    for (const QString &key : std::as_const(m_dirty)) {
        const StatusCounts &counts = m_counts[key];
        Summary s;
        for (std::size_t i = 0; i < counts.size(); ++i) {
            const auto status = ConnectionStatus(i);
            const int n = counts[i];
            if (n <= 0)
                continue;
            if (s.count == 0 || ConnectionState::urgency(status) > ConnectionState::urgency(s.worst))
                s.worst = status;
            s.count += n;
            if (ConnectionState::needsUser(status))
                s.needingUser += n;
            if (status == ConnectionStatus::Warning || status == ConnectionStatus::Expiring)
                s.troubled += n;
        }
        if (s.count > 0)
            m_summary.insert(key, s);
        else
            m_summary.remove(key);
    }
    m_dirty.clear();
    return m_summary;
}

QString ConnectionListModel::actionText(ConnectionStatus status)
{
    return ConnectionState::needsUser(status) || status == ConnectionStatus::Revoked ? tr("Reconnect…") : QString();
}

QString ConnectionListModel::expiryText(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("No expiry");
    const qint64 secs = now.secsTo(expiresAt);
    const qint64 a = std::abs(secs);
    QString span;
    if (a >= 2 * 86400)
        span = tr("%n day(s)", nullptr, int(a / 86400));
    else if (a >= 3600)
        span = tr("%1 h %2 min").arg(a / 3600).arg((a % 3600) / 60);
    else if (a >= 60)
        span = tr("%1 min").arg(a / 60);
    else
        span = tr("%1 s").arg(a);
    return secs > 0 ? tr("in %1").arg(span) : tr("expired %1 ago").arg(span);
}

QString ConnectionListModel::integrationName(const QString &integrationId) const
{
    auto cached = m_integrationNames.constFind(integrationId);
    if (cached != m_integrationNames.constEnd())
        return *cached;
    const std::optional<Integration> in = m_service.catalog().find(integrationId);
    const QString name = in ? in->name : integrationId;
    m_integrationNames.insert(integrationId, name);
    return name;
}

bool ConnectionListModel::lessThan(int leftRow, int rightRow, int column) const
{
    const ConnectionSummary &l = m_records.at(leftRow);
    const ConnectionSummary &r = m_records.at(rightRow);
    const auto unusable = [](const ConnectionSummary &s) {
        return s.status == ConnectionStatus::NeedsReauthorization || s.status == ConnectionStatus::Revoked;
    };
    const auto expiry = [&unusable](const ConnectionSummary &s) {
        return s.expiresAt.isValid() && !unusable(s) ? s.expiresAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    };
    const auto lastUsed = [this](const ConnectionSummary &s) {
        const QDateTime last = m_lastUsed.value(s.id);
        return last.isValid() ? last.toMSecsSinceEpoch() : qint64(0);
    };
    const auto text = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    switch (Column(column)) {
    case NameColumn:
        return text(l.name.isEmpty() ? l.accountLabel : l.name, r.name.isEmpty() ? r.accountLabel : r.name);
    case AccountColumn:
        return text(l.accountLabel, r.accountLabel);
    case StatusColumn:
        return ConnectionState::urgency(l.status) < ConnectionState::urgency(r.status);
    case ExpiresColumn:
        return expiry(l) < expiry(r);
    case IntegrationColumn:
        return text(integrationName(l.integrationId), integrationName(r.integrationId));
    case LastUsedColumn:
        return lastUsed(l) < lastUsed(r);
    case ActionColumn:
        return int(ConnectionState::needsUser(l.status)) < int(ConnectionState::needsUser(r.status));
    case ColumnCount:
        break;
    }
    return false;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ConnectionSummary &r = m_records.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case IntegrationIdRole:
        return r.integrationId;
    case StatusRole:
        return int(r.status);
    case ActionRole:
        return actionText(r.status);
    case DefaultRole:
        return m_defaults.value(r.integrationId) == r.id;
    case SearchTextRole:
        return QStringList {
            r.name, r.accountLabel, integrationName(r.integrationId), r.integrationId, StatusStyle::text(r.status)}
            .join(QLatin1Char('\n'));
    default:
        break;
    }
    const int column = index.column();
    // Tokens that cannot be used have no expiry to speak of (issue 16: not "expires in 59 min").
    const bool unusable = r.status == ConnectionStatus::NeedsReauthorization || r.status == ConnectionStatus::Revoked;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case NameColumn: {
            const QString name = r.name.isEmpty() ? r.accountLabel : r.name;
            // Several accounts of one integration: the one the command line uses unless told otherwise.
            return role == Qt::DisplayRole && m_defaults.value(r.integrationId) == r.id ? tr("%1 · Default").arg(name) : name;
        }
        case AccountColumn:
            return r.accountLabel;
        case StatusColumn:
            // Sorting by status puts what needs the user first (descending) or last.
            return role == SortRole ? QVariant(ConnectionState::urgency(r.status)) : QVariant(StatusStyle::text(r.status));
        case ExpiresColumn:
            if (role == SortRole)
                return r.expiresAt.isValid() && !unusable ? r.expiresAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            if (unusable)
                return r.status == ConnectionStatus::Revoked ? tr("None (revoked)") : tr("Unusable until reconnected");
            return expiryText(r.expiresAt, QDateTime::currentDateTimeUtc());
        case IntegrationColumn:
            return integrationName(r.integrationId);
        case LastUsedColumn: {
            const QDateTime last = m_lastUsed.value(r.id);
            if (role == SortRole)
                return last.isValid() ? last.toMSecsSinceEpoch() : qint64(0);
            return last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : tr("Never");
        }
        case ActionColumn:
            return role == SortRole ? QVariant(ConnectionState::needsUser(r.status) ? 1 : 0) : QVariant(actionText(r.status));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn)
            return r.statusDetail.isEmpty() ? StatusStyle::description(r.status) : r.statusDetail;
        if (column == ActionColumn && !actionText(r.status).isEmpty())
            return tr("Sign in again to renew this connection");
        if (column == NameColumn && m_defaults.value(r.integrationId) == r.id)
            return tr("The default for %1: keyway token, exec and git use it when no connection is named")
                .arg(integrationName(r.integrationId));
        if (column == LastUsedColumn)
            return tr("The last API request made with it through Keyway (request console or keyway request)");
        if (column == ExpiresColumn) {
            // Issue 23: the refresh token's end and the last renewal, read from the whole record only when asked.
            QString refresh;
            if (const std::optional<ConnectionRecord> record = !unusable ? m_service.connection(r.id) : std::nullopt)
                refresh = ConnectionExpiry::of(*record, QDateTime::currentDateTimeUtc())
                              .refreshText(integrationName(r.integrationId));
            const QString access = r.expiresAt.isValid() && !unusable
                ? QLocale().toString(r.expiresAt.toLocalTime(), QLocale::LongFormat)
                : QString();
            if (access.isEmpty() || refresh.isEmpty())
                return access.isEmpty() && refresh.isEmpty() ? QVariant() : QVariant(access + refresh);
            return tr("Access token: %1\nRefresh token: %2").arg(access, refresh);
        }
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Token expires");
    case IntegrationColumn:
        return tr("Integration");
    case LastUsedColumn:
        return tr("Last request");
    case ActionColumn:
        return tr("Action");
    default:
        return {};
    }
}

} // namespace keyway
