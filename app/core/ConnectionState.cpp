#include "core/ConnectionState.h"

#include <QCoreApplication>

namespace keyway::ConnectionState {

const QList<Transition> &transitions()
{
    using S = ConnectionStatus;
    static const QList<Transition> table = {
        {{}, Event::Authorized, S::Connected},
        {{S::Pending, S::Connected, S::Expiring, S::Warning, S::Error}, Event::Refreshed, S::Connected},
        {{S::Pending, S::Connected, S::Expiring, S::Warning, S::Error}, Event::Verified, S::Connected},
        {{S::Connected, S::Warning}, Event::ExpiringUnrefreshable, S::Expiring},
        {{S::Connected, S::Expiring, S::Warning}, Event::TransientFailure, S::Warning},
        {{S::Pending, S::Connected, S::Expiring, S::Warning}, Event::Failed, S::Error},
        {{S::Pending, S::Connected, S::Expiring, S::Warning, S::Error, S::NeedsReauthorization}, Event::GrantRejected,
            S::NeedsReauthorization},
        {{S::Pending, S::Connected, S::Expiring, S::Warning, S::Error, S::NeedsReauthorization}, Event::CredentialsLost,
            S::NeedsReauthorization},
        {{}, Event::Revoked, S::Revoked},
    };
    return table;
}

ConnectionStatus next(ConnectionStatus current, Event event)
{
    for (const Transition &t : transitions()) {
        if (t.event == event && (t.from.isEmpty() || t.from.contains(current)))
            return t.to;
    }
    return current;
}

Event failureEvent(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("invalid_grant") || code == QLatin1String("no_refresh_token"))
        return Event::GrantRejected;
    // SecretStore: the keychain answered, and it holds nothing for the connection.
    if (code == QLatin1String("not_found"))
        return Event::CredentialsLost;
    // RFC 6749 §5.2: the provider refuses the client or the request itself; retrying the same request cannot help.
    static const QStringList refusals = {QStringLiteral("invalid_client"), QStringLiteral("unauthorized_client"),
        QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_scope"), QStringLiteral("invalid_request"),
        QStringLiteral("invalid_url"), QStringLiteral("insecure_url"), QStringLiteral("keychain_corrupt")};
    if (refusals.contains(code))
        return Event::Failed;
    return Event::TransientFailure;
}

bool needsUser(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NeedsReauthorization:
    case ConnectionStatus::Error:
        return true;
    case ConnectionStatus::Pending:
    case ConnectionStatus::Connected:
    case ConnectionStatus::Expiring:
    case ConnectionStatus::Warning:
    case ConnectionStatus::Revoked:
        return false;
    }
    return false;
}

int urgency(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Revoked:
        return 0;
    case ConnectionStatus::Connected:
        return 1;
    case ConnectionStatus::Pending:
        return 2;
    case ConnectionStatus::Expiring:
        return 3;
    case ConnectionStatus::Warning:
        return 4;
    case ConnectionStatus::Error:
        return 5;
    case ConnectionStatus::NeedsReauthorization:
        return 6;
    }
    return 0;
}

QString describe(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Pending:
        return QCoreApplication::translate("ConnectionState", "Connecting");
    case ConnectionStatus::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionStatus::Expiring:
        return QCoreApplication::translate("ConnectionState", "Expiring soon");
    case ConnectionStatus::NeedsReauthorization:
        return QCoreApplication::translate("ConnectionState", "Needs re-authorization");
    case ConnectionStatus::Revoked:
        return QCoreApplication::translate("ConnectionState", "Revoked");
    case ConnectionStatus::Warning:
        return QCoreApplication::translate("ConnectionState", "Temporary problem");
    case ConnectionStatus::Error:
        return QCoreApplication::translate("ConnectionState", "Error");
    }
    return {};
}

} // namespace keyway::ConnectionState
