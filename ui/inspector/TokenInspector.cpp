#include "inspector/TokenInspector.h"

#include "ui_TokenInspector.h"

#include "common/Redactor.h"
#include "core/ConnectionCapabilities.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/DerivedConnection.h"
#include "inspector/SaveExchangedDialog.h"
#include "inspector/TokenExchangeDialog.h"
#include "inspector/TokenView.h"
#include "jose/AccessTokenProfile.h"
#include "widgets/Icons.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>

namespace keyway {

TokenInspector::TokenInspector(ConnectionService &service, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenInspector>())
    , m_service(service)
{
    m_ui->setupUi(this);
    m_ui->reloadButton->setIcon(Icons::get(QStringLiteral("refresh")));
    m_access = new TokenView(QStringLiteral("access"), tr("Access token"), clipboard, m_ui->scrollContents);
    m_refresh = new TokenView(QStringLiteral("refresh"), tr("Refresh token"), clipboard, m_ui->scrollContents);
    m_id = new TokenView(QStringLiteral("id"), tr("ID token"), clipboard, m_ui->scrollContents);
    // Insert the three views above the bottom spacer.
    m_ui->tokensLayout->insertWidget(1, m_access);
    m_ui->tokensLayout->insertWidget(2, m_refresh);
    m_ui->tokensLayout->insertWidget(3, m_id);
    // RFC 8693: a token for another service, shown below the connection's own and never stored.
    m_exchanged = new TokenView(QStringLiteral("exchanged"), tr("Exchanged token"), clipboard, m_ui->scrollContents);
    m_ui->tokensLayout->insertWidget(4, m_exchanged);
    // Issue 20: the exchanged token kept as a connection of its own, to call the other service with.
    m_saveExchangedButton = new QPushButton(tr("Sa&ve as connection…"), m_ui->scrollContents);
    m_saveExchangedButton->setObjectName(QStringLiteral("saveExchangedButton"));
    m_saveExchangedButton->setAccessibleName(tr("Save the exchanged token as a new connection"));
    m_saveExchangedButton->setIcon(Icons::get(QStringLiteral("save")));
    m_ui->tokensLayout->insertWidget(5, m_saveExchangedButton, 0, Qt::AlignLeft);
    connect(m_saveExchangedButton, &QPushButton::clicked, this, &TokenInspector::askSaveExchanged);
    // RFC 9396 §7: the authorization details granted with the tokens.
    m_detailsLabel = new QLabel(m_ui->scrollContents);
    m_detailsLabel->setObjectName(QStringLiteral("grantedDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->tokensLayout->insertWidget(6, m_detailsLabel);
    m_exchangeButton = new QPushButton(tr("E&xchange…"), this);
    m_exchangeButton->setObjectName(QStringLiteral("exchangeButton"));
    m_exchangeButton->setAccessibleName(tr("Exchange the access token for one aimed at another service"));
    m_ui->topLayout->insertWidget(1, m_exchangeButton);
    connect(m_exchangeButton, &QPushButton::clicked, this, &TokenInspector::askExchange);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &TokenInspector::load);
    connect(m_access, &TokenView::introspectRequested, this, [this] { introspect(false); });
    connect(m_refresh, &TokenView::introspectRequested, this, [this] { introspect(true); });
    clearAll();
}

TokenInspector::~TokenInspector() = default;

void TokenInspector::clearAll()
{
    m_access->clear();
    m_refresh->clear();
    m_id->clear();
    m_exchanged->clear();
    m_exchanged->setVisible(false);
    m_saveExchangedButton->setVisible(false);
    m_exchangeRequest = {};
    m_exchangedTokens = {};
    m_exchangeButton->setEnabled(false);
    showGrantedDetails({});
    m_keys = {};
    m_loaded = false;
    m_ui->statusLabel->setText(tr("Tokens are read from the keychain when this tab is open, and shown masked."));
}

void TokenInspector::setConnection(const QString &connectionId)
{
    m_connectionId = connectionId;
    ++m_generation;
    clearAll();
    if (isVisible())
        load();
}

void TokenInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        load();
}

void TokenInspector::hideEvent(QHideEvent *event)
{
    // Secrets stay in memory only while someone looks at them.
    QWidget::hideEvent(event);
    ++m_generation;
    clearAll();
}

void TokenInspector::load()
{
    if (m_connectionId.isEmpty())
        return;
    m_ui->statusLabel->setText(tr("Reading the keychain…"));
    const quint64 generation = ++m_generation;
    m_service.credentials(m_connectionId, this, [this, generation](const Result<StoredCredentials> &credentials) {
        if (generation != m_generation)
            return;
        if (!credentials) {
            clearAll();
            m_ui->statusLabel->setText(tr("⚠ The tokens could not be read: %1").arg(credentials.error().toString()));
            return;
        }
        const TokenSet &t = credentials.value().tokens;
        m_access->setToken(t.accessToken, t.accessToken.isEmpty() ? QString() : Redactor::fingerprint(t.accessToken));
        m_refresh->setToken(t.refreshToken, t.refreshToken.isEmpty() ? QString() : Redactor::fingerprint(t.refreshToken));
        m_id->setToken(t.idToken, t.idToken.isEmpty() ? QString() : Redactor::fingerprint(t.idToken));
        m_id->setVisible(!t.idToken.isEmpty());
        m_refresh->setVisible(!t.refreshToken.isEmpty() || !t.accessToken.isEmpty());
        // The connection's own endpoints (a discovered one has its provider's introspection URL), not the catalogue's.
        const std::optional<ConnectionRecord> record = m_service.connection(m_connectionId);
        const bool introspectable = record && ConnectionCapabilities::of(*record).introspectable;
        m_access->setIntrospectionAvailable(introspectable && !m_access->isJwt());
        m_exchangeButton->setEnabled(!t.accessToken.isEmpty() && record
            && AuthModes::isOAuthClient(ConnectionSettings::fromJson(record->settings).authMode));
        showGrantedDetails(t.authorizationDetails);
        m_refresh->setIntrospectionAvailable(introspectable && !m_refresh->isJwt());
        // Issue 20: what the access token is bound to, compared by the core with this connection's keys; an opaque
        // token's binding is shown once it is introspected.
        m_keys = TokenBinding::keysOf(
            credentials.value(), record ? ConnectionSettings::fromJson(record->settings) : ConnectionSettings());
        if (const std::optional<TokenBinding> binding = TokenBinding::ofToken(t.accessToken, m_keys)) {
            m_access->setBinding(*binding);
            m_access->showProfile(AccessTokenProfile::ofToken(t.accessToken).value_or(AccessTokenProfile()));
        }
        m_loaded = true;
        m_ui->statusLabel->setText(tr("Tokens are masked until you reveal them. JWTs are decoded here and their "
                                      "signature is checked against the provider's published keys."));
        for (const auto &[view, token] : {std::pair {m_access, t.accessToken}, std::pair {m_id, t.idToken}})
            if (view->isJwt())
                checkSignature(view, token);
        emit loaded();
    });
}

void TokenInspector::checkSignature(TokenView *view, const QByteArray &token)
{
    view->setSignatureStatus(TokenView::Signature::Checking, tr("Checking the signature against the provider's keys…"));
    const quint64 generation = m_generation;
    // The view is the inspector's child: answered while both live.
    m_service.verifySignature(m_connectionId, token, view, [this, view, generation](const Result<QString> &keyId) {
        if (generation != m_generation)
            return;
        if (keyId) {
            view->setSignatureStatus(TokenView::Signature::Valid,
                keyId.value().isEmpty() ? tr("Signature valid (checked against the provider's JWKS)")
                                        : tr("Signature valid: key %1 of the provider's JWKS").arg(keyId.value()));
            return;
        }
        const Error &error = keyId.error();
        // Could not be checked (no key set, keys unreachable) is not the same as a bad signature.
        const bool unknown = error.code == QLatin1String("no_jwks") || error.code == QLatin1String("keys_unavailable");
        view->setSignatureStatus(unknown ? TokenView::Signature::Unknown : TokenView::Signature::Invalid,
            unknown ? tr("Signature not checked: %1").arg(error.message) : tr("Signature NOT valid: %1").arg(error.toString()));
    });
}

void TokenInspector::introspect(bool refreshToken)
{
    TokenView *view = refreshToken ? m_refresh : m_access;
    view->showIntrospectionError(tr("Asking the provider…"));
    const quint64 generation = m_generation;
    m_service.introspect(m_connectionId, refreshToken, view, [this, view, generation](const Result<QJsonObject> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            view->showIntrospection(result.value());
            // RFC 9449 §6.2, RFC 8705 §3.2: an active token's introspection carries its cnf.
            if (result.value().value(QLatin1String("active")).toBool())
                view->setBinding(TokenBinding::fromClaims(result.value(), m_keys));
        } else
            view->showIntrospectionError(result.error().toString());
    });
}

void TokenInspector::askExchange()
{
    // Non-blocking: the dialog reports back when the user is done (no nested event loop).
    auto *dialog = new TokenExchangeDialog(this);
    dialog->setObjectName(QStringLiteral("tokenExchangeDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { exchange(dialog->request()); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void TokenInspector::exchange(const TokenExchangeRequest &request)
{
    m_ui->statusLabel->setText(
        tr("Asking the provider for a token for %1…")
            .arg(request.audience.isEmpty() ? request.resources.join(QLatin1Char(' ')) : request.audience));
    const quint64 generation = m_generation;
    m_service.exchangeToken(m_connectionId, request, this, [this, generation, request](const Result<TokenSet> &issued) {
        if (generation != m_generation)
            return;
        if (!issued) {
            m_ui->statusLabel->setText(tr("⚠ The token exchange failed: %1").arg(issued.error().toString()));
            return;
        }
        const TokenSet &t = issued.value();
        m_exchanged->setToken(t.accessToken, Redactor::fingerprint(t.accessToken));
        m_exchanged->setIntrospectionAvailable(false); // introspection here asks about the connection's own tokens
        m_exchanged->setVisible(true);
        m_exchangeRequest = request;
        m_exchangedTokens = t;
        // A token bound to this connection's key, or not an access token, cannot stand alone: said on the button.
        const Error unsaveable = DerivedConnection::checkIssued(t);
        m_saveExchangedButton->setVisible(true);
        m_saveExchangedButton->setEnabled(unsaveable.isNull());
        m_saveExchangedButton->setToolTip(unsaveable.isNull()
                ? tr("Keep this token as a new connection, to call the service it is for from the console or the command line")
                : unsaveable.message);
        m_ui->statusLabel->setText(tr("Token exchanged (%1). It is shown below and not kept: the connection keeps its own.")
                                       .arg(t.issuedTokenType.isEmpty() ? tr("type not given") : t.issuedTokenType));
    });
}

void TokenInspector::askSaveExchanged()
{
    if (m_exchangedTokens.isNull())
        return;
    // Non-blocking, as "Exchange…": the dialog reports back when the user is done.
    auto *dialog = new SaveExchangedDialog(m_service, m_connectionId, m_exchangeRequest, this);
    dialog->setObjectName(QStringLiteral("saveExchangedDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveExchanged(dialog->name(), dialog->apiBase()); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void TokenInspector::saveExchanged(const QString &name, const QString &apiBase)
{
    m_ui->statusLabel->setText(tr("Saving the exchanged token as %1…").arg(name));
    const quint64 generation = m_generation;
    m_service.saveExchanged(m_connectionId, m_exchangeRequest, m_exchangedTokens, name, apiBase, this,
        [this, generation, name](const Result<QString> &saved) {
            if (generation != m_generation)
                return;
            if (!saved) {
                m_ui->statusLabel->setText(tr("⚠ The exchanged token was not saved: %1").arg(saved.error().toString()));
                return;
            }
            m_ui->statusLabel->setText(tr("Saved the exchanged token as the connection %1.").arg(name));
            emit derivedConnectionSaved(saved.value());
        });
}

void TokenInspector::showGrantedDetails(const QJsonArray &details)
{
    m_detailsLabel->setVisible(!details.isEmpty());
    QStringList lines;
    for (const QJsonValue &detail : details)
        lines << QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact)).toHtmlEscaped();
    m_detailsLabel->setText(
        details.isEmpty() ? QString() : tr("<b>Granted authorization details</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
}

} // namespace keyway
