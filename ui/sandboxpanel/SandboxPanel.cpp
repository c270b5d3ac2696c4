#include "sandboxpanel/SandboxPanel.h"

#include "ui_SandboxPanel.h"
#include "widgets/MessagePanel.h"

#include "sandbox/SandboxPersonality.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>

namespace keyway {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SandboxPanel::SandboxPanel(SandboxServer &server, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SandboxPanel>())
    , m_server(server)
{
    m_ui->setupUi(this);
    m_ui->errorPanel->clear();
    buildPersonalityRows();
    buildFaultRows();

    connect(m_ui->startButton, &QPushButton::clicked, this, &SandboxPanel::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        m_ui->errorPanel->clear();
        m_server.stop();
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, &SandboxPanel::resetFaults);
    connect(&m_server, &SandboxServer::stateChanged, this, &SandboxPanel::updateServerState);
    connect(&m_server, &SandboxServer::faultsChanged, this, &SandboxPanel::refreshFaults);
    connect(&m_server, &SandboxServer::requestServed, this, &SandboxPanel::showNewRequests);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SandboxPanel::poll);

    updateServerState();
    refreshFaults();
    // The log goes back to before this window opened: requests of earlier processes are part of the story.
    showNewRequests();
}

SandboxPanel::~SandboxPanel() = default;

void SandboxPanel::buildPersonalityRows()
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_ui->personalitiesContainer->layout());
    for (const SandboxPersonality &p : SandboxPersonality::personalities()) {
        auto *box = new QWidget(m_ui->personalitiesContainer);
        box->setObjectName(QStringLiteral("personality-") + p.clientId);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setColumnStretch(1, 1);
        auto *connectButton = new QPushButton(tr("Connect…"), box);
        connectButton->setObjectName(QStringLiteral("connect-") + p.integrationId);
        connectButton->setAccessibleDescription(tr("Connect to the Keyway Sandbox (%1)").arg(p.title));
        grid->addWidget(connectButton, 0, 0);
        auto *title = wrappedLabel(tr("<b>%1</b> — client %2").arg(p.title.toHtmlEscaped(), p.clientId), box);
        grid->addWidget(title, 0, 1);
        grid->addWidget(wrappedLabel(p.description, box), 1, 0, 1, 2);
        QLabel *expected = wrappedLabel(tr("Keyway should %1").arg(p.expected), box);
        QFont italic = expected->font();
        italic.setItalic(true);
        expected->setFont(italic);
        grid->addWidget(expected, 2, 0, 1, 2);
        layout->addWidget(box);
        const QString id = p.integrationId;
        const QString clientId = p.clientId;
        if (!p.accepts(SandboxPersonality::ClientAuth::SelfSignedTlsClientAuth)) {
            connect(connectButton, &QPushButton::clicked, this,
                [this, id, clientId] { emit connectRequested(id, clientId, {}, {}); });
            continue;
        }
        // QA needs no terminal: Connect makes the client certificate (as keyway sandbox client-cert does) and hands
        // it to the dialog; its key goes from memory to the keychain when the connection is made.
        grid->addWidget(wrappedLabel(tr("Connect makes a new client certificate, registers it with the sandbox and picks "
                                        "it in the connect dialog."),
                            box),
            3, 0, 1, 2);
        connect(connectButton, &QPushButton::clicked, this, [this, id, clientId] {
            const Result<SelfSignedCertificate> made = m_server.provider().registerClientCertificate(clientId);
            if (!made)
                return m_ui->errorPanel->showError(made.error());
            emit connectRequested(id, clientId, made.value().certificatePem, made.value().keyPem);
        });
    }
    layout->addStretch(1);
}

void SandboxPanel::buildFaultRows()
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_ui->faultsContainer->layout());
    for (const SandboxFaults::Info &info : SandboxFaults::catalog()) {
        auto *box = new QWidget(m_ui->faultsContainer);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setColumnStretch(2, 1);

        FaultRow row {info.fault, info.kind};
        if (info.kind == SandboxFaults::Kind::Action) {
            row.button = new QPushButton(info.title, box);
            row.button->setAccessibleDescription(info.description);
            grid->addWidget(row.button, 0, 0);
        } else {
            row.check = new QCheckBox(info.title, box);
            row.check->setAccessibleDescription(info.description);
            if (info.kind == SandboxFaults::Kind::Count && info.onValue == 1)
                row.check->setToolTip(tr("Applies to the next request only, then switches itself off."));
            grid->addWidget(row.check, 0, 0);
        }
        if (info.kind == SandboxFaults::Kind::Value) {
            row.spin = new QSpinBox(box);
            row.spin->setRange(info.minValue, info.maxValue);
            row.spin->setSingleStep(qMax(1, (info.maxValue - info.minValue) / 60));
            row.spin->setValue(info.onValue);
            row.spin->setSuffix(QLatin1Char(' ') + info.unit);
            row.spin->setAccessibleName(tr("%1, in %2").arg(info.title, info.unit));
            grid->addWidget(row.spin, 0, 1);
        }
        row.state = new QLabel(box);
        grid->addWidget(row.state, 0, 2);
        QLabel *description = wrappedLabel(info.description, box);
        grid->addWidget(description, 1, 0, 1, 3);
        QLabel *expected = wrappedLabel(tr("Keyway should %1").arg(info.expected), box);
        QFont italic = expected->font();
        italic.setItalic(true);
        expected->setFont(italic);
        grid->addWidget(expected, 2, 0, 1, 3);
        layout->addWidget(box);

        m_rows.append(row);
        const FaultRow &added = m_rows.last();
        if (added.button)
            connect(added.button, &QPushButton::clicked, this, [this, added] { runAction(added); });
        if (added.check)
            connect(added.check, &QCheckBox::toggled, this, [this, added](bool on) {
                if (!m_updating)
                    switchFault(added, on);
            });
        if (added.spin)
            connect(added.spin, &QSpinBox::valueChanged, this, [this, added] {
                if (!m_updating && added.check->isChecked())
                    switchFault(added, true);
            });
    }
    layout->addStretch(1);
}

void SandboxPanel::start()
{
    m_ui->errorPanel->clear();
    const Error error = m_server.ensureRunning();
    if (!error.isNull())
        m_ui->errorPanel->showError(error);
}

void SandboxPanel::updateServerState()
{
    switch (m_server.state()) {
    case SandboxServer::State::Stopped:
        m_ui->statusLabel->setText(tr("Stopped. Keyway starts it when you connect or use the Keyway Sandbox."));
        break;
    case SandboxServer::State::Running:
        m_ui->statusLabel->setText(tr("Running at %1").arg(m_server.issuer()));
        break;
    case SandboxServer::State::RunningElsewhere:
        m_ui->statusLabel->setText(
            tr("Served by another Keyway process at %1; the switches below act on it.").arg(m_server.issuer()));
        break;
    }
    m_ui->startButton->setEnabled(m_server.state() == SandboxServer::State::Stopped);
    m_ui->stopButton->setEnabled(m_server.state() == SandboxServer::State::Running);
    refreshFaults();
}

void SandboxPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    poll();
    m_poll.start();
}

void SandboxPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
}

void SandboxPanel::poll()
{
    SandboxStore &store = m_server.store();
    const qint64 version = store.dataVersion();
    if (version != m_dataVersion || store.changeCount() != m_changes)
        refreshFaults();
    showNewRequests();
}

void SandboxPanel::refreshFaults()
{
    SandboxStore &store = m_server.store();
    m_dataVersion = store.dataVersion();
    m_changes = store.changeCount();
    const QMap<QString, int> values = store.faultValues();
    m_updating = true;
    QStringList on;
    for (const FaultRow &row : m_rows) {
        const SandboxFaults::Info &info = SandboxFaults::info(row.fault);
        const int value = values.value(info.name);
        if (row.check)
            row.check->setChecked(value != 0);
        if (row.spin && value != 0)
            row.spin->setValue(value);
        const QString state = SandboxFaults::stateText(info, value);
        row.state->setText(
            row.kind == SandboxFaults::Kind::Count && value == SandboxFaults::kUntilOff ? tr("on until switched off") : state);
        if (value != 0 && row.kind != SandboxFaults::Kind::Action)
            on << (state.isEmpty() ? info.title : tr("%1 (%2)").arg(info.title, state));
    }
    m_updating = false;
    // The status line says what is on now, read from the faults themselves: right after a one-shot fault fired
    // (it switched itself off) and after "Switch all off" alike.
    const QString now = on.isEmpty() ? tr("Every fault is off.") : tr("On: %1.").arg(on.join(QStringLiteral("; ")));
    m_ui->faultStatusLabel->setText(m_lastAction.isEmpty() ? now : m_lastAction + QLatin1Char(' ') + now);
}

void SandboxPanel::switchFault(const FaultRow &row, bool on)
{
    const SandboxFaults::Info &info = SandboxFaults::info(row.fault);
    const int value = !on ? 0 : row.kind == SandboxFaults::Kind::Value ? row.spin->value() : info.onValue;
    m_ui->errorPanel->clear();
    m_lastAction.clear();
    const Error error = m_server.setFaultValue(row.fault, value);
    if (!error.isNull())
        m_ui->errorPanel->showError(error);
    refreshFaults();
}

void SandboxPanel::runAction(const FaultRow &row)
{
    const SandboxFaults::Info &info = SandboxFaults::info(row.fault);
    m_ui->errorPanel->clear();
    const Error error = m_server.setFault(row.fault, true);
    if (!error.isNull()) {
        m_ui->errorPanel->showError(error);
        return;
    }
    m_lastAction = tr("%1: done at %2.").arg(info.title, QTime::currentTime().toString());
    refreshFaults();
}

void SandboxPanel::resetFaults()
{
    m_ui->errorPanel->clear();
    m_lastAction.clear();
    m_server.clearFaults();
    refreshFaults();
}

void SandboxPanel::showNewRequests()
{
    const QList<SandboxStore::LoggedRequest> requests = m_server.store().requests(m_lastRequest);
    if (requests.isEmpty())
        return;
    for (const SandboxStore::LoggedRequest &r : requests) {
        m_ui->activityList->addItem(
            QStringLiteral("%1  %2 %3  →  %4")
                .arg(QDateTime::fromMSecsSinceEpoch(r.at).toString(QStringLiteral("HH:mm:ss")), r.method, r.path)
                .arg(r.status));
        m_lastRequest = r.id;
    }
    while (m_ui->activityList->count() > kMaxActivity)
        delete m_ui->activityList->takeItem(0);
    m_ui->activityList->scrollToBottom();
}

} // namespace keyway
