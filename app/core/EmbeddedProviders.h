#pragma once

#include "common/Error.h"

#include "http/OriginTrust.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace keyway {

struct Integration;

// Providers built into the application (the Keyway Sandbox) are started on demand: an integration file names one
// with "embedded_provider", and the core asks this registry to make sure it runs before connecting or using such a
// connection. The application registers the starters (the core does not link them), so the core stays unaware of
// what a given embedded provider is.
namespace EmbeddedProviders {
using Starter = std::function<Error()>;
void add(const QString &name, Starter starter);
// A null Error when `name` is empty or its provider runs (or was started now).
Error ensureRunning(const QString &name);
// Called by ensureRunning() before an embedded provider is used: ConnectionService pins its origins there
// (trustCatalogue), so the catalogue is read only by commands that use an embedded provider (issue 27).
void setBeforeUse(std::function<void()> hook);

// The self-signed TLS certificate an embedded provider serves https with (the sandbox's mutual-TLS listener).
// Keyway trusts it only for the https origins that built-in catalogue entries naming that provider give
// (trustedOrigins(), pinned by trustCatalogue()), never for any other origin and never by ignoring a TLS error.
void setTrustAnchors(const QString &name, OriginTrust::Anchors anchors);
// The https loopback origins of a built-in entry with "embedded_provider" (its endpoints, mtls_endpoint_aliases,
// API and whoami URLs); nothing for a custom file or an entry without an embedded provider.
QList<QUrl> trustedOrigins(const Integration &integration);
// Pins trustedOrigins() of each entry to its provider's anchors (asked for at each request, so a certificate
// made later counts; none registered: nothing is trusted there).
void trustCatalogue(const QList<Integration> &integrations);
} // namespace EmbeddedProviders

} // namespace keyway
