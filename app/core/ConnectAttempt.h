#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace keyway {

// One running "connect" (any auth mode), owned by ConnectionService. Front ends show its progress and may
// cancel it; it finishes exactly once with succeeded() or failed(), then deletes itself later.
class ConnectAttempt : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectAttempt)
public:
    explicit ConnectAttempt(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool isFinished() const { return m_finished; }

    // Cancels the flow; failed() follows with code "cancelled". Remembered when the flow has not started yet.
    void cancel()
    {
        m_cancelRequested = true;
        emit cancelRequested();
    }
    bool isCancelRequested() const { return m_cancelRequested; }
    // Opens the authorization URL in the browser again (the user closed the tab).
    void openBrowserAgain() { emit reopenRequested(); }

    // Used by the flow driving this attempt.
    void setAuthorizationUrl(const QUrl &url)
    {
        m_authorizationUrl = url;
        emit authorizationUrlReady(url);
    }
    void finishOk(const QString &connectionId)
    {
        if (m_finished)
            return;
        m_finished = true;
        emit succeeded(connectionId);
    }
    void finishError(const Error &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        emit failed(error);
    }

signals:
    void authorizationUrlReady(const QUrl &url); // also copyable for any browser
    void browserOpened();
    void browserFailed(const keyway::Error &error);
    // RFC 8628 §3.3: show the user code big and copyable.
    void deviceCodeReady(
        const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void progress(const QString &step, const QString &text);
    // Something the user must hear about every time (PKCE turned off); the command line prints "Warning: ".
    void warning(const QString &text);
    void succeeded(const QString &connectionId);
    void failed(const keyway::Error &error);

    void cancelRequested();
    void reopenRequested();

private:
    QUrl m_authorizationUrl;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace keyway
