#pragma once

#include "FreeText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace kj {

// One thing wrong with an input file. `line` is the 1-based line in the file (0: the whole file);
// `relatedLine` names a second line when the problem is between two lines (a duplicate).
struct CsvProblem
{
    int line = 0;
    QString reason; // stable key, e.g. "roster-register-empty"
    QString message; // one line, starting "line N: " when there is a line
    int relatedLine = 0;
};

// Either a value or every problem found, each at its line: an import is all-or-nothing, and the
// person fixing the file wants the whole list at once.
template<typename T> class [[nodiscard]] CsvResult
{
public:
    CsvResult(T value)
        : m_value(std::move(value))
    { }
    CsvResult(QList<CsvProblem> problems)
        : m_problems(std::move(problems))
    { }
    CsvResult(const CsvProblem &problem)
        : m_problems { problem }
    { }

    bool ok() const { return m_problems.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const QList<CsvProblem> &problems() const { return m_problems; }

private:
    T m_value {};
    QList<CsvProblem> m_problems;
};

// One CSV record: its fields as written (unquoted, not trimmed) and the file line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A whole CSV file: the first record is the header.
struct CsvTable
{
    QChar delimiter = u',';
    QList<CsvRecord> records;
};

// Reads RFC 4180 CSV as spreadsheets export it (encoding and delimiter detected), with limits so
// that no input, however broken, costs more than bounded time and memory.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype maxFileBytes = qsizetype(20) * 1024 * 1024;
    static constexpr qsizetype maxLineChars = qsizetype(64) * 1024;
    // Bounds memory: a file of nothing but delimiters would otherwise cost ~50 bytes per byte.
    static constexpr qsizetype maxCells = 1'000'000;

    // UTF-8 (BOM optional) if the bytes are valid UTF-8; UTF-16 if they start with its BOM;
    // otherwise Windows-1252, which is what Excel on an Indonesian Windows writes.
    static QString decode(const QByteArray &bytes);

    // Records whose fields are all blank (empty lines, ";;;;" rows left by Excel) are skipped.
    // Reading stops at the first broken structure (unterminated quote, NUL bytes, a limit).
    static CsvResult<CsvTable> read(const QByteArray &bytes);

    // Index of the first of `names` present in `header`, or -1. Headers are matched by foldedKey():
    // "No. Registrasi", "no_registrasi" and "NO REGISTRASI" are one column.
    static qsizetype findColumn(const QStringList &header, std::initializer_list<QStringView> names);
    // A cell as data: trimmed, inner whitespace collapsed, "-" meaning empty. Missing cell: empty.
    // The apostrophe our exports put before a leading = + - @ (csvLine) is taken off again.
    static QString cellText(const CsvRecord &record, qsizetype column);
    // A cell the record will keep and show, checked by FreeText as it is kept (whitespace
    // collapsed): its problem at the line, if any.
    static std::optional<CsvProblem> checkText(
        const CsvRecord &record, qsizetype column, FreeText::Field field);

    // An importer's file: its records, the header first (the reader's problems, or "no data rows"
    // for a file with none at all).
    static CsvResult<QList<CsvRecord>> readRecords(const QByteArray &bytes);
    // The header's problems: one per required column it lacks (each pair: the column's index as
    // findColumn found it, and the name the problem gives it), else none when data rows follow it.
    static QList<CsvProblem> checkHeader(
        const QList<CsvRecord> &records, std::initializer_list<std::pair<qsizetype, QString>> required);
    // A row with more or fewer fields than the header has shifted columns.
    static std::optional<CsvProblem> checkRowShape(const CsvRecord &record, qsizetype headerSize);

    // The problems as one Error for callers that speak kj::Result (the CLI: one line each).
    // Its reason is the first problem's reason.
    static Error toError(const QList<CsvProblem> &problems);
};

} // namespace kj
