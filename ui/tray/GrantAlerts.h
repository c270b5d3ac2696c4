#pragma once

#include "tray/Notifier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace keyway {

class ConnectionService;
struct KeeperReport;

// Tells the user, through a Notifier, about grants only they can renew (issue 23): at once when a renewal in the
// background met invalid_grant (ConnectionService::needsReauthorization: "Xero needs you to sign in again"), and
// before a grant reaches its provider's absolute lifetime (a keeper's report: "Reconnect Xero before 12 January
// 2027"), once per connection and deadline. Each notice's action asks the window to reconnect in place.
class GrantAlerts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantAlerts)
public:
    // The notifier may end before or after these alerts; once it has ended, nothing more is announced.
    GrantAlerts(ConnectionService &service, Notifier &notifier, QObject *parent = nullptr);

    // A keeper's pass reported this connection (Keeper::reported).
    void report(const KeeperReport &report);

signals:
    void reconnectRequested(const QString &connectionId);

private:
    void grantGone(const QString &connectionId);
    QString nameOf(const QString &connectionId) const;
    void announce(const Notifier::Notice &notice);

    ConnectionService &m_service;
    QPointer<Notifier> m_notifier;
    QHash<QString, QDateTime> m_warned; // connection -> the grant end it was warned about
};

} // namespace keyway
