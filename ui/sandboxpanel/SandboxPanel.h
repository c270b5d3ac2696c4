#pragma once

#include "sandbox/SandboxFaults.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Ui {
class SandboxPanel;
}

namespace keyway {

class SandboxServer;

// The Sandbox panel: whether the built-in Keyway Sandbox runs (here or in another Keyway process), Start and
// Stop, and one switch per fault with what it does and what Keyway should show, which is what QA checks. The
// switches change the sandbox's store, which whichever process serves it reads on every request; while shown,
// the panel looks at the store every second, so faults switched with `keyway sandbox fault` and requests served
// by another process appear here too. Above the faults, the sandbox's personalities (SandboxPersonality), each with
// what it does, what Keyway should do, and a Connect button for its catalogue entry. Below, the requests the sandbox answered
// (method, path, status; never a query or a token).
class SandboxPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPanel)

public:
    explicit SandboxPanel(SandboxServer &server, QWidget *parent = nullptr);
    ~SandboxPanel() override;

    static constexpr int kMaxActivity = 200;
    static constexpr int kPollMs = 1000;

signals:
    // Connect was pressed beside a personality: the catalogue entry to connect with and the client id the sandbox
    // knows the personality by. For a personality whose client authenticates with a TLS client certificate
    // (RFC 8705 §2.2), a new one registered with the sandbox just now (SandboxProvider::registerClientCertificate),
    // its key in memory only, for the connect dialog; else both empty.
    void connectRequested(
        const QString &integrationId, const QString &clientId, const QByteArray &certificatePem, const QByteArray &keyPem);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct FaultRow
    {
        SandboxFaults::Fault fault;
        SandboxFaults::Kind kind;
        QCheckBox *check = nullptr; // Count and Value faults
        QPushButton *button = nullptr; // Action faults
        QSpinBox *spin = nullptr; // Value faults: milliseconds
        QLabel *state = nullptr; // "next 1 request", "until switched off", ...
    };

    void buildFaultRows();
    void buildPersonalityRows();
    void start();
    void updateServerState();
    // Shows the store's fault values in the switches without triggering them.
    void refreshFaults();
    void switchFault(const FaultRow &row, bool on);
    void runAction(const FaultRow &row);
    void resetFaults();
    // What changed in the store since the last look: faults (when its data version moved) and new requests.
    void poll();
    void showNewRequests();

    std::unique_ptr<Ui::SandboxPanel> m_ui;
    SandboxServer &m_server;
    QList<FaultRow> m_rows;
    QTimer m_poll; // looks at the store while the panel shows
    qint64 m_dataVersion = -1;
    qint64 m_changes = -1;
    qint64 m_lastRequest = 0;
    bool m_updating = false;
    QString m_lastAction; // "Rotate signing keys: done at 14:03:07."
};

} // namespace keyway
