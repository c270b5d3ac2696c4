#include "timeline/TimelineModel.h"

#include "core/ConnectionService.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace keyway {

TimelineModel::TimelineModel(ConnectionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &ConnectionService::eventRecorded, this, [this](const QString &id) {
        if (id == m_connectionId)
            reload();
    });
}

void TimelineModel::setConnection(const QString &connectionId)
{
    m_connectionId = connectionId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_events = m_connectionId.isEmpty() ? QList<ConnectionEvent>() : m_service.events(m_connectionId);
    std::stable_sort(m_events.begin(), m_events.end(),
        [](const ConnectionEvent &a, const ConnectionEvent &b) { return a.at > b.at || (a.at == b.at && a.id > b.id); });
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::stepText(const QString &step)
{
    static const struct
    {
        const char *step;
        const char *text;
    } steps[] = {
        {"authorize_url", QT_TRANSLATE_NOOP("TimelineModel", "Authorization request built")},
        {"browser_opened", QT_TRANSLATE_NOOP("TimelineModel", "Browser opened")},
        {"callback", QT_TRANSLATE_NOOP("TimelineModel", "Browser came back")},
        {"token_exchange", QT_TRANSLATE_NOOP("TimelineModel", "Code exchanged for tokens")},
        {"refresh", QT_TRANSLATE_NOOP("TimelineModel", "Token refreshed")},
        {"revoke", QT_TRANSLATE_NOOP("TimelineModel", "Grant revoked")},
        {"device_authorization", QT_TRANSLATE_NOOP("TimelineModel", "Device code requested")},
        {"device_poll", QT_TRANSLATE_NOOP("TimelineModel", "Device code polled")},
        {"discovery", QT_TRANSLATE_NOOP("TimelineModel", "Provider metadata read")},
        {"id_token", QT_TRANSLATE_NOOP("TimelineModel", "ID token checked")},
        {"userinfo", QT_TRANSLATE_NOOP("TimelineModel", "Account identified")},
        {"whoami", QT_TRANSLATE_NOOP("TimelineModel", "Account identified")},
        {"introspect", QT_TRANSLATE_NOOP("TimelineModel", "Token introspected")},
        {"status", QT_TRANSLATE_NOOP("TimelineModel", "Status changed")},
    };
    for (const auto &s : steps) {
        if (step == QLatin1String(s.step))
            return QCoreApplication::translate("TimelineModel", s.text) + QStringLiteral(" (") + step + QLatin1Char(')');
    }
    return step;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const ConnectionEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case StepColumn:
            return stepText(e.step);
        case OutcomeColumn:
            if (e.outcome == QLatin1String("ok"))
                return tr("✓ ok");
            if (e.outcome == QLatin1String("error"))
                return tr("✗ error");
            return e.outcome == QLatin1String("info") ? tr("info") : e.outcome;
        case HttpColumn:
            return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant(QString());
        case DetailColumn:
            return e.detail;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return e.detail;
    if (role == Qt::FontRole && e.outcome == QLatin1String("error")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StepColumn:
        return tr("Step");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        return tr("HTTP");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace keyway
