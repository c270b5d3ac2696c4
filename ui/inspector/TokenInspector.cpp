#include "inspector/TokenInspector.h"

#include "ui_TokenInspector.h"

#include "common/Redactor.h"
#include "core/ConnectionCapabilities.h"
#include "core/ConnectionService.h"
#include "inspector/TokenView.h"
#include "widgets/Icons.h"

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
        m_refresh->setIntrospectionAvailable(introspectable && !m_refresh->isJwt());
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
        if (result.ok())
            view->showIntrospection(result.value());
        else
            view->showIntrospectionError(result.error().toString());
    });
}

} // namespace keyway
