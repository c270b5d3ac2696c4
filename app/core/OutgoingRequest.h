#pragma once

#include "common/Result.h"
#include "core/ApiRequest.h"

#include <QNetworkRequest>

namespace keyway {

struct ConnectionSettings;

// The one request builder: what ApiClient puts on the wire for an ApiRequest, and what "Copy as cURL" shows.
// Resolves a relative URL against the connection's API base URL, checks it (UrlPolicy), decides whether the
// credential may go there (RFC 6750 §5.3: only the connection's own origins, or an origin the user allowed for
// this request), places it with CredentialApplier (the integration's headers, same-name replacement, query
// percent-encoding) and adds Keyway's User-Agent. Pure: no network, no keychain.
struct OutgoingRequest
{
    QByteArray method;
    QUrl url; // as sent (FullyEncoded on the wire), the credential in it when placed in the query
    HeaderList headers; // as sent, in order
    QByteArray body;
    QUrl maskedUrl; // the same with the credential masked, for display and history
    HeaderList maskedHeaders;
    bool ownOrigin = false; // one of the connection's origins: a 401 from it may lead to a refresh
    bool withCredential = false; // false when sent to another origin without the credential
    // It carries a DPoP proof (RFC 9449 §4, DpopBinding): good for this one request, shortly, and never again (§11.1).
    bool singleUseProof = false;

    // `credential` is CredentialApplier::credentialValue() of the connection's secrets (or a placeholder when
    // only the masked form is wanted). Errors: "bad_url", UrlPolicy's, "foreign_origin".
    static Result<OutgoingRequest> build(
        const ApiRequest &request, const ConnectionSettings &settings, const QByteArray &credential);

    QNetworkRequest toNetworkRequest() const;
    // What stands in for the credential when only the masked form is wanted.
    static QByteArray placeholder() { return QByteArrayLiteral("********"); }
};

} // namespace keyway
