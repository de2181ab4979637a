#include "CsvReader.h"

#include "Text.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Our own table rather than the ICU codec:
// Qt builds without ICU (Windows, static) have no "windows-1252", and 32 entries behave the same
// everywhere. The five unassigned bytes map to the C1 controls, as ICU and WHATWG do.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<uchar>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? windows1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The 1-based line of a position; CRLF, LF and a lone CR each end one line.
int lineAt(QStringView text, qsizetype pos)
{
    int line = 1;
    for (qsizetype i = 0; i < pos; ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

// The first line longer than the limit, or 0. A pre-pass so the parser itself need not count.
int firstOverlongLine(QStringView text)
{
    int line = 1;
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            length = 0;
        } else if (++length > CsvReader::maxLineChars) {
            return line;
        }
    }
    return 0;
}

// Counts , ; and tab outside quotes in the first non-blank line; the most frequent wins, ties go
// to the earlier in that order. Quote handling is a plain toggle: good enough for a header.
QChar detectDelimiter(QStringView text)
{
    const std::array<QChar, 3> candidates = { u',', u';', u'\t' };
    std::array<qsizetype, 3> counts = {};
    bool inQuotes = false;
    bool seenText = false;
    for (const QChar c : text) {
        if (!inQuotes && isLineBreak(c)) {
            if (seenText)
                break;
            counts = {};
            continue;
        }
        if (!c.isSpace())
            seenText = true;
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes)
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
    }
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

bool isBlankRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        if (!QStringView(field).trimmed().isEmpty())
            return false;
    return true;
}

// One pass over the decoded text; every character is looked at a bounded number of times.
class Parser
{
public:
    Parser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    { }

    CsvResult<CsvTable> run()
    {
        CsvTable table;
        table.delimiter = m_delimiter;
        qsizetype cells = 0;
        while (!atEnd()) {
            if (isLineBreak(m_text[m_pos])) { // an empty line, cheaply
                consumeLineBreak();
                continue;
            }
            const int recordLine = m_line;
            QStringList fields;
            for (;;) {
                QString field;
                if (!readQuotedPart(field)) {
                    return CsvProblem { m_quoteLine, u"csv-unterminated-quote"_s,
                        CsvReader::tr("line %1: a quote is opened and never closed").arg(m_quoteLine) };
                }
                // Unquoted text, or what follows a closing quote: taken literally, leniently.
                const qsizetype start = m_pos;
                while (!atEnd() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos]))
                    ++m_pos;
                field += m_text.sliced(start, m_pos - start);
                fields.append(std::move(field));
                if (!atEnd() && m_text[m_pos] == m_delimiter) {
                    ++m_pos;
                    continue;
                }
                if (!atEnd())
                    consumeLineBreak();
                break;
            }
            if (isBlankRecord(fields))
                continue;
            cells += fields.size();
            if (cells > CsvReader::maxCells) {
                return CsvProblem { recordLine, u"csv-too-many-cells"_s,
                    CsvReader::tr("line %1: the file has more than %2 cells")
                        .arg(recordLine)
                        .arg(CsvReader::maxCells) };
            }
            table.records.append(CsvRecord { recordLine, std::move(fields) });
        }
        return table;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    // Blanks before an opening quote are allowed (`a, "b, c"`), so hand-written files work.
    bool isBlank(QChar c) const { return c == u' ' || (c == u'\t' && m_delimiter != u'\t'); }

    void consumeLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Reads a quoted section if the field starts with one; false if it never closes.
    bool readQuotedPart(QString &field)
    {
        qsizetype p = m_pos;
        while (p < m_text.size() && isBlank(m_text[p]))
            ++p;
        if (p >= m_text.size() || m_text[p] != u'"')
            return true;
        m_pos = p + 1;
        m_quoteLine = m_line;
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field += u'"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (isLineBreak(c)) {
                consumeLineBreak();
                field += u'\n';
                continue;
            }
            const qsizetype start = m_pos;
            while (!atEnd() && m_text[m_pos] != u'"' && !isLineBreak(m_text[m_pos]))
                ++m_pos;
            field += m_text.sliced(start, m_pos - start);
        }
        return false;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0;
};

} // namespace

QString CsvReader::decode(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless)(view.sliced(2));
    if (view.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless)(view.sliced(2));
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    // Stateless, so a sequence cut off at the end counts as an error instead of being held back.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(view);
    if (!utf8.hasError())
        return text;
    return decodeWindows1252(view);
}

CsvResult<CsvTable> CsvReader::read(const QByteArray &bytes)
{
    if (bytes.size() > maxFileBytes) {
        return CsvProblem { 0, u"csv-too-large"_s,
            tr("the file is larger than %1 MB").arg(maxFileBytes / (qsizetype(1024) * 1024)) };
    }
    const QString text = decode(bytes);
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
        const int line = lineAt(text, nul);
        return CsvProblem { line, u"csv-binary"_s,
            tr("line %1: the file contains binary data; it is not a CSV text file").arg(line) };
    }
    if (const int line = firstOverlongLine(text); line > 0) {
        return CsvProblem { line, u"csv-line-too-long"_s,
            tr("line %1: the line is longer than %2 characters").arg(line).arg(maxLineChars) };
    }
    return Parser(text, detectDelimiter(text)).run();
}

qsizetype CsvReader::findColumn(const QStringList &header, std::initializer_list<QStringView> names)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &cell : header)
        keys.append(foldedKey(cell));
    for (const QStringView name : names)
        if (const qsizetype index = keys.indexOf(foldedKey(name)); index >= 0)
            return index;
    return -1;
}

QString CsvReader::cellText(const CsvRecord &record, qsizetype column)
{
    if (column < 0 || column >= record.fields.size())
        return {};
    QString text = record.fields[column].simplified();
    if (text == u"-")
        return {};
    if (text.size() > 1 && text[0] == u'\'' && QStringView(u"=+-@").contains(text[1]))
        text.remove(0, 1);
    return text;
}

std::optional<CsvProblem> CsvReader::checkText(
    const CsvRecord &record, qsizetype column, FreeText::Field field)
{
    if (column < 0 || column >= record.fields.size())
        return std::nullopt;
    // As the cell is kept: a line break inside quotes is a space like any other (a name written
    // across two lines is one name); the controls that are not whitespace stay, and are refused.
    const std::optional<Error> problem = FreeText::problem(record.fields[column].simplified(), field);
    if (!problem)
        return std::nullopt;
    return CsvProblem { record.line, problem->reason,
        tr("line %1: %2").arg(record.line).arg(problem->message) };
}

namespace {

CsvProblem noDataRows()
{
    return CsvProblem { 0, u"csv-no-data-rows"_s, CsvReader::tr("the file has no data rows") };
}

} // namespace

CsvResult<QList<CsvRecord>> CsvReader::readRecords(const QByteArray &bytes)
{
    auto table = read(bytes);
    if (!table)
        return table.problems();
    if (table.value().records.isEmpty())
        return noDataRows();
    return std::move(table).value().records;
}

QList<CsvProblem> CsvReader::checkHeader(
    const QList<CsvRecord> &records, std::initializer_list<std::pair<qsizetype, QString>> required)
{
    QList<CsvProblem> problems;
    const int headerLine = records.isEmpty() ? 0 : records.first().line;
    for (const auto &[index, column] : required) {
        if (index < 0) {
            problems.append(CsvProblem { headerLine, u"csv-missing-column"_s,
                tr("line %1: the header has no column \"%2\"").arg(headerLine).arg(column) });
        }
    }
    if (problems.isEmpty() && records.size() < 2)
        problems.append(noDataRows());
    return problems;
}

std::optional<CsvProblem> CsvReader::checkRowShape(const CsvRecord &record, qsizetype headerSize)
{
    const qsizetype size = record.fields.size();
    if (size < headerSize) {
        return CsvProblem { record.line, u"csv-too-few-fields"_s,
            tr("line %1: %2 fields where the header has %3").arg(record.line).arg(size).arg(headerSize) };
    }
    // Even empty extra fields: "Gilang, S.H.,AI.8,A,15," is shifted, not a trailing delimiter.
    if (size > headerSize) {
        return CsvProblem { record.line, u"csv-too-many-fields"_s,
            tr("line %1: %2 fields where the header has %3; is a value with the "
               "delimiter missing its quotes?")
                .arg(record.line)
                .arg(size)
                .arg(headerSize) };
    }
    return std::nullopt;
}

Error CsvReader::toError(const QList<CsvProblem> &problems)
{
    Error error;
    error.kind = ErrorKind::InvalidInput;
    error.reason = problems.isEmpty() ? u"csv-invalid"_s : problems.first().reason;
    QStringList messages;
    QStringList details;
    for (const CsvProblem &problem : problems) {
        messages.append(problem.message);
        details.append(QString::number(problem.line) + u':' + problem.reason);
    }
    error.message = messages.join(u'\n');
    error.detail = details.join(u' ');
    return error;
}

} // namespace kj
