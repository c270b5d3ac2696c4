#pragma once

// A custom integration with a client Keyway registered itself (RFC 7591), from adding to removing:
//  - addRegistered(): discovers the issuer (CustomIntegrationBuilder), registers a native client with the
//    integration's loopback redirect URI at the metadata's registration_endpoint (ClientRegistration), keeps the
//    client secret and the RFC 7592 registration access token in the keychain entry "registration/<id>", and saves
//    the integration file with the client id (oauth.registered_client), never a secret. Nothing is left behind
//    when a step fails: the registration is deleted again if the file or the keychain entry cannot be written.
//    With Request::dpop the file says oauth.dpop and the client is registered for DPoP-bound tokens only
//    (RFC 9449 §5.2, ClientRegistration::metadata).
//  - remove(): deletes a custom integration; one with a registration is first deleted at the provider
//    (RFC 7592 §2.3) with the kept token. A failed deletion is reported but does not keep the integration.
//  - addRegistered() with Request::replace over a custom integration that was itself registered retires the old
//    registration as remove() does, once the new one is saved: deleted at the provider with its token, its keychain
//    entry replaced or removed. Until then the old entry is kept (and put back if the new file cannot be saved).
//  - retireReplaced(): the same for a plain replace (`keyway integrations add --replace` or `import --replace`,
//    without --register) once the new file is saved over a custom integration that was registered: its registration
//    is deleted at the provider and its keychain entry removed. The caller finds the replaced integration before it
//    saves, and nothing is touched until the new file is saved, so a file that cannot be saved leaves the old
//    integration, its registration and its entry as they were. A replacement naming the same registered client (the
//    integration's own exported file imported again) keeps the registration.
// Each ends with a signal from the event loop.
#include "auth/ClientRegistration.h"
#include "catalog/Integration.h"
#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace keyway {

class Catalog;
class CustomIntegrationBuilder;
class SecretStore;

class ClientRegistrar : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientRegistrar)

public:
    struct Request
    {
        QString issuer;
        QString id;
        QString name; // empty: the issuer's host
        bool replace = false;
        bool allowInsecureHttp = false; // the user's opt-in, as CustomIntegrationBuilder::setAllowInsecureHttp
        QJsonObject redirect; // the file's oauth.redirect (an exact redirect URI); empty: any port on 127.0.0.1
        QByteArray initialAccessToken; // RFC 7591 §3, for servers that register only with one
        bool dpop = false; // the user's choice (--dpop): every connection's tokens bound to a DPoP key, RFC 9449
    };

    // Everything borrowed must outlive this object.
    ClientRegistrar(Catalog &catalog, SecretStore &secrets, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ClientRegistrar() override;

    // The keychain entry of an integration's registration.
    static QString secretKey(const QString &integrationId);

    // Ends with created() (`replacedDeregistration` is null unless a replaced integration's registration could not be
    // deleted at the provider) or failed().
    void addRegistered(const Request &request);
    // Ends with removed() (the integration is gone; `deregistration` is null unless the provider's registration could
    // not be deleted) or failed() (nothing was removed).
    void remove(const QString &integrationId);
    // Ends with retired() (`deregistration` is null unless `replaced` had a registration that could not be deleted at
    // the provider). `replaced`: the integration as it was before `replacement` was saved under its id.
    void retireReplaced(const Integration &replaced, const Integration &replacement);
    void abort();

Q_SIGNALS:
    void created(const keyway::Integration &integration, const keyway::Error &replacedDeregistration);
    void removed(const QString &integrationId, const keyway::Error &deregistration);
    void retired(const QString &integrationId, const keyway::Error &deregistration);
    void failed(const keyway::Error &error);

private:
    // A registration kept for an integration: its keychain entry as read, and how to reach the provider.
    struct KeptRegistration
    {
        QString integrationId;
        QByteArray entry; // the keychain entry's bytes; empty when there was none or it could not be read
        Error readError; // the keychain's answer, when it gave no entry
        bool allowInsecureHttp = false; // the integration's allow_insecure_http
        RegisteredClient client; // read from `entry` (its secrets registered with the Redactor)
    };
    using Deregistered = std::function<void(const Error &deregistration)>;

    void onDiscovered(const OAuthSettings &metadata, const QJsonObject &document);
    void registerClient(const QString &endpoint, const QJsonObject &document, const QJsonObject &clientMetadata);
    void onRegistered(const QJsonObject &document, const RegisteredClient &client);
    void onSaved(const Integration &integration, bool wroteEntry);
    void undoRegistration(const RegisteredClient &client, const Error &why);
    // The keychain entry of a registered integration, read before anything replaces it.
    void readKept(const QString &integrationId, bool allowInsecureHttp, std::function<void(const KeptRegistration &)> done);
    // RFC 7592 §2.3: deletes the kept registration at the provider; `done` gets why it could not be, if so.
    void deregister(const KeptRegistration &kept, Deregistered done);
    // A replaced integration's registration goes as remove() would delete it: its keychain entry (unless the new
    // client's entry took its place, `entryReplaced`), then the registration at the provider.
    void retire(const KeptRegistration &replaced, bool entryReplaced, Deregistered done);
    void finishRemoval(const QString &integrationId, const Error &deregistration, bool registered);

    Catalog &m_catalog;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    QPointer<CustomIntegrationBuilder> m_builder;
    ClientRegistration *m_registration;
    Request m_request;
    std::optional<KeptRegistration> m_replaced; // addRegistered() with replace: the old integration's registration
};

} // namespace keyway
