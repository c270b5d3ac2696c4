#include "widgets/Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace keyway {

namespace {

// Renders a monochrome SVG in the colour the current palette asks for, at whatever size and device pixel
// ratio the painter needs.
class PaletteSvgEngine final : public QIconEngine
{
public:
    explicit PaletteSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("keyway-palette-svg"); }

private:
    QByteArray m_svg;
};

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/ui/%1.svg").arg(name));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        it = cache.insert(name, data);
    }
    if (it->isEmpty())
        return {};
    return QIcon(new PaletteSvgEngine(*it));
}

QIcon fromFile(const QString &path)
{
    if (path.isEmpty() || !QFile::exists(path))
        return QIcon(QStringLiteral(":/icons/keyway.svg"));
    return QIcon(path);
}

} // namespace Icons

} // namespace keyway
