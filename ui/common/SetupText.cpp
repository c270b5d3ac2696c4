#include "common/SetupText.h"

#include "catalog/TemplateExpander.h"

#include <QCoreApplication>

namespace keyway::SetupText {

QString redirectUri(const Integration &in)
{
    // RFC 8252 §7.3: a loopback IP literal ("127.0.0.1", not "localhost"); the port is chosen per request
    // unless the integration needs a fixed one.
    QString uri = QStringLiteral("http://") + in.oauth.redirectHost;
    if (in.oauth.redirectPort != 0)
        uri += QLatin1Char(':') + QString::number(in.oauth.redirectPort);
    return uri + in.oauth.redirectPath;
}

QString redirectNote(const Integration &in)
{
    if (in.oauth.redirectPort != 0)
        return QCoreApplication::translate("SetupText",
            "Keyway always listens on port %1 for this integration, because the "
            "provider matches the port exactly.")
            .arg(in.oauth.redirectPort);
    return QCoreApplication::translate("SetupText",
        "Any port: Keyway listens on a free port chosen for each sign-in (RFC 8252 "
        "§7.3). Loopback redirect URIs must be accepted with any port; register "
        "the address as shown.");
}

QString stepsHtml(const Integration &in)
{
    const QString redirect = in.supports(AuthMode::AuthorizationCode) ? redirectUri(in) : QString();
    const TemplateExpander expander(in);
    QString html;
    if (!in.setup.consoleUrl.isEmpty())
        html += QCoreApplication::translate("SetupText", "<p>Developer console: <a href=\"%1\">%2</a></p>")
                    .arg(in.setup.consoleUrl.toHtmlEscaped(), in.setup.consoleUrl.toHtmlEscaped());
    if (!in.setup.steps.isEmpty()) {
        html += QStringLiteral("<ol>");
        for (const QString &step : in.setup.steps)
            html += QStringLiteral("<li>%1</li>").arg(expander.expandSetupText(step, {}, redirect).toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (!in.setup.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(expander.expandSetupText(in.setup.notes, {}, redirect).toHtmlEscaped());
    return html;
}

} // namespace keyway::SetupText
