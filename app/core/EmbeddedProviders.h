#pragma once

#include "common/Error.h"

#include <QString>

#include <functional>

namespace keyway {

// Providers built into the application (the Keyway Sandbox) are started on demand: an integration file names one
// with "embedded_provider", and the core asks this registry to make sure it runs before connecting or using such a
// connection. The application registers the starters (the core does not link them), so the core stays unaware of
// what a given embedded provider is.
namespace EmbeddedProviders {
using Starter = std::function<Error()>;
void add(const QString &name, Starter starter);
// A null Error when `name` is empty or its provider runs (or was started now).
Error ensureRunning(const QString &name);
} // namespace EmbeddedProviders

} // namespace keyway
