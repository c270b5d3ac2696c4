#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

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

    // "Sign in on another device": the address the browser ended on, as the user pasted it. A null Error: taken,
    // and succeeded() or failed() follows; otherwise why it was refused (nothing is stored then).
    Error submitRedirect(const QString &pasted)
    {
        if (m_finished)
            return Error::make(QStringLiteral("sign_in_over"), tr("This sign-in has already ended. Start connecting again."));
        if (!m_redirectSink)
            return Error::make(QStringLiteral("not_waiting"), tr("This sign-in is not waiting for an address yet."));
        return m_redirectSink(pastedAddress(pasted));
    }
    // What the user pasted, as a URL: surrounding space dropped, and "http://" put back where the browser's address
    // bar hid it from a loopback address ("127.0.0.1:PORT/callback?...").
    static QUrl pastedAddress(const QString &pasted)
    {
        const QString text = pasted.trimmed();
        for (const char *host : {"127.0.0.1", "[::1]", "localhost"})
            if (text.startsWith(QLatin1String(host)))
                return QUrl(QStringLiteral("http://") + text, QUrl::StrictMode);
        return QUrl(text, QUrl::StrictMode);
    }

    // Used by the flow driving this attempt.
    void setRedirectSink(std::function<Error(const QUrl &)> sink) { m_redirectSink = std::move(sink); }
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
    std::function<Error(const QUrl &)> m_redirectSink;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace keyway
