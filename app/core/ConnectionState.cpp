#include "core/ConnectionState.h"

#include <QCoreApplication>

namespace keyway::ConnectionState {

ConnectionStatus next(ConnectionStatus current, Event event)
{
    using S = ConnectionStatus;
    switch (event) {
    case Event::Authorized:
        return S::Connected;
    case Event::Revoked:
        return S::Revoked;
    case Event::GrantRejected:
        return current == S::Revoked ? S::Revoked : S::NeedsReauthorization;
    case Event::Refreshed:
        return (current == S::NeedsReauthorization || current == S::Revoked) ? current : S::Connected;
    case Event::TransientFailure:
        return (current == S::NeedsReauthorization || current == S::Revoked || current == S::Pending) ? current : S::Error;
    case Event::ExpiringUnrefreshable:
        return current == S::Connected ? S::Expiring : current;
    }
    return current;
}

QString describe(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Pending: return QCoreApplication::translate("ConnectionState", "Connecting");
    case ConnectionStatus::Connected: return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionStatus::Expiring: return QCoreApplication::translate("ConnectionState", "Expiring soon");
    case ConnectionStatus::NeedsReauthorization: return QCoreApplication::translate("ConnectionState", "Needs re-authorization");
    case ConnectionStatus::Revoked: return QCoreApplication::translate("ConnectionState", "Revoked");
    case ConnectionStatus::Error: return QCoreApplication::translate("ConnectionState", "Error");
    }
    return {};
}

} // namespace keyway::ConnectionState
