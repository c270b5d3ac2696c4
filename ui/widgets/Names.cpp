#include "widgets/Names.h"

#include <QCoreApplication>

namespace keyway::Names {

namespace {
// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Names)
};
} // namespace

QString category(const QString &category)
{
    static const struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {"crm", QT_TRANSLATE_NOOP("Names", "CRM")},
        {"accounting", QT_TRANSLATE_NOOP("Names", "Accounting")},
        {"hr", QT_TRANSLATE_NOOP("Names", "HR")},
        {"ticketing", QT_TRANSLATE_NOOP("Names", "Ticketing")},
        {"messaging", QT_TRANSLATE_NOOP("Names", "Messaging")},
        {"calendar-email", QT_TRANSLATE_NOOP("Names", "Calendar and email")},
        {"file-storage", QT_TRANSLATE_NOOP("Names", "File storage")},
        {"developer-tools", QT_TRANSLATE_NOOP("Names", "Developer tools")},
        {"marketing", QT_TRANSLATE_NOOP("Names", "Marketing")},
        {"payments", QT_TRANSLATE_NOOP("Names", "Payments")},
        {"identity", QT_TRANSLATE_NOOP("Names", "Identity")},
        {"productivity", QT_TRANSLATE_NOOP("Names", "Productivity")},
        {"commerce", QT_TRANSLATE_NOOP("Names", "Commerce")},
        {"analytics", QT_TRANSLATE_NOOP("Names", "Analytics and data")},
        {"cloud", QT_TRANSLATE_NOOP("Names", "Cloud and infrastructure")},
        {"social-ads", QT_TRANSLATE_NOOP("Names", "Social and advertising")},
        {"generic", QT_TRANSLATE_NOOP("Names", "Generic")},
        {"sandbox", QT_TRANSLATE_NOOP("Names", "Sandbox")},
    };
    for (const auto &n : names) {
        if (category == QLatin1String(n.id))
            return Tr::tr(n.name);
    }
    return category;
}

QString authMode(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
        return Tr::tr("Sign in with the browser (OAuth 2.0 authorization code)");
    case AuthMode::ClientCredentials:
        return Tr::tr("Client credentials (OAuth 2.0, no user)");
    case AuthMode::JwtBearer:
        return Tr::tr("Service account (JWT bearer grant)");
    case AuthMode::DeviceCode:
        return Tr::tr("Device code (sign in on another device)");
    case AuthMode::ApiKey:
        return Tr::tr("API key");
    case AuthMode::Basic:
        return Tr::tr("User name and password (HTTP Basic)");
    case AuthMode::BearerToken:
        return Tr::tr("Paste a bearer token");
    }
    return {};
}

QString authModeHint(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
        return Tr::tr(
            "You need a client ID (and usually a secret) from the provider's developer console. Keyway opens your browser "
            "to sign in.");
    case AuthMode::ClientCredentials:
        return Tr::tr("You need a client ID and secret of an application that may call the API on its own behalf.");
    case AuthMode::JwtBearer:
        return Tr::tr("You need a service account key file or a private key; Keyway signs an assertion with it.");
    case AuthMode::DeviceCode:
        return Tr::tr("You need a client ID. Keyway shows a code to enter on another device.");
    case AuthMode::ApiKey:
        return Tr::tr("You need an API key or personal access token from the provider.");
    case AuthMode::Basic:
        return Tr::tr("You need a user name and a password or API token.");
    case AuthMode::BearerToken:
        return Tr::tr("Paste an access token you already have. Keyway cannot refresh it.");
    }
    return {};
}

} // namespace keyway::Names
