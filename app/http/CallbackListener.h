#pragma once

#include "common/Error.h"
#include "http/HttpRequest.h"
#include "http/LoopbackServer.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

namespace keyway {

// What the browser tab shows once the authorization response arrived. Plain text only: every field is
// HTML-escaped when the page is rendered, so a provider's error_description cannot inject markup.
struct CallbackVerdict
{
    bool success = false;
    QString title;
    QString message;
    QString detail; // optional, shown in a monospace line (e.g. "access_denied")
    // False: the request is answered with this page but the wait goes on (e.g. a state that matches no pending
    // request, which any web page could send to the port). True, the default: this is the one callback.
    bool endsWait = true;
};

// Catches the authorization response of the authorization code flow on the loopback interface (RFC 8252 §7.3):
// listens on 127.0.0.1 (or ::1) on an ephemeral or fixed port, waits for the browser's redirect to `path`, and
// hands its query to the flow exactly once. Where a provider insists on "localhost" in the redirect URI, the URI
// names it (setRedirectHostName) and the listener also takes ::1 on the same port when it can, as browsers may
// resolve the name to either.
//
//  - Only GET on exactly `path` can be the callback. Other paths get 404 (browsers ask for /favicon.ico), other
//    methods 405 with "Allow: GET", malformed requests 400; a GET on `path` carrying none of code, error and state
//    gets 400, and so does one repeating any of them (RFC 6749 §3.1). None of these ends the wait.
//  - The first GET on `path` with code, error or state is shown to the validator; its verdict picks the page
//    (":/pages/callback.html") and, unless it says otherwise, callbackReceived() is emitted and the port closed:
//    a second callback finds nothing listening. The flow's validator keeps waiting (400 page) for a response
//    whose state is not its own: any web page can send one to the port (issue 15 point 5).
//  - HEAD is not accepted on `path`: link scanners and prefetchers must not consume the one callback.
//  - cancel() and the timeout (default 5 minutes) stop listening and emit cancelled() / timedOut().
// Each of callbackReceived, cancelled and timedOut is emitted at most once and is the last thing the listener
// does in that call, so a receiver may delete it.
class CallbackListener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListener)

public:
    using Validator = std::function<CallbackVerdict(const QUrlQuery &query)>;
    enum class State { Idle, Listening, Received, Cancelled, TimedOut };

    explicit CallbackListener(QObject *parent = nullptr);
    ~CallbackListener() override;

    // Configuration, read by start(). host: 127.0.0.1 (default) or ::1.
    void setHost(const QHostAddress &host);
    QHostAddress host() const { return m_host; }
    // 0 (default) = an ephemeral port; a fixed port only where a provider requires one registered.
    void setPort(quint16 port);
    // The host written in redirectUri(): empty (default) for the IP literal, or "localhost" (RFC 8252 §8.3 allows
    // it where the provider requires the name; the listener still binds the loopback IP literals only).
    void setRedirectHostName(const QString &name);
    // Default "/callback". Must start with "/" and hold only RFC 3986 path characters.
    void setPath(const QString &path);
    QString path() const { return m_path; }
    void setTimeout(std::chrono::milliseconds timeout); // default 5 min
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Decides the page for the callback. Without one: an "error" parameter is a failure, anything else success.
    void setValidator(Validator validator);

    // A null Error once listening. Error codes: "already_started", "invalid_redirect_path",
    // "invalid_redirect_host", and LoopbackServer::listen's.
    Error start();
    // Stop waiting; emits cancelled() when it was listening.
    void cancel();

    State state() const { return m_state; }
    bool isListening() const { return m_state == State::Listening; }
    // "http://127.0.0.1:PORT/callback" or "http://[::1]:PORT/callback" once started (RFC 8252 §7.3: an IP
    // literal, never "localhost"); empty before. The flow sends it unchanged in both requests (RFC 6749 §4.1.3).
    QUrl redirectUri() const;
    quint16 port() const { return m_boundPort; }

    // The underlying server, e.g. to shorten its read timeout in tests.
    LoopbackServer *server() const { return m_server; }

    // The callback page with its placeholders filled; each value is HTML-escaped exactly once.
    static QString renderPage(const CallbackVerdict &verdict);
    // The rules every authorization response meets, whichever way it arrives (this listener, or a private-use
    // scheme redirect handed over by `keyway handle-redirect`): it carries code, error or state, none of them
    // twice (RFC 6749 §3.1), else a refusal that never ends the wait; then the validator's verdict (without
    // one: an "error" parameter is a failure, anything else success).
    static CallbackVerdict judge(const QUrlQuery &query, const Validator &validator);

signals:
    void callbackReceived(const QUrlQuery &query);
    void cancelled();
    void timedOut();

private:
    void handle(const HttpRequest &request, const LoopbackServer::Responder &responder);
    void stopListening();
    void onTimeout();

    LoopbackServer *m_server = nullptr;
    LoopbackServer *m_server6 = nullptr; // ::1 beside 127.0.0.1, for a redirect URI naming "localhost"
    QTimer m_timer;
    QHostAddress m_host {QHostAddress::LocalHost};
    quint16 m_port = 0;
    quint16 m_boundPort = 0;
    QString m_hostName;
    QString m_path = QStringLiteral("/callback");
    std::chrono::milliseconds m_timeout {5 * 60 * 1000};
    Validator m_validator;
    State m_state = State::Idle;
};

} // namespace keyway
