#pragma once

#include "OutputFile.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace kj {

// A CSV file as every export writes it: a BOM (so that Excel on Windows reads the names as UTF-8),
// then RFC 4180 lines. It appears whole or not at all, and is written a row at a time so that a
// large export needs little memory.
class CsvFile
{
public:
    explicit CsvFile(const QString &path);

    Result<void> open();
    void writeRow(const QStringList &fields);
    Result<void> commit();

    // A whole file at once.
    static Result<void> write(const QString &path, const QList<QStringList> &rows);

private:
    OutputFile m_file;
};

// One CSV line as RFC 4180 writes it: comma-separated, quoted only when needed, CRLF line end
// (which every spreadsheet reads). A cell starting with = + - @, a tab or CR gets an apostrophe
// before it, so that no spreadsheet takes it for a formula.
QString csvLine(const QStringList &fields);

} // namespace kj
