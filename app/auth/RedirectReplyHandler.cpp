#include "auth/RedirectReplyHandler.h"

#include "http/SchemeRedirectListener.h"

#include <QNetworkReply>

namespace keyway {

RedirectReplyHandler::RedirectReplyHandler(const Options &options, QObject *parent)
    : QAbstractOAuthReplyHandler(parent)
    , m_target(options.target)
{
    switch (m_target.kind) {
    case RedirectTarget::Kind::PrivateUseScheme:
        m_scheme = new SchemeRedirectListener(this);
        m_scheme->setRedirectUri(m_target.registeredUri());
        m_scheme->setChannel(options.state);
        m_scheme->setTimeout(std::chrono::milliseconds(options.timeoutMs));
        connect(m_scheme, &SchemeRedirectListener::callbackReceived, this, &RedirectReplyHandler::redirectReceived);
        connect(m_scheme, &SchemeRedirectListener::timedOut, this, &RedirectReplyHandler::timedOut);
        return;
    case RedirectTarget::Kind::Loopback:
        m_loopback = new CallbackListener(this);
        // RFC 8252 §7.3 / §8.3: the loopback IP literals only. "localhost" is written in the URI where a provider
        // requires it, but what is bound is still 127.0.0.1 (and ::1 beside it).
        if (m_target.host == QLatin1String("[::1]") || m_target.host == QLatin1String("::1")) {
            m_loopback->setHost(QHostAddress(QHostAddress::LocalHostIPv6));
        } else {
            m_loopback->setHost(QHostAddress(QHostAddress::LocalHost));
            if (m_target.host == QLatin1String("localhost"))
                m_loopback->setRedirectHostName(m_target.host);
        }
        m_loopback->setPort(m_target.port);
        m_loopback->setPath(m_target.path.isEmpty() ? QStringLiteral("/callback") : m_target.path);
        m_loopback->setTimeout(std::chrono::milliseconds(options.timeoutMs));
        connect(m_loopback, &CallbackListener::callbackReceived, this, &RedirectReplyHandler::redirectReceived);
        connect(m_loopback, &CallbackListener::timedOut, this, &RedirectReplyHandler::timedOut);
        return;
    }
}

RedirectReplyHandler::~RedirectReplyHandler() = default;

void RedirectReplyHandler::setValidator(const CallbackListener::Validator &validator)
{
    if (m_loopback)
        m_loopback->setValidator(validator);
    if (m_scheme)
        m_scheme->setValidator(validator);
}

Error RedirectReplyHandler::listen()
{
    return m_loopback ? m_loopback->start() : m_scheme->start();
}

void RedirectReplyHandler::close()
{
    if (m_loopback && m_loopback->isListening())
        m_loopback->cancel();
    if (m_scheme && m_scheme->isListening())
        m_scheme->cancel();
}

QString RedirectReplyHandler::callback() const
{
    if (m_loopback)
        return m_loopback->port() == 0 ? QString() : m_target.uri(m_loopback->port());
    return m_scheme->state() == CallbackListener::State::Idle ? QString() : m_target.registeredUri();
}

void RedirectReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (reply)
        reply->deleteLater();
}

} // namespace keyway
