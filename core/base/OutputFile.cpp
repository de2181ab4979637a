#include "OutputFile.h"

using namespace Qt::StringLiterals;

namespace kj {

OutputFile::OutputFile(const QString &path)
    : m_file(path)
{ }

Result<void> OutputFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return Error::invalid(u"output-unwritable"_s,
            tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    return {};
}

void OutputFile::write(const QString &text)
{
    m_buffer += text.toUtf8();
    if (m_buffer.size() >= 1 << 20)
        flush();
}

void OutputFile::writeBytes(const QByteArray &bytes)
{
    m_buffer += bytes;
    flush();
}

Result<void> OutputFile::commit()
{
    flush();
    if (m_failed || !m_file.commit()) {
        m_file.cancelWriting();
        return Error { ErrorKind::Database, u"output-write"_s,
            tr("Writing %1 failed: %2").arg(m_file.fileName(), m_file.errorString()) };
    }
    return {};
}

void OutputFile::flush()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

} // namespace kj
