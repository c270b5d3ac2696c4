#pragma once

#include <QString>

namespace keyway {

// The words for a connection's recorded events (ConnectionEvent: step, outcome), so a timeline reads as sentences
// instead of step ids: "Renewal failed", not "refresh ✗ error". The step ids are the core's own (the flows, the
// refresh coordinator, the API client and the service record them); this is the one table that names them.
namespace EventText {

// What an event is about, for filtering a timeline.
enum class Kind {
    SignIn, // authorization request, browser, redirect, code exchange, device code, discovery, ID token
    Account, // who is connected (userinfo, "who am I")
    Renewal, // refreshing the access token and saving it
    Request, // an API request's effect on the connection (401 → renewal)
    Check, // start-up check, introspection
    Revocation, // revoke, disconnect
    Other, // anything else (recovered from the keychain, new steps)
};

Kind kind(const QString &step);
QString kindName(Kind kind);
// "Access token renewed", "Renewal failed", "Renewal started": the step in words, as its outcome makes it.
QString title(const QString &step, const QString &outcome);
// "succeeded", "failed", "note", "warning".
QString outcome(const QString &outcome);

} // namespace EventText

} // namespace keyway
