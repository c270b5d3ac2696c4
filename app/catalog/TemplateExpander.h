#pragma once

// Expands {{name}} templates in an integration's URLs and parameters. User values are checked against their
// variable's pattern before use; where a value lands decides how it is treated, so no value can change which
// host a URL points to:
//  - at the very start of a URL ("{{instance_url}}/services"): the value must itself be an https URL (or http on
//    a loopback address, or anywhere when the integration has allow_insecure_http) with no user info, query or
//    fragment;
//  - inside the host ("https://{{subdomain}}.zendesk.com"): only letters, digits, '-' and '.' are accepted, so
//    '/', '?', '#', '@', ':' or '%' cannot smuggle in another host;
//  - in the path or query: the value is percent-encoded.
// A URL or parameter that uses an optional variable left empty is treated as absent (expandUrl returns an
// empty string, expandParams drops the parameter).

#include "catalog/Integration.h"
#include "common/Result.h"

#include <QVariantMap>

namespace keyway {

class TemplateExpander
{
public:
    explicit TemplateExpander(const Integration &integration);
    TemplateExpander(QList<TemplateVariable> variables, QStringList responseValueNames, bool allowInsecureHttp = false);

    // The user's values with defaults filled in, each checked against its variable's pattern. Values for
    // response_values names (from the token response) pass through and are checked where they are used.
    Result<QVariantMap> resolveValues(const QVariantMap &values) const;

    // Empty string: the URL uses an empty optional variable, so it is absent.
    Result<QString> expandUrl(const QString &urlTemplate, const QVariantMap &values) const;
    // Parameter values: substituted as they are (the HTTP layer encodes them); absent ones are dropped.
    Result<QMap<QString, QString>> expandParams(const QMap<QString, QString> &params, const QVariantMap &values) const;
    // Every URL and parameter of the settings expanded; absent URLs become empty.
    Result<OAuthSettings> expandOAuth(const OAuthSettings &settings, const QVariantMap &values) const;
    // Scopes with templates (Dynamics 365's https://{{org_host}}/.default); URL-shaped ones follow the URL rules.
    Result<QStringList> expandScopes(const QStringList &scopes, const QVariantMap &values) const;
    Result<ApiSettings> expandApi(const ApiSettings &settings, const QVariantMap &values) const;
    // Setup text for display: {{redirect_uri}} and known values substituted, anything else left as written.
    QString expandSetupText(const QString &text, const QVariantMap &values, const QString &redirectUri) const;

    // Names used as {{name}} in `text`, in order, without duplicates.
    static QStringList templateNames(const QString &text);
    // A null Error when a URL template can be right before any value is known, else why not (the detail).
    // Templates are assumed declared; only the URL's shape is checked, as checkUrl does.
    // allowInsecureHttp (the integration's "allow_insecure_http") also accepts http to any host.
    static Error checkUrlTemplate(const QString &urlTemplate, bool allowInsecureHttp = false);
    // A null Error when Keyway may use the URL: https, or http on a loopback host (isLoopbackHost; any host with
    // allowInsecureHttp); a host; no user info. Codes: "invalid_url", "insecure_url"; the detail says why.
    static Error checkUrl(const QString &url, bool allowInsecureHttp = false);

private:
    enum class Position { WholeUrl, Host, Encoded, Raw };
    Result<QString> expand(const QString &text, const QVariantMap &resolved, bool isUrl, bool *absent) const;
    Result<QString> valueFor(const QString &name, Position position, const QVariantMap &resolved, bool *absent) const;

    QList<TemplateVariable> m_variables;
    QStringList m_responseValueNames;
    bool m_allowInsecureHttp = false;
};

} // namespace keyway
