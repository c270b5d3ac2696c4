#pragma once

#include "store/ConnectionRecord.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionPage;
}

class QTimer;

namespace keyway {

class BundlePreviewDialog;
class ConnectionService;
class RequestConsole;
class SecretClipboard;
class TimelineView;
class TokenInspector;

// One connection: who is connected, its status in colour and words, a live expiry countdown, requested versus
// granted scopes and the actions (reconnect, refresh, copy token, request console, disconnect, and remove once
// revoked), and for a connection made from an exchanged token the one it was derived from; further tabs
// hold the token inspector, the flow timeline and the request console.
class ConnectionPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPage)
public:
    explicit ConnectionPage(ConnectionService &service, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void showConnection(const QString &connectionId);
    QString connectionId() const { return m_id; }
    QString integrationId() const { return m_record.integrationId; }

    TokenInspector *inspector() const { return m_inspector; }
    TimelineView *timeline() const { return m_timeline; }
    RequestConsole *console() const { return m_console; }
    SecretClipboard *clipboard() const { return m_clipboard; }

    // "expires in 4 min 10 s", "expired 2 min ago", for the countdown.
    static QString countdownText(const QDateTime &expiresAt, const QDateTime &now);

public slots:
    void refreshNow();
    void copyAccessToken();
    void openConsole();
    // Opens the bundle's preview (what it holds, personal data, Save…) and returns it.
    BundlePreviewDialog *exportDiagnostics();
    // On a revoked connection (nothing left to revoke) this asks to remove it instead.
    void disconnectWithConfirmation();
    // Forgets a revoked connection (ConnectionService::remove) after the user confirms; emits removed().
    void removeWithConfirmation();

signals:
    void backRequested();
    void reconnectRequested(const QString &connectionId);
    // Reconnect adding these provider scopes (the request console's insufficient_scope answer).
    void reconnectWithScopesRequested(const QString &connectionId, const QStringList &scopes);
    void removed(const QString &integrationId);
    // Another connection should be shown: one saved from an exchanged token here, or the one this was derived from.
    void openConnectionRequested(const QString &connectionId);
    void message(const QString &text);

protected:
    // The system switched between light and dark: the status pill takes the other colour set.
    void changeEvent(QEvent *event) override;

private:
    static QString refreshWaitName(const QString &connectionId);
    void reload();
    void updateCountdown();
    void updateStatusPanel();
    void fillScopes();
    void showDerivedFrom();
    void onChanged(const QString &id);

    std::unique_ptr<Ui::ConnectionPage> m_ui;
    ConnectionService &m_service;
    QString m_id;
    ConnectionRecord m_record;
    QTimer *m_countdown;
    SecretClipboard *m_clipboard;
    TokenInspector *m_inspector;
    TimelineView *m_timeline;
    RequestConsole *m_console;
};

} // namespace keyway
