#pragma once

// Talks to a running Keyway Sandbox's control endpoint (GET/POST /_sandbox/faults) over loopback: the command
// line's `keyway sandbox faults` and `keyway sandbox fault`, and the Sandbox panel when the sandbox it shows is
// served by another Keyway. Asynchronous: each call answers once through its callback, with the sandbox's status
// ({"issuer", "access_token_lifetime", "faults": [...]}) or an Error:
//   "sandbox_not_running"  nothing answers on the port
//   "sandbox_error"        the sandbox refused the change (its error code and description in the detail)
//   "sandbox_bad_answer"   something answered, but not as a Keyway Sandbox does

#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace keyway {

class SandboxControlClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxControlClient)

public:
    using Callback = std::function<void(const Result<QJsonObject> &status)>;

    explicit SandboxControlClient(QObject *parent = nullptr);

    // Default http://127.0.0.1:47231; must be a loopback http URL.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void fetchStatus(Callback done);
    // `value`: "on", "off" or a number, as SandboxFaults::parseValue takes it.
    void setFault(const QString &name, const QString &value, Callback done);
    void resetFaults(Callback done);

private:
    void send(const QByteArray &body, Callback done);

    QNetworkAccessManager *m_manager = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout {10000};
};

} // namespace keyway
