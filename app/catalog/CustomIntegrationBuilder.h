#pragma once

// Makes the user's own integration files, in the catalogue's custom folder:
//  - from an issuer URL: the provider's metadata (OpenID Connect Discovery 1.0 §4, else RFC 8414 §3) gives the
//    endpoints, which are written into the file together with the issuer, so connecting later needs no
//    discovery and the id_token is still checked against the issuer and its JWKS;
//  - from the fields of a form (the "add by hand" dialog).
// Every document goes through Catalog::saveCustom, so it is validated by IntegrationLoader before it is written
// and can never hold a secret. A custom file with a built-in id overrides the built-in one, visibly.

#include "catalog/Integration.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace keyway {

class Catalog;
class Discovery;

// The fields of the "add an integration by hand" form. Empty fields are left out of the file.
struct CustomIntegrationForm
{
    QString id; // lower case letters, digits and '-'
    QString name;
    QString category = QStringLiteral("generic");
    QString description; // empty: "Added by hand."
    QString docs; // https; empty: RFC 6749 (or RFC 7617 for Basic only, RFC 6750 for tokens)
    QString icon; // empty: oauth2.svg
    QList<AuthMode> authModes = {AuthMode::AuthorizationCode};

    // OAuth
    QString issuer;
    QString authorizationUrl;
    QString tokenUrl;
    QString revocationUrl;
    QString introspectionUrl;
    QString userinfoUrl;
    QString deviceAuthorizationUrl;
    QString jwksUrl;
    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    bool pkce = true;
    std::optional<ClientAuthMethod> clientAuth; // unset: the format's default (client_secret_basic)
    bool openid = false;

    // API
    QString apiBaseUrl;
    QString whoamiUrl;
    QString accountField;
    std::optional<CredentialPlacement> apiKeyPlacement; // api_key mode: where the key goes
    QString apiKeyLabel;
    QString usernameLabel; // basic mode
    QString passwordLabel;

    // The user's explicit choice to let this integration use plain http to non-loopback hosts; written as
    // "allow_insecure_http": true. Off unless asked for.
    bool allowInsecureHttp = false;
};

class CustomIntegrationBuilder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomIntegrationBuilder)

public:
    // `catalog` and `network` are borrowed and must outlive this object.
    CustomIntegrationBuilder(Catalog &catalog, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CustomIntegrationBuilder() override;

    // Discovers `issuer` and saves <customDir>/<id>.json; an empty name becomes the issuer's host. Ends with
    // created() or failed(), always from the event loop. A running creation is abandoned by the next call.
    void createFromIssuer(const QString &issuer, const QString &id, const QString &name = {}, bool replace = false);
    // As createFromIssuer() but saves nothing: ends with discovered() (the metadata and the document that would be
    // saved) or failed(), for a caller that completes the document first (ClientRegistrar, RFC 7591) and saves it
    // with Catalog::saveCustom.
    void discoverFromIssuer(const QString &issuer, const QString &id, const QString &name = {});
    void abort();
    // The user's explicit opt-in (keyway integrations add --allow-insecure-http): the issuer, its metadata
    // endpoints and the file may then use plain http to a non-loopback host; the file records
    // "allow_insecure_http": true so every later use warns. Applies to the next createFromIssuer().
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    bool allowInsecureHttp() const { return m_allowInsecureHttp; }

    // The file's "oauth.redirect" object (schema.json), e.g. from `keyway integrations add --redirect-uri URI`
    // through RedirectTarget::integrationRedirect(): the redirect URI the user registered at the provider, so
    // every connection made with the integration uses it. Empty: the format's default (any port on 127.0.0.1).
    // Applies to the next createFromIssuer().
    void setRedirect(const QJsonObject &redirect) { m_redirect = redirect; }
    // The user's choice to sender-constrain every connection's tokens (RFC 9449; `keyway integrations add --dpop`),
    // written as "oauth.dpop": true. Applies to the next createFromIssuer().
    void setDpop(bool dpop) { m_dpop = dpop; }

    // Saves the form's integration at once.
    Result<Integration> createManual(const CustomIntegrationForm &form, bool replace = false);

    // The documents themselves (pure: no network, nothing written), for tests and previews. A discovered
    // `allowInsecureHttp` is written as "allow_insecure_http": true.
    static QJsonObject documentFromMetadata(const OAuthSettings &discovered, const QString &id, const QString &name, bool openid);
    static QJsonObject documentFromForm(const CustomIntegrationForm &form);

Q_SIGNALS:
    void created(const keyway::Integration &integration);
    void discovered(const keyway::OAuthSettings &metadata, const QJsonObject &document);
    void failed(const keyway::Error &error);

private:
    void discover(Discovery *discovery, const QString &issuer, bool openid);

    Catalog &m_catalog;
    QNetworkAccessManager *m_network;
    QPointer<Discovery> m_discovery;
    QString m_id;
    QString m_name;
    bool m_replace = false;
    bool m_save = true;
    bool m_allowInsecureHttp = false;
    QJsonObject m_redirect;
    bool m_dpop = false;
};

} // namespace keyway
