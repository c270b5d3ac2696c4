#pragma once

#include "core/ApiRequest.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"

#include <QNetworkRequest>

namespace keyway {

// Puts a connection's credential on an outgoing API request, the way its integration declares:
// Authorization header with a scheme (RFC 6750 §2.1 Bearer, RFC 7617 Basic, "Token", ...), a custom header, or a
// query parameter (RFC 6750 §2.3 style, for APIs that want it). Also returns the masked form for display.
namespace CredentialApplier {

struct Applied
{
    QUrl url;
    HeaderList headers; // the request's headers plus the credential
    HeaderList maskedHeaders; // the same with the credential masked
    QUrl maskedUrl;
};

// The credential value for a connection: access token, API key, or Basic user:password.
QByteArray credentialValue(const ConnectionSettings &settings, const StoredCredentials &credentials);
Applied apply(
    const ApiRequest &request, const QUrl &resolvedUrl, const ConnectionSettings &settings, const StoredCredentials &credentials);
// The same with the credential value given (credentialValue(), or a placeholder for a masked preview).
Applied apply(
    const ApiRequest &request, const QUrl &resolvedUrl, const ConnectionSettings &settings, const QByteArray &credential);
QByteArray mask(const QByteArray &secret);
// The header value that carries `credential` (already Base64 for Basic): the scheme and a space before it
// ("Bearer KEY"), and with an auth-param "Token token=KEY" (RFC 9110 §11.2, quoted when KEY is not a token);
// the credential alone without a scheme. The one rule for requests, history and Copy as cURL.
QByteArray headerValue(const QString &scheme, const QString &param, const QByteArray &credential);

} // namespace CredentialApplier

} // namespace keyway
