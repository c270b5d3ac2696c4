#include "core/EventText.h"

#include <QCoreApplication>

namespace keyway::EventText {

namespace {

struct Row
{
    const char *step;
    Kind kind;
    const char *ok; // outcome "ok"
    const char *error; // outcome "error"
    const char *info; // outcome "info" (also "warning" when no own text)
    const char *warning; // outcome "warning"
};

// One row per step the core records. Texts are translated in the "EventText" context.
const Row kRows[] = {
    {"discovery", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Provider metadata read"),
        QT_TRANSLATE_NOOP("EventText", "Provider metadata not read"), QT_TRANSLATE_NOOP("EventText", "Provider metadata"),
        nullptr},
    {"scopes", Kind::SignIn, nullptr, nullptr, QT_TRANSLATE_NOOP("EventText", "Permission not offered"), nullptr},
    {"authorize_url", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Sign-in request prepared"),
        QT_TRANSLATE_NOOP("EventText", "Sign-in request not prepared"), QT_TRANSLATE_NOOP("EventText", "Sign-in request"),
        nullptr},
    {"listener", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Waiting for the browser's redirect"),
        QT_TRANSLATE_NOOP("EventText", "Could not wait for the redirect"), QT_TRANSLATE_NOOP("EventText", "Redirect listener"),
        nullptr},
    {"browser", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Browser opened"),
        QT_TRANSLATE_NOOP("EventText", "Browser did not open"), QT_TRANSLATE_NOOP("EventText", "Browser"), nullptr},
    {"callback", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Browser came back"),
        QT_TRANSLATE_NOOP("EventText", "Redirect refused"), QT_TRANSLATE_NOOP("EventText", "Browser came back"), nullptr},
    {"token_exchange", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Code exchanged for tokens"),
        QT_TRANSLATE_NOOP("EventText", "Code exchange failed"), QT_TRANSLATE_NOOP("EventText", "Code exchange"), nullptr},
    {"token_request", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Token requested"),
        QT_TRANSLATE_NOOP("EventText", "Token request failed"), QT_TRANSLATE_NOOP("EventText", "Token requested"), nullptr},
    {"token", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Token received"),
        QT_TRANSLATE_NOOP("EventText", "Token request failed"), QT_TRANSLATE_NOOP("EventText", "Token request"), nullptr},
    {"assertion", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Assertion signed"),
        QT_TRANSLATE_NOOP("EventText", "Assertion not signed"), QT_TRANSLATE_NOOP("EventText", "Assertion signed"), nullptr},
    {"device_authorization", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Device code received"),
        QT_TRANSLATE_NOOP("EventText", "Device code request failed"), QT_TRANSLATE_NOOP("EventText", "Device code requested"),
        QT_TRANSLATE_NOOP("EventText", "Device code: the provider's answer was unusual")},
    {"device_token", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Device approved, tokens received"),
        QT_TRANSLATE_NOOP("EventText", "Device sign-in failed"), QT_TRANSLATE_NOOP("EventText", "Waiting for approval"),
        QT_TRANSLATE_NOOP("EventText", "Asked to wait longer between checks")},
    {"id_token", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "ID token checked"),
        QT_TRANSLATE_NOOP("EventText", "ID token refused"), QT_TRANSLATE_NOOP("EventText", "ID token"), nullptr},
    {"userinfo", Kind::Account, QT_TRANSLATE_NOOP("EventText", "Account identified"),
        QT_TRANSLATE_NOOP("EventText", "Account not identified"), QT_TRANSLATE_NOOP("EventText", "Account"), nullptr},
    {"whoami", Kind::Account, QT_TRANSLATE_NOOP("EventText", "Account identified"),
        QT_TRANSLATE_NOOP("EventText", "Account not identified"), QT_TRANSLATE_NOOP("EventText", "Account"), nullptr},
    {"connected", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Connected"), QT_TRANSLATE_NOOP("EventText", "Not connected"),
        QT_TRANSLATE_NOOP("EventText", "Connected"), nullptr},
    {"reconnect", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Reconnected"), QT_TRANSLATE_NOOP("EventText", "Reconnect failed"),
        QT_TRANSLATE_NOOP("EventText", "Reconnect"), nullptr},
    {"refresh", Kind::Renewal, QT_TRANSLATE_NOOP("EventText", "Access token renewed"),
        QT_TRANSLATE_NOOP("EventText", "Renewal failed"), QT_TRANSLATE_NOOP("EventText", "Renewal started"), nullptr},
    {"keychain_write", Kind::Renewal, QT_TRANSLATE_NOOP("EventText", "Saved in the keychain"),
        QT_TRANSLATE_NOOP("EventText", "Keychain write failed"), QT_TRANSLATE_NOOP("EventText", "Keychain"), nullptr},
    {"api_401", Kind::Request, QT_TRANSLATE_NOOP("EventText", "API accepted the token"),
        QT_TRANSLATE_NOOP("EventText", "API refused the token"),
        QT_TRANSLATE_NOOP("EventText", "API refused the token (401): renewing"), nullptr},
    // RFC 6750 §3.1: a 403 insufficient_scope names a permission the token lacks; renewing would not help.
    {"api_insufficient_scope", Kind::Request, QT_TRANSLATE_NOOP("EventText", "API request allowed"),
        QT_TRANSLATE_NOOP("EventText", "API refused: a permission is missing"),
        QT_TRANSLATE_NOOP("EventText", "API refused: a permission is missing"), nullptr},
    // RFC 8693: the connection's access token exchanged for a token aimed at another service (not stored).
    {"exchange", Kind::Request, QT_TRANSLATE_NOOP("EventText", "Token exchanged for another service"),
        QT_TRANSLATE_NOOP("EventText", "Token exchange refused"), QT_TRANSLATE_NOOP("EventText", "Token exchange"), nullptr},
    // RFC 8693: an exchanged token kept as a connection of its own (DerivedConnection), said on both connections.
    {"exchange_saved", Kind::Request, QT_TRANSLATE_NOOP("EventText", "Exchanged token saved as a connection"),
        QT_TRANSLATE_NOOP("EventText", "Exchanged token not saved"), QT_TRANSLATE_NOOP("EventText", "Exchanged token saved"),
        nullptr},
    {"derived", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Made from an exchanged token"),
        QT_TRANSLATE_NOOP("EventText", "Not made from the exchanged token"),
        QT_TRANSLATE_NOOP("EventText", "Made from an exchanged token"), nullptr},
    // RFC 9126: the sign-in request was pushed to the provider first; the browser carries only its request_uri.
    {"par", Kind::SignIn, QT_TRANSLATE_NOOP("EventText", "Sign-in request pushed to the provider"),
        QT_TRANSLATE_NOOP("EventText", "Pushing the sign-in request failed"),
        QT_TRANSLATE_NOOP("EventText", "Pushed sign-in request"), nullptr},
    // RFC 9449 §9: the API asked for a DPoP proof with its new nonce; the request is sent once more with it.
    {"api_dpop_nonce", Kind::Request, nullptr, nullptr,
        QT_TRANSLATE_NOOP("EventText", "API asked for a fresh DPoP nonce: sent again"), nullptr},
    // RFC 9700 §2.1.1: a sign-in without PKCE is said every time it happens.
    {"pkce", Kind::SignIn, nullptr, nullptr, QT_TRANSLATE_NOOP("EventText", "PKCE"),
        QT_TRANSLATE_NOOP("EventText", "Signing in without PKCE")},
    // The user allowed another origin to receive the connection's credential.
    {"origin_allowed", Kind::Request, nullptr, nullptr,
        QT_TRANSLATE_NOOP("EventText", "Another address may receive the credential"), nullptr},
    {"check", Kind::Check, QT_TRANSLATE_NOOP("EventText", "Checked: the provider accepts it"),
        QT_TRANSLATE_NOOP("EventText", "Check failed"), QT_TRANSLATE_NOOP("EventText", "Checked"), nullptr},
    {"introspect", Kind::Check, QT_TRANSLATE_NOOP("EventText", "Token introspected"),
        QT_TRANSLATE_NOOP("EventText", "Introspection failed"), QT_TRANSLATE_NOOP("EventText", "Introspection"), nullptr},
    {"revoke", Kind::Revocation, QT_TRANSLATE_NOOP("EventText", "Revoked at the provider"),
        QT_TRANSLATE_NOOP("EventText", "Revocation failed"), QT_TRANSLATE_NOOP("EventText", "Not revoked at the provider"),
        nullptr},
    {"disconnect", Kind::Revocation, QT_TRANSLATE_NOOP("EventText", "Disconnected"),
        QT_TRANSLATE_NOOP("EventText", "Disconnect failed"), QT_TRANSLATE_NOOP("EventText", "Disconnect"), nullptr},
    {"recovered", Kind::Other, QT_TRANSLATE_NOOP("EventText", "Recovered from the keychain"),
        QT_TRANSLATE_NOOP("EventText", "Not recovered"), QT_TRANSLATE_NOOP("EventText", "Recovered from the keychain"), nullptr},
};

const Row *find(const QString &step)
{
    for (const Row &row : kRows) {
        if (step == QLatin1String(row.step))
            return &row;
    }
    return nullptr;
}

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

} // namespace

Kind kind(const QString &step)
{
    const Row *row = find(step);
    return row ? row->kind : Kind::Other;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::SignIn:
        return Tr::tr("Sign-in");
    case Kind::Account:
        return Tr::tr("Account");
    case Kind::Renewal:
        return Tr::tr("Renewal");
    case Kind::Request:
        return Tr::tr("API requests");
    case Kind::Check:
        return Tr::tr("Checks");
    case Kind::Revocation:
        return Tr::tr("Revocation");
    case Kind::Other:
        break;
    }
    return Tr::tr("Other");
}

QString title(const QString &step, const QString &outcome)
{
    const Row *row = find(step);
    if (!row) {
        // A step this table does not know yet: its id in words.
        QString words = step;
        words.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!words.isEmpty())
            words[0] = words.at(0).toUpper();
        return words;
    }
    const char *text = outcome == QLatin1String("ok") ? row->ok
        : outcome == QLatin1String("error")           ? row->error
        : outcome == QLatin1String("warning")         ? (row->warning ? row->warning : row->info)
                                                      : row->info;
    return Tr::tr(text ? text : row->info);
}

QString outcome(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return Tr::tr("succeeded");
    if (outcome == QLatin1String("error"))
        return Tr::tr("failed");
    if (outcome == QLatin1String("warning"))
        return Tr::tr("warning");
    if (outcome == QLatin1String("info"))
        return Tr::tr("note");
    return outcome;
}

} // namespace keyway::EventText
