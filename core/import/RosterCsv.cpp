#include "RosterCsv.h"

#include "Schedule.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads 1 to maxDigits ASCII digits at pos; -1 if there are none or too many.
int readNumber(QStringView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        if (++digits > maxDigits)
            return -1;
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    return digits == 0 ? -1 : value;
}

struct Columns
{
    qsizetype name = -1;
    qsizetype registerNumber = -1;
    qsizetype block = -1;
    qsizetype cell = -1;
    qsizetype entryDate = -1;
    qsizetype expiryDate = -1;
    qsizetype aliases[3] = { -1, -1, -1 };
};

} // namespace

std::optional<QDate> RosterCsv::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"-")
        return QDate();
    const auto isSeparator = [](QChar c) { return c == u'/' || c == u'-' || c == u'.'; };
    qsizetype pos = 0;
    const int day = readNumber(trimmed, pos, 2);
    if (day < 0 || pos >= trimmed.size() || !isSeparator(trimmed[pos++]))
        return std::nullopt;
    const int month = readNumber(trimmed, pos, 2);
    if (month < 0 || pos >= trimmed.size() || !isSeparator(trimmed[pos++]))
        return std::nullopt;
    const qsizetype yearStart = pos;
    const int year = readNumber(trimmed, pos, 4);
    if (year < 0 || pos - yearStart != 4 || pos != trimmed.size())
        return std::nullopt;
    if (day == 0 && month == 0 && year == 0)
        return QDate();
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

CsvResult<QList<RosterRow>> RosterCsv::parse(const QByteArray &bytes)
{
    auto read = CsvReader::readRecords(bytes);
    if (!read)
        return read.problems();
    const QList<CsvRecord> &records = read.value();
    const QStringList &names = records.first().fields;
    Columns col;
    col.name = CsvReader::findColumn(names, { u"Nama Lengkap", u"Nama" });
    col.registerNumber = CsvReader::findColumn(names, { u"No. Registrasi" });
    col.block = CsvReader::findColumn(names, { u"Blok" });
    col.cell = CsvReader::findColumn(names, { u"Lokasi Sel", u"Kamar" });
    col.entryDate = CsvReader::findColumn(names, { u"Tgl Msk UPT" });
    col.expiryDate = CsvReader::findColumn(names, { u"Tgl Ekspirasi" });
    col.aliases[0] = CsvReader::findColumn(names, { u"Nm Alias 1" });
    col.aliases[1] = CsvReader::findColumn(names, { u"Nm Alias 2" });
    col.aliases[2] = CsvReader::findColumn(names, { u"Nm Alias 3" });

    QList<CsvProblem> problems = CsvReader::checkHeader(records,
        {
            { col.name, u"Nama Lengkap"_s },
            { col.registerNumber, u"No. Registrasi"_s },
            { col.block, u"Blok"_s },
            { col.cell, u"Lokasi Sel"_s },
        });
    if (!problems.isEmpty())
        return problems;

    const auto badDate = [&](const CsvRecord &record, qsizetype column) {
        return CsvProblem { record.line, u"roster-bad-date"_s,
            tr("line %1: \"%2\" in column \"%3\" is not a date (dd/mm/yyyy)")
                .arg(record.line)
                .arg(record.fields[column].trimmed(), names[column].trimmed()) };
    };

    QList<RosterRow> rows;
    rows.reserve(records.size() - 1);
    QHash<QString, int> lineOfRegister;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        const int line = record.line;
        if (auto shape = CsvReader::checkRowShape(record, names.size())) {
            problems.append(*shape);
            continue;
        }
        RosterRow row;
        row.line = line;
        row.name = CsvReader::cellText(record, col.name);
        row.registerNumber = record.fields[col.registerNumber].trimmed();
        if (row.registerNumber == u"-")
            row.registerNumber.clear();
        // Recorded before any other check, so a duplicate is found even on a line bad otherwise.
        int firstLine = 0;
        if (!row.registerNumber.isEmpty()) {
            const QString key = row.registerNumber.simplified().toCaseFolded();
            firstLine = lineOfRegister.value(key, 0);
            if (firstLine == 0)
                lineOfRegister.insert(key, line);
        }
        row.block = CsvReader::cellText(record, col.block);
        row.cell = Schedule::normalizeCell(CsvReader::cellText(record, col.cell));

        const std::pair<qsizetype, FreeText::Field> kept[] = {
            { col.name, FreeText::Field::Name },
            { col.registerNumber, FreeText::Field::RegisterNumber },
            { col.block, FreeText::Field::Block },
            { col.cell, FreeText::Field::Cell },
            { col.aliases[0], FreeText::Field::Alias },
            { col.aliases[1], FreeText::Field::Alias },
            { col.aliases[2], FreeText::Field::Alias },
        };
        std::optional<CsvProblem> badText;
        for (const auto &[column, field] : kept)
            if (!badText)
                badText = CsvReader::checkText(record, column, field);
        if (badText) {
            problems.append(*badText);
            continue;
        }
        if (row.name.isEmpty()) {
            problems.append({ line, u"roster-name-empty"_s, tr("line %1: the name is empty").arg(line) });
            continue;
        }
        if (row.registerNumber.isEmpty()) {
            problems.append(
                { line, u"roster-register-empty"_s, tr("line %1: the register number is empty").arg(line) });
            continue;
        }
        if (firstLine != 0) {
            problems.append({ line, u"roster-duplicate-register"_s,
                tr("line %1: register number %2 is already on line %3")
                    .arg(line)
                    .arg(row.registerNumber)
                    .arg(firstLine),
                firstLine });
            continue;
        }
        if (row.cell.isEmpty()) {
            problems.append({ line, u"roster-cell-empty"_s, tr("line %1: the cell is empty").arg(line) });
            continue;
        }
        std::optional<QDate> entry = QDate();
        std::optional<QDate> expiry = QDate();
        if (col.entryDate >= 0 && !(entry = parseDate(record.fields[col.entryDate]))) {
            problems.append(badDate(record, col.entryDate));
            continue;
        }
        if (col.expiryDate >= 0 && !(expiry = parseDate(record.fields[col.expiryDate]))) {
            problems.append(badDate(record, col.expiryDate));
            continue;
        }
        row.entryDate = *entry;
        row.expiryDate = *expiry;
        for (const qsizetype column : col.aliases)
            if (QString alias = CsvReader::cellText(record, column); !alias.isEmpty())
                row.aliases.append(std::move(alias));
        row.status = custodyStatusOf(row.registerNumber);
        rows.append(std::move(row));
    }
    if (!problems.isEmpty())
        return problems;
    return rows;
}

} // namespace kj
