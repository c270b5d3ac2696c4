#include "inspector/TokenView.h"

#include "ui_TokenView.h"

#include "core/TokenBinding.h"
#include "inspector/JwtDisplay.h"
#include "jose/AccessTokenProfile.h"
#include "widgets/Icons.h"
#include "widgets/MaskedField.h"
#include "widgets/SecretClipboard.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>

namespace keyway {

namespace {
void addObject(QTreeWidgetItem *parent, const QJsonObject &object, const QDateTime &now)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        auto *item = new QTreeWidgetItem(parent, {it.key(), JwtDisplay::valueText(it.key(), it.value(), now)});
        item->setToolTip(1, item->text(1));
    }
}
} // namespace

TokenView::TokenView(const QString &kind, const QString &title, SecretClipboard *clipboard, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::TokenView>())
    , m_clipboard(clipboard)
    , m_title(title)
{
    m_ui->setupUi(this);
    setTitle(title);
    setObjectName(kind + QStringLiteral("TokenView"));
    m_ui->valueEdit->setObjectName(kind + QStringLiteral("TokenEdit"));
    m_ui->revealButton->setObjectName(kind + QStringLiteral("RevealButton"));
    m_ui->copyButton->setObjectName(kind + QStringLiteral("CopyButton"));
    m_ui->claimsTree->setObjectName(kind + QStringLiteral("ClaimsTree"));
    m_ui->introspectButton->setObjectName(kind + QStringLiteral("IntrospectButton"));
    m_ui->kindLabel->setObjectName(kind + QStringLiteral("KindLabel"));
    m_ui->bindingLabel->setObjectName(kind + QStringLiteral("BindingLabel"));
    MaskedField::announce(m_ui->valueEdit, title, true);
    m_ui->revealButton->setAccessibleName(tr("Reveal %1").arg(title));
    m_ui->copyButton->setAccessibleName(tr("Copy %1").arg(title));
    m_ui->claimsTree->setAccessibleName(tr("Decoded %1").arg(title));
    m_ui->introspectButton->setAccessibleName(tr("Introspect %1").arg(title));
    m_ui->valueEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->revealButton->setIcon(Icons::get(QStringLiteral("reveal")));
    m_ui->copyButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->introspectButton->setIcon(Icons::get(QStringLiteral("introspect")));
    m_ui->claimsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->claimsTree->header()->setStretchLastSection(true);
    connect(m_ui->revealButton, &QPushButton::toggled, this, &TokenView::reveal);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty() && m_clipboard) {
            m_clipboard->copy(m_token);
            emit copied();
        }
    });
    connect(m_ui->introspectButton, &QPushButton::clicked, this, &TokenView::introspectRequested);
    clear();
}

TokenView::~TokenView()
{
    m_token.fill('\0');
}

void TokenView::clear()
{
    // Masked first (while the token is still there), so the field and the button agree again.
    m_ui->revealButton->setChecked(false);
    m_token.fill('\0');
    m_token.clear();
    m_isJwt = false;
    m_ui->valueEdit->clear();
    m_ui->valueEdit->setPlaceholderText(tr("None"));
    m_ui->claimsTree->clear();
    m_ui->claimsTree->hide();
    m_ui->kindLabel->clear();
    m_ui->signatureLabel->clear();
    m_ui->signatureLabel->hide();
    m_ui->bindingLabel->clear();
    m_ui->bindingLabel->hide();
    m_signature = Signature::Unknown;
    m_ui->revealButton->setEnabled(false);
    m_ui->copyButton->setEnabled(false);
    m_ui->introspectButton->hide();
    m_ui->introspectStatus->clear();
}

void TokenView::setToken(const QByteArray &token, const QString &fingerprint)
{
    clear();
    m_token = token;
    const bool has = !token.isEmpty();
    m_ui->revealButton->setEnabled(has);
    m_ui->copyButton->setEnabled(has);
    if (!has) {
        m_ui->kindLabel->setText(tr("The provider issued no %1.").arg(m_title.toLower()));
        return;
    }
    // Masked: the field holds dots only until "Reveal", so no screenshot or screen reader gets the token.
    m_ui->valueEdit->setText(QString(std::min<qsizetype>(token.size(), 48), QChar(0x2022)));
    const JwtDisplay jwt = JwtDisplay::decode(token);
    m_isJwt = jwt.isJwt;
    QString kind = jwt.isJwt
        ? tr("JWT, signed with %1").arg(jwt.header.value(QLatin1String("alg")).toString(tr("an unknown algorithm")))
        : jwt.error;
    // The fingerprint names the length too ("sha256:1f3a9c0b…, 43 chars").
    if (!fingerprint.isEmpty())
        kind += tr(" · fingerprint %1").arg(fingerprint);
    m_ui->kindLabel->setText(kind);
    if (jwt.isJwt) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto *header = new QTreeWidgetItem(m_ui->claimsTree, {tr("Header")});
        addObject(header, jwt.header, now);
        auto *claims = new QTreeWidgetItem(m_ui->claimsTree, {tr("Claims")});
        addObject(claims, jwt.claims, now);
        m_ui->claimsTree->expandAll();
        m_ui->claimsTree->show();
        const int rows = int(jwt.header.size() + jwt.claims.size() + 2);
        m_ui->claimsTree->setMinimumHeight(std::min(rows, 12) * m_ui->claimsTree->fontMetrics().height() * 3 / 2
            + m_ui->claimsTree->header()->sizeHint().height());
    }
}

void TokenView::setIntrospectionAvailable(bool available)
{
    m_ui->introspectButton->setVisible(available && !m_token.isEmpty());
}

void TokenView::showIntrospection(const QJsonObject &result)
{
    m_ui->introspectStatus->setText(result.value(QLatin1String("active")).toBool()
            ? tr("The provider says the token is active.")
            : tr("The provider says the token is not active."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *item = new QTreeWidgetItem(m_ui->claimsTree, {tr("Introspection (RFC 7662)")});
    addObject(item, result, now);
    m_ui->claimsTree->expandAll();
    m_ui->claimsTree->show();
    m_ui->claimsTree->setMinimumHeight(std::min(int(result.size()) + 1, 12) * m_ui->claimsTree->fontMetrics().height() * 3 / 2
        + m_ui->claimsTree->header()->sizeHint().height());
}

void TokenView::showIntrospectionError(const QString &text)
{
    m_ui->introspectStatus->setText(tr("⚠ %1").arg(text));
}

bool TokenView::isRevealed() const
{
    return m_ui->revealButton->isChecked();
}

QString TokenView::displayedText() const
{
    return m_ui->valueEdit->text();
}

void TokenView::reveal(bool on)
{
    // The button always says what a click does next, also when there is no token (after the tab was left).
    m_ui->revealButton->setText(on ? tr("Hide") : tr("Reveal"));
    m_ui->revealButton->setIcon(Icons::get(on ? QStringLiteral("hide") : QStringLiteral("reveal")));
    if (m_token.isEmpty())
        return;
    if (on) {
        m_ui->valueEdit->setText(QString::fromUtf8(m_token));
        m_ui->valueEdit->setEchoMode(QLineEdit::Normal);
        m_ui->valueEdit->setCursorPosition(0);
        MaskedField::announce(m_ui->valueEdit, m_title, false);
    } else {
        m_ui->valueEdit->setEchoMode(QLineEdit::Password);
        m_ui->valueEdit->setText(QString(std::min<qsizetype>(m_token.size(), 48), QChar(0x2022)));
        MaskedField::announce(m_ui->valueEdit, m_title, true);
    }
}

void TokenView::setSignatureStatus(Signature status, const QString &text)
{
    m_signature = status;
    // Words first, the mark only adds to them: the state never rests on colour alone.
    const QString mark = status == Signature::Valid ? QStringLiteral("✓ ")
        : status == Signature::Invalid              ? QStringLiteral("✗ ")
        : status == Signature::Unknown              ? QStringLiteral("⚠ ")
                                                    : QString();
    m_ui->signatureLabel->setText(mark + text);
    m_ui->signatureLabel->setVisible(!text.isEmpty());
}

QString TokenView::signatureText() const
{
    return m_ui->signatureLabel->text();
}

void TokenView::setBinding(const TokenBinding &binding)
{
    QString kind;
    switch (binding.kind) {
    case TokenBinding::Kind::Dpop:
        kind = tr("DPoP key, cnf.jkt %1").arg(binding.thumbprint);
        break;
    case TokenBinding::Kind::Certificate:
        kind = tr("client certificate, cnf.x5t#S256 %1").arg(binding.thumbprint);
        break;
    case TokenBinding::Kind::None:
        break;
    }
    // Words first, the mark only adds to them.
    QString text;
    switch (binding.match) {
    case TokenBinding::Match::ThisDevice:
        text = tr("✓ Bound to this device's key (%1)").arg(kind);
        break;
    case TokenBinding::Match::OtherKey:
        text = tr("✗ Bound to a different key (%1): not this connection's").arg(kind);
        break;
    case TokenBinding::Match::NotBound:
        text = tr("Not bound: whoever holds a copy of this token can use it");
        break;
    }
    m_ui->bindingLabel->setText(text);
    m_ui->bindingLabel->setAccessibleDescription(text);
    m_ui->bindingLabel->show();
}

QString TokenView::bindingText() const
{
    return m_ui->bindingLabel->text();
}

void TokenView::showProfile(const AccessTokenProfile &profile)
{
    if (profile.claims.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *section = new QTreeWidgetItem(
        {profile.typed ? tr("Access token profile (RFC 9068)") : tr("Access token claims (RFC 9068 names; not typed at+jwt)")});
    m_ui->claimsTree->insertTopLevelItem(0, section);
    for (const AccessTokenProfile::Claim &claim : profile.claims) {
        auto *item = new QTreeWidgetItem(
            section, {tr("%1 (%2)").arg(claim.label, claim.name), JwtDisplay::valueText(claim.name, claim.value, now)});
        item->setToolTip(1, item->text(1));
    }
    m_ui->claimsTree->expandAll();
    // As tall as its rows (sections and their claims), up to 16.
    int rows = 0;
    for (int i = 0; i < m_ui->claimsTree->topLevelItemCount(); ++i)
        rows += 1 + m_ui->claimsTree->topLevelItem(i)->childCount();
    m_ui->claimsTree->setMinimumHeight(
        std::min(rows, 16) * m_ui->claimsTree->fontMetrics().height() * 3 / 2 + m_ui->claimsTree->header()->sizeHint().height());
}

} // namespace keyway
