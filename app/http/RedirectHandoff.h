#pragma once

#include "common/Error.h"
#include "http/CallbackListener.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLocalSocket;

namespace keyway {

// Hands a private-use URI scheme redirect (RFC 8252 §7.1) to the Keyway process waiting for it: the far end of
// SchemeRedirectListener, run by `keyway handle-redirect URI` when the desktop opens io.keyway.app: links.
// The socket is found from the response's state (SchemeRedirectListener::socketPath), so nothing is sent
// anywhere when the URI names no state or no sign-in is waiting for it. Emits exactly one of delivered() (the
// waiting side's verdict: it may still refuse the response) or failed(), always from the event loop.
class RedirectHandoff : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectHandoff)

public:
    explicit RedirectHandoff(QObject *parent = nullptr);
    ~RedirectHandoff() override;

    void deliver(const QString &uri);

signals:
    void delivered(const keyway::CallbackVerdict &verdict);
    void failed(const keyway::Error &error);

private:
    void finish(const Error &error);
    void onReadyRead();

    QPointer<QLocalSocket> m_socket;
    QTimer m_deadline;
    QByteArray m_reply;
    bool m_done = false;
};

} // namespace keyway
