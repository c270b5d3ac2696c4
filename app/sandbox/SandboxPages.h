#pragma once

// The HTML the Keyway Sandbox shows in the browser: the sign-in and consent page of the authorization endpoint,
// the device flow's code entry, confirmation and result pages, error pages and the home page. Every value that
// comes from a request is HTML-escaped exactly once here; the pages have no script (HttpResponse::html's CSP
// forbids it) and post their forms to the sandbox's own origin.
//
// Form field names and ids follow oidc-provider's development pages (hidden "prompt" = "login", the account in
// "login", a cancel link ending in /abort, the device forms "op.deviceInputForm" and "op.deviceConfirmForm",
// the title "Sign-in Success"), so the scripted users in tests/peers (browser.mjs, device.mjs) drive the
// sandbox exactly as they drive that provider, and Keyway's flow tests run unchanged against both.

#include <QString>
#include <QStringList>

namespace keyway {

class SandboxPages
{
public:
    struct Consent
    {
        QString action; // where the form posts: "/authorize" or "/device/approve"
        QString requestId;
        QString csrf;
        QString clientId;
        QStringList scopes; // requested; "openid" is always granted, the others are check boxes
        QString login; // account name to prefill (login_hint or what was typed)
        QString error; // shown above the form when the last attempt was refused
        QString abortUrl; // the "Cancel" link (relative), empty for none
        QString userCode; // device flow: the code being approved, shown for reference
    };

    static QString consent(const Consent &page);
    static QString deviceInput(const QString &message = {}, const QString &prefill = {});
    static QString deviceConfirm(const QString &requestId, const QString &csrf, const QString &clientId, const QString &userCode,
        const QStringList &scopes);
    static QString deviceDone(bool approved);
    static QString error(const QString &title, const QString &message, const QString &detail = {});
    static QString home(const QString &issuer);

    // What granting a scope means, in words for the consent page; empty for scopes the sandbox does not know.
    static QString scopeDescription(const QString &scope);
};

} // namespace keyway
