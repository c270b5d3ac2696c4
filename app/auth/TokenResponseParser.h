#pragma once

#include "auth/ProviderConfig.h"
#include "auth/TokenSet.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace keyway {

// Reads a token endpoint's answer (RFC 6749 §5.1 success, §5.2 error) into a TokenSet, following the
// connection's token response paths. A pure function of its inputs (fuzzable): no network; no secret value
// ever reaches a log line, a warning or an error text.
//
// Decisions (documented because providers differ):
//  - Format: the body's content decides (JSON object or form data), see ResponseBody.
//  - Errors: an "error" member means failure whatever the HTTP status (some providers answer errors with 200);
//    a non-2xx status without one is an error too. Any 5xx gives "server_error" so callers can retry.
//  - expires_in: a number or a numeric string. Zero, negative, non-numeric or absurd (over 10 years) values do
//    not fail the exchange - the token itself is fine - but make the expiry unknown (invalid expiresAt) with a
//    warning; an unknown expiry is refreshed on the first 401 instead of ahead of time.
//  - expires_at (only where the integration names a path for it, and only when expires_in gave no lifetime): an
//    ISO 8601 date-time with an offset, or seconds since 1970. A time without an offset, already past or more
//    than 10 years away makes the expiry unknown with a warning, as a bad expires_in does.
//  - token_type: "bearer" in any case becomes "Bearer"; other values (e.g. "N_A") are kept with a warning;
//    absent leaves tokenType empty (treated as Bearer by callers).
//  - scope: space- or comma-separated string, or an array of strings. When absent, grantedScopes are the
//    requested config.scopes and scopeReturned is false (RFC 6749 §5.1).
//  - access_token / refresh_token must be visible ASCII (RFC 6749 Appendix A.12/A.17): anything else could not be
//    sent back safely in a header or form, so the answer is refused.
class TokenResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponseParser)

public:
    static constexpr qint64 kMaxLifetimeSeconds = 10LL * 366 * 24 * 3600;

    // Error codes: the provider's OAuth code, "server_error", "http_error", "unexpected_redirect",
    // "response_too_large", "empty_response", "html_response", "invalid_response", "invalid_token_response".
    // Non-fatal oddities are appended to *warnings (never containing values of secrets).
    static Result<TokenSet> parse(int httpStatus, const QByteArray &contentType, const QByteArray &body,
        const ProviderConfig &config, const QDateTime &now, QStringList *warnings = nullptr);
};

} // namespace keyway
