#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace keyway {

// Decides whether Keyway may send a request (with credentials) to a URL. Checked before every outgoing
// request of app/auth.
//  - https: always allowed (TLS errors are never ignored elsewhere).
//  - http: only to loopback hosts (127.0.0.0/8, ::1, "localhost"), RFC 6749 §3.1/§3.2 and RFC 9700 require
//    TLS for every endpoint; allowInsecureHttp (an integration's explicit "allow_insecure_http", the user's
//    opt-in per integration) lifts this for a test or lab server on another host.
//  - any other scheme, credentials in the URL ("user:pass@") or an empty host: refused.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // A null Error when the URL may be used. Codes: "invalid_url", "insecure_url".
    static Error check(const QUrl &url, bool allowInsecureHttp);
};

} // namespace keyway
