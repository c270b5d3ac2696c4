#include "console/HistoryModel.h"

#include "core/ConnectionService.h"

#include <QLocale>

namespace keyway {

HistoryModel::HistoryModel(ConnectionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

void HistoryModel::setConnection(const QString &connectionId)
{
    m_connectionId = connectionId;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries = m_connectionId.isEmpty() ? QList<HistoryEntry>() : m_service.history(m_connectionId);
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const HistoryEntry &a, const HistoryEntry &b) { return a.at > b.at || (a.at == b.at && a.id > b.id); });
    endResetModel();
}

std::optional<HistoryEntry> HistoryModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusText(int status)
{
    return status > 0 ? QString::number(status) : status < 0 ? tr("cancelled") : tr("no answer");
}

QString HistoryModel::durationText(qint64 microseconds)
{
    if (microseconds >= 10000)
        return tr("%1 ms").arg(QLocale().toString(microseconds / 1000));
    return tr("%1 ms").arg(QLocale().toString(double(microseconds) / 1000.0, 'f', microseconds < 1000 ? 2 : 1));
}

QString HistoryModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case MethodColumn:
            return e.method;
        case UrlColumn:
            return e.url;
        case StatusColumn:
            return statusText(e.status);
        case DurationColumn:
            return durationText(e.durationUs);
        case SizeColumn:
            return sizeText(e.responseSize);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UrlColumn)
        return e.url;
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Time taken");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace keyway
