#pragma once

#include "auth/RedirectTarget.h"
#include "common/Error.h"
#include "http/CallbackListener.h"

#include <QAbstractOAuthReplyHandler>
#include <QUrlQuery>

namespace keyway {

class SchemeRedirectListener;

// Qt NetworkAuth's reply handler for native-app redirects (RFC 8252 §7): it owns the listener that catches the
// authorization response and gives QOAuth2AuthorizationCodeFlow its redirect URI through callback().
//  - A loopback target (§7.3): a CallbackListener, a bounded HTTP/1.1 server on 127.0.0.1 or ::1 only, on an
//    ephemeral port or the fixed one the provider compares exactly.
//  - A private-use scheme target (§7.1): a SchemeRedirectListener, which `keyway handle-redirect` reaches.
// Both judge the response with the same rules and the same validator (setValidator).
//
// Why it does not emit QAbstractOAuthReplyHandler::callbackReceived: in Qt 6.4 that hands the code to
// QOAuth2AuthorizationCodeFlow, which then ignores a state mismatch (it only logs a warning, so the flow would
// hang), cannot send a PKCE verifier or authenticate with client_secret_basic, and drops the body of a token
// error response. Keyway validates the callback itself and exchanges the code through TokenEndpoint, so this
// handler reports redirects with redirectReceived() instead.
class RedirectReplyHandler final : public QAbstractOAuthReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectReplyHandler)
public:
    struct Options
    {
        RedirectTarget target;
        QString state; // names the private-use scheme listener's socket
        int timeoutMs = 5 * 60 * 1000;
    };
    explicit RedirectReplyHandler(const Options &options, QObject *parent = nullptr);
    ~RedirectReplyHandler() override;

    void setValidator(const CallbackListener::Validator &validator);
    // A null Error once listening (CallbackListener::start, SchemeRedirectListener::start).
    Error listen();
    void close();
    // The exact redirect URI of this attempt (the bound port filled in); empty before listen().
    QString callback() const override;
    // Token replies never come here (see above); the override only satisfies the interface.
    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    void redirectReceived(const QUrlQuery &query);
    void timedOut();

private:
    RedirectTarget m_target;
    CallbackListener *m_loopback = nullptr;
    SchemeRedirectListener *m_scheme = nullptr;
};

} // namespace keyway
