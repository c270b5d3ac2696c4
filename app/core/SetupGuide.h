#pragma once

#include "catalog/Integration.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace keyway {

// Everything a user needs to set up the app at the provider before connecting, in one place for
// `keyway integrations show` and the window: the console, the exact redirect URI to register (from the
// integration's redirect facts through ConnectionPlanner::redirectTarget, so it is always where Keyway will
// listen), the client type to choose, the default scopes, and the setup steps with every placeholder filled.
struct SetupGuide
{
    QString integrationId;
    QString name;
    QString consoleUrl;
    QString docs;
    bool browserSignIn = false; // the integration has the authorization code mode

    // Authorization code only. redirectUri is empty when the provider accepts no desktop redirect; then
    // redirectProblem says so and what works instead.
    QString redirectUri;
    QString redirectMatching; // "any_port", "exact", "private_use_scheme" or "none"
    QString redirectNote;
    QString redirectProblem;

    QStringList clientTypes; // "public" (no secret, PKCE) and/or "confidential" (a secret or key)
    QString clientTypeAdvice;
    QString publicClientId; // a client the provider publishes for everyone
    QStringList scopes;
    QStringList steps; // {{redirect_uri}} and known {{variables}} filled in
    QString notes;

    // `values`: template variables the user already knows (subdomain, tenant...); `redirectUri`: an exact
    // redirect URI the user chose instead of the integration's (must parse, see RedirectTarget::parse).
    static SetupGuide build(const Integration &integration, const QVariantMap &values = {}, const QString &redirectUri = {});

    // For `keyway integrations show --json`: redirect_uri is a top-level string (null when there is none).
    QJsonObject toJson() const;
    // For `keyway integrations show`: plain lines.
    QString toText() const;
};

} // namespace keyway
