#pragma once

#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace Ui {
class ConnectWaitingPage;
}

class QTimer;

namespace keyway {

class ConnectAttempt;

// While a connect attempt runs: waiting for the browser sign-in (copy the link, open it again), the device code
// to enter elsewhere (big, copyable, with its expiry, RFC 8628 §3.3), or "Connecting…" with the core's progress.
// "Sign in on another device" shows the sign-in address (copyable) and a box for the address the browser ended on,
// handed to the core as it is (ConnectAttempt::submitRedirect, the same path as `keyway connect --no-browser`).
// Cancel (or Esc in the dialog) ends the attempt; the dialog goes back to the form.
class ConnectWaitingPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectWaitingPage)
public:
    explicit ConnectWaitingPage(QWidget *parent = nullptr);
    ~ConnectWaitingPage() override;

    // Follows this attempt: `browser` for the authorization code flow, where a sign-in page opens.
    void follow(ConnectAttempt *attempt, bool browser, const QString &providerName);
    void stop();
    void focusCancel();

signals:
    void cancelRequested();

private:
    void onDeviceCode(
        const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void updateDeviceExpiry();
    void copyLink();
    void showElsewhere(bool shown);
    void finishWithPastedAddress();

    std::unique_ptr<Ui::ConnectWaitingPage> m_ui;
    QPointer<ConnectAttempt> m_attempt;
    QTimer *m_deviceTimer;
    QDateTime m_deviceExpiresAt;
    QUrl m_deviceLink;
};

} // namespace keyway
