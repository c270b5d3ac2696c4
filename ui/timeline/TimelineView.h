#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TimelineView;
}

class QMenu;

namespace keyway {

class ConnectionService;
class TimelineFilterModel;
class TimelineModel;

// The flow timeline of one connection, for support staff: events in words with milliseconds and the UTC offset,
// the time between them and retry attempts; filtered by kind, outcome and words; a row or everything shown copied
// as text (buttons, Ctrl+C, right-click menu). Export opens the diagnostic bundle's preview (exportRequested).
class TimelineView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    explicit TimelineView(ConnectionService &service, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setConnection(const QString &connectionId);
    TimelineModel *model() const { return m_model; }
    TimelineFilterModel *filter() const { return m_filter; }
    // The text "Copy row" and "Copy all" put on the clipboard.
    QString selectedRowText() const;
    QString shownText() const;
    // The right-click menu, as it pops up over the events.
    QMenu *contextMenu();

public slots:
    void copySelectedRow();
    void copyAll();

signals:
    void exportRequested();
    void message(const QString &text);

private:
    void updateSummary();

    std::unique_ptr<Ui::TimelineView> m_ui;
    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
};

} // namespace keyway
