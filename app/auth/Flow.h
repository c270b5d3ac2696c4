#pragma once

#include "auth/FlowResult.h"
#include "common/Error.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace keyway {

// One way of obtaining tokens (authorization code, client credentials, device code, JWT bearer), all behind
// one interface so ConnectionService drives them alike. A flow finishes exactly once, with finished() or
// failed(); every step it takes is reported through step() for the connection's event log (details must
// already be free of secrets: use Redactor::fingerprint for any credential).
class Flow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Flow)
public:
    explicit Flow(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    virtual void start() = 0;
    // Ends the flow; failed() follows with code "cancelled".
    virtual void cancel() = 0;
    // Flows that involve a browser open it again; others ignore this.
    virtual void openBrowserAgain() { }
    // The address the browser ended on, pasted by the user when it could not reach this computer ("sign in on
    // another device"). Flows whose sign-in comes back on a redirect judge it as if it had arrived there; a null
    // Error means it was taken (the flow goes on and finishes with finished() or failed()). Others refuse it.
    virtual Error submitRedirect(const QUrl &url)
    {
        Q_UNUSED(url)
        return Error::make(QStringLiteral("no_redirect"), tr("This sign-in does not come back to an address to paste."));
    }

signals:
    void authorizationUrlReady(const QUrl &url);
    void browserOpened();
    void browserFailed(const keyway::Error &error);
    void deviceCodeReady(
        const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void step(const QString &step, const QString &outcome, int httpStatus, const QString &detail);
    void finished(const keyway::FlowResult &result);
    void failed(const keyway::Error &error);

protected:
    static Error cancelledError() { return Error::make(QStringLiteral("cancelled"), tr("Connecting was cancelled.")); }

    // A flow finishes exactly once: the first of succeed() and fail() ends it (stopWork(), then finished() or
    // failed()), later calls do nothing. Steps that would go on check ended() first.
    bool ended() const { return m_ended; }
    void succeed(const FlowResult &result);
    void fail(const Error &error);
    // Stops what the flow still has running (a listener, a poll timer) when it ends.
    virtual void stopWork() { }

private:
    bool m_ended = false;
};

} // namespace keyway
