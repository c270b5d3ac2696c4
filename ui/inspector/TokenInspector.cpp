#include "inspector/TokenInspector.h"

#include "ui_TokenInspector.h"

#include "common/Icons.h"
#include "common/Redactor.h"
#include "core/ConnectionCapabilities.h"
#include "core/ConnectionService.h"
#include "inspector/TokenView.h"

#include <QPointer>

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
    QPointer<TokenInspector> self(this);
    m_service.credentials(m_connectionId, [self, generation](const StoredCredentials &credentials, const Error &error) {
        if (!self || generation != self->m_generation)
            return;
        if (!error.isNull()) {
            self->clearAll();
            self->m_ui->statusLabel->setText(tr("⚠ The tokens could not be read: %1").arg(error.toString()));
            return;
        }
        const TokenSet &t = credentials.tokens;
        self->m_access->setToken(t.accessToken, t.accessToken.isEmpty() ? QString() : Redactor::fingerprint(t.accessToken));
        self->m_refresh->setToken(t.refreshToken, t.refreshToken.isEmpty() ? QString() : Redactor::fingerprint(t.refreshToken));
        self->m_id->setToken(t.idToken, t.idToken.isEmpty() ? QString() : Redactor::fingerprint(t.idToken));
        self->m_id->setVisible(!t.idToken.isEmpty());
        self->m_refresh->setVisible(!t.refreshToken.isEmpty() || !t.accessToken.isEmpty());
        // The connection's own endpoints (a discovered one has its provider's introspection URL), not the catalogue's.
        const std::optional<ConnectionRecord> record = self->m_service.connection(self->m_connectionId);
        const bool introspectable = record && ConnectionCapabilities::of(*record).introspectable;
        self->m_access->setIntrospectionAvailable(introspectable && !self->m_access->isJwt());
        self->m_refresh->setIntrospectionAvailable(introspectable && !self->m_refresh->isJwt());
        self->m_loaded = true;
        self->m_ui->statusLabel->setText(tr("Tokens are masked until you reveal them. JWTs are decoded here and their "
                                            "signature is checked against the provider's published keys."));
        for (const auto &[view, token] : {std::pair {self->m_access, t.accessToken}, std::pair {self->m_id, t.idToken}})
            if (view->isJwt())
                self->checkSignature(view, token);
        emit self->loaded();
    });
}

void TokenInspector::checkSignature(TokenView *view, const QByteArray &token)
{
    view->setSignatureStatus(TokenView::Signature::Checking, tr("Checking the signature against the provider's keys…"));
    QPointer<TokenInspector> self(this);
    QPointer<TokenView> target(view);
    const quint64 generation = m_generation;
    m_service.verifySignature(m_connectionId, token, [self, target, generation](const QString &keyId, const Error &error) {
        if (!self || !target || generation != self->m_generation)
            return;
        if (error.isNull()) {
            target->setSignatureStatus(TokenView::Signature::Valid,
                keyId.isEmpty() ? tr("Signature valid (checked against the provider's JWKS)")
                                : tr("Signature valid: key %1 of the provider's JWKS").arg(keyId));
            return;
        }
        // Could not be checked (no key set, keys unreachable) is not the same as a bad signature.
        const bool unknown = error.code == QLatin1String("no_jwks") || error.code == QLatin1String("keys_unavailable");
        target->setSignatureStatus(unknown ? TokenView::Signature::Unknown : TokenView::Signature::Invalid,
            unknown ? tr("Signature not checked: %1").arg(error.message) : tr("Signature NOT valid: %1").arg(error.toString()));
    });
}

void TokenInspector::introspect(bool refreshToken)
{
    TokenView *view = refreshToken ? m_refresh : m_access;
    view->showIntrospectionError(tr("Asking the provider…"));
    QPointer<TokenInspector> self(this);
    QPointer<TokenView> target(view);
    const quint64 generation = m_generation;
    m_service.introspect(m_connectionId, refreshToken, [self, target, generation](const Result<QJsonObject> &result) {
        if (!self || !target || generation != self->m_generation)
            return;
        if (result.ok())
            target->showIntrospection(result.value());
        else
            target->showIntrospectionError(result.error().toString());
    });
}

} // namespace keyway
