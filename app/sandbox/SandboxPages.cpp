#include "sandbox/SandboxPages.h"

#include "http/HttpResponse.h"

#include <QCoreApplication>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxPages)
};

QString esc(const QString &text)
{
    return HttpResponse::htmlEscape(text);
}

const char *const kStyle
    = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#eef2f4;color:#1b1f24;margin:0}"
      "main{max-width:30rem;margin:2.5rem auto;background:#fff;padding:1.5rem 2rem;border-radius:12px;"
      "box-shadow:0 1px 4px rgba(0,0,0,.15)}"
      ".brand{color:#0f766e;font-weight:bold;letter-spacing:.02em;margin:0 0 .5rem}"
      "h1{font-size:1.35rem;margin:.2rem 0 1rem}"
      "label{display:block;margin:.4rem 0}"
      "input[type=text]{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #9aa5b1;"
      "border-radius:6px}"
      "fieldset{border:1px solid #d0d7de;border-radius:8px;margin:1rem 0;padding:.5rem 1rem}"
      "code,.code{font-family:ui-monospace,monospace;background:#f1f5f9;padding:0 .25rem;border-radius:4px}"
      ".code{font-size:1.3rem;letter-spacing:.1em}"
      ".buttons{display:flex;gap:.75rem;margin-top:1rem}"
      "button{font-size:1rem;padding:.5rem 1.2rem;border-radius:6px;border:1px solid #0f766e;background:#0f766e;"
      "color:#fff;cursor:pointer}"
      "button.secondary{background:#fff;color:#0f766e}"
      ".hint{color:#57606a;font-size:.9rem}"
      ".red{color:#b42318;background:#fef3f2;padding:.5rem;border-radius:6px}"
      "table{border-collapse:collapse}td{padding:.15rem .6rem .15rem 0;vertical-align:top}";

QString layout(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1</title><style>%2</style></head>\n<body><main>"
                          "<p class=\"brand\">Keyway Sandbox</p>\n%3\n</main></body></html>\n")
        .arg(esc(title), QString::fromLatin1(kStyle), body);
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n").arg(esc(name), esc(value));
}

QString scopeList(const QStringList &scopes)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &scope : scopes) {
        const QString description = SandboxPages::scopeDescription(scope);
        html += QStringLiteral("<li><code>%1</code>%2</li>")
                    .arg(esc(scope), description.isEmpty() ? QString() : QStringLiteral(": ") + esc(description));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString SandboxPages::scopeDescription(const QString &scope)
{
    if (scope == QLatin1String("openid"))
        return Tr::tr("sign you in with your account ID (always granted)");
    if (scope == QLatin1String("profile"))
        return Tr::tr("see your name and user name");
    if (scope == QLatin1String("email"))
        return Tr::tr("see your email address");
    if (scope == QLatin1String("offline_access"))
        return Tr::tr("stay connected while you are away (a refresh token)");
    if (scope == QLatin1String("contacts.read"))
        return Tr::tr("read your contacts");
    if (scope == QLatin1String("contacts.write"))
        return Tr::tr("create contacts");
    if (scope == QLatin1String("calendar.read"))
        return Tr::tr("read your calendar events");
    return {};
}

QString SandboxPages::consent(const Consent &page)
{
    QString body;
    body += QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("Sign in and allow access")));
    body += QStringLiteral("<p>%1</p>\n")
                .arg(Tr::tr("The application <strong>%1</strong> asks to connect to your sandbox account.")
                         .arg(esc(page.clientId)));
    if (!page.userCode.isEmpty())
        body += QStringLiteral("<p>%1 <span class=\"code\">%2</span></p>\n").arg(esc(Tr::tr("Device code:")), esc(page.userCode));
    if (!page.error.isEmpty())
        body += QStringLiteral("<p class=\"red\">%1</p>\n").arg(esc(page.error));

    body += QStringLiteral("<form id=\"consent\" method=\"post\" action=\"%1\">\n").arg(esc(page.action));
    // "prompt" means nothing to the sandbox; it marks the page as a sign-in page for tests/peers/browser.mjs.
    body += hidden(QStringLiteral("prompt"), QStringLiteral("login"));
    body += hidden(QStringLiteral("request"), page.requestId);
    body += hidden(QStringLiteral("csrf"), page.csrf);
    body += QStringLiteral("<label for=\"login\">%1</label>\n").arg(esc(Tr::tr("Account name")));
    body += QStringLiteral("<input id=\"login\" name=\"login\" type=\"text\" value=\"%1\" maxlength=\"64\" required "
                           "autofocus autocomplete=\"username\" spellcheck=\"false\">\n")
                .arg(esc(page.login));
    body += QStringLiteral("<p class=\"hint\">%1</p>\n")
                .arg(esc(Tr::tr("Any name works: the sandbox has no passwords and creates the account as you sign in.")));
    body += QStringLiteral("<fieldset><legend>%1</legend>\n").arg(esc(Tr::tr("Allow it to")));
    for (const QString &scope : page.scopes) {
        const QString description = scopeDescription(scope);
        const QString text = description.isEmpty() ? QString() : QStringLiteral(": ") + esc(description);
        if (scope == QLatin1String("openid")) {
            body += hidden(QStringLiteral("scope"), scope);
            body += QStringLiteral("<label>&#10003; <code>%1</code>%2</label>\n").arg(esc(scope), text);
        } else {
            body += QStringLiteral("<label><input type=\"checkbox\" name=\"scope\" value=\"%1\" checked> "
                                   "<code>%1</code>%2</label>\n")
                        .arg(esc(scope), text);
        }
    }
    if (page.scopes.isEmpty())
        body += QStringLiteral("<p class=\"hint\">%1</p>\n").arg(esc(Tr::tr("No scopes were requested.")));
    body += QStringLiteral("</fieldset>\n");
    // Approve is the first button, so pressing Enter in the name field approves; Deny adds "deny" to the form.
    body += QStringLiteral("<div class=\"buttons\"><button type=\"submit\">%1</button>"
                           "<button type=\"submit\" class=\"secondary\" name=\"deny\" value=\"yes\" formnovalidate>%2"
                           "</button></div>\n</form>\n")
                .arg(esc(Tr::tr("Approve")), esc(Tr::tr("Deny")));
    if (!page.abortUrl.isEmpty())
        body += QStringLiteral("<p class=\"hint\"><a href=\"%1\">%2</a></p>\n")
                    .arg(esc(page.abortUrl), esc(Tr::tr("Cancel and return to the application")));
    return layout(Tr::tr("Sign in to Keyway Sandbox"), body);
}

QString SandboxPages::deviceInput(const QString &message, const QString &prefill)
{
    QString body = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                       .arg(esc(Tr::tr("Connect a device")), esc(Tr::tr("Enter the code your device or application shows.")));
    if (!message.isEmpty())
        body += QStringLiteral("<p class=\"red\">%1</p>\n").arg(esc(message));
    body += QStringLiteral("<form id=\"op.deviceInputForm\" method=\"post\" action=\"/device/verify\">\n"
                           "<label for=\"user_code\">%1</label>\n"
                           "<input id=\"user_code\" name=\"user_code\" type=\"text\" value=\"%2\" maxlength=\"20\" "
                           "required autofocus autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" "
                           "placeholder=\"XXXX-XXXX\">\n"
                           "<div class=\"buttons\"><button type=\"submit\">%3</button></div>\n</form>\n")
                .arg(esc(Tr::tr("Code")), esc(prefill), esc(Tr::tr("Continue")));
    return layout(Tr::tr("Connect a device to Keyway Sandbox"), body);
}

QString SandboxPages::deviceConfirm(
    const QString &requestId, const QString &csrf, const QString &clientId, const QString &userCode, const QStringList &scopes)
{
    // RFC 8628 §5.4: the user confirms which client is being authorized before signing in, so a code sent by a
    // phisher is not approved unseen.
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("Connect %1?").arg(clientId)));
    body += QStringLiteral("<p>%1 <span class=\"code\">%2</span></p>\n")
                .arg(esc(Tr::tr("Check that your device shows the code")), esc(userCode));
    body += QStringLiteral("<p>%1</p>\n%2\n")
                .arg(esc(Tr::tr("Continue only if you started this sign-in yourself. It asks for:")), scopeList(scopes));
    body += QStringLiteral("<form id=\"op.deviceConfirmForm\" method=\"post\" action=\"/device/confirm\">\n");
    body += hidden(QStringLiteral("request"), requestId);
    body += hidden(QStringLiteral("csrf"), csrf);
    body += hidden(QStringLiteral("confirm"), QStringLiteral("yes"));
    body += QStringLiteral("<div class=\"buttons\"><button type=\"submit\">%1</button>"
                           "<button type=\"submit\" class=\"secondary\" form=\"op.deviceConfirmForm\" name=\"abort\" "
                           "value=\"yes\">%2</button></div>\n</form>\n")
                .arg(esc(Tr::tr("Continue")), esc(Tr::tr("Abort")));
    return layout(Tr::tr("Confirm the device"), body);
}

QString SandboxPages::deviceDone(bool approved)
{
    if (approved)
        return layout(QStringLiteral("Sign-in Success"),
            QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(esc(Tr::tr("Device connected")), esc(Tr::tr("You can close this page and return to your device."))));
    return layout(QStringLiteral("Sign-in Denied"),
        QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
            .arg(esc(Tr::tr("Access denied")), esc(Tr::tr("The device was not connected. You can close this page."))));
}

QString SandboxPages::error(const QString &title, const QString &message, const QString &detail)
{
    QString body = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(esc(title), esc(message));
    if (!detail.isEmpty())
        body += QStringLiteral("<p class=\"hint\"><code>%1</code></p>\n").arg(esc(detail));
    return layout(title, body);
}

QString SandboxPages::home(const QString &issuer)
{
    QString body = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                       .arg(esc(Tr::tr("The sandbox is running")),
                           esc(Tr::tr("A practice OAuth 2.0 and OpenID Connect provider built into Keyway, on this "
                                      "computer only.")));
    body += QStringLiteral("<table>\n");
    const auto row = [&](const QString &name, const QString &value) {
        body += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>\n").arg(esc(name), esc(value));
    };
    row(Tr::tr("Issuer"), issuer);
    row(Tr::tr("Discovery"), issuer + QStringLiteral("/.well-known/openid-configuration"));
    row(Tr::tr("Public client"), QStringLiteral("keyway-sandbox"));
    row(Tr::tr("Confidential client"), QStringLiteral("keyway-sandbox-confidential / sandbox-secret"));
    row(Tr::tr("Demo API"), issuer + QStringLiteral("/api"));
    row(Tr::tr("Connect a device"), issuer + QStringLiteral("/device/verify"));
    body += QStringLiteral("</table>\n");
    return layout(QStringLiteral("Keyway Sandbox"), body);
}

} // namespace keyway
