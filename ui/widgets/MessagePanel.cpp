#include "widgets/MessagePanel.h"

#include "ui_MessagePanel.h"

#include "common/Error.h"
#include "widgets/Icons.h"
#include "widgets/StatusStyle.h"

#include <QEvent>
#include <QPushButton>

namespace keyway {

namespace {

ConnectionStatus statusColourOf(MessagePanel::Kind kind)
{
    switch (kind) {
    case MessagePanel::Kind::Information:
        return ConnectionStatus::Pending;
    case MessagePanel::Kind::Success:
        return ConnectionStatus::Connected;
    case MessagePanel::Kind::Warning:
        return ConnectionStatus::Warning;
    case MessagePanel::Kind::Error:
        return ConnectionStatus::Error;
    }
    return ConnectionStatus::Pending;
}

QString iconOf(MessagePanel::Kind kind)
{
    switch (kind) {
    case MessagePanel::Kind::Information:
        return QStringLiteral("info");
    case MessagePanel::Kind::Success:
        return QStringLiteral("success");
    case MessagePanel::Kind::Warning:
        return QStringLiteral("warning");
    case MessagePanel::Kind::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString wordOf(MessagePanel::Kind kind)
{
    switch (kind) {
    case MessagePanel::Kind::Information:
        return MessagePanel::tr("Note");
    case MessagePanel::Kind::Success:
        return MessagePanel::tr("Done");
    case MessagePanel::Kind::Warning:
        return MessagePanel::tr("Warning");
    case MessagePanel::Kind::Error:
        return MessagePanel::tr("Error");
    }
    return {};
}

} // namespace

MessagePanel::MessagePanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::MessagePanel>())
{
    m_ui->setupUi(this);
    m_ui->closeButton->setIcon(Icons::get(QStringLiteral("close")));
    m_ui->detailEdit->setMaximumHeight(fontMetrics().height() * 5 + 2 * m_ui->detailEdit->frameWidth() + 4);
    m_ui->detailEdit->hide();
    m_ui->detailLabel->hide();
    QFont small = m_ui->detailLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_ui->detailLabel->setFont(small);
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        clear();
        emit closed();
    });
    hide();
}

MessagePanel::~MessagePanel() = default;

QColor MessagePanel::tint(Kind kind, const QPalette &palette)
{
    // A light tint of the status colour over the window colour keeps the palette's own text readable on it, in
    // light and dark palettes alike.
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = StatusStyle::background(statusColourOf(kind), palette);
    constexpr float amount = 0.2f;
    return QColor::fromRgbF(window.redF() * (1 - amount) + accent.redF() * amount,
        window.greenF() * (1 - amount) + accent.greenF() * amount, window.blueF() * (1 - amount) + accent.blueF() * amount);
}

void MessagePanel::showMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    dropActions();
    m_ui->textLabel->setText(text);
    // A line or two reads as a label; a long detail (a provider's page) scrolls in a box of five lines.
    const bool longDetail = detail.size() > 400 || detail.count(QLatin1Char('\n')) > 2;
    m_ui->detailLabel->setText(longDetail ? QString() : detail);
    m_ui->detailLabel->setVisible(!detail.isEmpty() && !longDetail);
    m_ui->detailEdit->setPlainText(longDetail ? detail : QString());
    m_ui->detailEdit->setVisible(longDetail);
    m_detail = detail;
    const QString word = wordOf(kind);
    setAccessibleName(word);
    m_ui->textLabel->setAccessibleName(QStringLiteral("%1: %2").arg(word, text));
    setAccessibleDescription(detail.isEmpty() ? text : text + QLatin1Char('\n') + detail);
    const int size = fontMetrics().height() * 3 / 2;
    m_ui->iconLabel->setPixmap(Icons::get(iconOf(kind)).pixmap(QSize(size, size)));
    m_ui->iconLabel->setToolTip(word);
    applyColours();
    show();
}

void MessagePanel::showError(const Error &error, const QString &fallback)
{
    const QString text = !error.message.isEmpty() ? error.message : !fallback.isEmpty() ? fallback : tr("Something failed.");
    QStringList detail;
    if (!error.detail.isEmpty())
        detail << error.detail;
    // The detail often names the status and code already (the provider's own words); add them only if not.
    if (error.httpStatus != 0 && !error.detail.contains(QString::number(error.httpStatus)))
        detail << tr("HTTP status %1").arg(error.httpStatus);
    if (!error.code.isEmpty() && !error.detail.contains(error.code))
        detail << tr("Error code: %1").arg(error.code);
    showMessage(Kind::Error, text, detail.join(QLatin1Char('\n')));
}

QPushButton *MessagePanel::addAction(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    if (!objectName.isEmpty())
        button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_ui->actionsLayout->addWidget(button);
    button->show(); // now, not when the layout gets to it: the caller may look at it at once
    m_actions << button;
    return button;
}

void MessagePanel::dropActions()
{
    // Out of the widget tree at once, so nothing finds a button of the previous message before it is deleted.
    for (QPushButton *button : std::as_const(m_actions)) {
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    m_actions.clear();
}

void MessagePanel::setClosable(bool closable)
{
    m_ui->closeButton->setVisible(closable);
}

void MessagePanel::clear()
{
    dropActions();
    m_ui->textLabel->clear();
    m_ui->detailEdit->clear();
    m_ui->detailLabel->clear();
    m_detail.clear();
    hide();
}

QAbstractButton *MessagePanel::closeButton() const
{
    return m_ui->closeButton;
}

QString MessagePanel::text() const
{
    return m_ui->textLabel->text();
}

QString MessagePanel::detail() const
{
    return m_detail;
}

void MessagePanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_colouring)
        applyColours();
}

void MessagePanel::applyColours()
{
    // The application's palette, not our own (which carries the tint already).
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = palette();
    p.setColor(QPalette::Window, tint(m_kind, base));
    m_colouring = true;
    setPalette(p);
    m_colouring = false;
}

} // namespace keyway
