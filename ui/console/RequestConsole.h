#pragma once

#include "console/BodyFormatter.h"
#include "core/ApiCall.h"
#include "core/ApiRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class RequestConsole;
}

class QMessageBox;
class QTimer;

namespace keyway {

class ApiCall;
class ChunkedTextLoader;
class ConnectionService;
class HistoryModel;
class JsonHighlighter;
class SecretClipboard;

// Sends requests with one connection's credential and shows the answer: status, time, size, headers and the
// body both pretty-printed (syntax-highlighted JSON) and raw. Bodies are formatted on a worker thread and put
// on screen a slice at a time; only the first displayLimit() bytes are shown until "Show all". Keeps the
// connection's request history for re-runs and copies a request as a curl command (credential masked unless
// asked for).
class RequestConsole : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestConsole)
public:
    RequestConsole(ConnectionService &service, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~RequestConsole() override;

    void setConnection(const QString &connectionId);
    QString connectionId() const { return m_connectionId; }
    void setDisplayLimit(qint64 bytes) { m_displayLimit = bytes; }
    qint64 displayLimit() const { return m_displayLimit; }

    ApiRequest currentRequest() const;
    void setRequest(const QString &method, const QString &url, const HeaderList &headers, const QByteArray &body);
    bool isSending() const { return m_call != nullptr; }
    // True while a body is being formatted or put on screen.
    bool isRendering() const;
    const FormattedBody &formatted() const { return m_formatted; }
    // The URL a relative entry resolves to (for display and cURL).
    QString resolvedUrl() const;

public slots:
    void send();
    void cancel();
    void focusUrl();
    void showResponse(const keyway::ApiResponse &response);
    void showAll();
    void copyAsCurl();
    void rerunSelected();
    void loadSelected();

signals:
    void responseShown(); // status, headers and the first view of the body are on screen
    void renderingFinished(); // the body view is complete (as far as shown)
    void curlCopied(const QString &command);
    // RFC 6750 §3.1 insufficient_scope: the user asked to reconnect with the provider scopes the API named.
    void reconnectWithScopesRequested(const QString &connectionId, const QStringList &scopes);

protected:
    // The system switched between light and dark: recolour the JSON.
    void changeEvent(QEvent *event) override;

private:
    void askAboutOrigin(const QString &origin);
    void setSending(bool sending);
    void updateSendingStatus();
    void startFormatting(qint64 limit);
    void onFormatted(quint64 ticket, FormattedBody body);
    void loadRawIfNeeded();
    void saveBody();
    void addHeaderRow(const QString &name = {}, const QString &value = {});
    QString apiBase() const;
    void resetForm();

    std::unique_ptr<Ui::RequestConsole> m_ui;
    ConnectionService &m_service;
    SecretClipboard *m_clipboard;
    HistoryModel *m_history;
    JsonHighlighter *m_highlighter;
    ChunkedTextLoader *m_prettyLoader;
    ChunkedTextLoader *m_rawLoader;
    QTimer *m_sendingTicker;
    QElapsedTimer m_sendingClock;
    QString m_connectionId;
    QStringList m_missingScopes; // named by the last answer's insufficient_scope challenge
    QPointer<ApiCall> m_call;
    // The user's answer per foreign origin (send the credential there or not), asked once per connection shown.
    QHash<QString, bool> m_originChoices;
    QPointer<QMessageBox> m_originBox;
    qint64 m_received = 0;
    ApiResponse m_response;
    FormattedBody m_formatted;
    quint64 m_ticket = 0;
    bool m_formatting = false;
    bool m_rawLoaded = false;
    qint64 m_displayLimit = 2LL * 1024 * 1024;
};

} // namespace keyway
