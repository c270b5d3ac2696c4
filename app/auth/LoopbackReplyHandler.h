#pragma once

#include "common/Error.h"
#include "http/CallbackListener.h"

#include <QAbstractOAuthReplyHandler>
#include <QUrlQuery>

namespace keyway {

// Qt NetworkAuth's reply handler for RFC 8252 loopback redirects: it owns the CallbackListener (a bounded
// HTTP/1.1 server on a QTcpServer bound to 127.0.0.1 or ::1 only) and gives QOAuth2AuthorizationCodeFlow its
// redirect URI through callback().
//
// Why it does not emit QAbstractOAuthReplyHandler::callbackReceived: in Qt 6.4 that hands the code to
// QOAuth2AuthorizationCodeFlow, which then ignores a state mismatch (it only logs a warning, so the flow would
// hang), cannot send a PKCE verifier or authenticate with client_secret_basic, and drops the body of a token
// error response. Keyway validates the callback itself and exchanges the code through TokenEndpoint, so this
// handler reports redirects with redirectReceived() instead.
class LoopbackReplyHandler final : public QAbstractOAuthReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");   // or "::1"
        quint16 port = 0;                             // 0: ephemeral
        QString path = QStringLiteral("/callback");
        int timeoutMs = 5 * 60 * 1000;
    };
    explicit LoopbackReplyHandler(const Options &options, QObject *parent = nullptr);

    bool listen(Error *error);
    void close();
    QString callback() const override;
    // Token replies never come here (see above); the override only satisfies the interface.
    void networkReplyFinished(QNetworkReply *reply) override;

    CallbackListener &listener() { return m_listener; }

signals:
    void redirectReceived(const QUrlQuery &query);
    void timedOut();

private:
    CallbackListener m_listener;
};

} // namespace keyway
