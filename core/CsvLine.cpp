#include "CsvLine.h"

using namespace Qt::StringLiterals;

namespace kj {

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields) {
        const bool plain = !field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
            && !field.contains(u'\r') && field == field.trimmed();
        out.append(plain ? field : u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"');
    }
    return out.join(u',') + u"\r\n"_s;
}

} // namespace kj
