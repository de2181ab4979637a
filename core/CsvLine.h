#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kj {

// One line of the CSV files Kunjungan writes (RFC 4180): fields quoted only when needed, CRLF at
// the end, which every spreadsheet reads.
QString csvLine(const QStringList &fields);

// Written first, so that Excel on Windows reads the names as UTF-8.
inline const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace kj
