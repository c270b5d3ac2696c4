#include "core/SetupGuide.h"

#include "auth/RedirectTarget.h"
#include "catalog/TemplateExpander.h"
#include "core/ConnectionPlanner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SetupGuide)
};

} // namespace

SetupGuide SetupGuide::build(const Integration &in, const QVariantMap &values, const QString &redirectUri)
{
    SetupGuide g;
    g.integrationId = in.id;
    g.name = in.name;
    g.consoleUrl = in.setup.consoleUrl;
    g.docs = in.docs;
    g.browserSignIn = in.supports(AuthMode::AuthorizationCode);
    g.publicClientId = in.oauth.publicClientId;
    g.scopes = in.oauth.scopes;

    if (g.browserSignIn) {
        const Result<RedirectTarget> target = ConnectionPlanner::redirectTarget(in, in.oauth, redirectUri);
        if (!target) {
            g.redirectMatching = QStringLiteral("none");
            g.redirectProblem = target.error().message;
        } else {
            const RedirectTarget &t = target.value();
            g.redirectUri = t.registeredUri();
            if (t.kind == RedirectTarget::Kind::PrivateUseScheme) {
                g.redirectMatching = QStringLiteral("private_use_scheme");
                g.redirectNote = Tr::tr("An app redirect (RFC 8252 §7.1): the browser hands it to Keyway through the "
                                        "desktop, so Keyway must be installed with its desktop files.");
            } else if (t.hasFixedPort()) {
                g.redirectMatching = QStringLiteral("exact");
                g.redirectNote = Tr::tr("Register it exactly, port included: the provider compares the whole URI, so "
                                        "Keyway always listens on port %1 for it.")
                                     .arg(t.port);
            } else {
                g.redirectMatching = QStringLiteral("any_port");
                g.redirectNote = Tr::tr("Any port: Keyway listens on a free port chosen for each sign-in, and the "
                                        "provider accepts any port on a loopback redirect URI (RFC 8252 §7.3). "
                                        "Register the address as shown.");
            }
        }
    }

    // The client types the provider lets a desktop app register (oauth.client_types, from its documentation);
    // where the file does not say, the type follows how the integration authenticates its client.
    if (in.usesOAuth()) {
        QStringList advice;
        for (const ClientType type : in.oauth.clientTypes)
            g.clientTypes << Integration::toString(type);
        if (g.clientTypes.isEmpty()) {
            g.clientTypes << (in.oauth.clientAuth == ClientAuthMethod::None ? QStringLiteral("public")
                                                                            : QStringLiteral("confidential"));
            if (!g.publicClientId.isEmpty() && !g.clientTypes.contains(QStringLiteral("public")))
                g.clientTypes.prepend(QStringLiteral("public"));
        }
        if (g.clientTypes.contains(QStringLiteral("public")))
            advice << Tr::tr("A public client (no client secret): Keyway proves the sign-in with PKCE (RFC 7636); give "
                             "Keyway the client ID only.");
        if (g.clientTypes.contains(QStringLiteral("confidential"))) {
            switch (in.oauth.clientAuth) {
            case ClientAuthMethod::PrivateKeyJwt:
                advice << Tr::tr("A confidential client that authenticates with a key pair (private_key_jwt): register "
                                 "the public key and give Keyway the private one.");
                break;
            case ClientAuthMethod::TlsClientAuth:
            case ClientAuthMethod::SelfSignedTlsClientAuth:
                advice << Tr::tr("A confidential client that authenticates with a TLS client certificate (%1): give "
                                 "Keyway the client ID, the certificate and its private key.")
                              .arg(Integration::toString(in.oauth.clientAuth));
                break;
            case ClientAuthMethod::None:
                advice << Tr::tr("A confidential client (with a client secret): give Keyway the client ID and the secret.");
                break;
            case ClientAuthMethod::ClientSecretBasic:
            case ClientAuthMethod::ClientSecretPost:
                advice << Tr::tr("A confidential client (with a client secret, sent as %1): give Keyway the client ID and "
                                 "the secret.")
                              .arg(Integration::toString(in.oauth.clientAuth));
                break;
            }
        }
        g.clientTypeAdvice = advice.join(QLatin1Char(' '));
    }

    // Every placeholder filled: where the provider accepts no desktop redirect there is none to register, and
    // the step says so instead of showing {{redirect_uri}}.
    const QString redirect = !g.redirectUri.isEmpty() || !g.browserSignIn
        ? g.redirectUri
        : Tr::tr("(no redirect URI: this provider accepts none for a desktop app, see above)");
    const TemplateExpander expander(in);
    for (const QString &step : in.setup.steps)
        g.steps << expander.expandSetupText(step, values, redirect);
    g.notes = expander.expandSetupText(in.setup.notes, values, redirect);
    return g;
}

QJsonObject SetupGuide::toJson() const
{
    QJsonObject json {{QStringLiteral("id"), integrationId}, {QStringLiteral("name"), name},
        {QStringLiteral("console_url"), consoleUrl}, {QStringLiteral("docs"), docs},
        {QStringLiteral("redirect_uri"), redirectUri.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(redirectUri)},
        {QStringLiteral("client_types"), QJsonArray::fromStringList(clientTypes)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("setup_steps"), QJsonArray::fromStringList(steps)}};
    if (browserSignIn) {
        json.insert(QStringLiteral("redirect_matching"), redirectMatching);
        json.insert(QStringLiteral("redirect_note"), redirectNote.isEmpty() ? redirectProblem : redirectNote);
    }
    if (!clientTypeAdvice.isEmpty())
        json.insert(QStringLiteral("client_type_advice"), clientTypeAdvice);
    if (!publicClientId.isEmpty())
        json.insert(QStringLiteral("public_client_id"), publicClientId);
    if (!notes.isEmpty())
        json.insert(QStringLiteral("notes"), notes);
    return json;
}

QString SetupGuide::toText() const
{
    QString text = name + QStringLiteral(" (") + integrationId + QStringLiteral(")\n");
    const auto line = [&text](const QString &label, const QString &value) {
        if (!value.isEmpty())
            text += label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    line(Tr::tr("Console"), consoleUrl);
    line(Tr::tr("Documentation"), docs);
    if (browserSignIn) {
        if (redirectUri.isEmpty()) {
            line(Tr::tr("Redirect URI"), Tr::tr("none: %1").arg(redirectProblem));
        } else {
            line(Tr::tr("Redirect URI to register"), redirectUri);
            text += QStringLiteral("  ") + redirectNote + QLatin1Char('\n');
        }
    }
    line(Tr::tr("Client type"), clientTypes.join(QStringLiteral(" or ")));
    if (!clientTypeAdvice.isEmpty())
        text += QStringLiteral("  ") + clientTypeAdvice + QLatin1Char('\n');
    line(Tr::tr("Public client ID"), publicClientId);
    line(Tr::tr("Scopes"), scopes.join(QLatin1Char(' ')));
    if (!steps.isEmpty()) {
        text += Tr::tr("Setup:") + QLatin1Char('\n');
        for (int i = 0; i < steps.size(); ++i)
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(steps.at(i));
    }
    if (!notes.isEmpty())
        text += Tr::tr("Notes: ") + notes + QLatin1Char('\n');
    return text;
}

} // namespace keyway
