#include "store/ConnectionRecord.h"

namespace keyway {

QString statusToString(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Pending: return QStringLiteral("pending");
    case ConnectionStatus::Connected: return QStringLiteral("connected");
    case ConnectionStatus::Expiring: return QStringLiteral("expiring");
    case ConnectionStatus::NeedsReauthorization: return QStringLiteral("needs_reauthorization");
    case ConnectionStatus::Revoked: return QStringLiteral("revoked");
    case ConnectionStatus::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

ConnectionStatus statusFromString(const QString &text)
{
    static const QList<ConnectionStatus> all = {ConnectionStatus::Pending, ConnectionStatus::Connected, ConnectionStatus::Expiring,
                                                ConnectionStatus::NeedsReauthorization, ConnectionStatus::Revoked, ConnectionStatus::Error};
    for (ConnectionStatus s : all)
        if (statusToString(s) == text)
            return s;
    return ConnectionStatus::Error;
}

} // namespace keyway
