// Build-time tool: renders the application's SVG icon to the PNG sizes the hicolor icon theme expects, so
// packages ship raster icons without any image tool beyond Qt (usage: keyway-render-icon SVG OUT.png SIZE).
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.value(3).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 1 || size > 4096) {
        err << "usage: keyway-render-icon SVG OUT.png SIZE (1..4096)" << Qt::endl;
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "keyway-render-icon: cannot read SVG " << args.at(1) << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(2), "PNG")) {
        err << "keyway-render-icon: cannot write " << args.at(2) << Qt::endl;
        return 1;
    }
    return 0;
}
