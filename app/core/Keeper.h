#pragma once

#include "common/Error.h"
#include "core/KeeperReport.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace keyway {

class ConnectionService;
struct ConnectionRecord;

// Keeps grants alive while nobody uses them (issue 23): providers end refresh tokens left unused too long (Microsoft
// after 90 days, Xero after 60, Box after 60), and some end every grant at an age (QuickBooks after five years). One
// pass (`keyway keep-alive`, its systemd timer, the window left running) looks at every live connection with a
// refresh token (RefreshTokenLifetime) and
//  - renews the ones whose refresh token would lapse unused within the margin, through ConnectionService::refresh,
//    so RefreshCoordinator's rules hold: one renewal per connection across every Keyway process, the stored tokens
//    read again under the connection's lock, a rotated refresh token never spent twice (RFC 9700 §4.14.2);
//  - asks the provider once about a grant past its documented absolute lifetime (a renewal: invalid_grant settles it
//    as needing re-authorization, RFC 6749 §5.2) rather than declaring it dead on the catalogue's word;
//  - warns about grants reaching their absolute lifetime within the warning window: only the user can renew those.
// Connections are taken one at a time, in the database's order.
class Keeper : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keeper)
public:
    struct Options
    {
        // Renew a refresh token this long before it would lapse unused (at most half its idle lifetime, so a short
        // one is not renewed at every pass). Three days: a daily timer that missed two runs still comes in time.
        qint64 marginSeconds = 3 * 24 * 3600;
        // Warn this long before a grant's absolute end (at most half its lifetime).
        qint64 warnSeconds = 14 * 24 * 3600;
    };
    enum class Step {
        Nothing, // nothing to do now
        Renew, // the refresh token would lapse unused within the margin
        Confirm, // past the grant's documented end: ask the provider with a renewal
    };
    using Done = std::function<void(const QList<KeeperReport> &reports)>;

    explicit Keeper(ConnectionService &service, QObject *parent = nullptr);

    // One pass over every live connection; `done` gets one report per connection that has a refresh token mode.
    void run(const Options &options, Done done);
    bool isRunning() const { return m_running; }

    // What a pass does for a refresh token with this lifetime at `now`.
    static Step step(const RefreshTokenLifetime &lifetime, const QDateTime &now, const Options &options);
    // Whether the grant's absolute end is within the warning window (and not past).
    static bool endsSoon(const RefreshTokenLifetime &lifetime, const QDateTime &now, const Options &options);

signals:
    void reported(const KeeperReport &report);

private:
    void next();
    void renewed(const QString &id, Step step, const Error &error);
    void finishOne(KeeperReport report);
    KeeperReport reportFor(const ConnectionRecord &record) const;

    ConnectionService &m_service;
    Options m_options;
    Done m_done;
    QStringList m_queue;
    QList<KeeperReport> m_reports;
    bool m_running = false;
};

} // namespace keyway
