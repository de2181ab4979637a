#pragma once

#include <QImage>
#include <QString>

namespace kj {

// A QR code (libqrencode, 8-bit, error correction level M) drawn as dark squares of modulePx
// pixels on white, inside a quiet zone of quietModules (the standard's 4 unless the code stands
// on a light background that adds to it). minVersion is the smallest symbol to use, so that texts
// of different lengths give codes of one size; libqrencode takes a larger one when the text needs
// it. A null image when the text cannot be encoded (empty, too long).
QImage qrCodeImage(const QString &text, int modulePx, int minVersion = 1, int quietModules = 4);

} // namespace kj
