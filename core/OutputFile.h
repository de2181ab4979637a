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

    // A whole CSV file: a BOM (so that Excel on Windows reads the names as UTF-8), then one
    // csvLine() per row.
    static Result<void> writeCsv(const QString &path, const QList<QStringList> &rows);

private:
    void flush();

    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

// One CSV line as RFC 4180 writes it: comma-separated, quoted only when needed, CRLF line end
// (which every spreadsheet reads).
QString csvLine(const QStringList &fields);

} // namespace kj
