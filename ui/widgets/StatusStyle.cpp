#include "widgets/StatusStyle.h"

#include <QApplication>
#include <QLabel>

#include <cmath>
#include <utility>

namespace keyway::StatusStyle {

namespace {

struct Pair
{
    const char *light;
    const char *dark;
};

Pair colours(ConnectionStatus status)
{
    // Light palettes: dark pills with white text. Dark palettes: light pills with black text.
    switch (status) {
    case ConnectionStatus::Connected:
        return {"#1a7f37", "#3fb950"};
    case ConnectionStatus::Expiring:
        return {"#8a5a00", "#d29922"};
    case ConnectionStatus::NeedsReauthorization:
        return {"#b04000", "#f0883e"};
    case ConnectionStatus::Revoked:
        return {"#57606a", "#9ea7b3"};
    case ConnectionStatus::Error:
        return {"#c0212c", "#ff7b72"};
    case ConnectionStatus::Pending:
        return {"#0a5fc2", "#79b8ff"};
    case ConnectionStatus::Warning:
        return {"#735c0f", "#e3b341"};
    }
    return {"#57606a", "#9ea7b3"};
}

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QString text(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Pending:
        return QCoreApplication::translate("StatusStyle", "Connecting");
    case ConnectionStatus::Connected:
        return QCoreApplication::translate("StatusStyle", "Connected");
    case ConnectionStatus::Expiring:
        return QCoreApplication::translate("StatusStyle", "Expiring soon");
    case ConnectionStatus::NeedsReauthorization:
        return QCoreApplication::translate("StatusStyle", "Needs re-authorization");
    case ConnectionStatus::Revoked:
        return QCoreApplication::translate("StatusStyle", "Revoked");
    case ConnectionStatus::Error:
        return QCoreApplication::translate("StatusStyle", "Error");
    case ConnectionStatus::Warning:
        return QCoreApplication::translate("StatusStyle", "Temporary problem");
    }
    return QCoreApplication::translate("StatusStyle", "Error");
}

QString description(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Pending:
        return QCoreApplication::translate("StatusStyle", "Keyway is still connecting this account.");
    case ConnectionStatus::Connected:
        return QCoreApplication::translate("StatusStyle", "The credential is present and believed valid.");
    case ConnectionStatus::Expiring:
        return QCoreApplication::translate("StatusStyle", "The access token expires soon and could not be refreshed yet.");
    case ConnectionStatus::NeedsReauthorization:
        return QCoreApplication::translate(
            "StatusStyle", "The provider no longer accepts the grant. Reconnect to sign in again.");
    case ConnectionStatus::Revoked:
        return QCoreApplication::translate("StatusStyle", "This connection was disconnected or revoked.");
    case ConnectionStatus::Error:
        return QCoreApplication::translate(
            "StatusStyle", "Something failed that a retry cannot fix: see the detail, correct it, then reconnect.");
    case ConnectionStatus::Warning:
        return QCoreApplication::translate("StatusStyle",
            "The last attempt failed for a reason that usually passes (no answer, a server error, the keychain). The "
            "tokens are kept and Keyway tries again; the next success clears this.");
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isHighContrast(const QPalette &palette)
{
    constexpr double aaa = 7.0;
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[]
        = {{QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::HighlightedText, QPalette::Highlight}};
    for (const auto &[text, back] : pairs) {
        if (contrast(palette.color(QPalette::Active, text), palette.color(QPalette::Active, back)) < aaa)
            return false;
    }
    return true;
}

QColor background(ConnectionStatus status, const QPalette &palette)
{
    // High contrast: the theme's own text colour, so a pill reads as a block of the user's colours (and the same
    // colour used for warning text is that text colour).
    if (isHighContrast(palette))
        return palette.color(QPalette::Active, QPalette::WindowText);
    const Pair p = colours(status);
    return QColor(QLatin1String(isDark(palette) ? p.dark : p.light));
}

QColor foreground(ConnectionStatus, const QPalette &palette)
{
    if (isHighContrast(palette))
        return palette.color(QPalette::Active, QPalette::Window);
    return isDark(palette) ? QColor(Qt::black) : QColor(Qt::white);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void apply(QLabel *label, ConnectionStatus status)
{
    // Not the label's own palette: once styled, its Window role is the pill colour itself.
    const QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    label->setText(text(status));
    label->setToolTip(description(status));
    label->setAccessibleName(QCoreApplication::translate("StatusStyle", "Status: %1").arg(text(status)));
    label->setAccessibleDescription(description(status));
    label->setStyleSheet(
        QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
            .arg(background(status, palette).name(), foreground(status, palette).name()));
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

} // namespace keyway::StatusStyle
