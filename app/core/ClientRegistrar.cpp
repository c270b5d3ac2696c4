#include "core/ClientRegistrar.h"

#include "auth/ClientRegistration.h"
#include "catalog/Catalog.h"
#include "catalog/CustomIntegrationBuilder.h"
#include "catalog/IntegrationLoader.h"
#include "common/ContextCallback.h"
#include "common/Log.h"
#include "common/Redactor.h"
#include "core/ConnectionPlanner.h"
#include "core/CredentialOrigins.h"
#include "store/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <utility>

namespace keyway {

namespace {

// The keychain entry's content: the secrets of the registration and where to delete it.
QByteArray entryBytes(const RegisteredClient &c, const QString &tokenOrigin)
{
    QJsonObject o {{QStringLiteral("client_id"), c.clientId}, {QStringLiteral("token_origin"), tokenOrigin}};
    if (!c.clientSecret.isEmpty()) {
        o.insert(QStringLiteral("client_secret"), QString::fromUtf8(c.clientSecret));
        o.insert(QStringLiteral("client_secret_expires_at"), c.clientSecretExpiresAt);
    }
    if (c.manageable()) {
        o.insert(QStringLiteral("registration_access_token"), QString::fromUtf8(c.registrationAccessToken));
        o.insert(QStringLiteral("registration_client_uri"), c.registrationClientUri);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RegisteredClient entryFromBytes(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    RegisteredClient c;
    c.clientId = o.value(QStringLiteral("client_id")).toString();
    c.clientSecret = o.value(QStringLiteral("client_secret")).toString().toUtf8();
    c.clientSecretExpiresAt = o.value(QStringLiteral("client_secret_expires_at")).toVariant().toLongLong();
    c.registrationAccessToken = o.value(QStringLiteral("registration_access_token")).toString().toUtf8();
    c.registrationClientUri = o.value(QStringLiteral("registration_client_uri")).toString();
    Redactor::registerSecret(c.clientSecret);
    Redactor::registerSecret(c.registrationAccessToken);
    return c;
}

} // namespace

ClientRegistrar::ClientRegistrar(Catalog &catalog, SecretStore &secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_network(network)
    , m_registration(new ClientRegistration(network, this))
{
}

ClientRegistrar::~ClientRegistrar() = default;

QString ClientRegistrar::secretKey(const QString &integrationId)
{
    return QStringLiteral("registration/") + integrationId;
}

void ClientRegistrar::abort()
{
    if (m_builder) {
        m_builder->abort();
        m_builder->deleteLater();
        m_builder.clear();
    }
    m_registration->abortAll();
}

void ClientRegistrar::addRegistered(const Request &request)
{
    abort();
    m_request = request;
    m_replaced.reset();
    auto *builder = new CustomIntegrationBuilder(m_catalog, m_network, this);
    m_builder = builder;
    builder->setAllowInsecureHttp(request.allowInsecureHttp);
    builder->setRedirect(request.redirect);
    builder->setDpop(request.dpop);
    connect(builder, &CustomIntegrationBuilder::discovered, this,
        [this, builder](const OAuthSettings &metadata, const QJsonObject &document) {
            builder->deleteLater();
            m_builder.clear();
            onDiscovered(metadata, document);
        });
    connect(builder, &CustomIntegrationBuilder::failed, this, [this, builder](const Error &error) {
        builder->deleteLater();
        m_builder.clear();
        Q_EMIT failed(error);
    });
    builder->discoverFromIssuer(request.issuer, request.id, request.name);
}

void ClientRegistrar::onDiscovered(const OAuthSettings &metadata, const QJsonObject &document)
{
    // RFC 7591 §3: only a server that publishes a registration endpoint takes registrations.
    if (metadata.registrationUrl.isEmpty())
        return Q_EMIT failed(Error::make(QStringLiteral("registration_unsupported"),
            tr("%1 does not offer dynamic client registration (its metadata lists no registration_endpoint). Register a "
               "client in the provider's console and add the integration without registering.")
                .arg(metadata.issuer)));
    // Nothing is registered that could not be kept: the file must be one the catalogue would save.
    if (const Error refused = m_catalog.checkCustom(document, m_request.replace); !refused.isNull())
        return Q_EMIT failed(refused);
    const Result<Integration> parsed
        = IntegrationLoader::parse(QJsonDocument(document).toJson(), m_request.id + QStringLiteral(".json"));
    if (!parsed)
        return Q_EMIT failed(parsed.error());
    // The redirect URI the user would otherwise register by hand (SetupGuide shows the same one).
    const Result<RedirectTarget> redirect = ConnectionPlanner::redirectTarget(parsed.value(), parsed.value().oauth, {});
    if (!redirect)
        return Q_EMIT failed(redirect.error());
    const Result<QJsonObject> clientMetadata = ClientRegistration::metadata(
        redirect.value().registeredUri(), metadata.tokenEndpointAuthMethodsSupported, parsed.value().oauth.dpop);
    if (!clientMetadata)
        return Q_EMIT failed(clientMetadata.error());
    // A replaced integration's own registration is read before the new one takes its keychain entry, to be deleted
    // once the new integration is saved.
    const std::optional<Integration> replaced = m_request.replace ? m_catalog.find(m_request.id) : std::nullopt;
    if (!replaced || replaced->builtin || !replaced->oauth.registeredClient)
        return registerClient(metadata.registrationUrl, document, clientMetadata.value());
    readKept(m_request.id, replaced->allowInsecureHttp(),
        [this, endpoint = metadata.registrationUrl, document, clientMetadata = clientMetadata.value()](
            const KeptRegistration &kept) {
            m_replaced = kept;
            registerClient(endpoint, document, clientMetadata);
        });
}

void ClientRegistrar::registerClient(const QString &endpoint, const QJsonObject &document, const QJsonObject &clientMetadata)
{
    m_registration->registerClient(endpoint, clientMetadata, m_request.initialAccessToken, m_request.allowInsecureHttp,
        [this, document](const Result<RegisteredClient> &client) {
            if (!client)
                return Q_EMIT failed(client.error());
            onRegistered(document, client.value());
        });
}

void ClientRegistrar::onRegistered(const QJsonObject &registeredDocument, const RegisteredClient &client)
{
    QJsonObject document = registeredDocument;
    QJsonObject oauth = document.value(QStringLiteral("oauth")).toObject();
    const bool confidential = !client.clientSecret.isEmpty();
    QJsonObject registered {{QStringLiteral("client_id"), client.clientId}};
    if (client.manageable())
        registered.insert(QStringLiteral("configuration_url"), client.registrationClientUri);
    if (confidential)
        registered.insert(QStringLiteral("confidential"), true);
    oauth.insert(QStringLiteral("registered_client"), registered);
    // The client authenticates as it was registered: a public client with PKCE alone, else with its secret.
    const QString method = client.tokenEndpointAuthMethod.isEmpty()
        ? (confidential ? QStringLiteral("client_secret_basic") : QStringLiteral("none"))
        : client.tokenEndpointAuthMethod;
    oauth.insert(QStringLiteral("client_auth"), method);
    document.insert(QStringLiteral("oauth"), oauth);
    QJsonObject setup = document.value(QStringLiteral("setup")).toObject();
    setup.insert(QStringLiteral("steps"),
        QJsonArray {tr("Nothing to register: Keyway registered itself as a client of this provider when the integration "
                       "was added. Connect without entering a client ID.")});
    document.insert(QStringLiteral("setup"), setup);

    const auto save = [this, document, client](bool wroteEntry) {
        const Result<Integration> saved = m_catalog.saveCustom(document, m_request.replace);
        if (!saved) {
            // The keychain entry goes back to what it was: the replaced integration's, or none.
            if (wroteEntry && m_replaced && !m_replaced->entry.isEmpty())
                m_secrets.write(secretKey(m_request.id), m_replaced->entry, [](const Error &) {});
            else if (wroteEntry)
                m_secrets.remove(secretKey(m_request.id), [](const Error &) {});
            return undoRegistration(client, saved.error());
        }
        qCInfo(lcService) << "custom integration" << m_request.id << "with the registered client" << client.clientId;
        onSaved(saved.value(), wroteEntry);
    };
    // Secrets first, in the keychain: a file naming a client whose secret was lost would be of no use.
    if (!confidential && !client.manageable())
        return save(false);
    m_secrets.write(secretKey(m_request.id),
        entryBytes(client, CredentialOrigins::of(QUrl(oauth.value(QStringLiteral("token_url")).toString()))),
        boundTo(this, SecretStore::DoneCallback([this, client, save](const Error &error) {
            if (!error.isNull())
                return undoRegistration(client, error);
            save(true);
        })));
}

void ClientRegistrar::onSaved(const Integration &integration, bool wroteEntry)
{
    if (!m_replaced)
        return Q_EMIT created(integration, Error());
    // The replaced integration's registration goes: nothing of it stays behind.
    const KeptRegistration replaced = *std::exchange(m_replaced, std::nullopt);
    retire(
        replaced, wroteEntry, [this, integration](const Error &deregistration) { Q_EMIT created(integration, deregistration); });
}

void ClientRegistrar::retireReplaced(const Integration &replaced, const Integration &replacement)
{
    const QString id = replaced.id;
    const bool registered = !replaced.builtin && replaced.oauth.registeredClient;
    const bool sameClient = registered && replacement.oauth.registeredClient
        && replacement.oauth.registeredClient->clientId == replaced.oauth.registeredClient->clientId;
    if (!registered || sameClient) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT retired(id, Error()); }, Qt::QueuedConnection);
        return;
    }
    // The entry was left alone by the plain save: it is still the replaced registration's.
    readKept(id, replaced.allowInsecureHttp(), [this, id](const KeptRegistration &kept) {
        retire(kept, false, [this, id](const Error &deregistration) { Q_EMIT retired(id, deregistration); });
    });
}

void ClientRegistrar::retire(const KeptRegistration &replaced, bool entryReplaced, Deregistered done)
{
    if (entryReplaced)
        return deregister(replaced, std::move(done));
    const QString id = replaced.integrationId;
    m_secrets.remove(secretKey(id), boundTo(this, SecretStore::DoneCallback([this, id, replaced, done](const Error &removeError) {
        if (!removeError.isNull())
            qCWarning(lcService).noquote() << "The registration entry of the replaced" << id
                                           << "stays in the keychain:" << removeError.toString();
        deregister(replaced, done);
    })));
}

void ClientRegistrar::undoRegistration(const RegisteredClient &client, const Error &why)
{
    if (!client.manageable())
        return Q_EMIT failed(why);
    m_registration->deleteClient(client.registrationClientUri, client.registrationAccessToken, m_request.allowInsecureHttp,
        [this, why](const Error &deregistration) {
            Error error = why;
            if (!deregistration.isNull())
                error.detail += QStringLiteral("; the registration at the provider could not be deleted either: ")
                    + deregistration.toString();
            Q_EMIT failed(error);
        });
}

void ClientRegistrar::remove(const QString &integrationId)
{
    const std::optional<Integration> in = m_catalog.find(integrationId);
    if (!in || in->builtin || !in->oauth.registeredClient) {
        QMetaObject::invokeMethod(
            this, [this, integrationId] { finishRemoval(integrationId, {}, false); }, Qt::QueuedConnection);
        return;
    }
    readKept(integrationId, in->allowInsecureHttp(), [this, integrationId](const KeptRegistration &kept) {
        deregister(
            kept, [this, integrationId](const Error &deregistration) { finishRemoval(integrationId, deregistration, true); });
    });
}

void ClientRegistrar::readKept(
    const QString &integrationId, bool allowInsecureHttp, std::function<void(const KeptRegistration &)> done)
{
    m_secrets.read(secretKey(integrationId),
        boundTo(this,
            SecretStore::ReadCallback([integrationId, allowInsecureHttp, done](const QByteArray &bytes, const Error &error) {
                KeptRegistration kept;
                kept.integrationId = integrationId;
                kept.allowInsecureHttp = allowInsecureHttp;
                if (error.isNull()) {
                    kept.entry = bytes;
                    kept.client = entryFromBytes(bytes);
                } else {
                    kept.readError = error;
                }
                done(kept);
            })));
}

void ClientRegistrar::deregister(const KeptRegistration &kept, Deregistered done)
{
    const RegisteredClient &client = kept.client;
    if (!client.manageable()) {
        // RFC 7592 needs the registration access token; without it the client stays at the provider.
        return done(kept.readError.isNull() || kept.readError.code == QLatin1String("not_found")
                ? Error::make(QStringLiteral("deregistration_unavailable"),
                    tr("The provider gave no way to delete Keyway's client registration; remove the client in "
                       "the provider's console."))
                : kept.readError);
    }
    m_registration->deleteClient(
        client.registrationClientUri, client.registrationAccessToken, kept.allowInsecureHttp, std::move(done));
}

void ClientRegistrar::finishRemoval(const QString &integrationId, const Error &deregistration, bool registered)
{
    const Error error = m_catalog.removeCustom(integrationId);
    if (!error.isNull())
        return Q_EMIT failed(error);
    if (!registered)
        return Q_EMIT removed(integrationId, deregistration);
    // The keychain entry goes with the file (removing one that does not exist succeeds).
    m_secrets.remove(secretKey(integrationId),
        boundTo(this, SecretStore::DoneCallback([this, integrationId, deregistration](const Error &removeError) {
            if (!removeError.isNull())
                qCWarning(lcService).noquote()
                    << "The registration entry of" << integrationId << "stays in the keychain:" << removeError.toString();
            Q_EMIT removed(integrationId, deregistration);
        })));
}

} // namespace keyway
