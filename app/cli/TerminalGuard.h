#pragma once

#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>

namespace kj {

// What kunjungan-admin prints passes through this device on its way to the terminal. Names come
// from the record, which an insider may have forged: control characters (a terminal obeys escape
// sequences: colours, titles, cursor moves that hide lines) and text-direction characters (they
// reorder what is shown) are dropped; line breaks and tabs stay. UTF-8 in, UTF-8 out, a character
// split across two writes included.
class TerminalGuard : public QIODevice
{
public:
    explicit TerminalGuard(QIODevice &target);

    // The text as it may reach a terminal.
    static QString printable(QStringView text);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
    QStringEncoder m_encoder { QStringEncoder::Utf8 };
};

} // namespace kj
