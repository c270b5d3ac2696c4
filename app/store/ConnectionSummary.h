#pragma once

#include "store/ConnectionRecord.h"

#include <QDateTime>
#include <QString>

namespace keyway {

// What a list of connections shows of each one (the window's sidebar counts, its connections view and status bar):
// read for all of them with one query of only these columns (ConnectionRepository::summaries), so a list of
// thousands never parses settings, scopes or events. Those are read when a connection is opened (its record).
struct ConnectionSummary
{
    QString id;
    QString integrationId;
    QString name;
    QString accountLabel;
    ConnectionStatus status = ConnectionStatus::Pending;
    QString statusDetail;
    QDateTime expiresAt; // access token expiry; invalid when unknown or never
    QDateTime updatedAt;

    bool operator==(const ConnectionSummary &o) const
    {
        return id == o.id && integrationId == o.integrationId && name == o.name && accountLabel == o.accountLabel
            && status == o.status && statusDetail == o.statusDetail && expiresAt == o.expiresAt && updatedAt == o.updatedAt;
    }
    bool operator!=(const ConnectionSummary &o) const { return !(*this == o); }
};

} // namespace keyway
