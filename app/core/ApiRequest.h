#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request made with a connection's credential (request console, `keyway request`).
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url; // absolute, or relative to the integration's API base URL
    HeaderList headers;
    QByteArray body;
    qint64 maxBodyBytes = 256LL * 1024 * 1024; // larger answers are cut off (and said so)
    bool keepHistory = true; // false for checks Keyway makes on its own (ConnectionService::check)
    // The credential goes only to the connection's own origins (CredentialOrigins). For any other origin the
    // request is refused (error "foreign_origin") unless the user allowed that origin for this request
    // (`keyway request --allow-origin`, the console's question), or chose to send it without the credential.
    QStringList allowedOrigins;
    bool withoutCredentialElsewhere = false;
};

struct ApiResponse
{
    int status = 0; // 0 when no HTTP answer arrived (see error)
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    bool truncated = false;
    qint64 elapsedUs = 0; // microseconds: a loopback answer takes less than 1 ms
    bool refreshedAndRetried = false; // a 401 led to one refresh and one retry
    bool credentialSent = false; // false when sent to a foreign origin without the credential
    QUrl finalUrl;
    HeaderList sentHeaders; // as sent, credentials masked, for display
    Error error; // transport failure, the credential could not be obtained, or insufficient_scope
    QStringList missingScopes; // RFC 6750 §3: the scope an insufficient_scope challenge named
};

} // namespace keyway
