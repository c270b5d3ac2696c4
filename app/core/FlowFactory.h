#pragma once

#include "core/ConnectRequest.h"
#include "core/ConnectionSettings.h"
#include "jose/ClockLeeway.h"

class QNetworkAccessManager;
class QObject;

namespace keyway {

class Flow;
class JwksCache;
class RefreshCoordinator;
struct ConnectionPlan;

// Maps an auth mode to the Flow that obtains its tokens, and each renewable mode to how it renews. The only
// place that switches on the mode; providers never appear here (their differences are in the plan).
namespace FlowFactory {

struct Environment
{
    QString browserCommand;
    int callbackTimeoutSeconds = 300;
    int clockSkewSeconds = ClockLeeway::kDefaultSeconds;
    QNetworkAccessManager *network = nullptr;
    JwksCache *jwks = nullptr;
};

// jwt_bearer's "sub" (domain-wide delegation) is not a template value, but it is kept with them in
// ConnectionSettings::variables under this name (not a valid template name, so it never collides with one)
// until ConnectionSettings has a member of its own.
inline constexpr const char *kJwtSubjectSetting = "jwt_bearer.subject";
QString jwtSubject(const ConnectionSettings &settings);

// Modes whose credential the user enters (API key, Basic, pasted token): no flow runs for them.
bool isEnteredByHand(const ConnectionPlan &plan);
// The flow for the plan's mode; nullptr when the mode is entered by hand or not supported.
Flow *create(const ConnectionPlan &plan, const ConnectRequest &request, const Environment &environment, QObject *parent);
void registerRenewers(RefreshCoordinator &coordinator);

} // namespace FlowFactory

} // namespace keyway
