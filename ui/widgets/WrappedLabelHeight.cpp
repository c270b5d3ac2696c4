#include "widgets/WrappedLabelHeight.h"

#include <QEvent>
#include <QLabel>

namespace keyway {

namespace {

class HeightFollower : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *label = static_cast<QLabel *>(watched);
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            fit(label);
        return false;
    }

    static void fit(QLabel *label)
    {
        const int needed = label->heightForWidth(label->width());
        // Only a change of width changes the height needed, so this settles after one layout pass.
        if (needed > 0 && label->maximumHeight() != needed)
            label->setMaximumHeight(needed);
    }
};

} // namespace

void keepWrappedLabelHeight(QLabel *label)
{
    label->installEventFilter(new HeightFollower(label));
}

} // namespace keyway
