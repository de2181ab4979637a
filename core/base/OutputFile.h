#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace kj {

// An output file that appears whole or not at all (QSaveFile), written in pieces so that a large
// export needs little memory.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);

    Result<void> open();
    void write(const QString &text);
    void writeBytes(const QByteArray &bytes);
    Result<void> commit();

private:
    void flush();

    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace kj
