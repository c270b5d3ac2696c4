#include "widgets/SetupText.h"

#include "catalog/TemplateExpander.h"
#include "core/ConnectionPlanner.h"
#include "core/SetupGuide.h"

#include <QCoreApplication>

namespace keyway::SetupText {

QString redirectUri(const Integration &in)
{
    // Where Keyway will listen, as the core decides it (ConnectionPlanner::redirectTarget).
    const Result<RedirectTarget> target = ConnectionPlanner::redirectTarget(in, in.oauth, {});
    return target ? target.value().registeredUri() : QString();
}

QString redirectNote(const Integration &in)
{
    Integration browser = in;
    if (!browser.supports(AuthMode::AuthorizationCode))
        browser.authModes << AuthMode::AuthorizationCode;
    const SetupGuide guide = SetupGuide::build(browser);
    return guide.redirectUri.isEmpty() ? guide.redirectProblem : guide.redirectNote;
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
