#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionsView;
}

class QMenu;
class QTableView;

namespace keyway {

class ConnectionFilterModel;
class ConnectionListModel;
class ConnectionService;

// The home view once any connection exists: every connection with its account, integration, status (coloured
// and worded), access token expiry and last request, sortable and filtered by words and by state, with a
// Reconnect button on each one that needs the user. It reads the window's one ConnectionListModel; nothing here
// loads connections itself.
class ConnectionsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsView)
public:
    ConnectionsView(ConnectionService &service, ConnectionListModel &connections, QWidget *parent = nullptr);
    ~ConnectionsView() override;

    QTableView *table() const;
    ConnectionFilterModel *filter() const { return m_filter; }
    // The connection selected in the table (empty: none).
    QString currentConnectionId() const;
    // The context menu of a row, as right-click shows it (for tests and the keyboard's menu key).
    QMenu *menuFor(const QString &connectionId);
    void focusFilter();

signals:
    void openRequested(const QString &connectionId);
    void reconnectRequested(const QString &connectionId);
    void disconnectRequested(const QString &connectionId);
    void connectRequested();
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void scheduleSummary();
    void openCurrent();

    std::unique_ptr<Ui::ConnectionsView> m_ui;
    ConnectionService &m_service;
    ConnectionListModel &m_connections;
    ConnectionFilterModel *m_filter;
    bool m_summaryPending = false;
};

} // namespace keyway
