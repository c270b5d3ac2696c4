#pragma once

#include "core/ConnectRequest.h"

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
    int clockSkewSeconds = 60;
    QNetworkAccessManager *network = nullptr;
    JwksCache *jwks = nullptr;
};

// Modes whose credential the user enters (API key, Basic, pasted token): no flow runs for them.
bool isEnteredByHand(const ConnectionPlan &plan);
// The flow for the plan's mode; nullptr when the mode is entered by hand or not supported.
Flow *create(const ConnectionPlan &plan, const ConnectRequest &request, const Environment &environment, QObject *parent);
void registerRenewers(RefreshCoordinator &coordinator);

} // namespace FlowFactory

} // namespace keyway
