#include "timeline/TimelineModel.h"

#include "core/ConnectionService.h"
#include "core/EventText.h"
#include "widgets/StatusStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace keyway {

namespace {
// Events further apart than this belong to different runs (a sign-in, a refresh later on): no "after" is shown.
constexpr qint64 kRunGapMs = 10 * 60 * 1000;
} // namespace

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
    QList<ConnectionEvent> events = m_connectionId.isEmpty() ? QList<ConnectionEvent>() : m_service.events(m_connectionId);
    std::stable_sort(events.begin(), events.end(),
        [](const ConnectionEvent &a, const ConnectionEvent &b) { return a.at < b.at || (a.at == b.at && a.id < b.id); });
    // Oldest first: durations and attempts are counted forwards, then the list is shown newest first.
    QList<Row> rows;
    rows.reserve(events.size());
    QHash<QString, int> failures; // per step: failures since its last success
    QDateTime previous;
    for (const ConnectionEvent &e : std::as_const(events)) {
        Row row;
        row.event = e;
        if (previous.isValid()) {
            const qint64 gap = previous.msecsTo(e.at);
            if (gap >= 0 && gap <= kRunGapMs)
                row.after = gap;
        } else {
            row.after = -1;
        }
        if (row.after < 0)
            failures.clear();
        row.attempt = failures.value(e.step) + 1;
        if (e.outcome == QLatin1String("error"))
            failures[e.step] += 1;
        else if (e.outcome == QLatin1String("ok"))
            failures.remove(e.step);
        row.title = EventText::title(e.step, e.outcome);
        if (row.attempt > 1)
            row.title = tr("%1 (attempt %2)").arg(row.title).arg(row.attempt);
        previous = e.at;
        rows.append(row);
    }
    std::reverse(rows.begin(), rows.end());
    m_rows = rows;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::timeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" %1%2:%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString TimelineModel::spanText(qint64 msecs)
{
    if (msecs < 1000)
        return tr("%1 ms").arg(msecs);
    if (msecs < 60000)
        return tr("%1 s").arg(QLocale().toString(double(msecs) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(msecs / 60000).arg((msecs % 60000) / 1000);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ConnectionEvent &e = row.event;
    switch (role) {
    case KindRole:
        return int(EventText::kind(e.step));
    case OutcomeRole:
        return e.outcome;
    case StepRole:
        return e.step;
    case SearchTextRole:
        return QStringList {row.title, e.step, EventText::outcome(e.outcome), e.detail,
            e.httpStatus > 0 ? QString::number(e.httpStatus) : QString()}
            .join(QLatin1Char('\n'));
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.at);
        case EventColumn:
            return row.title;
        case OutcomeColumn: {
            // A mark beside the word, never the mark (or a colour) alone.
            const QString word = EventText::outcome(e.outcome);
            if (e.outcome == QLatin1String("ok"))
                return QStringLiteral("✓ ") + word;
            if (e.outcome == QLatin1String("error"))
                return QStringLiteral("✗ ") + word;
            if (e.outcome == QLatin1String("warning"))
                return QStringLiteral("⚠ ") + word;
            return word;
        }
        case AfterColumn:
            return row.after >= 0 ? QStringLiteral("+") + spanText(row.after) : QString();
        case HttpColumn:
            return e.httpStatus > 0 ? QString::number(e.httpStatus) : QString();
        case DetailColumn:
            return e.detail;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == DetailColumn)
            return e.detail;
        if (index.column() == EventColumn)
            return tr("%1 · step \"%2\"").arg(EventText::kindName(EventText::kind(e.step)), e.step);
        if (index.column() == AfterColumn && row.after >= 0)
            return tr("Time since the event before it");
    }
    if (role == Qt::ForegroundRole && index.column() == HttpColumn && e.httpStatus >= 400) {
        // HTTP errors in the status colours (words are the number itself); the palette decides light or dark.
        const QPalette palette;
        return StatusStyle::background(
            e.httpStatus >= 500 ? ConnectionStatus::Error : ConnectionStatus::NeedsReauthorization, palette);
    }
    if (role == Qt::FontRole && e.outcome == QLatin1String("error")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == AfterColumn || index.column() == HttpColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("What happened");
    case OutcomeColumn:
        return tr("Outcome");
    case AfterColumn:
        return tr("After");
    case HttpColumn:
        return tr("HTTP");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QString TimelineModel::rowText(int row) const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << index(row, column).data().toString();
    return cells.join(QLatin1Char('\t'));
}

QString TimelineModel::headerText() const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << headerData(column, Qt::Horizontal).toString();
    return cells.join(QLatin1Char('\t'));
}

} // namespace keyway
