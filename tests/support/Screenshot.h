#pragma once

// The one way UI tests write the screenshots people look at: $KEYWAY_TEST_OUTPUT/NAME.png.
// Names start with a two-digit number, unique across the suite, so the folder reads in order.
#include <QApplication>
#include <QDebug>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QString>
#include <QWidget>

namespace keyway::test {

// Grabs `widget` and saves it. False when the picture is one flat area (a view that failed to lay out) or the
// file cannot be written. Without KEYWAY_TEST_OUTPUT nothing is written, but the picture is still checked.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7)
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    if (colours.size() < 8) {
        qWarning() << name << "looks empty";
        return false;
    }
    const QString out = qEnvironmentVariable("KEYWAY_TEST_OUTPUT");
    if (out.isEmpty())
        return true;
    QDir().mkpath(out);
    const QString path = out + QLatin1Char('/') + name + QStringLiteral(".png");
    qInfo() << "wrote" << path;
    return image.save(path);
}

} // namespace keyway::test
