#include "Text.h"

namespace kj {

QString foldedKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    return key;
}

} // namespace kj
