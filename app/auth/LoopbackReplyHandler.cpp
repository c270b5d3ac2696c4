#include "auth/LoopbackReplyHandler.h"

#include <QNetworkReply>

namespace keyway {

LoopbackReplyHandler::LoopbackReplyHandler(const Options &options, QObject *parent) : QAbstractOAuthReplyHandler(parent)
{
    // RFC 8252 §7.3 / §8.3: loopback IP literals only; anything else falls back to 127.0.0.1.
    m_listener.setHost(options.host == QLatin1String("::1") || options.host == QLatin1String("[::1]") ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                                                                     : QHostAddress(QHostAddress::LocalHost));
    m_listener.setPort(options.port);
    m_listener.setPath(options.path.isEmpty() ? QStringLiteral("/callback") : options.path);
    m_listener.setTimeout(std::chrono::milliseconds(options.timeoutMs));
    connect(&m_listener, &CallbackListener::callbackReceived, this, &LoopbackReplyHandler::redirectReceived);
    connect(&m_listener, &CallbackListener::timedOut, this, &LoopbackReplyHandler::timedOut);
}

bool LoopbackReplyHandler::listen(Error *error)
{
    return m_listener.start(error);
}

void LoopbackReplyHandler::close()
{
    if (m_listener.isListening())
        m_listener.cancel();
}

QString LoopbackReplyHandler::callback() const
{
    return m_listener.redirectUri().toString();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (reply)
        reply->deleteLater();
}

} // namespace keyway
