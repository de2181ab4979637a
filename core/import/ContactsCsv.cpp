#include "ContactsCsv.h"

#include "PhoneNumber.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kj {

CsvResult<QList<ContactRow>> ContactsCsv::parse(const QByteArray &bytes)
{
    auto read = CsvReader::readRecords(bytes);
    if (!read)
        return read.problems();
    const QList<CsvRecord> &records = read.value();
    const QStringList &names = records.first().fields;
    const qsizetype registerColumn = CsvReader::findColumn(names, { u"No. Registrasi" });
    const qsizetype nameColumn = CsvReader::findColumn(names, { u"Nama Keluarga" });
    const qsizetype relationColumn = CsvReader::findColumn(names, { u"Hubungan" });
    // The service calls by WhatsApp, so files often say "No. WA".
    const qsizetype phoneColumn
        = CsvReader::findColumn(names, { u"No. HP", u"No. HP/WA", u"No. WA", u"No. Telepon" });

    QList<CsvProblem> problems = CsvReader::checkHeader(records,
        {
            { registerColumn, u"No. Registrasi"_s },
            { nameColumn, u"Nama Keluarga"_s },
            { relationColumn, u"Hubungan"_s },
            { phoneColumn, u"No. HP"_s },
        });
    if (!problems.isEmpty())
        return problems;

    QList<ContactRow> rows;
    rows.reserve(records.size() - 1);
    QHash<QString, int> lineOfContact; // register number + phone
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        const int line = record.line;
        if (auto shape = CsvReader::checkRowShape(record, names.size())) {
            problems.append(*shape);
            continue;
        }
        ContactRow row;
        row.line = line;
        row.registerNumber = record.fields[registerColumn].trimmed();
        if (row.registerNumber == u"-")
            row.registerNumber.clear();
        row.name = CsvReader::cellText(record, nameColumn);
        const QString relationText = CsvReader::cellText(record, relationColumn);
        row.relation = Relation::key(relationText);

        std::optional<CsvProblem> badText
            = CsvReader::checkText(record, registerColumn, FreeText::Field::RegisterNumber);
        if (!badText)
            badText = CsvReader::checkText(record, nameColumn, FreeText::Field::FamilyName);
        if (!badText)
            badText = CsvReader::checkText(record, relationColumn, FreeText::Field::Relation);
        if (badText) {
            problems.append(*badText);
            continue;
        }
        if (row.registerNumber.isEmpty()) {
            problems.append({ line, u"contacts-register-empty"_s,
                tr("line %1: the register number is empty").arg(line) });
            continue;
        }
        if (row.name.isEmpty()) {
            problems.append({ line, u"contacts-name-empty"_s,
                tr("line %1: the family member's name is empty").arg(line) });
            continue;
        }
        if (row.relation.isEmpty()) {
            QStringList labels;
            for (const QString &key : Relation::keys())
                labels.append(Relation::label(key));
            problems.append({ line, u"contacts-relation-unknown"_s,
                tr("line %1: relation \"%2\" is not one of: %3")
                    .arg(line)
                    .arg(relationText, labels.join(u", ")) });
            continue;
        }
        const Result<QString> phone = normalisePhone(record.fields[phoneColumn]);
        if (!phone) {
            problems.append(
                { line, phone.error().reason, tr("line %1: %2").arg(line).arg(phone.error().message) });
            continue;
        }
        row.phone = phone.value();
        const QString key = row.registerNumber.simplified().toCaseFolded() + u'\n' + row.phone;
        if (const int firstLine = lineOfContact.value(key, 0); firstLine != 0) {
            problems.append({ line, u"contacts-duplicate"_s,
                tr("line %1: the same contact is already on line %2").arg(line).arg(firstLine), firstLine });
            continue;
        }
        lineOfContact.insert(key, line);
        rows.append(std::move(row));
    }
    if (!problems.isEmpty())
        return problems;
    return rows;
}

} // namespace kj
