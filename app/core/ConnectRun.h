#pragma once

#include "core/ConnectAttempt.h"
#include "core/ConnectRequest.h"
#include "core/ConnectionPlanner.h"
#include "store/ConnectionRecord.h"

#include <QObject>

#include <memory>
#include <optional>

namespace keyway {

class ConnectionService;
class ConnectionServicePrivate;
class ConnectionLock;
struct FlowResult;
struct StoredCredentials;

// One connect, from the request to the stored connection, in named steps (as Qt NetworkAuth's
// _q_handleCallback or the Nextcloud client's Flow2Auth step methods):
//
//   begin            reconnecting: the request is completed with the secrets kept in the keychain
//   plan             the integration found, kept template values applied, ConnectionPlanner's plan made
//   discover         OpenID Connect Discovery / RFC 8414 metadata fills in the endpoints, when needed
//   checkStore       issue 15.11: the secret store must take a write before the browser opens
//   runFlow          the auth mode's Flow (FlowFactory), or nothing for credentials entered by hand
//   persist, save    the result kept under the connection's lock: keychain first, then the database
//
// Each step either calls the next or finishes the attempt. A ConnectRun is a child of its ConnectAttempt
// and ends with it. The events of a first connect are kept until the connection exists, then written, so a
// failed first connect leaves no half-made connection behind.
class ConnectRun : public QObject
{
    Q_OBJECT
public:
    // Starts a connect (on the next turn of the event loop) and returns its attempt.
    static ConnectAttempt *start(ConnectionService *service, ConnectionServicePrivate *d, const ConnectRequest &request);

private:
    ConnectRun(ConnectionService *service, ConnectionServicePrivate *d, ConnectAttempt *attempt, const ConnectRequest &request);

    void begin();
    // The integration whose registered confidential client (RFC 7591) completes `request`, if any.
    std::optional<QString> registeredSecretFor(const ConnectRequest &request) const;
    void completeFromRegistration(const QString &integrationId);
    void plan(const ConnectRequest &request);
    void discover();
    void checkStore();
    void runFlow();
    void persist(const FlowResult &result);
    void save(const FlowResult &result, const StoredCredentials &secrets, const ConnectionRecord &record,
        const std::shared_ptr<ConnectionLock> &lock);

    // Finishes with "cancelled" when the user cancelled; true then.
    bool finishedByCancel();
    // A step of the attempt for its timeline (written once the connection exists).
    void note(const QString &step, const QString &outcome, int status, const QString &detail);
    // A failed reconnect is recorded on the connection it was for.
    void recordFailure(const Error &error);

    ConnectionService *m_service;
    ConnectionServicePrivate *d;
    ConnectAttempt *m_attempt;
    ConnectRequest m_original; // as asked, for the failure record
    ConnectRequest m_request; // completed: integration, kept variables, redirect URI, scopes
    ConnectionPlan m_plan;
    QList<ConnectionEvent> m_events;
};

} // namespace keyway
