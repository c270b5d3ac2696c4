#include "connect/ConnectWaitingPage.h"

#include "ui_ConnectWaitingPage.h"

#include "core/ConnectAttempt.h"
#include "widgets/CopyFeedback.h"
#include "widgets/Icons.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QTimer>

namespace keyway {

ConnectWaitingPage::ConnectWaitingPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectWaitingPage>())
    , m_deviceTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->elsewherePane->hide();
    QFont waiting = m_ui->waitingTitle->font();
    waiting.setPointSizeF(waiting.pointSizeF() * 1.2);
    waiting.setBold(true);
    m_ui->waitingTitle->setFont(waiting);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSizeF(font().pointSizeF() * 2.4);
    code.setBold(true);
    m_ui->userCodeLabel->setFont(code);
    m_ui->copyCodeButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->copyLinkButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->openAgainButton->setIcon(Icons::get(QStringLiteral("open-external")));
    m_ui->cancelWaitButton->setIcon(Icons::get(QStringLiteral("stop")));
    connect(m_ui->copyCodeButton, &QPushButton::clicked, this,
        [this] { CopyFeedback::copy(m_ui->copyCodeButton, m_ui->userCodeLabel->text()); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ConnectWaitingPage::copyLink);
    connect(m_ui->openAgainButton, &QPushButton::clicked, this, [this] {
        if (m_attempt)
            m_attempt->openBrowserAgain();
    });
    connect(m_ui->cancelWaitButton, &QPushButton::clicked, this, &ConnectWaitingPage::cancelRequested);
    m_ui->copyAuthorizationUrlButton->setIcon(Icons::get(QStringLiteral("copy")));
    connect(m_ui->elsewhereButton, &QPushButton::toggled, this, &ConnectWaitingPage::showElsewhere);
    connect(m_ui->copyAuthorizationUrlButton, &QPushButton::clicked, this,
        [this] { CopyFeedback::copy(m_ui->copyAuthorizationUrlButton, m_ui->authorizationUrlEdit->text()); });
    connect(m_ui->finishSignInButton, &QPushButton::clicked, this, &ConnectWaitingPage::finishWithPastedAddress);
    connect(m_ui->pastedAddressEdit, &QLineEdit::returnPressed, this, &ConnectWaitingPage::finishWithPastedAddress);
    connect(m_ui->pastedAddressEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->finishSignInButton->setEnabled(!text.trimmed().isEmpty());
        m_ui->pasteErrorLabel->clear();
    });
    m_deviceTimer->setInterval(1000);
    connect(m_deviceTimer, &QTimer::timeout, this, &ConnectWaitingPage::updateDeviceExpiry);
}

ConnectWaitingPage::~ConnectWaitingPage() = default;

void ConnectWaitingPage::focusCancel()
{
    m_ui->cancelWaitButton->setFocus();
}

void ConnectWaitingPage::copyLink()
{
    if (!m_deviceLink.isEmpty())
        CopyFeedback::copy(m_ui->copyLinkButton, m_deviceLink.toString());
    else if (m_attempt)
        CopyFeedback::copy(m_ui->copyLinkButton, m_attempt->authorizationUrl().toString());
}

void ConnectWaitingPage::showElsewhere(bool shown)
{
    m_ui->elsewherePane->setVisible(shown);
    if (!shown)
        return;
    if (m_attempt)
        m_ui->authorizationUrlEdit->setText(m_attempt->authorizationUrl().toString(QUrl::FullyEncoded));
    m_ui->authorizationUrlEdit->setCursorPosition(0);
    m_ui->pastedAddressEdit->setFocus();
}

void ConnectWaitingPage::finishWithPastedAddress()
{
    if (!m_attempt || m_ui->pastedAddressEdit->text().trimmed().isEmpty())
        return;
    // The core judges the address exactly as the loopback listener judges a redirect; a refusal leaves the sign-in
    // waiting (another paste, or the browser on this computer), an accepted one finishes it.
    const Error error = m_attempt->submitRedirect(m_ui->pastedAddressEdit->text());
    if (!error.isNull()) {
        m_ui->pasteErrorLabel->setText(tr("⚠ %1").arg(error.message));
        return;
    }
    m_ui->finishSignInButton->setEnabled(false);
    m_ui->pasteErrorLabel->clear();
    m_ui->waitingTitle->setText(tr("Finishing the sign-in…"));
}

void ConnectWaitingPage::stop()
{
    m_deviceTimer->stop();
    m_attempt = nullptr;
}

void ConnectWaitingPage::follow(ConnectAttempt *attempt, bool browser, const QString &providerName)
{
    m_attempt = attempt;
    m_deviceLink.clear();
    m_ui->openAgainButton->setText(tr("&Open again"));
    m_ui->openAgainButton->setAccessibleName(tr("Open the sign-in page again"));
    m_ui->openAgainButton->setToolTip(tr("Open the sign-in page in the browser again"));
    m_ui->copyLinkButton->setToolTip(tr("Copy the sign-in address to open it in another browser"));
    m_ui->waitingTitle->setText(browser ? tr("Waiting for you to sign in in the browser…") : tr("Connecting…"));
    m_ui->waitingText->setText(browser ? tr("Finish signing in in your browser, then come back here. If no browser "
                                            "opened, copy the link into one.")
                                       : tr("Talking to %1.").arg(providerName));
    m_ui->copyLinkButton->setVisible(browser);
    m_ui->openAgainButton->setVisible(browser);
    m_ui->copyLinkButton->setEnabled(!attempt->authorizationUrl().isEmpty());
    m_ui->openAgainButton->setEnabled(!attempt->authorizationUrl().isEmpty());
    m_ui->devicePane->hide();
    m_ui->elsewhereButton->setVisible(browser);
    m_ui->elsewhereButton->setEnabled(!attempt->authorizationUrl().isEmpty());
    m_ui->elsewhereButton->setChecked(false);
    m_ui->elsewherePane->hide();
    m_ui->authorizationUrlEdit->clear();
    m_ui->pastedAddressEdit->clear();
    m_ui->pasteErrorLabel->clear();
    m_ui->finishSignInButton->setEnabled(false);

    connect(attempt, &ConnectAttempt::authorizationUrlReady, this, [this](const QUrl &url) {
        m_ui->copyLinkButton->setEnabled(true);
        m_ui->openAgainButton->setEnabled(true);
        m_ui->elsewhereButton->setEnabled(true);
        if (m_ui->elsewherePane->isVisible())
            m_ui->authorizationUrlEdit->setText(url.toString(QUrl::FullyEncoded));
    });
    connect(attempt, &ConnectAttempt::browserOpened, this, [this] {
        // The device flow opens the page where the code is entered, not a sign-in page that finishes by itself.
        m_ui->waitingText->setText(m_deviceLink.isEmpty()
                ? tr("The sign-in page is open in your browser. Finish there; this window continues by itself.")
                : tr("The verification page is open in your browser. Enter the code there; this window continues by "
                     "itself."));
    });
    connect(attempt, &ConnectAttempt::browserFailed, this, [this](const Error &error) {
        // The core's message already says what to do instead (copy the link).
        m_ui->waitingText->setText(tr("⚠ %1").arg(error.toString()));
    });
    connect(attempt, &ConnectAttempt::deviceCodeReady, this, &ConnectWaitingPage::onDeviceCode);
    connect(attempt, &ConnectAttempt::progress, this, [this](const QString &, const QString &text) {
        if (!text.isEmpty())
            m_ui->waitingText->setText(text);
    });
}

void ConnectWaitingPage::onDeviceCode(
    const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete, const QDateTime &expiresAt)
{
    // RFC 8628 §3.3: show the user code and where to enter it; the complete URI (with the code) is optional.
    const QUrl link
        = verificationUriComplete.isValid() && !verificationUriComplete.isEmpty() ? verificationUriComplete : verificationUri;
    m_ui->waitingTitle->setText(tr("Enter this code on another device"));
    m_ui->deviceCaption->setText(tr("Go to <a href=\"%1\">%2</a> and enter:")
                                     .arg(link.toString().toHtmlEscaped(), verificationUri.toString().toHtmlEscaped()));
    m_ui->userCodeLabel->setText(userCode);
    m_ui->userCodeLabel->setAccessibleName(tr("Code to enter: %1").arg(userCode));
    m_ui->waitingText->setText(tr("Keyway checks every few seconds whether you have approved the request."));
    // The verification page can be opened again or copied into another browser, like the sign-in page.
    m_deviceLink = link;
    m_ui->copyLinkButton->setVisible(link.isValid() && !link.isEmpty());
    m_ui->copyLinkButton->setEnabled(true);
    m_ui->copyLinkButton->setToolTip(tr("Copy the address of the page where the code is entered"));
    m_ui->openAgainButton->setText(tr("&Open page again"));
    m_ui->openAgainButton->setAccessibleName(tr("Open the verification page again"));
    m_ui->openAgainButton->setToolTip(tr("Open the page where the code is entered in the browser again"));
    m_ui->openAgainButton->setVisible(m_ui->copyLinkButton->isVisible());
    m_ui->openAgainButton->setEnabled(true);
    m_ui->devicePane->show();
    m_ui->elsewhereButton->hide(); // the device code is already the way to sign in elsewhere
    m_ui->elsewherePane->hide();
    m_deviceExpiresAt = expiresAt;
    updateDeviceExpiry();
    m_deviceTimer->start();
    m_ui->copyCodeButton->setFocus();
}

void ConnectWaitingPage::updateDeviceExpiry()
{
    if (!m_deviceExpiresAt.isValid()) {
        m_ui->deviceExpiryLabel->clear();
        return;
    }
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_deviceExpiresAt));
    m_ui->deviceExpiryLabel->setText(left > 0
            ? tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
            : tr("The code has expired."));
}

} // namespace keyway
