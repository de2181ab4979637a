#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace kj {

// Text for a terminal or a script reading it.
namespace Terminal {
// Rows as columns padded to their widest cell, for people reading a terminal.
void printAligned(QTextStream &out, const QList<QStringList> &rows);
// A field of a tab-separated line: tabs and line breaks would shift the columns.
QString tsvField(QString text);
} // namespace Terminal

} // namespace kj
