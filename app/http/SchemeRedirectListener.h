#pragma once

#include "common/Result.h"
#include "http/CallbackListener.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

class QLocalServer;
class QLocalSocket;

namespace keyway {

// Catches a private-use URI scheme redirect (RFC 8252 §7.1). The browser hands io.keyway.app:/oauth2redirect?...
// to the desktop, which starts `keyway handle-redirect URI` (packaging/linux/io.keyway.Keyway.Redirect.desktop);
// RedirectHandoff in that process passes the URI here over a local socket.
//
//  - The socket is owner-only (QLocalServer::UserAccessOption) in an owner-only folder of the user's runtime
//    directory ($XDG_RUNTIME_DIR/keyway, 0700, refused when it belongs to someone else or is not a folder). Its
//    name is a hash of the attempt's state, so a redirect reaches the one attempt it belongs to and a redirect
//    without a state reaches none.
//  - What arrives is judged exactly as on the loopback listener: the URI must be the expected scheme and path
//    with no authority or fragment, then CallbackListener::judge with the flow's validator. A response that is
//    not this attempt's is refused and the wait goes on; the first one the validator accepts ends it.
//  - Wire format: the client sends the URI and "\n" (at most 16 KiB, within 2 s); the answer is one JSON line
//    {"ends", "success", "title", "message", "detail"}, then the socket is closed.
// Each of callbackReceived, cancelled and timedOut is emitted at most once and is the last thing done in that call.
class SchemeRedirectListener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeRedirectListener)

public:
    using Validator = CallbackListener::Validator;
    using State = CallbackListener::State;
    static constexpr qsizetype MaxUriBytes = 16 * 1024;

    explicit SchemeRedirectListener(QObject *parent = nullptr);
    ~SchemeRedirectListener() override;

    // The exact redirect URI, e.g. "io.keyway.app:/oauth2redirect" (scheme compared without case).
    void setRedirectUri(const QString &uri);
    QString redirectUri() const { return m_redirectUri; }
    // The attempt's state: names the socket (see socketPath).
    void setChannel(const QString &state);
    void setTimeout(std::chrono::milliseconds timeout); // default 5 min
    void setValidator(Validator validator);

    // A null Error once listening. Error codes: "already_started", "listen_failed", "unsafe_directory".
    Error start();
    void cancel();
    State state() const { return m_state; }
    bool isListening() const { return m_state == State::Listening; }

    // The owner-only folder the sockets live in, created (0700) when missing; empty with *error when unsafe.
    static Result<QString> socketDirectory();
    // The socket for a state: socketDirectory()/redirect-<first 32 hex digits of SHA-256(state)>.
    static Result<QString> socketPath(const QString &state);
    // The query of a redirect URI read as application/x-www-form-urlencoded, as the loopback listener reads it.
    static QUrlQuery responseQuery(const QString &uri);

signals:
    void callbackReceived(const QUrlQuery &query);
    void cancelled();
    void timedOut();

private:
    void acceptConnections();
    void read(QLocalSocket *socket);
    void answer(QLocalSocket *socket, const CallbackVerdict &verdict);
    CallbackVerdict judgeUri(const QByteArray &line) const;
    void stopListening();

    QLocalServer *m_server = nullptr;
    QSet<QLocalSocket *> m_sockets;
    QTimer m_timer;
    QString m_redirectUri;
    QString m_channel;
    std::chrono::milliseconds m_timeout {5 * 60 * 1000};
    Validator m_validator;
    State m_state = State::Idle;
};

} // namespace keyway
