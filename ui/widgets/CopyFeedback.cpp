#include "widgets/CopyFeedback.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

namespace keyway::CopyFeedback {

namespace {
const char *const kOriginal = "keywayCopyFeedbackText";
} // namespace

QString copiedText()
{
    return QCoreApplication::translate("CopyFeedback", "Copied ✓");
}

void copy(QAbstractButton *button, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    show(button);
}

void show(QAbstractButton *button)
{
    if (!button)
        return;
    // Pressed again while it still says "Copied": the original text is kept from the first press.
    if (!button->property(kOriginal).isValid())
        button->setProperty(kOriginal, button->text());
    button->setText(copiedText());
    // The button is the timer's context: gone, the timer goes with it.
    QTimer::singleShot(2000, button, [button] {
        button->setText(button->property(kOriginal).toString());
        button->setProperty(kOriginal, QVariant());
    });
}

} // namespace keyway::CopyFeedback
