#include "QrCode.h"

#include <QPainter>

#include <memory>

#include <qrencode.h>

namespace kj {

QImage qrCodeImage(const QString &text, int modulePx, int minVersion, int quietModules)
{
    if (text.isEmpty() || modulePx < 1 || quietModules < 0)
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.toUtf8().constData(), minVersion, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int side = (code->width + 2 * quietModules) * modulePx;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // the lowest bit of a module: dark
                painter.fillRect((x + quietModules) * modulePx, (y + quietModules) * modulePx, modulePx,
                    modulePx, Qt::black);
        }
    }
    return image;
}

} // namespace kj
