#pragma once

#include "sandbox/SandboxFaults.h"

#include <QJsonObject>
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

class SandboxControlClient;
class SandboxServer;

// The Sandbox panel: whether the built-in Keyway Sandbox runs (and where), Start and Stop, and one switch per
// fault with what it does and what Keyway should show, which is what QA checks. When the sandbox is served by
// another Keyway, the switches act on that one through its control endpoint. Below, the requests the sandbox
// answered (method, path, status; never a query or a token).
class SandboxPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPanel)

public:
    explicit SandboxPanel(SandboxServer &server, QWidget *parent = nullptr);
    ~SandboxPanel() override;

    static constexpr int kMaxActivity = 200;

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
    void start();
    void updateServerState();
    // Shows these values (fault name -> value) in the switches without triggering them.
    void showFaultValues(const QHash<QString, int> &values);
    void refreshFaults();
    void switchFault(const FaultRow &row, bool on);
    void runAction(const FaultRow &row);
    void resetFaults();
    void applyRemoteStatus(const QJsonObject &status);
    void addActivity(const QString &method, const QString &path, int status);
    void showError(const QString &message);
    bool isRemote() const;
    SandboxControlClient &control();

    std::unique_ptr<Ui::SandboxPanel> m_ui;
    SandboxServer &m_server;
    QList<FaultRow> m_rows;
    SandboxControlClient *m_control = nullptr;
    QTimer m_remotePoll; // refreshes the other Keyway's faults while this panel shows them
    bool m_updating = false;
    QString m_lastAction; // "Rotate signing keys: done at 14:03:07."
};

} // namespace keyway
