#include "TerminalGuard.h"

#include "Text.h"

namespace kj {

TerminalGuard::TerminalGuard(QIODevice &target)
    : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QString TerminalGuard::printable(QStringView text)
{
    QList<uint> shown = text.toUcs4();
    shown.removeIf(
        [](char32_t c) { return c != U'\n' && c != U'\t' && (isControlCharacter(c) || isBidiControl(c)); });
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(shown.constData()), shown.size());
}

qint64 TerminalGuard::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder(QByteArrayView(data, size));
    const QByteArray bytes = m_encoder(printable(text));
    if (!bytes.isEmpty() && m_target.write(bytes) != bytes.size())
        return -1;
    return size;
}

} // namespace kj
