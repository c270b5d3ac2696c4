#include "catalog/TemplateExpander.h"

#include "http/LoopbackHost.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace keyway {

namespace {

const QRegularExpression &templateRe()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return re;
}

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

Error templateError(const QString &code, const QString &message, const QString &detail = {})
{
    return Error::make(code, message, detail);
}

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keyway::TemplateExpander)
};

} // namespace

TemplateExpander::TemplateExpander(const Integration &integration)
    : m_variables(integration.variables)
    , m_responseValueNames(integration.oauth.responseValues.keys())
    , m_allowInsecureHttp(integration.allowInsecureHttp())
{
}

TemplateExpander::TemplateExpander(QList<TemplateVariable> variables, QStringList responseValueNames, bool allowInsecureHttp)
    : m_variables(std::move(variables))
    , m_responseValueNames(std::move(responseValueNames))
    , m_allowInsecureHttp(allowInsecureHttp)
{
}

QStringList TemplateExpander::templateNames(const QString &text)
{
    QStringList names;
    if (!text.contains(QLatin1String("{{")))
        return names; // most strings hold no template: no regular expression for them (catalogue load time)
    auto it = templateRe().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Error TemplateExpander::checkUrl(const QString &url, bool allowInsecureHttp)
{
    auto refuse = [](const char *code, const QString &reason) {
        return Error::make(QLatin1String(code), Tr::tr("Keyway cannot use this URL."), reason);
    };
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.isRelative())
        return refuse("invalid_url", QStringLiteral("not a valid absolute URL"));
    const QString scheme = u.scheme().toLower();
    if (u.host().isEmpty())
        return refuse("invalid_url", QStringLiteral("the URL has no host"));
    if (!u.userInfo().isEmpty())
        return refuse("invalid_url", QStringLiteral("user info in a URL is not allowed"));
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(u.host()))
        return {}; // RFC 8252 §8.3: plain http only on the loopback interface
    if (scheme == QLatin1String("http") && allowInsecureHttp)
        return {}; // the user's explicit, per-integration exception (allow_insecure_http)
    if (scheme == QLatin1String("http"))
        return refuse("insecure_url",
            QStringLiteral("expected an https URL: plain http to %1 needs \"allow_insecure_http\": true "
                           "(http to a loopback address is always allowed)")
                .arg(u.host()));
    return refuse("insecure_url", QStringLiteral("expected an https URL (http only on a loopback address)"));
}

Error TemplateExpander::checkUrlTemplate(const QString &urlTemplate, bool allowInsecureHttp)
{
    auto refuse = [](const QString &reason) {
        return Error::make(QStringLiteral("invalid_url"), Tr::tr("Keyway cannot use this URL."), reason);
    };
    if (urlTemplate.isEmpty())
        return refuse(QStringLiteral("expected a URL, not an empty string"));
    for (const QChar c : urlTemplate) {
        if (c.isSpace())
            return refuse(QStringLiteral("a URL cannot contain white space"));
    }
    QString probe = urlTemplate;
    if (urlTemplate.contains(QLatin1String("{{"))) {
        const QRegularExpressionMatch first = templateRe().match(urlTemplate);
        if (first.hasMatch() && first.capturedStart() == 0)
            return {}; // scheme and host come from the value, checked when expanded
        probe.replace(templateRe(), QStringLiteral("x"));
    }
    return checkUrl(probe, allowInsecureHttp);
}

Result<QVariantMap> TemplateExpander::resolveValues(const QVariantMap &values) const
{
    QVariantMap resolved;
    for (const QString &name : m_responseValueNames) {
        if (values.contains(name))
            resolved.insert(name, values.value(name).toString());
    }
    for (const TemplateVariable &variable : m_variables) {
        QString value = values.value(variable.name).toString().trimmed();
        if (value.isEmpty())
            value = variable.defaultValue;
        if (value.isEmpty()) {
            if (variable.optional) {
                resolved.insert(variable.name, QString());
                continue;
            }
            return templateError(QStringLiteral("missing_variable"),
                Tr::tr("Enter the %1.").arg(variable.label.isEmpty() ? variable.name : variable.label),
                QStringLiteral("variable %1 has no value").arg(variable.name));
        }
        const QRegularExpression re(QRegularExpression::anchoredPattern(variable.pattern));
        if (value.size() > 2048 || hasControlCharacters(value) || !re.isValid() || !re.match(value).hasMatch()) {
            QString label = variable.label.isEmpty() ? variable.name : variable.label;
            QString message = Tr::tr("\"%1\" is not a valid %2.").arg(value.left(80), label);
            if (!variable.example.isEmpty())
                message += QLatin1Char(' ') + Tr::tr("Example: %1").arg(variable.example);
            return templateError(QStringLiteral("invalid_variable"), message,
                QStringLiteral("variable %1 does not match %2").arg(variable.name, variable.pattern));
        }
        resolved.insert(variable.name, value);
    }
    return resolved;
}

Result<QString> TemplateExpander::valueFor(
    const QString &name, Position position, const QVariantMap &resolved, bool *absent) const
{
    bool isVariable = false;
    bool optional = false;
    for (const TemplateVariable &v : m_variables) {
        if (v.name == name) {
            isVariable = true;
            optional = v.optional;
        }
    }
    if (!isVariable && !m_responseValueNames.contains(name)) {
        return templateError(QStringLiteral("unknown_template"), Tr::tr("The integration uses an undeclared value."),
            QStringLiteral("{{%1}} is neither a variable nor a response value").arg(name));
    }
    const QString value = resolved.value(name).toString();
    if (value.isEmpty()) {
        if (optional) {
            *absent = true;
            return QString();
        }
        return templateError(QStringLiteral("missing_value"),
            isVariable ? Tr::tr("A required value is missing.")
                       : Tr::tr("A value from the provider's token response is missing."),
            QStringLiteral("{{%1}} has no value").arg(name));
    }
    if (hasControlCharacters(value))
        return templateError(
            QStringLiteral("invalid_value"), Tr::tr("A value contains control characters."), QStringLiteral("{{%1}}").arg(name));

    switch (position) {
    case Position::WholeUrl: {
        const QUrl u(value, QUrl::StrictMode);
        QString why = checkUrl(value, m_allowInsecureHttp).detail;
        if (why.isEmpty() && (u.hasQuery() || u.hasFragment()))
            why = QStringLiteral("a base URL cannot carry a query or fragment");
        if (!why.isEmpty()) {
            return templateError(QStringLiteral("invalid_value"), Tr::tr("\"%1\" is not an acceptable URL.").arg(value.left(80)),
                QStringLiteral("{{%1}}: %2").arg(name, why));
        }
        return value;
    }
    case Position::Host: {
        // Only host characters: nothing that ends the host ('/', '?', '#'), names a user ('@'), adds a port (':')
        // or hides one of those ('%', '\\').
        static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
        if (!hostRe.match(value).hasMatch() || value.contains(QLatin1String(".."))) {
            return templateError(QStringLiteral("invalid_value"),
                Tr::tr("\"%1\" cannot be used in a host name.").arg(value.left(80)),
                QStringLiteral("{{%1}} would change the URL's host").arg(name));
        }
        return value;
    }
    case Position::Encoded:
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    case Position::Raw:
        return value;
    }
    return value;
}

Result<QString> TemplateExpander::expand(const QString &text, const QVariantMap &resolved, bool isUrl, bool *absent) const
{
    *absent = false;
    // Where the authority ends in the template itself: templates never contain '/', '?' or '#'.
    qsizetype authorityStart = -1;
    qsizetype authorityEnd = -1;
    if (isUrl) {
        const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
        if (schemeEnd > 0 && !text.left(schemeEnd).contains(QLatin1String("{{"))) {
            authorityStart = schemeEnd + 3;
            authorityEnd = text.size();
            for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
                const qsizetype at = text.indexOf(stop, authorityStart);
                if (at >= 0 && at < authorityEnd)
                    authorityEnd = at;
            }
        }
    }

    QString out;
    qsizetype last = 0;
    auto it = templateRe().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        Position position = Position::Raw;
        if (isUrl) {
            if (m.capturedStart() == 0)
                position = Position::WholeUrl;
            else if (m.capturedStart() >= authorityStart && m.capturedStart() < authorityEnd)
                position = Position::Host;
            else if (authorityStart < 0 && !text.startsWith(QLatin1String("{{")))
                return templateError(QStringLiteral("invalid_template"), Tr::tr("The integration has a malformed URL."), text);
            else
                position = Position::Encoded;
        }
        const Result<QString> value = valueFor(m.captured(1), position, resolved, absent);
        if (!value.ok())
            return value.error();
        if (*absent)
            return QString();
        QString piece = value.value();
        if (position == Position::WholeUrl && piece.endsWith(QLatin1Char('/'))
            && text.mid(m.capturedEnd()).startsWith(QLatin1Char('/')))
            piece.chop(1);
        out += piece;
        last = m.capturedEnd();
    }
    out += text.mid(last);

    if (isUrl) {
        if (const Error refused = checkUrl(out, m_allowInsecureHttp); !refused.isNull())
            return templateError(QStringLiteral("invalid_value"), Tr::tr("The values entered do not make a valid URL."),
                QStringLiteral("%1: %2").arg(out, refused.detail));
        if (authorityStart >= 0) {
            // The host must be exactly what the template's authority expanded to: nothing can move it.
            const QUrl u(out, QUrl::StrictMode);
            QString expectedAuthority = out.mid(authorityStart);
            for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
                const qsizetype at = expectedAuthority.indexOf(stop);
                if (at >= 0)
                    expectedAuthority.truncate(at);
            }
            QString authority = u.host(QUrl::FullyEncoded);
            if (authority.contains(QLatin1Char(':')))
                authority = QLatin1Char('[') + authority + QLatin1Char(']');
            if (u.port() != -1)
                authority += QLatin1Char(':') + QString::number(u.port());
            if (authority.compare(expectedAuthority, Qt::CaseInsensitive) != 0)
                return templateError(QStringLiteral("invalid_value"), Tr::tr("The values entered do not make a valid URL."),
                    QStringLiteral("%1: host %2 differs from %3").arg(out, authority, expectedAuthority));
        }
    }
    return out;
}

Result<QString> TemplateExpander::expandUrl(const QString &urlTemplate, const QVariantMap &values) const
{
    if (urlTemplate.isEmpty())
        return QString();
    const Result<QVariantMap> resolved = resolveValues(values);
    if (!resolved.ok())
        return resolved.error();
    bool absent = false;
    return expand(urlTemplate, resolved.value(), true, &absent);
}

Result<QMap<QString, QString>> TemplateExpander::expandParams(
    const QMap<QString, QString> &params, const QVariantMap &values) const
{
    const Result<QVariantMap> resolved = resolveValues(values);
    if (!resolved.ok())
        return resolved.error();
    QMap<QString, QString> out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        bool absent = false;
        const Result<QString> value = expand(it.value(), resolved.value(), false, &absent);
        if (!value.ok())
            return value.error();
        if (!absent)
            out.insert(it.key(), value.value());
    }
    return out;
}

Result<OAuthSettings> TemplateExpander::expandOAuth(const OAuthSettings &settings, const QVariantMap &values) const
{
    const Result<QVariantMap> resolvedResult = resolveValues(values);
    if (!resolvedResult.ok())
        return resolvedResult.error();
    const QVariantMap &resolved = resolvedResult.value();
    OAuthSettings out = settings;
    // The issuer's {placeholders} (oauth.issuer_claims) are filled from the ID token later, by IdTokenValidator:
    // they stand aside as plain letters while the {{templates}} are expanded and the URL is checked.
    QStringList placeholders;
    for (auto it = out.issuerClaims.cbegin(); it != out.issuerClaims.cend(); ++it) {
        const QString stand = QStringLiteral("keywayissuerclaim%1").arg(placeholders.size());
        placeholders << it.key();
        out.issuer.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), stand);
    }
    for (QString *url : {&out.authorizationUrl, &out.tokenUrl, &out.refreshUrl, &out.revocationUrl, &out.introspectionUrl,
             &out.userinfoUrl, &out.deviceAuthorizationUrl, &out.jwksUrl, &out.issuer, &out.discoveryUrl}) {
        if (url->isEmpty())
            continue;
        bool absent = false;
        const Result<QString> expanded = expand(*url, resolved, true, &absent);
        if (!expanded.ok())
            return expanded.error();
        *url = expanded.value();
    }
    for (qsizetype i = placeholders.size() - 1; i >= 0; --i) // from the last: "...claim1" never matches "...claim10"
        out.issuer.replace(
            QStringLiteral("keywayissuerclaim%1").arg(i), QLatin1Char('{') + placeholders.at(i) + QLatin1Char('}'));
    for (QMap<QString, QString> *params : {&out.authorizationParams, &out.tokenParams, &out.clientCredentialsTokenParams}) {
        const Result<QMap<QString, QString>> expanded = expandParams(*params, values);
        if (!expanded.ok())
            return expanded.error();
        *params = expanded.value();
    }
    // Some providers name the resource in the scope itself (Dynamics 365: https://{{org_host}}/.default).
    const Result<QStringList> scopes = expandScopes(out.scopes, values);
    if (!scopes.ok())
        return scopes.error();
    out.scopes = scopes.value();
    if (out.clientCredentialsScopes) {
        const Result<QStringList> ccScopes = expandScopes(*out.clientCredentialsScopes, values);
        if (!ccScopes.ok())
            return ccScopes.error();
        out.clientCredentialsScopes = ccScopes.value();
    }
    if (!out.assertionAudience.isEmpty()) {
        bool absent = false;
        const Result<QString> expanded = expand(out.assertionAudience, resolved, false, &absent);
        if (!expanded.ok())
            return expanded.error();
        out.assertionAudience = expanded.value();
    }
    return out;
}

Result<QStringList> TemplateExpander::expandScopes(const QStringList &scopes, const QVariantMap &values) const
{
    const Result<QVariantMap> resolved = resolveValues(values);
    if (!resolved.ok())
        return resolved.error();
    QStringList out;
    for (const QString &scope : scopes) {
        if (templateNames(scope).isEmpty()) {
            out << scope;
            continue;
        }
        // A scope that is a URL gets the URL rules (a value cannot change its host); others are substituted as is.
        const bool isUrl = scope.startsWith(QLatin1String("http")) || scope.startsWith(QLatin1String("{{"));
        bool absent = false;
        const Result<QString> expanded = expand(scope, resolved.value(), isUrl, &absent);
        if (!expanded.ok())
            return expanded.error();
        if (!absent && !expanded.value().isEmpty())
            out << expanded.value();
    }
    return out;
}

Result<ApiSettings> TemplateExpander::expandApi(const ApiSettings &settings, const QVariantMap &values) const
{
    const Result<QVariantMap> resolvedResult = resolveValues(values);
    if (!resolvedResult.ok())
        return resolvedResult.error();
    ApiSettings out = settings;
    for (QString *url : {&out.baseUrl, &out.whoamiUrl}) {
        if (url->isEmpty())
            continue;
        bool absent = false;
        const Result<QString> expanded = expand(*url, resolvedResult.value(), true, &absent);
        if (!expanded.ok())
            return expanded.error();
        *url = expanded.value();
    }
    // An origin whose template is an optional variable left empty is dropped, like a URL that uses one.
    QStringList origins;
    for (const QString &origin : std::as_const(out.origins)) {
        bool absent = false;
        const Result<QString> expanded = expand(origin, resolvedResult.value(), true, &absent);
        if (!expanded.ok())
            return expanded.error();
        if (!absent && !expanded.value().isEmpty())
            origins << expanded.value();
    }
    out.origins = origins;
    const Result<QMap<QString, QString>> headers = expandParams(out.headers, values);
    if (!headers.ok())
        return headers.error();
    out.headers = headers.value();
    return out;
}

QString TemplateExpander::expandSetupText(const QString &text, const QVariantMap &values, const QString &redirectUri) const
{
    QString out;
    qsizetype last = 0;
    auto it = templateRe().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value;
        if (name == QLatin1String("redirect_uri")) {
            value = redirectUri;
        } else {
            value = values.value(name).toString();
            if (value.isEmpty()) {
                for (const TemplateVariable &v : m_variables) {
                    if (v.name == name)
                        value = v.defaultValue;
                }
            }
        }
        out += value.isEmpty() || hasControlCharacters(value) ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace keyway
